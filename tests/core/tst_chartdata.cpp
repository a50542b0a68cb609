// Chart figures over a 12-lead table whose every figure was worked out by hand (see the comments
// beside each expectation): level sizes and rates with Wilson bounds, overlap counts, histogram
// bins, monthly counts, precision/recall/F1 at thresholds and the health findings.
#include "columntable.h"
#include "evaluator.h"
#include "healthcheck.h"
#include "levelfigures.h"
#include "monthlyconversion.h"
#include "overlapmatrix.h"
#include "rulefile.h"
#include "scorehistogram.h"
#include "segmentstats.h"
#include "thresholdcurve.h"
#include "valueparsing.h"
#include "workspace.h"

#include "handleads.h"

#include <QTemporaryDir>
#include <QTest>

using namespace sd;
using namespace sd::test;

class TestChartData : public QObject
{
    Q_OBJECT

private slots:
    void treeOrder();
    void levelFigures_data();
    void levelFigures();
    void levelOfAndParents();
    void overlap();
    void overlappingParentChoice();
    void histogramWholeBins();
    void histogramExplicitBins_data();
    void histogramExplicitBins();
    void histogramPopulation();
    void histogramEdgeValues();
    void scoreThresholds();
    void thresholdCurve_data();
    void thresholdCurve();
    void thresholdCurvePopulation();
    void thresholdCurveFromBins();
    void monthly();
    void health();
    void healthTooManyTiny();
    void healthFreshness();
    void freshnessFromWorkspace();
};

void TestChartData::treeOrder()
{
    const Evaluated e = evaluateHand();
    QStringList ids;
    for (const SegmentMembers& s : e.segments)
        ids << QString::fromStdString(s.id);
    // Overlapping parents have no remainder; the exclusive root does.
    QCOMPARE(ids, (QStringList{"big", "hot", "tech", "small", "~"}));
}

void TestChartData::levelFigures_data()
{
    QTest::addColumn<int>("parent");
    QTest::addColumn<int>("position");
    QTest::addColumn<QString>("id");
    QTest::addColumn<qulonglong>("size");
    QTest::addColumn<double>("share");
    QTest::addColumn<qulonglong>("conversions");
    QTest::addColumn<double>("rate");
    QTest::addColumn<double>("ciLow");
    QTest::addColumn<double>("ciHigh");
    QTest::addColumn<double>("lift");
    // Overall 5 of 12 converted (rows 0, 1, 5, 9, 10).
    // big = rows 0,1,2,3,4,10: 6 leads, 3 converted; Wilson: centre 0.5, half 0.312384.
    QTest::newRow("big") << -1 << 0 << "big" << 6ull << 0.5 << 3ull << 0.5 << 0.187616 << 0.812384 << 1.2;
    // small = rows 5,6,7,8,11: 5 leads, 1 converted (row 5).
    QTest::newRow("small") << -1 << 1 << "small" << 5ull << 5.0 / 12 << 1ull << 0.2 << 0.036224 << 0.624465 << 0.48;
    // ~ = row 9 (no employees): 1 lead, converted.
    QTest::newRow("rest") << -1 << 2 << "~" << 1ull << 1.0 / 12 << 1ull << 1.0 << 0.206549 << 1.0 << 2.4;
    // Under big: hot = rows 0,1,3 (row 10 has no industry): 3 of 6, 2 converted.
    QTest::newRow("hot") << 0 << 0 << "hot" << 3ull << 0.5 << 2ull << 2.0 / 3 << 0.207659 << 0.938509 << 1.6;
    // tech = rows 0,2,3: 3 of 6, 1 converted.
    QTest::newRow("tech") << 0 << 1 << "tech" << 3ull << 0.5 << 1ull << 1.0 / 3 << 0.061492 << 0.792340 << 0.8;
}

