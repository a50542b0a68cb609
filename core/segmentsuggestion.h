// "Suggest segments": a decision tree fitted to the outcome, written as an ordinary exclusive
// segment tree (one segment per tree node, the leaves being the suggested segments) that the
// designer edits and exports like any other rule set.
#pragma once

#include "columntable.h"
#include "decisiontree.h"
#include "modelprogress.h"
#include "rules.h"

#include <QString>

#include <string>
#include <vector>

namespace sd {

struct SuggestOptions
{
    TreeOptions tree;
    Condition outcome;             // e.g. from parseOutcomeSpec
    std::string name;              // rule set name; default "Suggested segments (<outcome>)"
    std::string idPrefix = "s";    // segment ids: s1, s2, s1-1, s1-2, …
};

struct SuggestedLeaf
{
    std::string id, path, name, namePath;
    size_t size = 0, conversions = 0;
    double rate() const { return size ? double(conversions) / double(size) : 0.0; }
};

struct SuggestResult
{
    bool ok = false;
    bool cancelled = false;
    QString error;
    DecisionTreeResult tree;
    RuleSet rules;                 // fields, outcome and the segment tree
    std::vector<SuggestedLeaf> leaves; // in pre-order, with the sizes the tree measured
    size_t total = 0, conversions = 0;
    qint64 fitMs = 0;
};

SuggestResult suggestSegments(const ColumnTable& table, const SuggestOptions& options, const ModelProgress& progress = {});

} // namespace sd
