// Rule file v1 reading: JSON syntax (readJsonDom, bounded), structure, then the semantic checks of
// validateRuleSet, all errors with JSON Pointers. Writing is in rulefilewriter.cpp.
#include "rulefile.h"
#include "jsondom.h"
#include "rulemessages.h"

#include <QCoreApplication>
#include <QString>

#include <algorithm>
#include <cmath>
#include <deque>
#include <optional>
#include <unordered_map>
#include <unordered_set>

namespace sd {

namespace {


using rulemessages::fillIn;
using rulemessages::indexToken;
using rulemessages::pointerToken;
using rulemessages::quote;


std::string found(const ojson& v)
{
    switch (v.type()) {
    case ojson::value_t::object: return fillIn(QCoreApplication::translate("sd::RuleFile", "an object"));
    case ojson::value_t::array: return fillIn(QCoreApplication::translate("sd::RuleFile", "an array"));
    case ojson::value_t::string: return quote(v.get_ref<const std::string&>());
    case ojson::value_t::null: return "null";
    default: return v.dump();
    }
}

// ---------------------------------------------------------------------------------------------
// DOM → RuleSet, with the structural checks: types, keys, operator and type names.

class Reader
{
public:
    explicit Reader(int maxDepth) : mMaxDepth(maxDepth) {}

    std::vector<RuleFileError> errors;

    void file(const ojson& root, RuleSet* out)
    {
        visit("");
        if (!root.is_object()) {
            error("", fillIn(QCoreApplication::translate("sd::RuleFile", "a rule file is a JSON object; found %1"),
                             found(root)));
            poison("");
            return;
        }
        bool hasFormat = false, hasVersion = false, hasName = false, hasFields = false, hasSegments = false;
        members(root, "", [&](const std::string& k, const ojson& v, const std::string& ptr) {
            visit(ptr);
            if (k == "format") {
                hasFormat = true;
                if (const std::string* s = text(v, ptr); s && *s != kRuleFileFormat)
                    error(ptr, fillIn(QCoreApplication::translate("sd::RuleFile", "not a Segment Designer rule file: expected %1, found %2"),
                                      quote(kRuleFileFormat), quote(*s)));
            } else if (k == "version") {
                hasVersion = true;
                if (v.is_number() && v.get<double>() != 1)
                    error(ptr, fillIn(QCoreApplication::translate("sd::RuleFile", "unsupported version %1; this program reads version 1"),
                                      v.dump()));
                else if (!v.is_number())
                    typeError(v, ptr, fillIn(QCoreApplication::translate("sd::RuleFile", "a number")));
            } else if (k == "name") {
                hasName = true;
                if (const std::string* s = text(v, ptr))
                    out->name = *s;
            } else if (k == "fields") {
                hasFields = true;
                fields(v, ptr, out);
            } else if (k == "outcome") {
                out->outcome = condition(v, ptr, 1);
            } else if (k == "scores") {
                if (!v.is_array())
                    return typeError(v, ptr, fillIn(QCoreApplication::translate("sd::RuleFile", "an array")));
                const auto& items = v.get_ref<const ojson::array_t&>();
                for (size_t i = 0; i < items.size(); ++i)
                    out->scores.push_back(score(items[i], ptr + indexToken(i)));
            } else if (k == "segments") {
                hasSegments = true;
                segment(v, ptr, 0, &out->root);
            } else {
                unknownKey(k, ptr);
            }
        });
        for (auto [present, key] : {std::pair{hasFormat, "format"}, {hasVersion, "version"}, {hasName, "name"},
                                    {hasFields, "fields"}, {hasSegments, "segments"}})
            if (!present)
                error("", fillIn(QCoreApplication::translate("sd::RuleFile", "missing %1"), quote(key)));
        if (!hasFields)
            mFieldsBroken = true;
        // Field names whose declaration is broken already have an error; "unknown field" on every
        // use would only bury it.
        for (const auto& [ptr, name] : mFieldUses)
            if (mFieldsBroken || mUntyped.count(name))
                poison(ptr);
    }

    // Semantic errors at or under a pointer whose structure was broken are consequences, not news.
    bool isPoisoned(const std::string& pointer) const
    {
        std::string p = pointer;
        while (true) {
            if (mPoisoned.count(p))
                return true;
            const size_t slash = p.rfind('/');
            if (slash == std::string::npos)
                return false;
            p.resize(slash);
        }
    }

