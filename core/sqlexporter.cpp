// The SQL query's structure: one CTE that renames the referenced columns to fixed aliases (so field
// names appear only there, quoted), one CTE per score in file order, then either a CASE waterfall
// (all-exclusive trees: one row per lead) or one SELECT per segment joined with UNION ALL.
// Every condition is built so that it is never NULL: a positive leaf is "present AND predicate",
// which SQL's three-valued AND makes FALSE on an empty cell, and a negative leaf is NOT of that.
#include "sqlexporter.h"

#include "valueparsing.h"

#include <QString>

#include <algorithm>
#include <cmath>
#include <functional>

namespace sd {

namespace {

constexpr std::string_view kSpace = " \t\r\n\f\v";

std::string indexToken(size_t i) { return "/" + std::to_string(i); }

std::string lowerText(const std::string& s)
{
    return QString::fromStdString(s).toLower().toStdString();
}

size_t codePoints(std::string_view s)
{
    size_t n = 0;
    for (char c : s)
        if ((static_cast<unsigned char>(c) & 0xC0) != 0x80)
            ++n;
    return n;
}

std::string jsonText(const nlohmann::json& v)
{
    return v.is_string() ? v.get<std::string>() : v.dump();
}

std::string commentSafe(std::string s)
{
    // A line break inside a "--" comment would end it and turn the rest into SQL.
    for (char& c : s)
        if (static_cast<unsigned char>(c) < 0x20 || c == 0x7f)
            c = ' ';
    return s;
}

std::string andAll(const std::vector<std::string>& parts, const SqlDialect& d)
{
    if (parts.empty())
        return d.trueExpr();
    if (parts.size() == 1)
        return parts[0];
    std::string s = "(";
    for (size_t i = 0; i < parts.size(); ++i)
        s += (i ? " AND " : "") + parts[i];
    return s + ")";
}

} // namespace

SqlExporter::SqlExporter(const RuleSet& rules, SqlExportOptions options)
    : mRules(rules), mOptions(std::move(options)), mD(mOptions.dialect)
{
}

ExportResult exportSql(const RuleSet& rules, const SqlExportOptions& options)
{
    return SqlExporter(rules, options).run();
}

bool SqlExporter::allExclusive(const Segment& root)
{
    std::function<bool(const Segment&)> walk = [&](const Segment& s) {
        if (!s.children.empty() && s.mode != ChildMode::Exclusive)
            return false;
        for (const Segment& c : s.children)
            if (!walk(c))
                return false;
        return true;
    };
    return walk(root);
}

void SqlExporter::error(const std::string& pointer, const std::string& message)
{
    for (const RuleFileError& e : mErrors)
        if (e.pointer == pointer && e.message == message)
            return; // a leaf inlined through several segment references is reported once
    mErrors.push_back({pointer, message});
}

std::string SqlExporter::text(const std::string& value, const std::string& pointer)
{
    const std::string problem = mD.textProblem(value);
    if (!problem.empty())
        error(pointer, "the value " + problem);
    return mD.quoteText(value);
}

const SqlExporter::Column* SqlExporter::column(const std::string& name, const std::string& pointer)
{
    auto it = mColumns.find(name);
    if (it != mColumns.end())
        return &it->second;
    auto type = mRules.fieldType(name);
    if (!type || mRules.score(name)) { // a score is a column only once its CTE exists
        error(pointer, "unknown field \"" + name + "\"");
        return nullptr;
    }
    const std::string problem = mD.identifierProblem(name);
    if (!problem.empty())
        error(pointer, "the field name " + problem);
    Column c;
    c.alias = "sd_c" + std::to_string(mSelected.size());
    c.type = *type;
    mSelected.emplace_back(mD.quoteIdentifier(name), c.alias);
    return &mColumns.emplace(name, c).first->second;
}

std::string SqlExporter::condition(const Condition& c, const std::string& ptr, int depth)
{
    if (depth > 400) {
        error(ptr, "conditions are nested too deeply to export");
        return mD.falseExpr();
    }
    switch (c.kind) {
    case Condition::Kind::All:
    case Condition::Kind::Any: {
        const bool all = c.kind == Condition::Kind::All;
        if (c.children.empty())
            return all ? mD.trueExpr() : mD.falseExpr();
        const std::string base = ptr + (all ? "/all" : "/any");
        if (c.children.size() == 1)
            return condition(c.children[0], base + "/0", depth + 1);
        std::string s = "(";
        for (size_t i = 0; i < c.children.size(); ++i)
            s += (i ? (all ? " AND " : " OR ") : "") + condition(c.children[i], base + indexToken(i), depth + 1);
        return s + ")";
    }
    case Condition::Kind::Not:
        if (c.children.size() != 1) {
            error(ptr + "/not", "\"not\" needs exactly one condition");
            return mD.falseExpr();
        }
        return "(NOT " + condition(c.children[0], ptr + "/not", depth + 1) + ")";
    case Condition::Kind::SegmentRef:
        if (!mNodes.count(c.segment)) {
            error(ptr + "/segment", "unknown segment \"" + c.segment + "\"");
            return mD.falseExpr();
        }
        return membership(c.segment, depth + 1);
    case Condition::Kind::Leaf:
        return leaf(c, ptr);
    }
    return mD.falseExpr();
}

std::string SqlExporter::leaf(const Condition& c, const std::string& ptr)
{
    const Column* col = column(c.field, ptr + "/field");
    if (!col)
        return mD.falseExpr();
    const std::string x = col->alias;
    const FieldType t = col->type;
    const std::string vptr = ptr + "/value";
    std::string present;
    if (col->score)
        present.clear(); // a score always has a value
    else if (t == FieldType::Text)
        present = "(" + x + " IS NOT NULL AND " + x + " <> '')";
    else if (t == FieldType::List)
        present = "(" + x + " IS NOT NULL AND " + mD.trimChars(x, std::string(kSpace) + ";") + " <> '')";
    else
        present = x + " IS NOT NULL";
    const std::string presentOrTrue = present.empty() ? mD.trueExpr() : present;
    if (c.op == Op::IsEmpty)
        return present.empty() ? mD.falseExpr() : "(NOT " + present + ")";
    if (c.op == Op::IsNotEmpty)
        return presentOrTrue;

    const Op op = positiveTwin(c.op);
    const bool ic = c.ignoreCase;
    if (ic && !mD.unicodeLower())
        error(ptr + "/ignore_case", std::string("ignore_case cannot be exported to ") + mD.name()
                                        + ": its lower() folds only ASCII letters");
    std::vector<nlohmann::json> values;
    if (c.value.is_array())
        values.assign(c.value.begin(), c.value.end());
    else if (!c.value.is_null())
        values.push_back(c.value);
    auto numberAt = [&](size_t i) {
        return i < values.size() && values[i].is_number() ? values[i].get<double>() : 0.0;
    };
    auto textAt = [&](size_t i) { return i < values.size() ? jsonText(values[i]) : std::string(); };
    auto literal = [&](size_t i) -> std::string {
        const std::string p = c.value.is_array() ? vptr + indexToken(i) : vptr;
        switch (t) {
        case FieldType::Number: return mD.number(numberAt(i));
        case FieldType::Date: return mD.date(textAt(i).substr(0, 10));
        case FieldType::Boolean: return mD.boolean(i < values.size() && values[i].is_boolean() && values[i].get<bool>());
        default: return text(ic ? lowerText(textAt(i)) : textAt(i), p);
        }
    };
    auto valueExpr = [&]() {
        if (t == FieldType::Date)
            return mD.dateValue(x);
        if ((t == FieldType::Text || t == FieldType::List) && ic)
            return mD.lower(x);
        return x;
    };
    auto ordered = [&]() { return t == FieldType::Text ? mD.textOrder(x) : valueExpr(); };

    std::string pred;
    switch (op) {
    case Op::Eq:
    case Op::In: {
        if (t == FieldType::Boolean) {
            bool wantTrue = false, wantFalse = false;
            for (const auto& v : values)
                (v.is_boolean() && v.get<bool>() ? wantTrue : wantFalse) = true;
            pred = wantTrue && wantFalse ? mD.trueExpr() : mD.booleanTest(x, wantTrue);
            break;
        }
        if (values.size() == 1) {
            pred = valueExpr() + " = " + literal(0);
            break;
        }
        pred = valueExpr() + " IN (";
        for (size_t i = 0; i < values.size(); ++i)
            pred += (i ? ", " : "") + literal(i);
        pred += ")";
        break;
    }
    case Op::Lt: pred = ordered() + " < " + literal(0); break;
    case Op::Le: pred = ordered() + " <= " + literal(0); break;
    case Op::Gt: pred = ordered() + " > " + literal(0); break;
    case Op::Ge: pred = ordered() + " >= " + literal(0); break;
    case Op::Between: pred = ordered() + " >= " + literal(0) + " AND " + ordered() + " <= " + literal(1); break;
    case Op::Contains:
    case Op::StartsWith:
    case Op::EndsWith:
    case Op::Matches: {
        std::string textOf;
        switch (t) {
        case FieldType::Text:
        case FieldType::List: textOf = x; break;
        case FieldType::Date: textOf = mD.dateText(x); break;
        case FieldType::Boolean: textOf = mD.booleanText(x); break;
        case FieldType::Number:
            error(ptr + "/op", std::string("operator \"") + opName(c.op) + "\" on the number field \"" + c.field
                                   + "\" reads the number as text, which SQL engines format differently");
            return mD.falseExpr();
        }
        if (ic && op != Op::Matches)
            textOf = mD.lower(textOf);
        const std::string needle = ic && op != Op::Matches ? lowerText(textAt(0)) : textAt(0);
        const std::string lit = text(needle, vptr);
        if (op == Op::Matches) {
            std::string pattern, why;
            if (!mD.translateRegex(needle, ic, &pattern, &why)) {
                error(vptr, std::string("cannot export to ") + mD.name() + ": " + why);
                return mD.falseExpr();
            }
            pred = mD.regexMatch(textOf, mD.quoteText(pattern), ic);
        } else if (needle.empty()) {
            pred = mD.trueExpr(); // every text contains, starts and ends with ""
        } else if (op == Op::Contains) {
            pred = mD.contains(textOf, lit);
        } else if (op == Op::StartsWith) {
            pred = mD.startsWith(textOf, lit, codePoints(needle));
        } else {
            pred = mD.endsWith(textOf, lit, codePoints(needle));
        }
        break;
    }
    case Op::WithinLastDays: {
        const int64_t n = int64_t(numberAt(0));
        if (mOptions.asOf)
            pred = mD.dateValue(x) + " >= " + mD.date(formatIsoDate(civilFromDays(*mOptions.asOf - n))) + " AND "
                   + mD.dateValue(x) + " <= " + mD.date(formatIsoDate(civilFromDays(*mOptions.asOf)));
        else
            pred = mD.dateValue(x) + " >= " + mD.daysBeforeToday(n) + " AND " + mD.dateValue(x) + " <= " + mD.today();
        break;
    }
    case Op::HasAny:
    case Op::HasAll: {
        std::vector<std::string> lits;
        for (size_t i = 0; i < values.size(); ++i)
            lits.push_back(literal(i));
        pred = mD.listHas(x, lits, op == Op::HasAll, ic);
        break;
    }
    default:
        error(ptr + "/op", std::string("operator \"") + opName(c.op) + "\" cannot be exported to SQL");
        return mD.falseExpr();
    }
    const std::string positive = present.empty() ? "(" + pred + ")" : "(" + present + " AND " + pred + ")";
    return isNegativeOp(c.op) ? "(NOT " + positive + ")" : positive;
}

std::string SqlExporter::membership(const std::string& id, int depth)
{
    if (depth > 400) {
        error(mPointers[id], "segment references are nested too deeply to export");
        return mD.falseExpr();
    }
    const Segment* node = mNodes.at(id);
    const Segment* parent = mParents.at(id);
    std::vector<std::string> parts;
    if (parent != &mRules.root)
        parts.push_back(membership(parent->id, depth + 1));
    if (parent->mode == ChildMode::Exclusive) {
        for (size_t i = 0; i < parent->children.size(); ++i) {
            const Segment& sib = parent->children[i];
            if (sib.id == id)
                break;
            parts.push_back(sib.when ? "(NOT " + condition(*sib.when, mPointers[sib.id] + "/when", depth + 1) + ")"
                                     : mD.falseExpr());
        }
    }
    if (node->when)
        parts.push_back(condition(*node->when, mPointers[id] + "/when", depth + 1));
    return andAll(parts, mD);
}

std::string SqlExporter::segmentCase(const Segment& parent, const std::string& parentPointer, int depth)
{
    std::string s = "CASE";
    for (const Segment& child : parent.children) {
        const std::string w = child.when ? condition(*child.when, mPointers[child.id] + "/when", depth + 1) : mD.trueExpr();
        const std::string then = child.children.empty() ? text(child.id, mPointers[child.id] + "/id")
                                                        : segmentCase(child, mPointers[child.id], depth + 1);
        s += " WHEN " + w + " THEN " + then;
    }
    const std::string rest = parentPointer.empty() ? "~" : parent.id + "/~";
    return s + " ELSE " + mD.quoteText(rest) + " END";
}

std::string SqlExporter::scoreExpression(const Score& s, size_t index)
{
    const std::string ptr = "/scores" + indexToken(index);
    std::string sum = std::string("CAST(0 AS ") + mD.doubleType() + ")";
    for (size_t k = 0; k < s.rules.size(); ++k) {
        const ScoreRule& r = s.rules[k];
        const std::string rptr = ptr + "/rules" + indexToken(k);
        std::vector<std::string> gate;
        std::string value;
        if (!r.per.empty()) {
            const Column* per = column(r.per, rptr + "/per");
            if (!per)
                continue;
            if (!per->score)
                gate.push_back(per->alias + " IS NOT NULL"); // an empty cell counts 0
            value = mD.number(r.points) + " * " + per->alias;
            if (r.cap)
                value = mD.least(value, mD.number(*r.cap));
        } else {
            value = mD.number(r.cap ? std::min(r.points, *r.cap) : r.points);
        }
        if (r.when)
            gate.push_back(condition(*r.when, rptr + "/when", 1));
        sum += gate.empty() ? " + " + value : " + CASE WHEN " + andAll(gate, mD) + " THEN " + value + " ELSE 0 END";
    }
    std::string total = "(" + sum + ")";
    if (s.max)
        total = mD.least(total, mD.number(*s.max));
    if (s.min)
        total = mD.greatest(total, mD.number(*s.min));
    return total;
}

ExportResult SqlExporter::run()
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

