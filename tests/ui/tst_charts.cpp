// The charts carry the engine's exact figures: the hand-checked 12-lead evaluation is shown in the
// charts panel and every chart's series are read back (sizes, rates, interval bounds, baseline,
// overlap counts, histogram bins, monthly counts, precision/recall), plus threshold dragging,
// stale-result dropping, colour consistency, export and the health model.
#include "chartspanel.h"
#include "conversionchart.h"
#include "healthmodel.h"
#include "healthpanel.h"
#include "overlapchart.h"
#include "scorehistogramchart.h"
#include "sizeschart.h"
#include "thresholdchart.h"
#include "timelinechart.h"

#include "../core/handleads.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QAreaSeries>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QCategoryAxis>
#include <QHorizontalStackedBarSeries>
#include <QImage>
#include <QLineSeries>
#include <QScatterSeries>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QClipboard>
#include <QStackedBarSeries>
#include <QTemporaryDir>
#include <QTest>

using namespace sd;
using namespace sd::test;

namespace {

EvaluationSnapshotPtr makeSnapshot(quint64 jobId, const char* rules = handRules)
{
    Evaluated e = evaluateHand(rules);
    auto s = std::make_shared<EvaluationSnapshot>();
    s->jobId = jobId;
    s->table = std::make_shared<const ColumnTable>(std::move(e.table));
    s->rules = e.rules;
    s->segments = std::move(e.segments);
    s->stats = std::move(e.stats);
    s->outcome = e.outcome;
    s->scores["eng"] = e.eng;
    s->asOf = daysFromCivil({2024, 6, 1});
    return s;
}

template <typename T> QList<T*> seriesOf(ChartView* view)
{
    QList<T*> out;
    for (QAbstractSeries* s : view->chart()->series())
        if (auto* t = qobject_cast<T*>(s))
            out.append(t);
    return out;
}

template <typename T> T* seriesNamed(ChartView* view, const QString& name)
{
    for (T* s : seriesOf<T>(view))
        if (s->name() == name)
            return s;
    return nullptr;
}

bool near(double a, double b) { return qAbs(a - b) < 1e-9; }

} // namespace

class TestCharts : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); } // thresholds go to QSettings
    void init();
    void sizes();
    void conversion();
    void overlap();
    void histogram();
    void dragThreshold();
    void timeline();
    void precisionRecall();
    void coloursAgree();
    void staleResultsDropped();
    void levelFollowsSelection();
    void exportAndCsv_data();
    void exportAndCsv();
    void healthModel();
    void emptyStates();

private:
    void show(ChartsPanel* panel, const EvaluationSnapshotPtr& snapshot);
    std::unique_ptr<ChartsPanel> mPanel;
};

void TestCharts::init()
{
    mPanel = std::make_unique<ChartsPanel>();
    mPanel->resize(900, 600);
}

void TestCharts::show(ChartsPanel* panel, const EvaluationSnapshotPtr& snapshot)
{
    QSignalSpy shown(panel, &ChartsPanel::figuresShown);
    panel->setSnapshot(snapshot);
    QVERIFY(shown.wait(5000));
    QCOMPARE(shown.last().at(0).toULongLong(), snapshot->jobId);
    panel->flushCharts();
}

void TestCharts::sizes()
{
    show(mPanel.get(), makeSnapshot(1));
    SizesChart* chart = mPanel->sizesChart();
    const auto bars = seriesOf<QHorizontalStackedBarSeries>(chart);
    QCOMPARE(bars.size(), 1);
    const QList<QBarSet*> sets = bars[0]->barSets();
    QCOMPARE(sets.size(), 3);
    // Top level: Big 6, Small 5, Rest 1; the first segment is the top bar (last category).
    const QStringList expectedNames{"Big", "Small", "Rest"};
    const QList<double> expectedSizes{6, 5, 1};
    for (int k = 0; k < 3; ++k) {
        QCOMPARE(sets[k]->label(), expectedNames[k]);
        QCOMPARE(sets[k]->count(), 3);
        double sum = 0;
        for (int c = 0; c < 3; ++c)
            sum += sets[k]->at(c);
        QCOMPARE(sum, expectedSizes[k]);
        QCOMPARE(sets[k]->at(2 - k), expectedSizes[k]);
    }
    QBarCategoryAxis* axis = nullptr;
    for (QAbstractAxis* a : bars[0]->attachedAxes())
        if (auto* c = qobject_cast<QBarCategoryAxis*>(a))
            axis = c;
    QVERIFY(axis);
    QCOMPARE(axis->categories(), (QStringList{"Rest", "Small", "Big"}));
    QCOMPARE(sets[2]->color(), SegmentPalette::remainderColor());
}

