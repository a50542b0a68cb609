// What differs between the SQL engines the rules are exported to: quoting of identifiers and
// literals, types, text functions, date arithmetic and regular expressions. Every string that comes
// from a rule file or a field name goes through quoteIdentifier() or quoteText(), which escape
// everything the engine's lexer treats specially, so no name or value can change a query's structure.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace sd {

class SqlDialect
{
public:
    enum class Kind { Sqlite, Postgres, DuckDb, BigQuery, Snowflake, Spark };

    explicit SqlDialect(Kind kind) : mKind(kind) {}
    static std::optional<SqlDialect> fromName(std::string_view name);
    Kind kind() const { return mKind; }
    const char* name() const;

    // Empty string when fine, else why the engine cannot hold this text (e.g. a NUL character).
    std::string textProblem(std::string_view text) const;
    std::string identifierProblem(std::string_view name) const;

    std::string quoteIdentifier(std::string_view name) const;
    std::string quoteText(std::string_view text) const;
    std::string number(double v) const;        // a DOUBLE literal that reads back as exactly v
    std::string date(std::string_view iso) const; // a date literal from YYYY-MM-DD
    std::string boolean(bool v) const;
    std::string trueExpr() const { return "(1 = 1)"; }
    std::string falseExpr() const { return "(1 = 0)"; }
    const char* doubleType() const;

    // Expressions over a column expression `c`.
    std::string dateValue(const std::string& c) const;      // the column as a comparable date
    std::string dateText(const std::string& c) const;       // YYYY-MM-DD
    std::string booleanTest(const std::string& c, bool v) const; // c is v (c not null)
    std::string booleanText(const std::string& c) const;    // 'true' / 'false'
    std::string textOrder(const std::string& c) const;      // c with code-point ordering
    std::string lower(const std::string& c) const;
    std::string contains(const std::string& c, const std::string& needleLiteral) const;
    std::string startsWith(const std::string& c, const std::string& needleLiteral, size_t needleChars) const;
    std::string endsWith(const std::string& c, const std::string& needleLiteral, size_t needleChars) const;
    std::string trimChars(const std::string& c, std::string_view chars) const;
    std::string least(const std::string& a, const std::string& b) const;
    std::string greatest(const std::string& a, const std::string& b) const;
    std::string daysBeforeToday(int64_t days) const;        // CURRENT_DATE − days
    std::string today() const;
    // A list column (';'-joined text) has an item equal to one of `literals` (already lowercased
    // when ignoreCase); `all` asks for every literal instead of any.
    std::string listHas(const std::string& c, const std::vector<std::string>& literals, bool all, bool ignoreCase) const;

    // Regular expressions: the rule's pattern (ECMAScript subset) rewritten for this engine, or an
    // error message when the pattern uses something that means something else here.
    bool translateRegex(const std::string& pattern, bool ignoreCase, std::string* out, std::string* error) const;
    std::string regexMatch(const std::string& c, const std::string& patternLiteral, bool ignoreCase) const;
    // Whether lower() folds non-ASCII letters like the engine does.
    bool unicodeLower() const { return mKind != Kind::Sqlite; }

private:
    Kind mKind;
};

} // namespace sd
