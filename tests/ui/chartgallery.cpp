// sd-chart-gallery: renders every chart of the charts panel for a workspace and a rule file to PNG
// (and SVG), to look at them and for the screenshots in docs/. Not installed.
// Usage: sd-chart-gallery WORKSPACE RULES OUTDIR [--level ID] [--overlap-rules FILE] [--as-of YYYY-MM-DD]
//        [--size WxH] [--svg]
#include "chartfigures.h"
#include "chartspanel.h"
#include "conversionchart.h"
#include "healthcheck.h"
#include "healthpanel.h"
#include "overlapchart.h"
#include "rulefile.h"
#include "scorehistogramchart.h"
#include "sizeschart.h"
#include "thresholdchart.h"
#include "timelinechart.h"
#include "valueparsing.h"
#include "workspace.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QTextStream>

#include <cstdio>

using namespace sd;

namespace {

int fail(const QString& message)
{
    std::fprintf(stderr, "sd-chart-gallery: %s\n", qPrintable(message));
    return 1;
}

bool loadRules(const QString& path, RuleSet* rules, QString* error)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("%1: %2").arg(path, f.errorString());
        return false;
    }
    RuleFileResult r = parseRuleFile(f.readAll());
    if (!r.ok) {
        *error = QStringLiteral("%1: %2").arg(path, r.errors.empty() ? QStringLiteral("invalid") : formatRuleFileError(r.errors.front()));
        return false;
    }
    *rules = r.rules;
    return true;
}

