// JsonLogic export. Every positive leaf is {"and": [present, predicate]}, so an empty cell (null,
// "" or []) never satisfies it, and its negative twin is {"!": [...]} of exactly that. Strict
// equality (=== and "in" on arrays) avoids JavaScript's loose comparisons; ordering is guarded by
// the presence test because JavaScript orders null as 0.
#include "jsonlogicexporter.h"

#include "valueparsing.h"

#include <QString>

#include <algorithm>
#include <functional>

namespace sd {

namespace {

using json = nlohmann::json;

std::string indexToken(size_t i) { return "/" + std::to_string(i); }

json op(const char* name, json args)
{
    json j = json::object();
    j[name] = std::move(args);
    return j;
}

json andOf(std::vector<json> parts)
{
    if (parts.empty())
        return true;
    if (parts.size() == 1)
        return std::move(parts[0]);
    return op("and", json(std::move(parts)));
}

json notOf(json c) { return op("!", json::array({std::move(c)})); }

size_t utf16Length(const std::string& s)
{
    return size_t(QString::fromStdString(s).size());
}

// JavaScript orders strings by UTF-16 code unit, the engine by code point. The two agree whenever
// the fixed side of the comparison has no character from U+E000 upward (see docs/exports.md).
bool orderSafe(const std::string& s)
{
    for (char32_t u : QString::fromStdString(s).toUcs4())
        if (u >= 0xE000)
            return false;
    return true;
}

} // namespace

JsonLogicExporter::JsonLogicExporter(const RuleSet& rules, JsonLogicOptions options)
    : mRules(rules), mOptions(options)
{
}

ExportResult exportJsonLogic(const RuleSet& rules, const JsonLogicOptions& options)
{
    return JsonLogicExporter(rules, options).run();
}

void JsonLogicExporter::error(const std::string& pointer, const std::string& message)
{
    for (const RuleFileError& e : mErrors)
        if (e.pointer == pointer && e.message == message)
            return;
    mErrors.push_back({pointer, message});
}

json JsonLogicExporter::value(const std::string& field, const std::string& ptr, FieldType* type, bool* isScore)
{
    *isScore = false;
    // Scores first, as the engine resolves names: a score is computed, so its rule is inlined.
    auto it = mScoreIndex.find(field);
    if (it != mScoreIndex.end()) {
        *type = FieldType::Number;
        *isScore = true;
        return scoreRule(it->second);
    }
    if (auto t = mRules.fieldType(field)) {
        *type = *t;
        if (field.find('.') != std::string::npos)
            error(ptr, "JsonLogic's \"var\" reads the dot in \"" + field + "\" as a path into nested objects");
        return op("var", field);
    }
    error(ptr, "unknown field \"" + field + "\"");
    *type = FieldType::Text;
    return op("var", field);
}

json JsonLogicExporter::condition(const Condition& c, const std::string& ptr, int depth)
{
    if (depth > 400) {
        error(ptr, "conditions are nested too deeply to export");
        return false;
    }
    switch (c.kind) {
    case Condition::Kind::All:
    case Condition::Kind::Any: {
        const bool all = c.kind == Condition::Kind::All;
        if (c.children.empty())
            return all; // JsonLogic's own "and"/"or" of nothing is not a boolean
        const std::string base = ptr + (all ? "/all" : "/any");
        std::vector<json> parts;
        for (size_t i = 0; i < c.children.size(); ++i)
            parts.push_back(condition(c.children[i], base + indexToken(i), depth + 1));
        if (parts.size() == 1)
            return std::move(parts[0]);
        return op(all ? "and" : "or", json(std::move(parts)));
    }
    case Condition::Kind::Not:
        if (c.children.size() != 1) {
            error(ptr + "/not", "\"not\" needs exactly one condition");
            return false;
        }
        return notOf(condition(c.children[0], ptr + "/not", depth + 1));
    case Condition::Kind::SegmentRef:
        if (!mNodes.count(c.segment)) {
            error(ptr + "/segment", "unknown segment \"" + c.segment + "\"");
            return false;
        }
        return membership(c.segment, depth + 1);
    case Condition::Kind::Leaf:
        return leaf(c, ptr);
    }
    return false;
}

json JsonLogicExporter::leaf(const Condition& c, const std::string& ptr)
{
    FieldType t = FieldType::Text;
    bool isScore = false;
    const json v = value(c.field, ptr + "/field", &t, &isScore);
    const std::string vptr = ptr + "/value";
    json present;
    if (!isScore) {
        if (t == FieldType::Number || t == FieldType::Boolean)
            present = op("!=", json::array({v, nullptr})); // 0 and false are values, not empty
        else
            present = op("!!", json::array({v}));          // null, "" and [] are empty
    }
    if (c.op == Op::IsEmpty)
        return isScore ? json(false) : notOf(present);
    if (c.op == Op::IsNotEmpty)
        return isScore ? json(true) : present;
    if (c.ignoreCase)
        error(ptr + "/ignore_case", "JsonLogic has no operation that changes letter case, so ignore_case cannot be exported");

    const Op o = positiveTwin(c.op);
    std::vector<json> values;
    if (c.value.is_array())
        values.assign(c.value.begin(), c.value.end());
    else if (!c.value.is_null())
        values.push_back(c.value);
    // A list is compared as its ';'-joined items, like the engine reads it for these operators.
    const json joined = op("substr", json::array({op("reduce", json::array({v, op("cat", json::array({op("var", "accumulator"), ";", op("var", "current")})), ""})), 1}));
    const json subject = t == FieldType::List ? joined : v;
    auto literal = [&](size_t i) -> json {
        if (i >= values.size())
            return nullptr;
        if (t == FieldType::Date && values[i].is_string())
            return values[i].get<std::string>().substr(0, 10);
        return values[i];
    };
    auto checkOrder = [&](size_t i) {
        if (t == FieldType::Text && i < values.size() && values[i].is_string() && !orderSafe(values[i].get<std::string>()))
            error(c.value.is_array() ? vptr + indexToken(i) : vptr,
                  "JavaScript orders text by UTF-16 units, which differs from code-point order for characters from U+E000 upward");
    };

    json pred;
    switch (o) {
    case Op::Eq:
        pred = op("===", json::array({subject, literal(0)}));
        break;
    case Op::In: {
        json set = json::array();
        for (size_t i = 0; i < values.size(); ++i)
            set.push_back(literal(i));
        pred = op("in", json::array({subject, set}));
        break;
    }
    case Op::Lt: checkOrder(0); pred = op("<", json::array({subject, literal(0)})); break;
    case Op::Le: checkOrder(0); pred = op("<=", json::array({subject, literal(0)})); break;
    case Op::Gt: checkOrder(0); pred = op(">", json::array({subject, literal(0)})); break;
    case Op::Ge: checkOrder(0); pred = op(">=", json::array({subject, literal(0)})); break;
    case Op::Between:
        checkOrder(0);
        checkOrder(1);
        pred = op("<=", json::array({literal(0), subject, literal(1)}));
        break;
    case Op::Contains:
    case Op::StartsWith:
    case Op::EndsWith: {
        json text;
        switch (t) {
        case FieldType::Text:
        case FieldType::Date: text = v; break;
        case FieldType::List: text = joined; break;
        case FieldType::Boolean: text = op("cat", json::array({v})); break;
        case FieldType::Number:
            error(ptr + "/op", std::string("operator \"") + opName(c.op) + "\" on the number field \"" + c.field
                                   + "\" reads the number as text, which JavaScript formats differently");
            return false;
        }
        const std::string needle = values.empty() || !values[0].is_string() ? std::string() : values[0].get<std::string>();
        if (needle.empty())
            pred = true;
        else if (o == Op::Contains)
            pred = op("in", json::array({needle, text}));
        else if (o == Op::StartsWith)
            pred = op("===", json::array({op("substr", json::array({text, 0, utf16Length(needle)})), needle}));
        else
            pred = op("===", json::array({op("substr", json::array({text, -int64_t(utf16Length(needle))})), needle}));
        break;
    }
    case Op::Matches:
        error(ptr + "/op", "JsonLogic has no regular expressions, so \"matches\" cannot be exported");
        return false;
    case Op::WithinLastDays: {
        if (!mOptions.asOf) {
            error(ptr + "/op", std::string("JsonLogic has no current date: export \"") + opName(c.op) + "\" with --as-of DATE");
            return false;
        }
        const int64_t n = values.empty() || !values[0].is_number() ? 0 : int64_t(values[0].get<double>());
        pred = op("<=", json::array({formatIsoDate(civilFromDays(*mOptions.asOf - n)), v,
                                     formatIsoDate(civilFromDays(*mOptions.asOf))}));
        break;
    }
    case Op::HasAny:
    case Op::HasAll: {
        std::vector<json> parts;
        for (size_t i = 0; i < values.size(); ++i) {
            json item = op("in", json::array({literal(i), v}));
            if (std::find(parts.begin(), parts.end(), item) == parts.end())
                parts.push_back(std::move(item));
        }
        pred = parts.size() == 1 ? parts[0] : op(o == Op::HasAll ? "and" : "or", json(std::move(parts)));
        break;
    }
    default:
        error(ptr + "/op", std::string("operator \"") + opName(c.op) + "\" cannot be exported to JsonLogic");
        return false;
    }
    json positive = isScore ? pred : andOf({present, pred});
    return isNegativeOp(c.op) ? notOf(std::move(positive)) : positive;
}

json JsonLogicExporter::membership(const std::string& id, int depth)
{
    if (depth > 400) {
        error(mPointers[id], "segment references are nested too deeply to export");
        return false;
    }
    const Segment* node = mNodes.at(id);
    const Segment* parent = mParents.at(id);
    std::vector<json> parts;
    if (parent != &mRules.root)
        parts.push_back(membership(parent->id, depth + 1));
    if (parent->mode == ChildMode::Exclusive)
        for (const Segment& sib : parent->children) {
            if (sib.id == id)
                break;
            parts.push_back(sib.when ? notOf(condition(*sib.when, mPointers[sib.id] + "/when", depth + 1)) : json(false));
        }
    if (node->when)
        parts.push_back(condition(*node->when, mPointers[id] + "/when", depth + 1));
    return andOf(std::move(parts));
}

json JsonLogicExporter::remainder(const Segment& parent, int depth)
{
    std::vector<json> parts;
    if (&parent != &mRules.root)
        parts.push_back(membership(parent.id, depth + 1));
    for (const Segment& c : parent.children)
        parts.push_back(c.when ? notOf(condition(*c.when, mPointers[c.id] + "/when", depth + 1)) : json(false));
    return andOf(std::move(parts));
}

json JsonLogicExporter::scoreRule(size_t index)
{
    const Score& s = mRules.scores[index];
    const std::string ptr = "/scores" + indexToken(index);
    std::vector<json> terms;
    for (size_t k = 0; k < s.rules.size(); ++k) {
        const ScoreRule& r = s.rules[k];
        const std::string rptr = ptr + "/rules" + indexToken(k);
        std::vector<json> gate;
        json term;
        if (!r.per.empty()) {
            FieldType t = FieldType::Number;
            bool perIsScore = false;
            const json per = value(r.per, rptr + "/per", &t, &perIsScore);
            if (!perIsScore)
                gate.push_back(op("!=", json::array({per, nullptr}))); // an empty cell counts 0
            term = op("*", json::array({r.points, per}));
            if (r.cap)
                term = op("min", json::array({term, *r.cap}));
        } else {
            term = r.cap ? std::min(r.points, *r.cap) : r.points;
        }
        if (r.when)
            gate.push_back(condition(*r.when, rptr + "/when", 1));
        terms.push_back(gate.empty() ? term : op("if", json::array({andOf(std::move(gate)), term, 0})));
    }
    // "+" adds from 0 in order, as the engine does, so the sums agree to the last bit.
    json total = op("+", json(std::move(terms)));
    if (s.max)
        total = op("min", json::array({total, *s.max}));
    if (s.min)
        total = op("max", json::array({total, *s.min}));
    return total;
}

ExportResult JsonLogicExporter::run()
{
    ExportResult result;
    std::function<void(const Segment&, const std::string&)> index = [&](const Segment& s, const std::string& ptr) {
        for (size_t i = 0; i < s.children.size(); ++i) {
            const Segment& c = s.children[i];
            const std::string p = ptr + "/children" + indexToken(i);
            mNodes[c.id] = &c;
            mParents[c.id] = &s;
            mPointers[c.id] = p;
            index(c, p);
        }
    };
    index(mRules.root, "/segments");
    for (size_t i = 0; i < mRules.scores.size(); ++i)
        mScoreIndex.emplace(mRules.scores[i].id, i);

    nlohmann::ordered_json segments = nlohmann::ordered_json::object();
    std::function<void(const Segment&)> walk = [&](const Segment& parent) {
        for (const Segment& child : parent.children) {
            segments[child.id] = membership(child.id, 0);
            walk(child);
        }
        if (parent.mode == ChildMode::Exclusive && !parent.children.empty())
            segments[&parent == &mRules.root ? std::string("~") : parent.id + "/~"] = remainder(parent, 0);
    };
    walk(mRules.root);
    nlohmann::ordered_json scores = nlohmann::ordered_json::object();
    for (size_t i = 0; i < mRules.scores.size(); ++i)
        scores[mRules.scores[i].id] = scoreRule(i);
    if (!mErrors.empty()) {
        result.errors = std::move(mErrors);
        return result;
    }
    mOut = nlohmann::ordered_json::object();
    mOut["segments"] = std::move(segments);
    mOut["scores"] = std::move(scores);
    result.ok = true;
    result.text = mOut.dump(2, ' ', false, nlohmann::json::error_handler_t::strict) + "\n";
    return result;
}

} // namespace sd
