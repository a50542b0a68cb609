// The score editor and the lift report offscreen, on demo leads: edits reach the document exactly
// and undo one step at a time, the live AUC is core's AUC, and the lift and comparison tables show
// core's figures.
#include "commands/setholdoutcommand.h"
#include "csvimport.h"
#include "demogenerator.h"
#include "evaluationcontroller.h"
#include "evaluator.h"
#include "holdoutliftmodel.h"
#include "liftreportdialog.h"
#include "rocanalysis.h"
#include "rulefile.h"
#include "ruledocument.h"
#include "scoreconditionwidget.h"
#include "scoreeditor.h"
#include "scorehistogramchart.h"
#include "thresholdchart.h"
#include "scorelistmodel.h"
#include "scorerulesmodel.h"
#include "workspace.h"

#include <QAbstractItemModelTester>
#include <QDoubleSpinBox>
#include <QSignalSpy>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QUndoStack>
#include <QtTest>

using namespace sd;

namespace {

constexpr qint64 kLeads = 4000;

RuleSet templateRules()
{
    const RuleFileResult parsed = parseRuleFile(b2bTiersTemplate());
    return parsed.rules;
}

// The document's score values and outcome as the core evaluator computes them, independently of the UI.
struct CoreFigures
{
    std::vector<double> values;
    Bitmap outcome;
    std::vector<SegmentMembers> segments;
};

CoreFigures coreFigures(const ColumnTable& table, const RuleSet& rules, int64_t asOf, const std::string& scoreId)
{
    CoreFigures f;
    Evaluator ev(table);
    ev.setAsOf(asOf);
    QString error;
    if (!ev.evaluate(rules, &f.segments, &error))
        qFatal("evaluation failed: %s", qPrintable(error));
    f.values = *ev.scoreValues(scoreId);
    f.outcome = *ev.outcome();
    return f;
}

} // namespace

class TestScoreEditor : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void editRuleCell_data();
    void editRuleCell();
    void rangeSpinBoxesMergeAndUndo();
    void labelAndIdEdits();
    void addRemoveScoreUndoRedo();
    void addMoveRemoveRule();
    void ruleCondition();
    void validationErrorsInline();
    void liveAucEqualsCore();
    void noOutcomeSaysSo();
    void liftReportShowsCoreFigures();
    void liftReportWithoutHoldoutOrOutcome();
    void comparisonShowsCoreFigures();

private:
    void waitForFigures();

    QTemporaryDir mDir;
    std::unique_ptr<Workspace> mWorkspace;
    std::shared_ptr<const ColumnTable> mTable;
    std::unique_ptr<RuleDocument> mDocument;
    std::unique_ptr<EvaluationController> mEvaluation;
    std::unique_ptr<ScoreEditor> mEditor;
    std::vector<std::unique_ptr<QAbstractItemModelTester>> mTesters;
};

void TestScoreEditor::initTestCase()
{
    Q_INIT_RESOURCE(ui); // sd_ui is static: its icons need an explicit reference
    QVERIFY(mDir.isValid());
    const QString csv = mDir.filePath(QStringLiteral("leads.csv"));
    QString error;
    QVERIFY2(writeDemoCsv(csv, {kLeads, 7}, &error), qPrintable(error));
    mWorkspace = Workspace::open(mDir.filePath(QStringLiteral("leads.segdb")), &error);
    QVERIFY2(mWorkspace, qPrintable(error));
    ImportConfig config;
    config.csvPath = csv;
    config.keyColumn = QStringLiteral("lead_id");
    config.rejectsPath = mDir.filePath(QStringLiteral("rejects.csv"));
    const ImportResult imported = importCsv(*mWorkspace, config);
    QVERIFY2(imported.ok, qPrintable(imported.error));
    auto table = std::make_shared<ColumnTable>();
    QVERIFY2(table->loadWorkspace(*mWorkspace, &error), qPrintable(error));
    QCOMPARE(qint64(table->rowCount()), kLeads);
    mTable = std::move(table);
}