    std::string key = mOptions.keyColumn;
    if (key.empty() && !mRules.fields.empty())
        key = mRules.fields.front().first;
    if (key.empty())
        error("/fields", "no key column: the rule file declares no fields and no --key was given");
    else if (std::string p = mD.identifierProblem(key); !p.empty())
        error("", "the key column " + p);
    if (key == "segment_id" || mRules.score(key))
        error("", "the key column \"" + key + "\" has the same name as an output column");
    std::string table;
    {
        size_t start = 0;
        while (true) {
            const size_t dot = mOptions.table.find('.', start);
            const std::string part = mOptions.table.substr(start, dot == std::string::npos ? std::string::npos : dot - start);
            if (std::string p = mD.identifierProblem(part); !p.empty())
                error("", "the table name " + p);
            table += (table.empty() ? "" : ".") + mD.quoteIdentifier(part);
            if (dot == std::string::npos)
                break;
            start = dot + 1;
        }
    }

    // Scores first: their columns exist before any condition reads them.
    std::vector<std::string> scoreExprs;
    for (size_t i = 0; i < mRules.scores.size(); ++i) {
        scoreExprs.push_back(scoreExpression(mRules.scores[i], i));
        Column c;
        c.alias = "sd_s" + std::to_string(i);
        c.type = FieldType::Number;
        c.score = true;
        mColumns[mRules.scores[i].id] = c;
    }

