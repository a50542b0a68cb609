// Exploratory grouping of leads by k-prototypes (k-means on standardised numbers and dates, modes
// with a mismatch cost on text and booleans; Huang 1998). Each cluster is then described by its
// most distinctive conditions, which become an ordinary overlapping segment: the segment
// approximates the cluster, and the result reports how well.
#pragma once

#include "bitmap.h"
#include "columntable.h"
#include "modelprogress.h"
#include "rules.h"

#include <QString>

#include <optional>
#include <string>
#include <vector>

namespace sd {

struct ClusterOptions
{
    std::vector<std::string> fields;
    int k = 4;
    uint64_t seed = 1;
    int maxIterations = 50;
    double categoricalWeight = 0.5; // cost of a text/boolean mismatch, in standard deviations squared
    int maxLevels = 20;             // text levels kept apart; rarer ones count as one "other" level
    int describeConditions = 3;     // conditions per cluster description
    std::string groupId = "clusters";
};

struct ClusterCondition
{
    Condition when;
    std::string label;
    double shareInCluster = 0;      // of the cluster's leads
    double shareOverall = 0;        // of all leads
};

struct ClusterProfile
{
    size_t size = 0;
    std::optional<size_t> conversions; // with an outcome
    std::vector<ClusterCondition> conditions; // most distinctive first
    Segment segment;                // all of the conditions
    size_t segmentSize = 0;         // leads matching the segment's conditions
    size_t segmentInCluster = 0;    // …of which in the cluster
};

struct ClusterResult
{
    bool ok = false;
    bool cancelled = false;
    QString error;
    std::vector<ClusterProfile> clusters;
    std::vector<int> assignment;    // cluster per row
    Segment group;                  // an overlapping parent with one child per cluster
    int iterations = 0;
    bool converged = false;
    double cost = 0;                // total distance of rows to their prototypes
};

ClusterResult clusterLeads(const ColumnTable& table, const ClusterOptions& options, const Bitmap* outcome = nullptr,
                           const ModelProgress& progress = {});

} // namespace sd
