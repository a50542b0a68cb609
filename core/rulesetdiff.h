// The differences between two versions of a rule set, as lines a user reads in the version
// history: segments added, removed, moved or changed (name, condition, mode, attributes, holdout),
// fields, scores and the outcome, and, when sizes are given, how each segment's size moved.
#pragma once

#include "rules.h"

#include <QString>
#include <QStringList>

#include <map>
#include <string>

namespace sd {

struct RuleSetDiffSizes
{
    std::map<std::string, size_t> before, after; // segment id → size
};

// One readable line per change; empty when the two rule sets mean the same.
QStringList diffRuleSets(const RuleSet& before, const RuleSet& after, const RuleSetDiffSizes& sizes = {});

// A condition as one line of text: "(employees >= 1000 and (industry = Software or …))".
std::string conditionText(const Condition& c);

} // namespace sd
