// The CLI's rule commands: evaluate, tag and validate.
#include "commands.h"

#include "clicommon.h"

#include "columntable.h"
#include "evaluator.h"
#include "rulefile.h"
#include "segmentstats.h"
#include "tagwriter.h"
#include "valueparsing.h"
#include "workspace.h"

#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>

#include <nlohmann/json.hpp>

#include <cstdio>

namespace sd::cli {

namespace {

// Reads and validates a rule file; the message names the file and the first error's pointer.
bool loadRules(const QString& path, RuleFileResult* out, QString* error)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("%1: cannot open: %2").arg(path, f.errorString());
        return false;
    }
    const RuleFileLimits limits;
    if (f.size() > limits.maxBytes) {
        *error = QStringLiteral("%1: the file is larger than %2 MB").arg(path).arg(limits.maxBytes >> 20);
        return false;
    }
    *out = parseRuleFile(f.readAll(), limits);
    if (!out->ok || !out->errors.empty()) {
        const QString first = out->errors.empty() ? QStringLiteral("invalid rule file") : formatRuleFileError(out->errors.front());
        *error = out->errors.size() > 1
            ? QStringLiteral("%1: %2 (and %3 more errors; see validate)").arg(path, first).arg(out->errors.size() - 1)
            : QStringLiteral("%1: %2").arg(path, first);
        return false;
    }
    return true;
}

bool parseAsOf(const QString& text, int64_t* days, QString* error)
{
    if (text.isEmpty()) {
        *days = todayDays();
        return true;
    }
    const std::string s = text.toStdString();
    auto d = parseDate(s, DateLayout::Iso);
    if (!d) {
        *error = QStringLiteral("--as-of must be a date YYYY-MM-DD, not \"%1\"").arg(text);
        return false;
    }
    *days = daysFromCivil(*d);
    return true;
}

// Loads the input (workspace or CSV) into a table; the key column is the workspace key, else the first.
bool loadInput(const QString& input, const RuleSet& rules, bool allColumns, ColumnTable* table, QString* error)
{
    if (!QFileInfo(input).isFile()) {
        *error = QStringLiteral("%1: no such file").arg(input);
        return false;
    }
    if (isWorkspaceFile(input)) {
        auto ws = Workspace::open(input, error, Workspace::Mode::ReadOnly);
        // evaluate reads only the columns the rules use; tag writes every column.
        return ws && table->loadWorkspace(*ws, error, {}, allColumns ? std::vector<std::string>() : rules.referencedFields(),
                                          allColumns || rules.hasHoldout());
    }
    return table->loadCsv(input, rules.fields, std::string(), error);
}

struct Evaluation
{
    RuleFileResult rules;
    ColumnTable table;
    std::unique_ptr<Evaluator> evaluator;
    std::vector<SegmentMembers> segments;
    qint64 loadMs = 0, evalMs = 0;
    int64_t asOf = 0;
};

int evaluateInputs(const QString& command, const QString& rulesPath, const QString& input, const QString& asOfText,
                   bool allColumns, Evaluation* ev)
{
    QString error;
    if (!loadRules(rulesPath, &ev->rules, &error))
        return userError(QStringLiteral("%1: %2").arg(command, error));
    if (!parseAsOf(asOfText, &ev->asOf, &error))
        return userError(QStringLiteral("%1: %2").arg(command, error));
    QElapsedTimer timer;
    timer.start();
    if (!loadInput(input, ev->rules.rules, allColumns, &ev->table, &error))
        return userError(QStringLiteral("%1: %2").arg(command, error));
    ev->loadMs = timer.restart();
    ev->evaluator = std::make_unique<Evaluator>(ev->table);
    ev->evaluator->setAsOf(ev->asOf);
    if (!ev->evaluator->evaluate(ev->rules.rules, &ev->segments, &error))
        return userError(QStringLiteral("%1: %2: %3").arg(command, rulesPath, error));
    ev->evalMs = timer.elapsed();
    return -1;
}

