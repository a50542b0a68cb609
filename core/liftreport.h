// Measuring what the segments did, after a later import brought outcomes: treatment against
// holdout per segment, and two versions of a rule set compared on the same leads.
#pragma once

#include "columntable.h"
#include "evaluator.h"
#include "segmentstats.h"

#include <QString>

#include <optional>
#include <string>
#include <vector>

namespace sd {

struct HoldoutLift
{
    std::string id, path, name;
    Proportion treatment, holdout;
    double treatmentLow = 0, treatmentHigh = 0;   // Wilson 95%
    double holdoutLow = 0, holdoutHigh = 0;
    std::optional<double> uplift;                 // treatment rate − holdout rate
    std::optional<double> upliftLow, upliftHigh;  // Newcombe's hybrid score interval, 95%
    std::optional<double> relativeLift;           // treatment rate / holdout rate
    std::optional<double> pValue;                 // two-proportion z-test
};

// One entry per segment that has a holdout, in evaluation order.
std::vector<HoldoutLift> holdoutLiftReport(const std::vector<SegmentMembers>& segments, const Bitmap& outcome);

// Newcombe (1998) method 10 interval for the difference of two independent proportions a − b.
void differenceInterval(const Proportion& a, const Proportion& b, double* low, double* high);

struct VersionResult
{
    std::string name;
    Proportion touched;             // leads in a (non-remainder) leaf segment, holdouts excluded
    size_t segments = 0;            // leaf segments
};

struct RuleSetComparison
{
    VersionResult a, b;
    Proportion onlyA, onlyB, both;  // touched by one version only, or by both
    std::optional<double> difference;   // a's rate per touched lead − b's
    std::optional<double> pValue;       // leads only a touches against leads only b touches
};

// Evaluates both versions on the same table. The outcome is `outcome` when given, else the
// versions' own (they must then agree).
bool compareRuleSets(const ColumnTable& table, const RuleSet& a, const RuleSet& b, const Condition* outcome,
                     int64_t asOf, RuleSetComparison* out, QString* error);

} // namespace sd
