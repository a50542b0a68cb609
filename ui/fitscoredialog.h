// "Fit points from the outcome": a regularised logistic regression on chosen fields, run off the
// UI thread, proposing a points table with its AUC on held-out leads and precision/recall at each
// threshold; on OK the score editor takes score() (and the designer the fields of rules()).
#pragma once

#include "columntable.h"
#include "modeljobstate.h"
#include "rules.h"
#include "scorefit.h"

#include <QDialog>
#include <QFutureWatcher>

#include <memory>

class QDialogButtonBox;
class QDoubleSpinBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QTableWidget;
class QTimer;

namespace sd {

class ModelInputsWidget;

class FitScoreDialog : public QDialog
{
    Q_OBJECT

public:
    explicit FitScoreDialog(std::shared_ptr<const ColumnTable> table, QWidget* parent = nullptr);
    ~FitScoreDialog() override;

    const ScoreFitResult& fit() const { return mFit; }
    const Score& score() const { return mFit.score; }
    const RuleSet& rules() const { return mFit.rules; } // fields, outcome and the score
    bool hasResult() const { return mFit.ok; }

    ModelInputsWidget* inputs() const { return mInputs; }
    void setTestShare(double share);
    void setSeed(int seed);
    bool isRunning() const;

public slots:
    void startFit();
    void cancelFit();

signals:
    void fitFinished(bool ok);

private:
    struct Outcome
    {
        quint64 jobId = 0;
        ScoreFitResult result;
    };
    void finishFit();
    void showFit();
    void updateState();

    std::shared_ptr<const ColumnTable> mTable;
    ModelInputsWidget* mInputs = nullptr;
    QDoubleSpinBox* mTestShare = nullptr;
    QSpinBox* mSeed = nullptr;
    QDoubleSpinBox* mPenalty = nullptr;
    QSpinBox* mBins = nullptr;
    QSpinBox* mLevels = nullptr;
    QPushButton* mFitButton = nullptr;
    QPushButton* mCancel = nullptr;
    QProgressBar* mProgress = nullptr;
    QLabel* mStatus = nullptr;
    QTableWidget* mPoints = nullptr;
    QTableWidget* mThresholds = nullptr;
    QDialogButtonBox* mButtons = nullptr;
    QTimer* mPoll = nullptr;

    QFutureWatcher<Outcome> mWatcher;
    std::shared_ptr<ModelJobState> mJob;
    quint64 mNextJobId = 1;
    ScoreFitResult mFit;
};

} // namespace sd