    // Position in document order: that of the nearest visited ancestor (or the pointer itself).
    size_t orderOf(const std::string& pointer) const
    {
        std::string p = pointer;
        while (true) {
            if (auto it = mOrder.find(p); it != mOrder.end())
                return it->second;
            const size_t slash = p.rfind('/');
            if (slash == std::string::npos)
                return 0;
            p.resize(slash);
        }
    }

private:
    void visit(const std::string& ptr) { mOrder.emplace(ptr, mOrder.size()); }
    void poison(const std::string& ptr) { mPoisoned.insert(ptr); }
    void error(const std::string& ptr, std::string message) { errors.push_back({ptr, std::move(message)}); }
    void unknownKey(const std::string& k, const std::string& ptr) { error(ptr, fillIn(QCoreApplication::translate("sd::RuleFile", "unknown key %1"),
                                                                                      quote(k))); }
    void typeError(const ojson& v, const std::string& ptr, const std::string& expected)
    {
        error(ptr, fillIn(QCoreApplication::translate("sd::RuleFile", "expected %1, found %2"), expected, found(v)));
    }

    // Calls f(key, value, pointer) for each member in file order; a repeated key is an error (the
    // JSON standard leaves its meaning open, and tools disagree on which copy wins).
    // checkDuplicates = false: the caller's data goes to a place validateRuleSet checks for
    // repeats anyway ("fields", which may hold millions of names; sorting them twice is waste).
    template<typename F>
    void members(const ojson& obj, const std::string& ptr, F&& f, bool checkDuplicates = true)
    {
        const auto& items = jsonMembers(obj);
        // Small objects: compare with the earlier keys. Large ones: sort the keys once, which is
        // far faster than a hash set of that size.
        std::vector<bool> dup;
        if (checkDuplicates && items.size() > 16) {
            std::vector<std::pair<std::string_view, size_t>> keys;
            keys.reserve(items.size());
            for (size_t i = 0; i < items.size(); ++i)
                keys.emplace_back(items[i].first, i);
            std::sort(keys.begin(), keys.end());
            dup.assign(items.size(), false);
            for (size_t i = 1; i < keys.size(); ++i)
                if (keys[i].first == keys[i - 1].first)
                    dup[keys[i].second] = true; // the first in file order is kept
        }
        for (size_t i = 0; i < items.size(); ++i) {
            const std::string& k = items[i].first;
            bool isDup = false;
            if (!dup.empty())
                isDup = dup[i];
            else if (checkDuplicates)
                for (size_t j = 0; j < i && !isDup; ++j)
                    isDup = items[j].first == k;
            if (isDup) {
                error(ptr + pointerToken(k), fillIn(QCoreApplication::translate("sd::RuleFile", "duplicate key %1"),
                                                    quote(k)));
                continue;
            }
            f(k, items[i].second, ptr + pointerToken(k));
        }
    }

    const std::string* text(const ojson& v, const std::string& ptr)
    {
        if (v.is_string())
            return &v.get_ref<const std::string&>();
        typeError(v, ptr, fillIn(QCoreApplication::translate("sd::RuleFile", "a string")));
        return nullptr;
    }

    std::optional<double> number(const ojson& v, const std::string& ptr)
    {
        if (v.is_number())
            return v.get<double>();
        typeError(v, ptr, fillIn(QCoreApplication::translate("sd::RuleFile", "a number")));
        return std::nullopt;
    }

    void fields(const ojson& v, const std::string& ptr, RuleSet* out)
    {
        if (!v.is_object()) {
            mFieldsBroken = true;
            return typeError(v, ptr, fillIn(QCoreApplication::translate("sd::RuleFile", "an object of field name → type")));
        }
        out->fields.reserve(v.size());
        members(v, ptr, [&](const std::string& k, const ojson& t, const std::string& fptr) {
            static const std::pair<const char*, FieldType> kTypes[] = {
                {"text", FieldType::Text}, {"number", FieldType::Number}, {"date", FieldType::Date},
                {"boolean", FieldType::Boolean}, {"list", FieldType::List}};
            if (t.is_string()) {
                const std::string& name = t.get_ref<const std::string&>();
                for (const auto& [n, type] : kTypes)
                    if (name == n) {
                        out->fields.emplace_back(k, type);
                        return;
                    }
            }
            error(fptr, fillIn(QCoreApplication::translate("sd::RuleFile", "unknown field type %1 (expected \"text\", \"number\", \"date\", \"boolean\" or \"list\")"),
                               found(t)));
            mUntyped.insert(k);
        }, false);
    }

