// Whole-document JsonLogic import. The export writes each segment as a self-contained membership
// rule: {"and": [PARENT'S RULE, {"!": [EARLIER SIBLING'S CONDITION]}…, OWN CONDITION]}; the import
// checks those leading parts against the file's own rules and keeps only the segment's condition.
#include "jsonlogicruleimport.h"

#include "jsonlogicimporter.h"
#include "jsondom.h"

#include <QString>

#include <functional>
#include <map>
#include <set>

namespace sd {

namespace {

using json = nlohmann::json;

// Each operator level is an object and an array in the JSON; the slack covers the document's frame.
constexpr size_t kMaxImportDepth = size_t(kMaxJsonLogicDepth) * 2 + 20;

std::string token(const std::string& key)
{
    std::string out = "/";
    for (char c : key)
        out += c == '~' ? std::string("~0") : c == '/' ? std::string("~1") : std::string(1, c);
    return out;
}

bool isOp(const json& j, const char* name, size_t args)
{
    return j.is_object() && j.size() == 1 && j.contains(name) && j[name].is_array() && j[name].size() == args;
}

std::optional<Op> negativeTwin(Op op)
{
    switch (op) {
    case Op::Eq: return Op::Ne;
    case Op::In: return Op::NotIn;
    case Op::Contains: return Op::NotContains;
    case Op::WithinLastDays: return Op::NotWithinLastDays;
    case Op::HasAny: return Op::HasNone;
    case Op::IsEmpty: return Op::IsNotEmpty;
    case Op::IsNotEmpty: return Op::IsEmpty;
    default: return std::nullopt;
    }
}

bool isRemainderKey(const std::string& key)
{
    return key == "~" || (key.size() > 2 && key.compare(key.size() - 2, 2, "/~") == 0);
}

class RulesImport
{
public:
    RulesImport(const RuleSet& current, const std::vector<std::pair<std::string, FieldType>>& workspaceFields)
        : mCurrent(current), mWorkspaceFields(workspaceFields)
    {
    }

    JsonLogicRulesImport run(const QByteArray& bytes);

private:
    std::optional<Condition> condition(const json& logic, const std::string& ptr);
    std::optional<Score> score(const std::string& id, json e, const std::string& ptr);
    void substituteScores(json& j, const std::string& skipId);
    void document(const json& doc, JsonLogicRulesImport& r);
    void error(const std::string& ptr, const std::string& message) { mErrors.push_back({ptr, message}); }

