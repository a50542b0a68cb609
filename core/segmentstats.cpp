// Segment statistics. Formulas: Wilson (1927) score interval; pooled two-proportion z-test.
#include "segmentstats.h"

#include <cmath>

namespace sd {

void wilsonInterval(size_t conversions, size_t size, double* low, double* high)
{
    if (size == 0) {
        *low = *high = 0;
        return;
    }
    const double z = 1.959963984540054;
    const double n = double(size), p = double(conversions) / n;
    const double denom = 1 + z * z / n;
    const double centre = (p + z * z / (2 * n)) / denom;
    const double half = z * std::sqrt(p * (1 - p) / n + z * z / (4 * n * n)) / denom;
    *low = std::max(0.0, centre - half);
    *high = std::min(1.0, centre + half);
}

std::optional<double> twoProportionPValue(const Proportion& a, const Proportion& b)
{
    if (a.size == 0 || b.size == 0)
        return std::nullopt;
    const double pooled = double(a.conversions + b.conversions) / double(a.size + b.size);
    const double se = std::sqrt(pooled * (1 - pooled) * (1.0 / double(a.size) + 1.0 / double(b.size)));
    if (se == 0)
        return a.rate() == b.rate() ? std::optional<double>(1.0) : std::nullopt;
    const double z = (a.rate() - b.rate()) / se;
    return std::erfc(std::fabs(z) / std::sqrt(2.0));
}

std::vector<SegmentStats> computeSegmentStats(const std::vector<SegmentMembers>& segments,
                                              const std::optional<Bitmap>& outcome, size_t totalRows)
{
    std::vector<SegmentStats> out(segments.size());
    Proportion overall{totalRows, outcome ? outcome->count() : 0};
    auto proportion = [&](const Bitmap& b) {
        return Proportion{b.count(), outcome ? b.countAnd(*outcome) : 0};
    };
    for (size_t i = 0; i < segments.size(); ++i) {
        const SegmentMembers& s = segments[i];
        SegmentStats& st = out[i];
        st.all = proportion(s.members);
        if (!outcome)
            continue;
        wilsonInterval(st.all.conversions, st.all.size, &st.ciLow, &st.ciHigh);
        if (overall.rate() > 0 && st.all.size)
            st.lift = st.all.rate() / overall.rate();
        const Proportion parent = s.parent < 0 ? overall : out[size_t(s.parent)].all;
        if (parent.rate() > 0 && st.all.size)
            st.liftParent = st.all.rate() / parent.rate();
        const Proportion rest{parent.size - st.all.size, parent.conversions - st.all.conversions};
        st.pValue = twoProportionPValue(st.all, rest);
        if (s.holdout) {
            const Proportion h = proportion(*s.holdout);
            const Proportion t{st.all.size - h.size, st.all.conversions - h.conversions};
            st.holdout = h;
            st.treatment = t;
            if (h.size && h.rate() > 0)
                st.holdoutLift = t.rate() / h.rate();
            st.holdoutPValue = twoProportionPValue(t, h);
        }
    }
    return out;
}

} // namespace sd
