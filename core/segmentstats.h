// Statistics of segments against the outcome: rates, Wilson intervals, lift and z-test p-values.
#pragma once

#include "evaluator.h"

#include <optional>
#include <vector>

namespace sd {

struct Proportion
{
    size_t size = 0;
    size_t conversions = 0;
    double rate() const { return size ? double(conversions) / double(size) : 0.0; }
};

struct SegmentStats
{
    Proportion all;
    double ciLow = 0, ciHigh = 0;          // Wilson 95% interval of the rate
    std::optional<double> lift;            // rate / overall rate
    std::optional<double> liftParent;      // rate / parent's rate
    std::optional<double> pValue;          // two-proportion z-test against the rest of the parent
    // With a holdout:
    std::optional<Proportion> treatment, holdout;
    std::optional<double> holdoutLift;     // treatment rate / holdout rate
    std::optional<double> holdoutPValue;
};

// Wilson score interval at 95% (z = 1.959964).
void wilsonInterval(size_t conversions, size_t size, double* low, double* high);
// Two-sided p-value of the two-proportion z-test (pooled); nullopt when undefined.
std::optional<double> twoProportionPValue(const Proportion& a, const Proportion& b);

// Stats for every segment of an evaluation, in the same order. Without an outcome, conversions are 0
// and the rate-based figures are absent.
std::vector<SegmentStats> computeSegmentStats(const std::vector<SegmentMembers>& segments,
                                              const std::optional<Bitmap>& outcome, size_t totalRows);

} // namespace sd
