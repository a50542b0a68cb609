// Heatmap from area series, one square per cell; QColorAxis on the right is the colour legend.
#include "overlapchart.h"

#include <QAreaSeries>
#include <QCategoryAxis>
#include <QColorAxis>
#include <QGraphicsSimpleTextItem>
#include <QLineSeries>
#include <QScatterSeries>

namespace sd {

OverlapChart::OverlapChart(QWidget* parent)
    : ChartView(parent)
{
}

QColor OverlapChart::shareColor(double share)
{
    share = std::clamp(share, 0.0, 1.0);
    const QColor lo(0xF7, 0xFB, 0xFF), hi(0x08, 0x30, 0x6B);
    auto mix = [share](int a, int b) { return int(a + (b - a) * share + 0.5); };
    return QColor(mix(lo.red(), hi.red()), mix(lo.green(), hi.green()), mix(lo.blue(), hi.blue()));
}

void OverlapChart::rebuild(const ChartFigures& figures)
{
    mMatrix = figures.overlap;
    if (!figures.hasOverlap) {
        showEmpty(tr("Overlap"), tr("No segment has overlapping children: in an exclusive tree every lead is in one sibling only."));
        return;
    }
    const QString parentName = mMatrix.parent < 0 || !figures.snapshot
        ? tr("top level")
        : QString::fromStdString(figures.snapshot->segments[size_t(mMatrix.parent)].name);
    const QString title = mMatrix.parent < 0
        ? tr("Overlap of the top-level segments (share of the row's leads)")
        : tr("Overlap of the children of %1 (share of the row's leads)").arg(parentName);
    const size_t n = mMatrix.count();
    if (n < 2) {
        showEmpty(title, tr("An overlap needs at least two segments."));
        return;
    }
    resetChart(title);
    chart()->legend()->setVisible(false);
    auto* x = new QCategoryAxis;
    auto* y = new QCategoryAxis;
    x->setLabelsPosition(QCategoryAxis::AxisLabelsPositionCenter);
    y->setLabelsPosition(QCategoryAxis::AxisLabelsPositionCenter);
    x->setRange(0, double(n));
    y->setRange(0, double(n));
    x->setGridLineVisible(false);
    y->setGridLineVisible(false);
    for (size_t j = 0; j < n; ++j)
        x->append(QString::fromStdString(mMatrix.names[j]), double(j + 1));
    // Rows from the top: row 0 is the highest band.
    for (size_t i = n; i-- > 0;)
        y->append(QString::fromStdString(mMatrix.names[i]), double(n - i));
    x->setLabelsAngle(n > 4 ? -30 : 0);
    chart()->addAxis(x, Qt::AlignBottom);
    chart()->addAxis(y, Qt::AlignLeft);
    auto* colors = new QColorAxis;
    QLinearGradient gradient;
    gradient.setColorAt(0, shareColor(0));
    gradient.setColorAt(1, shareColor(1));
    colors->setGradient(gradient);
    colors->setRange(0, 100);
    colors->setTickCount(6);
    colors->setTitleText(tr("Share of row (%)"));
    chart()->addAxis(colors, Qt::AlignRight);

    for (size_t i = 0; i < n; ++i) {
        const double top = double(n - i), bottom = top - 1;
        for (size_t j = 0; j < n; ++j) {
            const double share = mMatrix.shareOfRow(i, j);
            auto* upper = new QLineSeries;
            auto* lower = new QLineSeries;
            upper->append(double(j), top);
            upper->append(double(j + 1), top);
            lower->append(double(j), bottom);
            lower->append(double(j + 1), bottom);
            auto* cell = new QAreaSeries(upper, lower);
            upper->setParent(cell);
            lower->setParent(cell);
            const QColor fill = i == j ? QColor(0xE8, 0xE8, 0xE8) : shareColor(share);
            cell->setColor(fill);
            cell->setBorderColor(Qt::white);
            cell->setName(QStringLiteral("%1 × %2").arg(QString::fromStdString(mMatrix.names[i]),
                                                        QString::fromStdString(mMatrix.names[j])));
            chart()->addSeries(cell);
            cell->attachAxis(x);
            cell->attachAxis(y);
            const QString text = i == j ? formatCount(mMatrix.sizes[i])
                                        : tr("%1\n%2").arg(formatCount(mMatrix.both[i][j]), formatRate(share));
            QGraphicsSimpleTextItem* label =
                addLabel(cell, QPointF(double(j) + 0.5, top - 0.5), text, {}, Qt::AlignHCenter | Qt::AlignVCenter);
            label->setBrush(share > 0.55 && i != j ? QColor(Qt::white) : QColor(0x20, 0x20, 0x20));
            const size_t ii = i, jj = j;
            const OverlapMatrix m = mMatrix;
            connect(cell, &QAreaSeries::hovered, this, [this, m, ii, jj](const QPointF&, bool on) {
                if (!on) {
                    hideTip();
                    return;
                }
                const QString a = QString::fromStdString(m.names[ii]).toHtmlEscaped();
                const QString b = QString::fromStdString(m.names[jj]).toHtmlEscaped();
                if (ii == jj) {
                    showTip(tr("<b>%1</b><br>%2 leads").arg(a, formatCount(m.sizes[ii])));
                    return;
                }
                showTip(tr("<b>%1</b> and <b>%2</b><br>%3 leads in both<br>%4 of %1 (%5)<br>%6 of %2 (%7)")
                            .arg(a, b, formatCount(m.both[ii][jj]), formatRate(m.shareOfRow(ii, jj), 2),
                                 formatCount(m.sizes[ii]), formatRate(m.shareOfRow(jj, ii), 2), formatCount(m.sizes[jj])));
            });
        }
    }
    // The colour axis needs a series to belong to; an invisible point keeps it on the chart.
    auto* holder = new QScatterSeries;
    holder->append(-1, -1);
    holder->setMarkerSize(0.1);
    holder->setColor(Qt::transparent);
    holder->setBorderColor(Qt::transparent);
    chart()->addSeries(holder);
    holder->attachAxis(x);
    holder->attachAxis(y);
    holder->attachAxis(colors);
}

QString OverlapChart::figuresCsv() const
{
    QString out = QStringLiteral("segment_id,segment,other_id,other,both,share_of_segment\n");
    for (size_t i = 0; i < mMatrix.count(); ++i)
        for (size_t j = 0; j < mMatrix.count(); ++j)
            out += csvField(QString::fromStdString(mMatrix.ids[i])) + QLatin1Char(',') +
                   csvField(QString::fromStdString(mMatrix.names[i])) + QLatin1Char(',') +
                   csvField(QString::fromStdString(mMatrix.ids[j])) + QLatin1Char(',') +
                   csvField(QString::fromStdString(mMatrix.names[j])) + QLatin1Char(',') +
                   QString::number(qulonglong(mMatrix.both[i][j])) + QLatin1Char(',') + number(mMatrix.shareOfRow(i, j)) +
                   QLatin1Char('\n');
    return out;
}

} // namespace sd
