// Threshold curve in one pass: each row adds to the count of thresholds it reaches (binary search),
// and suffix sums turn those counts into the predicted positives at every threshold.
#include "thresholdcurve.h"

#include "scorehistogram.h"

#include <algorithm>
#include <numeric>

namespace sd {

namespace {

void fillRates(ThresholdPoint* p, size_t positives)
{
    const size_t tp = p->truePositives, fp = p->falsePositives;
    if (tp + fp)
        p->precision = double(tp) / double(tp + fp);
    if (positives)
        p->recall = double(tp) / double(positives);
    if (p->precision && p->recall && (*p->precision + *p->recall) > 0)
        p->f1 = 2 * *p->precision * *p->recall / (*p->precision + *p->recall);
}

} // namespace

std::vector<ThresholdPoint> thresholdCurveFromHistogram(const ScoreHistogram& h)
{
    const size_t n = h.binCount();
    size_t positives = 0, rows = 0;
    for (size_t k = 0; k < n; ++k) {
        positives += h.converted[k];
        rows += h.total(k);
    }
    std::vector<ThresholdPoint> out(n);
    size_t tp = 0, fp = 0;
    for (size_t j = n; j-- > 0;) {
        tp += h.converted[j];
        fp += h.notConverted[j];
        ThresholdPoint& p = out[j];
        p.threshold = h.edges[j];
        p.truePositives = tp;
        p.falsePositives = fp;
        p.falseNegatives = positives - tp;
        p.trueNegatives = rows - positives - fp;
        fillRates(&p, positives);
    }
    return out;
}

std::vector<ThresholdPoint> computeThresholdCurve(const std::vector<double>& values, const Bitmap* population,
                                                  const Bitmap& outcome, const std::vector<double>& thresholds)
{
    const size_t n = thresholds.size();
    std::vector<size_t> order(n);
    std::iota(order.begin(), order.end(), size_t(0));
    std::sort(order.begin(), order.end(), [&](size_t a, size_t b) { return thresholds[a] < thresholds[b]; });
    std::vector<double> sorted(n);
    for (size_t i = 0; i < n; ++i)
        sorted[i] = thresholds[order[i]];
    // reach[k]: rows whose value is >= exactly the first k sorted thresholds.
    std::vector<size_t> reachPos(n + 1, 0), reachNeg(n + 1, 0);
    size_t positives = 0, rows = 0;
    auto add = [&](size_t row) {
        const size_t k = size_t(std::upper_bound(sorted.begin(), sorted.end(), values[row]) - sorted.begin());
        if (outcome.test(row)) {
            ++reachPos[k];
            ++positives;
        } else {
            ++reachNeg[k];
        }
        ++rows;
    };
    if (population)
        population->forEach(add);
    else
        for (size_t r = 0; r < values.size(); ++r)
            add(r);
    std::vector<ThresholdPoint> out(n);
    size_t tp = 0, fp = 0;
    for (size_t i = n; i-- > 0;) {
        // Rows at or above sorted threshold i reached at least i + 1 thresholds.
        tp += reachPos[i + 1];
        fp += reachNeg[i + 1];
        ThresholdPoint& p = out[order[i]];
        p.threshold = sorted[i];
        p.truePositives = tp;
        p.falsePositives = fp;
        p.falseNegatives = positives - tp;
        p.trueNegatives = rows - positives - fp;
        fillRates(&p, positives);
    }
    return out;
}

} // namespace sd
