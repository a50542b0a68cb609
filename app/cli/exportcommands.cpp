// The CLI's export command: a rule file as JsonLogic, SQL, canonical rules or a Markdown summary.
#include "commands.h"

#include "rulefile.h"
#include "ruleexport.h"
#include "valueparsing.h"
#include "workspace.h"

#include <QCommandLineParser>
#include <QFile>

#include <cstdio>

namespace sd::cli {

namespace {

int exportError(const QString& message)
{
    std::fprintf(stderr, "segment-designer-cli: export: %s\n", qPrintable(message));
    return 1;
}

QString firstErrors(const QString& path, const std::vector<RuleFileError>& errors)
{
    const QString first = formatRuleFileError(errors.front());
    return errors.size() > 1 ? QStringLiteral("%1: %2 (and %3 more)").arg(path, first).arg(errors.size() - 1)
                             : QStringLiteral("%1: %2").arg(path, first);
}

} // namespace

int runExport(const QStringList& args)
{
    QCommandLineParser p;
    p.setApplicationDescription(QStringLiteral(
        "Export a rule file: JsonLogic rules per segment and score, one SQL SELECT returning the key,\n"
        "segment_id and the scores, the canonical rule file, or a Markdown summary for a sales team."));
    p.addPositionalArgument(QStringLiteral("RULES"), QStringLiteral("Rule file (*.rules.json)"));
    p.addOption({QStringLiteral("to"), QStringLiteral("jsonlogic, sql, rules or markdown"), QStringLiteral("FORMAT")});
    p.addOption({QStringLiteral("dialect"), QStringLiteral("SQL dialect: sqlite (default), postgres, duckdb, bigquery, snowflake, spark"),
                 QStringLiteral("DIALECT")});
    p.addOption({QStringLiteral("table"), QStringLiteral("SQL table of leads (default leads; dots separate schema parts)"), QStringLiteral("NAME")});
    p.addOption({QStringLiteral("key"), QStringLiteral("Key column returned by the SQL (default: the workspace key, else the first field)"),
                 QStringLiteral("COLUMN")});
    p.addOption({QStringLiteral("workspace"), QStringLiteral("Workspace whose key field is the default --key"), QStringLiteral("FILE")});
    p.addOption({QStringLiteral("as-of"), QStringLiteral("Date for relative conditions (default: the engine's current date)"),
                 QStringLiteral("DATE")});
    p.addOption({{QStringLiteral("o"), QStringLiteral("output")}, QStringLiteral("Write to this file instead of stdout"), QStringLiteral("OUT")});
    p.addHelpOption();
    QStringList full = args;
    full.prepend(QStringLiteral("segment-designer-cli export"));
    const QString synopsis = QStringLiteral("RULES --to jsonlogic|sql|rules|markdown [--dialect D] [--table NAME] [--key COLUMN] [--as-of DATE] [-o OUT]");
    if (!p.parse(full))
        return exportError(p.errorText());
    if (p.isSet(QStringLiteral("help"))) {
        std::printf("Usage: segment-designer-cli export %s\n\n%s", qPrintable(synopsis),
                    qPrintable(p.helpText().section(QLatin1Char('\n'), 2)));
        return 0;
    }
    if (p.positionalArguments().size() != 1)
        return exportError(QStringLiteral("expected %1 (see export --help)").arg(synopsis));
    const QString to = p.value(QStringLiteral("to"));
    if (to.isEmpty())
        return exportError(QStringLiteral("--to is required: jsonlogic, sql, rules or markdown"));
    if (to != QLatin1String("jsonlogic") && to != QLatin1String("sql") && to != QLatin1String("rules") && to != QLatin1String("markdown"))
        return exportError(QStringLiteral("unknown --to \"%1\" (expected jsonlogic, sql, rules or markdown)").arg(to));
    if (to != QLatin1String("sql"))
        for (const char* o : {"dialect", "table", "key", "workspace"})
            if (p.isSet(QString::fromLatin1(o)))
                return exportError(QStringLiteral("--%1 applies to --to sql only").arg(QString::fromLatin1(o)));
    std::optional<int64_t> asOf;
    if (p.isSet(QStringLiteral("as-of"))) {
        const QString text = p.value(QStringLiteral("as-of"));
        auto d = parseDate(text.toStdString(), DateLayout::Iso);
        if (!d || text.size() != 10)
            return exportError(QStringLiteral("--as-of must be a date YYYY-MM-DD, not \"%1\"").arg(text));
        asOf = daysFromCivil(*d);
    }

    const QString path = p.positionalArguments()[0];
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return exportError(QStringLiteral("%1: cannot open: %2").arg(path, f.errorString()));
    const RuleFileLimits limits;
    if (f.size() > limits.maxBytes)
        return exportError(QStringLiteral("%1: the file is larger than %2 MB").arg(path).arg(limits.maxBytes >> 20));
    const RuleFileResult rules = parseRuleFile(f.readAll(), limits);
    if (!rules.ok || !rules.errors.empty())
        return exportError(rules.errors.empty() ? QStringLiteral("%1: invalid rule file").arg(path) : firstErrors(path, rules.errors));

    RuleExportRequest request;
    request.format = *ruleExportFormatFromName(to.toStdString());
    request.asOf = asOf;
    if (request.format == RuleExportFormat::Sql) {
        SqlExportOptions& options = request.sql;
        const QString dialect = p.value(QStringLiteral("dialect"));
        if (!dialect.isEmpty()) {
            auto d = SqlDialect::fromName(dialect.toStdString());
            if (!d)
                return exportError(QStringLiteral("unknown --dialect \"%1\" (expected sqlite, postgres, duckdb, bigquery, snowflake or spark)").arg(dialect));
            options.dialect = *d;
        }
        if (p.isSet(QStringLiteral("table"))) {
            options.table = p.value(QStringLiteral("table")).toStdString();
            if (options.table.empty())
                return exportError(QStringLiteral("--table must not be empty"));
        }
        options.keyColumn = p.value(QStringLiteral("key")).toStdString();
        if (options.keyColumn.empty() && p.isSet(QStringLiteral("workspace"))) {
            QString error;
            auto ws = Workspace::open(p.value(QStringLiteral("workspace")), &error, Workspace::Mode::ReadOnly);
            if (!ws)
                return exportError(error);
            options.keyColumn = ws->keyField().toStdString();
            if (options.keyColumn.empty() && !ws->fields().isEmpty())
                options.keyColumn = ws->fields().front().name.toStdString();
        }
    }
    const ExportResult result = exportRules(rules.rules, request);
    if (!result.ok)
        return exportError(firstErrors(path, result.errors));

    const QString out = p.value(QStringLiteral("output"));
    if (out.isEmpty()) {
        std::fwrite(result.text.data(), 1, result.text.size(), stdout);
        return std::fflush(stdout) == 0 ? 0 : 2;
    }
    QString error;
    if (!writeExportFile(out, result.text, &error))
        return exportError(error);
    return 0;
}

} // namespace sd::cli
