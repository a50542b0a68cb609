// The fit-score dialog: inputs, a background fit with progress and cancel, the points table and
// the held-out precision/recall of the score exactly as it would be written.
#include "fitscoredialog.h"

#include "modelinputswidget.h"

#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
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

FitScoreDialog::FitScoreDialog(std::shared_ptr<const ColumnTable> table, QWidget* parent)
    : QDialog(parent), mTable(std::move(table))
{
    setWindowTitle(tr("Fit Points from the Outcome"));
    mInputs = new ModelInputsWidget(mTable, this);
    mTestShare = new QDoubleSpinBox(this);
    mTestShare->setRange(0, 0.9);
    mTestShare->setSingleStep(0.05);
    mTestShare->setValue(0.3);
    mSeed = new QSpinBox(this);
    mSeed->setRange(0, 1000000);
    mSeed->setValue(1);
    mPenalty = new QDoubleSpinBox(this);
    mPenalty->setRange(0.001, 100000);
    mPenalty->setDecimals(3);
    mPenalty->setValue(1);
    mBins = new QSpinBox(this);
    mBins->setRange(1, 50);
    mBins->setValue(EncodingOptions().numericBins);
    mLevels = new QSpinBox(this);
    mLevels->setRange(1, 200);
    mLevels->setValue(EncodingOptions().maxLevels);
    auto* form = new QFormLayout;
    form->addRow(tr("Held-out share"), mTestShare);
    form->addRow(tr("Split seed"), mSeed);
    form->addRow(tr("Penalty (L2)"), mPenalty);
    form->addRow(tr("Bins per number or date"), mBins);
    form->addRow(tr("Categories per text field"), mLevels);

    mFitButton = new QPushButton(tr("Fit"), this);
    mCancel = new QPushButton(tr("Stop"), this);
    mProgress = new QProgressBar(this);
    mProgress->setRange(0, 1000);
    mProgress->setTextVisible(false);
    mStatus = new QLabel(this);
    mStatus->setWordWrap(true);
    mPoints = new QTableWidget(0, 5, this);
    mPoints->setHorizontalHeaderLabels({tr("Condition"), tr("Points"), tr("Leads (train)"), tr("Rate (train)"), tr("Weight")});
    mPoints->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    mPoints->verticalHeader()->hide();
    mThresholds = new QTableWidget(0, 4, this);
    mThresholds->setHorizontalHeaderLabels({tr("Score at least"), tr("Leads (test)"), tr("Precision"), tr("Recall")});
    mThresholds->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    mThresholds->verticalHeader()->hide();
    auto* tabs = new QTabWidget(this);
    tabs->addTab(mPoints, tr("Points"));
    tabs->addTab(mThresholds, tr("Precision and recall"));
    mButtons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    mButtons->button(QDialogButtonBox::Ok)->setText(tr("Use This Score"));
    connect(mButtons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(mButtons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(mFitButton, &QPushButton::clicked, this, &FitScoreDialog::startFit);
    connect(mCancel, &QPushButton::clicked, this, &FitScoreDialog::cancelFit);
    connect(&mWatcher, &QFutureWatcher<Outcome>::finished, this, &FitScoreDialog::finishFit);
    connect(mInputs, &ModelInputsWidget::changed, this, &FitScoreDialog::updateState);
    mPoll = new QTimer(this);
    mPoll->setInterval(100);
    connect(mPoll, &QTimer::timeout, this, [this] {
        if (mJob)
            mProgress->setValue(mJob->permille.load());
    });

    auto* right = new QVBoxLayout;
    right->addLayout(form);
    auto* run = new QHBoxLayout;
    run->addWidget(mFitButton);
    run->addWidget(mCancel);
    run->addWidget(mProgress, 1);
    right->addLayout(run);
    right->addWidget(mStatus);
    right->addStretch();
    auto* top = new QHBoxLayout;
    top->addWidget(mInputs, 1);
    top->addLayout(right, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(tabs, 1);
    layout->addWidget(mButtons);
    resize(860, 680);
    updateState();
}

FitScoreDialog::~FitScoreDialog()
{
    cancelFit();
    mWatcher.waitForFinished();
}

void FitScoreDialog::setTestShare(double share)
{
    mTestShare->setValue(share);
}

void FitScoreDialog::setSeed(int seed)
{
    mSeed->setValue(seed);
}

bool FitScoreDialog::isRunning() const
{
    return mWatcher.isRunning();
}

void FitScoreDialog::updateState()
{
    const bool running = isRunning();
    mFitButton->setEnabled(!running && !mInputs->fields().empty());
    mCancel->setEnabled(running);
    mButtons->button(QDialogButtonBox::Ok)->setEnabled(!running && mFit.ok);
}

void FitScoreDialog::startFit()
{
    QString error;
    const auto outcome = mInputs->outcome(&error);
    ScoreFitOptions o;
    o.fields = mInputs->fields();
    if (!outcome || o.fields.empty()) {
        mStatus->setText(outcome ? tr("Choose at least one field.") : error);
        return;
    }
    o.outcome = *outcome;
    o.testShare = mTestShare->value();
    o.seed = uint64_t(mSeed->value());
    o.regression.l2 = mPenalty->value();
    o.encoding.numericBins = mBins->value();
    o.encoding.maxLevels = mLevels->value();
    if (mJob)
        mJob->cancel = true;
    auto job = std::make_shared<ModelJobState>();
    job->id = mNextJobId++;
    mJob = job;
    mFit = ScoreFitResult();
    mPoints->setRowCount(0);
    mThresholds->setRowCount(0);
    mProgress->setValue(0);
    mStatus->setText(tr("Fitting…"));
    const ModelProgress progress = ModelJobState::progressOf(job);
    const std::shared_ptr<const ColumnTable> table = mTable;
    mWatcher.setFuture(QtConcurrent::run([table, o, progress, id = job->id] { return Outcome{id, fitScore(*table, o, progress)}; }));
    mPoll->start();
    updateState();
}

void FitScoreDialog::cancelFit()
{
    if (mJob)
        mJob->cancel = true;
}

void FitScoreDialog::finishFit()
{
    mPoll->stop();
    const Outcome outcome = mWatcher.result();
    if (!mJob || outcome.jobId != mJob->id) {
        updateState();
        return; // a newer fit is on its way
    }
    mProgress->setValue(1000);
    mFit = outcome.result;
    if (mFit.ok)
        showFit();
    else
        mStatus->setText(mFit.cancelled ? tr("Stopped.") : mFit.error);
    updateState();
    emit fitFinished(mFit.ok);
}

void FitScoreDialog::showFit()
{
    const QLocale l;
    const QString test = mFit.aucTest ? l.toString(*mFit.aucTest, 'f', 3) : tr("n/a");
    const QString train = mFit.aucTrain ? l.toString(*mFit.aucTrain, 'f', 3) : tr("n/a");
    mStatus->setText(tr("AUC %1 on %2 held-out leads (%3 on the %4 it was fitted on). Base: %5 points.")
                         .arg(test, l.toString(qulonglong(mFit.rowsTest)), train, l.toString(qulonglong(mFit.rowsTrain)),
                              l.toString(mFit.basePoints)));
    mPoints->setRowCount(int(mFit.points.size()));
    for (int i = 0; i < int(mFit.points.size()); ++i) {
        const PointsRow& p = mFit.points[size_t(i)];
        mPoints->setItem(i, 0, cell(QString::fromStdString(p.label)));
        mPoints->setItem(i, 1, cell(l.toString(p.points), true));
        mPoints->setItem(i, 2, cell(l.toString(qulonglong(p.trainRows)), true));
        mPoints->setItem(i, 3, cell(p.trainRows ? percent(double(p.trainConversions) / double(p.trainRows)) : QString(), true));
        mPoints->setItem(i, 4, cell(l.toString(p.coefficient, 'f', 3), true));
    }
    // Every distinct threshold can be thousands of rows; show about 40 evenly spread by recall,
    // always including the first and last.
    const auto& curve = mFit.testCurve;
    std::vector<size_t> shown;
    double nextRecall = 0;
    for (size_t i = 0; i < curve.size(); ++i) {
        if (i == 0 || i + 1 == curve.size() || curve[i].recall >= nextRecall) {
            shown.push_back(i);
            nextRecall = curve[i].recall + 0.025;
        }
    }
    mThresholds->setRowCount(int(shown.size()));
    for (int r = 0; r < int(shown.size()); ++r) {
        const RocPoint& p = curve[shown[size_t(r)]];
        mThresholds->setItem(r, 0, cell(l.toString(p.threshold), true));
        mThresholds->setItem(r, 1, cell(l.toString(qulonglong(p.predicted)), true));
        mThresholds->setItem(r, 2, cell(percent(p.precision), true));
        mThresholds->setItem(r, 3, cell(percent(p.recall), true));
    }
}

} // namespace sd
