// The CLI's commands: argument parsing and JSON output around the sd_core functions.
#include "commands.h"

#include "csvimport.h"
#include "demogenerator.h"
#include "workspace.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

#include <nlohmann/json.hpp>

#include <cstdio>

namespace sd::cli {

namespace {

int userError(const QString& message)
{
    std::fprintf(stderr, "segment-designer-cli: %s\n", qPrintable(message));
    return 1;
}

void printJson(const nlohmann::json& j)
{
    const std::string s = j.dump(2);
    std::fwrite(s.data(), 1, s.size(), stdout);
    std::fputc('\n', stdout);
}

// Parses COMMAND's arguments; returns -1 to continue, or an exit code (help printed, or an error).
int parseArgs(QCommandLineParser& parser, const QString& command, const QString& synopsis,
              const QStringList& args, int positional)
{
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    parser.addHelpOption();
    QStringList full = args;
    full.prepend(QStringLiteral("segment-designer-cli ") + command);
    if (!parser.parse(full))
        return userError(QStringLiteral("%1: %2").arg(command, parser.errorText()));
    if (parser.isSet(QStringLiteral("help"))) {
        std::printf("Usage: segment-designer-cli %s %s\n\n%s", qPrintable(command), qPrintable(synopsis),
                    qPrintable(parser.helpText().section(QLatin1Char('\n'), 2)));
        return 0;
    }
    if (parser.positionalArguments().size() != positional)
        return userError(QStringLiteral("%1: expected %2 (see %1 --help)").arg(command, synopsis));
    return -1;
}

nlohmann::json importSummary(const ImportResult& r)
{
    nlohmann::json j = {{"rows_read", r.rowsRead}, {"inserted", r.inserted}, {"updated", r.updated},
                        {"unchanged", r.unchanged}, {"skipped", r.skipped}, {"rejected", r.rejected}};
    j["rejects_file"] = r.rejectsFile.isEmpty() ? nlohmann::json(nullptr) : nlohmann::json(r.rejectsFile.toStdString());
    j["delimiter"] = std::string(1, r.format.delimiter);
    j["encoding"] = r.format.encoding.toStdString();
    nlohmann::json fields = nlohmann::json::object();
    for (const FieldDef& f : r.newFields)
        fields[f.name.toStdString()] = fieldTypeName(f.type).toStdString();
    j["new_fields"] = fields;
    j["warnings"] = nlohmann::json::array();
    for (const QString& w : r.warnings)
        j["warnings"].push_back(w.toStdString());
    return j;
}

} // namespace

int runImport(const QStringList& args)
{
    QCommandLineParser p;
    p.setApplicationDescription(QStringLiteral("Import a CSV file of leads into a workspace."));
    p.addPositionalArgument(QStringLiteral("WORKSPACE"), QStringLiteral("Workspace file (*.segdb), created if missing"));
    p.addPositionalArgument(QStringLiteral("CSV"), QStringLiteral("CSV file to import"));
    p.addOption({QStringLiteral("key"), QStringLiteral("Column that identifies a lead"), QStringLiteral("COLUMN")});
    p.addOption({QStringLiteral("on-duplicate"), QStringLiteral("When the key exists: update (default), skip or keep"), QStringLiteral("POLICY"), QStringLiteral("update")});
    p.addOption({QStringLiteral("delimiter"), QStringLiteral("auto (default) or one character; \\t for tab"), QStringLiteral("C"), QStringLiteral("auto")});
    p.addOption({QStringLiteral("encoding"), QStringLiteral("auto (default) or an encoding name such as windows-1252"), QStringLiteral("NAME"), QStringLiteral("auto")});
    p.addOption({QStringLiteral("empty"), QStringLiteral("A placeholder read as an empty cell (repeatable)"), QStringLiteral("VALUE")});
    if (int rc = parseArgs(p, QStringLiteral("import"), QStringLiteral("WORKSPACE CSV [options]"), args, 2); rc >= 0)
        return rc;
    ImportConfig config;
    config.csvPath = p.positionalArguments().at(1);
    config.keyColumn = p.value(QStringLiteral("key"));
    if (!duplicatePolicyFromName(p.value(QStringLiteral("on-duplicate")), &config.onDuplicate))
        return userError(QStringLiteral("import: --on-duplicate must be update, skip or keep, not \"%1\"").arg(p.value(QStringLiteral("on-duplicate"))));
    if (p.isSet(QStringLiteral("on-duplicate")) && config.keyColumn.isEmpty())
        return userError(QStringLiteral("import: --on-duplicate needs --key COLUMN"));
    const QString delim = p.value(QStringLiteral("delimiter"));
    if (delim == QLatin1String("\\t") || delim == QLatin1String("tab"))
        config.delimiter = '\t';
    else if (delim != QLatin1String("auto")) {
        if (delim.size() != 1 || delim.at(0).unicode() > 127 || delim.at(0) == QLatin1Char('"')
            || delim.at(0) == QLatin1Char('\n') || delim.at(0) == QLatin1Char('\r'))
            return userError(QStringLiteral("import: --delimiter must be auto or one ASCII character, not \"%1\"").arg(delim));
        config.delimiter = char(delim.at(0).unicode());
    }
    config.encoding = p.value(QStringLiteral("encoding"));
    config.emptyValues = p.values(QStringLiteral("empty"));
    if (!QFileInfo(config.csvPath).isFile())
        return userError(QStringLiteral("import: %1: no such file").arg(config.csvPath));

    QString error;
    const QString wsPath = p.positionalArguments().at(0);
    const bool created = !QFileInfo::exists(wsPath);
    auto ws = Workspace::open(wsPath, &error);
    if (!ws)
        return userError(QStringLiteral("import: %1").arg(error));
    const ImportResult r = importCsv(*ws, config);
    if (!r.ok) {
        // A workspace this command created for a failed import is not left behind.
        ws.reset();
        if (created)
            for (const QString& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral("-journal")})
                QFile::remove(wsPath + suffix);
        return userError(QStringLiteral("import: %1").arg(r.error));
    }
    for (const QString& w : r.warnings)
        std::fprintf(stderr, "segment-designer-cli: warning: %s\n", qPrintable(w));
    printJson(importSummary(r));
    return 0;
}

