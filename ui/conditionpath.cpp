// Path-based edits of condition trees.
#include "conditionpath.h"

namespace sd {

bool isGroup(const Condition& c)
{
    return c.kind == Condition::Kind::All || c.kind == Condition::Kind::Any || c.kind == Condition::Kind::Not;
}

const Condition* conditionAt(const Condition& root, const ConditionPath& path)
{
    const Condition* c = &root;
    for (int i : path) {
        if (!isGroup(*c) || i < 0 || size_t(i) >= c->children.size())
            return nullptr;
        c = &c->children[size_t(i)];
    }
    return c;
}

Condition* conditionAt(Condition& root, const ConditionPath& path)
{
    return const_cast<Condition*>(conditionAt(static_cast<const Condition&>(root), path));
}

std::string conditionPointer(const Condition& root, const ConditionPath& path)
{
    std::string pointer;
    const Condition* c = &root;
    for (int i : path) {
        if (!c || i < 0 || size_t(i) >= c->children.size())
            return pointer;
        if (c->kind == Condition::Kind::Not)
            pointer += "/not";
        else
            pointer += (c->kind == Condition::Kind::All ? "/all/" : "/any/") + std::to_string(i);
        c = &c->children[size_t(i)];
    }
    return pointer;
}

bool replaceCondition(std::optional<Condition>& when, const ConditionPath& path, Condition c)
{
    if (path.empty()) {
        when = std::move(c);
        return true;
    }
    if (!when)
        return false;
    Condition* target = conditionAt(*when, path);
    if (!target)
        return false;
    *target = std::move(c);
    return true;
}

bool removeCondition(std::optional<Condition>& when, const ConditionPath& path)
{
    if (!when)
        return false;
    if (path.empty()) {
        when.reset();
        return true;
    }
    ConditionPath parentPath(path.begin(), path.end() - 1);
    Condition* parent = conditionAt(*when, parentPath);
    if (!parent || size_t(path.back()) >= parent->children.size())
        return false;
    parent->children.erase(parent->children.begin() + path.back());
    return true;
}

bool insertCondition(std::optional<Condition>& when, const ConditionPath& groupPath, int index, Condition c)
{
    if (!when)
        return false;
    Condition* group = conditionAt(*when, groupPath);
    if (!group || !isGroup(*group))
        return false;
    if (group->kind == Condition::Kind::Not && !group->children.empty())
        return false;
    if (index < 0 || size_t(index) > group->children.size())
        index = int(group->children.size());
    group->children.insert(group->children.begin() + index, std::move(c));
    return true;
}

bool wrapCondition(std::optional<Condition>& when, const ConditionPath& path, Condition::Kind kind)
{
    if (!when || (kind != Condition::Kind::All && kind != Condition::Kind::Any && kind != Condition::Kind::Not))
        return false;
    Condition* target = conditionAt(*when, path);
    if (!target)
        return false;
    Condition group;
    group.kind = kind;
    group.children.push_back(std::move(*target));
    *target = std::move(group);
    return true;
}

bool ungroupCondition(std::optional<Condition>& when, const ConditionPath& path)
{
    if (!when)
        return false;
    Condition* target = conditionAt(*when, path);
    if (!target || !isGroup(*target))
        return false;
    if (!path.empty()) {
        ConditionPath parentPath(path.begin(), path.end() - 1);
        Condition* parent = conditionAt(*when, parentPath);
        // Splicing keeps the meaning only when the parent combines the same way (all in all, any in any).
        if (parent && parent->kind == target->kind && target->kind != Condition::Kind::Not) {
            std::vector<Condition> children = std::move(target->children);
            auto at = parent->children.erase(parent->children.begin() + path.back());
            parent->children.insert(at, std::make_move_iterator(children.begin()), std::make_move_iterator(children.end()));
            return true;
        }
    }
    if (target->children.size() != 1 || target->kind == Condition::Kind::Not)
        return false;
    Condition only = std::move(target->children.front());
    *target = std::move(only);
    return true;
}

bool moveCondition(std::optional<Condition>& when, const ConditionPath& from, const ConditionPath& toGroup, int index)
{
    if (!when || from.empty())
        return false;
    // A node cannot move into itself or its own descendants.
    if (toGroup.size() >= from.size() && std::equal(from.begin(), from.end(), toGroup.begin()))
        return false;
    const Condition* moving = conditionAt(*when, from);
    const Condition* group = conditionAt(*when, toGroup);
    if (!moving || !group || !isGroup(*group))
        return false;
    if (group->kind == Condition::Kind::Not && !group->children.empty())
        return false;
    Condition node = *moving;
    ConditionPath target = toGroup;
    const ConditionPath fromParent(from.begin(), from.end() - 1);
    // Taking the node out shifts later siblings (and the target path through them) up by one.
    if (target.size() > fromParent.size() && std::equal(fromParent.begin(), fromParent.end(), target.begin())
        && target[fromParent.size()] > from.back())
        --target[fromParent.size()];
    if (target == fromParent && index > from.back())
        --index;
    std::optional<Condition> edited = when;
    if (!removeCondition(edited, from) || !insertCondition(edited, target, index, std::move(node)))
        return false;
    when = std::move(edited);
    return true;
}

} // namespace sd
