// Segment sizes of one level as horizontal bars, the remainder included, each bar labelled with
// its count and its share of the parent.
#pragma once

#include "chartview.h"

namespace sd {

class SizesChart : public ChartView
{
    Q_OBJECT

public:
    explicit SizesChart(QWidget* parent = nullptr);
    QString figuresCsv() const override;
    QString chartName() const override { return QStringLiteral("sizes"); }

protected:
    void rebuild(const ChartFigures& figures) override;

private:
    LevelFigures mFigures;
};

} // namespace sd
