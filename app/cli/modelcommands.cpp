// The CLI's model commands: suggest (a decision tree written as segments) and fit-score (a
// logistic-regression score written as score rules).
#include "commands.h"

#include "clicommon.h"

#include "columntable.h"
#include "outcomespec.h"
#include "rulefile.h"
#include "scorefit.h"
#include "segmentsuggestion.h"
#include "typeinference.h"
#include "workspace.h"

#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QRegularExpression>

#include <algorithm>
#include <cmath>

namespace sd::cli {

namespace {

std::vector<std::string> splitFields(const QString& text)
{
    std::vector<std::string> out;
    for (const QString& f : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QString t = f.trimmed();
        if (!t.isEmpty())
            out.push_back(t.toStdString());
    }
    return out;
}

std::string outcomeFieldOf(const QString& spec)
{
    return spec.section(QLatin1Char('='), 0, 0).trimmed().toStdString();
}

// Loads the fields the model reads plus the outcome. A CSV is read once as text to infer the types
// of those columns from every value (as import does), then again with those types.
bool loadModelInput(const QString& input, std::vector<std::string> fields, ColumnTable* table, QString* error)
{
    if (!QFileInfo(input).isFile()) {
        *error = QStringLiteral("%1: no such file").arg(input);
        return false;
    }
    if (isWorkspaceFile(input)) {
        auto ws = Workspace::open(input, error, Workspace::Mode::ReadOnly);
        if (!ws)
            return false;
        for (const std::string& f : fields) {
            if (!ws->field(QString::fromStdString(f))) {
                *error = QStringLiteral("%1: no field \"%2\" in the workspace").arg(input, QString::fromStdString(f));
                return false;
            }
        }
        return table->loadWorkspace(*ws, error, {}, fields, true);
    }
    ColumnTable text;
    if (!text.loadCsv(input, {}, std::string(), error))
        return false;
    std::vector<std::pair<std::string, FieldType>> types;
    for (const std::string& f : fields) {
        const Column* c = text.column(f);
        if (!c) {
            *error = QStringLiteral("%1: no column \"%2\" in the file").arg(input, QString::fromStdString(f));
            return false;
        }
        ColumnTypeInference inference;
        // Every distinct value is seen once; the verdict depends on which values occur, not how often.
        for (uint32_t code = 1; c->dictionary && code < c->dictionary->size(); ++code)
            inference.add(c->dictionary->at(code));
        FieldType t = inference.verdict().type;
        if (t == FieldType::List)
            t = FieldType::Text;
        types.emplace_back(f, t);
    }
    return table->loadCsv(input, types, std::string(), error);
}

struct ModelInput
{
    ColumnTable table;
    Condition outcome;
    std::vector<std::string> fields;
    QString output;
    qint64 loadMs = 0;
};

int prepare(const QString& command, const QCommandLineParser& p, ModelInput* in)
{
    const QString outcome = p.value(QStringLiteral("outcome"));
    in->output = p.value(QStringLiteral("output"));
    in->fields = splitFields(p.value(QStringLiteral("fields")));
    if (outcome.isEmpty())
        return userError(QStringLiteral("%1: --outcome FIELD[=VALUE] is required").arg(command));
    if (in->fields.empty())
        return userError(QStringLiteral("%1: --fields F,… is required").arg(command));
    if (in->output.isEmpty())
        return userError(QStringLiteral("%1: -o OUT.rules.json is required").arg(command));
    std::vector<std::string> load = in->fields;
    const std::string outcomeField = outcomeFieldOf(outcome);
    if (std::find(load.begin(), load.end(), outcomeField) == load.end() && !outcomeField.empty())
        load.push_back(outcomeField);
    QElapsedTimer timer;
    timer.start();
    QString error;
    if (!loadModelInput(p.positionalArguments()[0], load, &in->table, &error))
        return userError(QStringLiteral("%1: %2").arg(command, error));
    in->loadMs = timer.elapsed();
    auto c = parseOutcomeSpec(in->table, outcome.toStdString(), &error);
    if (!c)
        return userError(QStringLiteral("%1: --outcome: %2").arg(command, error));
    in->outcome = *c;
    return -1;
}

bool positiveInt(const QCommandLineParser& p, const QString& name, long long def, long long* out)
{
    if (!p.isSet(name)) {
        *out = def;
        return true;
    }
    bool ok = false;
    *out = p.value(name).toLongLong(&ok);
    return ok && *out > 0;
}

} // namespace

int runSuggest(const QStringList& args)
{
    QCommandLineParser p;
    p.setApplicationDescription(QStringLiteral(
        "Fit a decision tree to the outcome and write it as an exclusive segment tree (one segment per leaf). "
        "Prints {\"total\", \"conversions\", \"rate\", \"leaves\": [{\"id\", \"path\", \"name\", \"size\", \"conversions\", \"rate\"}], \"elapsed_ms\"}."));
    p.addPositionalArgument(QStringLiteral("INPUT"), QStringLiteral("Workspace (*.segdb) or CSV file"));
    p.addOption({QStringLiteral("outcome"), QStringLiteral("What converting means: FIELD (a boolean) or FIELD=VALUE"), QStringLiteral("FIELD[=VALUE]")});
    p.addOption({QStringLiteral("fields"), QStringLiteral("Fields to split on, comma-separated"), QStringLiteral("F,…")});
    p.addOption({QStringLiteral("max-depth"), QStringLiteral("Deepest level of splits (default 3)"), QStringLiteral("D")});
    p.addOption({QStringLiteral("min-size"), QStringLiteral("Smallest segment a split may create (default 1% of the leads, at least 20)"), QStringLiteral("N")});
    p.addOption({QStringLiteral("criterion"), QStringLiteral("Split quality: gini (default) or entropy"), QStringLiteral("NAME")});
    p.addOption({{QStringLiteral("o"), QStringLiteral("output")}, QStringLiteral("Rule file to write"), QStringLiteral("OUT.rules.json")});
    const QString synopsis = QStringLiteral("(WORKSPACE|CSV) --outcome FIELD[=VALUE] --fields F,… [--max-depth D] [--min-size N] -o OUT.rules.json");
    if (int rc = parseCommand(p, QStringLiteral("suggest"), synopsis, args, 1); rc >= 0)
        return rc;
    SuggestOptions o;
    long long depth = 0, minSize = 0;
    if (!positiveInt(p, QStringLiteral("max-depth"), 3, &depth) || depth > 20)
        return userError(QStringLiteral("suggest: --max-depth must be a whole number from 1 to 20"));
    if (!positiveInt(p, QStringLiteral("min-size"), 1, &minSize))
        return userError(QStringLiteral("suggest: --min-size must be a positive whole number"));
    const QString criterion = p.value(QStringLiteral("criterion"));
    if (!criterion.isEmpty() && criterion != QLatin1String("gini") && criterion != QLatin1String("entropy"))
        return userError(QStringLiteral("suggest: --criterion must be gini or entropy, not \"%1\"").arg(criterion));
    ModelInput in;
    if (int rc = prepare(QStringLiteral("suggest"), p, &in); rc >= 0)
        return rc;
    o.tree.fields = in.fields;
    o.tree.maxDepth = int(depth);
    o.tree.minLeafSize = p.isSet(QStringLiteral("min-size")) ? size_t(minSize) : std::max<size_t>(20, in.table.rowCount() / 100);
    o.tree.criterion = criterion == QLatin1String("entropy") ? SplitCriterion::Entropy : SplitCriterion::Gini;
    o.outcome = in.outcome;
    const SuggestResult r = suggestSegments(in.table, o);
    if (!r.ok)
        return userError(QStringLiteral("suggest: %1").arg(r.error));
    QString error;
    if (!writeWholeFile(in.output, serializeRuleFile(r.rules), &error))
        return userError(QStringLiteral("suggest: %1").arg(error));
    ojson j;
    j["total"] = r.total;
    j["conversions"] = r.conversions;
    j["rate"] = r.total ? ojson(double(r.conversions) / double(r.total)) : ojson(nullptr);
    ojson leaves = ojson::array();
    for (const SuggestedLeaf& l : r.leaves) {
        ojson o;
        o["id"] = l.id;
        o["path"] = l.path;
        o["name"] = l.name;
        o["size"] = l.size;
        o["conversions"] = l.conversions;
        o["rate"] = l.size ? ojson(l.rate()) : ojson(nullptr);
        leaves.push_back(o);
    }
    j["leaves"] = leaves;
    j["elapsed_ms"] = r.fitMs;
    printJson(j);
    return 0;
}

int runFitScore(const QStringList& args)
{
    QCommandLineParser p;
    p.setApplicationDescription(QStringLiteral(
        "Fit a score to the outcome by L2-regularised logistic regression (text one-hot, numbers and dates in bins) "
        "and write it as score rules. Prints {\"auc_train\", \"auc_test\", \"rows_train\", \"rows_test\"}."));
    p.addPositionalArgument(QStringLiteral("INPUT"), QStringLiteral("Workspace (*.segdb) or CSV file"));
    p.addOption({QStringLiteral("outcome"), QStringLiteral("What converting means: FIELD (a boolean) or FIELD=VALUE"), QStringLiteral("FIELD[=VALUE]")});
    p.addOption({QStringLiteral("fields"), QStringLiteral("Fields of the score, comma-separated"), QStringLiteral("F,…")});
    p.addOption({QStringLiteral("test-share"), QStringLiteral("Share of leads held out to measure the score (default 0.3)"), QStringLiteral("SHARE")});
    p.addOption({QStringLiteral("seed"), QStringLiteral("Seed of the train/test split (default 1)"), QStringLiteral("S")});
    p.addOption({QStringLiteral("l2"), QStringLiteral("Penalty on the weights (default 1)"), QStringLiteral("LAMBDA")});
    p.addOption({QStringLiteral("score-id"), QStringLiteral("Id of the score (default fitted_score)"), QStringLiteral("ID")});
    p.addOption({{QStringLiteral("o"), QStringLiteral("output")}, QStringLiteral("Rule file to write"), QStringLiteral("OUT.rules.json")});
    const QString synopsis = QStringLiteral("(WORKSPACE|CSV) --outcome FIELD[=VALUE] --fields F,… [--test-share 0.3] [--seed S] -o OUT.rules.json");
    if (int rc = parseCommand(p, QStringLiteral("fit-score"), synopsis, args, 1); rc >= 0)
        return rc;
    ScoreFitOptions o;
    bool ok = true;
    if (p.isSet(QStringLiteral("test-share"))) {
        o.testShare = p.value(QStringLiteral("test-share")).toDouble(&ok);
        if (!ok || !(o.testShare >= 0 && o.testShare < 1))
            return userError(QStringLiteral("fit-score: --test-share must be a number from 0 to below 1, not \"%1\"")
                                 .arg(p.value(QStringLiteral("test-share"))));
    }
    if (p.isSet(QStringLiteral("seed"))) {
        o.seed = p.value(QStringLiteral("seed")).toULongLong(&ok);
        if (!ok)
            return userError(QStringLiteral("fit-score: --seed must be a whole number, not \"%1\"").arg(p.value(QStringLiteral("seed"))));
    }
    if (p.isSet(QStringLiteral("l2"))) {
        o.regression.l2 = p.value(QStringLiteral("l2")).toDouble(&ok);
        if (!ok || !(o.regression.l2 > 0) || !std::isfinite(o.regression.l2))
            return userError(QStringLiteral("fit-score: --l2 must be a positive number, not \"%1\"").arg(p.value(QStringLiteral("l2"))));
    }
    if (p.isSet(QStringLiteral("score-id"))) {
        o.scoreId = p.value(QStringLiteral("score-id")).toStdString();
        static const QRegularExpression idPattern(QStringLiteral("^[a-z0-9_-]+$"));
        if (!idPattern.match(p.value(QStringLiteral("score-id"))).hasMatch())
            return userError(QStringLiteral("fit-score: --score-id must match [a-z0-9_-]+"));
    }
    ModelInput in;
    if (int rc = prepare(QStringLiteral("fit-score"), p, &in); rc >= 0)
        return rc;
    o.fields = in.fields;
    o.outcome = in.outcome;
    const ScoreFitResult r = fitScore(in.table, o);
    if (!r.ok)
        return userError(QStringLiteral("fit-score: %1").arg(r.error));
    QString error;
    if (!writeWholeFile(in.output, serializeRuleFile(r.rules), &error))
        return userError(QStringLiteral("fit-score: %1").arg(error));
    ojson j;
    j["auc_train"] = r.aucTrain ? ojson(*r.aucTrain) : ojson(nullptr);
    j["auc_test"] = r.aucTest ? ojson(*r.aucTest) : ojson(nullptr);
    j["rows_train"] = r.rowsTrain;
    j["rows_test"] = r.rowsTest;
    printJson(j);
    return 0;
}

} // namespace sd::cli
