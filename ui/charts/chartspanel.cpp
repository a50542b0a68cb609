// Charts panel: controls, tabs, background figures with stale results dropped.
#include "chartspanel.h"

#include "conversionchart.h"
#include "healthpanel.h"
#include "overlapchart.h"
#include "scorehistogramchart.h"
#include "sizeschart.h"
#include "thresholdchart.h"
#include "timelinechart.h"

#include <QComboBox>
#include <QEvent>
#include <QElapsedTimer>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QTabWidget>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace sd {

namespace {

struct FiguresResult
{
    ChartFigures figures;
    quint64 request = 0;
};

} // namespace

ChartsPanel::ChartsPanel(QWidget* parent)
    : QWidget(parent)
{
    mLevelBox = new QComboBox;
    mLevelBox->setToolTip(tr("The segments whose children the charts compare"));
    mScoreBox = new QComboBox;
    mScoreBox->setToolTip(tr("The score of the histogram and of the precision/recall chart"));
    mDateBox = new QComboBox;
    mDateBox->setToolTip(tr("The date field that groups leads by month"));
    mStatus = new QLabel;
    mStatus->setForegroundRole(QPalette::PlaceholderText);
    auto* controls = new QHBoxLayout;
    auto* levelLabel = new QLabel(tr("&Level:"));
    levelLabel->setBuddy(mLevelBox);
    auto* scoreLabel = new QLabel(tr("&Score:"));
    scoreLabel->setBuddy(mScoreBox);
    auto* dateLabel = new QLabel(tr("&Date:"));
    dateLabel->setBuddy(mDateBox);
    controls->addWidget(levelLabel);
    controls->addWidget(mLevelBox, 1);
    controls->addWidget(scoreLabel);
    controls->addWidget(mScoreBox);
    controls->addWidget(dateLabel);
    controls->addWidget(mDateBox);
    // Score and field names are read whole; the level box takes what width is left.
    mScoreBox->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    mDateBox->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    mLevelBox->setMinimumContentsLength(12);
    mLevelBox->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    // The timing gives way first when the panel is narrow (long translations).
    mStatus->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    mStatus->setAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    controls->addWidget(mStatus, 1);

    mSizes = new SizesChart;
    mConversion = new ConversionChart;
    mOverlap = new OverlapChart;
    mHistogram = new ScoreHistogramChart;
    mTimeline = new TimelineChart;
    mThreshold = new ThresholdChart;
    mHealth = new HealthPanel;
    mTabs = new QTabWidget;
    mTabs->setDocumentMode(true);
    mTabs->addTab(mSizes, tr("Sizes"));
    mTabs->addTab(mConversion, tr("Conversion"));
    mTabs->addTab(mOverlap, tr("Overlap"));
    mTabs->addTab(mHistogram, tr("Score"));
    mTabs->addTab(mTimeline, tr("Over time"));
    mTabs->addTab(mThreshold, tr("Precision/recall"));
    mTabs->addTab(mHealth, tr("Health"));
    mStale.assign(size_t(mTabs->count()), false);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(controls);
    layout->addWidget(mTabs, 1);

    connect(mTabs, &QTabWidget::currentChanged, this, [this](int tab) { rebuildChart(tab); });
    connect(mHistogram, &ScoreHistogramChart::conditionValueEdited, this, &ChartsPanel::conditionValueEdited);
    connect(mLevelBox, &QComboBox::currentIndexChanged, this, [this] {
        if (!mUpdatingControls)
            setLevel(mLevelBox->currentData().toString());
    });
    connect(mScoreBox, &QComboBox::currentIndexChanged, this, [this] {
        if (!mUpdatingControls)
            setScore(mScoreBox->currentData().toString());
    });
    connect(mDateBox, &QComboBox::currentIndexChanged, this, [this] {
        if (!mUpdatingControls)
            setDateField(mDateBox->currentData().toString());
    });
    connect(mHealth, &HealthPanel::segmentActivated, this, &ChartsPanel::setSelectedSegment);
    mStatus->setText(tr("No evaluation yet"));
}

ChartsPanel::~ChartsPanel() = default;

std::vector<ChartView*> ChartsPanel::charts() const
{
    return {mSizes, mConversion, mOverlap, mHistogram, mTimeline, mThreshold};
}

void ChartsPanel::setSnapshot(EvaluationSnapshotPtr snapshot)
{
    mSnapshot = std::move(snapshot);
    mHealth->setSnapshot(mSnapshot);
    updateControls();
    requestFigures();
}

void ChartsPanel::setSelectedSegment(const QString& id)
{
    mSelectedId = id;
    if (mSnapshot) {
        const int parent = levelOf(mSnapshot->segments, id.toStdString());
        mLevelId = parent < 0 ? QString() : QString::fromStdString(mSnapshot->segments[size_t(parent)].id);
    }
    updateControls();
    requestFigures();
}

void ChartsPanel::setLevel(const QString& parentId)
{
    if (parentId == mLevelId)
        return;
    mLevelId = parentId;
    updateControls();
    requestFigures();
}

void ChartsPanel::setScore(const QString& scoreId)
{
    if (scoreId == mScoreId)
        return;
    mScoreId = scoreId;
    requestFigures();
}

void ChartsPanel::setDateField(const QString& field)
{
    if (field == mDateField)
        return;
    mDateField = field;
    requestFigures();
}

