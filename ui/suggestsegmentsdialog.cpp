// The suggest-segments dialog: inputs, a background fit with progress and cancel, the proposal.
#include "suggestsegmentsdialog.h"

#include "modelinputswidget.h"
#include "outcomespec.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QStackedWidget>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace sd {

namespace {

QTableWidgetItem* cell(const QString& text, bool number = false)
{
    auto* item = new QTableWidgetItem(text);
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    if (number)
        item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

QString percent(double rate)
{
    return QLocale().toString(rate * 100, 'f', 1) + QLatin1Char('%');
}

} // namespace

SuggestSegmentsDialog::SuggestSegmentsDialog(std::shared_ptr<const ColumnTable> table, QWidget* parent)
    : QDialog(parent), mTable(std::move(table))
{
    setWindowTitle(tr("Suggest Segments"));
    mInputs = new ModelInputsWidget(mTable, this);
    mMethod = new QComboBox(this);
    mMethod->addItem(tr("Decision tree on the outcome"));
    mMethod->addItem(tr("Clusters of similar leads (k-prototypes)"));

    auto* treePage = new QWidget(this);
    mMaxDepth = new QSpinBox(treePage);
    mMaxDepth->setRange(1, 8);
    mMaxDepth->setValue(3);
    mMinSize = new QSpinBox(treePage);
    mMinSize->setRange(1, 100000000);
    mMinSize->setValue(int(std::max<size_t>(20, mTable->rowCount() / 100)));
    mMinSize->setGroupSeparatorShown(true);
    mCriterion = new QComboBox(treePage);
    mCriterion->addItem(tr("Gini impurity"));
    mCriterion->addItem(tr("Entropy"));
    auto* treeForm = new QFormLayout(treePage);
    treeForm->addRow(tr("Maximum depth"), mMaxDepth);
    treeForm->addRow(tr("Smallest segment"), mMinSize);
    treeForm->addRow(tr("Split quality"), mCriterion);

    auto* clusterPage = new QWidget(this);
    mClusters = new QSpinBox(clusterPage);
    mClusters->setRange(2, 50);
    mClusters->setValue(4);
    mSeed = new QSpinBox(clusterPage);
    mSeed->setRange(0, 1000000);
    mSeed->setValue(1);
    auto* clusterForm = new QFormLayout(clusterPage);
    clusterForm->addRow(tr("Number of clusters"), mClusters);
    clusterForm->addRow(tr("Seed"), mSeed);

    mMethodOptions = new QStackedWidget(this);
    mMethodOptions->addWidget(treePage);
    mMethodOptions->addWidget(clusterPage);
    connect(mMethod, &QComboBox::currentIndexChanged, mMethodOptions, &QStackedWidget::setCurrentIndex);

    mFit = new QPushButton(tr("Fit"), this);
    mCancel = new QPushButton(tr("Stop"), this);
    mProgress = new QProgressBar(this);
    mProgress->setRange(0, 1000);
    mProgress->setTextVisible(false);
    mStatus = new QLabel(this);
    mStatus->setWordWrap(true);
    mTableView = new QTableWidget(0, 4, this);
    mTableView->setHorizontalHeaderLabels({tr("Segment"), tr("Leads"), tr("Converted"), tr("Rate")});
    mTableView->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    mTableView->verticalHeader()->hide();
    mButtons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    mButtons->button(QDialogButtonBox::Ok)->setText(tr("Add Segments"));
    connect(mButtons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(mButtons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(mFit, &QPushButton::clicked, this, &SuggestSegmentsDialog::startFit);
    connect(mCancel, &QPushButton::clicked, this, &SuggestSegmentsDialog::cancelFit);
    connect(&mWatcher, &QFutureWatcher<Outcome>::finished, this, &SuggestSegmentsDialog::finishFit);
    connect(mInputs, &ModelInputsWidget::changed, this, &SuggestSegmentsDialog::updateState);
    mPoll = new QTimer(this);
    mPoll->setInterval(100);
    connect(mPoll, &QTimer::timeout, this, [this] {
        if (mJob)
            mProgress->setValue(mJob->permille.load());
    });

    auto* top = new QHBoxLayout;
    auto* left = new QVBoxLayout;
    left->addWidget(mInputs, 1);
    auto* right = new QVBoxLayout;
    auto* methodForm = new QFormLayout;
    methodForm->addRow(tr("Method"), mMethod);
    right->addLayout(methodForm);
    right->addWidget(mMethodOptions);
    auto* run = new QHBoxLayout;
    run->addWidget(mFit);
    run->addWidget(mCancel);
    run->addWidget(mProgress, 1);
    right->addLayout(run);
    right->addWidget(mStatus);
    right->addStretch();
    top->addLayout(left, 1);
    top->addLayout(right, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(mTableView, 1);
    layout->addWidget(mButtons);
    resize(820, 640);
    updateState();
}

SuggestSegmentsDialog::~SuggestSegmentsDialog()
{
    // The worker holds its own references to the table and the job; waiting keeps shutdown orderly.
    cancelFit();
    mWatcher.waitForFinished();
}

void SuggestSegmentsDialog::setMethod(Method m)
{
    mMethod->setCurrentIndex(m == Method::DecisionTree ? 0 : 1);
}

void SuggestSegmentsDialog::setTreeLimits(int maxDepth, int minSize)
{
    mMaxDepth->setValue(maxDepth);
    mMinSize->setValue(minSize);
}

void SuggestSegmentsDialog::setClusterCount(int k)
{
    mClusters->setValue(k);
}

bool SuggestSegmentsDialog::isRunning() const
{
    return mWatcher.isRunning();
}

void SuggestSegmentsDialog::updateState()
{
    const bool running = isRunning();
    mFit->setEnabled(!running && !mInputs->fields().empty());
    mCancel->setEnabled(running);
    mButtons->button(QDialogButtonBox::Ok)->setEnabled(!running && mHasResult);
}

void SuggestSegmentsDialog::startFit()
{
    QString error;
    const auto outcome = mInputs->outcome(&error);
    const std::vector<std::string> fields = mInputs->fields();
    if (!outcome || fields.empty()) {
        mStatus->setText(outcome ? tr("Choose at least one field.") : error);
        return;
    }
    if (mJob)
        mJob->cancel = true;
    auto job = std::make_shared<ModelJobState>();
    job->id = mNextJobId++;
    mJob = job;
    mHasResult = false;
    mTableView->setRowCount(0);
    mProgress->setValue(0);
    mStatus->setText(tr("Fitting…"));
    const ModelProgress progress = ModelJobState::progressOf(job);
    const std::shared_ptr<const ColumnTable> table = mTable;
    if (mMethod->currentIndex() == 0) {
        SuggestOptions o;
        o.tree.fields = fields;
        o.tree.maxDepth = mMaxDepth->value();
        o.tree.minLeafSize = size_t(mMinSize->value());
        o.tree.criterion = mCriterion->currentIndex() == 0 ? SplitCriterion::Gini : SplitCriterion::Entropy;
        o.outcome = *outcome;
        mWatcher.setFuture(QtConcurrent::run([table, o, progress, id = job->id] {
            return Outcome{id, suggestSegments(*table, o, progress)};
        }));
    } else {
        ClusterOptions o;
        o.fields = fields;
        o.k = mClusters->value();
        o.seed = uint64_t(mSeed->value());
        const Condition oc = *outcome;
        mWatcher.setFuture(QtConcurrent::run([table, o, oc, progress, id = job->id] {
            Bitmap positives;
            QString err;
            const bool haveOutcome = outcomeRows(*table, oc, &positives, &err);
            return Outcome{id, clusterLeads(*table, o, haveOutcome ? &positives : nullptr, progress)};
        }));
    }
    mPoll->start();
    updateState();
}

void SuggestSegmentsDialog::cancelFit()
{
    if (mJob)
        mJob->cancel = true;
}

void SuggestSegmentsDialog::finishFit()
{
    mPoll->stop();
    const Outcome outcome = mWatcher.result();
    if (!mJob || outcome.jobId != mJob->id) {
        updateState();
        return; // a newer fit is on its way
    }
    mProgress->setValue(1000);
    bool ok = false;
    if (const auto* tree = std::get_if<SuggestResult>(&outcome.result)) {
        ok = tree->ok;
        if (ok)
            showTree(*tree);
        else
            mStatus->setText(tree->cancelled ? tr("Stopped.") : tree->error);
    } else {
        const auto& clusters = std::get<ClusterResult>(outcome.result);
        ok = clusters.ok;
        if (ok)
            showClusters(clusters);
        else
            mStatus->setText(clusters.cancelled ? tr("Stopped.") : clusters.error);
    }
    mHasResult = ok;
    updateState();
    emit fitFinished(ok);
}

void SuggestSegmentsDialog::showTree(const SuggestResult& r)
{
    mResult = r.rules;
    mTableView->setRowCount(int(r.leaves.size()));
    for (int i = 0; i < int(r.leaves.size()); ++i) {
        const SuggestedLeaf& l = r.leaves[size_t(i)];
        mTableView->setItem(i, 0, cell(QString::fromStdString(l.namePath)));
        mTableView->setItem(i, 1, cell(QLocale().toString(qulonglong(l.size)), true));
        mTableView->setItem(i, 2, cell(QLocale().toString(qulonglong(l.conversions)), true));
        mTableView->setItem(i, 3, cell(percent(l.rate()), true));
    }
    mStatus->setText(tr("%n segment(s); overall rate %1. Sizes are exact: the rules reproduce the tree.", nullptr, int(r.leaves.size()))
                         .arg(percent(r.total ? double(r.conversions) / double(r.total) : 0)));
}

void SuggestSegmentsDialog::showClusters(const ClusterResult& r)
{
    RuleSet rules;
    rules.name = r.group.name;
    for (const std::string& f : mInputs->fields())
        if (const Column* c = mTable->column(f))
            rules.fields.emplace_back(f, c->type);
    QString error;
    if (auto oc = mInputs->outcome(&error)) {
        if (const Column* c = mTable->column(oc->field); c && !rules.fieldType(c->name))
            rules.fields.emplace_back(c->name, c->type);
        rules.outcome = *oc;
    }
    rules.root.children.push_back(r.group);
    mResult = rules;
    mTableView->setRowCount(int(r.clusters.size()));
    for (int i = 0; i < int(r.clusters.size()); ++i) {
        const ClusterProfile& p = r.clusters[size_t(i)];
        mTableView->setItem(i, 0, cell(QString::fromStdString(p.segment.name)));
        mTableView->setItem(i, 1, cell(QLocale().toString(qulonglong(p.size)), true));
        mTableView->setItem(i, 2, cell(p.conversions ? QLocale().toString(qulonglong(*p.conversions)) : QString(), true));
        mTableView->setItem(i, 3, cell(p.conversions && p.size ? percent(double(*p.conversions) / double(p.size)) : QString(), true));
        mTableView->item(i, 0)->setToolTip(tr("The segment's conditions match %1 leads, %2 of them in this cluster.")
                                               .arg(QLocale().toString(qulonglong(p.segmentSize)),
                                                    QLocale().toString(qulonglong(p.segmentInCluster))));
    }
    mStatus->setText(tr("%n cluster(s) after %1 iterations. Each segment describes its cluster approximately; hover for how well.",
                        nullptr, int(r.clusters.size())).arg(r.iterations));
}

} // namespace sd
