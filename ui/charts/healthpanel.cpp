// Health panel. The checks read statistics only (no pass over rows), so they run on the UI thread.
#include "healthpanel.h"

#include "healthmodel.h"

#include <QDoubleSpinBox>
#include <QElapsedTimer>
#include <QFormLayout>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QTableView>
#include <QToolButton>
#include <QHBoxLayout>
#include <QVBoxLayout>

namespace sd {

namespace {

QDoubleSpinBox* percentBox(double max, int decimals = 1)
{
    auto* b = new QDoubleSpinBox;
    b->setRange(0, max);
    b->setDecimals(decimals);
    b->setSuffix(QStringLiteral(" %"));
    return b;
}

} // namespace

HealthPanel::HealthPanel(QWidget* parent)
    : QWidget(parent)
    , mToday(todayDays())
{
    mModel = new HealthModel(this);
    mView = new QTableView;
    mView->setModel(mModel);
    mView->setSelectionBehavior(QAbstractItemView::SelectRows);
    mView->setWordWrap(true);
    mView->verticalHeader()->hide();
    mView->horizontalHeader()->setStretchLastSection(true);
    mView->horizontalHeader()->setSectionResizeMode(HealthModel::SeverityColumn, QHeaderView::ResizeToContents);
    mView->horizontalHeader()->setSectionResizeMode(HealthModel::CheckColumn, QHeaderView::ResizeToContents);
    mView->horizontalHeader()->setSectionResizeMode(HealthModel::SubjectColumn, QHeaderView::ResizeToContents);
    mView->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    connect(mView, &QTableView::doubleClicked, this, [this](const QModelIndex& index) {
        const QString id = index.data(HealthModel::SegmentIdRole).toString();
        if (!id.isEmpty())
            emit segmentActivated(id);
    });
    mSummary = new QLabel;
    mSummary->setWordWrap(true);

    mMinSize = new QSpinBox;
    mMinSize->setRange(1, 100000000);
    mMinSize->setSuffix(tr(" leads"));
    mTinyShare = percentBox(100, 0);
    mIntervalWidth = percentBox(100);
    mIntervalWidth->setSuffix(tr(" points"));
    mPValue = new QDoubleSpinBox;
    mPValue->setRange(0.0001, 0.5);
    mPValue->setDecimals(4);
    mPValue->setSingleStep(0.01);
    mRemainderShare = percentBox(100, 0);
    mFillRate = percentBox(100, 0);
    mImportAge = new QSpinBox;
    mImportAge->setRange(1, 36500);
    mImportAge->setSuffix(tr(" days"));
    mVerifiedAge = new QSpinBox;
    mVerifiedAge->setRange(1, 36500);
    mVerifiedAge->setSuffix(tr(" days"));
    auto* form = new QFormLayout;
    form->addRow(tr("Minimum segment size"), mMinSize);
    form->addRow(tr("Too many tiny segments above"), mTinyShare);
    form->addRow(tr("Widest 95% interval"), mIntervalWidth);
    form->addRow(tr("Siblings alike when p-value above"), mPValue);
    form->addRow(tr("Largest remainder share"), mRemainderShare);
    form->addRow(tr("Lowest fill rate of a used field"), mFillRate);
    form->addRow(tr("Data stale after"), mImportAge);
    form->addRow(tr("Verify the rules every"), mVerifiedAge);
    auto* thresholdsToggle = new QToolButton;
    thresholdsToggle->setText(tr("Thresholds"));
    thresholdsToggle->setCheckable(true);
    thresholdsToggle->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    thresholdsToggle->setArrowType(Qt::RightArrow);
    thresholdsToggle->setAutoRaise(true);
    auto* thresholdsBox = new QGroupBox;
    thresholdsBox->setLayout(form);
    thresholdsBox->setVisible(false);
    connect(thresholdsToggle, &QToolButton::toggled, this, [thresholdsToggle, thresholdsBox](bool on) {
        thresholdsBox->setVisible(on);
        thresholdsToggle->setArrowType(on ? Qt::DownArrow : Qt::RightArrow);
    });

    auto* verify = new QPushButton(tr("Mark rules as verified today"));
    verify->setToolTip(tr("Record that you checked this rule set against the current data"));
    connect(verify, &QPushButton::clicked, this, &HealthPanel::verifyRequested);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(mSummary);
    layout->addWidget(mView, 1);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(thresholdsToggle);
    buttons->addStretch();
    buttons->addWidget(verify);
    layout->addLayout(buttons);
    layout->addWidget(thresholdsBox);

    loadThresholds();
    writeEditors();
    for (QSpinBox* b : {mMinSize, mImportAge, mVerifiedAge})
        connect(b, &QSpinBox::valueChanged, this, &HealthPanel::readThresholdsFromEditors);
    for (QDoubleSpinBox* b : {mTinyShare, mIntervalWidth, mPValue, mRemainderShare, mFillRate})
        connect(b, &QDoubleSpinBox::valueChanged, this, &HealthPanel::readThresholdsFromEditors);
    recheck();
}

void HealthPanel::setSnapshot(EvaluationSnapshotPtr snapshot)
{
    mSnapshot = std::move(snapshot);
    recheck();
}

void HealthPanel::setFreshness(const DataFreshness& freshness)
{
    mFreshness = freshness;
    recheck();
}

void HealthPanel::setToday(int64_t day)
{
    mToday = day;
    recheck();
}

void HealthPanel::setThresholds(const HealthThresholds& thresholds)
{
    if (thresholds == mThresholds)
        return;
    mThresholds = thresholds;
    writeEditors();
    saveThresholds();
    recheck();
    emit thresholdsChanged();
}

void HealthPanel::readThresholdsFromEditors()
{
    if (mUpdatingEditors)
        return;
    HealthThresholds t;
    t.minSegmentSize = size_t(mMinSize->value());
    t.maxTinyShare = mTinyShare->value() / 100;
    t.maxIntervalWidth = mIntervalWidth->value() / 100;
    t.maxSiblingPValue = mPValue->value();
    t.maxRemainderShare = mRemainderShare->value() / 100;
    t.minFillRate = mFillRate->value() / 100;
    t.maxImportAgeDays = mImportAge->value();
    t.maxVerifiedAgeDays = mVerifiedAge->value();
    setThresholds(t);
}

void HealthPanel::writeEditors()
{
    mUpdatingEditors = true;
    mMinSize->setValue(int(std::min<size_t>(mThresholds.minSegmentSize, 100000000)));
    mTinyShare->setValue(mThresholds.maxTinyShare * 100);
    mIntervalWidth->setValue(mThresholds.maxIntervalWidth * 100);
    mPValue->setValue(mThresholds.maxSiblingPValue);
    mRemainderShare->setValue(mThresholds.maxRemainderShare * 100);
    mFillRate->setValue(mThresholds.minFillRate * 100);
    mImportAge->setValue(mThresholds.maxImportAgeDays);
    mVerifiedAge->setValue(mThresholds.maxVerifiedAgeDays);
    mUpdatingEditors = false;
}

void HealthPanel::saveThresholds() const
{
    QSettings s;
    s.beginGroup(QStringLiteral("health"));
    s.setValue(QStringLiteral("minSegmentSize"), qulonglong(mThresholds.minSegmentSize));
    s.setValue(QStringLiteral("maxTinyShare"), mThresholds.maxTinyShare);
    s.setValue(QStringLiteral("maxIntervalWidth"), mThresholds.maxIntervalWidth);
    s.setValue(QStringLiteral("maxSiblingPValue"), mThresholds.maxSiblingPValue);
    s.setValue(QStringLiteral("maxRemainderShare"), mThresholds.maxRemainderShare);
    s.setValue(QStringLiteral("minFillRate"), mThresholds.minFillRate);
    s.setValue(QStringLiteral("maxImportAgeDays"), mThresholds.maxImportAgeDays);
    s.setValue(QStringLiteral("maxVerifiedAgeDays"), mThresholds.maxVerifiedAgeDays);
}

void HealthPanel::loadThresholds()
{
    QSettings s;
    s.beginGroup(QStringLiteral("health"));
    const HealthThresholds d;
    mThresholds.minSegmentSize = s.value(QStringLiteral("minSegmentSize"), qulonglong(d.minSegmentSize)).toULongLong();
    mThresholds.maxTinyShare = s.value(QStringLiteral("maxTinyShare"), d.maxTinyShare).toDouble();
    mThresholds.maxIntervalWidth = s.value(QStringLiteral("maxIntervalWidth"), d.maxIntervalWidth).toDouble();
    mThresholds.maxSiblingPValue = s.value(QStringLiteral("maxSiblingPValue"), d.maxSiblingPValue).toDouble();
    mThresholds.maxRemainderShare = s.value(QStringLiteral("maxRemainderShare"), d.maxRemainderShare).toDouble();
    mThresholds.minFillRate = s.value(QStringLiteral("minFillRate"), d.minFillRate).toDouble();
    mThresholds.maxImportAgeDays = s.value(QStringLiteral("maxImportAgeDays"), d.maxImportAgeDays).toInt();
    mThresholds.maxVerifiedAgeDays = s.value(QStringLiteral("maxVerifiedAgeDays"), d.maxVerifiedAgeDays).toInt();
}

void HealthPanel::recheck()
{
    QElapsedTimer timer;
    timer.start();
    if (!mSnapshot || !mSnapshot->table || !mSnapshot->error.isEmpty()) {
        mModel->setFindings({}, nullptr);
        mSummary->setText(mSnapshot && !mSnapshot->error.isEmpty()
                              ? tr("The rules could not be evaluated: %1").arg(mSnapshot->error)
                              : tr("No evaluation yet."));
        mLastCheckMs = double(timer.nsecsElapsed()) / 1e6;
        return;
    }
    std::vector<HealthFinding> findings =
        checkHealth(mSnapshot->rules, mSnapshot->segments, mSnapshot->stats, mSnapshot->outcome.has_value(),
                    *mSnapshot->table, mFreshness, mToday, mThresholds);
    int problems = 0, warnings = 0, notes = 0;
    for (const HealthFinding& f : findings) {
        problems += f.severity == HealthSeverity::Problem;
        warnings += f.severity == HealthSeverity::Warning;
        notes += f.severity == HealthSeverity::Info;
    }
    mModel->setFindings(std::move(findings), &mSnapshot->segments);
    mSummary->setText(problems + warnings == 0
                          ? tr("No problems found (notes: %1).").arg(notes)
                          : tr("Problems: %1 · Warnings: %2 · Notes: %3").arg(problems).arg(warnings).arg(notes));
    mLastCheckMs = double(timer.nsecsElapsed()) / 1e6;
}

} // namespace sd