void TestChartData::levelFigures()
{
    QFETCH(int, parent);
    QFETCH(int, position);
    QFETCH(QString, id);
    QFETCH(qulonglong, size);
    QFETCH(double, share);
    QFETCH(qulonglong, conversions);
    QFETCH(double, rate);
    QFETCH(double, ciLow);
    QFETCH(double, ciHigh);
    QFETCH(double, lift);
    const Evaluated e = evaluateHand();
    const LevelFigures level = computeLevelFigures(e.segments, e.stats, e.outcome, e.table.rowCount(), parent);
    QCOMPARE(level.overall.size, size_t(12));
    QCOMPARE(level.overall.conversions, size_t(5));
    QCOMPARE(level.parentSize, size_t(parent < 0 ? 12 : 6));
    QCOMPARE(level.segments.size(), size_t(parent < 0 ? 3 : 2));
    const LevelFigure& f = level.segments[size_t(position)];
    QCOMPARE(QString::fromStdString(f.id), id);
    QCOMPARE(qulonglong(f.size), size);
    QVERIFY(qAbs(f.share - share) < 1e-12);
    QCOMPARE(qulonglong(f.conversions), conversions);
    QVERIFY(qAbs(f.rate - rate) < 1e-12);
    QVERIFY2(qAbs(f.ciLow - ciLow) < 1e-6, qPrintable(QString::number(f.ciLow, 'g', 10)));
    QVERIFY2(qAbs(f.ciHigh - ciHigh) < 1e-6, qPrintable(QString::number(f.ciHigh, 'g', 10)));
    QVERIFY(f.lift.has_value());
    QVERIFY(qAbs(*f.lift - lift) < 1e-12);
    QCOMPARE(f.remainder, id == QLatin1String("~"));
}

void TestChartData::levelOfAndParents()
{
    const Evaluated e = evaluateHand();
    QCOMPARE(levelOf(e.segments, "hot"), 0);
    QCOMPARE(levelOf(e.segments, "big"), -1);
    QCOMPARE(levelOf(e.segments, "nope"), -1);
    QCOMPARE(parentsWithChildren(e.segments), std::vector<int>{0});
    QCOMPARE(childrenOf(e.segments, -1), (std::vector<int>{0, 3, 4}));
}

void TestChartData::overlap()
{
    const Evaluated e = evaluateHand();
    const OverlapMatrix m = computeOverlap(e.segments, 0);
    QCOMPARE(m.count(), size_t(2));
    QCOMPARE(m.ids, (std::vector<std::string>{"hot", "tech"}));
    QCOMPARE(m.sizes, (std::vector<size_t>{3, 3}));
    // hot = {0,1,3}, tech = {0,2,3}: both {0,3}.
    QCOMPARE(m.both[0][1], size_t(2));
    QCOMPARE(m.both[1][0], size_t(2));
    QCOMPARE(m.both[0][0], size_t(3));
    QCOMPARE(m.shareOfRow(0, 1), 2.0 / 3);
    // The exclusive root: big and small share nobody; the remainder is left out.
    const OverlapMatrix top = computeOverlap(e.segments, -1);
    QCOMPARE(top.ids, (std::vector<std::string>{"big", "small"}));
    QCOMPARE(top.both[0][1], size_t(0));
}

void TestChartData::overlappingParentChoice()
{
    const Evaluated e = evaluateHand();
    QCOMPARE(overlappingParentFor(e.segments, e.rules.root, 0), 0);
    // The root is exclusive: the first overlapping parent is chosen instead.
    QCOMPARE(overlappingParentFor(e.segments, e.rules.root, -1), 0);
    RuleSet flat = e.rules;
    flat.root.children[0].mode = ChildMode::Exclusive;
    QCOMPARE(overlappingParentFor(e.segments, flat.root, -1), -2);
}

void TestChartData::histogramWholeBins()
{
    const Evaluated e = evaluateHand();
    // eng = 8 6 2 9 1 7 0 3 5 4 10 2; whole numbers with a declared 0..10: one bin per value.
    const HistogramRange r = chooseHistogramRange(e.eng, nullptr, e.rules.score("eng"));
    QCOMPARE(r.lo, 0.0);
    QCOMPARE(r.hi, 11.0);
    QCOMPARE(r.bins, 11);
    const ScoreHistogram h = computeScoreHistogram(e.eng, nullptr, e.outcome, r.lo, r.hi, r.bins);
    QCOMPARE(h.edges.size(), size_t(12));
    QCOMPARE(h.edges[5], 5.0);
    QCOMPARE(h.population, size_t(12));
    // Converted values 8, 6, 7, 4, 10; the others 2, 9, 1, 0, 3, 5, 2.
    QCOMPARE(h.converted, (std::vector<size_t>{0, 0, 0, 0, 1, 0, 1, 1, 1, 0, 1}));
    QCOMPARE(h.notConverted, (std::vector<size_t>{1, 1, 2, 1, 0, 1, 0, 0, 0, 1, 0}));
}

