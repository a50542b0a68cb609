// Background evaluation: the counts equal the command line's `evaluate` on a demo workspace, stale
// jobs are coalesced or dropped (only the newest result is published), the funnel and
// per-condition counts of the focused segment, explanations, and a failing load.
// With SD_EDIT_LATENCY_WORKSPACE set, also measures edit → counts in a painted tree.
#include "commands/setconditioncommand.h"
#include "evaluationcontroller.h"
#include "mainwindow.h"
#include "segmenttreepanel.h"
#include "rulefile.h"
#include "ruledocument.h"
#include "segmenttreemodel.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QUndoStack>
#include <QtTest>

using namespace sd;

class TestEvaluationController : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void sameCountsAsCli();
    void staleJobsAreDropped();
    void focusFunnel();
    void explanation();
    void loadFailure();
    void editLatency();

private:
    EvaluationSnapshotPtr waitForSnapshot(EvaluationController& c, quint64 job);

    QTemporaryDir mDir;
    QString mWorkspace;
    QString mRules;
    RuleSet mRuleSet;
    std::unique_ptr<EvaluationController> mController;
};

EvaluationSnapshotPtr TestEvaluationController::waitForSnapshot(EvaluationController& c, quint64 job)
{
    QElapsedTimer t;
    t.start();
    while (t.elapsed() < 15000) {
        if (c.latest() && c.latest()->jobId == job)
            return c.latest();
        QSignalSpy spy(&c, &EvaluationController::snapshotReady);
        spy.wait(200);
    }
    return nullptr;
}

void TestEvaluationController::initTestCase()
{
    QVERIFY(mDir.isValid());
    mWorkspace = mDir.filePath(QStringLiteral("demo.segdb"));
    QProcess demo;
    demo.start(QStringLiteral(SD_CLI_PATH), {QStringLiteral("demo"), mWorkspace, QStringLiteral("--leads"), QStringLiteral("20000")});
    QVERIFY(demo.waitForFinished(60000));
    QCOMPARE(demo.exitCode(), 0);
    mRules = QStringLiteral(SD_TEST_DATA_DIR "/rules/b2b-tiers.rules.json");
    QFile f(mRules);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const RuleFileResult r = parseRuleFile(f.readAll());
    QVERIFY(r.ok);
    mRuleSet = r.rules;
    mController = std::make_unique<EvaluationController>();
    mController->setAsOf(QDate(1970, 1, 1).daysTo(QDate(2025, 6, 30)));
    QSignalSpy loaded(mController.get(), &EvaluationController::tableLoaded);
    mController->loadWorkspace(mWorkspace);
    QVERIFY(mController->isLoading());
    QVERIFY(loaded.wait(30000));
    QVERIFY(!mController->isLoading());
    QCOMPARE(mController->table()->rowCount(), size_t(20000));
}

void TestEvaluationController::sameCountsAsCli()
{
    QProcess cli;
    cli.start(QStringLiteral(SD_CLI_PATH), {QStringLiteral("evaluate"), mRules, mWorkspace, QStringLiteral("--as-of"), QStringLiteral("2025-06-30")});
    QVERIFY(cli.waitForFinished(60000));
    QCOMPARE(cli.exitCode(), 0);
    const QJsonObject json = QJsonDocument::fromJson(cli.readAllStandardOutput()).object();
    const QJsonArray segments = json.value(QStringLiteral("segments")).toArray();
    QVERIFY(segments.size() > 8);

    const quint64 job = mController->requestEvaluation(mRuleSet);
    const EvaluationSnapshotPtr snap = waitForSnapshot(*mController, job);
    QVERIFY(snap);
    QVERIFY2(snap->error.isEmpty(), qPrintable(snap->error));
    QCOMPARE(snap->segments.size(), size_t(segments.size()));
    QCOMPARE(qint64(snap->table->rowCount()), json.value(QStringLiteral("total")).toInteger());
    QCOMPARE(qint64(snap->outcome->count()), json.value(QStringLiteral("conversions")).toInteger());
    for (int i = 0; i < segments.size(); ++i) {
        const QJsonObject s = segments[i].toObject();
        QCOMPARE(QString::fromStdString(snap->segments[size_t(i)].id), s.value(QStringLiteral("id")).toString());
        QCOMPARE(qint64(snap->stats[size_t(i)].all.size), s.value(QStringLiteral("size")).toInteger());
        QCOMPARE(qint64(snap->stats[size_t(i)].all.conversions), s.value(QStringLiteral("conversions")).toInteger());
    }
    QVERIFY(snap->scores.count("engagement"));
    QCOMPARE(snap->scores.at("engagement").size(), size_t(20000));
}