void TestScoreEditor::init()
{
    mDocument = std::make_unique<RuleDocument>();
    mDocument->load(templateRules());
    mEvaluation = std::make_unique<EvaluationController>();
    mEvaluation->setTable(mTable);
    mEditor = std::make_unique<ScoreEditor>(mDocument.get());
    mEditor->setTable(mTable);
    mEditor->resize(1200, 420);
    mEditor->show();
    connect(mEvaluation.get(), &EvaluationController::snapshotReady, mEditor.get(), &ScoreEditor::setSnapshot);
    connect(mDocument.get(), &RuleDocument::rulesChanged, mEvaluation.get(),
            [this] { mEvaluation->requestEvaluation(mDocument->rules()); });
    mEvaluation->requestEvaluation(mDocument->rules());
    mTesters.clear();
    mTesters.push_back(std::make_unique<QAbstractItemModelTester>(mEditor->scoreModel(),
                                                                  QAbstractItemModelTester::FailureReportingMode::QtTest));
    mTesters.push_back(std::make_unique<QAbstractItemModelTester>(mEditor->rulesModel(),
                                                                  QAbstractItemModelTester::FailureReportingMode::QtTest));
    QVERIFY(mEditor->selectScore(QStringLiteral("engagement")));
}

void TestScoreEditor::cleanup()
{
    mTesters.clear();
    mEditor.reset();
    mEvaluation.reset();
    mDocument.reset();
}

void TestScoreEditor::waitForFigures()
{
    // The figures of the newest evaluation, for the score shown.
    QTRY_VERIFY_WITH_TIMEOUT(mEvaluation->latest() && !mEvaluation->isEvaluating()
                                 && mEditor->figures().chart.jobId == mEvaluation->latestJobId()
                                 && mEditor->figures().scoreId == mEditor->currentScoreId().toStdString(),
                             20000);
}

void TestScoreEditor::editRuleCell_data()
{
    QTest::addColumn<int>("row");
    QTest::addColumn<int>("column");
    QTest::addColumn<QVariant>("value");
    QTest::addColumn<double>("points");
    QTest::addColumn<double>("cap");     // NaN = no cap
    QTest::addColumn<double>("oldPoints");
    QTest::addColumn<double>("oldCap");
    const double none = std::nan("");
    QTest::newRow("points of a fixed rule") << 1 << int(ScoreRulesModel::PointsColumn) << QVariant(22.5) << 22.5 << none << 15.0 << none;
    QTest::newRow("negative points") << 3 << int(ScoreRulesModel::PointsColumn) << QVariant(-7.25) << -7.25 << none << 30.0 << none;
    QTest::newRow("points per field") << 0 << int(ScoreRulesModel::PointsColumn) << QVariant(0.5) << 0.5 << 20.0 << 1.0 << 20.0;
    QTest::newRow("cap lowered") << 0 << int(ScoreRulesModel::CapColumn) << QVariant(QStringLiteral("12")) << 1.0 << 12.0 << 1.0 << 20.0;
    QTest::newRow("cap removed") << 0 << int(ScoreRulesModel::CapColumn) << QVariant(QString()) << 1.0 << none << 1.0 << 20.0;
    QTest::newRow("cap added") << 2 << int(ScoreRulesModel::CapColumn) << QVariant(QStringLiteral("15")) << 20.0 << 15.0 << 20.0 << none;
}