void TestCharts::conversion()
{
    show(mPanel.get(), makeSnapshot(1));
    ConversionChart* chart = mPanel->conversionChart();
    // Big: 3 of 6 = 50%, Wilson [18.76163%, 81.23837%]; top of three → y = 2.
    QScatterSeries* big = seriesNamed<QScatterSeries>(chart, "Big");
    QVERIFY(big);
    QCOMPARE(big->count(), 1);
    QVERIFY(near(big->at(0).x(), 50.0));
    QCOMPARE(big->at(0).y(), 2.0);
    QLineSeries* bar = seriesNamed<QLineSeries>(chart, "Big (95% interval)");
    QVERIFY(bar);
    double lo = 1e9, hi = -1e9;
    for (const QPointF& p : bar->points()) {
        lo = std::min(lo, p.x());
        hi = std::max(hi, p.x());
    }
    QVERIFY(qAbs(lo - 18.76163064826506) < 1e-9);
    QVERIFY(qAbs(hi - 81.23836935173494) < 1e-9);
    // Small 1 of 5 = 20%.
    QVERIFY(near(seriesNamed<QScatterSeries>(chart, "Small")->at(0).x(), 20.0));
    // Rest 1 of 1 = 100%, upper bound exactly 1.
    QVERIFY(near(seriesNamed<QScatterSeries>(chart, "Rest")->at(0).x(), 100.0));
    // Baseline: 5 of 12.
    QLineSeries* baseline = nullptr;
    for (QLineSeries* s : seriesOf<QLineSeries>(chart))
        if (s->name().startsWith(QLatin1String("All leads")))
            baseline = s;
    QVERIFY(baseline);
    QVERIFY(near(baseline->at(0).x(), 500.0 / 12));
    QVERIFY(near(baseline->at(1).x(), 500.0 / 12));
    // Lift labels are part of the CSV as exact figures: Big 1.2, Small 0.48, Rest 2.4.
    const QStringList rows = chart->figuresCsv().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(rows.size(), 5);
    QVERIFY2(rows[1].startsWith(QLatin1String("big,Big,6,3,0.5,0.187616306482651,0.812383693517349,1.2,")), qPrintable(rows[1]));
    QVERIFY2(rows[2].startsWith(QLatin1String("small,Small,5,1,0.2,")), qPrintable(rows[2]));
    QVERIFY2(rows[4].startsWith(QLatin1String(",All leads,12,5,0.416666666666667,")), qPrintable(rows[4]));
}

void TestCharts::overlap()
{
    show(mPanel.get(), makeSnapshot(1));
    OverlapChart* chart = mPanel->overlapChart();
    // The root is exclusive, so the overlapping parent Big is shown: Hot × Tech share rows 0 and 3.
    const auto cells = seriesOf<QAreaSeries>(chart);
    QCOMPARE(cells.size(), 4);
    QAreaSeries* hotTech = seriesNamed<QAreaSeries>(chart, QStringLiteral("Hot × Tech"));
    QVERIFY(hotTech);
    QCOMPARE(hotTech->color(), OverlapChart::shareColor(2.0 / 3));
    QCOMPARE(seriesNamed<QAreaSeries>(chart, QStringLiteral("Tech × Hot"))->color(), OverlapChart::shareColor(2.0 / 3));
    const QString csv = chart->figuresCsv();
    QVERIFY2(csv.contains(QLatin1String("hot,Hot,tech,Tech,2,0.666666666666667\n")), qPrintable(csv));
    QVERIFY(csv.contains(QLatin1String("hot,Hot,hot,Hot,3,1\n")));
}

