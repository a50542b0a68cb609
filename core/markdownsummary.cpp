// Markdown summary of the segments. Text from the rule file is escaped, so a segment name cannot
// inject links, HTML or table cells into the page.
#include "markdownsummary.h"

#include "valueparsing.h"

#include <functional>

namespace sd {

namespace {

std::string valueText(const nlohmann::json& v)
{
    if (v.is_string())
        return "“" + markdownEscape(v.get<std::string>()) + "”";
    if (v.is_boolean())
        return v.get<bool>() ? "yes" : "no";
    if (v.is_number())
        return formatNumber(v.get<double>());
    return markdownEscape(v.dump());
}

std::string listText(const nlohmann::json& v, const char* last)
{
    if (!v.is_array())
        return valueText(v);
    std::string s;
    for (size_t i = 0; i < v.size(); ++i) {
        if (i)
            s += i + 1 == v.size() ? std::string(" ") + last + " " : ", ";
        s += valueText(v[i]);
    }
    return s;
}

std::string number(double v) { return formatNumber(v); }

} // namespace

std::string markdownEscape(std::string_view text)
{
    std::string out;
    for (char c : text) {
        if (c == '\n' || c == '\r' || c == '\t')
            out += ' ';
        else if (static_cast<unsigned char>(c) < 0x20)
            continue;
        else if (std::string_view("\\`*_{}[]()<>#+-.!|~&").find(c) != std::string_view::npos)
            out += '\\', out += c;
        else
            out += c;
    }
    return out;
}

ExportResult markdownSummary(const RuleSet& rules)
{
    return MarkdownSummary(rules).run();
}

std::string MarkdownSummary::fieldLabel(const std::string& field) const
{
    if (const Score* s = mRules.score(field))
        return "**" + markdownEscape(s->label.empty() ? s->id : s->label) + "** score";
    return "**" + markdownEscape(field) + "**";
}

std::string MarkdownSummary::segmentName(const std::string& id) const
{
    std::function<const Segment*(const Segment&)> find = [&](const Segment& s) -> const Segment* {
        for (const Segment& c : s.children) {
            if (c.id == id)
                return &c;
            if (const Segment* f = find(c))
                return f;
        }
        return nullptr;
    };
    const Segment* s = find(mRules.root);
    return s ? markdownEscape(s->name) : markdownEscape(id);
}

std::string MarkdownSummary::describe(const Condition& c, int depth) const
{
    switch (c.kind) {
    case Condition::Kind::All:
    case Condition::Kind::Any: {
        const bool all = c.kind == Condition::Kind::All;
        if (c.children.empty())
            return all ? "everyone" : "no one";
        if (c.children.size() == 1)
            return describe(c.children[0], depth);
        std::string s;
        for (size_t i = 0; i < c.children.size(); ++i)
            s += (i ? (all ? " and " : " or ") : "") + describe(c.children[i], depth + 1);
        return depth > 0 ? "(" + s + ")" : s;
    }
    case Condition::Kind::Not:
        return c.children.size() == 1 ? "not (" + describe(c.children[0], depth + 1) + ")" : "not (…)";
    case Condition::Kind::SegmentRef:
        return "in segment *" + segmentName(c.segment) + "*";
    case Condition::Kind::Leaf:
        break;
    }
    const std::string f = fieldLabel(c.field);
    const nlohmann::json& v = c.value;
    std::string s;
    switch (c.op) {
    case Op::Eq: s = f + " is " + valueText(v); break;
    case Op::Ne: s = f + " is not " + valueText(v); break;
    case Op::Lt: s = f + " is less than " + valueText(v); break;
    case Op::Le: s = f + " is at most " + valueText(v); break;
    case Op::Gt: s = f + " is more than " + valueText(v); break;
    case Op::Ge: s = f + " is at least " + valueText(v); break;
    case Op::Between:
        s = f + " is between " + (v.is_array() && v.size() == 2 ? valueText(v[0]) + " and " + valueText(v[1]) : valueText(v));
        break;
    case Op::In: s = f + " is one of " + listText(v, "or"); break;
    case Op::NotIn: s = f + " is none of " + listText(v, "or"); break;
    case Op::Contains: s = f + " contains " + valueText(v); break;
    case Op::NotContains: s = f + " does not contain " + valueText(v); break;
    case Op::StartsWith: s = f + " starts with " + valueText(v); break;
    case Op::EndsWith: s = f + " ends with " + valueText(v); break;
    case Op::Matches: s = f + " matches the pattern " + valueText(v); break;
    case Op::IsEmpty: s = f + " is empty"; break;
    case Op::IsNotEmpty: s = f + " is filled in"; break;
    case Op::WithinLastDays: s = f + " is within the last " + valueText(v) + " days"; break;
    case Op::NotWithinLastDays: s = f + " is not within the last " + valueText(v) + " days"; break;
    case Op::HasAny: s = f + " includes " + listText(v, "or"); break;
    case Op::HasAll: s = f + " includes all of " + listText(v, "and"); break;
    case Op::HasNone: s = f + " includes none of " + listText(v, "or"); break;
    }
    if (c.ignoreCase)
        s += " (any letter case)";
    return s;
}

ExportResult MarkdownSummary::run() const
{
    std::string md = "# " + markdownEscape(mRules.name.empty() ? std::string("Segments") : mRules.name) + "\n\n";
    if (mRules.outcome)
        md += "Success is measured as: " + describe(*mRules.outcome) + ".\n\n";
    md += "## Segments\n\n";
    if (mRules.root.mode == ChildMode::Exclusive && !mRules.root.children.empty())
        md += "Each lead belongs to the **first** segment below that fits it, in this order.\n\n";
    std::function<void(const Segment&, int)> walk = [&](const Segment& parent, int depth) {
        const std::string indent(size_t(depth) * 2, ' ');
        int position = 0;
        for (const Segment& s : parent.children) {
            ++position;
            md += indent + std::to_string(position) + ". **" + markdownEscape(s.name) + "** (`" + s.id + "`)";
            if (s.when)
                md += ": " + describe(*s.when);
            else
                md += depth == 0 ? ": everyone" : ": everyone else in this group";
            md += "\n";
            for (const auto& [k, v] : s.attributes)
                md += indent + "   - " + markdownEscape(k) + ": " + markdownEscape(v) + "\n";
            if (s.holdout)
                md += indent + "   - holdout: " + number(*s.holdout) + "% of the segment kept out of outreach to measure lift" + "\n";
            if (!s.children.empty()) {
                md += indent + "   - " + (s.mode == ChildMode::Exclusive ? "split in priority order:" : "groups (a lead can be in several):") + "\n";
                walk(s, depth + 2);
            }
        }
        if (parent.mode == ChildMode::Exclusive && !parent.children.empty())
            md += indent + "- *Everyone else*" + (depth == 0 ? std::string(" (`~`)") : " (`" + parent.id + "/~`)") + "\n";
    };
    walk(mRules.root, 0);
    if (!mRules.scores.empty()) {
        md += "\n## Scores\n\n";
        for (const Score& s : mRules.scores) {
            md += "### " + markdownEscape(s.label.empty() ? s.id : s.label) + " (`" + s.id + "`)\n\n";
            for (const ScoreRule& r : s.rules) {
                std::string line = "- ";
                line += (r.points >= 0 ? "+" : "") + number(r.points) + " points";
                if (!r.per.empty())
                    line += " per unit of " + fieldLabel(r.per);
                if (r.cap)
                    line += " (at most " + number(*r.cap) + ")";
                if (r.when)
                    line += " when " + describe(*r.when);
                md += line + "\n";
            }
            if (s.min || s.max)
                md += "- kept between " + (s.min ? number(*s.min) : std::string("−∞")) + " and "
                      + (s.max ? number(*s.max) : std::string("∞")) + "\n";
            md += "\n";
        }
    }
    ExportResult r;
    r.ok = true;
    r.text = md;
    if (r.text.back() != '\n')
        r.text += '\n';
    return r;
}

} // namespace sd