void TestScoreEditor::editRuleCell()
{
    QFETCH(int, row);
    QFETCH(int, column);
    QFETCH(QVariant, value);
    QFETCH(double, points);
    QFETCH(double, cap);
    QFETCH(double, oldPoints);
    QFETCH(double, oldCap);
    const auto capOf = [](const ScoreRule& r) { return r.cap ? *r.cap : std::nan(""); };
    const auto sameCap = [](double a, double b) { return (std::isnan(a) && std::isnan(b)) || a == b; };
    QUndoStack* undo = mDocument->undoStack();
    const int before = undo->count();
    const Score original = mDocument->rules().scores[0];
    QVERIFY(mEditor->rulesModel()->setData(mEditor->rulesModel()->index(row, column), value));
    const ScoreRule& edited = mDocument->rules().scores[0].rules[size_t(row)];
    QCOMPARE(edited.points, points);
    QVERIFY2(sameCap(capOf(edited), cap), qPrintable(QString::number(capOf(edited))));
    QCOMPARE(undo->count(), before + 1);
    // Everything else of the score is as it was.
    Score expected = original;
    expected.rules[size_t(row)] = edited;
    QCOMPARE(mDocument->rules().scores[0], expected);
    QCOMPARE(mEditor->rulesModel()->index(row, ScoreRulesModel::PointsColumn).data(ScoreRulesModel::PointsRole).toDouble(), points);
    undo->undo();
    QCOMPARE(mDocument->rules().scores[0].rules[size_t(row)].points, oldPoints);
    QVERIFY(sameCap(capOf(mDocument->rules().scores[0].rules[size_t(row)]), oldCap));
    QCOMPARE(mDocument->rules().scores[0], original);
    undo->redo();
    QCOMPARE(mDocument->rules().scores[0].rules[size_t(row)].points, points);
}

void TestScoreEditor::rangeSpinBoxesMergeAndUndo()
{
    QUndoStack* undo = mDocument->undoStack();
    QCOMPARE(mEditor->maxSpin()->value(), 100.0);
    const int before = undo->count();
    // Stepping one spin box is one undo step, whatever the number of steps.
    mEditor->maxSpin()->setValue(95);
    mEditor->maxSpin()->setValue(90);
    mEditor->maxSpin()->setValue(80);
    QCOMPARE(*mDocument->rules().scores[0].max, 80.0);
    QCOMPARE(undo->count(), before + 1);
    mEditor->minSpin()->setValue(5);
    QCOMPARE(*mDocument->rules().scores[0].min, 5.0);
    QCOMPARE(undo->count(), before + 2);
    undo->undo();
    QCOMPARE(*mDocument->rules().scores[0].min, 0.0);
    QCOMPARE(*mDocument->rules().scores[0].max, 80.0);
    QCOMPARE(mEditor->minSpin()->value(), 0.0);
    undo->undo();
    QCOMPARE(*mDocument->rules().scores[0].max, 100.0);
    QCOMPARE(mEditor->maxSpin()->value(), 100.0);
    // Removing the maximum is its own step, and undo brings it back.
    mEditor->setMax(std::nullopt);
    QVERIFY(!mDocument->rules().scores[0].max);
    QVERIFY(!mEditor->maxSpin()->isEnabled());
    undo->undo();
    QCOMPARE(*mDocument->rules().scores[0].max, 100.0);
}

void TestScoreEditor::labelAndIdEdits()
{
    QUndoStack* undo = mDocument->undoStack();
    const int before = undo->count();
    mEditor->setLabel(QStringLiteral("E"));
    mEditor->setLabel(QStringLiteral("En"));
    mEditor->setLabel(QStringLiteral("Engaged"));
    QCOMPARE(mDocument->rules().scores[0].label, std::string("Engaged"));
    QCOMPARE(undo->count(), before + 1);
    QCOMPARE(mEditor->scoreModel()->index(0).data(Qt::DisplayRole).toString(), QStringLiteral("Engaged (engagement)"));
    mEditor->setScoreId(QStringLiteral("eng"));
    QCOMPARE(mDocument->rules().scores[0].id, std::string("eng"));
    QCOMPARE(mEditor->scoreModel()->index(0).data(ScoreListModel::ScoreIdRole).toString(), QStringLiteral("eng"));
    QCOMPARE(undo->count(), before + 2);
    undo->undo();
    QCOMPARE(mDocument->rules().scores[0].id, std::string("engagement"));
    undo->undo();
    QCOMPARE(mDocument->rules().scores[0].label, std::string("Engagement"));
}

