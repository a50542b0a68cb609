// Editing a condition tree by path: a path is the list of child positions from the root of a
// segment's `when` (the root itself is the empty path). The condition editor turns every button
// and drag into one of these functions, then pushes the result as one SetConditionCommand.
#pragma once

#include "rules.h"

#include <optional>
#include <string>
#include <vector>

namespace sd {

using ConditionPath = std::vector<int>;

const Condition* conditionAt(const Condition& root, const ConditionPath& path);
Condition* conditionAt(Condition& root, const ConditionPath& path);
// JSON Pointer of the node inside `when` ("" for the root, "/all/1/any/0", "/not").
std::string conditionPointer(const Condition& root, const ConditionPath& path);
bool isGroup(const Condition& c);

// Each returns false (and leaves `when` unchanged) when the edit does not apply.
bool replaceCondition(std::optional<Condition>& when, const ConditionPath& path, Condition c);
bool removeCondition(std::optional<Condition>& when, const ConditionPath& path);
// Inserts into the group at `groupPath` (an all/any group, or an empty not) at `index` (-1 = end).
bool insertCondition(std::optional<Condition>& when, const ConditionPath& groupPath, int index, Condition c);
// Replaces the node with a group of `kind` holding it.
bool wrapCondition(std::optional<Condition>& when, const ConditionPath& path, Condition::Kind kind);
// Replaces a group with its children: spliced into a parent all/any group, or in place when it has one.
bool ungroupCondition(std::optional<Condition>& when, const ConditionPath& path);
// Moves a node into another group (not into itself); `index` counts positions before the move.
bool moveCondition(std::optional<Condition>& when, const ConditionPath& from, const ConditionPath& toGroup, int index);

} // namespace sd