EvaluationSnapshotPtr evaluate(const std::shared_ptr<const ColumnTable>& table, const RuleSet& rules, int64_t asOf,
                               quint64 jobId, QString* error)
{
    auto s = std::make_shared<EvaluationSnapshot>();
    s->jobId = jobId;
    s->table = table;
    s->rules = rules;
    s->asOf = asOf;
    QElapsedTimer timer;
    timer.start();
    Evaluator ev(*table);
    ev.setAsOf(asOf);
    if (!ev.evaluate(s->rules, &s->segments, error))
        return nullptr;
    s->outcome = ev.outcome();
    s->stats = computeSegmentStats(s->segments, s->outcome, table->rowCount());
    for (const Score& sc : s->rules.scores)
        if (const std::vector<double>* v = ev.scoreValues(sc.id))
            s->scores[sc.id] = *v;
    s->elapsedMs = double(timer.nsecsElapsed()) / 1e6;
    return s;
}

} // namespace

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    QCommandLineParser p;
    p.setApplicationDescription(QStringLiteral("Render the charts of a rule file over a workspace to PNG."));
    p.addHelpOption();
    p.addPositionalArgument(QStringLiteral("workspace"), QStringLiteral("The .segdb workspace"));
    p.addPositionalArgument(QStringLiteral("rules"), QStringLiteral("The .rules.json file"));
    p.addPositionalArgument(QStringLiteral("outdir"), QStringLiteral("Where chart-*.png go"));
    p.addOption({QStringLiteral("level"), QStringLiteral("Segment whose children the charts compare"), QStringLiteral("ID")});
    p.addOption({QStringLiteral("overlap-rules"), QStringLiteral("Rule file for the overlap chart"), QStringLiteral("FILE")});
    p.addOption({QStringLiteral("as-of"), QStringLiteral("As-of date"), QStringLiteral("YYYY-MM-DD")});
    p.addOption({QStringLiteral("size"), QStringLiteral("Chart size"), QStringLiteral("WxH"), QStringLiteral("960x600")});
    p.addOption({QStringLiteral("svg"), QStringLiteral("Also write SVG files")});
    p.process(app);
    const QStringList args = p.positionalArguments();
    if (args.size() != 3)
        return fail(QStringLiteral("expected WORKSPACE RULES OUTDIR (see --help)"));
    const QStringList wh = p.value(QStringLiteral("size")).split(QLatin1Char('x'));
    const QSize size(wh.value(0).toInt(), wh.value(1).toInt());
    if (size.width() < 200 || size.height() < 150)
        return fail(QStringLiteral("--size must be WxH, at least 200x150"));
    int64_t asOf = todayDays();
    if (p.isSet(QStringLiteral("as-of"))) {
        const QByteArray d = p.value(QStringLiteral("as-of")).toUtf8();
        const auto ymd = parseDate(std::string_view(d.constData(), size_t(d.size())), DateLayout::Iso);
        if (!ymd)
            return fail(QStringLiteral("--as-of must be YYYY-MM-DD"));
        asOf = daysFromCivil(*ymd);
    }
    QString error;
    RuleSet rules, overlapRules;
    if (!loadRules(args[1], &rules, &error))
        return fail(error);
    const bool separateOverlap = p.isSet(QStringLiteral("overlap-rules"));
    if (separateOverlap && !loadRules(p.value(QStringLiteral("overlap-rules")), &overlapRules, &error))
        return fail(error);
    auto ws = Workspace::open(args[0], &error, Workspace::Mode::ReadOnly);
    if (!ws)
        return fail(error);
    auto table = std::make_shared<ColumnTable>();
    if (!table->loadWorkspace(*ws, &error))
        return fail(error);
    const std::shared_ptr<const ColumnTable> shared = table;
    EvaluationSnapshotPtr snapshot = evaluate(shared, rules, asOf, 1, &error);
    if (!snapshot)
        return fail(error);
    EvaluationSnapshotPtr overlapSnapshot = snapshot;
    if (separateOverlap && !(overlapSnapshot = evaluate(shared, overlapRules, asOf, 2, &error)))
        return fail(error);
    if (!QDir().mkpath(args[2]))
        return fail(QStringLiteral("cannot create %1").arg(args[2]));

    ChartInputs inputs;
    if (p.isSet(QStringLiteral("level"))) {
        inputs.level = snapshot->indexOf(p.value(QStringLiteral("level")).toStdString());
        if (inputs.level < 0)
            return fail(QStringLiteral("no segment %1").arg(p.value(QStringLiteral("level"))));
    }
    const ChartFigures figures = computeChartFigures(snapshot, inputs);
    const ChartFigures overlapFigures = separateOverlap ? computeChartFigures(overlapSnapshot, ChartInputs{}) : figures;
    // Sizes at the top level show the whole split; the other charts compare the chosen level.
    const ChartFigures topFigures = computeChartFigures(snapshot, ChartInputs{});

    SizesChart sizes;
    ConversionChart conversion;
    OverlapChart overlap;
    ScoreHistogramChart histogram;
    TimelineChart timeline;
    ThresholdChart threshold;
    const std::vector<std::pair<ChartView*, const ChartFigures*>> charts{
        {&sizes, &topFigures}, {&conversion, &figures}, {&overlap, &overlapFigures},
        {&histogram, &figures}, {&timeline, &figures}, {&threshold, &figures}};
    QTextStream out(stdout);
    for (const auto& [view, f] : charts) {
        view->resize(size);
        view->show();
        QElapsedTimer timer;
        timer.start();
        view->showFigures(*f);
        QApplication::processEvents(); // the gallery is a batch tool: let the layout settle before rendering
        view->repaint();
        const double ms = double(timer.nsecsElapsed()) / 1e6;
        const QString png = QDir(args[2]).filePath(QStringLiteral("chart-%1.png").arg(view->chartName()));
        if (!view->exportPng(png, &error, size))
            return fail(error);
        if (p.isSet(QStringLiteral("svg"))
            && !view->exportSvg(QDir(args[2]).filePath(QStringLiteral("chart-%1.svg").arg(view->chartName())), &error, size))
            return fail(error);
        out << png << "  (" << QString::number(ms, 'f', 1) << " ms)\n";
        view->hide();
    }

    HealthPanel health;
    health.setFreshness(readDataFreshness(*ws, QString::fromStdString(rules.name)));
    health.setSnapshot(snapshot);
    health.resize(size);
    health.show();
    QApplication::processEvents();
    const QString healthPng = QDir(args[2]).filePath(QStringLiteral("chart-health.png"));
    if (!health.grab().save(healthPng))
        return fail(QStringLiteral("cannot write %1").arg(healthPng));
    out << healthPng << "\n";

    ChartsPanel panel;
    panel.resize(size.width(), size.height() + 60);
    panel.show();
    panel.healthPanel()->setFreshness(readDataFreshness(*ws, QString::fromStdString(rules.name)));
    QEventLoop loop;
    QObject::connect(&panel, &ChartsPanel::figuresShown, &loop, &QEventLoop::quit);
    panel.setSnapshot(snapshot);
    if (p.isSet(QStringLiteral("level")))
        panel.setLevel(p.value(QStringLiteral("level")));
    loop.exec();
    QApplication::processEvents();
    const QString panelPng = QDir(args[2]).filePath(QStringLiteral("chart-panel.png"));
    if (!panel.grab().save(panelPng))
        return fail(QStringLiteral("cannot write %1").arg(panelPng));
    out << panelPng << "\n";
    out << "figures " << QString::number(figures.computeMs, 'f', 1) << " ms over " << shared->rowCount() << " leads\n";
    return 0;
}