int runDemo(const QStringList& args)
{
    QCommandLineParser p;
    p.setApplicationDescription(QStringLiteral("Create a demo workspace: synthetic B2B leads and the \"B2B tiers\" rule set."));
    p.addPositionalArgument(QStringLiteral("WORKSPACE"), QStringLiteral("Workspace file to create (*.segdb)"));
    p.addOption({QStringLiteral("leads"), QStringLiteral("Number of leads (default 50000)"), QStringLiteral("N"), QStringLiteral("50000")});
    p.addOption({QStringLiteral("seed"), QStringLiteral("Random seed (default 42)"), QStringLiteral("S"), QStringLiteral("42")});
    if (int rc = parseArgs(p, QStringLiteral("demo"), QStringLiteral("WORKSPACE [--leads N] [--seed S]"), args, 1); rc >= 0)
        return rc;
    bool ok = false;
    DemoOptions options;
    options.leads = p.value(QStringLiteral("leads")).toLongLong(&ok);
    if (!ok || options.leads < 1 || options.leads > 100000000)
        return userError(QStringLiteral("demo: --leads must be a number from 1 to 100000000"));
    options.seed = p.value(QStringLiteral("seed")).toULongLong(&ok);
    if (!ok)
        return userError(QStringLiteral("demo: --seed must be a non-negative integer"));

    const QString target = p.positionalArguments().at(0);
    QString error;
    if (QFileInfo::exists(target)) {
        // Only a workspace that demo made itself is replaced; anything else may be the user's work.
        auto existing = Workspace::open(target, &error, Workspace::Mode::ReadOnly);
        if (!existing || existing->setting(QStringLiteral("created_by")) != QLatin1String("demo"))
            return userError(QStringLiteral("demo: %1 already exists and is not a demo workspace; choose another name").arg(target));
    }
    const QString dir = QFileInfo(target).absolutePath();
    if (!QFileInfo(dir).isDir())
        return userError(QStringLiteral("demo: %1: no such directory").arg(dir));
    QTemporaryDir tmp(dir + QStringLiteral("/.segment-designer-demo-XXXXXX"));
    if (!tmp.isValid())
        return userError(QStringLiteral("demo: cannot create a temporary folder in %1").arg(dir));
    const QString csv = tmp.filePath(QStringLiteral("demo-leads.csv"));
    if (!writeDemoCsv(csv, options, &error))
        return userError(QStringLiteral("demo: %1").arg(error));
    const QString staging = tmp.filePath(QStringLiteral("demo.segdb"));
    nlohmann::json summary;
    {
        auto ws = Workspace::open(staging, &error);
        if (!ws)
            return userError(QStringLiteral("demo: %1").arg(error));
        ImportConfig config;
        config.csvPath = csv;
        config.keyColumn = QStringLiteral("lead_id");
        const ImportResult r = importCsv(*ws, config);
        if (!r.ok)
            return userError(QStringLiteral("demo: %1").arg(r.error));
        const QByteArray rules = b2bTiersTemplate();
        if (rules.isEmpty() || !ws->saveRuleSetVersion(QStringLiteral("B2B tiers"), rules, QStringLiteral("segment-designer"),
                                                       QStringLiteral("Built-in template"), &error))
            return userError(QStringLiteral("demo: cannot store the B2B tiers rule set: %1").arg(error));
        if (!ws->setSetting(QStringLiteral("created_by"), QStringLiteral("demo"), &error)
            || !ws->setSetting(QStringLiteral("active_rule_set"), QStringLiteral("B2B tiers"), &error))
            return userError(QStringLiteral("demo: %1").arg(error));
        ws->exec("PRAGMA wal_checkpoint(TRUNCATE)");
        summary = {{"workspace", QFileInfo(target).absoluteFilePath().toStdString()}, {"leads", ws->leadCount()},
                   {"fields", ws->fields().size()}, {"rule_set", "B2B tiers"}};
    }
    // The finished workspace replaces the target in one rename, so no half-built file is ever visible.
    QFile::remove(target + QStringLiteral("-wal"));
    QFile::remove(target + QStringLiteral("-shm"));
    if (std::rename(QFile::encodeName(staging).constData(), QFile::encodeName(target).constData()) != 0)
        return userError(QStringLiteral("demo: cannot write %1").arg(target));
    printJson(summary);
    return 0;
}

} // namespace sd::cli
