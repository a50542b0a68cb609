// Edit to repainted charts: a score threshold of the rule file is changed, the rules are evaluated
// again (warm caches, as in the designer), the snapshot goes to the charts panel, whose figures are
// computed on a worker thread, and the visible chart is rebuilt and painted. Reported per chart
// tab: median and 95th percentile of the whole path, and of its parts.
// Usage: bench_charts WORKSPACE RULES [--edits N] [--level ID] [--as-of YYYY-MM-DD]
#include "chartspanel.h"
#include "chartview.h"
#include "evaluator.h"
#include "rulefile.h"
#include "segmentstats.h"
#include "valueparsing.h"
#include "workspace.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QPixmap>
#include <QTabWidget>
#include <QTextStream>

#include <algorithm>
#include <cstdio>

using namespace sd;

namespace {

Condition* firstScoreThreshold(Segment& s, const RuleSet& rules)
{
    for (Segment& c : s.children) {
        if (c.when && c.when->kind == Condition::Kind::Leaf && rules.score(c.when->field) && c.when->value.is_number())
            return &*c.when;
        if (Condition* found = firstScoreThreshold(c, rules))
            return found;
    }
    return nullptr;
}

double percentile(std::vector<double> v, double q)
{
    if (v.empty())
        return 0;
    std::sort(v.begin(), v.end());
    return v[std::min(v.size() - 1, size_t(q * double(v.size() - 1) + 0.5))];
}

double ms(const QElapsedTimer& t) { return double(t.nsecsElapsed()) / 1e6; }

} // namespace

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    QCommandLineParser p;
    p.addHelpOption();
    p.addPositionalArgument(QStringLiteral("workspace"), QStringLiteral("The .segdb workspace"));
    p.addPositionalArgument(QStringLiteral("rules"), QStringLiteral("The .rules.json file"));
    p.addOption({QStringLiteral("edits"), QStringLiteral("Edits per chart"), QStringLiteral("N"), QStringLiteral("30")});
    p.addOption({QStringLiteral("level"), QStringLiteral("Level shown"), QStringLiteral("ID")});
    p.addOption({QStringLiteral("as-of"), QStringLiteral("As-of date"), QStringLiteral("YYYY-MM-DD")});
    p.process(app);
    const QStringList args = p.positionalArguments();
    if (args.size() != 2) {
        std::fprintf(stderr, "usage: bench_charts WORKSPACE RULES [--edits N] [--level ID]\n");
        return 1;
    }
    const int edits = std::max(1, p.value(QStringLiteral("edits")).toInt());
    int64_t asOf = todayDays();
    if (p.isSet(QStringLiteral("as-of"))) {
        const QByteArray d = p.value(QStringLiteral("as-of")).toUtf8();
        const auto ymd = parseDate(std::string_view(d.constData(), size_t(d.size())), DateLayout::Iso);
        if (!ymd) {
            std::fprintf(stderr, "--as-of must be YYYY-MM-DD\n");
            return 1;
        }
        asOf = daysFromCivil(*ymd);
    }
    QFile f(args[1]);
    if (!f.open(QIODevice::ReadOnly)) {
        std::fprintf(stderr, "cannot read %s\n", qPrintable(args[1]));
        return 1;
    }
    RuleFileResult parsed = parseRuleFile(f.readAll());
    if (!parsed.ok) {
        std::fprintf(stderr, "%s\n", parsed.errors.empty() ? "invalid rules" : qPrintable(formatRuleFileError(parsed.errors.front())));
        return 1;
    }
    RuleSet rules = parsed.rules;
    Condition* leaf = firstScoreThreshold(rules.root, rules);
    if (!leaf) {
        std::fprintf(stderr, "the rule file has no score threshold to edit\n");
        return 1;
    }
    QString error;
    auto ws = Workspace::open(args[0], &error, Workspace::Mode::ReadOnly);
    auto table = std::make_shared<ColumnTable>();
    QElapsedTimer loadTimer;
    loadTimer.start();
    if (!ws || !table->loadWorkspace(*ws, &error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    const double loadMs = ms(loadTimer);
    const std::shared_ptr<const ColumnTable> shared = table;
    Evaluator ev(*shared);
    ev.setAsOf(asOf);
    std::vector<SegmentMembers> warm;
    if (!ev.evaluate(rules, &warm, &error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }

    ChartsPanel panel;
    panel.resize(1200, 800);
    panel.show();
    auto* tabs = panel.findChild<QTabWidget*>();
    quint64 job = 0;
    const double base = leaf->value.get<double>();
    std::vector<double> evalMs, snapshotMs;

    // One edit: new threshold → evaluation → snapshot → panel → visible chart rebuilt and painted.
    auto edit = [&](double* evaluateMs, double* snapMs, double* figuresMs, double* rebuildMs, double* paintMs) {
        QElapsedTimer t;
        t.start();
        // A drag visits new values, so every edit misses the leaf cache for the edited condition.
        leaf->value = base + double(job % 1000) * 0.001 + 0.0005;
        if (ev.cacheSize() > 4096)
            ev.clearCache();
        auto s = std::make_shared<EvaluationSnapshot>();
        s->jobId = ++job;
        s->table = shared;
        s->rules = rules;
        s->asOf = asOf;
        if (!ev.evaluate(s->rules, &s->segments, &error))
            qFatal("%s", qPrintable(error));
        s->outcome = ev.outcome();
        s->stats = computeSegmentStats(s->segments, s->outcome, shared->rowCount());
        *evaluateMs = ms(t);
        QElapsedTimer snap;
        snap.start();
        for (const Score& sc : s->rules.scores)
            if (const std::vector<double>* v = ev.scoreValues(sc.id))
                s->scores[sc.id] = *v;
        s->elapsedMs = *evaluateMs;
        *snapMs = ms(snap);
        QEventLoop loop;
        QObject::connect(&panel, &ChartsPanel::figuresShown, &loop, &QEventLoop::quit);
        panel.setSnapshot(s);
        loop.exec();
        QElapsedTimer paint;
        paint.start();
        // A full synchronous render of the visible chart, as the next paint of the screen does it.
        const QPixmap frame = tabs->currentWidget()->grab();
        if (frame.isNull())
            qFatal("the chart could not be rendered");
        *paintMs = ms(paint);
        *figuresMs = panel.lastComputeMs();
        *rebuildMs = panel.lastRebuildMs();
        return ms(t);
    };

    if (p.isSet(QStringLiteral("level")))
        panel.setLevel(p.value(QStringLiteral("level")));
    QTextStream out(stdout);
    out << "leads " << shared->rowCount() << ", load " << QString::number(loadMs, 'f', 0) << " ms, " << edits
        << " edits per chart\n";
    out << QStringLiteral("%1 %2 %3 %4 %5 %6 %7 %8\n")
               .arg(QStringLiteral("chart"), -22)
               .arg(QStringLiteral("total_med"), 10)
               .arg(QStringLiteral("total_p95"), 10)
               .arg(QStringLiteral("eval_med"), 9)
               .arg(QStringLiteral("snap_med"), 9)
               .arg(QStringLiteral("figs_med"), 9)
               .arg(QStringLiteral("rebuild"), 8)
               .arg(QStringLiteral("paint"), 7);
    for (ChartView* view : panel.charts()) {
        tabs->setCurrentWidget(view);
        std::vector<double> total, ev1, sn, fig, reb, pnt;
        for (int i = 0; i < edits + 2; ++i) {
            double a, b, c, d, e;
            const double tot = edit(&a, &b, &c, &d, &e);
            if (i < 2)
                continue; // first edits after a tab switch warm the chart's caches
            total.push_back(tot);
            ev1.push_back(a);
            sn.push_back(b);
            fig.push_back(c);
            reb.push_back(d);
            pnt.push_back(e);
        }
        out << QStringLiteral("%1 %2 %3 %4 %5 %6 %7 %8\n")
                   .arg(view->chartName(), -22)
                   .arg(percentile(total, 0.5), 10, 'f', 1)
                   .arg(percentile(total, 0.95), 10, 'f', 1)
                   .arg(percentile(ev1, 0.5), 9, 'f', 1)
                   .arg(percentile(sn, 0.5), 9, 'f', 1)
                   .arg(percentile(fig, 0.5), 9, 'f', 1)
                   .arg(percentile(reb, 0.5), 8, 'f', 1)
                   .arg(percentile(pnt, 0.5), 7, 'f', 1);
        out.flush();
    }
    return 0;
}
