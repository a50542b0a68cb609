// The data fields a rule set reads, so that evaluation can load just those columns.
#include "rules.h"

#include <algorithm>
#include <functional>

namespace sd {

std::vector<std::string> RuleSet::referencedFields() const
{
    std::vector<std::string> out;
    auto add = [&](const std::string& name) {
        if (!name.empty() && !score(name) && std::find(out.begin(), out.end(), name) == out.end())
            out.push_back(name);
    };
    std::function<void(const Condition&)> walk = [&](const Condition& c) {
        if (c.kind == Condition::Kind::Leaf)
            add(c.field);
        for (const Condition& ch : c.children)
            walk(ch);
    };
    std::function<void(const Segment&)> walkSegment = [&](const Segment& s) {
        if (s.when)
            walk(*s.when);
        for (const Segment& c : s.children)
            walkSegment(c);
    };
    if (outcome)
        walk(*outcome);
    for (const Score& s : scores)
        for (const ScoreRule& r : s.rules) {
            if (r.when)
                walk(*r.when);
            add(r.per);
        }
    walkSegment(root);
    return out;
}

bool RuleSet::hasHoldout() const
{
    std::function<bool(const Segment&)> walk = [&](const Segment& s) {
        if (s.holdout)
            return true;
        return std::any_of(s.children.begin(), s.children.end(), walk);
    };
    return walk(root);
}

} // namespace sd
