// Pairwise intersections of sibling bitmaps: k² popcounts of 16,000 words at a million leads.
#include "overlapmatrix.h"

#include "levelfigures.h"

namespace sd {

OverlapMatrix computeOverlap(const std::vector<SegmentMembers>& segments, int parent)
{
    OverlapMatrix m;
    m.parent = parent;
    for (int i : childrenOf(segments, parent)) {
        const SegmentMembers& s = segments[size_t(i)];
        if (s.remainder)
            continue;
        m.indices.push_back(i);
        m.ids.push_back(s.id);
        m.names.push_back(s.name);
        m.sizes.push_back(s.members.count());
    }
    const size_t n = m.indices.size();
    m.both.assign(n, std::vector<size_t>(n, 0));
    for (size_t i = 0; i < n; ++i) {
        m.both[i][i] = m.sizes[i];
        for (size_t j = i + 1; j < n; ++j) {
            const size_t c = segments[size_t(m.indices[i])].members.countAnd(segments[size_t(m.indices[j])].members);
            m.both[i][j] = m.both[j][i] = c;
        }
    }
    return m;
}

int overlappingParentFor(const std::vector<SegmentMembers>& segments, const Segment& root, int parent)
{
    auto isOverlapping = [&](int index) {
        // Looked up by id: the snapshot's rules are a copy, the members' node pointers are not ours.
        const Segment* node = index < 0 ? &root : findSegmentById(root, segments[size_t(index)].id);
        return node && !node->children.empty() && node->mode == ChildMode::Overlapping;
    };
    if (parent >= -1 && parent < int(segments.size()) && isOverlapping(parent))
        return parent;
    if (isOverlapping(-1))
        return -1;
    for (int i : parentsWithChildren(segments))
        if (isOverlapping(i))
            return i;
    return -2;
}

} // namespace sd
