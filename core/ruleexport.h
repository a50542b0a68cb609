// One entry point for the rule exports (canonical rule file, JsonLogic, SQL, Markdown summary) and
// for writing one to disk, shared by the command line's `export` and the GUI's Export dialog so
// that both produce the same bytes for the same rules and options.
#pragma once

#include "exportresult.h"
#include "rules.h"
#include "sqlexporter.h"

#include <QString>

#include <optional>
#include <string_view>

namespace sd {

enum class RuleExportFormat { Rules, JsonLogic, Sql, Markdown };

struct RuleExportRequest
{
    RuleExportFormat format = RuleExportFormat::Rules;
    SqlExportOptions sql;          // Sql only (its asOf is ignored: `asOf` below applies)
    std::optional<int64_t> asOf;   // JsonLogic and Sql: days since 1970-01-01 for relative dates
};

// "rules", "jsonlogic", "sql", "markdown" (the CLI's --to names).
std::optional<RuleExportFormat> ruleExportFormatFromName(std::string_view name);
const char* ruleExportFormatName(RuleExportFormat format);
// The file name ending an export is usually saved with: ".rules.json", ".jsonlogic.json", ".sql", ".md".
const char* ruleExportSuffix(RuleExportFormat format);

ExportResult exportRules(const RuleSet& rules, const RuleExportRequest& request);

// Writes the export's text completely or not at all (a temporary file renamed into place).
bool writeExportFile(const QString& path, const std::string& text, QString* error);

} // namespace sd