void TestChartData::histogramExplicitBins_data()
{
    QTest::addColumn<int>("bins");
    QTest::addColumn<std::vector<size_t>>("converted");
    QTest::addColumn<std::vector<size_t>>("notConverted");
    // [0,2) [2,4) [4,6) [6,8) [8,10]: 0,1 | 2,2,3 | 4c,5 | 6c,7c | 8c,9,10c
    QTest::newRow("5 bins") << 5 << std::vector<size_t>{0, 0, 1, 2, 2} << std::vector<size_t>{2, 3, 1, 0, 1};
    // [0,5) [5,10]: 4c | 6c 7c 8c 10c, and 0 1 2 2 3 | 5 9
    QTest::newRow("2 bins") << 2 << std::vector<size_t>{1, 4} << std::vector<size_t>{5, 2};
    QTest::newRow("1 bin") << 1 << std::vector<size_t>{5} << std::vector<size_t>{7};
}

void TestChartData::histogramExplicitBins()
{
    QFETCH(int, bins);
    QFETCH(std::vector<size_t>, converted);
    QFETCH(std::vector<size_t>, notConverted);
    const Evaluated e = evaluateHand();
    const ScoreHistogram h = computeScoreHistogram(e.eng, nullptr, e.outcome, 0, 10, bins);
    QCOMPARE(h.converted, converted);
    QCOMPARE(h.notConverted, notConverted);
    QCOMPARE(h.edges.front(), 0.0);
    QCOMPARE(h.edges.back(), 10.0);
}

void TestChartData::histogramPopulation()
{
    const Evaluated e = evaluateHand();
    // big: rows 0,1,2,3,4,10 → 8c 6c 2 9 1 10c.
    const ScoreHistogram h = computeScoreHistogram(e.eng, &e.segments[0].members, e.outcome, 0, 10, 5);
    QCOMPARE(h.population, size_t(6));
    QCOMPARE(h.converted, (std::vector<size_t>{0, 0, 0, 1, 2}));
    QCOMPARE(h.notConverted, (std::vector<size_t>{1, 1, 0, 0, 1}));
    // Without an outcome everything is "not converted".
    const ScoreHistogram plain = computeScoreHistogram(e.eng, &e.segments[0].members, std::nullopt, 0, 10, 5);
    QVERIFY(!plain.hasOutcome);
    QCOMPARE(plain.notConverted, (std::vector<size_t>{1, 1, 0, 1, 3}));
}

void TestChartData::histogramEdgeValues()
{
    // 0.3 / 0.1 rounds to 2.9999999999999996: the value on an edge must still open its bin.
    const std::vector<double> v{0.0, 0.1, 0.2, 0.3, 0.7, 1.0, -5, 9};
    const ScoreHistogram h = computeScoreHistogram(v, nullptr, std::nullopt, 0, 1, 10);
    QCOMPARE(h.notConverted, (std::vector<size_t>{2, 1, 1, 1, 0, 0, 0, 1, 0, 2}));
    // Data range without a declared one; fractional values get the default bin count.
    const HistogramRange r = chooseHistogramRange(v, nullptr, nullptr, 20);
    QCOMPARE(r.lo, -5.0);
    QCOMPARE(r.hi, 9.0);
    QCOMPARE(r.bins, 20);
}

