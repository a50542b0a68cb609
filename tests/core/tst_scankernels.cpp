// The vectorised scan kernels against plain loops, over tables large enough to use both scan
// threads and with lengths that leave a partial last word.
#include "scankernels.h"

#include <QTest>

#include <cmath>
#include <limits>
#include <random>

using namespace sd;

class TestScanKernels : public QObject
{
    Q_OBJECT

private slots:
    void compareNumbers_data();
    void compareNumbers();
    void daysInRange_data();
    void daysInRange();
    void addPoints();
    void wordRangesCoverEveryWordOnce();
};

namespace {

std::vector<double> numbers(size_t n)
{
    std::mt19937_64 rng(7);
    std::vector<double> x(n);
    for (size_t i = 0; i < n; ++i) {
        switch (rng() % 8) {
        case 0: x[i] = 1000; break; // many ties with the thresholds below
        case 1: x[i] = -0.0; break;
        case 2: x[i] = std::numeric_limits<double>::quiet_NaN(); break;
        default: x[i] = double(int64_t(rng() % 4001) - 2000) / 2; break;
        }
    }
    return x;
}

bool naive(scan::Compare c, double x, double a, double b)
{
    switch (c) {
    case scan::Compare::Lt: return x < a;
    case scan::Compare::Le: return x <= a;
    case scan::Compare::Gt: return x > a;
    case scan::Compare::Ge: return x >= a;
    case scan::Compare::Eq: return x == a;
    case scan::Compare::Between: return x >= a && x <= b;
    }
    return false;
}

} // namespace

void TestScanKernels::compareNumbers_data()
{
    QTest::addColumn<int>("cmp");
    QTest::addColumn<double>("a");
    QTest::addColumn<double>("b");
    QTest::addColumn<qulonglong>("rows");
    const qulonglong big = (1 << 18) + 37, small = 1000 + 5;
    for (qulonglong n : {big, small, qulonglong(63), qulonglong(0)}) {
        const QByteArray suffix = " rows=" + QByteArray::number(n);
        QTest::newRow(("lt 1000" + suffix).constData()) << int(scan::Compare::Lt) << 1000.0 << 0.0 << n;
        QTest::newRow(("le 1000" + suffix).constData()) << int(scan::Compare::Le) << 1000.0 << 0.0 << n;
        QTest::newRow(("gt -0.5" + suffix).constData()) << int(scan::Compare::Gt) << -0.5 << 0.0 << n;
        QTest::newRow(("ge 0" + suffix).constData()) << int(scan::Compare::Ge) << 0.0 << 0.0 << n;
        QTest::newRow(("eq 0 (matches -0)" + suffix).constData()) << int(scan::Compare::Eq) << 0.0 << 0.0 << n;
        QTest::newRow(("between -10 and 1000" + suffix).constData()) << int(scan::Compare::Between) << -10.0 << 1000.0 << n;
        QTest::newRow(("between empty range" + suffix).constData()) << int(scan::Compare::Between) << 5.0 << 1.0 << n;
    }
}

void TestScanKernels::compareNumbers()
{
    QFETCH(int, cmp);
    QFETCH(double, a);
    QFETCH(double, b);
    QFETCH(qulonglong, rows);
    const std::vector<double> x = numbers(rows);
    const auto c = scan::Compare(cmp);
    const Bitmap got = scan::compareNumbers(x.data(), x.size(), c, a, b);
    QCOMPARE(got.size(), x.size());
    size_t expected = 0;
    for (size_t i = 0; i < x.size(); ++i) {
        const bool want = naive(c, x[i], a, b);
        expected += want;
        if (got.test(i) != want)
            QFAIL(qPrintable(QStringLiteral("row %1 (value %2): kernel says %3").arg(i).arg(x[i]).arg(got.test(i))));
    }
    QCOMPARE(got.count(), expected);
    if (rows > 100000 && c != scan::Compare::Between)
        QVERIFY(expected > 0);
}

void TestScanKernels::daysInRange_data()
{
    QTest::addColumn<qint64>("lo");
    QTest::addColumn<qint64>("hi");
    constexpr qint64 kMin = std::numeric_limits<int32_t>::min(), kMax = std::numeric_limits<int32_t>::max();
    QTest::newRow("last 30 days") << qint64(20000 - 30) << qint64(20000);
    QTest::newRow("one day") << qint64(20000) << qint64(20000);
    QTest::newRow("before (open low end)") << kMin << qint64(19999);
    QTest::newRow("after (open high end)") << qint64(20001) << kMax;
    QTest::newRow("bounds beyond int32") << kMin - 5 << kMax + 5;
    QTest::newRow("empty range") << qint64(5) << qint64(1);
    QTest::newRow("entirely above int32") << kMax + 1 << kMax + 10;
}

void TestScanKernels::daysInRange()
{
    QFETCH(qint64, lo);
    QFETCH(qint64, hi);
    std::mt19937 rng(3);
    std::vector<int32_t> d((1 << 18) + 11);
    for (int32_t& v : d)
        v = rng() % 50 == 0 ? std::numeric_limits<int32_t>::min() + int32_t(rng() % 3) : 19900 + int32_t(rng() % 200);
    const Bitmap got = scan::daysInRange(d.data(), d.size(), lo, hi);
    size_t expected = 0;
    for (size_t i = 0; i < d.size(); ++i) {
        const bool want = int64_t(d[i]) >= lo && int64_t(d[i]) <= hi;
        expected += want;
        if (got.test(i) != want)
            QFAIL(qPrintable(QStringLiteral("row %1 (day %2)").arg(i).arg(d[i])));
    }
    QCOMPARE(got.count(), expected);
}

void TestScanKernels::addPoints()
{
    std::mt19937_64 rng(11);
    for (size_t m : {size_t(64), size_t(17)}) {
        for (bool withPer : {true, false}) {
            double acc[64], want[64], x[64];
            for (size_t j = 0; j < 64; ++j) {
                acc[j] = want[j] = double(j % 5);
                x[j] = double(int(rng() % 41) - 20);
            }
            const uint64_t bits = rng();
            scan::addPoints(acc, bits, withPer ? x : nullptr, 1.5, 12, m);
            for (size_t j = 0; j < m; ++j)
                if ((bits >> j) & 1)
                    want[j] += std::min(withPer ? 1.5 * x[j] : 1.5, 12.0);
            for (size_t j = 0; j < 64; ++j)
                QCOMPARE(acc[j], want[j]);
        }
    }
}

void TestScanKernels::wordRangesCoverEveryWordOnce()
{
    for (size_t n : {size_t(0), size_t(1), size_t(64), scan::kParallelRows - 1, scan::kParallelRows + 65}) {
        std::vector<int> seen((n + 63) / 64, 0);
        scan::forWordRanges(n, [&](size_t first, size_t end) {
            for (size_t k = first; k < end; ++k)
                ++seen[k];
        });
        for (size_t k = 0; k < seen.size(); ++k)
            QCOMPARE(seen[k], 1);
    }
}

QTEST_GUILESS_MAIN(TestScanKernels)
#include "tst_scankernels.moc"