    Condition condition(const ojson& v, const std::string& ptr, int depth)
    {
        visit(ptr);
        Condition c; // an empty "all" stands in for a broken condition, keeping sibling indices
        if (depth > mMaxDepth) {
            error(ptr, fillIn(QCoreApplication::translate("sd::RuleFile", "conditions are nested deeper than %1 levels"),
                              std::to_string(mMaxDepth)));
            poison(ptr);
            return c;
        }
        if (!v.is_object()) {
            typeError(v, ptr, fillIn(QCoreApplication::translate("sd::RuleFile", "a condition (an object)")));
            poison(ptr);
            return c;
        }
        std::vector<std::pair<std::string, const ojson*>> group, leaf; // in file order
        members(v, ptr, [&](const std::string& k, const ojson& mv, const std::string& mptr) {
            if (k == "all" || k == "any" || k == "not" || k == "segment")
                group.emplace_back(k, &mv);
            else if (k == "field" || k == "op" || k == "value" || k == "ignore_case")
                leaf.emplace_back(k, &mv);
            else
                unknownKey(k, mptr);
        });
        if (group.size() > 1) {
            for (size_t i = 1; i < group.size(); ++i)
                error(ptr + pointerToken(group[i].first), fillIn(QCoreApplication::translate("sd::RuleFile", "%1 cannot be combined with %2 in one condition; nest them in a group"),
                                                                 quote(group[i].first), quote(group[0].first)));
            poison(ptr);
            return c;
        }
        if (group.size() == 1) {
            const std::string& k = group[0].first;
            const ojson& g = *group[0].second;
            const std::string gptr = ptr + pointerToken(k);
            for (const auto& [lk, lv] : leaf)
                error(ptr + pointerToken(lk), fillIn(QCoreApplication::translate("sd::RuleFile", "%1 cannot be combined with %2 in one condition"),
                                                     quote(lk), quote(k)));
            if (k == "all" || k == "any") {
                c.kind = k == "all" ? Condition::Kind::All : Condition::Kind::Any;
                if (!g.is_array()) {
                    typeError(g, gptr, fillIn(QCoreApplication::translate("sd::RuleFile", "an array of conditions")));
                    poison(ptr);
                    return c;
                }
                const auto& items = g.get_ref<const ojson::array_t&>();
                c.children.reserve(items.size());
                for (size_t i = 0; i < items.size(); ++i)
                    c.children.push_back(condition(items[i], gptr + indexToken(i), depth + 1));
            } else if (k == "not") {
                c.kind = Condition::Kind::Not;
                c.children.push_back(condition(g, gptr, depth + 1));
            } else {
                c.kind = Condition::Kind::SegmentRef;
                if (const std::string* s = text(g, gptr))
                    c.segment = *s;
                else
                    poison(ptr);
            }
            return c;
        }
        if (leaf.empty()) {
            error(ptr, fillIn(QCoreApplication::translate("sd::RuleFile", "a condition needs \"all\", \"any\", \"not\", \"segment\", or \"field\" and \"op\"")));
            poison(ptr);
            return c;
        }
        c.kind = Condition::Kind::Leaf;
        bool hasField = false, hasOp = false;
        for (const auto& [k, lv] : leaf) {
            const std::string lptr = ptr + pointerToken(k);
            if (k == "field") {
                hasField = true;
                if (const std::string* s = text(*lv, lptr)) {
                    c.field = *s;
                    mFieldUses.emplace_back(lptr, *s);
                } else {
                    poison(ptr);
                }
            } else if (k == "op") {
                hasOp = true;
                const std::string* s = text(*lv, lptr);
                std::optional<Op> op = s ? opFromName(*s) : std::nullopt;
                if (s && !op)
                    error(lptr, fillIn(QCoreApplication::translate("sd::RuleFile", "unknown operator %1"), quote(*s)));
                if (op)
                    c.op = *op;
                else
                    poison(ptr); // the value cannot be checked against an unknown operator
            } else if (k == "value") {
                if (lv->is_null()) {
                    error(lptr, fillIn(QCoreApplication::translate("sd::RuleFile", "a value must not be null (leave \"value\" out for is_empty and is_not_empty)")));
                    poison(lptr);
                } else {
                    c.value = nlohmann::json(*lv);
                }
            } else if (lv->is_boolean()) {
                c.ignoreCase = lv->get<bool>();
            } else {
                typeError(*lv, lptr, fillIn(QCoreApplication::translate("sd::RuleFile", "true or false")));
            }
        }
        if (!hasField)
            error(ptr, fillIn(QCoreApplication::translate("sd::RuleFile", "missing %1"), quote("field")));
        if (!hasOp)
            error(ptr, fillIn(QCoreApplication::translate("sd::RuleFile", "missing %1"), quote("op")));
        if (!hasField || !hasOp)
            poison(ptr);
        return c;
    }