    const std::string from = "sd_t" + std::to_string(mRules.scores.size());
    std::string scoreColumns;
    for (size_t i = 0; i < mRules.scores.size(); ++i)
        scoreColumns += ", sd_s" + std::to_string(i) + " AS " + mD.quoteIdentifier(mRules.scores[i].id);
    const std::string keyOut = "sd_key AS " + mD.quoteIdentifier(key);

    std::string body;
    if (allExclusive(mRules.root)) {
        const std::string segment = mRules.root.children.empty() ? "NULL" : segmentCase(mRules.root, std::string(), 0);
        body = "SELECT " + keyOut + ",\n  " + segment + " AS segment_id" + scoreColumns + "\nFROM " + from;
    } else {
        std::vector<std::string> selects;
        auto add = [&](const std::string& id, const std::string& where) {
            selects.push_back("SELECT " + keyOut + ", " + mD.quoteText(id) + " AS segment_id" + scoreColumns + " FROM "
                              + from + " WHERE " + where);
        };
        std::function<void(const Segment&)> walk = [&](const Segment& parent) {
            for (const Segment& child : parent.children) {
                add(child.id, membership(child.id, 0));
                walk(child);
            }
            if (parent.mode == ChildMode::Exclusive && !parent.children.empty()) {
                std::vector<std::string> parts;
                if (&parent != &mRules.root)
                    parts.push_back(membership(parent.id, 0));
                for (const Segment& child : parent.children)
                    parts.push_back(child.when ? "(NOT " + condition(*child.when, mPointers[child.id] + "/when", 1) + ")"
                                               : mD.falseExpr());
                add(&parent == &mRules.root ? "~" : parent.id + "/~", andAll(parts, mD));
            }
        };
        walk(mRules.root);
        if (selects.empty())
            selects.push_back("SELECT " + keyOut + ", NULL AS segment_id" + scoreColumns + " FROM " + from + " WHERE "
                              + mD.falseExpr());
        for (size_t i = 0; i < selects.size(); ++i)
            body += (i ? "\nUNION ALL\n" : "") + selects[i];
    }

    if (!mErrors.empty()) {
        result.errors = std::move(mErrors);
        return result;
    }

    std::string sql = "-- Segment Designer rules \"" + commentSafe(mRules.name) + "\" for " + mD.name();
    if (mOptions.asOf)
        sql += ", as of " + formatIsoDate(civilFromDays(*mOptions.asOf));
    sql += "\nWITH sd_t0 AS (\n  SELECT " + mD.quoteIdentifier(key) + " AS sd_key";
    for (const auto& [source, alias] : mSelected)
        sql += ",\n    " + source + " AS " + alias;
    sql += "\n  FROM " + table + "\n)";
    for (size_t i = 0; i < scoreExprs.size(); ++i) {
        const std::string prev = "sd_t" + std::to_string(i);
        sql += ",\nsd_t" + std::to_string(i + 1) + " AS (\n  SELECT " + prev + ".*, " + scoreExprs[i] + " AS sd_s"
               + std::to_string(i) + "\n  FROM " + prev + "\n)";
    }
    sql += "\n" + body + ";\n";
    result.ok = true;
    result.text = std::move(sql);
    return result;
}

} // namespace sd