void TestChartData::scoreThresholds()
{
    const Evaluated e = evaluateHand();
    const std::vector<ScoreThreshold> t = findScoreThresholds(e.segments, e.rules.root, {1, 2}, "eng");
    QCOMPARE(t.size(), size_t(1));
    QCOMPARE(t[0].segmentId, std::string("hot"));
    QCOMPARE(t[0].segmentIndex, 1);
    QCOMPARE(t[0].pointer, std::string("/all/1/value"));
    QVERIFY(t[0].op == Op::Ge);
    QCOMPARE(t[0].value, 5.0);
    // A between gives one threshold per end.
    RuleSet rules = e.rules;
    Condition between;
    between.kind = Condition::Kind::Leaf;
    between.field = "eng";
    between.op = Op::Between;
    between.value = nlohmann::json::array({2, 7.5});
    rules.root.children[1].when = between;
    const std::vector<ScoreThreshold> b = findScoreThresholds(e.segments, rules.root, {0, 3, 4}, "eng");
    QCOMPARE(b.size(), size_t(2));
    QCOMPARE(b[0].pointer, std::string("/value/0"));
    QCOMPARE(b[1].pointer, std::string("/value/1"));
    QCOMPARE(b[1].value, 7.5);
    QCOMPARE(b[1].segmentId, std::string("small"));
}

void TestChartData::thresholdCurve_data()
{
    QTest::addColumn<double>("threshold");
    QTest::addColumn<qulonglong>("tp");
    QTest::addColumn<qulonglong>("fp");
    QTest::addColumn<qulonglong>("fn");
    QTest::addColumn<qulonglong>("tn");
    QTest::addColumn<double>("precision"); // -1 = absent
    QTest::addColumn<double>("recall");
    QTest::addColumn<double>("f1");
    // >= 0: everyone. P 5/12, R 1, F1 = 2·(5/12)/(17/12) = 10/17.
    QTest::newRow("0") << 0.0 << 5ull << 7ull << 0ull << 0ull << 5.0 / 12 << 1.0 << 10.0 / 17;
    // >= 5: 8c 6c 9 7c 5 10c → TP 4 FP 2; FN row 9 (eng 4). P 2/3, R 4/5, F1 8/11.
    QTest::newRow("5") << 5.0 << 4ull << 2ull << 1ull << 5ull << 2.0 / 3 << 0.8 << 8.0 / 11;
    // >= 8: 8c 9 10c → TP 2 FP 1 FN 3 TN 6. P 2/3, R 2/5, F1 1/2.
    QTest::newRow("8") << 8.0 << 2ull << 1ull << 3ull << 6ull << 2.0 / 3 << 0.4 << 0.5;
    // >= 4.5 equals >= 5 on whole values.
    QTest::newRow("4.5") << 4.5 << 4ull << 2ull << 1ull << 5ull << 2.0 / 3 << 0.8 << 8.0 / 11;
    // >= 11: nobody selected, precision undefined, recall 0, F1 undefined.
    QTest::newRow("11") << 11.0 << 0ull << 0ull << 5ull << 7ull << -1.0 << 0.0 << -1.0;
}

void TestChartData::thresholdCurve()
{
    QFETCH(double, threshold);
    QFETCH(qulonglong, tp);
    QFETCH(qulonglong, fp);
    QFETCH(qulonglong, fn);
    QFETCH(qulonglong, tn);
    QFETCH(double, precision);
    QFETCH(double, recall);
    QFETCH(double, f1);
    const Evaluated e = evaluateHand();
    // Thresholds out of order and repeated: each point still answers its own threshold.
    const std::vector<double> ts{8, threshold, 0, 11, 5, threshold};
    const std::vector<ThresholdPoint> curve = computeThresholdCurve(e.eng, nullptr, *e.outcome, ts);
    QCOMPARE(curve.size(), ts.size());
    for (size_t at : {size_t(1), size_t(5)}) {
        const ThresholdPoint& p = curve[at];
        QCOMPARE(p.threshold, threshold);
        QCOMPARE(qulonglong(p.truePositives), tp);
        QCOMPARE(qulonglong(p.falsePositives), fp);
        QCOMPARE(qulonglong(p.falseNegatives), fn);
        QCOMPARE(qulonglong(p.trueNegatives), tn);
        QCOMPARE(p.precision.has_value(), precision >= 0);
        if (p.precision)
            QVERIFY(qAbs(*p.precision - precision) < 1e-12);
        QVERIFY(p.recall.has_value());
        QVERIFY(qAbs(*p.recall - recall) < 1e-12);
        QCOMPARE(p.f1.has_value(), f1 >= 0);
        if (p.f1)
            QVERIFY(qAbs(*p.f1 - f1) < 1e-12);
    }
}

