// Generated rule sets and leads for the export tests: random trees (overlapping and exclusive, with
// segment references), scores reading fields and earlier scores, every operator, hostile field
// names and values (quotes, backticks, ';', '--', line breaks, unicode) and empty cells.
#pragma once

#include "columntable.h"
#include "rulefile.h"
#include "rules.h"
#include "valueparsing.h"

#include <nlohmann/json.hpp>

#include <random>
#include <string>
#include <vector>

namespace sd::testing {

struct ExportCaseOptions
{
    bool ignoreCase = false; // leaves with ignore_case (JsonLogic and SQLite cannot express them)
    bool matches = false;    // "matches" leaves (JsonLogic has no regular expressions)
};

struct ExportCase
{
    RuleSet rules;
    std::vector<std::pair<std::string, FieldType>> schema; // key first
    std::vector<std::vector<std::string>> rows;            // cell text, "" = empty
};

inline const std::vector<std::pair<std::string, FieldType>>& hostileSchema()
{
    static const std::vector<std::pair<std::string, FieldType>> s = {
        {"lead id", FieldType::Text},
        {"employees", FieldType::Number},
        {"Revenue ($) -- net; \"gross\"", FieldType::Number},
        {"it's a `name`", FieldType::Text},
        {"Stadt ünïcødé 名前", FieldType::Text},
        {"line\nbreak", FieldType::Boolean},
        {"signup'); DROP TABLE leads; --", FieldType::Date},
        {"tech stack", FieldType::List},
        {"converted", FieldType::Boolean},
    };
    return s;
}

class ExportCaseGenerator
{
public:
    ExportCaseGenerator(uint32_t seed, ExportCaseOptions options) : mRng(seed), mOptions(options) {}

    ExportCase make(size_t rows)
    {
        ExportCase c;
        c.schema = hostileSchema();
        for (int attempt = 0; attempt < 200; ++attempt) {
            c.rules = ruleSet(c.schema);
            if (validateRuleSet(c.rules).empty())
                break;
        }
        for (size_t r = 0; r < rows; ++r) {
            std::vector<std::string> row;
            row.push_back("L'" + std::to_string(1000 + r) + (r % 7 == 0 ? "\"\n;--" : ""));
            for (size_t i = 1; i < c.schema.size(); ++i)
                row.push_back(cell(c.schema[i].second));
            c.rows.push_back(std::move(row));
        }
        return c;
    }

    // One lead as JsonLogic data: {FIELD: value}, empty cells null, lists as arrays.
    static nlohmann::json lead(const ExportCase& c, size_t r)
    {
        nlohmann::json j = nlohmann::json::object();
        for (size_t i = 0; i < c.schema.size(); ++i) {
            const std::string& v = c.rows[r][i];
            const auto& [name, type] = c.schema[i];
            if (v.empty()) {
                j[name] = nullptr;
                continue;
            }
            switch (type) {
            case FieldType::Number: j[name] = *parseNumber(v); break;
            case FieldType::Boolean: j[name] = v == "true"; break;
            case FieldType::List: {
                nlohmann::json items = nlohmann::json::array();
                size_t start = 0;
                while (start <= v.size()) {
                    size_t end = v.find(';', start);
                    if (end == std::string::npos)
                        end = v.size();
                    items.push_back(v.substr(start, end - start));
                    start = end + 1;
                }
                j[name] = items;
                break;
            }
            default: j[name] = v; break;
            }
        }
        return j;
    }

private:
    size_t pick(size_t n) { return std::uniform_int_distribution<size_t>(0, n - 1)(mRng); }
    bool chance(double p) { return std::uniform_real_distribution<double>(0, 1)(mRng) < p; }
    template <typename T> const T& any(const std::vector<T>& v) { return v[pick(v.size())]; }

    const std::vector<double> numbers = {0, 1, -3.5, 12, 200, 999, 1000, 1500.25, 1e6, 0.1, 0.30000000000000004, 42};
    const std::vector<std::string> texts = {"O'Brien", "a\"b", "x;y", "--", "line\nbreak", "Ünïcode", "ünïcode",
                                            "emoji 😀", "abc", "ABC", "Abc def", "日本語", "zeta", "SaaS", "saas",
                                            "back`tick", "\xee\x80\x80private"};
    // Ordering thresholds stay below U+E000, where JavaScript's UTF-16 order agrees (docs/exports.md).
    const std::vector<std::string> thresholds = {"M", "abc", "O'Brien", "Ünïcode", "zeta", "日本", "a\"b", "saas"};
    const std::vector<std::string> needles = {"a", "b", "Ü", "ü", "'", "\"", ";", "\n", "😀", "SaaS", "abc", "c", "", "202",
                                              "tru", "e", "Zoom", "oo"};
    const std::vector<std::string> items = {"Zoom", "Slack", "HubSpot", "zoom", "Ünï", "ünï", "a'b", "x y"};
    const std::vector<std::string> patterns = {"^a", "c$", "[A-Z][a-z]+", "b|z", "(ab)+", "x.y", "^[^a-z]*$", "ni",
                                               "e{2,}", "^[0-9]{4}-0[1-6]", "oo?m", "Ü"};
    const std::vector<double> dayCounts = {0, 7, 30, 90, 400};

