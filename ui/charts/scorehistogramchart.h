// Distribution of a score over the level's parent, split by outcome (stacked), with the conversion
// rate per bin and the thresholds of the level's segments as vertical lines. Dragging a line
// proposes a new threshold: conditionValueEdited is emitted each time the rounded value changes
// during the drag; the designer merges those edits into one undo step.
#pragma once

#include "chartview.h"

#include <QJsonValue>

class QLineSeries;

namespace sd {

class ScoreHistogramChart : public ChartView
{
    Q_OBJECT

public:
    explicit ScoreHistogramChart(QWidget* parent = nullptr);
    QString figuresCsv() const override;
    QString chartName() const override { return QStringLiteral("score-histogram"); }

    const std::vector<ScoreThreshold>& thresholds() const { return mThresholds; }
    // The step that dragged values are rounded to (whole points for a 0–100 score).
    double dragStep() const { return mStep; }
    // Moves threshold `index` to `value` as a drag would (rounded, clamped to the axis) and emits
    // conditionValueEdited when the value changes. Returns the value applied.
    double dragThresholdTo(int index, double value);

signals:
    // jsonPointer is relative to the segment's `when` and names the number changed.
    void conditionValueEdited(const QString& segmentId, const QString& jsonPointer, const QJsonValue& newValue);

protected:
    void rebuild(const ChartFigures& figures) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;

private:
    int thresholdAt(const QPoint& pos) const;
    void placeThresholdLine(int index);

    ScoreHistogram mHistogram;
    std::vector<ScoreThreshold> mThresholds;
    std::vector<QLineSeries*> mLines;
    std::vector<QGraphicsSimpleTextItem*> mLineLabels;
    QString mScoreLabel;
    double mStep = 1, mLo = 0, mHi = 1, mTop = 1;
    int mDragging = -1;
    QLineSeries* mAnchor = nullptr;
};

} // namespace sd
