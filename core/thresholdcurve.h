// Precision, recall and F1 of "score >= threshold" as a predictor of the outcome, over a range of
// thresholds, so that a user can pick a threshold by the trade-off.
#pragma once

#include "bitmap.h"

#include <optional>
#include <vector>

namespace sd {

struct ThresholdPoint
{
    double threshold = 0;
    size_t truePositives = 0, falsePositives = 0, falseNegatives = 0, trueNegatives = 0;
    std::optional<double> precision; // tp / (tp + fp); absent when nothing is predicted
    std::optional<double> recall;    // tp / (tp + fn); absent when nothing converted
    std::optional<double> f1;        // harmonic mean; absent when either is absent or both are 0
};

// One point per threshold (in the order given). `population` nullptr = every row.
std::vector<ThresholdPoint> computeThresholdCurve(const std::vector<double>& values, const Bitmap* population,
                                                  const Bitmap& outcome, const std::vector<double>& thresholds);

struct ScoreHistogram;

// The same points at every bin's lower edge, from a histogram alone (no pass over the rows): with
// bins [e_k, e_k+1), "score >= e_j" holds exactly for the leads in bins j and above. Valid when
// every value lies inside the histogram's range (a clamped score, or a range taken from the data).
std::vector<ThresholdPoint> thresholdCurveFromHistogram(const ScoreHistogram& histogram);

} // namespace sd