void TestEvaluationController::staleJobsAreDropped()
{
    QSignalSpy published(mController.get(), &EvaluationController::snapshotReady);
    const int coalescedBefore = mController->coalescedJobs();
    const int droppedBefore = mController->droppedResults();
    RuleSet rules = mRuleSet;
    quint64 last = 0;
    // Ten threshold edits in a row, as fast as a user drags a slider.
    for (int t = 0; t < 10; ++t) {
        rules.root.children[0].when->value = 1000 + 100 * t;
        last = mController->requestEvaluation(rules);
    }
    const EvaluationSnapshotPtr snap = waitForSnapshot(*mController, last);
    QVERIFY(snap);
    QTest::qWait(100); // anything still queued would arrive now
    for (const QList<QVariant>& args : published)
        QCOMPARE(args.first().value<EvaluationSnapshotPtr>()->jobId, last);
    QCOMPARE(published.count(), 1);
    // Every older request was either replaced before it ran or thrown away when it came back.
    QCOMPARE((mController->coalescedJobs() - coalescedBefore) + (mController->droppedResults() - droppedBefore), 9);
    // The published counts are those of the newest rules (employees >= 1900).
    Evaluator direct(*mController->table());
    direct.setAsOf(mController->asOf());
    std::vector<SegmentMembers> expected;
    QString error;
    QVERIFY(direct.evaluate(rules, &expected, &error));
    QCOMPARE(snap->segments.size(), expected.size());
    for (size_t i = 0; i < expected.size(); ++i)
        QCOMPARE(snap->segments[i].members.count(), expected[i].members.count());
    QCOMPARE(snap->rules.root.children[0].when->value.get<int>(), 1900);
}

void TestEvaluationController::focusFunnel()
{
    RuleSet rules = mRuleSet;
    // Mid-market's condition as an "all" of two leaves, so that it has a funnel of two steps.
    Condition& when = *rules.root.children[1].when;
    Condition employees = when;
    Condition opens;
    opens.kind = Condition::Kind::Leaf;
    opens.field = "email_opens";
    opens.op = Op::Ge;
    opens.value = 3;
    when = Condition{};
    when.children = {employees, opens};
    const quint64 job = mController->requestEvaluation(rules, "mid_market");
    const EvaluationSnapshotPtr snap = waitForSnapshot(*mController, job);
    QVERIFY(snap);
    QCOMPARE(snap->focusSegment, std::string("mid_market"));
    QCOMPARE(snap->funnel.size(), size_t(3)); // base, then one step per condition
    const size_t size = snap->segments[size_t(snap->indexOf("mid_market"))].members.count();
    QCOMPARE(snap->funnel.back().remaining, size);
    QCOMPARE(snap->funnel[0].remaining, snap->focusBase);
    // The base of the second exclusive segment: all leads minus what enterprise took.
    const size_t enterprise = snap->segments[size_t(snap->indexOf("enterprise"))].members.count();
    QCOMPARE(snap->focusBase, size_t(20000) - enterprise);
    QCOMPARE(snap->conditionMatches.at(""), size);
    QVERIFY(snap->conditionMatches.at("/all/0") >= snap->funnel[1].remaining);
    QCOMPARE(snap->conditionMatches.at("/all/0"), snap->funnel[1].remaining); // first step: same thing
    QVERIFY(snap->conditionMatches.at("/all/1") >= size);
}

