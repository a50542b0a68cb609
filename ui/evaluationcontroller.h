// Background evaluation for the designer. One worker thread owns the in-memory table of the open
// workspace (loaded once, with progress) and ONE Evaluator over it, whose leaf and score caches make
// re-evaluating after an edit cheap. Requests carry increasing job ids; while the worker is busy only
// the newest pending request is kept, and a finished result whose id is no longer the newest is
// dropped instead of being shown (STYLE.md 7). The UI thread never waits for the worker.
#pragma once

#include "evaluationsnapshot.h"

#include <QObject>
#include <QString>

#include <atomic>
#include <condition_variable>
#include <memory>
#include <mutex>
#include <optional>
#include <thread>

namespace sd {

class EvaluationController : public QObject
{
    Q_OBJECT

public:
    explicit EvaluationController(QObject* parent = nullptr);
    ~EvaluationController() override;

    // Loads all fields of the workspace into memory on the worker (cancels a load in progress).
    void loadWorkspace(const QString& path);
    // Uses a table that is already in memory (tests, CSV files).
    void setTable(std::shared_ptr<const ColumnTable> table);
    void clear();
    bool isLoading() const { return mLoading; }
    std::shared_ptr<const ColumnTable> table() const { return mTable; }

    void setAsOf(int64_t daysSinceEpoch);
    int64_t asOf() const { return mAsOf; }

    // Queues an evaluation of `rules`; `focusSegment` gets funnel and per-condition counts.
    // Returns the job id the published snapshot will carry.
    quint64 requestEvaluation(const RuleSet& rules, const std::string& focusSegment = {});
    // Queues "why is row (not) in segment" for the newest rules; answered by explanationReady.
    quint64 requestExplanation(const RuleSet& rules, const std::string& segmentId, size_t row);

    EvaluationSnapshotPtr latest() const { return mLatest; }
    quint64 latestJobId() const { return mNextJob; }
    bool isEvaluating() const { return mLatest == nullptr || mLatest->jobId != mNextJob; }
    // Requests replaced by a newer one before they ran, and results thrown away as stale.
    int coalescedJobs() const { return mCoalescedAtomic.load(); }
    int droppedResults() const { return mDropped; }

signals:
    void loadProgress(int permille);
    void tableLoaded();
    void loadFailed(const QString& message);
    void snapshotReady(const sd::EvaluationSnapshotPtr& snapshot);
    void explanationReady(quint64 requestId, const std::string& segmentId, size_t row,
                          const sd::Explanation& explanation, const QString& error);

private:
    struct EvalJob
    {
        quint64 id = 0;
        RuleSet rules;
        std::string focus;
        int64_t asOf = 0;
    };
    struct ExplainJob
    {
        quint64 id = 0;
        RuleSet rules;
        std::string segment;
        size_t row = 0;
        int64_t asOf = 0;
    };
    struct LoadJob
    {
        quint64 generation = 0;
        QString path;
        std::shared_ptr<const ColumnTable> table; // set: use it instead of loading
    };

    void run();
    void runLoad(const LoadJob& job);
    void focusCounts(EvaluationSnapshot& snapshot);
    void runEvaluation(EvalJob job);
    void runExplanation(ExplainJob job);
    void deliver(const EvaluationSnapshotPtr& snapshot, quint64 generation);
    void resubmit();
    void queueLoad(LoadJob job);

    // Shared with the worker under mMutex.
    std::mutex mMutex;
    std::condition_variable mWake;
    std::optional<LoadJob> mPendingLoad;
    std::optional<EvalJob> mPendingEval;
    std::optional<ExplainJob> mPendingExplain;
    bool mStop = false;
    std::atomic<quint64> mGeneration{0};   // which table results belong to; a new load cancels
    std::atomic<int> mCoalescedAtomic{0};

    // Worker thread only.
    std::shared_ptr<const ColumnTable> mWorkerTable;
    std::unique_ptr<Evaluator> mEvaluator;
    quint64 mWorkerGeneration = 0;

    // UI thread only.
    std::shared_ptr<const ColumnTable> mTable;
    EvaluationSnapshotPtr mLatest;
    std::optional<EvalJob> mLastRequest;   // re-run when a table arrives
    quint64 mNextJob = 0;
    quint64 mNextExplain = 0;
    int64_t mAsOf = 0;
    bool mLoading = false;
    int mDropped = 0;

    std::thread mThread;                   // last: started once everything above exists
};

} // namespace sd
