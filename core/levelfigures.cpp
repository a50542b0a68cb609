// Level figures: a view of the engine's statistics, so that charts show exactly the CLI's numbers.
#include "levelfigures.h"

namespace sd {

const Segment* findSegmentById(const Segment& root, const std::string& id)
{
    for (const Segment& c : root.children) {
        if (c.id == id)
            return &c;
        if (const Segment* found = findSegmentById(c, id))
            return found;
    }
    return nullptr;
}

std::vector<int> childrenOf(const std::vector<SegmentMembers>& segments, int parent)
{
    std::vector<int> out;
    for (size_t i = 0; i < segments.size(); ++i)
        if (segments[i].parent == parent)
            out.push_back(int(i));
    return out;
}

std::vector<int> parentsWithChildren(const std::vector<SegmentMembers>& segments)
{
    std::vector<int> out;
    for (size_t i = 0; i < segments.size(); ++i)
        if (!segments[i].leaf && !segments[i].remainder)
            out.push_back(int(i));
    return out;
}

int levelOf(const std::vector<SegmentMembers>& segments, const std::string& segmentId)
{
    for (const SegmentMembers& s : segments)
        if (s.id == segmentId)
            return s.parent;
    return -1;
}

LevelFigures computeLevelFigures(const std::vector<SegmentMembers>& segments, const std::vector<SegmentStats>& stats,
                                 const std::optional<Bitmap>& outcome, size_t totalRows, int parent)
{
    LevelFigures out;
    if (parent >= int(segments.size()))
        parent = -1;
    out.parent = parent;
    out.hasOutcome = outcome.has_value();
    out.overall = Proportion{totalRows, outcome ? outcome->count() : 0};
    if (outcome)
        wilsonInterval(out.overall.conversions, out.overall.size, &out.overallCiLow, &out.overallCiHigh);
    if (parent >= 0) {
        out.parentId = segments[size_t(parent)].id;
        out.parentName = segments[size_t(parent)].name;
        out.parentSize = size_t(parent) < stats.size() ? stats[size_t(parent)].all.size : segments[size_t(parent)].members.count();
    } else {
        out.parentSize = totalRows;
    }
    for (int i : childrenOf(segments, parent)) {
        const SegmentMembers& s = segments[size_t(i)];
        LevelFigure f;
        f.index = i;
        f.id = s.id;
        f.name = s.name;
        f.remainder = s.remainder;
        if (size_t(i) < stats.size()) {
            const SegmentStats& st = stats[size_t(i)];
            f.size = st.all.size;
            f.conversions = st.all.conversions;
            f.rate = st.all.rate();
            f.ciLow = st.ciLow;
            f.ciHigh = st.ciHigh;
            f.lift = st.lift;
            f.pValue = st.pValue;
        } else {
            f.size = s.members.count();
        }
        f.share = out.parentSize ? double(f.size) / double(out.parentSize) : 0.0;
        out.segments.push_back(std::move(f));
    }
    return out;
}

} // namespace sd