void TestScoreEditor::addRemoveScoreUndoRedo()
{
    QUndoStack* undo = mDocument->undoStack();
    const Score engagement = mDocument->rules().scores[0];
    mEditor->addScore();
    QCOMPARE(mDocument->rules().scores.size(), size_t(2));
    const Score added = mDocument->rules().scores[1];
    QCOMPARE(added.id, std::string("score"));
    QCOMPARE(*added.min, 0.0);
    QCOMPARE(*added.max, 100.0);
    QCOMPARE(mEditor->currentScoreId(), QStringLiteral("score"));
    QCOMPARE(mEditor->scoreModel()->rowCount(), 2);
    // A second new score gets an id of its own.
    mEditor->addScore();
    QCOMPARE(mDocument->rules().scores[2].id, std::string("score-2"));
    undo->undo();
    QCOMPARE(mDocument->rules().scores.size(), size_t(2));
    undo->undo();
    QCOMPARE(mDocument->rules().scores.size(), size_t(1));
    QCOMPARE(mEditor->scoreModel()->rowCount(), 1);
    undo->redo();
    QCOMPARE(mDocument->rules().scores[1], added);
    // Remove the first score; undo puts it back in its place.
    QVERIFY(mEditor->selectScore(QStringLiteral("engagement")));
    mEditor->removeScore();
    QCOMPARE(mDocument->rules().scores.size(), size_t(1));
    QCOMPARE(mDocument->rules().scores[0].id, std::string("score"));
    undo->undo();
    QCOMPARE(mDocument->rules().scores.size(), size_t(2));
    QCOMPARE(mDocument->rules().scores[0], engagement);
    undo->redo();
    QCOMPARE(mDocument->rules().scores[0].id, std::string("score"));
}

void TestScoreEditor::addMoveRemoveRule()
{
    QUndoStack* undo = mDocument->undoStack();
    const Score original = mDocument->rules().scores[0];
    mEditor->selectRule(1);
    mEditor->moveRule(1, 1);
    QCOMPARE(mDocument->rules().scores[0].rules[2], original.rules[1]);
    QCOMPARE(mDocument->rules().scores[0].rules[1], original.rules[2]);
    QCOMPARE(mEditor->currentRule(), 2);
    mEditor->addRule();
    QCOMPARE(mDocument->rules().scores[0].rules.size(), original.rules.size() + 1);
    QCOMPARE(mDocument->rules().scores[0].rules.back().points, 10.0);
    QVERIFY(mDocument->rules().scores[0].rules.back().when.has_value());
    mEditor->removeRule(0);
    QCOMPARE(mDocument->rules().scores[0].rules.size(), original.rules.size());
    QCOMPARE(mDocument->rules().scores[0].rules[0], original.rules[2]);
    undo->undo();
    undo->undo();
    undo->undo();
    QCOMPARE(mDocument->rules().scores[0], original);
}

void TestScoreEditor::ruleCondition()
{
    QUndoStack* undo = mDocument->undoStack();
    Condition c;
    c.kind = Condition::Kind::Leaf;
    c.field = "employees";
    c.op = Op::Ge;
    c.value = 500;
    mEditor->setRuleCondition(0, c, QStringLiteral("test"));
    QCOMPARE(*mDocument->rules().scores[0].rules[0].when, c);
    QCOMPARE(mEditor->rulesModel()->index(0, ScoreRulesModel::ConditionColumn).data().toString(),
             QStringLiteral("employees >= 500"));
    mEditor->setRuleCondition(0, std::nullopt, QStringLiteral("test"));
    QVERIFY(!mDocument->rules().scores[0].rules[0].when);
    undo->undo();
    undo->undo();
    QVERIFY(!mDocument->rules().scores[0].rules[0].when);
    QCOMPARE(mDocument->rules().scores[0].rules[0].per, std::string("email_opens"));
    QString error;
    QCOMPARE(*ScoreConditionWidget::parseValue(QStringLiteral("10, 20"), Op::Between, FieldType::Number, &error),
             nlohmann::json::array({10.0, 20.0}));
    QVERIFY(!ScoreConditionWidget::parseValue(QStringLiteral("ten"), Op::Ge, FieldType::Number, &error));
    QVERIFY(error.contains(QStringLiteral("ten")));
}

