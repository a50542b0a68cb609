// How well a score separates converters: exact ROC AUC (ties count one half) and precision/recall
// at every distinct threshold.
#pragma once

#include "bitmap.h"

#include <optional>
#include <vector>

namespace sd {

struct RocPoint
{
    double threshold = 0;        // leads with score >= threshold are predicted to convert
    size_t predicted = 0;        // leads at or above the threshold
    size_t truePositives = 0;
    double precision = 0;        // truePositives / predicted
    double recall = 0;           // truePositives / all positives
    double falsePositiveRate = 0;
};

// Area under the ROC curve over the rows in `rows` (all rows when null): the probability that a
// random positive scores above a random negative, ties counting one half (Mann–Whitney). nullopt
// when the rows hold no positive or no negative.
std::optional<double> rocAuc(const std::vector<double>& scores, const Bitmap& positives, const Bitmap* rows = nullptr);

// One point per distinct score, from the highest threshold down; tied scores are never split.
std::vector<RocPoint> thresholdCurve(const std::vector<double>& scores, const Bitmap& positives,
                                           const Bitmap* rows = nullptr);

} // namespace sd
