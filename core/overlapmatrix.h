// Overlap of sibling segments: how many leads two children of one parent share. Only an
// overlapping parent can have shared leads; an exclusive parent's matrix is diagonal.
#pragma once

#include "evaluator.h"

#include <string>
#include <vector>

namespace sd {

struct OverlapMatrix
{
    int parent = -1;                       // index of the parent segment, -1 = the root
    std::vector<int> indices;              // the children, remainders left out
    std::vector<std::string> ids, names;
    std::vector<size_t> sizes;             // leads of each child
    std::vector<std::vector<size_t>> both; // both[i][j]: leads in child i and child j (both[i][i] = size)

    size_t count() const { return indices.size(); }
    // Share of child i's leads that are also in child j (0..1); 0 when child i is empty.
    double shareOfRow(size_t i, size_t j) const
    {
        return sizes[i] ? double(both[i][j]) / double(sizes[i]) : 0.0;
    }
};

OverlapMatrix computeOverlap(const std::vector<SegmentMembers>& segments, int parent);

// The parent whose children's overlap is most worth showing for a level: `parent` itself when it
// is overlapping, else the first overlapping parent in pre-order; -2 when the tree has none.
int overlappingParentFor(const std::vector<SegmentMembers>& segments, const Segment& root, int parent);

} // namespace sd
