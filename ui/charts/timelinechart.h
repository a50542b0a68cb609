// Leads (stacked bars) and conversion rate (lines, right axis) per month of a date field, for the
// segments of one level.
#pragma once

#include "chartview.h"

namespace sd {

class TimelineChart : public ChartView
{
    Q_OBJECT

public:
    explicit TimelineChart(QWidget* parent = nullptr);
    QString figuresCsv() const override;
    QString chartName() const override { return QStringLiteral("conversion-over-time"); }

    static QString monthLabel(int month);

protected:
    void rebuild(const ChartFigures& figures) override;

private:
    MonthlyConversion mMonthly;
};

} // namespace sd