void TestScoreEditor::validationErrorsInline()
{
    // A cap on negative points bounds nothing: the validator says so at the rule's cap.
    QVERIFY(mEditor->rulesModel()->setData(mEditor->rulesModel()->index(0, ScoreRulesModel::PointsColumn), -2.0));
    QVERIFY(mEditor->errorsText().contains(QStringLiteral("/scores/0/rules/0/cap")));
    QVERIFY(!mEditor->rulesModel()->index(0, ScoreRulesModel::CapColumn).data(Qt::ToolTipRole).toString().isEmpty());
    QVERIFY(mEditor->scoreModel()->index(0).data(ScoreListModel::HasErrorRole).toBool());
    mDocument->undoStack()->undo();
    QCOMPARE(mEditor->errorsText(), QString());
    QVERIFY(!mEditor->scoreModel()->index(0).data(ScoreListModel::HasErrorRole).toBool());
    mEditor->maxSpin()->setValue(-5);
    QVERIFY(mEditor->errorsText().contains(QStringLiteral("/scores/0/max")));
}

void TestScoreEditor::liveAucEqualsCore()
{
    waitForFigures();
    CoreFigures core = coreFigures(*mTable, mDocument->rules(), mEvaluation->asOf(), "engagement");
    const std::optional<double> auc = rocAuc(core.values, core.outcome);
    QVERIFY(auc);
    QVERIFY(mEditor->figures().auc);
    QVERIFY(std::abs(*mEditor->figures().auc - *auc) <= 1e-12);
    QCOMPARE(mEditor->figures().leads, size_t(kLeads));
    QCOMPARE(mEditor->figures().converted, core.outcome.count());
    QVERIFY2(mEditor->figuresText().contains(QLocale().toString(*auc, 'f', 3)), qPrintable(mEditor->figuresText()));
    QVERIFY(!mEditor->figures().chart.curve.empty());
    QCOMPARE(mEditor->histogramChart()->emptyMessage(), QString());
    QCOMPARE(mEditor->thresholdChart()->emptyMessage(), QString());

    // An edit re-evaluates and the figures follow: the demo request is worth much less now.
    QVERIFY(mEditor->rulesModel()->setData(mEditor->rulesModel()->index(3, ScoreRulesModel::PointsColumn), 0.0));
    waitForFigures();
    core = coreFigures(*mTable, mDocument->rules(), mEvaluation->asOf(), "engagement");
    const std::optional<double> after = rocAuc(core.values, core.outcome);
    QVERIFY(std::abs(*mEditor->figures().auc - *after) <= 1e-12);
    QVERIFY(*after != *auc);
}

void TestScoreEditor::noOutcomeSaysSo()
{
    RuleSet rules = templateRules();
    rules.outcome.reset();
    mDocument->load(rules);
    mEvaluation->requestEvaluation(mDocument->rules());
    waitForFigures();
    QVERIFY(!mEditor->figures().hasOutcome);
    QVERIFY(!mEditor->figures().auc);
    QVERIFY2(mEditor->figuresText().contains(QStringLiteral("no outcome")), qPrintable(mEditor->figuresText()));
    QCOMPARE(mEditor->thresholdChart()->emptyMessage(), QStringLiteral("The rules define no outcome to predict."));
}

