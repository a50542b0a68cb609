// Per-engine SQL spelling. Kept apart from the query structure (sqlexporter.cpp) so that adding an
// engine means filling in this file only.
#include "sqldialect.h"

#include "valueparsing.h"

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace sd {

namespace {

using K = SqlDialect::Kind;

// Characters that engines treat as a string's end or that a C-string query API cuts at.
bool hasNul(std::string_view s)
{
    return s.find('\0') != std::string_view::npos;
}

std::string hexEscape(unsigned char c)
{
    char buf[8];
    std::snprintf(buf, sizeof buf, "\\x%02x", c);
    return buf;
}

} // namespace

std::optional<SqlDialect> SqlDialect::fromName(std::string_view n)
{
    if (n == "sqlite") return SqlDialect(K::Sqlite);
    if (n == "postgres" || n == "postgresql") return SqlDialect(K::Postgres);
    if (n == "duckdb") return SqlDialect(K::DuckDb);
    if (n == "bigquery") return SqlDialect(K::BigQuery);
    if (n == "snowflake") return SqlDialect(K::Snowflake);
    if (n == "spark") return SqlDialect(K::Spark);
    return std::nullopt;
}

const char* SqlDialect::name() const
{
    switch (mKind) {
    case K::Sqlite: return "sqlite";
    case K::Postgres: return "postgres";
    case K::DuckDb: return "duckdb";
    case K::BigQuery: return "bigquery";
    case K::Snowflake: return "snowflake";
    case K::Spark: return "spark";
    }
    return "";
}

std::string SqlDialect::textProblem(std::string_view text) const
{
    if (hasNul(text))
        return "contains a NUL character, which SQL text cannot carry";
    return {};
}

std::string SqlDialect::identifierProblem(std::string_view n) const
{
    if (n.empty())
        return "an empty name cannot be a SQL column";
    if (hasNul(n))
        return "contains a NUL character, which a SQL name cannot carry";
    // PostgreSQL silently truncates longer names, which could make two fields one column.
    if (mKind == K::Postgres && n.size() > 63)
        return "is longer than PostgreSQL's 63-byte limit for names";
    return {};
}

std::string SqlDialect::quoteIdentifier(std::string_view n) const
{
    std::string out;
    out.reserve(n.size() + 2);
    switch (mKind) {
    case K::BigQuery:
        out += '`';
        for (char c : n) {
            if (c == '`' || c == '\\')
                out += '\\', out += c;
            else if (c == '\n')
                out += "\\n";
            else if (c == '\r')
                out += "\\r";
            else if (c == '\t')
                out += "\\t";
            else if (static_cast<unsigned char>(c) < 0x20)
                out += hexEscape(static_cast<unsigned char>(c));
            else
                out += c;
        }
        out += '`';
        return out;
    case K::Spark:
        out += '`';
        for (char c : n) {
            if (c == '`')
                out += '`';
            out += c;
        }
        out += '`';
        return out;
    default:
        out += '"';
        for (char c : n) {
            if (c == '"')
                out += '"';
            out += c;
        }
        out += '"';
        return out;
    }
}

std::string SqlDialect::quoteText(std::string_view t) const
{
    std::string out;
    out.reserve(t.size() + 3);
    switch (mKind) {
    case K::Postgres: {
        // An E'' string means the same whatever standard_conforming_strings is set to.
        bool escapes = false;
        for (char c : t)
            if (c == '\\' || static_cast<unsigned char>(c) < 0x20)
                escapes = true;
        if (!escapes) {
            out += '\'';
            for (char c : t) {
                if (c == '\'')
                    out += '\'';
                out += c;
            }
            out += '\'';
            return out;
        }
        out += "E'";
        for (char c : t) {
            if (c == '\\' || c == '\'')
                out += '\\', out += c;
            else if (c == '\n')
                out += "\\n";
            else if (c == '\r')
                out += "\\r";
            else if (c == '\t')
                out += "\\t";
            else if (static_cast<unsigned char>(c) < 0x20)
                out += hexEscape(static_cast<unsigned char>(c));
            else
                out += c;
        }
        out += '\'';
        return out;
    }
    case K::BigQuery:
    case K::Spark:
        // Backslash escapes are always on in these engines' string literals.
        out += '\'';
        for (char c : t) {
            if (c == '\\' || c == '\'')
                out += '\\', out += c;
            else if (c == '\n')
                out += "\\n";
            else if (c == '\r')
                out += "\\r";
            else if (c == '\t')
                out += "\\t";
            else if (static_cast<unsigned char>(c) < 0x20 && mKind == K::BigQuery)
                out += hexEscape(static_cast<unsigned char>(c));
            else if (static_cast<unsigned char>(c) < 0x20) {
                char buf[8];
                std::snprintf(buf, sizeof buf, "\\u%04x", unsigned(static_cast<unsigned char>(c)));
                out += buf;
            } else
                out += c;
        }
        out += '\'';
        return out;
    case K::Snowflake:
        out += '\'';
        for (char c : t) {
            if (c == '\\')
                out += "\\\\";
            else if (c == '\'')
                out += "''";
            else
                out += c;
        }
        out += '\'';
        return out;
    default:
        out += '\'';
        for (char c : t) {
            if (c == '\'')
                out += '\'';
            out += c;
        }
        out += '\'';
        return out;
    }
}

const char* SqlDialect::doubleType() const
{
    switch (mKind) {
    case K::Sqlite: return "REAL";
    case K::Postgres: return "DOUBLE PRECISION";
    case K::BigQuery: return "FLOAT64";
    default: return "DOUBLE";
    }
}

std::string SqlDialect::number(double v) const
{
    const std::string text = formatNumber(v);
    if (v == std::floor(v) && std::fabs(v) <= 2147483647.0)
        return text; // a plain integer converts exactly everywhere
    if (mKind == K::Sqlite)
        return text.find_first_of(".e") == std::string::npos ? text + ".0" : text;
    // From text: decimal literals are NUMERIC/DECIMAL in several engines, and their conversion to
    // double is not always correctly rounded; parsing the shortest round-trip text is.
    return "CAST('" + text + "' AS " + doubleType() + ")";
}

std::string SqlDialect::date(std::string_view iso) const
{
    if (mKind == K::Sqlite)
        return quoteText(iso);
    return "DATE " + quoteText(iso);
}

std::string SqlDialect::boolean(bool v) const
{
    if (mKind == K::Sqlite)
        return v ? "1" : "0";
    return v ? "TRUE" : "FALSE";
}

std::string SqlDialect::dateValue(const std::string& c) const
{
    // SQLite keeps dates as ISO text, date-times with their time after the date.
    return mKind == K::Sqlite ? "substr(" + c + ", 1, 10)" : c;
}

std::string SqlDialect::dateText(const std::string& c) const
{
    switch (mKind) {
    case K::Sqlite: return "substr(" + c + ", 1, 10)";
    case K::Postgres: return "to_char(" + c + ", 'YYYY-MM-DD')";
    case K::DuckDb: return "strftime(" + c + ", '%Y-%m-%d')";
    case K::BigQuery: return "FORMAT_DATE('%Y-%m-%d', " + c + ")";
    case K::Snowflake: return "TO_CHAR(" + c + ", 'YYYY-MM-DD')";
    case K::Spark: return "date_format(" + c + ", 'yyyy-MM-dd')";
    }
    return c;
}

std::string SqlDialect::booleanTest(const std::string& c, bool v) const
{
    return c + " = " + boolean(v);
}

std::string SqlDialect::booleanText(const std::string& c) const
{
    return "CASE WHEN " + booleanTest(c, true) + " THEN 'true' ELSE 'false' END";
}

std::string SqlDialect::textOrder(const std::string& c) const
{
    // Code-point order: PostgreSQL's default collation would sort by locale rules.
    return mKind == K::Postgres ? "(" + c + " COLLATE \"C\")" : c;
}

std::string SqlDialect::lower(const std::string& c) const
{
    return "lower(" + c + ")";
}

std::string SqlDialect::contains(const std::string& c, const std::string& n) const
{
    switch (mKind) {
    case K::Sqlite: return "instr(" + c + ", " + n + ") > 0";
    case K::Postgres: return "strpos(" + c + ", " + n + ") > 0";
    case K::DuckDb: return "contains(" + c + ", " + n + ")";
    case K::BigQuery: return "STRPOS(" + c + ", " + n + ") > 0";
    case K::Snowflake: return "CONTAINS(" + c + ", " + n + ")";
    case K::Spark: return "instr(" + c + ", " + n + ") > 0";
    }
    return {};
}

std::string SqlDialect::startsWith(const std::string& c, const std::string& n, size_t chars) const
{
    switch (mKind) {
    case K::Postgres:
    case K::DuckDb: return "starts_with(" + c + ", " + n + ")";
    case K::BigQuery: return "STARTS_WITH(" + c + ", " + n + ")";
    case K::Snowflake: return "STARTSWITH(" + c + ", " + n + ")";
    default: return "substr(" + c + ", 1, " + std::to_string(chars) + ") = " + n;
    }
}

std::string SqlDialect::endsWith(const std::string& c, const std::string& n, size_t chars) const
{
    switch (mKind) {
    case K::Postgres: return "right(" + c + ", " + std::to_string(chars) + ") = " + n;
    case K::DuckDb: return "ends_with(" + c + ", " + n + ")";
    case K::BigQuery: return "ENDS_WITH(" + c + ", " + n + ")";
    case K::Snowflake: return "ENDSWITH(" + c + ", " + n + ")";
    default: return "substr(" + c + ", -" + std::to_string(chars) + ") = " + n;
    }
}

std::string SqlDialect::trimChars(const std::string& c, std::string_view chars) const
{
    switch (mKind) {
    case K::Postgres: return "btrim(" + c + ", " + quoteText(chars) + ")";
    case K::Spark: return "trim(BOTH " + quoteText(chars) + " FROM " + c + ")";
    default: return "trim(" + c + ", " + quoteText(chars) + ")";
    }
}

std::string SqlDialect::least(const std::string& a, const std::string& b) const
{
    return (mKind == K::Sqlite ? "min(" : "LEAST(") + a + ", " + b + ")";
}

std::string SqlDialect::greatest(const std::string& a, const std::string& b) const
{
    return (mKind == K::Sqlite ? "max(" : "GREATEST(") + a + ", " + b + ")";
}

std::string SqlDialect::today() const
{
    switch (mKind) {
    case K::BigQuery:
    case K::Snowflake: return "CURRENT_DATE()";
    case K::Spark: return "current_date()";
    default: return "CURRENT_DATE";
    }
}

std::string SqlDialect::daysBeforeToday(int64_t days) const
{
    const std::string n = std::to_string(days);
    switch (mKind) {
    case K::Sqlite: return "date(CURRENT_DATE, '-" + n + " days')";
    case K::Postgres: return "(CURRENT_DATE - " + n + ")";
    case K::DuckDb: return "CAST(CURRENT_DATE - INTERVAL " + n + " DAY AS DATE)";
    case K::BigQuery: return "DATE_SUB(CURRENT_DATE(), INTERVAL " + n + " DAY)";
    case K::Snowflake: return "DATEADD(day, -" + n + ", CURRENT_DATE())";
    case K::Spark: return "date_sub(current_date(), " + n + ")";
    }
    return {};
}

std::string SqlDialect::listHas(const std::string& c, const std::vector<std::string>& literals, bool all,
                                bool ignoreCase) const
{
    // Items are split on ';' and trimmed of ASCII white space, as the engine reads a list cell.
    static const std::string_view kSpace = " \t\r\n\f\v";
    const std::string space = quoteText(kSpace);
    auto item = [&](const std::string& v) {
        std::string t;
        switch (mKind) {
        case K::Postgres: t = "btrim(" + v + ", " + space + ")"; break;
        case K::Spark: t = "trim(BOTH " + space + " FROM " + v + ")"; break;
        default: t = "trim(" + v + ", " + space + ")"; break;
        }
        return ignoreCase ? lower(t) : t;
    };
    auto inList = [&](const std::vector<std::string>& lits) {
        std::string s = "(";
        for (size_t i = 0; i < lits.size(); ++i)
            s += (i ? ", " : "") + lits[i];
        return s + ")";
    };
    auto one = [&](const std::vector<std::string>& lits) -> std::string {
        const std::string set = inList(lits);
        switch (mKind) {
        case K::Sqlite:
            return "EXISTS (WITH RECURSIVE sd_split(v, rest) AS (SELECT '', " + c + " || ';' UNION ALL"
                   " SELECT substr(rest, 1, instr(rest, ';') - 1), substr(rest, instr(rest, ';') + 1)"
                   " FROM sd_split WHERE rest <> '') SELECT 1 FROM sd_split WHERE " + item("v") + " <> '' AND "
                   + item("v") + " IN " + set + ")";
        case K::Postgres:
            return "EXISTS (SELECT 1 FROM unnest(string_to_array(" + c + ", ';')) AS sd_item(v) WHERE "
                   + item("sd_item.v") + " IN " + set + ")";
        case K::DuckDb:
            return "EXISTS (SELECT 1 FROM unnest(string_split(" + c + ", ';')) AS sd_item(v) WHERE "
                   + item("sd_item.v") + " IN " + set + ")";
        case K::BigQuery:
            return "EXISTS (SELECT 1 FROM UNNEST(SPLIT(" + c + ", ';')) AS sd_v WHERE " + item("sd_v") + " IN " + set + ")";
        case K::Snowflake:
            return "EXISTS (SELECT 1 FROM TABLE(SPLIT_TO_TABLE(" + c + ", ';')) AS sd_item WHERE "
                   + item("sd_item.value") + " IN " + set + ")";
        case K::Spark:
            return "exists(split(" + c + ", ';'), sd_v -> " + item("sd_v") + " IN " + set + ")";
        }
        return {};
    };
    if (!all)
        return one(literals);
    std::string s;
    std::vector<std::string> seen;
    for (const std::string& l : literals) {
        if (std::find(seen.begin(), seen.end(), l) != seen.end())
            continue;
        seen.push_back(l);
        s += (s.empty() ? "" : " AND ") + one({l});
    }
    return "(" + s + ")";
}

bool SqlDialect::translateRegex(const std::string& p, bool ignoreCase, std::string* out, std::string* error) const
{
    // Only the part of ECMAScript syntax that every engine reads the same way passes: literals, '.',
    // bracket classes, anchors, groups, alternation and greedy quantifiers. Shorthand classes
    // (\d \w \s \b) are refused because their reach beyond ASCII differs from engine to engine.
    std::string r;
    auto fail = [&](const std::string& m) {
        *error = m;
        return false;
    };
    bool atomBefore = false; // a quantifier needs something to repeat
    for (size_t i = 0; i < p.size(); ++i) {
        const char c = p[i];
        switch (c) {
        case '\\': {
            if (i + 1 >= p.size())
                return fail("the regular expression ends with a lone backslash");
            const char e = p[++i];
            if (e == 'n' || e == 't' || e == 'r') {
                r += '\\';
                r += e;
            } else if (std::string_view(".^$|?*+()[]{}\\/-").find(e) != std::string_view::npos) {
                r += '\\';
                r += e;
            } else {
                return fail(std::string("\\") + e + " in a regular expression means different things in "
                            + name() + "; write the characters out, e.g. [0-9] for \\d");
            }
            atomBefore = true;
            break;
        }
        case '.':
            // PostgreSQL's '.' also matches a line break, the engine's does not.
            r += mKind == K::Postgres ? "[^\\n]" : ".";
            atomBefore = true;
            break;
        case '[': {
            size_t j = i + 1;
            std::string cls = "[";
            if (j < p.size() && p[j] == '^')
                cls += p[j++];
            if (j < p.size() && p[j] == ']')
                return fail("a character class may not start with ']'; write \\]");
            bool closed = false;
            for (; j < p.size(); ++j) {
                const char d = p[j];
                if (d == ']') {
                    closed = true;
                    break;
                }
                if (d == '[')
                    return fail("'[' inside a character class must be written \\[");
                if (d == '\\') {
                    if (j + 1 >= p.size())
                        return fail("the regular expression ends with a lone backslash");
                    const char e = p[++j];
                    if (std::string_view("\\]-[^").find(e) == std::string_view::npos && e != 'n' && e != 't' && e != 'r')
                        return fail(std::string("\\") + e + " inside a character class means different things in " + name());
                    cls += '\\';
                    cls += e;
                    continue;
                }
                cls += d;
            }
            if (!closed)
                return fail("a character class is not closed with ']'");
            r += cls + "]";
            i = j;
            atomBefore = true;
            break;
        }
        case '(':
            if (i + 1 < p.size() && p[i + 1] == '?')
                return fail("groups starting with (? (lookarounds, named or non-capturing groups) are not portable");
            r += c;
            atomBefore = false;
            break;
        case ')':
            r += c;
            atomBefore = true;
            break;
        case '|':
        case '^':
            r += c;
            atomBefore = false;
            break;
        case '$':
            r += c;
            atomBefore = false;
            break;
        case '*': case '+': case '?': {
            if (!atomBefore)
                return fail(std::string("'") + c + "' has nothing to repeat");
            if (i + 1 < p.size() && (p[i + 1] == '?' || p[i + 1] == '+'))
                return fail("lazy and possessive quantifiers are not portable");
            r += c;
            atomBefore = false;
            break;
        }
        case '{': {
            size_t j = i + 1;
            std::string lo, hi;
            bool comma = false;
            while (j < p.size() && p[j] != '}') {
                if (p[j] == ',' && !comma)
                    comma = true;
                else if (p[j] >= '0' && p[j] <= '9')
                    (comma ? hi : lo) += p[j];
                else
                    return fail("'{' must start a repetition {n}, {n,} or {n,m}; write \\{ for the character");
                ++j;
            }
            if (j >= p.size() || lo.empty() || lo.size() > 4 || hi.size() > 4)
                return fail("'{' must start a repetition {n}, {n,} or {n,m}; write \\{ for the character");
            if (!hi.empty() && std::stoi(hi) < std::stoi(lo))
                return fail("a repetition {n,m} needs n <= m");
            if (!atomBefore)
                return fail("a repetition has nothing to repeat");
            if (j + 1 < p.size() && (p[j + 1] == '?' || p[j + 1] == '+'))
                return fail("lazy and possessive quantifiers are not portable");
            r += p.substr(i, j - i + 1);
            i = j;
            atomBefore = false;
            break;
        }
        case '}':
            return fail("write \\} for a literal '}'");
        default:
            r += c;
            atomBefore = true;
            break;
        }
    }
    if (ignoreCase && mKind == K::Sqlite)
        return fail("SQLite's regexp() has no case-insensitive mode");
    switch (mKind) {
    case K::BigQuery: *out = ignoreCase ? "(?i)" + r : r; break;
    // UNIX_LINES: only '\n' ends a line for '.', as in the engine; 'u' folds case beyond ASCII.
    case K::Spark: *out = (ignoreCase ? "(?idu)" : "(?d)") + r; break;
    default: *out = r; break;
    }
    return true;
}

std::string SqlDialect::regexMatch(const std::string& c, const std::string& pat, bool ignoreCase) const
{
    switch (mKind) {
    case K::Sqlite: return c + " REGEXP " + pat;
    case K::Postgres: return c + (ignoreCase ? " ~* " : " ~ ") + pat;
    case K::DuckDb: return "regexp_matches(" + c + ", " + pat + (ignoreCase ? ", 'i')" : ")");
    case K::BigQuery: return "REGEXP_CONTAINS(" + c + ", " + pat + ")";
    case K::Snowflake: return "REGEXP_INSTR(" + c + ", " + pat + ", 1, 1, 0, " + (ignoreCase ? "'i'" : "'c'") + ") > 0";
    case K::Spark: return c + " RLIKE " + pat;
    }
    return {};
}

} // namespace sd
