// CART classification tree on a binary outcome: binary splits on chosen fields (numeric and date
// thresholds, categorical subsets, empties routed to the better side), a minimum leaf size and a
// maximum depth, gini or entropy. Each split carries the two rule conditions that reproduce it
// exactly, so the tree can become an ordinary exclusive segment tree.
#pragma once

#include "bitmap.h"
#include "columntable.h"
#include "modelprogress.h"
#include "rules.h"

#include <QString>

#include <string>
#include <vector>

namespace sd {

enum class SplitCriterion { Gini, Entropy };

struct TreeOptions
{
    std::vector<std::string> fields;
    int maxDepth = 3;
    size_t minLeafSize = 100;      // the smallest segment a split may create
    SplitCriterion criterion = SplitCriterion::Gini;
    int maxCategories = 32;        // text: rarer levels of a node are grouped as "any other value"
};

struct TreeNode
{
    int parent = -1;
    int left = -1, right = -1;     // -1: a leaf
    int depth = 0;
    size_t size = 0, positives = 0;
    Condition when;                // the node's own condition (not its ancestors'); root: none
    std::string label;             // the condition in words, e.g. "age < 30", "job in {student, retired}"
    std::string splitField;        // field the node's children split on
    double gain = 0;               // impurity decrease of that split
    double rate() const { return size ? double(positives) / double(size) : 0.0; }
    bool leaf() const { return left < 0; }
};

struct DecisionTreeResult
{
    bool ok = false;
    bool cancelled = false;
    QString error;
    std::vector<TreeNode> nodes;   // nodes[0] is the root; children follow their parent
};

DecisionTreeResult fitDecisionTree(const ColumnTable& table, const Bitmap& positives, const TreeOptions& options,
                                   const ModelProgress& progress = {});

} // namespace sd
