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
    // Counts interleaved per bin (not converted, converted), indexed by the outcome bit: the row
    // loop has no data-dependent branch but the rare edge correction.
    std::vector<size_t> counts(2 * size_t(bins), 0);
    const double inverse = 1.0 / width;
    const uint64_t* outcomeWords = outcome ? outcome->words() : nullptr;
    auto add = [&](size_t row) {
        const double v = values[row];
        // Bin from the edges themselves (not the scaled value alone), so a value equal to an edge
        // always lands in the bin that starts there despite rounding.
        long k = long(std::clamp((v - lo) * inverse, 0.0, double(bins - 1))); // clamped before the cast: no overflow

        if (k + 1 < bins && v >= h.edges[size_t(k) + 1])
            ++k;
        else if (k > 0 && v < h.edges[size_t(k)])
            --k;
        const size_t converted = outcomeWords ? size_t((outcomeWords[row >> 6] >> (row & 63)) & 1) : 0;
        ++counts[2 * size_t(k) + converted];
    };
    if (population) {
        population->forEach(add);
        h.population = population->count();
    } else {
        for (size_t r = 0; r < values.size(); ++r)
            add(r);
        h.population = values.size();
    }
    h.converted.resize(size_t(bins));
    h.notConverted.resize(size_t(bins));
    for (size_t k = 0; k < size_t(bins); ++k) {
        h.notConverted[k] = counts[2 * k];
        h.converted[k] = counts[2 * k + 1];
    }
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