void TestCharts::histogram()
{
    show(mPanel.get(), makeSnapshot(1));
    ScoreHistogramChart* chart = mPanel->scoreHistogramChart();
    // Top level, all 12 leads, one bin per whole value 0..10.
    QAreaSeries* converted = seriesNamed<QAreaSeries>(chart, "Converted");
    QAreaSeries* rest = seriesNamed<QAreaSeries>(chart, "Not converted");
    QVERIFY(converted && rest);
    const std::vector<double> conv{0, 0, 0, 0, 1, 0, 1, 1, 1, 0, 1};
    const std::vector<double> total{1, 1, 2, 1, 1, 1, 1, 1, 1, 1, 1};
    const QList<QPointF> up = converted->upperSeries()->points();
    const QList<QPointF> all = rest->upperSeries()->points();
    QCOMPARE(up.size(), 22);
    for (int k = 0; k < 11; ++k) {
        QCOMPARE(up[2 * k].x(), double(k));
        QCOMPARE(up[2 * k + 1].x(), double(k + 1));
        QCOMPARE(up[2 * k].y(), conv[size_t(k)]);
        QCOMPARE(all[2 * k].y(), total[size_t(k)]);
    }
    // No threshold on the top level's segments; at Big's level Hot's "eng >= 5" is drawn.
    QCOMPARE(chart->thresholds().size(), size_t(0));
    QSignalSpy shown(mPanel.get(), &ChartsPanel::figuresShown);
    mPanel->setLevel(QStringLiteral("big"));
    QVERIFY(shown.wait(5000));
    mPanel->flushCharts();
    QCOMPARE(chart->thresholds().size(), size_t(1));
    QLineSeries* line = seriesNamed<QLineSeries>(chart, QStringLiteral("Hot: ≥ 5"));
    QVERIFY(line);
    QCOMPARE(line->at(0).x(), 5.0);
    // Population is Big only (eng 8c 6c 2 9 1 10c).
    const QList<QPointF> bigUp = seriesNamed<QAreaSeries>(chart, "Converted")->upperSeries()->points();
    double sum = 0;
    for (int k = 0; k < bigUp.size(); k += 2)
        sum += bigUp[k].y();
    QCOMPARE(sum, 3.0);
    QCOMPARE(bigUp[2 * 8].y(), 1.0);
    QVERIFY(chart->figuresCsv().contains(QLatin1String("\n9,10,1,0,1,0\n")));
}

