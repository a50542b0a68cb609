// The model dialogs offscreen: inputs, a background fit that ends in a result the designer can take
// (rules that the real evaluator agrees with), cancel, and stale fits being dropped.
#include "evaluator.h"
#include "fitscoredialog.h"
#include "modelinputswidget.h"
#include "suggestsegmentsdialog.h"

#include <QDialogButtonBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QtTest>

#include <random>

using namespace sd;

namespace {

// Enterprise plans convert at 60%, the rest at 5%.
std::shared_ptr<const ColumnTable> plantedTable(size_t n)
{
    std::mt19937_64 rng(3);
    const char* plans[] = {"basic", "pro", "enterprise"};
    std::vector<std::vector<std::string>> rows;
    for (size_t i = 0; i < n; ++i) {
        const std::string plan = plans[rng() % 3];
        const bool y = double(rng() >> 11) * 0x1.0p-53 < (plan == "enterprise" ? 0.6 : 0.05);
        rows.push_back({"k" + std::to_string(i), plan, std::to_string(rng() % 1000), y ? "true" : "false"});
    }
    return std::make_shared<const ColumnTable>(ColumnTable::fromText(
        {{"id", FieldType::Text}, {"plan", FieldType::Text}, {"employees", FieldType::Number}, {"won", FieldType::Boolean}}, rows, "id"));
}

bool okEnabled(QDialog& d)
{
    return d.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok)->isEnabled();
}

} // namespace

class TestModelDialogs : public QObject
{
    Q_OBJECT

private slots:
    void inputsOfferFieldsButNotTheOutcome()
    {
        ModelInputsWidget w(plantedTable(50));
        w.setFields({"plan", "employees", "won", "id"});
        // The key identifies leads and the outcome cannot predict itself.
        QCOMPARE(w.fields(), (std::vector<std::string>{"plan", "employees"}));
        QString error;
        const auto outcome = w.outcome(&error);
        QVERIFY2(outcome, qPrintable(error));
        QCOMPARE(outcome->field, std::string("won"));
        QCOMPARE(outcome->value, nlohmann::json(true));
        w.setOutcome(QStringLiteral("plan"), QStringLiteral("enterprise"));
        QCOMPARE(w.outcome(&error)->value, nlohmann::json("enterprise"));
        QCOMPARE(w.fields(), (std::vector<std::string>{"employees"}));
    }

    void suggestTree()
    {
        const auto table = plantedTable(3000);
        SuggestSegmentsDialog d(table);
        d.inputs()->setFields({"plan", "employees"});
        d.setTreeLimits(2, 100);
        QVERIFY(!okEnabled(d));
        QSignalSpy spy(&d, &SuggestSegmentsDialog::fitFinished);
        d.startFit();
        QTRY_COMPARE_WITH_TIMEOUT(spy.count(), 1, 20000);
        QCOMPARE(spy.at(0).at(0).toBool(), true);
        QVERIFY(d.hasResult());
        QVERIFY(okEnabled(d));
        const RuleSet& rules = d.result();
        QCOMPARE(rules.root.mode, ChildMode::Exclusive);
        QVERIFY(rules.root.children.size() == 2);
        // The rows shown are the leaves, and the evaluator sizes them the same.
        auto* view = d.findChild<QTableWidget*>();
        Evaluator ev(*table);
        std::vector<SegmentMembers> segs;
        QString error;
        QVERIFY(ev.evaluate(rules, &segs, &error));
        int leaves = 0;
        qlonglong total = 0;
        for (const SegmentMembers& s : segs)
            if (s.leaf && !s.remainder)
                ++leaves;
        QCOMPARE(view->rowCount(), leaves);
        for (int r = 0; r < view->rowCount(); ++r)
            total += QLocale().toLongLong(view->item(r, 1)->text());
        QCOMPARE(total, 3000);
    }

    void suggestClusters()
    {
        SuggestSegmentsDialog d(plantedTable(2000));
        d.inputs()->setFields({"plan", "employees"});
        d.setMethod(SuggestSegmentsDialog::Method::Clusters);
        d.setClusterCount(3);
        QSignalSpy spy(&d, &SuggestSegmentsDialog::fitFinished);
        d.startFit();
        QTRY_COMPARE_WITH_TIMEOUT(spy.count(), 1, 20000);
        QVERIFY(spy.at(0).at(0).toBool());
        const RuleSet& rules = d.result();
        QCOMPARE(rules.root.children.size(), size_t(1));
        QCOMPARE(rules.root.children[0].mode, ChildMode::Overlapping);
        QCOMPARE(rules.root.children[0].children.size(), size_t(3));
        QVERIFY(rules.outcome.has_value());
    }

    void staleFitIsDropped()
    {
        SuggestSegmentsDialog d(plantedTable(20000));
        d.inputs()->setFields({"plan", "employees"});
        QSignalSpy spy(&d, &SuggestSegmentsDialog::fitFinished);
        d.startFit();
        d.setTreeLimits(1, 100);
        d.startFit(); // replaces the first: only the second reports
        QTRY_COMPARE_WITH_TIMEOUT(spy.count(), 1, 20000);
        QTest::qWait(200);
        QCOMPARE(spy.count(), 1);
        QCOMPARE(d.result().root.children.size(), size_t(2));
        QVERIFY(d.result().root.children[0].children.empty()); // depth 1: the second fit's result
    }

    void fitScore()
    {
        FitScoreDialog d(plantedTable(5000));
        d.inputs()->setFields({"plan", "employees"});
        d.setTestShare(0.25);
        d.setSeed(2);
        QSignalSpy spy(&d, &FitScoreDialog::fitFinished);
        d.startFit();
        QTRY_COMPARE_WITH_TIMEOUT(spy.count(), 1, 20000);
        QVERIFY(spy.at(0).at(0).toBool());
        QVERIFY(okEnabled(d));
        QVERIFY(d.fit().aucTest && *d.fit().aucTest > 0.7);
        QCOMPARE(d.fit().rowsTrain + d.fit().rowsTest, size_t(5000));
        QVERIFY(!d.score().rules.empty());
        QCOMPARE(d.rules().scores.size(), size_t(1));
        const auto tables = d.findChildren<QTableWidget*>();
        QCOMPARE(tables.size(), 2);
        QTableWidget* points = tables[0]->columnCount() == 5 ? tables[0] : tables[1];
        QTableWidget* thresholds = points == tables[0] ? tables[1] : tables[0];
        QCOMPARE(points->rowCount(), int(d.fit().points.size()));
        QVERIFY(thresholds->rowCount() >= 2);
        QCOMPARE(thresholds->item(thresholds->rowCount() - 1, 3)->text(), QLocale().toString(100.0, 'f', 1) + QLatin1Char('%'));
    }

    void fitCanBeStopped()
    {
        FitScoreDialog d(plantedTable(100000));
        d.inputs()->setFields({"plan", "employees"});
        QSignalSpy spy(&d, &FitScoreDialog::fitFinished);
        d.startFit();
        d.cancelFit();
        QTRY_COMPARE_WITH_TIMEOUT(spy.count(), 1, 30000);
        QCOMPARE(spy.at(0).at(0).toBool(), false);
        QVERIFY(d.fit().cancelled);
        QVERIFY(!okEnabled(d));
    }
};

QTEST_MAIN(TestModelDialogs)
#include "tst_modeldialogs.moc"
