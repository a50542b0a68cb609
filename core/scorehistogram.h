// The distribution of one score over a population, split by outcome, and the thresholds that the
// segments of a level put on that score (the lines a user drags in the histogram).
#pragma once

#include "bitmap.h"
#include "evaluator.h"
#include "rules.h"

#include <optional>
#include <string>
#include <vector>

namespace sd {

struct ScoreHistogram
{
    std::vector<double> edges;        // bins + 1 ascending edges; bin k = [edges[k], edges[k+1]), the last bin closed
    std::vector<size_t> converted;    // per bin, leads meeting the outcome
    std::vector<size_t> notConverted; // per bin, the others (all leads when there is no outcome)
    size_t population = 0;            // leads counted
    bool hasOutcome = false;

    size_t binCount() const { return converted.size(); }
    size_t total(size_t bin) const { return converted[bin] + notConverted[bin]; }
};

// Bins over [lo, hi]; a value outside the range goes to the nearest end bin. `population`
// nullptr = every row. Precondition: lo < hi, bins >= 1.
ScoreHistogram computeScoreHistogram(const std::vector<double>& values, const Bitmap* population,
                                     const std::optional<Bitmap>& outcome, double lo, double hi, int bins);

struct HistogramRange
{
    double lo = 0, hi = 1;
    int bins = 1;
};

// The range and bin count to show a score with: its declared min/max when set, else the data's
// range over the population. Whole-number scores spanning at most 120 get one bin per value, so
// that a threshold line sits exactly on a bin edge; others get `defaultBins` equal bins.
HistogramRange chooseHistogramRange(const std::vector<double>& values, const Bitmap* population, const Score* score,
                                    int defaultBins = 40);

struct ScoreThreshold
{
    int segmentIndex = -1;   // the segment whose condition holds the threshold
    std::string segmentId;
    std::string pointer;     // JSON Pointer of the number inside the segment's `when` ("/value", "/all/1/value/0")
    Op op = Op::Ge;
    double value = 0;
};

// Thresholds on `scoreId` in the conditions of the given segments (leaves with < <= > >= = != or
// between and a number value; each end of a between is one threshold).
std::vector<ScoreThreshold> findScoreThresholds(const std::vector<SegmentMembers>& segments, const Segment& root,
                                                const std::vector<int>& segmentIndices, const std::string& scoreId);

} // namespace sd