ojson optionalNumber(const std::optional<double>& v)
{
    return v ? ojson(*v) : ojson(nullptr);
}

ojson proportionJson(const Proportion& p, bool hasOutcome)
{
    ojson j;
    j["size"] = p.size;
    j["conversions"] = hasOutcome ? ojson(p.conversions) : ojson(nullptr);
    j["rate"] = hasOutcome && p.size ? ojson(p.rate()) : ojson(nullptr);
    return j;
}

} // namespace

int runEvaluate(const QStringList& args)
{
    QCommandLineParser p;
    p.setApplicationDescription(QStringLiteral("Evaluate a rule file on a workspace or a CSV file."));
    p.addPositionalArgument(QStringLiteral("RULES"), QStringLiteral("Rule file (*.rules.json)"));
    p.addPositionalArgument(QStringLiteral("INPUT"), QStringLiteral("Workspace (*.segdb) or CSV file"));
    p.addOption({QStringLiteral("as-of"), QStringLiteral("Date for relative conditions (default: today)"), QStringLiteral("DATE")});
    if (int rc = parseCommand(p, QStringLiteral("evaluate"), QStringLiteral("RULES (WORKSPACE|CSV) [--as-of DATE]"), args, 2); rc >= 0)
        return rc;
    Evaluation ev;
    QElapsedTimer statsTimer;
    if (int rc = evaluateInputs(QStringLiteral("evaluate"), p.positionalArguments()[0], p.positionalArguments()[1],
                                p.value(QStringLiteral("as-of")), false, &ev); rc >= 0)
        return rc;
    statsTimer.start();
    const auto& outcome = ev.evaluator->outcome();
    const std::vector<SegmentStats> stats = computeSegmentStats(ev.segments, outcome, ev.table.rowCount());
    const qint64 statsMs = statsTimer.elapsed();
    const bool hasOutcome = outcome.has_value();
    const size_t conversions = hasOutcome ? outcome->count() : 0;
    ojson j;
    j["as_of"] = formatIsoDate(civilFromDays(ev.asOf));
    j["total"] = ev.table.rowCount();
    j["conversions"] = hasOutcome ? ojson(conversions) : ojson(nullptr);
    j["rate"] = hasOutcome && ev.table.rowCount() ? ojson(double(conversions) / double(ev.table.rowCount())) : ojson(nullptr);
    ojson segs = ojson::array();
    for (size_t i = 0; i < ev.segments.size(); ++i) {
        const SegmentMembers& s = ev.segments[i];
        const SegmentStats& st = stats[i];
        ojson o;
        o["id"] = s.id;
        o["path"] = s.path;
        o["name"] = s.name;
        o["size"] = st.all.size;
        o["conversions"] = hasOutcome ? ojson(st.all.conversions) : ojson(nullptr);
        o["rate"] = hasOutcome && st.all.size ? ojson(st.all.rate()) : ojson(nullptr);
        o["ci95"] = hasOutcome && st.all.size ? ojson::array({st.ciLow, st.ciHigh}) : ojson(nullptr);
        o["lift"] = optionalNumber(st.lift);
        o["p_value"] = optionalNumber(st.pValue);
        if (st.treatment) {
            o["treatment"] = proportionJson(*st.treatment, hasOutcome);
            o["holdout"] = proportionJson(*st.holdout, hasOutcome);
            o["holdout_lift"] = optionalNumber(st.holdoutLift);
            o["holdout_p_value"] = optionalNumber(st.holdoutPValue);
        }
        segs.push_back(o);
    }
    j["segments"] = segs;
    j["load_ms"] = ev.loadMs;
    j["elapsed_ms"] = ev.evalMs + statsMs;
    printJson(j);
    return 0;
}

