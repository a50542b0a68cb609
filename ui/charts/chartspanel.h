// The charts panel that docks into the designer: the charts of one evaluation in tabs (sizes,
// conversion, overlap, score histogram, over time, precision/recall) and the health panel, with
// the level, score and date field to show. Figures are computed off the UI thread; a result for
// an older snapshot or choice is dropped. Only the visible chart is rebuilt at once, the others
// when their tab is shown.
#pragma once

#include "chartfigures.h"

#include <QJsonValue>
#include <QWidget>

class QComboBox;
class QLabel;
class QTabWidget;

namespace sd {

class ChartView;
class ConversionChart;
class HealthPanel;
class OverlapChart;
class ScoreHistogramChart;
class SizesChart;
class ThresholdChart;
class TimelineChart;

class ChartsPanel : public QWidget
{
    Q_OBJECT

public:
    explicit ChartsPanel(QWidget* parent = nullptr);
    ~ChartsPanel() override;

    void setSnapshot(EvaluationSnapshotPtr snapshot);
    // Highlights the segment and shows its level (its siblings and their parent's remainder).
    void setSelectedSegment(const QString& id);
    // The level to show: the id of a segment with children, empty for the top level.
    void setLevel(const QString& parentId);
    void setScore(const QString& scoreId);
    void setDateField(const QString& field);

    SizesChart* sizesChart() const { return mSizes; }
    ConversionChart* conversionChart() const { return mConversion; }
    OverlapChart* overlapChart() const { return mOverlap; }
    ScoreHistogramChart* scoreHistogramChart() const { return mHistogram; }
    TimelineChart* timelineChart() const { return mTimeline; }
    ThresholdChart* thresholdChart() const { return mThreshold; }
    HealthPanel* healthPanel() const { return mHealth; }
    std::vector<ChartView*> charts() const;

    // The figures shown (or about to be shown in hidden tabs).
    const ChartFigures& figures() const { return mFigures; }
    // Rebuilds the charts of hidden tabs now (export of all charts, tests).
    void flushCharts();
    // Milliseconds of the last figures computation (worker thread) and chart rebuild (UI thread).
    double lastComputeMs() const { return mFigures.computeMs; }
    double lastRebuildMs() const { return mLastRebuildMs; }

signals:
    void conditionValueEdited(const QString& segmentId, const QString& jsonPointer, const QJsonValue& newValue);
    // New figures are shown in the visible chart (the snapshot's job id).
    void figuresShown(quint64 jobId);

protected:
    void changeEvent(QEvent* event) override;

private:
    void requestFigures();
    void applyFigures(ChartFigures figures, quint64 request);
    void rebuildChart(int tab);
    void updateControls();
    ChartInputs currentInputs() const;

    EvaluationSnapshotPtr mSnapshot;
    QString mLevelId, mSelectedId, mScoreId, mDateField;
    quint64 mLatestRequest = 0;
    ChartFigures mFigures;
    std::vector<bool> mStale;     // per tab: figures newer than the chart
    double mLastRebuildMs = 0;
    bool mUpdatingControls = false;

    QComboBox* mLevelBox = nullptr;
    QComboBox* mScoreBox = nullptr;
    QComboBox* mDateBox = nullptr;
    QLabel* mStatus = nullptr;
    QTabWidget* mTabs = nullptr;
    SizesChart* mSizes = nullptr;
    ConversionChart* mConversion = nullptr;
    OverlapChart* mOverlap = nullptr;
    ScoreHistogramChart* mHistogram = nullptr;
    TimelineChart* mTimeline = nullptr;
    ThresholdChart* mThreshold = nullptr;
    HealthPanel* mHealth = nullptr;
};

} // namespace sd
