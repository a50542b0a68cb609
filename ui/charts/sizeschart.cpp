// Sizes: one bar set per segment (so each has its colour and legend entry) in a stacked series,
// where a set's zero values at the other categories take no room.
#include "sizeschart.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QHorizontalStackedBarSeries>
#include <QValueAxis>

namespace sd {

SizesChart::SizesChart(QWidget* parent)
    : ChartView(parent)
{
}

void SizesChart::rebuild(const ChartFigures& figures)
{
    mFigures = figures.level;
    const QString title = mFigures.parent < 0
        ? tr("Segment sizes: top level")
        : tr("Segment sizes: %1").arg(QString::fromStdString(mFigures.parentName));
    if (mFigures.segments.empty()) {
        showEmpty(title, tr("This level has no segments."));
        return;
    }
    resetChart(title);
    const int n = int(mFigures.segments.size());
    auto* series = new QHorizontalStackedBarSeries;
    series->setBarWidth(0.7);
    QStringList categories;
    size_t largest = 0;
    // Categories bottom-up, so the first segment of the file is the top bar.
    for (int k = n - 1; k >= 0; --k)
        categories << QString::fromStdString(mFigures.segments[size_t(k)].name);
    for (int k = 0; k < n; ++k) {
        const LevelFigure& f = mFigures.segments[size_t(k)];
        largest = std::max(largest, f.size);
        auto* set = new QBarSet(QString::fromStdString(f.name));
        const QColor c = figures.palette.color(f.index);
        set->setColor(c);
        set->setBorderColor(c.darker(130));
        for (int row = 0; row < n; ++row)
            set->append(row == n - 1 - k ? double(f.size) : 0.0);
        if (!figures.inputs.selectedId.empty() && f.id == figures.inputs.selectedId)
            set->setBorderColor(Qt::black);
        series->append(set);
    }
    chart()->addSeries(series);
    auto* y = new QBarCategoryAxis;
    y->append(categories);
    chart()->addAxis(y, Qt::AlignLeft);
    series->attachAxis(y);
    auto* x = new QValueAxis;
    x->setTitleText(tr("Leads"));
    x->setLabelFormat(QStringLiteral("%.0f"));
    // Room on the right for the count labels.
    x->setRange(0, std::max<double>(1.0, double(largest) * 1.28));
    x->applyNiceNumbers();
    chart()->addAxis(x, Qt::AlignBottom);
    series->attachAxis(x);
    for (int k = 0; k < n; ++k) {
        const LevelFigure& f = mFigures.segments[size_t(k)];
        addLabel(series, QPointF(double(f.size), double(n - 1 - k)),
                 tr("%1 (%2)").arg(formatCount(f.size), formatRate(f.share)), QPointF(5, 0));
    }
    const LevelFigures copy = mFigures;
    connect(series, &QAbstractBarSeries::hovered, this, [this, copy, n](bool on, int index, QBarSet*) {
        if (!on || index < 0 || index >= n) {
            hideTip();
            return;
        }
        const LevelFigure& f = copy.segments[size_t(n - 1 - index)];
        const QString of = copy.parent < 0 ? tr("all leads") : QString::fromStdString(copy.parentName);
        showTip(tr("<b>%1</b><br>%2 leads<br>%3 of %4 (%5)")
                    .arg(QString::fromStdString(f.name).toHtmlEscaped(), formatCount(f.size), formatRate(f.share, 2),
                         of.toHtmlEscaped(), formatCount(copy.parentSize)));
    });
}

QString SizesChart::figuresCsv() const
{
    QString out = QStringLiteral("segment_id,segment,size,share_of_parent\n");
    for (const LevelFigure& f : mFigures.segments)
        out += csvField(QString::fromStdString(f.id)) + QLatin1Char(',') + csvField(QString::fromStdString(f.name)) +
               QLatin1Char(',') + QString::number(qulonglong(f.size)) + QLatin1Char(',') + number(f.share) + QLatin1Char('\n');
    return out;
}

} // namespace sd
