// Dispatch of the rule exports to their exporters, and the all-or-nothing file write.
#include "ruleexport.h"

#include "jsonlogicexporter.h"
#include "markdownsummary.h"
#include "rulefile.h"

#include <QSaveFile>

namespace sd {

std::optional<RuleExportFormat> ruleExportFormatFromName(std::string_view name)
{
    for (RuleExportFormat f : {RuleExportFormat::Rules, RuleExportFormat::JsonLogic, RuleExportFormat::Sql, RuleExportFormat::Markdown})
        if (name == ruleExportFormatName(f))
            return f;
    return std::nullopt;
}

const char* ruleExportFormatName(RuleExportFormat format)
{
    switch (format) {
    case RuleExportFormat::Rules: return "rules";
    case RuleExportFormat::JsonLogic: return "jsonlogic";
    case RuleExportFormat::Sql: return "sql";
    case RuleExportFormat::Markdown: return "markdown";
    }
    return "rules";
}

const char* ruleExportSuffix(RuleExportFormat format)
{
    switch (format) {
    case RuleExportFormat::Rules: return ".rules.json";
    case RuleExportFormat::JsonLogic: return ".jsonlogic.json";
    case RuleExportFormat::Sql: return ".sql";
    case RuleExportFormat::Markdown: return ".md";
    }
    return ".rules.json";
}

ExportResult exportRules(const RuleSet& rules, const RuleExportRequest& request)
{
    switch (request.format) {
    case RuleExportFormat::JsonLogic:
        return exportJsonLogic(rules, JsonLogicOptions{request.asOf});
    case RuleExportFormat::Sql: {
        SqlExportOptions options = request.sql;
        options.asOf = request.asOf;
        return exportSql(rules, options);
    }
    case RuleExportFormat::Markdown:
        return markdownSummary(rules);
    case RuleExportFormat::Rules:
        break;
    }
    ExportResult result;
    result.ok = true;
    result.text = serializeRuleFile(rules).toStdString();
    return result;
}

bool writeExportFile(const QString& path, const std::string& text, QString* error)
{
    // Written beside the target and renamed into place: a failure leaves no partial file.
    QSaveFile save(path);
    if (!save.open(QIODevice::WriteOnly) || save.write(text.data(), qint64(text.size())) != qint64(text.size())
        || !save.commit()) {
        *error = QStringLiteral("%1: cannot write: %2").arg(path, save.errorString());
        return false;
    }
    return true;
}

} // namespace sd
