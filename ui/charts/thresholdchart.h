// Precision, recall and F1 of "score ≥ threshold" against the outcome, over the level's parent,
// with the best F1 marked and the level's current thresholds drawn as lines.
#pragma once

#include "chartview.h"

namespace sd {

class ThresholdChart : public ChartView
{
    Q_OBJECT

public:
    explicit ThresholdChart(QWidget* parent = nullptr);
    QString figuresCsv() const override;
    QString chartName() const override { return QStringLiteral("precision-recall"); }

    // Index into the curve of the highest F1 (first one on ties), -1 when there is none.
    static int bestF1(const std::vector<ThresholdPoint>& curve);

protected:
    void rebuild(const ChartFigures& figures) override;

private:
    std::vector<ThresholdPoint> mCurve;
    QString mScoreLabel;
};

} // namespace sd