void TestEvaluationController::explanation()
{
    const EvaluationSnapshotPtr snap = mController->latest();
    QVERIFY(snap);
    const SegmentMembers& hot = snap->segments[size_t(snap->indexOf("enterprise-hot"))];
    size_t member = 0;
    QVERIFY(hot.members.count() > 0);
    hot.members.forEach([&](size_t row) { if (member == 0) member = row; });
    QSignalSpy answered(mController.get(), &EvaluationController::explanationReady);
    const quint64 id = mController->requestExplanation(snap->rules, "enterprise-hot", member);
    QVERIFY(answered.wait(10000));
    const QList<QVariant> args = answered.takeFirst();
    QCOMPARE(args.at(0).toULongLong(), id);
    const Explanation e = args.at(3).value<Explanation>();
    QVERIFY(e.member);
    QCOMPARE(e.steps.size(), size_t(2)); // enterprise, then enterprise-hot
    QCOMPARE(e.steps[0].first, std::string("enterprise"));
    QVERIFY(e.steps[0].second.truth);
}

void TestEvaluationController::loadFailure()
{
    EvaluationController c;
    QSignalSpy failed(&c, &EvaluationController::loadFailed);
    c.loadWorkspace(mDir.filePath(QStringLiteral("missing/nowhere.segdb")));
    QVERIFY(failed.wait(10000));
    QVERIFY(!failed.first().first().toString().isEmpty());
    QVERIFY(!c.isLoading());
    QVERIFY(!c.table());
}

void TestEvaluationController::editLatency()
{
    const QString path = qEnvironmentVariable("SD_EDIT_LATENCY_WORKSPACE");
    if (path.isEmpty())
        QSKIP("set SD_EDIT_LATENCY_WORKSPACE to a large workspace to measure edit → repaint");
    QStandardPaths::setTestModeEnabled(true); // the window's recent-workspace list stays out of the user's settings
    // The whole designer, as a user has it: every page receives each snapshot.
    MainWindow window;
    window.resize(1600, 1000);
    window.show();
    QSignalSpy finished(&window, &MainWindow::loadingFinished);
    QElapsedTimer load;
    load.start();
    QString error;
    QVERIFY2(window.openWorkspace(path, &error), qPrintable(error));
    QVERIFY(finished.wait(300000));
    const qint64 loadMs = load.elapsed();
    RuleDocument* doc = window.document();
    EvaluationController* controller = window.evaluation();
    QVERIFY(doc->segment("enterprise-hot"));
    window.segmentTree()->setCurrentSegment(QStringLiteral("enterprise-hot"));
    QVERIFY(waitForSnapshot(*controller, controller->latestJobId()));
    std::vector<double> samples;
    for (int step = 0; step < 15; ++step) {
        Condition c = *doc->segment("enterprise-hot")->when;
        c.value = 40 + step; // a threshold change, as the slider makes it
        QElapsedTimer t;
        t.start();
        doc->push(new SetConditionCommand(doc, "enterprise-hot", c, doc->rules().fields, QStringLiteral("edit")));
        const EvaluationSnapshotPtr snap = waitForSnapshot(*controller, controller->latestJobId());
        QVERIFY(snap);
        window.repaint(); // the counts drawn, with every other page
        samples.push_back(double(t.nsecsElapsed()) / 1e6);
        const QModelIndex hot = window.segmentTree()->model()->indexOfSegment(QStringLiteral("enterprise-hot"));
        QCOMPARE(hot.data(SegmentTreeModel::SizeRole).toULongLong(),
                 qulonglong(snap->segments[size_t(snap->indexOf("enterprise-hot"))].members.count()));
    }
    std::sort(samples.begin(), samples.end());
    qInfo("rows %zu, open to counts %lld ms, edit -> repainted window: median %.1f ms, min %.1f ms, max %.1f ms; "
          "evaluation + stats + funnel %.1f ms",
          controller->table()->rowCount(), loadMs, samples[samples.size() / 2], samples.front(), samples.back(),
          controller->latest()->elapsedMs);
}

QTEST_MAIN(TestEvaluationController)
#include "tst_evaluationcontroller.moc"
