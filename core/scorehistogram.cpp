// Score histograms: one pass over the population's rows.
#include "scorehistogram.h"

#include "levelfigures.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace sd {

ScoreHistogram computeScoreHistogram(const std::vector<double>& values, const Bitmap* population,
                                     const std::optional<Bitmap>& outcome, double lo, double hi, int bins)
{
    ScoreHistogram h;
    bins = std::max(bins, 1);
    if (!(lo < hi))
        hi = lo + 1;
    h.hasOutcome = outcome.has_value();
    h.edges.resize(size_t(bins) + 1);
    const double width = (hi - lo) / bins;
    for (int k = 0; k <= bins; ++k)
        h.edges[size_t(k)] = k == bins ? hi : lo + (hi - lo) * k / bins; // exact at decimal steps where width * k is not
    h.converted.assign(size_t(bins), 0);
    h.notConverted.assign(size_t(bins), 0);
    auto add = [&](size_t row) {
        const double v = values[row];
        // Bin from the edges themselves (not v / width alone), so a value equal to an edge always
        // lands in the bin that starts there despite rounding in the division.
        long k = long(std::floor((v - lo) / width));
        k = std::clamp(k, 0L, long(bins) - 1);
        if (k + 1 < bins && v >= h.edges[size_t(k) + 1])
            ++k;
        else if (k > 0 && v < h.edges[size_t(k)])
            --k;
        if (outcome && outcome->test(row))
            ++h.converted[size_t(k)];
        else
            ++h.notConverted[size_t(k)];
        ++h.population;
    };
    if (population)
        population->forEach(add);
    else
        for (size_t r = 0; r < values.size(); ++r)
            add(r);
    return h;
}

HistogramRange chooseHistogramRange(const std::vector<double>& values, const Bitmap* population, const Score* score,
                                    int defaultBins)
{
    double lo = std::numeric_limits<double>::infinity(), hi = -lo;
    bool whole = true;
    auto see = [&](size_t row) {
        const double v = values[row];
        lo = std::min(lo, v);
        hi = std::max(hi, v);
        if (whole && v != std::floor(v))
            whole = false;
    };
    if (population)
        population->forEach(see);
    else
        for (size_t r = 0; r < values.size(); ++r)
            see(r);
    if (!(lo <= hi))
        lo = hi = 0;
    if (score && score->min)
        lo = *score->min;
    if (score && score->max)
        hi = *score->max;
    HistogramRange r;
    if (whole) {
        lo = std::floor(lo);
        hi = std::ceil(hi);
        // One bin per whole value: [v, v+1), the top value in its own bin [hi, hi+1].
        if (hi - lo <= 120) {
            r.lo = lo;
            r.hi = hi + 1;
            r.bins = int(hi - lo) + 1;
            return r;
        }
    }
    r.lo = lo;
    r.hi = hi > lo ? hi : lo + 1;
    r.bins = std::max(defaultBins, 1);
    return r;
}

namespace {

void collectThresholds(const Condition& c, const std::string& pointer, const std::string& scoreId, int index,
                       const std::string& id, std::vector<ScoreThreshold>* out)
{
    switch (c.kind) {
    case Condition::Kind::All:
    case Condition::Kind::Any: {
        const char* key = c.kind == Condition::Kind::All ? "/all/" : "/any/";
        for (size_t i = 0; i < c.children.size(); ++i)
            collectThresholds(c.children[i], pointer + key + std::to_string(i), scoreId, index, id, out);
        return;
    }
    case Condition::Kind::Not:
        if (!c.children.empty())
            collectThresholds(c.children.front(), pointer + "/not", scoreId, index, id, out);
        return;
    case Condition::Kind::SegmentRef:
        return;
    case Condition::Kind::Leaf:
        break;
    }
    if (c.field != scoreId)
        return;
    switch (c.op) {
    case Op::Lt: case Op::Le: case Op::Gt: case Op::Ge: case Op::Eq: case Op::Ne:
        if (c.value.is_number())
            out->push_back({index, id, pointer + "/value", c.op, c.value.get<double>()});
        return;
    case Op::Between:
        if (c.value.is_array() && c.value.size() == 2)
            for (size_t e = 0; e < 2; ++e)
                if (c.value[e].is_number())
                    out->push_back({index, id, pointer + "/value/" + std::to_string(e), c.op, c.value[e].get<double>()});
        return;
    default:
        return;
    }
}

} // namespace

std::vector<ScoreThreshold> findScoreThresholds(const std::vector<SegmentMembers>& segments, const Segment& root,
                                                const std::vector<int>& segmentIndices, const std::string& scoreId)
{
    std::vector<ScoreThreshold> out;
    for (int i : segmentIndices) {
        if (i < 0 || size_t(i) >= segments.size() || segments[size_t(i)].remainder)
            continue;
        const Segment* s = findSegmentById(root, segments[size_t(i)].id);
        if (s && s->when)
            collectThresholds(*s->when, std::string(), scoreId, i, s->id, &out);
    }
    return out;
}

} // namespace sd
