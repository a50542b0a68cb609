// Rule file v1 writing: the canonical text (fixed key order, 2-space indentation, arrays of
// scalars on one line) that parse → serialize keeps fixed.
#include "jsondom.h"
#include "rulefile.h"

#include <cmath>
#include <string>

namespace sd {

namespace {

// Whole numbers print without a fraction ("5", not "5.0"); doubles keep the shortest round trip.
ojson numberJson(double d)
{
    if (!std::isfinite(d))
        return ojson(); // not representable in JSON; the reader will then say what is missing
    if (d == std::floor(d) && std::fabs(d) < 9007199254740992.0) // 2^53: exact as an integer
        return ojson(static_cast<int64_t>(d));
    return ojson(d);
}

ojson conditionJson(const Condition& c)
{
    ojson j = ojson::object();
    switch (c.kind) {
    case Condition::Kind::All:
    case Condition::Kind::Any: {
        ojson items = ojson::array();
        for (const Condition& ch : c.children)
            items.push_back(conditionJson(ch));
        appendJsonMember(j, c.kind == Condition::Kind::All ? "all" : "any", std::move(items));
        break;
    }
    case Condition::Kind::Not:
        appendJsonMember(j, "not", c.children.empty() ? ojson::object() : conditionJson(c.children.front()));
        break;
    case Condition::Kind::SegmentRef:
        appendJsonMember(j, "segment", c.segment);
        break;
    case Condition::Kind::Leaf:
        appendJsonMember(j, "field", c.field);
        appendJsonMember(j, "op", opName(c.op));
        if (!c.value.is_null())
            appendJsonMember(j, "value", ojson(c.value));
        if (c.ignoreCase)
            appendJsonMember(j, "ignore_case", true);
        break;
    }
    return j;
}

ojson segmentJson(const Segment& s, bool root)
{
    ojson j = ojson::object();
    if (!root) {
        appendJsonMember(j, "id", s.id);
        appendJsonMember(j, "name", s.name);
        if (s.when)
            appendJsonMember(j, "when", conditionJson(*s.when));
        if (s.holdout)
            appendJsonMember(j, "holdout", numberJson(*s.holdout));
        if (!s.attributes.empty()) {
            ojson a = ojson::object();
            for (const auto& [k, v] : s.attributes)
                appendJsonMember(a, k, v);
            appendJsonMember(j, "attributes", std::move(a));
        }
    }
    // Written when the file had it, or when leaving it out would change the meaning.
    if (s.hasMode || s.mode == ChildMode::Exclusive)
        appendJsonMember(j, "mode", s.mode == ChildMode::Exclusive ? "exclusive" : "overlapping");
    if (root || !s.children.empty()) {
        ojson children = ojson::array();
        for (const Segment& c : s.children)
            children.push_back(segmentJson(c, false));
        appendJsonMember(j, "children", std::move(children));
    }
    return j;
}

ojson scoreJson(const Score& s)
{
    ojson j = ojson::object();
    appendJsonMember(j, "id", s.id);
    if (!s.label.empty())
        appendJsonMember(j, "label", s.label);
    if (s.min)
        appendJsonMember(j, "min", numberJson(*s.min));
    if (s.max)
        appendJsonMember(j, "max", numberJson(*s.max));
    ojson rules = ojson::array();
    for (const ScoreRule& r : s.rules) {
        ojson rj = ojson::object();
        if (r.when)
            appendJsonMember(rj, "when", conditionJson(*r.when));
        if (!r.per.empty())
            appendJsonMember(rj, "per", r.per);
        appendJsonMember(rj, "points", numberJson(r.points));
        if (r.cap)
            appendJsonMember(rj, "cap", numberJson(*r.cap));
        rules.push_back(std::move(rj));
    }
    appendJsonMember(j, "rules", std::move(rules));
    return j;
}

std::string scalarText(const ojson& v)
{
    // Invalid UTF-8 can only come from a rule set built in memory; replace it rather than throw.
    return v.dump(-1, ' ', false, ojson::error_handler_t::replace);
}

void appendKey(const std::string& key, std::string& out)
{
    // Most keys are plain ASCII that needs no escaping; the rest go through the JSON writer.
    const bool plain = std::all_of(key.begin(), key.end(), [](char c) {
        return c >= 0x20 && c < 0x7f && c != '"' && c != '\\';
    });
    if (plain) {
        out += '"';
        out += key;
        out += '"';
    } else {
        out += scalarText(ojson(key));
    }
}

// Like dump(2), except that an array of scalars stays on one line ("value": [200, 999]), which
// keeps value lists readable and diffs of thresholds small.
void print(const ojson& v, int indent, std::string& out)
{
    if (v.is_object()) {
        const auto& items = jsonMembers(v);
        if (items.empty()) {
            out += "{}";
            return;
        }
        out += "{\n";
        for (size_t i = 0; i < items.size(); ++i) {
            out.append(size_t(indent + 2), ' ');
            appendKey(items[i].first, out);
            out += ": ";
            print(items[i].second, indent + 2, out);
            out += i + 1 < items.size() ? ",\n" : "\n";
        }
        out.append(size_t(indent), ' ');
        out += '}';
    } else if (v.is_array()) {
        const auto& items = v.get_ref<const ojson::array_t&>();
        if (items.empty()) {
            out += "[]";
            return;
        }
        const bool flat = std::none_of(items.begin(), items.end(), [](const ojson& e) { return e.is_structured(); });
        if (flat) {
            out += '[';
            for (size_t i = 0; i < items.size(); ++i) {
                if (i)
                    out += ", ";
                out += scalarText(items[i]);
            }
            out += ']';
            return;
        }
        out += "[\n";
        for (size_t i = 0; i < items.size(); ++i) {
            out.append(size_t(indent + 2), ' ');
            print(items[i], indent + 2, out);
            out += i + 1 < items.size() ? ",\n" : "\n";
        }
        out.append(size_t(indent), ' ');
        out += ']';
    } else {
        out += scalarText(v);
    }
}

} // namespace

QByteArray serializeRuleFile(const RuleSet& rules)
{
    ojson j = ojson::object();
    appendJsonMember(j, "format", kRuleFileFormat);
    appendJsonMember(j, "version", 1);
    appendJsonMember(j, "name", rules.name);
    ojson fields = ojson::object();
    for (const auto& [name, type] : rules.fields)
        appendJsonMember(fields, name, fieldTypeName(type).toStdString());
    appendJsonMember(j, "fields", std::move(fields));
    if (rules.outcome)
        appendJsonMember(j, "outcome", conditionJson(*rules.outcome));
    if (!rules.scores.empty()) {
        ojson scores = ojson::array();
        for (const Score& s : rules.scores)
            scores.push_back(scoreJson(s));
        appendJsonMember(j, "scores", std::move(scores));
    }
    appendJsonMember(j, "segments", segmentJson(rules.root, true));
    std::string out;
    print(j, 0, out);
    out += '\n';
    return QByteArray(out.data(), qsizetype(out.size()));
}

} // namespace sd