    // depth: 0 for the root ("segments"), 1 for top-level segments.
    void segment(const ojson& v, const std::string& ptr, int depth, Segment* out)
    {
        visit(ptr);
        const bool root = depth == 0;
        if (depth > mMaxDepth) {
            error(ptr, fillIn(QCoreApplication::translate("sd::RuleFile", "segments are nested deeper than %1 levels"),
                              std::to_string(mMaxDepth)));
            poison(ptr);
            return;
        }
        if (!v.is_object()) {
            typeError(v, ptr, root ? fillIn(QCoreApplication::translate("sd::RuleFile", "an object with \"mode\" and \"children\"")) : fillIn(QCoreApplication::translate("sd::RuleFile", "a segment (an object)")));
            poison(ptr);
            return;
        }
        bool hasId = false, hasName = false;
        members(v, ptr, [&](const std::string& k, const ojson& mv, const std::string& mptr) {
            visit(mptr);
            if (root && (k == "id" || k == "name" || k == "when" || k == "holdout" || k == "attributes")) {
                error(mptr, fillIn(QCoreApplication::translate("sd::RuleFile", "%1 is not allowed at the root of the tree"),
                                   quote(k)));
            } else if (k == "id") {
                hasId = true;
                if (const std::string* s = text(mv, mptr))
                    out->id = *s;
                else
                    poison(mptr);
            } else if (k == "name") {
                hasName = true;
                if (const std::string* s = text(mv, mptr))
                    out->name = *s;
                else
                    poison(mptr);
            } else if (k == "when") {
                out->when = condition(mv, mptr, 1);
            } else if (k == "holdout") {
                if (auto p = number(mv, mptr))
                    out->holdout = *p;
            } else if (k == "attributes") {
                if (!mv.is_object())
                    return typeError(mv, mptr, fillIn(QCoreApplication::translate("sd::RuleFile", "an object of name → text")));
                members(mv, mptr, [&](const std::string& ak, const ojson& av, const std::string& aptr) {
                    if (av.is_string())
                        out->attributes.emplace_back(ak, av.get<std::string>());
                    else
                        typeError(av, aptr, fillIn(QCoreApplication::translate("sd::RuleFile", "a string (attribute values are text)")));
                });
            } else if (k == "mode") {
                const std::string* s = text(mv, mptr);
                if (s && (*s == "overlapping" || *s == "exclusive")) {
                    out->mode = *s == "exclusive" ? ChildMode::Exclusive : ChildMode::Overlapping;
                    out->hasMode = true;
                } else if (s) {
                    error(mptr, fillIn(QCoreApplication::translate("sd::RuleFile", "unknown mode %1 (expected \"overlapping\" or \"exclusive\")"),
                                       quote(*s)));
                }
            } else if (k == "children") {
                if (!mv.is_array())
                    return typeError(mv, mptr, fillIn(QCoreApplication::translate("sd::RuleFile", "an array of segments")));
                const auto& items = mv.get_ref<const ojson::array_t&>();
                out->children.resize(items.size());
                for (size_t i = 0; i < items.size(); ++i)
                    segment(items[i], mptr + indexToken(i), depth + 1, &out->children[i]);
            } else {
                unknownKey(k, mptr);
            }
        });
        if (root)
            return;
        if (!hasId) {
            error(ptr, fillIn(QCoreApplication::translate("sd::RuleFile", "missing %1"), quote("id")));
            poison(ptr + "/id");
        }
        if (!hasName) {
            error(ptr, fillIn(QCoreApplication::translate("sd::RuleFile", "missing %1"), quote("name")));
            poison(ptr + "/name");
        }
    }

    Score score(const ojson& v, const std::string& ptr)
    {
        visit(ptr);
        Score s;
        if (!v.is_object()) {
            typeError(v, ptr, fillIn(QCoreApplication::translate("sd::RuleFile", "a score (an object)")));
            poison(ptr);
            return s;
        }
        bool hasId = false, hasRules = false;
        members(v, ptr, [&](const std::string& k, const ojson& mv, const std::string& mptr) {
            visit(mptr);
            if (k == "id") {
                hasId = true;
                if (const std::string* t = text(mv, mptr))
                    s.id = *t;
                else
                    poison(mptr);
            } else if (k == "label") {
                if (const std::string* t = text(mv, mptr))
                    s.label = *t;
            } else if (k == "min") {
                s.min = number(mv, mptr);
            } else if (k == "max") {
                s.max = number(mv, mptr);
            } else if (k == "rules") {
                hasRules = true;
                if (!mv.is_array())
                    return typeError(mv, mptr, fillIn(QCoreApplication::translate("sd::RuleFile", "an array of rules")));
                const auto& items = mv.get_ref<const ojson::array_t&>();
                for (size_t i = 0; i < items.size(); ++i)
                    s.rules.push_back(rule(items[i], mptr + indexToken(i)));
            } else {
                unknownKey(k, mptr);
            }
        });
        if (!hasId) {
            error(ptr, fillIn(QCoreApplication::translate("sd::RuleFile", "missing %1"), quote("id")));
            poison(ptr + "/id");
        }
        if (!hasRules)
            error(ptr, fillIn(QCoreApplication::translate("sd::RuleFile", "missing %1"), quote("rules")));
        return s;
    }