void TestScoreEditor::liftReportShowsCoreFigures()
{
    // Holdouts on two top-level segments.
    const std::string first = mDocument->rules().root.children[0].id;
    const std::string second = mDocument->rules().root.children[1].id;
    mDocument->push(new SetHoldoutCommand(mDocument.get(), first, 20.0));
    mDocument->push(new SetHoldoutCommand(mDocument.get(), second, 10.0));
    QTRY_VERIFY_WITH_TIMEOUT(mEvaluation->latest() && mEvaluation->latest()->rules.hasHoldout() && !mEvaluation->isEvaluating(), 20000);
    LiftReportDialog dialog(mDocument.get(), mEvaluation.get(), mWorkspace.get());
    QAbstractItemModelTester tester(dialog.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QTRY_COMPARE_WITH_TIMEOUT(dialog.model()->rowCount(), 2, 20000);
    QCOMPARE(dialog.reportMessage(), QString());
    CoreFigures core = coreFigures(*mTable, mDocument->rules(), mEvaluation->asOf(), "engagement");
    const std::vector<HoldoutLift> report = holdoutLiftReport(core.segments, core.outcome);
    QCOMPARE(report.size(), size_t(2));
    const HoldoutLiftModel* m = dialog.model();
    for (int r = 0; r < 2; ++r) {
        const HoldoutLift& l = report[size_t(r)];
        const auto value = [&](int column, int role = HoldoutLiftModel::ValueRole) { return m->index(r, column).data(role); };
        QCOMPARE(value(0, HoldoutLiftModel::SegmentIdRole).toString().toStdString(), l.id);
        QCOMPARE(value(HoldoutLiftModel::TreatmentLeadsColumn).toULongLong(), qulonglong(l.treatment.size));
        QCOMPARE(value(HoldoutLiftModel::HoldoutLeadsColumn).toULongLong(), qulonglong(l.holdout.size));
        QCOMPARE(value(HoldoutLiftModel::TreatmentRateColumn).toDouble(), l.treatment.rate());
        QCOMPARE(value(HoldoutLiftModel::TreatmentRateColumn, HoldoutLiftModel::LowRole).toDouble(), l.treatmentLow);
        QCOMPARE(value(HoldoutLiftModel::HoldoutRateColumn, HoldoutLiftModel::HighRole).toDouble(), l.holdoutHigh);
        QCOMPARE(value(HoldoutLiftModel::UpliftColumn).toDouble(), *l.uplift);
        QCOMPARE(value(HoldoutLiftModel::UpliftColumn, HoldoutLiftModel::LowRole).toDouble(), *l.upliftLow);
        QCOMPARE(value(HoldoutLiftModel::PValueColumn).toDouble(), *l.pValue);
        QCOMPARE(value(HoldoutLiftModel::RelativeLiftColumn).isValid(), l.relativeLift.has_value());
    }
    // Shares near what was asked for, on a few thousand leads.
    const double share = double(report[0].holdout.size) / double(report[0].holdout.size + report[0].treatment.size);
    QVERIFY2(share > 0.15 && share < 0.25, qPrintable(QString::number(share)));
    // The CSV has one line per segment with the full-precision figures.
    const QStringList lines = dialog.csv().trimmed().split(QLatin1Char('\n'));
    QCOMPARE(lines.size(), 3);
    QVERIFY(lines[1].startsWith(QString::fromStdString(report[0].id) + QLatin1Char(',')));
    QVERIFY(lines[1].contains(QLatin1Char(',') + QString::number(report[0].treatment.size) + QLatin1Char(',')));
}

void TestScoreEditor::liftReportWithoutHoldoutOrOutcome()
{
    QTRY_VERIFY_WITH_TIMEOUT(mEvaluation->latest() && !mEvaluation->isEvaluating(), 20000);
    LiftReportDialog dialog(mDocument.get(), mEvaluation.get(), mWorkspace.get());
    QCOMPARE(dialog.model()->rowCount(), 0);
    QVERIFY2(dialog.reportMessage().contains(QStringLiteral("No segment has a holdout")), qPrintable(dialog.reportMessage()));
    RuleSet rules = templateRules();
    rules.outcome.reset();
    rules.root.children[0].holdout = 10;
    mDocument->load(rules);
    mEvaluation->requestEvaluation(mDocument->rules());
    QTRY_VERIFY_WITH_TIMEOUT(dialog.reportMessage().contains(QStringLiteral("no outcome")), 20000);
    QCOMPARE(dialog.model()->rowCount(), 0);
}

void TestScoreEditor::comparisonShowsCoreFigures()
{
    // A saved version without the first top-level segment, and the template being designed.
    RuleSet saved = templateRules();
    saved.name = "Comparison test";
    saved.root.children.erase(saved.root.children.begin());
    QString error;
    const qint64 id = mWorkspace->saveRuleSetVersion(QString::fromStdString(saved.name), serializeRuleFile(saved),
                                                     QStringLiteral("test"), QStringLiteral("fewer segments"), &error);
    QVERIFY2(id > 0, qPrintable(error));
    QTRY_VERIFY_WITH_TIMEOUT(mEvaluation->latest() && !mEvaluation->isEvaluating(), 20000);
    LiftReportDialog dialog(mDocument.get(), mEvaluation.get(), mWorkspace.get());
    bool offered = false;
    for (const auto& v : dialog.versions())
        offered = offered || (v.first == id && v.second.contains(QStringLiteral("fewer segments")));
    QVERIFY(offered);
    QSignalSpy spy(&dialog, &LiftReportDialog::comparisonFinished);
    dialog.compareWithVersion(id);
    QTRY_COMPARE_WITH_TIMEOUT(spy.count(), 1, 20000);
    QCOMPARE(spy.at(0).at(0).toBool(), true);

    const RuleSet current = mDocument->rules();
    const RuleSet stored = parseRuleFile(mWorkspace->ruleSetVersionContent(id)).rules;
    RuleSetComparison c;
    QVERIFY2(compareRuleSets(*mTable, current, stored, &*current.outcome, mEvaluation->asOf(), &c, &error), qPrintable(error));
    const RuleSetComparison& shown = *dialog.comparison();
    QCOMPARE(shown.a.touched.size, c.a.touched.size);
    QCOMPARE(shown.b.touched.size, c.b.touched.size);
    QCOMPARE(shown.onlyA.size, c.onlyA.size);
    QCOMPARE(shown.onlyB.size, c.onlyB.size);
    QCOMPARE(shown.both.size, c.both.size);
    QCOMPARE(*shown.difference, *c.difference);
    QCOMPARE(*shown.pValue, *c.pValue);
    QVERIFY(c.onlyA.size > 0); // the removed segment's leads are touched by the current rules only
    QTableWidget* t = dialog.comparisonTable();
    QCOMPARE(t->item(1, 0)->data(Qt::UserRole).toULongLong(), qulonglong(c.a.touched.size));
    QCOMPARE(t->item(1, 1)->data(Qt::UserRole).toULongLong(), qulonglong(c.b.touched.size));
    QCOMPARE(t->item(3, 0)->data(Qt::UserRole).toDouble(), c.a.touched.rate());
    QCOMPARE(t->item(3, 1)->data(Qt::UserRole).toDouble(), c.b.touched.rate());
    QCOMPARE(t->item(4, 0)->data(Qt::UserRole).toULongLong(), qulonglong(c.onlyA.size));
    QCOMPARE(t->item(4, 1)->data(Qt::UserRole).toULongLong(), qulonglong(c.onlyB.size));
    QCOMPARE(t->item(5, 0)->data(Qt::UserRole).toULongLong(), qulonglong(c.both.size));
    QVERIFY(dialog.comparisonMessage().contains(QLocale().toString(*c.difference * 100.0, 'f', 2)));
}

QTEST_MAIN(TestScoreEditor)
#include "tst_scoreeditor.moc"
