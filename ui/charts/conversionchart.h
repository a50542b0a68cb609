// Conversion rate per segment of one level: a dot at the rate with its Wilson 95% interval as an
// error bar, the overall rate as a dashed baseline, and the lift against it as a label.
#pragma once

#include "chartview.h"

namespace sd {

class ConversionChart : public ChartView
{
    Q_OBJECT

public:
    explicit ConversionChart(QWidget* parent = nullptr);
    QString figuresCsv() const override;
    QString chartName() const override { return QStringLiteral("conversion"); }

protected:
    void rebuild(const ChartFigures& figures) override;

private:
    LevelFigures mFigures;
};

} // namespace sd