void TestChartData::thresholdCurvePopulation()
{
    const Evaluated e = evaluateHand();
    // big: 8c 6c 2 9 1 10c; >= 6: 8c 6c 9 10c → TP 3 FP 1 FN 0 TN 2.
    const std::vector<ThresholdPoint> c = computeThresholdCurve(e.eng, &e.segments[0].members, *e.outcome, {6});
    QCOMPARE(c[0].truePositives, size_t(3));
    QCOMPARE(c[0].falsePositives, size_t(1));
    QCOMPARE(c[0].falseNegatives, size_t(0));
    QCOMPARE(c[0].trueNegatives, size_t(2));
    QCOMPARE(*c[0].precision, 0.75);
    QCOMPARE(*c[0].recall, 1.0);
}

void TestChartData::thresholdCurveFromBins()
{
    const Evaluated e = evaluateHand();
    for (const Bitmap* population : {static_cast<const Bitmap*>(nullptr), &e.segments[0].members}) {
        const HistogramRange r = chooseHistogramRange(e.eng, population, e.rules.score("eng"));
        const ScoreHistogram h = computeScoreHistogram(e.eng, population, e.outcome, r.lo, r.hi, r.bins);
        const std::vector<ThresholdPoint> fromBins = thresholdCurveFromHistogram(h);
        const std::vector<double> edges(h.edges.begin(), h.edges.end() - 1);
        const std::vector<ThresholdPoint> fromRows = computeThresholdCurve(e.eng, population, *e.outcome, edges);
        QCOMPARE(fromBins.size(), size_t(11));
        for (size_t i = 0; i < fromBins.size(); ++i) {
            QCOMPARE(fromBins[i].threshold, fromRows[i].threshold);
            QCOMPARE(fromBins[i].truePositives, fromRows[i].truePositives);
            QCOMPARE(fromBins[i].falsePositives, fromRows[i].falsePositives);
            QCOMPARE(fromBins[i].falseNegatives, fromRows[i].falseNegatives);
            QCOMPARE(fromBins[i].trueNegatives, fromRows[i].trueNegatives);
            QCOMPARE(fromBins[i].precision, fromRows[i].precision);
            QCOMPARE(fromBins[i].f1, fromRows[i].f1);
        }
    }
    // Spot check against the hand figures: >= 5 over all leads, TP 4 FP 2 FN 1 TN 5.
    const ScoreHistogram h = computeScoreHistogram(e.eng, nullptr, e.outcome, 0, 11, 11);
    const ThresholdPoint p = thresholdCurveFromHistogram(h)[5];
    QCOMPARE(p.threshold, 5.0);
    QCOMPARE(p.truePositives, size_t(4));
    QCOMPARE(p.falsePositives, size_t(2));
    QCOMPARE(p.falseNegatives, size_t(1));
    QCOMPARE(p.trueNegatives, size_t(5));
}

void TestChartData::monthly()
{
    const Evaluated e = evaluateHand();
    const Column* created = e.table.column("created");
    QVERIFY(created);
    const MonthlyConversion m = computeMonthlyConversion(*created, e.segments, {0, 3, -1}, e.outcome);
    QCOMPARE(m.firstMonth, 2024 * 12 + 0);
    QCOMPARE(m.lastMonth, 2024 * 12 + 2);
    QCOMPARE(m.monthCount(), 3);
    QCOMPARE(m.series.size(), size_t(3));
    // big: Jan rows 0c 1c, Feb rows 2 3 4, Mar row 10c.
    QCOMPARE(m.series[0].id, std::string("big"));
    QCOMPARE(m.series[0].leads, (std::vector<size_t>{2, 3, 1}));
    QCOMPARE(m.series[0].conversions, (std::vector<size_t>{2, 0, 1}));
    QCOMPARE(m.series[0].undated, size_t(0));
    QCOMPARE(m.series[0].rate(0), 1.0);
    // small: Jan row 8, Feb row 11, Mar rows 5c 6; row 7 has no date.
    QCOMPARE(m.series[1].leads, (std::vector<size_t>{1, 1, 2}));
    QCOMPARE(m.series[1].conversions, (std::vector<size_t>{0, 0, 1}));
    QCOMPARE(m.series[1].undated, size_t(1));
    QCOMPARE(m.series[1].rate(2), 0.5);
    // all leads: Jan 0c 1c 8, Feb 2 3 4 11, Mar 5c 6 9c 10c.
    QCOMPARE(m.series[2].segmentIndex, -1);
    QCOMPARE(m.series[2].leads, (std::vector<size_t>{3, 4, 4}));
    QCOMPARE(m.series[2].conversions, (std::vector<size_t>{2, 0, 3}));
    QCOMPARE(MonthlyConversion::year(m.firstMonth), 2024);
    QCOMPARE(MonthlyConversion::monthOfYear(m.lastMonth), 3);
}

