// Threshold chart: three lines on one 0–100% axis; hovering anywhere near a line shows all the
// counts at that threshold.
#include "thresholdchart.h"

#include <QLegendMarker>
#include <QLineSeries>
#include <QScatterSeries>
#include <QValueAxis>

#include <cmath>

namespace sd {

ThresholdChart::ThresholdChart(QWidget* parent)
    : ChartView(parent)
{
}

int ThresholdChart::bestF1(const std::vector<ThresholdPoint>& curve)
{
    int best = -1;
    for (size_t i = 0; i < curve.size(); ++i)
        if (curve[i].f1 && (best < 0 || *curve[i].f1 > *curve[size_t(best)].f1))
            best = int(i);
    return best;
}

void ThresholdChart::rebuild(const ChartFigures& figures)
{
    mCurve = figures.curve;
    mScoreLabel = QString::fromStdString(figures.scoreLabel);
    const QString of = figures.level.parent < 0 ? tr("all leads") : QString::fromStdString(figures.level.parentName);
    const QString title = tr("Precision, recall and F1 of %1 ≥ threshold over %2").arg(mScoreLabel, of);
    if (!figures.hasScore) {
        showEmpty(tr("Precision and recall"), tr("The rules define no score."));
        return;
    }
    if (!figures.level.hasOutcome) {
        showEmpty(title, tr("The rules define no outcome to predict."));
        return;
    }
    if (mCurve.empty()) {
        showEmpty(title, tr("No leads in this population."));
        return;
    }
    resetChart(title);
    auto* x = new QValueAxis;
    x->setTitleText(tr("Threshold: %1 ≥").arg(mScoreLabel));
    x->setRange(mCurve.front().threshold, std::max(mCurve.back().threshold, mCurve.front().threshold + 1));
    x->setLabelFormat(QStringLiteral("%g"));
    x->applyNiceNumbers();
    auto* y = new QValueAxis;
    y->setTitleText(tr("%"));
    y->setRange(0, 100);
    y->setLabelFormat(QStringLiteral("%.0f"));
    chart()->addAxis(x, Qt::AlignBottom);
    chart()->addAxis(y, Qt::AlignLeft);

    struct Line { QString name; QColor color; std::optional<double> ThresholdPoint::*field; };
    const Line lines[] = {{tr("Precision"), QColor(0x1F, 0x4E, 0x79), &ThresholdPoint::precision},
                          {tr("Recall"), QColor(0xC0, 0x39, 0x2B), &ThresholdPoint::recall},
                          {tr("F1"), QColor(0x6A, 0x3D, 0x9A), &ThresholdPoint::f1}};
    const std::vector<ThresholdPoint> curve = mCurve;
    auto tip = [this, curve](const QPointF& p, bool on) {
        if (!on || curve.empty()) {
            hideTip();
            return;
        }
        size_t k = 0;
        for (size_t i = 1; i < curve.size(); ++i)
            if (std::fabs(curve[i].threshold - p.x()) < std::fabs(curve[k].threshold - p.x()))
                k = i;
        const ThresholdPoint& t = curve[k];
        auto pct = [](const std::optional<double>& v) { return v ? formatRate(*v, 2) : tr("n/a"); };
        showTip(tr("<b>%1 ≥ %2</b><br>Precision %3 (%4 of %5 selected converted)<br>Recall %6 (%4 of %7 converted)"
                   "<br>F1 %8<br>TP %4 · FP %9 · FN %10 · TN %11")
                    .arg(mScoreLabel.toHtmlEscaped(), number(t.threshold), pct(t.precision), formatCount(t.truePositives),
                         formatCount(t.truePositives + t.falsePositives), pct(t.recall),
                         formatCount(t.truePositives + t.falseNegatives), pct(t.f1), formatCount(t.falsePositives))
                    .arg(formatCount(t.falseNegatives), formatCount(t.trueNegatives)));
    };
    for (const Line& l : lines) {
        auto* s = new QLineSeries;
        s->setName(l.name);
        s->setPen(QPen(l.color, l.field == &ThresholdPoint::f1 ? 2.5 : 2));
        for (const ThresholdPoint& p : mCurve)
            if ((p.*(l.field)))
                s->append(p.threshold, *(p.*(l.field)) * 100);
        chart()->addSeries(s);
        s->attachAxis(x);
        s->attachAxis(y);
        connect(s, &QLineSeries::hovered, this, tip);
    }
    const int best = bestF1(mCurve);
    if (best >= 0) {
        auto* mark = new QScatterSeries;
        const ThresholdPoint& b = mCurve[size_t(best)];
        mark->setName(tr("Best F1: ≥ %1").arg(number(b.threshold)));
        mark->setColor(QColor(0x6A, 0x3D, 0x9A));
        mark->setMarkerSize(11);
        mark->append(b.threshold, *b.f1 * 100);
        chart()->addSeries(mark);
        mark->attachAxis(x);
        mark->attachAxis(y);
        connect(mark, &QScatterSeries::hovered, this, tip);
        addLabel(mark, QPointF(b.threshold, *b.f1 * 100),
                 tr("F1 %1 at ≥ %2").arg(formatRate(*b.f1), number(b.threshold)), QPointF(10, -26));
    }
    for (const ScoreThreshold& t : figures.thresholds) {
        auto* line = new QLineSeries;
        const std::string& name = figures.snapshot->segments[size_t(t.segmentIndex)].name;
        line->setName(tr("%1 threshold").arg(QString::fromStdString(name)));
        line->setPen(QPen(figures.palette.color(t.segmentIndex).darker(110), 1.5, Qt::DashLine));
        line->append(t.value, 0);
        line->append(t.value, 100);
        chart()->addSeries(line);
        line->attachAxis(x);
        line->attachAxis(y);
        connect(line, &QLineSeries::hovered, this, tip);
    }
}

QString ThresholdChart::figuresCsv() const
{
    QString out = QStringLiteral("threshold,true_positives,false_positives,false_negatives,true_negatives,precision,recall,f1\n");
    auto opt = [](const std::optional<double>& v) { return v ? number(*v) : QString(); };
    for (const ThresholdPoint& p : mCurve)
        out += number(p.threshold) + QLatin1Char(',') + QString::number(qulonglong(p.truePositives)) + QLatin1Char(',') +
               QString::number(qulonglong(p.falsePositives)) + QLatin1Char(',') + QString::number(qulonglong(p.falseNegatives)) +
               QLatin1Char(',') + QString::number(qulonglong(p.trueNegatives)) + QLatin1Char(',') + opt(p.precision) +
               QLatin1Char(',') + opt(p.recall) + QLatin1Char(',') + opt(p.f1) + QLatin1Char('\n');
    return out;
}

} // namespace sd
