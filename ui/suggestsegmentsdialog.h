// "Suggest segments": fits a decision tree on the outcome (or groups leads into clusters) off the
// UI thread and shows the proposed segments with their sizes and rates; on OK the designer takes
// result() — ordinary rules the user then edits like any others.
#pragma once

#include "clustering.h"
#include "columntable.h"
#include "modeljobstate.h"
#include "rules.h"
#include "segmentsuggestion.h"

#include <QDialog>
#include <QFutureWatcher>

#include <memory>
#include <variant>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QStackedWidget;
class QTableWidget;
class QTimer;

namespace sd {

class ModelInputsWidget;

class SuggestSegmentsDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Method { DecisionTree, Clusters };

    explicit SuggestSegmentsDialog(std::shared_ptr<const ColumnTable> table, QWidget* parent = nullptr);
    ~SuggestSegmentsDialog() override;

    // The proposal: fields, outcome and the segment tree (a tree's exclusive leaves, or one
    // overlapping group of clusters). Empty until a fit has finished.
    const RuleSet& result() const { return mResult; }
    bool hasResult() const { return mHasResult; }

    ModelInputsWidget* inputs() const { return mInputs; }
    void setMethod(Method m);
    void setTreeLimits(int maxDepth, int minSize);
    void setClusterCount(int k);
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
        std::variant<SuggestResult, ClusterResult> result;
    };
    void finishFit();
    void showTree(const SuggestResult& r);
    void showClusters(const ClusterResult& r);
    void updateState();

    std::shared_ptr<const ColumnTable> mTable;
    ModelInputsWidget* mInputs = nullptr;
    QComboBox* mMethod = nullptr;
    QStackedWidget* mMethodOptions = nullptr;
    QSpinBox* mMaxDepth = nullptr;
    QSpinBox* mMinSize = nullptr;
    QComboBox* mCriterion = nullptr;
    QSpinBox* mClusters = nullptr;
    QSpinBox* mSeed = nullptr;
    QPushButton* mFit = nullptr;
    QPushButton* mCancel = nullptr;
    QProgressBar* mProgress = nullptr;
    QLabel* mStatus = nullptr;
    QTableWidget* mTableView = nullptr;
    QDialogButtonBox* mButtons = nullptr;
    QTimer* mPoll = nullptr;

    QFutureWatcher<Outcome> mWatcher;
    std::shared_ptr<ModelJobState> mJob;
    quint64 mNextJobId = 1;
    RuleSet mResult;
    bool mHasResult = false;
};

} // namespace sd