void TestChartData::health()
{
    const Evaluated e = evaluateHand();
    HealthThresholds t;
    t.minSegmentSize = 4;        // hot and tech (3 each) are tiny; 2 of 4 designed = 50% > 25%
    t.maxIntervalWidth = 0.70;   // widths: big 0.6248, small 0.5882, hot 0.7308
    t.maxSiblingPValue = 0.05;   // big 3/6 vs small 1/5: p = 0.30305
    t.maxRemainderShare = 0.05;  // ~ holds 1 of 12 = 8.3%
    t.minFillRate = 0.80;        // industry 9/12 = 75%; employees 11/12, opens and converted full
    t.maxImportAgeDays = 30;
    const int64_t today = daysFromCivil({2024, 6, 1});
    const std::vector<HealthFinding> f =
        checkHealth(e.rules, e.segments, e.stats, true, e.table, DataFreshness{today - 10, today - 5}, today, t);
    auto find = [&](HealthCheck c, const std::string& segment = {}, const std::string& field = {}) -> const HealthFinding* {
        for (const HealthFinding& x : f)
            if (x.check == c && (segment.empty() || x.segmentId == segment) && (field.empty() || x.field == field))
                return &x;
        return nullptr;
    };
    auto count = [&](HealthCheck c) { return std::count_if(f.begin(), f.end(), [c](const HealthFinding& x) { return x.check == c; }); };
    QCOMPARE(count(HealthCheck::TinySegment), 2);
    QVERIFY(find(HealthCheck::TinySegment, "hot"));
    QCOMPARE(find(HealthCheck::TinySegment, "tech")->value, 3.0);
    const HealthFinding* many = find(HealthCheck::TooManyTiny);
    QVERIFY(many);
    QVERIFY(many->severity == HealthSeverity::Problem);
    QCOMPARE(many->value, 0.5);
    QVERIFY(f.front().severity == HealthSeverity::Problem); // most severe first
    // Only segments of at least the minimum size are judged on their interval: big and small.
    QCOMPARE(count(HealthCheck::WideInterval), 0);
    t.maxIntervalWidth = 0.60;
    const std::vector<HealthFinding> f2 =
        checkHealth(e.rules, e.segments, e.stats, true, e.table, DataFreshness{today, today}, today, t);
    int wide = 0;
    for (const HealthFinding& x : f2)
        if (x.check == HealthCheck::WideInterval) {
            ++wide;
            QCOMPARE(x.segmentId, std::string("big"));
            QVERIFY(qAbs(x.value - 0.6247674) < 1e-6);
        }
    QCOMPARE(wide, 1);
    const HealthFinding* alike = find(HealthCheck::NotDifferent, "big");
    QVERIFY(alike);
    QCOMPARE(alike->otherId, std::string("small"));
    QVERIFY(qAbs(alike->value - 0.30305233) < 1e-7);
    const HealthFinding* rest = find(HealthCheck::LargeRemainder, "~");
    QVERIFY(rest);
    QVERIFY(qAbs(rest->value - 1.0 / 12) < 1e-12);
    QCOMPARE(count(HealthCheck::LowFillRate), 1);
    const HealthFinding* fill = find(HealthCheck::LowFillRate, {}, "industry");
    QVERIFY(fill);
    QVERIFY(qAbs(fill->value - 9.0 / 12) < 1e-12);
    QVERIFY(fill->severity == HealthSeverity::Warning);
    QVERIFY(!find(HealthCheck::StaleData));
    QVERIFY(!find(HealthCheck::NotVerified));
    for (const HealthFinding& x : f)
        QVERIFY(!x.message.isEmpty());
    QVERIFY(find(HealthCheck::NotDifferent, "big")->message.contains(QLatin1String("Small")));
}

