// Timeline: bars and lines share one category axis (month index); a month with fewer leads than
// MinLeadsForRate gets no rate point, so a line shows rates that mean something.
#include "timelinechart.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QCategoryAxis>
#include <QLegendMarker>
#include <QLineSeries>
#include <QStackedBarSeries>
#include <QValueAxis>

namespace sd {

namespace {
constexpr size_t MinLeadsForRate = 20;
}

TimelineChart::TimelineChart(QWidget* parent)
    : ChartView(parent)
{
}

QString TimelineChart::monthLabel(int month)
{
    return QStringLiteral("%1-%2").arg(MonthlyConversion::year(month)).arg(MonthlyConversion::monthOfYear(month), 2, 10, QLatin1Char('0'));
}

void TimelineChart::rebuild(const ChartFigures& figures)
{
    mMonthly = figures.monthly;
    if (!figures.hasDate) {
        showEmpty(tr("Conversion over time"), tr("The data has no date field."));
        return;
    }
    const QString title = tr("Leads and conversion rate per month of %1").arg(QString::fromStdString(mMonthly.field));
    const int months = mMonthly.monthCount();
    if (months <= 0 || mMonthly.series.empty()) {
        showEmpty(title, tr("No lead of these segments has a %1.").arg(QString::fromStdString(mMonthly.field)));
        return;
    }
    resetChart(title);
    // Bars need a bar-category axis, whose labels QtCharts elides to the bar width; it stays
    // hidden, and a value-positioned category axis over the same range labels the months.
    QStringList categories;
    for (int m = 0; m < months; ++m)
        categories << monthLabel(mMonthly.firstMonth + m);
    auto* barAxis = new QBarCategoryAxis;
    barAxis->append(categories);
    barAxis->setVisible(false);
    auto* x = new QCategoryAxis;
    x->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    x->setRange(-0.5, months - 0.5);
    x->setGridLineVisible(false);
    const int every = std::max(1, (months + 11) / 12); // at most about 12 labels
    for (int m = 0; m < months; m += every)
        x->append(categories[m], m);
    x->setLabelsAngle(months / every > 8 ? -45 : 0);
    chart()->addAxis(barAxis, Qt::AlignBottom);
    auto* y = new QValueAxis;
    y->setTitleText(tr("Leads per month (bars)"));
    y->setLabelFormat(QStringLiteral("%.0f"));
    chart()->addAxis(x, Qt::AlignBottom);
    chart()->addAxis(y, Qt::AlignLeft);
    auto* bars = new QStackedBarSeries;
    bars->setBarWidth(0.85);
    std::vector<size_t> perMonth(size_t(months), 0);
    for (const MonthlySeries& s : mMonthly.series) {
        auto* set = new QBarSet(QString::fromStdString(s.name.empty() ? tr("All leads").toStdString() : s.name));
        const QColor c = figures.palette.color(s.segmentIndex);
        set->setColor(c);
        set->setBorderColor(c);
        for (int m = 0; m < months; ++m) {
            set->append(double(s.leads[size_t(m)]));
            perMonth[size_t(m)] += s.leads[size_t(m)];
        }
        bars->append(set);
    }
    chart()->addSeries(bars);
    bars->attachAxis(barAxis);
    bars->attachAxis(y);
    // The month axis belongs to the rate lines; an empty series keeps it on the chart without them.
    auto* holder = new QLineSeries;
    chart()->addSeries(holder);
    holder->attachAxis(x);
    holder->attachAxis(y);
    for (QLegendMarker* mk : chart()->legend()->markers(holder))
        mk->setVisible(false);
    y->setRange(0, double(*std::max_element(perMonth.begin(), perMonth.end())) * 1.08 + 1);
    y->applyNiceNumbers();

    QValueAxis* yRate = nullptr;
    if (mMonthly.hasOutcome) {
        yRate = new QValueAxis;
        yRate->setTitleText(tr("Conversion rate, % (lines)"));
        yRate->setLabelFormat(QStringLiteral("%.0f"));
        yRate->setGridLineVisible(false);
        chart()->addAxis(yRate, Qt::AlignRight);
        double top = 1;
        for (const MonthlySeries& s : mMonthly.series) {
            auto* line = new QLineSeries;
            line->setName(QString::fromStdString(s.name) + tr(" rate"));
            const QColor c = figures.palette.color(s.segmentIndex).darker(135);
            line->setPen(QPen(c, 2));
            line->setPointsVisible(true);
            line->setMarkerSize(5);
            for (int m = 0; m < months; ++m)
                if (s.leads[size_t(m)] >= MinLeadsForRate) {
                    line->append(m, s.rate(size_t(m)) * 100);
                    top = std::max(top, s.rate(size_t(m)) * 100);
                }
            chart()->addSeries(line);
            line->attachAxis(x);
            line->attachAxis(yRate);
            for (QLegendMarker* mk : chart()->legend()->markers(line))
                mk->setVisible(false);
            const MonthlySeries copy = s;
            const int first = mMonthly.firstMonth;
            connect(line, &QLineSeries::hovered, this, [this, copy, first](const QPointF& p, bool on) {
                const int m = int(std::lround(p.x()));
                if (!on || m < 0 || size_t(m) >= copy.leads.size()) {
                    hideTip();
                    return;
                }
                showTip(tr("<b>%1</b>, %2<br>%3 leads, %4 converted<br>Rate %5")
                            .arg(QString::fromStdString(copy.name).toHtmlEscaped(), monthLabel(first + m),
                                 formatCount(copy.leads[size_t(m)]), formatCount(copy.conversions[size_t(m)]),
                                 formatRate(copy.rate(size_t(m)), 2)));
            });
        }
        yRate->setRange(0, top * 1.1);
        yRate->applyNiceNumbers();
    }
    const MonthlyConversion copy = mMonthly;
    connect(bars, &QAbstractBarSeries::hovered, this, [this, copy](bool on, int m, QBarSet* set) {
        if (!on || m < 0 || m >= copy.monthCount()) {
            hideTip();
            return;
        }
        const QString name = set->label();
        for (const MonthlySeries& s : copy.series)
            if (QString::fromStdString(s.name) == name || (s.name.empty() && s.segmentIndex < 0)) {
                QString text = tr("<b>%1</b>, %2<br>%3 leads").arg(name.toHtmlEscaped(), monthLabel(copy.firstMonth + m),
                                                                     formatCount(s.leads[size_t(m)]));
                if (copy.hasOutcome)
                    text += tr(", %1 converted (%2)").arg(formatCount(s.conversions[size_t(m)]), formatRate(s.rate(size_t(m)), 2));
                if (s.undated)
                    text += tr("<br>%1 leads of this segment have no %2").arg(formatCount(s.undated), QString::fromStdString(copy.field));
                showTip(text);
                return;
            }
    });
}

QString TimelineChart::figuresCsv() const
{
    QString out = QStringLiteral("month,segment_id,segment,leads,conversions,rate\n");
    for (int m = 0; m < mMonthly.monthCount(); ++m)
        for (const MonthlySeries& s : mMonthly.series) {
            const size_t n = s.leads[size_t(m)];
            out += monthLabel(mMonthly.firstMonth + m) + QLatin1Char(',') + csvField(QString::fromStdString(s.id)) +
                   QLatin1Char(',') + csvField(QString::fromStdString(s.name)) + QLatin1Char(',') + QString::number(qulonglong(n)) +
                   QLatin1Char(',') + QString::number(qulonglong(s.conversions[size_t(m)])) + QLatin1Char(',') +
                   (mMonthly.hasOutcome && n ? number(s.rate(size_t(m))) : QString()) + QLatin1Char('\n');
        }
    return out;
}

} // namespace sd