    ScoreRule rule(const ojson& v, const std::string& ptr)
    {
        visit(ptr);
        ScoreRule r;
        if (!v.is_object()) {
            typeError(v, ptr, fillIn(QCoreApplication::translate("sd::RuleFile", "a rule (an object)")));
            poison(ptr);
            return r;
        }
        bool hasPoints = false;
        members(v, ptr, [&](const std::string& k, const ojson& mv, const std::string& mptr) {
            visit(mptr);
            if (k == "when") {
                r.when = condition(mv, mptr, 1);
            } else if (k == "per") {
                if (const std::string* t = text(mv, mptr)) {
                    if (t->empty())
                        error(mptr, fillIn(QCoreApplication::translate("sd::RuleFile", "\"per\" must name a number field or a score")));
                    r.per = *t;
                    mFieldUses.emplace_back(mptr, *t);
                }
            } else if (k == "points") {
                hasPoints = true;
                if (auto p = number(mv, mptr))
                    r.points = *p;
            } else if (k == "cap") {
                r.cap = number(mv, mptr);
            } else {
                unknownKey(k, mptr);
            }
        });
        if (!hasPoints)
            error(ptr, fillIn(QCoreApplication::translate("sd::RuleFile", "missing %1"), quote("points")));
        return r;
    }

    int mMaxDepth;
    std::unordered_map<std::string, size_t> mOrder;
    std::unordered_set<std::string> mPoisoned;
    std::vector<std::pair<std::string, std::string>> mFieldUses; // pointer of "field"/"per", name
    std::unordered_set<std::string> mUntyped;                    // declared with a broken type
    bool mFieldsBroken = false;
};

} // namespace

RuleFileResult parseRuleFile(const QByteArray& bytes, const RuleFileLimits& limits)
{
    RuleFileResult result;
    try {
        if (bytes.size() > limits.maxBytes) {
            result.errors.push_back({"", fillIn(QCoreApplication::translate("sd::RuleFile", "the file is %1 bytes, more than the limit of %2 bytes"),
                                                std::to_string(bytes.size()), std::to_string(limits.maxBytes))});
            return result;
        }
        // Each level of conditions or segments takes two levels of JSON (object and array);
        // the slack covers the file's own frame.
        const size_t jsonDepth = size_t(std::max(limits.maxDepth, 1)) * 2 + 20;
        JsonDom dom = readJsonDom(bytes, jsonDepth);
        if (dom.failure) {
            result.errors.push_back(*dom.failure);
            return result;
        }
        Reader reader(limits.maxDepth);
        reader.file(dom.root, &result.rules);
        dom.root = ojson(); // release the DOM before the semantic pass

        std::vector<RuleFileError> errors = std::move(reader.errors);
        for (RuleFileError& e : validateRuleSet(result.rules))
            if (!reader.isPoisoned(e.pointer))
                errors.push_back(std::move(e));
        // Document order; within one place, structural errors (found first) come first.
        std::vector<std::pair<size_t, size_t>> keys; // (order, original index)
        keys.reserve(errors.size());
        for (size_t i = 0; i < errors.size(); ++i)
            keys.emplace_back(reader.orderOf(errors[i].pointer), i);
        std::sort(keys.begin(), keys.end());
        std::unordered_set<std::string> seen;
        for (const auto& [order, i] : keys)
            if (seen.insert(errors[i].pointer + '\n' + errors[i].message).second)
                result.errors.push_back(std::move(errors[i]));
        result.ok = result.errors.empty();
    } catch (const std::exception& e) {
        // Only resource exhaustion can get here; it must not cross the module boundary.
        result.ok = false;
        result.errors.push_back({"", fillIn(QCoreApplication::translate("sd::RuleFile", "cannot read the rule file: %1"),
                                            std::string(e.what()))});
    }
    return result;
}

QString formatRuleFileError(const RuleFileError& e)
{
    return QString::fromStdString((e.pointer.empty() ? std::string("/") : e.pointer) + ": " + e.message);
}

} // namespace sd
