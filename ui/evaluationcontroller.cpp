// Background evaluation: one worker thread, one Evaluator, newest-request-wins with job ids.
#include "evaluationcontroller.h"

#include "workspace.h"

#include <QElapsedTimer>
#include <QMetaObject>

#include <functional>

namespace sd {

EvaluationController::EvaluationController(QObject* parent)
    : QObject(parent)
    , mAsOf(todayDays())
{
    mThread = std::thread([this] { run(); });
}

EvaluationController::~EvaluationController()
{
    {
        std::lock_guard lock(mMutex);
        mStop = true;
    }
    ++mGeneration; // a load in progress checks this and gives up
    mWake.notify_all();
    mThread.join();
}

void EvaluationController::queueLoad(LoadJob job)
{
    mLoading = true;
    mTable.reset();
    mLatest.reset();
    job.generation = ++mGeneration;
    {
        std::lock_guard lock(mMutex);
        mPendingLoad = std::move(job);
        mPendingEval.reset();
        mPendingExplain.reset();
    }
    mWake.notify_all();
}

void EvaluationController::loadWorkspace(const QString& path)
{
    LoadJob job;
    job.path = path;
    queueLoad(std::move(job));
}

void EvaluationController::setTable(std::shared_ptr<const ColumnTable> table)
{
    LoadJob job;
    job.table = std::move(table);
    queueLoad(std::move(job));
}

void EvaluationController::clear()
{
    setTable(std::make_shared<const ColumnTable>());
}

void EvaluationController::setAsOf(int64_t daysSinceEpoch)
{
    if (mAsOf == daysSinceEpoch)
        return;
    mAsOf = daysSinceEpoch;
    resubmit();
}

quint64 EvaluationController::requestEvaluation(const RuleSet& rules, const std::string& focusSegment)
{
    EvalJob job;
    job.id = ++mNextJob;
    job.rules = rules;
    job.focus = focusSegment;
    job.asOf = mAsOf;
    mLastRequest = job;
    if (!mTable)
        return job.id; // runs when the table has arrived (resubmit)
    {
        std::lock_guard lock(mMutex);
        if (mPendingEval)
            ++mCoalescedAtomic;
        mPendingEval = std::move(job);
    }
    mWake.notify_all();
    return mNextJob;
}

quint64 EvaluationController::requestExplanation(const RuleSet& rules, const std::string& segmentId, size_t row)
{
    ExplainJob job;
    job.id = ++mNextExplain;
    job.rules = rules;
    job.segment = segmentId;
    job.row = row;
    job.asOf = mAsOf;
    if (!mTable)
        return job.id;
    {
        std::lock_guard lock(mMutex);
        mPendingExplain = std::move(job);
    }
    mWake.notify_all();
    return mNextExplain;
}

void EvaluationController::resubmit()
{
    if (mLastRequest)
        requestEvaluation(mLastRequest->rules, mLastRequest->focus);
}

void EvaluationController::run()
{
    for (;;) {
        std::unique_lock lock(mMutex);
        mWake.wait(lock, [this] { return mStop || mPendingLoad || mPendingEval || mPendingExplain; });
        if (mStop)
            return;
        if (mPendingLoad) {
            LoadJob job = std::move(*mPendingLoad);
            mPendingLoad.reset();
            lock.unlock();
            runLoad(job);
        } else if (mPendingEval) {
            EvalJob job = std::move(*mPendingEval);
            mPendingEval.reset();
            lock.unlock();
            runEvaluation(std::move(job));
        } else {
            ExplainJob job = std::move(*mPendingExplain);
            mPendingExplain.reset();
            lock.unlock();
            runExplanation(std::move(job));
        }
    }
}

void EvaluationController::runLoad(const LoadJob& job)
{
    const quint64 generation = job.generation;
    // The old evaluator refers to the old table: drop it first.
    mEvaluator.reset();
    mWorkerTable.reset();
    std::shared_ptr<const ColumnTable> table = job.table;
    QString error;
    if (!table) {
        auto loaded = std::make_shared<ColumnTable>();
        // The worker has its own read-only connection; SQLite connections are not shared across threads.
        std::unique_ptr<Workspace> ws = Workspace::open(job.path, &error, Workspace::Mode::ReadOnly);
        int lastPermille = -1;
        const auto progress = [&](qint64 done, qint64 total) {
            const int permille = total > 0 ? int(std::min<qint64>(1000, done * 1000 / total)) : 0;
            if (permille / 10 != lastPermille / 10) {
                lastPermille = permille;
                QMetaObject::invokeMethod(this, [this, generation, permille] {
                    if (generation == mGeneration)
                        emit loadProgress(permille);
                }, Qt::QueuedConnection);
            }
            return generation == mGeneration.load();
        };
        if (ws && loaded->loadWorkspace(*ws, &error, progress))
            table = std::move(loaded);
    }
    if (!table) {
        QMetaObject::invokeMethod(this, [this, generation, error] {
            if (generation != mGeneration)
                return; // cancelled by a newer load
            mLoading = false;
            emit loadFailed(error);
        }, Qt::QueuedConnection);
        return;
    }
    mWorkerTable = table;
    mEvaluator = std::make_unique<Evaluator>(*mWorkerTable);
    mWorkerGeneration = generation;
    QMetaObject::invokeMethod(this, [this, generation, table] {
        if (generation != mGeneration)
            return;
        mTable = table;
        mLoading = false;
        emit tableLoaded();
        resubmit();
    }, Qt::QueuedConnection);
}

void EvaluationController::runEvaluation(EvalJob job)
{
    if (!mEvaluator)
        return;
    QElapsedTimer timer;
    timer.start();
    auto snapshot = std::make_shared<EvaluationSnapshot>();
    snapshot->jobId = job.id;
    snapshot->table = mWorkerTable;
    // The segments point into these rules: they live in the snapshot and are not moved again.
    snapshot->rules = std::move(job.rules);
    snapshot->asOf = job.asOf;
    mEvaluator->setAsOf(job.asOf);
    QString error;
    if (!mEvaluator->evaluate(snapshot->rules, &snapshot->segments, &error)) {
        snapshot->error = error.isEmpty() ? tr("The rules cannot be evaluated.") : error;
        snapshot->segments.clear();
    } else {
        snapshot->outcome = mEvaluator->outcome();
        snapshot->stats = computeSegmentStats(snapshot->segments, snapshot->outcome, mWorkerTable->rowCount());
        for (const Score& s : snapshot->rules.scores)
            if (const std::vector<double>* values = mEvaluator->scoreValues(s.id))
                snapshot->scores[s.id] = *values;
        snapshot->focusSegment = job.focus;
        if (!job.focus.empty())
            focusCounts(*snapshot);
    }
    snapshot->elapsedMs = double(timer.nsecsElapsed()) / 1e6;
    const quint64 generation = mWorkerGeneration;
    EvaluationSnapshotPtr published = std::move(snapshot);
    QMetaObject::invokeMethod(this, [this, published, generation] { deliver(published, generation); },
                              Qt::QueuedConnection);
}

void EvaluationController::focusCounts(EvaluationSnapshot& snapshot)
{
    const int index = snapshot.indexOf(snapshot.focusSegment);
    if (index < 0)
        return;
    QString error;
    snapshot.funnel = mEvaluator->funnel(snapshot.rules, snapshot.focusSegment, &error);
    // funnel() evaluated the tree again over the same rules, so the evaluator's state is current.
    const SegmentMembers& me = snapshot.segments[size_t(index)];
    const size_t rows = mWorkerTable->rowCount();
    Bitmap base = me.parent < 0 ? Bitmap(rows, true) : snapshot.segments[size_t(me.parent)].members;
    const Segment& parent = me.parent < 0 ? snapshot.rules.root : *snapshot.segments[size_t(me.parent)].node;
    if (parent.mode == ChildMode::Exclusive) {
        // Earlier siblings' members are exactly the parent's leads their conditions took.
        for (const Segment& sibling : parent.children) {
            if (sibling.id == me.id)
                break;
            const int s = snapshot.indexOf(sibling.id);
            if (s >= 0)
                base.andNot(snapshot.segments[size_t(s)].members);
        }
    }
    snapshot.focusBase = base.count();
    if (!me.node || !me.node->when)
        return;
    std::function<void(const Condition&, const std::string&)> walk = [&](const Condition& c, const std::string& pointer) {
        Bitmap b;
        QString err;
        if (mEvaluator->evaluateCondition(c, &b, &err))
            snapshot.conditionMatches[pointer] = base.countAnd(b);
        if (c.kind == Condition::Kind::All || c.kind == Condition::Kind::Any) {
            const std::string group = pointer + (c.kind == Condition::Kind::All ? "/all/" : "/any/");
            for (size_t i = 0; i < c.children.size(); ++i)
                walk(c.children[i], group + std::to_string(i));
        } else if (c.kind == Condition::Kind::Not && !c.children.empty()) {
            walk(c.children.front(), pointer + "/not");
        }
    };
    walk(*me.node->when, std::string());
}

void EvaluationController::runExplanation(ExplainJob job)
{
    if (!mEvaluator)
        return;
    mEvaluator->setAsOf(job.asOf);
    QString error;
    const Explanation explanation = mEvaluator->explain(job.rules, job.segment, job.row, &error);
    const quint64 generation = mWorkerGeneration;
    QMetaObject::invokeMethod(this, [this, job = std::move(job), explanation, error, generation] {
        if (generation != mGeneration || job.id != mNextExplain)
            return; // a newer question was asked
        emit explanationReady(job.id, job.segment, job.row, explanation, error);
    }, Qt::QueuedConnection);
}

void EvaluationController::deliver(const EvaluationSnapshotPtr& snapshot, quint64 generation)
{
    if (generation != mGeneration || snapshot->jobId != mNextJob) {
        ++mDropped;
        return;
    }
    mLatest = snapshot;
    emit snapshotReady(snapshot);
}

} // namespace sd
