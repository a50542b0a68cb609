// Conversion chart as a forest plot: segments on the vertical axis (first segment on top), the
// rate on the horizontal one. Each error bar is one polyline that traces both caps, so a segment
// costs two series (dot + bar) whatever the interval.
#include "conversionchart.h"

#include <QCategoryAxis>
#include <QLegendMarker>
#include <QLineSeries>
#include <QLocale>
#include <QScatterSeries>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace sd {

ConversionChart::ConversionChart(QWidget* parent)
    : ChartView(parent)
{
}

void ConversionChart::rebuild(const ChartFigures& figures)
{
    mFigures = figures.level;
    const QString title = mFigures.parent < 0
        ? tr("Conversion rate with 95% interval: top level")
        : tr("Conversion rate with 95% interval: %1").arg(QString::fromStdString(mFigures.parentName));
    if (!mFigures.hasOutcome) {
        showEmpty(title, tr("The rules define no outcome, so there is no conversion rate to show."));
        return;
    }
    if (mFigures.segments.empty()) {
        showEmpty(title, tr("This level has no segments."));
        return;
    }
    resetChart(title);
    const int n = int(mFigures.segments.size());
    auto* x = new QValueAxis;
    x->setTitleText(tr("Conversion rate (%)"));
    x->setLabelFormat(QStringLiteral("%.0f"));
    auto* y = new QCategoryAxis;
    y->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    y->setRange(-0.6, n - 0.4);
    y->setGridLineVisible(false);
    chart()->addAxis(x, Qt::AlignBottom);
    chart()->addAxis(y, Qt::AlignLeft);

    double hi = mFigures.overall.rate();
    for (const LevelFigure& f : mFigures.segments)
        if (f.size)
            hi = std::max(hi, f.ciHigh);
    // Room on the right for the lift labels.
    x->setRange(0, std::max(1.0, std::ceil(hi * 100 * 1.18)));
    x->applyNiceNumbers();

    // Category labels must be appended with increasing values: bottom (last segment) first.
    for (int k = n - 1; k >= 0; --k)
        y->append(QString::fromStdString(mFigures.segments[size_t(k)].name), double(n - 1 - k));
    const double cap = 0.18;
    for (int k = 0; k < n; ++k) {
        const LevelFigure& f = mFigures.segments[size_t(k)];
        const double pos = double(n - 1 - k);
        if (!f.size)
            continue;
        const QColor c = figures.palette.color(f.index);
        auto* bar = new QLineSeries;
        bar->setName(QString::fromStdString(f.name) + tr(" (95% interval)"));
        QPen pen(c.darker(115), 2);
        bar->setPen(pen);
        const double lo = f.ciLow * 100, up = f.ciHigh * 100;
        bar->append({QPointF(lo, pos - cap), QPointF(lo, pos + cap), QPointF(lo, pos), QPointF(up, pos),
                     QPointF(up, pos + cap), QPointF(up, pos - cap)});
        chart()->addSeries(bar);
        bar->attachAxis(x);
        bar->attachAxis(y);
        auto* dot = new QScatterSeries;
        dot->setName(QString::fromStdString(f.name));
        dot->setColor(c);
        dot->setBorderColor(f.id == figures.inputs.selectedId ? QColor(Qt::black) : c.darker(140));
        dot->setMarkerSize(f.id == figures.inputs.selectedId ? 15 : 12);
        dot->append(f.rate * 100, pos);
        chart()->addSeries(dot);
        dot->attachAxis(x);
        dot->attachAxis(y);
        if (f.lift)
            addLabel(bar, QPointF(up, pos), tr("×%1").arg(QLocale().toString(*f.lift, 'f', 2)), QPointF(8, 0));
        for (QLegendMarker* m : chart()->legend()->markers(bar))
            m->setVisible(false);
        const LevelFigure copy = f;
        auto tip = [this, copy](const QPointF&, bool on) {
            if (!on) {
                hideTip();
                return;
            }
            QString text = tr("<b>%1</b><br>%2 converted of %3 leads: %4<br>95% interval %5 – %6")
                               .arg(QString::fromStdString(copy.name).toHtmlEscaped(), formatCount(copy.conversions),
                                    formatCount(copy.size), formatRate(copy.rate, 2), formatRate(copy.ciLow, 2),
                                    formatRate(copy.ciHigh, 2));
            if (copy.lift)
                text += tr("<br>Lift vs all leads: ×%1").arg(QLocale().toString(*copy.lift, 'f', 3));
            if (copy.pValue)
                text += tr("<br>p-value vs rest of parent: %1").arg(QLocale().toString(*copy.pValue, 'g', 3));
            showTip(text);
        };
        connect(dot, &QScatterSeries::hovered, this, tip);
        connect(bar, &QLineSeries::hovered, this, tip);
    }

    auto* baseline = new QLineSeries;
    baseline->setName(tr("All leads: %1").arg(formatRate(mFigures.overall.rate())));
    QPen dashed(SegmentPalette::overallColor(), 1.5, Qt::DashLine);
    baseline->setPen(dashed);
    const double overall = mFigures.overall.rate() * 100;
    baseline->append(overall, -0.6);
    baseline->append(overall, n - 0.4);
    chart()->addSeries(baseline);
    baseline->attachAxis(x);
    baseline->attachAxis(y);
    // An empty segment has no rate: say so on its row rather than leave it blank.
    for (int k = 0; k < n; ++k)
        if (!mFigures.segments[size_t(k)].size)
            addLabel(baseline, QPointF(x->min(), double(n - 1 - k)), tr("no leads"), QPointF(8, 0));
    const LevelFigures copy = mFigures;
    connect(baseline, &QLineSeries::hovered, this, [this, copy](const QPointF&, bool on) {
        if (!on) {
            hideTip();
            return;
        }
        showTip(tr("<b>All leads</b><br>%1 converted of %2: %3<br>95% interval %4 – %5")
                    .arg(formatCount(copy.overall.conversions), formatCount(copy.overall.size),
                         formatRate(copy.overall.rate(), 2), formatRate(copy.overallCiLow, 2),
                         formatRate(copy.overallCiHigh, 2)));
    });
}

QString ConversionChart::figuresCsv() const
{
    QString out = QStringLiteral("segment_id,segment,size,conversions,rate,ci95_low,ci95_high,lift,p_value\n");
    auto opt = [](const std::optional<double>& v) { return v ? number(*v) : QString(); };
    for (const LevelFigure& f : mFigures.segments)
        out += csvField(QString::fromStdString(f.id)) + QLatin1Char(',') + csvField(QString::fromStdString(f.name)) +
               QLatin1Char(',') + QString::number(qulonglong(f.size)) + QLatin1Char(',') +
               QString::number(qulonglong(f.conversions)) + QLatin1Char(',') + number(f.rate) + QLatin1Char(',') +
               number(f.ciLow) + QLatin1Char(',') + number(f.ciHigh) + QLatin1Char(',') + opt(f.lift) + QLatin1Char(',') +
               opt(f.pValue) + QLatin1Char('\n');
    out += QStringLiteral(",All leads,") + QString::number(qulonglong(mFigures.overall.size)) + QLatin1Char(',') +
           QString::number(qulonglong(mFigures.overall.conversions)) + QLatin1Char(',') + number(mFigures.overall.rate()) +
           QLatin1Char(',') + number(mFigures.overallCiLow) + QLatin1Char(',') + number(mFigures.overallCiHigh) +
           QStringLiteral(",1,\n");
    return out;
}

} // namespace sd
