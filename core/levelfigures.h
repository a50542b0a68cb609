// The figures of one level of the segment tree (the children of one parent, its remainder
// included) that the size and conversion charts draw: sizes, shares, rates with Wilson 95%
// bounds, lift against the overall rate. Plain values, computed from an evaluation's statistics.
#pragma once

#include "evaluator.h"
#include "segmentstats.h"

#include <optional>
#include <string>
#include <vector>

namespace sd {

struct LevelFigure
{
    int index = -1;               // index into the evaluation's segment list
    std::string id, name;
    bool remainder = false;
    size_t size = 0;
    double share = 0;             // size / parent size (0..1); parent = all leads at the top level
    size_t conversions = 0;
    double rate = 0;
    double ciLow = 0, ciHigh = 0; // Wilson 95%
    std::optional<double> lift;   // rate / overall rate
    std::optional<double> pValue; // against the rest of the parent
};

struct LevelFigures
{
    int parent = -1;              // index of the parent segment, -1 = the root (top level)
    std::string parentId, parentName;
    size_t parentSize = 0;
    Proportion overall;           // all leads of the table
    double overallCiLow = 0, overallCiHigh = 0;
    bool hasOutcome = false;
    std::vector<LevelFigure> segments; // file order, the remainder last
};

// The level under `parent` (-1 = top level). Segments and stats as an evaluation returns them.
LevelFigures computeLevelFigures(const std::vector<SegmentMembers>& segments, const std::vector<SegmentStats>& stats,
                                 const std::optional<Bitmap>& outcome, size_t totalRows, int parent);

// The level a segment belongs to: the index of its parent (-1 for top-level segments and unknown ids).
int levelOf(const std::vector<SegmentMembers>& segments, const std::string& segmentId);

// Indices of the segments with children, in pre-order (each is a level the charts can show).
std::vector<int> parentsWithChildren(const std::vector<SegmentMembers>& segments);

// The segment with that id in the tree under `root`, nullptr when absent (and for remainders).
const Segment* findSegmentById(const Segment& root, const std::string& id);

// Indices of the direct children of `parent` (-1 = top level), remainder included, in pre-order.
std::vector<int> childrenOf(const std::vector<SegmentMembers>& segments, int parent);

} // namespace sd