ChartInputs ChartsPanel::currentInputs() const
{
    ChartInputs in;
    in.level = -1;
    if (mSnapshot && !mLevelId.isEmpty()) {
        const int i = mSnapshot->indexOf(mLevelId.toStdString());
        if (i >= 0 && !mSnapshot->segments[size_t(i)].leaf)
            in.level = i;
    }
    in.scoreId = mScoreId.toStdString();
    in.dateField = mDateField.toStdString();
    in.selectedId = mSelectedId.toStdString();
    return in;
}

void ChartsPanel::updateControls()
{
    mUpdatingControls = true;
    auto fill = [](QComboBox* box, const QList<QPair<QString, QString>>& items, const QString& current) {
        QList<QPair<QString, QString>> existing;
        for (int i = 0; i < box->count(); ++i)
            existing.append({box->itemText(i), box->itemData(i).toString()});
        if (existing != items) {
            box->clear();
            for (const auto& [text, data] : items)
                box->addItem(text, data);
        }
        const int at = box->findData(current);
        box->setCurrentIndex(at >= 0 ? at : (box->count() ? 0 : -1));
        box->setEnabled(box->count() > 0);
    };
    QList<QPair<QString, QString>> levels{{tr("Top level"), QString()}};
    QList<QPair<QString, QString>> scores, dates;
    if (mSnapshot) {
        for (int i : parentsWithChildren(mSnapshot->segments)) {
            const SegmentMembers& s = mSnapshot->segments[size_t(i)];
            levels.append({QString(size_t(s.depth + 1) * 2, QLatin1Char(' ')) + QString::fromStdString(s.name),
                           QString::fromStdString(s.id)});
        }
        for (const Score& sc : mSnapshot->rules.scores)
            scores.append({QString::fromStdString(sc.label.empty() ? sc.id : sc.label), QString::fromStdString(sc.id)});
        for (const std::string& d : dateFields(*mSnapshot))
            dates.append({QString::fromStdString(d), QString::fromStdString(d)});
    }
    fill(mLevelBox, levels, mLevelId);
    fill(mScoreBox, scores, mScoreId.isEmpty() ? QString::fromStdString(mFigures.inputs.scoreId) : mScoreId);
    fill(mDateBox, dates, mDateField.isEmpty() ? QString::fromStdString(mFigures.inputs.dateField) : mDateField);
    mUpdatingControls = false;
}

void ChartsPanel::changeEvent(QEvent* event)
{
    QWidget::changeEvent(event);
    // A new colour scheme: draw the charts again in the matching theme.
    if (event->type() == QEvent::PaletteChange && mSnapshot)
        requestFigures();
}

void ChartsPanel::requestFigures()
{
    const quint64 request = ++mLatestRequest;
    if (!mSnapshot) {
        applyFigures(ChartFigures{}, request);
        return;
    }
    mStatus->setText(tr("Updating…"));
    auto* watcher = new QFutureWatcher<FiguresResult>(this);
    connect(watcher, &QFutureWatcher<FiguresResult>::finished, this, [this, watcher] {
        FiguresResult r = watcher->result();
        watcher->deleteLater();
        applyFigures(std::move(r.figures), r.request);
    });
    // The worker owns copies of everything it reads (the snapshot is immutable and shared); the
    // month index of the figures shown is reused when the table and date field are the same.
    ChartFigures reuse;
    reuse.monthIndex = mFigures.monthIndex;
    reuse.monthIndexTable = mFigures.monthIndexTable;
    watcher->setFuture(QtConcurrent::run([snapshot = mSnapshot, inputs = currentInputs(), request, reuse] {
        return FiguresResult{computeChartFigures(snapshot, inputs, &reuse), request};
    }));
}

void ChartsPanel::applyFigures(ChartFigures figures, quint64 request)
{
    if (request != mLatestRequest)
        return; // an edit or a new choice came after this job started
    mFigures = std::move(figures);
    std::fill(mStale.begin(), mStale.end(), true);
    rebuildChart(mTabs->currentIndex());
    updateControls();
    if (mSnapshot && !mSnapshot->error.isEmpty())
        mStatus->setText(tr("Rules not evaluated: %1").arg(mSnapshot->error));
    else if (mSnapshot)
    {
        // The evaluation's own time is in the window's status bar.
        mStatus->setText(tr("Charts in %1 ms").arg(QLocale().toString(mFigures.computeMs + mLastRebuildMs, 'f', 1)));
        mStatus->setToolTip(tr("Evaluated in %1 ms, charts in %2 ms")
                                .arg(QLocale().toString(mSnapshot->elapsedMs, 'f', 1),
                                     QLocale().toString(mFigures.computeMs + mLastRebuildMs, 'f', 1)));
    }
    emit figuresShown(mFigures.jobId);
}

void ChartsPanel::rebuildChart(int tab)
{
    if (tab < 0 || size_t(tab) >= mStale.size() || !mStale[size_t(tab)])
        return;
    mStale[size_t(tab)] = false;
    auto* view = qobject_cast<ChartView*>(mTabs->widget(tab));
    if (!view)
        return;
    QElapsedTimer timer;
    timer.start();
    view->showFigures(mFigures);
    mLastRebuildMs = double(timer.nsecsElapsed()) / 1e6;
}

void ChartsPanel::flushCharts()
{
    for (int tab = 0; tab < mTabs->count(); ++tab)
        rebuildChart(tab);
}

} // namespace sd
