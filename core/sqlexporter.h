// SQL export: one SELECT over a table of leads that returns the key, segment_id and every score,
// with the two-valued semantics of the rule engine (empty cells never satisfy a positive leaf,
// negative leaves are exact negations) and the exclusive waterfall with its remainders.
#pragma once

#include "exportresult.h"
#include "rules.h"
#include "sqldialect.h"

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace sd {

struct SqlExportOptions
{
    SqlDialect dialect{SqlDialect::Kind::Sqlite};
    std::string table = "leads";    // dots separate schema/dataset parts, each quoted on its own
    std::string keyColumn;          // empty: the first field of the rule file
    std::optional<int64_t> asOf;    // days since 1970-01-01; none: the engine's CURRENT_DATE
};

class SqlExporter
{
public:
    explicit SqlExporter(const RuleSet& rules, SqlExportOptions options);
    ExportResult run();

    // Whether every segment with children (and the root) is exclusive: then the query returns one
    // row per lead, else one row per (lead, segment).
    static bool allExclusive(const Segment& root);

private:
    struct Column
    {
        std::string alias;  // sd_cN, or sd_sN for scores
        FieldType type = FieldType::Text;
        bool score = false;
    };
    const Column* column(const std::string& name, const std::string& pointer);
    std::string condition(const Condition& c, const std::string& pointer, int depth);
    std::string leaf(const Condition& c, const std::string& pointer);
    std::string membership(const std::string& segmentId, int depth);
    std::string segmentCase(const Segment& parent, const std::string& parentPointer, int depth);
    std::string scoreExpression(const Score& s, size_t index);
    std::string text(const std::string& value, const std::string& pointer);
    void error(const std::string& pointer, const std::string& message);

    const RuleSet& mRules;
    SqlExportOptions mOptions;
    SqlDialect mD;
    std::map<std::string, Column> mColumns;       // field or score name → its column in the query
    std::vector<std::pair<std::string, std::string>> mSelected; // (quoted source column, alias)
    std::map<std::string, const Segment*> mNodes;
    std::map<std::string, const Segment*> mParents;
    std::map<std::string, std::string> mPointers; // segment id → JSON Pointer
    std::vector<RuleFileError> mErrors;
};

// Convenience wrapper.
ExportResult exportSql(const RuleSet& rules, const SqlExportOptions& options);

} // namespace sd