    std::string date()
    {
        return formatIsoDate(civilFromDays(daysFromCivil(Ymd{2023, 1, 1}) + int64_t(pick(760))));
    }

    std::string cell(FieldType t)
    {
        if (chance(0.18))
            return {};
        switch (t) {
        case FieldType::Number: return formatNumber(any(numbers));
        case FieldType::Date: return date();
        case FieldType::Boolean: return chance(0.5) ? "true" : "false";
        case FieldType::Text: return any(texts);
        case FieldType::List: {
            std::string s;
            const size_t n = 1 + pick(3);
            for (size_t i = 0; i < n; ++i)
                s += (i ? ";" : "") + any(items);
            return s;
        }
        }
        return {};
    }

    nlohmann::json scalar(FieldType t, bool threshold)
    {
        switch (t) {
        case FieldType::Number: return any(numbers);
        case FieldType::Date: return date();
        case FieldType::Boolean: return chance(0.5);
        case FieldType::Text: return threshold ? any(thresholds) : any(texts);
        case FieldType::List: return chance(0.5) ? any(items) : any(items) + ";" + any(items);
        }
        return nullptr;
    }

    Condition leaf(const std::vector<std::pair<std::string, FieldType>>& fields)
    {
        Condition c;
        c.kind = Condition::Kind::Leaf;
        const auto& [name, type] = fields[1 + pick(fields.size() - 1)];
        c.field = name;
        std::vector<Op> ops = {Op::Eq, Op::Ne, Op::In, Op::NotIn, Op::IsEmpty, Op::IsNotEmpty};
        if (type == FieldType::Number || type == FieldType::Date || type == FieldType::Text)
            ops.insert(ops.end(), {Op::Lt, Op::Le, Op::Gt, Op::Ge, Op::Between});
        if (type != FieldType::Number)
            ops.insert(ops.end(), {Op::Contains, Op::NotContains, Op::StartsWith, Op::EndsWith});
        if (type != FieldType::Number && mOptions.matches)
            ops.push_back(Op::Matches);
        if (type == FieldType::Date)
            ops.insert(ops.end(), {Op::WithinLastDays, Op::NotWithinLastDays});
        if (type == FieldType::List)
            ops.insert(ops.end(), {Op::HasAny, Op::HasAll, Op::HasNone, Op::HasAny, Op::HasAll});
        c.op = any(ops);
        const bool ordering = c.op == Op::Lt || c.op == Op::Le || c.op == Op::Gt || c.op == Op::Ge || c.op == Op::Between;
        switch (c.op) {
        case Op::IsEmpty: case Op::IsNotEmpty: break;
        case Op::In: case Op::NotIn: {
            c.value = nlohmann::json::array();
            for (size_t i = 0, n = 1 + pick(3); i < n; ++i)
                c.value.push_back(scalar(type, false));
            break;
        }
        case Op::Between: {
            nlohmann::json a = scalar(type, true), b = scalar(type, true);
            const bool swap = type == FieldType::Number ? a.get<double>() > b.get<double>()
                                                        : a.get<std::string>() > b.get<std::string>();
            c.value = swap ? nlohmann::json::array({b, a}) : nlohmann::json::array({a, b});
            break;
        }
        case Op::Contains: case Op::NotContains: case Op::StartsWith: case Op::EndsWith:
            c.value = any(needles);
            break;
        case Op::Matches: c.value = any(patterns); break;
        case Op::WithinLastDays: case Op::NotWithinLastDays: c.value = any(dayCounts); break;
        case Op::HasAny: case Op::HasAll: case Op::HasNone: {
            c.value = nlohmann::json::array();
            for (size_t i = 0, n = 1 + pick(3); i < n; ++i)
                c.value.push_back(any(items));
            break;
        }
        default: c.value = scalar(type, ordering); break;
        }
        const bool caseable = type == FieldType::Text || type == FieldType::List || c.op == Op::Contains
            || c.op == Op::NotContains || c.op == Op::StartsWith || c.op == Op::EndsWith || c.op == Op::Matches;
        if (mOptions.ignoreCase && caseable && !ordering && c.op != Op::IsEmpty && c.op != Op::IsNotEmpty && chance(0.3))
            c.ignoreCase = true;
        return c;
    }

