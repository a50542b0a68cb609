// ROC AUC by mid-ranks and the threshold curve, both from one sort of the scored rows.
#include "rocanalysis.h"

#include <algorithm>

namespace sd {

namespace {

struct Scored
{
    double score;
    bool positive;
};

std::vector<Scored> collect(const std::vector<double>& scores, const Bitmap& positives, const Bitmap* rows)
{
    std::vector<Scored> v;
    const size_t n = std::min(scores.size(), positives.size());
    if (rows) {
        v.reserve(rows->count());
        rows->forEach([&](size_t i) {
            if (i < n)
                v.push_back({scores[i], positives.test(i)});
        });
    } else {
        v.reserve(n);
        for (size_t i = 0; i < n; ++i)
            v.push_back({scores[i], positives.test(i)});
    }
    return v;
}

} // namespace

std::optional<double> rocAuc(const std::vector<double>& scores, const Bitmap& positives, const Bitmap* rows)
{
    std::vector<Scored> v = collect(scores, positives, rows);
    std::sort(v.begin(), v.end(), [](const Scored& a, const Scored& b) { return a.score < b.score; });
    double positiveRankSum = 0;
    size_t pos = 0;
    for (size_t i = 0; i < v.size();) {
        size_t j = i;
        size_t groupPositives = 0;
        while (j < v.size() && v[j].score == v[i].score)
            groupPositives += v[j++].positive;
        // Ranks i+1 .. j share their mean.
        const double midRank = (double(i + 1) + double(j)) / 2.0;
        positiveRankSum += midRank * double(groupPositives);
        pos += groupPositives;
        i = j;
    }
    const size_t neg = v.size() - pos;
    if (pos == 0 || neg == 0)
        return std::nullopt;
    const double p = double(pos), q = double(neg);
    return (positiveRankSum - p * (p + 1) / 2.0) / (p * q);
}

std::vector<RocPoint> thresholdCurve(const std::vector<double>& scores, const Bitmap& positives, const Bitmap* rows)
{
    std::vector<Scored> v = collect(scores, positives, rows);
    std::sort(v.begin(), v.end(), [](const Scored& a, const Scored& b) { return a.score > b.score; });
    size_t totalPositives = 0;
    for (const Scored& s : v)
        totalPositives += s.positive;
    const size_t totalNegatives = v.size() - totalPositives;
    std::vector<RocPoint> out;
    size_t tp = 0;
    for (size_t i = 0; i < v.size();) {
        size_t j = i;
        while (j < v.size() && v[j].score == v[i].score)
            tp += v[j++].positive;
        RocPoint p;
        p.threshold = v[i].score;
        p.predicted = j;
        p.truePositives = tp;
        p.precision = double(tp) / double(j);
        p.recall = totalPositives ? double(tp) / double(totalPositives) : 0.0;
        p.falsePositiveRate = totalNegatives ? double(j - tp) / double(totalNegatives) : 0.0;
        out.push_back(p);
        i = j;
    }
    return out;
}

} // namespace sd