void TestChartData::healthTooManyTiny()
{
    const Evaluated e = evaluateHand();
    HealthThresholds t;
    t.minSegmentSize = 6; // tiny: hot 3, tech 3, small 5 → 3 of 4
    t.maxTinyShare = 0.75;
    t.minFillRate = 0;
    const int64_t today = daysFromCivil({2024, 6, 1});
    auto has = [](const std::vector<HealthFinding>& f, HealthCheck c) {
        return std::any_of(f.begin(), f.end(), [c](const HealthFinding& x) { return x.check == c; });
    };
    // 3/4 is not above 75%.
    QVERIFY(!has(checkHealth(e.rules, e.segments, e.stats, true, e.table, {today, today}, today, t), HealthCheck::TooManyTiny));
    t.maxTinyShare = 0.74;
    QVERIFY(has(checkHealth(e.rules, e.segments, e.stats, true, e.table, {today, today}, today, t), HealthCheck::TooManyTiny));
    // Without an outcome there are no rate-based findings.
    t.maxIntervalWidth = 0;
    t.maxSiblingPValue = 0.0001;
    const std::vector<HealthFinding> none = checkHealth(e.rules, e.segments, e.stats, false, e.table, {today, today}, today, t);
    QVERIFY(!has(none, HealthCheck::WideInterval));
    QVERIFY(!has(none, HealthCheck::NotDifferent));
}

void TestChartData::healthFreshness()
{
    const Evaluated e = evaluateHand();
    HealthThresholds t;
    t.maxImportAgeDays = 30;
    t.maxVerifiedAgeDays = 90;
    const int64_t today = daysFromCivil({2024, 6, 1});
    auto findings = [&](DataFreshness d) {
        std::vector<HealthFinding> out;
        for (const HealthFinding& f : checkHealth(e.rules, e.segments, e.stats, true, e.table, d, today, t))
            if (f.check == HealthCheck::StaleData || f.check == HealthCheck::NotVerified)
                out.push_back(f);
        return out;
    };
    std::vector<HealthFinding> f = findings({today - 40, today - 91});
    QCOMPARE(f.size(), size_t(2));
    QVERIFY(f[0].check == HealthCheck::StaleData && f[0].severity == HealthSeverity::Warning);
    QCOMPARE(f[0].value, 40.0);
    QVERIFY(f[0].message.contains(QLatin1String("2024-04-22")));
    QVERIFY(f[1].check == HealthCheck::NotVerified);
    QCOMPARE(f[1].value, 91.0);
    QCOMPARE(findings({today - 30, today - 90}).size(), size_t(0)); // the limits themselves pass
    f = findings({});
    QCOMPARE(f.size(), size_t(2));
    QVERIFY(f[0].severity == HealthSeverity::Info && f[1].severity == HealthSeverity::Info);
}

void TestChartData::freshnessFromWorkspace()
{
    QTemporaryDir dir;
    QString error;
    auto ws = Workspace::open(dir.filePath(QStringLiteral("w.segdb")), &error);
    QVERIFY2(ws, qPrintable(error));
    DataFreshness none = readDataFreshness(*ws, QStringLiteral("B2B"));
    QVERIFY(!none.lastImportDay);
    QVERIFY(!none.lastVerifiedDay);
    QVERIFY(ws->exec("INSERT INTO imports(file, imported_at) VALUES('a.csv', '2024-03-05T10:00:00Z'),"
                     " ('b.csv', '2024-05-20T23:30:00Z'), ('c.csv', '2024-04-01T08:00:00Z')", &error));
    QVERIFY2(setRuleSetVerified(*ws, QStringLiteral("B2B"), daysFromCivil({2024, 5, 1}), &error), qPrintable(error));
    const DataFreshness f = readDataFreshness(*ws, QStringLiteral("B2B"));
    QCOMPARE(f.lastImportDay.value_or(0), daysFromCivil({2024, 5, 20}));
    QCOMPARE(f.lastVerifiedDay.value_or(0), daysFromCivil({2024, 5, 1}));
    QVERIFY(!readDataFreshness(*ws, QStringLiteral("Other")).lastVerifiedDay);
}

QTEST_GUILESS_MAIN(TestChartData)
#include "tst_chartdata.moc"