    const RuleSet& mCurrent;
    const std::vector<std::pair<std::string, FieldType>>& mWorkspaceFields;
    std::vector<std::pair<std::string, FieldType>> mFields; // what a "var" may name
    std::map<std::string, std::string> mScoreByRule;        // dumped score rule → score id
    std::vector<RuleFileError> mErrors;
};

std::optional<Condition> RulesImport::condition(const json& logic, const std::string& ptr)
{
    JsonLogicImportResult c = importJsonLogic(logic, mFields);
    for (RuleFileError& e : c.errors)
        error(ptr + e.pointer, e.message);
    if (!c.ok)
        return std::nullopt;
    return simplifyImportedCondition(std::move(c.condition));
}

// Scores are inlined wherever a condition reads them; the file's "scores" section says which
// expression is which score, so such an expression is read back as the score's name.
void RulesImport::substituteScores(json& j, const std::string& skipId)
{
    if (!mScoreByRule.empty() && (j.is_object() || j.is_array())) {
        auto it = mScoreByRule.find(j.dump());
        if (it != mScoreByRule.end() && it->second != skipId) {
            j = json{{"var", it->second}};
            return;
        }
    }
    if (j.is_object() || j.is_array())
        for (json& child : j)
            substituteScores(child, skipId);
}

std::optional<Score> RulesImport::score(const std::string& id, json e, const std::string& ptrIn)
{
    std::string ptr = ptrIn;
    Score s;
    s.id = id;
    if (isOp(e, "max", 2) && e["max"][1].is_number()) {
        s.min = e["max"][1].get<double>();
        json inner = e["max"][0];
        e = std::move(inner);
        ptr += "/max/0";
    }
    if (isOp(e, "min", 2) && e["min"][1].is_number() && e["min"][0].is_object() && e["min"][0].contains("+")) {
        s.max = e["min"][1].get<double>();
        json inner = e["min"][0];
        e = std::move(inner);
        ptr += "/min/0";
    }
    if (!e.is_object() || e.size() != 1 || !e.contains("+") || !e["+"].is_array()) {
        error(ptr, "a score is understood only as the export writes it: {\"+\": [terms]}, optionally inside \"min\" and \"max\"");
        return std::nullopt;
    }
    const json& terms = e["+"];
    for (size_t i = 0; i < terms.size(); ++i) {
        const std::string tptr = ptr + "/+/" + std::to_string(i);
        ScoreRule r;
        json term = terms[i];
        std::optional<json> gate;
        std::string termPtr = tptr;
        if (isOp(term, "if", 3) && term["if"][2] == 0) {
            gate = term["if"][0];
            json value = term["if"][1];
            term = std::move(value);
            termPtr = tptr + "/if/1";
        }
        json product;
        if (term.is_number()) {
            r.points = term.get<double>();
        } else if (isOp(term, "min", 2) && term["min"][1].is_number() && isOp(term["min"][0], "*", 2)) {
            r.cap = term["min"][1].get<double>();
            product = term["min"][0];
        } else if (isOp(term, "*", 2)) {
            product = term;
        } else {
            error(termPtr, "a score term is understood only as points, {\"*\": [points, FIELD]} or that inside \"min\" with a cap");
            return std::nullopt;
        }
        bool perIsScore = false;
        if (!product.is_null()) {
            const json& factor = product["*"];
            const json& per = factor[1];
            if (!factor[0].is_number() || !per.is_object() || per.size() != 1 || !per.contains("var") || !per["var"].is_string()) {
                error(termPtr, "points per value must be {\"*\": [points, {\"var\": NUMBER_FIELD}]}");
                return std::nullopt;
            }
            r.points = factor[0].get<double>();
            r.per = per["var"].get<std::string>();
            perIsScore = mScoreByRule.end() != std::find_if(mScoreByRule.begin(), mScoreByRule.end(),
                                                            [&](const auto& kv) { return kv.second == r.per; });
            const auto type = std::find_if(mFields.begin(), mFields.end(), [&](const auto& f) { return f.first == r.per; });
            if (type == mFields.end() || type->second != FieldType::Number) {
                error(termPtr, "\"" + r.per + "\" is not a number field");
                return std::nullopt;
            }
        }
        // An empty cell counts 0 points: the export guards a per-value term with "!= null" first.
        if (!r.per.empty() && !perIsScore) {
            const json guard = json{{"!=", json::array({json{{"var", r.per}}, nullptr})}};
            if (!gate || (*gate != guard && !(isOp(*gate, "and", 2) && (*gate)["and"][0] == guard))) {
                error(tptr, "points per \"" + r.per + "\" need the empty-cell guard {\"!=\": [FIELD, null]} the export writes");
                return std::nullopt;
            }
            if (*gate == guard)
                gate.reset();
            else {
                json w = (*gate)["and"][1];
                gate = std::move(w);
                termPtr = tptr + "/if/0/and/1";
            }
        } else if (gate) {
            termPtr = tptr + "/if/0";
        }
        if (gate) {
            auto when = condition(*gate, termPtr);
            if (!when)
                return std::nullopt;
            r.when = std::move(*when);
        }
        s.rules.push_back(std::move(r));
    }
    return s;
}

void RulesImport::document(const json& doc, JsonLogicRulesImport& r)
{
    const json& segments = doc["segments"];
    std::set<std::string> currentIds;
    std::function<void(const Segment&)> collect = [&](const Segment& s) {
        for (const Segment& c : s.children) {
            currentIds.insert(c.id);
            collect(c);
        }
    };
    collect(mCurrent.root);
    bool known = false;
    for (const auto& [key, rule] : segments.items())
        if (!isRemainderKey(key) && currentIds.count(key))
            known = true;

    bool any = false;
    for (const auto& [key, rule] : segments.items())
        any = any || !isRemainderKey(key);
    if (!known && any) {
        // Rules from elsewhere: each one is a segment of its own; overlapping, because each rule
        // already says who is in it regardless of the others.
        r.rules.root.children.clear();
        r.rules.root.mode = ChildMode::Overlapping;
        r.rules.root.hasMode = true;
        for (const auto& [key, rule] : segments.items()) {
            if (isRemainderKey(key))
                continue;
            Segment s;
            s.id = key;
            s.name = key;
            auto when = condition(rule, "/segments" + token(key));
            if (!when)
                continue;
            if (!(when->kind == Condition::Kind::All && when->children.empty()))
                s.when = std::move(*when);
            r.rules.root.children.push_back(std::move(s));
            ++r.segmentsChanged;
        }
        return;
    }

    // The open rule set's tree: take each segment's own condition out of its membership rule.
    std::map<std::string, std::optional<json>> own; // segment id → its condition as written (none: no `when`)
    std::function<void(Segment&, bool)> walk = [&](Segment& parent, bool top) {
        for (size_t i = 0; i < parent.children.size(); ++i) {
            Segment& s = parent.children[i];
            const std::string ptr = "/segments" + token(s.id);
            if (!segments.contains(s.id)) {
                error("/segments", "the open rule set has the segment \"" + s.id
                                       + "\", which the file lacks; import a file with all of its segments, or with none of them");
                continue;
            }
            const json& rule = segments[s.id];
            std::vector<json> prefix;
            bool prefixKnown = true;
            if (!top)
                prefix.push_back(segments[parent.id]); // present: a parent missing from the file stops the walk
            if (parent.mode == ChildMode::Exclusive)
                for (size_t k = 0; k < i; ++k) {
                    auto it = own.find(parent.children[k].id);
                    if (it == own.end()) {
                        prefixKnown = false;
                        break;
                    }
                    prefix.push_back(it->second ? json{{"!", json::array({*it->second})}} : json(false));
                }
            if (!prefixKnown)
                continue; // an earlier sibling already failed
            std::optional<json> w;
            std::string wptr = ptr;
            const json whole = prefix.empty() ? json(true) : prefix.size() == 1 ? prefix[0] : json{{"and", prefix}};
            if (prefix.empty()) {
                if (rule != json(true))
                    w = rule;
            } else if (rule != whole) {
                const bool shape = isOp(rule, "and", prefix.size() + 1)
                    && std::equal(prefix.begin(), prefix.end(), rule["and"].begin());
                if (!shape) {
                    error(ptr, "this rule does not start with what the open rule set puts in front of the segment's own "
                               "condition (its parent's rule, then the earlier exclusive siblings' conditions negated)");
                    continue;
                }
                w = rule["and"][prefix.size()];
                wptr = ptr + "/and/" + std::to_string(prefix.size());
            }
            own[s.id] = w;
            std::optional<Condition> when;
            if (w) {
                when = condition(*w, wptr);
                if (!when)
                    continue;
            }
            if (when != s.when) {
                s.when = std::move(when);
                ++r.segmentsChanged;
            }
            walk(s, false);
        }
    };
    walk(r.rules.root, true);
    for (const auto& [key, rule] : segments.items()) {
        if (isRemainderKey(key) || currentIds.count(key))
            continue;
        if (r.rules.root.mode == ChildMode::Exclusive) {
            error("/segments" + token(key), "the segment \"" + key + "\" is not in the open rule set, whose top-level segments "
                                            "are exclusive; a new segment's rule would change meaning there");
            continue;
        }
        Segment s;
        s.id = key;
        s.name = key;
        if (auto when = condition(rule, "/segments" + token(key)))
            s.when = std::move(*when);
        r.rules.root.children.push_back(std::move(s));
        ++r.segmentsChanged;
    }
}

JsonLogicRulesImport RulesImport::run(const QByteArray& bytes)
{
    JsonLogicRulesImport r;
    r.rules = mCurrent;
    // Read bounded (nesting beyond what the converter accepts is refused while reading), with the
    // line and column of a syntax error; then as nlohmann::json, whose members are sorted by key.
    json doc;
    try {
        JsonDom dom = readJsonDom(bytes, kMaxImportDepth);
        if (!dom.failure)
            dom.failure = findDuplicateKey(dom.root); // nlohmann::json would keep one of them silently
        if (dom.failure) {
            r.errors.push_back(std::move(*dom.failure));
            return r;
        }
        doc = json(dom.root); // a copy; the ordered tree goes at the end of this block
    } catch (const std::bad_alloc&) {
        r.errors.push_back({"", "not enough memory to read the document"});
        return r;
    }
    mFields = mCurrent.fields;
    for (const auto& f : mWorkspaceFields)
        if (std::none_of(mFields.begin(), mFields.end(), [&](const auto& g) { return g.first == f.first; }))
            mFields.push_back(f);
    for (const Score& s : mCurrent.scores)
        mFields.emplace_back(s.id, FieldType::Number);

    const bool isDocument = doc.is_object() && doc.contains("segments");
    if (isDocument) {
        if (!doc["segments"].is_object())
            error("/segments", "expected an object of segment id → JsonLogic rule");
        if (doc.contains("scores") && !doc["scores"].is_object())
            error("/scores", "expected an object of score id → JsonLogic rule");
        for (const auto& [key, value] : doc.items())
            if (key != "segments" && key != "scores")
                error(token(key), "unknown member (a JsonLogic export has \"segments\" and \"scores\")");
        if (!mErrors.empty()) {
            r.errors = std::move(mErrors);
            return r;
        }
        if (doc.contains("scores")) {
            // Named copies rather than structured bindings: lambdas below capture the id, which
            // clang before 16 refuses for a binding.
            for (auto& item : doc["scores"].items()) {
                const std::string id = item.key();
                const nlohmann::json& rule = item.value();
                mScoreByRule.emplace(rule.dump(), id);
                if (std::none_of(mFields.begin(), mFields.end(), [&](const auto& f) { return f.first == id; }))
                    mFields.emplace_back(id, FieldType::Number);
            }
            for (auto& [id, rule] : doc["scores"].items())
                substituteScores(rule, id);
        }
        substituteScores(doc["segments"], {});
        if (doc.contains("scores"))
            for (const auto& item : doc["scores"].items()) {
                const std::string id = item.key();
                const nlohmann::json& rule = item.value();
                auto s = score(id, rule, "/scores" + token(id));
                if (!s)
                    continue;
                auto it = std::find_if(r.rules.scores.begin(), r.rules.scores.end(), [&](const Score& x) { return x.id == id; });
                if (it == r.rules.scores.end()) {
                    s->label = id;
                    r.rules.scores.push_back(std::move(*s));
                    ++r.scoresChanged;
                } else if (it->min != s->min || it->max != s->max || it->rules != s->rules) {
                    it->min = s->min;
                    it->max = s->max;
                    it->rules = std::move(s->rules);
                    ++r.scoresChanged;
                }
            }
        document(doc, r);
    } else {
        auto when = condition(doc, "");
        if (when) {
            Segment s;
            std::set<std::string> ids;
            std::function<void(const Segment&)> collect = [&](const Segment& x) {
                ids.insert(x.id);
                for (const Segment& c : x.children)
                    collect(c);
            };
            collect(r.rules.root);
            s.id = "imported";
            for (int n = 2; ids.count(s.id); ++n)
                s.id = "imported-" + std::to_string(n);
            s.name = "Imported rule";
            s.when = std::move(*when);
            r.rules.root.children.push_back(std::move(s));
            r.segmentsChanged = 1;
        }
    }
    if (mErrors.empty()) {
        // Fields the rules now read that the rule set did not declare come from the workspace.
        for (const std::string& f : r.rules.referencedFields())
            if (!r.rules.fieldType(f))
                for (const auto& w : mWorkspaceFields)
                    if (w.first == f)
                        r.rules.fields.push_back(w);
        for (const RuleFileError& e : validateRuleSet(r.rules))
            error(e.pointer, "the imported rules are not a valid rule set: " + e.message + " (at " + e.pointer + " of the rule file)");
    }
    r.errors = std::move(mErrors);
    r.ok = r.errors.empty();
    return r;
}

} // namespace

Condition simplifyImportedCondition(Condition c)
{
    for (Condition& child : c.children)
        child = simplifyImportedCondition(std::move(child));
    using K = Condition::Kind;
    // {"or"/"and": [{"in": [v, LIST]}…]}: the export's has_any / has_all of several values.
    if ((c.kind == K::Any || c.kind == K::All) && c.children.size() >= 2) {
        const Condition& first = c.children.front();
        const bool singles = std::all_of(c.children.begin(), c.children.end(), [&](const Condition& x) {
            return x.kind == K::Leaf && x.op == Op::HasAny && x.field == first.field && x.value.is_array() && x.value.size() == 1
                && !x.ignoreCase;
        });
        if (singles) {
            Condition merged = first;
            merged.op = c.kind == K::Any ? Op::HasAny : Op::HasAll;
            merged.value = json::array();
            for (const Condition& x : c.children)
                merged.value.push_back(x.value[0]);
            return merged;
        }
    }
    // The empty-cell guard in front of a positive leaf: that leaf never holds for an empty cell anyway.
    if (c.kind == K::All && c.children.size() == 2) {
        const Condition& guard = c.children[0];
        const Condition& leaf = c.children[1];
        if (guard.kind == K::Leaf && guard.op == Op::IsNotEmpty && leaf.kind == K::Leaf && leaf.field == guard.field
            && !isNegativeOp(leaf.op) && leaf.op != Op::IsEmpty)
            return leaf;
    }
    // Negative leaves are exact negations of their positive twins.
    if (c.kind == K::Not && c.children.size() == 1 && c.children[0].kind == K::Leaf) {
        if (auto twin = negativeTwin(c.children[0].op)) {
            Condition leaf = c.children[0];
            leaf.op = *twin;
            return leaf;
        }
    }
    return c;
}

JsonLogicRulesImport importJsonLogicRules(const QByteArray& bytes, const RuleSet& current,
                                          const std::vector<std::pair<std::string, FieldType>>& workspaceFields)
{
    return RulesImport(current, workspaceFields).run(bytes);
}

} // namespace sd