int runTag(const QStringList& args)
{
    QCommandLineParser p;
    p.setApplicationDescription(QStringLiteral("Write every lead with its segment, attributes, scores and holdout group."));
    p.addPositionalArgument(QStringLiteral("RULES"), QStringLiteral("Rule file (*.rules.json)"));
    p.addPositionalArgument(QStringLiteral("INPUT"), QStringLiteral("Workspace (*.segdb) or CSV file"));
    p.addOption({{QStringLiteral("o"), QStringLiteral("output")}, QStringLiteral("Output file: .csv, .jsonl or .xlsx"), QStringLiteral("OUT")});
    p.addOption({QStringLiteral("as-of"), QStringLiteral("Date for relative conditions (default: today)"), QStringLiteral("DATE")});
    p.addOption({QStringLiteral("segment"), QStringLiteral("Only leads of this segment (repeatable; default all)"), QStringLiteral("ID")});
    if (int rc = parseCommand(p, QStringLiteral("tag"), QStringLiteral("RULES (WORKSPACE|CSV) -o OUT.(csv|xlsx|jsonl) [--as-of DATE]"), args, 2); rc >= 0)
        return rc;
    const QString out = p.value(QStringLiteral("output"));
    TagRequest request;
    request.outputPath = out;
    if (out.isEmpty())
        return userError(QStringLiteral("tag: -o OUT is required"));
    if (!tagFormatForPath(out, &request.format))
        return userError(QStringLiteral("tag: %1: the output must end in .csv, .jsonl or .xlsx").arg(out));
    Evaluation ev;
    if (int rc = evaluateInputs(QStringLiteral("tag"), p.positionalArguments()[0], p.positionalArguments()[1],
                                p.value(QStringLiteral("as-of")), true, &ev); rc >= 0)
        return rc;
    if (!isWorkspaceFile(p.positionalArguments()[1]))
        request.sourceCsv = p.positionalArguments()[1];
    for (const QString& s : p.values(QStringLiteral("segment")))
        request.onlySegments.push_back(s.toStdString());
    const TagResult r = writeTags(ev.table, ev.rules.rules, ev.segments, *ev.evaluator, request);
    if (!r.ok)
        return userError(QStringLiteral("tag: %1").arg(r.error));
    ojson j;
    j["output"] = QFileInfo(out).absoluteFilePath().toStdString();
    j["rows"] = r.rowsWritten;
    j["leads"] = ev.table.rowCount();
    printJson(j);
    return 0;
}

int runValidate(const QStringList& args)
{
    QCommandLineParser p;
    p.setApplicationDescription(QStringLiteral("Check a rule file. Prints {\"valid\", \"errors\": [{\"pointer\", \"message\"}]}."));
    p.addPositionalArgument(QStringLiteral("RULES"), QStringLiteral("Rule file (*.rules.json)"));
    if (int rc = parseCommand(p, QStringLiteral("validate"), QStringLiteral("RULES"), args, 1); rc >= 0)
        return rc;
    const QString path = p.positionalArguments()[0];
    RuleFileResult r;
    QString error;
    const bool ok = loadRules(path, &r, &error);
    if (!ok && r.errors.empty())
        return userError(QStringLiteral("validate: %1").arg(error));
    ojson j;
    j["valid"] = ok;
    ojson errs = ojson::array();
    for (const RuleFileError& e : r.errors)
        errs.push_back({{"pointer", e.pointer}, {"message", e.message}});
    j["errors"] = errs;
    if (ok) {
        size_t segments = 0;
        std::function<void(const Segment&)> count = [&](const Segment& s) {
            for (const Segment& c : s.children) {
                ++segments;
                count(c);
            }
        };
        count(r.rules.root);
        j["name"] = r.rules.name;
        j["segments"] = segments;
        j["scores"] = r.rules.scores.size();
    }
    printJson(j);
    if (!ok)
        return userError(QStringLiteral("validate: %1").arg(error));
    return 0;
}

} // namespace sd::cli