void TestCharts::dragThreshold()
{
    show(mPanel.get(), makeSnapshot(1));
    QSignalSpy shown(mPanel.get(), &ChartsPanel::figuresShown);
    mPanel->setSelectedSegment(QStringLiteral("hot"));
    QVERIFY(shown.wait(5000));
    mPanel->flushCharts();
    ScoreHistogramChart* chart = mPanel->scoreHistogramChart();
    QCOMPARE(chart->dragStep(), 0.1); // range 11 → steps of 0.1
    QSignalSpy edited(mPanel.get(), &ChartsPanel::conditionValueEdited);
    QCOMPARE(chart->dragThresholdTo(0, 7.04), 7.0);
    QCOMPARE(edited.size(), 1);
    QCOMPARE(edited[0][0].toString(), QStringLiteral("hot"));
    QCOMPARE(edited[0][1].toString(), QStringLiteral("/all/1/value"));
    QCOMPARE(edited[0][2].value<QJsonValue>(), QJsonValue(7));
    QCOMPARE(seriesNamed<QLineSeries>(chart, QStringLiteral("Hot: ≥ 5"))->at(0).x(), 7.0);
    // The same rounded value again is not a new edit; beyond the axis it is clamped.
    chart->dragThresholdTo(0, 6.97);
    QCOMPARE(edited.size(), 1);
    QCOMPARE(chart->dragThresholdTo(0, 6.36), 6.4);
    QCOMPARE(edited[1][2].value<QJsonValue>(), QJsonValue(6.4));
    QCOMPARE(chart->dragThresholdTo(0, 99), 11.0);
    QCOMPARE(edited.size(), 3);

    // A real drag with the mouse: press on the line, move right, release.
    mPanel->show();
    QVERIFY(QTest::qWaitForWindowExposed(mPanel.get()));
    chart->showFigures(mPanel->figures());
    chart->repaint();
    QLineSeries* line = seriesNamed<QLineSeries>(chart, QStringLiteral("Hot: ≥ 5"));
    const QPoint at = chart->mapFromScene(chart->chart()->mapToScene(chart->chart()->mapToPosition(QPointF(5, 1), line)));
    const QPoint to = chart->mapFromScene(chart->chart()->mapToScene(chart->chart()->mapToPosition(QPointF(8, 1), line)));
    edited.clear();
    QTest::mousePress(chart->viewport(), Qt::LeftButton, {}, at);
    // The evaluation that a drag step causes rebuilds the chart mid-drag; the drag goes on.
    chart->showFigures(mPanel->figures());
    QMouseEvent move(QEvent::MouseMove, QPointF(to), chart->viewport()->mapToGlobal(QPointF(to)), Qt::NoButton,
                     Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(chart->viewport(), &move);
    QTest::mouseRelease(chart->viewport(), Qt::LeftButton, {}, to);
    QVERIFY(!edited.isEmpty());
    QVERIFY2(qAbs(edited.last()[2].toJsonValue().toDouble() - 8.0) <= 0.1,
             qPrintable(QString::number(edited.last()[2].toJsonValue().toDouble())));
}

void TestCharts::timeline()
{
    show(mPanel.get(), makeSnapshot(1));
    TimelineChart* chart = mPanel->timelineChart();
    const auto bars = seriesOf<QStackedBarSeries>(chart);
    QCOMPARE(bars.size(), 1);
    const QList<QBarSet*> sets = bars[0]->barSets();
    QCOMPARE(sets.size(), 3);
    // Months 2024-01..03 of "created": Big 2 3 1, Small 1 1 2, Rest (row 9) 0 0 1.
    QCOMPARE(sets[0]->label(), QStringLiteral("Big"));
    QCOMPARE(QList<double>({sets[0]->at(0), sets[0]->at(1), sets[0]->at(2)}), QList<double>({2, 3, 1}));
    QCOMPARE(QList<double>({sets[1]->at(0), sets[1]->at(1), sets[1]->at(2)}), QList<double>({1, 1, 2}));
    QCOMPARE(QList<double>({sets[2]->at(0), sets[2]->at(1), sets[2]->at(2)}), QList<double>({0, 0, 1}));
    const QString csv = chart->figuresCsv();
    QVERIFY2(csv.contains(QLatin1String("2024-01,big,Big,2,2,1\n")), qPrintable(csv));
    QVERIFY(csv.contains(QLatin1String("2024-03,small,Small,2,1,0.5\n")));
    QVERIFY(csv.contains(QLatin1String("2024-02,~,Rest,0,0,\n")));
}

void TestCharts::precisionRecall()
{
    show(mPanel.get(), makeSnapshot(1));
    ThresholdChart* chart = mPanel->thresholdChart();
    QLineSeries* precision = seriesNamed<QLineSeries>(chart, "Precision");
    QLineSeries* recall = seriesNamed<QLineSeries>(chart, "Recall");
    QLineSeries* f1 = seriesNamed<QLineSeries>(chart, "F1");
    QVERIFY(precision && recall && f1);
    auto at = [](QLineSeries* s, double x) {
        for (const QPointF& p : s->points())
            if (p.x() == x)
                return p.y();
        return -1.0;
    };
    // >= 5: P 2/3, R 4/5, F1 8/11; >= 8: P 2/3, R 2/5, F1 1/2 (worked out in tst_chartdata).
    QVERIFY(near(at(precision, 5), 200.0 / 3));
    QVERIFY(near(at(recall, 5), 80.0));
    QVERIFY(near(at(f1, 5), 800.0 / 11));
    QVERIFY(near(at(recall, 8), 40.0));
    QVERIFY(near(at(f1, 8), 50.0));
    // Best F1 over thresholds 0..10: at 4 (rows 0c 1c 3 5c 8 9c 10c: TP 5, FP 2 → P 5/7, R 1,
    // F1 10/12); at 3 one more false positive gives 10/13, at 5 8/11.
    QScatterSeries* best = seriesOf<QScatterSeries>(chart).value(0);
    QVERIFY(best);
    QCOMPARE(best->at(0).x(), 4.0);
    QVERIFY(near(best->at(0).y(), 1000.0 / 12));
    QVERIFY(chart->figuresCsv().contains(QLatin1String("\n5,4,2,1,5,0.666666666666667,0.8,0.727272727272727\n")));
}

void TestCharts::coloursAgree()
{
    show(mPanel.get(), makeSnapshot(1));
    const QColor big = mPanel->figures().palette.color(std::string("big"));
    QCOMPARE(seriesOf<QHorizontalStackedBarSeries>(mPanel->sizesChart())[0]->barSets()[0]->color(), big);
    QCOMPARE(seriesNamed<QScatterSeries>(mPanel->conversionChart(), "Big")->color(), big);
    QCOMPARE(seriesOf<QStackedBarSeries>(mPanel->timelineChart())[0]->barSets()[0]->color(), big);
    QVERIFY(big != mPanel->figures().palette.color(std::string("small")));
}

void TestCharts::staleResultsDropped()
{
    QSignalSpy shown(mPanel.get(), &ChartsPanel::figuresShown);
    mPanel->setSnapshot(makeSnapshot(7));
    mPanel->setSnapshot(makeSnapshot(8));
    QVERIFY(shown.wait(5000));
    QTest::qWait(100);
    QCOMPARE(shown.size(), 1);
    QCOMPARE(shown[0][0].toULongLong(), 8ull);
    QCOMPARE(mPanel->figures().jobId, 8ull);
}

void TestCharts::levelFollowsSelection()
{
    show(mPanel.get(), makeSnapshot(1));
    QSignalSpy shown(mPanel.get(), &ChartsPanel::figuresShown);
    mPanel->setSelectedSegment(QStringLiteral("tech"));
    QVERIFY(shown.wait(5000));
    mPanel->flushCharts();
    QCOMPARE(mPanel->figures().level.parent, 0);
    const QList<QBarSet*> sets = seriesOf<QHorizontalStackedBarSeries>(mPanel->sizesChart())[0]->barSets();
    QCOMPARE(sets.size(), 2); // overlapping parent: no remainder
    QCOMPARE(sets[1]->label(), QStringLiteral("Tech"));
    QCOMPARE(sets[1]->borderColor(), QColor(Qt::black)); // the selected bar is outlined
    QCOMPARE(seriesNamed<QScatterSeries>(mPanel->conversionChart(), "Hot")->at(0).x(), 200.0 / 3);
}

void TestCharts::exportAndCsv_data()
{
    QTest::addColumn<int>("chart");
    QTest::addColumn<QString>("header");
    QTest::newRow("sizes") << 0 << "segment_id,segment,size,share_of_parent";
    QTest::newRow("conversion") << 1 << "segment_id,segment,size,conversions,rate,ci95_low,ci95_high,lift,p_value";
    QTest::newRow("overlap") << 2 << "segment_id,segment,other_id,other,both,share_of_segment";
    QTest::newRow("histogram") << 3 << "bin_from,bin_to,leads,converted,not_converted,rate";
    QTest::newRow("timeline") << 4 << "month,segment_id,segment,leads,conversions,rate";
    QTest::newRow("precision") << 5 << "threshold,true_positives,false_positives,false_negatives,true_negatives,precision,recall,f1";
}

void TestCharts::exportAndCsv()
{
    QFETCH(int, chart);
    QFETCH(QString, header);
    show(mPanel.get(), makeSnapshot(1));
    ChartView* view = mPanel->charts()[size_t(chart)];
    QCOMPARE(view->figuresCsv().section(QLatin1Char('\n'), 0, 0), header);
    view->copyFiguresCsv();
    QCOMPARE(QApplication::clipboard()->text(), view->figuresCsv());
    QTemporaryDir dir;
    QString error;
    const QString png = dir.filePath(view->chartName() + QStringLiteral(".png"));
    QVERIFY2(view->exportPng(png, &error, QSize(640, 400)), qPrintable(error));
    QImage image(png);
    QCOMPARE(image.size(), QSize(1280, 800)); // rendered at twice the size for sharpness
    // Not blank: some pixels differ from the white background.
    bool drawn = false;
    for (int y = 0; y < image.height() && !drawn; y += 7)
        for (int x = 0; x < image.width() && !drawn; x += 7)
            drawn = image.pixelColor(x, y) != QColor(Qt::white);
    QVERIFY(drawn);
    const QString svg = dir.filePath(view->chartName() + QStringLiteral(".svg"));
    QVERIFY2(view->exportSvg(svg, &error, QSize(640, 400)), qPrintable(error));
    QFile f(svg);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray text = f.readAll();
    QVERIFY(text.contains("<svg"));
    QVERIFY(text.contains("viewBox=\"0 0 640 400\""));
    QVERIFY(text.size() > 2000);
    QVERIFY(!view->exportPng(dir.filePath(QStringLiteral("missing/dir/x.png")), &error));
    QVERIFY(error.contains(QLatin1String("missing/dir/x.png")));
}

void TestCharts::healthModel()
{
    HealthPanel* health = mPanel->healthPanel();
    new QAbstractItemModelTester(health->model(), QAbstractItemModelTester::FailureReportingMode::QtTest, this);
    HealthThresholds t;
    t.minSegmentSize = 4;
    t.maxRemainderShare = 0.05;
    t.minFillRate = 0.8;
    t.maxIntervalWidth = 0.7;
    health->setThresholds(t);
    const int64_t today = daysFromCivil({2024, 6, 1});
    health->setToday(today);
    health->setFreshness(DataFreshness{today - 40, today});
    show(mPanel.get(), makeSnapshot(1));
    HealthModel* m = health->model();
    // Tiny hot and tech, too many tiny, big ~ small alike, large remainder, industry fill, stale data.
    QCOMPARE(m->rowCount(), 7);
    QCOMPARE(m->index(0, 0).data(HealthModel::SeverityRole).toInt(), int(HealthSeverity::Problem));
    QCOMPARE(m->index(0, 0).data(HealthModel::CheckRole).toInt(), int(HealthCheck::TooManyTiny));
    int stale = -1;
    for (int r = 0; r < m->rowCount(); ++r)
        if (m->index(r, 0).data(HealthModel::CheckRole).toInt() == int(HealthCheck::StaleData))
            stale = r;
    QVERIFY(stale >= 0);
    QCOMPARE(m->index(stale, 0).data(HealthModel::ValueRole).toDouble(), 40.0);
    QCOMPARE(m->index(stale, 0).data(HealthModel::LimitRole).toDouble(), 30.0);
    QVERIFY(m->index(stale, HealthModel::MessageColumn).data().toString().contains(QLatin1String("40 days")));
    // Raising the limit clears the finding; the model updates in place.
    t.maxImportAgeDays = 60;
    health->setThresholds(t);
    QCOMPARE(m->rowCount(), 6);
    QCOMPARE(health->thresholds().maxImportAgeDays, 60);
    QVERIFY(health->lastCheckMs() >= 0);
}

void TestCharts::emptyStates()
{
    // No outcome: the conversion and precision charts say so instead of drawing zeros.
    QByteArray noOutcome(handRules);
    noOutcome.replace("\"outcome\": {\"field\": \"converted\", \"op\": \"=\", \"value\": true},", "");
    show(mPanel.get(), makeSnapshot(2, noOutcome.constData()));
    QVERIFY(!mPanel->conversionChart()->emptyMessage().isEmpty());
    QVERIFY(mPanel->conversionChart()->chart()->series().isEmpty());
    QVERIFY(!mPanel->thresholdChart()->emptyMessage().isEmpty());
    QVERIFY(mPanel->sizesChart()->emptyMessage().isEmpty());
    QVERIFY(seriesNamed<QAreaSeries>(mPanel->scoreHistogramChart(), "Leads"));
    // An evaluation error: every chart is empty, the health panel says why.
    auto failed = std::make_shared<EvaluationSnapshot>();
    failed->jobId = 3;
    failed->error = QStringLiteral("unknown field \"x\"");
    QSignalSpy shown(mPanel.get(), &ChartsPanel::figuresShown);
    mPanel->setSnapshot(failed);
    QVERIFY(shown.wait(5000));
    mPanel->flushCharts();
    for (ChartView* v : mPanel->charts())
        QVERIFY(v->chart()->series().isEmpty());
    QCOMPARE(mPanel->healthPanel()->model()->rowCount(), 0);
}

QTEST_MAIN(TestCharts)
#include "tst_charts.moc"