    Condition scoreLeaf(const std::string& score)
    {
        Condition c;
        c.kind = Condition::Kind::Leaf;
        c.field = score;
        c.op = any(std::vector<Op>{Op::Gt, Op::Ge, Op::Lt, Op::Eq, Op::Between, Op::Ne});
        const std::vector<double> v = {0, 10, 15, 20.5, 30, 50};
        if (c.op == Op::Between) {
            double a = any(v), b = any(v);
            c.value = nlohmann::json::array({std::min(a, b), std::max(a, b)});
        } else {
            c.value = any(v);
        }
        return c;
    }

    Condition condition(const std::vector<std::pair<std::string, FieldType>>& fields, int depth,
                        const std::vector<std::string>& scores, const std::vector<std::string>& segments)
    {
        const double r = std::uniform_real_distribution<double>(0, 1)(mRng);
        if (depth < 3 && r < 0.3) {
            Condition g;
            g.kind = chance(0.5) ? Condition::Kind::All : Condition::Kind::Any;
            for (size_t i = 0, n = pick(4); i < n; ++i)
                g.children.push_back(condition(fields, depth + 1, scores, segments));
            return g;
        }
        if (depth < 3 && r < 0.38) {
            Condition n;
            n.kind = Condition::Kind::Not;
            n.children.push_back(condition(fields, depth + 1, scores, segments));
            return n;
        }
        if (!segments.empty() && r < 0.43) {
            Condition s;
            s.kind = Condition::Kind::SegmentRef;
            s.segment = any(segments);
            return s;
        }
        if (!scores.empty() && r < 0.53)
            return scoreLeaf(any(scores));
        return leaf(fields);
    }

    void children(Segment& parent, int depth, const std::vector<std::pair<std::string, FieldType>>& fields,
                  const std::vector<std::string>& scores, std::vector<std::string>& done, int& counter)
    {
        parent.mode = chance(0.6) ? ChildMode::Exclusive : ChildMode::Overlapping;
        parent.hasMode = true;
        for (size_t i = 0, n = 1 + pick(depth == 0 ? 4 : 3); i < n; ++i) {
            Segment s;
            s.id = "s" + std::to_string(++counter);
            s.name = "Segment \"" + std::to_string(counter) + "\" <b>";
            if (chance(0.85))
                s.when = condition(fields, 0, scores, done);
            if (chance(0.3))
                s.attributes.emplace_back("sales_action", "Call; \"now\"");
            done.push_back(s.id);
            if (depth < 2 && chance(0.4))
                children(s, depth + 1, fields, scores, done, counter);
            parent.children.push_back(std::move(s));
        }
    }

    RuleSet ruleSet(const std::vector<std::pair<std::string, FieldType>>& fields)
    {
        RuleSet rs;
        rs.name = "generated \"rules\"\n-- with a line break";
        rs.fields = fields;
        std::vector<std::string> scores;
        for (size_t k = 0, n = pick(3); k < n; ++k) {
            Score s;
            s.id = "score_" + std::to_string(k);
            s.label = "Score " + std::to_string(k);
            if (chance(0.5))
                s.min = 0;
            if (chance(0.5))
                s.max = 40;
            for (size_t i = 0, m = 1 + pick(3); i < m; ++i) {
                ScoreRule r;
                r.points = any(std::vector<double>{1, 2.5, -3, 15, 0.1, 7});
                if (chance(0.4))
                    r.per = chance(0.3) && !scores.empty() ? any(scores) : (chance(0.5) ? "employees" : fields[2].first);
                if (r.per.empty() || chance(0.4))
                    r.when = condition(fields, 1, scores, {});
                if (r.points > 0 && chance(0.4))
                    r.cap = any(std::vector<double>{5, 10, 20.5});
                s.rules.push_back(std::move(r));
            }
            scores.push_back(s.id);
            rs.scores.push_back(std::move(s));
        }
        std::vector<std::string> done;
        int counter = 0;
        children(rs.root, 0, fields, scores, done, counter);
        return rs;
    }

    std::mt19937 mRng;
    ExportCaseOptions mOptions;
};

} // namespace sd::testing
