// The health panel: the findings of checkHealth for the current evaluation, with the thresholds
// editable in place (kept in QSettings) and a button to record that the rules were verified.
#pragma once

#include "evaluationsnapshot.h"
#include "healthcheck.h"

#include <QWidget>

class QDoubleSpinBox;
class QLabel;
class QSpinBox;
class QTableView;

namespace sd {

class HealthModel;

class HealthPanel : public QWidget
{
    Q_OBJECT

public:
    explicit HealthPanel(QWidget* parent = nullptr);

    void setSnapshot(EvaluationSnapshotPtr snapshot);
    // Dates from the workspace (readDataFreshness); the designer sets them on open and after imports.
    void setFreshness(const DataFreshness& freshness);
    // The day the age checks count from (default: today).
    void setToday(int64_t day);

    HealthThresholds thresholds() const { return mThresholds; }
    void setThresholds(const HealthThresholds& thresholds);

    HealthModel* model() const { return mModel; }
    // Time the last check took, in milliseconds.
    double lastCheckMs() const { return mLastCheckMs; }

signals:
    // The user double-clicked a finding about a segment.
    void segmentActivated(const QString& segmentId);
    // The user wants to record today as the rule set's last-verified date (setRuleSetVerified).
    void verifyRequested();
    void thresholdsChanged();

private:
    void recheck();
    void readThresholdsFromEditors();
    void writeEditors();
    void saveThresholds() const;
    void loadThresholds();

    EvaluationSnapshotPtr mSnapshot;
    DataFreshness mFreshness;
    int64_t mToday = 0;
    HealthThresholds mThresholds;
    double mLastCheckMs = 0;
    bool mUpdatingEditors = false;

    HealthModel* mModel = nullptr;
    QTableView* mView = nullptr;
    QLabel* mSummary = nullptr;
    QSpinBox* mMinSize = nullptr;
    QDoubleSpinBox* mTinyShare = nullptr;
    QDoubleSpinBox* mIntervalWidth = nullptr;
    QDoubleSpinBox* mPValue = nullptr;
    QDoubleSpinBox* mRemainderShare = nullptr;
    QDoubleSpinBox* mFillRate = nullptr;
    QSpinBox* mImportAge = nullptr;
    QSpinBox* mVerifiedAge = nullptr;
};

} // namespace sd
