// Lift report dialog: holdout lift of the current evaluation, and a comparison with a saved version.
#include "liftreportdialog.h"

#include "evaluationcontroller.h"
#include "holdoutliftmodel.h"
#include "rulefile.h"
#include "ruledocument.h"
#include "workspace.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFutureWatcher>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableView>
#include <QTableWidget>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace sd {

namespace {

struct ReportResult
{
    quint64 request = 0;
    std::vector<HoldoutLift> report;
};

struct CompareResult
{
    quint64 request = 0;
    bool ok = false;
    RuleSetComparison comparison;
    QString error;
};

QString rateText(const Proportion& p)
{
    return QLocale().toString(p.rate() * 100.0, 'f', 2) + QLocale().percent();
}

} // namespace

LiftReportDialog::LiftReportDialog(RuleDocument* document, EvaluationController* evaluation, const Workspace* workspace,
                                   QWidget* parent)
    : QDialog(parent)
    , mDocument(document)
    , mEvaluation(evaluation)
    , mWorkspace(workspace)
    , mModel(new HoldoutLiftModel(this))
{
    setWindowTitle(tr("Lift Report"));
    resize(1080, 760);

    auto* holdoutBox = new QGroupBox(tr("Treatment against holdout, per segment"));
    mReportNote = new QLabel;
    mReportNote->setWordWrap(true);
    mView = new QTableView;
    mView->setModel(mModel);
    mView->setSelectionBehavior(QAbstractItemView::SelectRows);
    mView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    mView->verticalHeader()->hide();
    mView->setAlternatingRowColors(true);
    mView->horizontalHeader()->setStretchLastSection(true);
    mCopy = new QPushButton(tr("&Copy as CSV"));
    mCopy->setToolTip(tr("Every figure of the table with full precision, for a spreadsheet"));
    auto* copyRow = new QHBoxLayout;
    copyRow->addStretch();
    copyRow->addWidget(mCopy);
    auto* holdoutLayout = new QVBoxLayout(holdoutBox);
    holdoutLayout->addWidget(mReportNote);
    holdoutLayout->addWidget(mView, 1);
    holdoutLayout->addLayout(copyRow);

    auto* compareBox = new QGroupBox(tr("Compare with a saved version, on the same leads"));
    mVersions = new QComboBox;
    mVersions->setMinimumContentsLength(40);
    for (const auto& [id, text] : versions())
        mVersions->addItem(text, id);
    mCompare = new QPushButton(tr("Co&mpare"));
    mCompare->setEnabled(mVersions->count() > 0);
    auto* chooseRow = new QHBoxLayout;
    chooseRow->addWidget(new QLabel(tr("Version:")));
    chooseRow->addWidget(mVersions, 1);
    chooseRow->addWidget(mCompare);
    mCompareNote = new QLabel;
    mCompareNote->setWordWrap(true);
    mCompareTable = new QTableWidget(0, 2);
    mCompareTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    mCompareTable->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    mCompareTable->hide();
    auto* compareLayout = new QVBoxLayout(compareBox);
    compareLayout->addLayout(chooseRow);
    compareLayout->addWidget(mCompareNote);
    compareLayout->addWidget(mCompareTable, 1);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(holdoutBox, 2);
    layout->addWidget(compareBox, 3);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(mCopy, &QPushButton::clicked, this, &LiftReportDialog::copyCsv);
    connect(mCompare, &QPushButton::clicked, this, [this] {
        if (mVersions->currentIndex() >= 0)
            compareWithVersion(mVersions->currentData().toLongLong());
    });
    connect(mEvaluation, &EvaluationController::snapshotReady, this, &LiftReportDialog::setSnapshot);
    if (mVersions->count() == 0)
        mCompareNote->setText(mWorkspace ? tr("The workspace holds no saved version of a rule set yet: save one with "
                                              "File → Save to Workspace, then compare later versions with it.")
                                         : tr("Open a workspace to compare with its saved versions."));
    setSnapshot(mEvaluation->latest());
}

LiftReportDialog::~LiftReportDialog() = default;

QList<QPair<qint64, QString>> LiftReportDialog::versions() const
{
    QList<QPair<qint64, QString>> out;
    if (!mWorkspace)
        return out;
    const QLocale locale;
    for (const QString& name : mWorkspace->ruleSetNames())
        for (const RuleSetVersion& v : mWorkspace->ruleSetVersions(name)) {
            const QString when = locale.toString(v.savedAt.toLocalTime(), QLocale::ShortFormat);
            out.append({v.id, v.comment.isEmpty() ? tr("%1 — %2").arg(name, when)
                                                  : tr("%1 — %2 — %3").arg(name, when, v.comment)});
        }
    return out;
}

void LiftReportDialog::setSnapshot(const EvaluationSnapshotPtr& snapshot)
{
    const quint64 request = ++mReportRequest;
    mCopy->setEnabled(false);
    if (!snapshot || !snapshot->error.isEmpty() || !snapshot->outcome || !snapshot->rules.hasHoldout()) {
        mModel->setReport({});
        if (!snapshot)
            mReportNote->setText(tr("Open a workspace with leads to measure lift."));
        else if (!snapshot->error.isEmpty())
            mReportNote->setText(tr("The rules cannot be evaluated: %1").arg(snapshot->error));
        else if (!snapshot->rules.hasHoldout())
            mReportNote->setText(tr("No segment has a holdout. Give a segment a holdout share (in its details) "
                                    "before the campaign; once outcomes are imported, this report compares the "
                                    "treated leads with the held-out ones."));
        else
            mReportNote->setText(tr("The rule set defines no outcome, so conversion cannot be measured. "
                                    "Add an outcome (which leads converted) to the rule set."));
        mView->setVisible(false);
        emit reportShown();
        return;
    }
    mReportNote->setText(tr("Computing…"));
    auto* watcher = new QFutureWatcher<ReportResult>(this);
    connect(watcher, &QFutureWatcher<ReportResult>::finished, this, [this, watcher] {
        ReportResult r = watcher->result();
        watcher->deleteLater();
        if (r.request != mReportRequest)
            return; // a newer evaluation arrived meanwhile
        mModel->setReport(std::move(r.report));
        mView->setVisible(true);
        mView->resizeColumnsToContents();
        mCopy->setEnabled(mModel->rowCount() > 0);
        mReportNote->setText(tr("Uplift is the treatment rate minus the holdout rate in percentage points; "
                                "intervals are 95%. A small p-value says the difference is unlikely to be chance."));
        emit reportShown();
    });
    watcher->setFuture(QtConcurrent::run([snapshot, request] {
        return ReportResult{request, holdoutLiftReport(snapshot->segments, *snapshot->outcome)};
    }));
}

QString LiftReportDialog::reportMessage() const
{
    return mView->isVisibleTo(this) ? QString() : mReportNote->text();
}

QString LiftReportDialog::csv() const
{
    return mModel->csv();
}

void LiftReportDialog::copyCsv() const
{
    QApplication::clipboard()->setText(csv());
}

void LiftReportDialog::compareWithVersion(qint64 versionId)
{
    if (!mWorkspace)
        return;
    const RuleFileResult parsed = parseRuleFile(mWorkspace->ruleSetVersionContent(versionId));
    QString name = tr("version %1").arg(versionId);
    for (const auto& [id, text] : versions())
        if (id == versionId)
            name = text;
    if (!parsed.ok) {
        mComparison.reset();
        mCompareNote->setText(parsed.errors.empty() ? tr("That version cannot be read.")
                                                    : tr("That version cannot be read: %1").arg(formatRuleFileError(parsed.errors.front())));
        mCompareTable->hide();
        emit comparisonFinished(false);
        return;
    }
    compareWith(parsed.rules, name);
}

void LiftReportDialog::compareWith(const RuleSet& other, const QString& name)
{
    const quint64 request = ++mCompareRequest;
    mComparison.reset();
    mCompareName = name;
    const auto table = mEvaluation->table();
    const RuleSet current = mDocument->rules();
    if (!table || table->rowCount() == 0) {
        mCompareNote->setText(tr("Open a workspace with leads to compare versions."));
        mCompareTable->hide();
        emit comparisonFinished(false);
        return;
    }
    // Both versions are judged by the outcome of the rules being designed, else by their own.
    const std::optional<Condition> outcome = current.outcome ? current.outcome : other.outcome;
    if (!outcome) {
        mCompareNote->setText(tr("Neither rule set defines an outcome, so conversion cannot be compared. "
                                 "Add an outcome (which leads converted) to the rule set."));
        mCompareTable->hide();
        emit comparisonFinished(false);
        return;
    }
    mCompareNote->setText(tr("Comparing…"));
    mCompare->setEnabled(false);
    const int64_t asOf = mEvaluation->asOf();
    auto* watcher = new QFutureWatcher<CompareResult>(this);
    connect(watcher, &QFutureWatcher<CompareResult>::finished, this, [this, watcher] {
        CompareResult r = watcher->result();
        watcher->deleteLater();
        if (r.request != mCompareRequest)
            return;
        mCompare->setEnabled(mVersions->count() > 0);
        if (!r.ok) {
            mCompareNote->setText(tr("The versions cannot be compared: %1").arg(r.error));
            mCompareTable->hide();
            emit comparisonFinished(false);
            return;
        }
        mComparison = r.comparison;
        showComparison();
        emit comparisonFinished(true);
    });
    watcher->setFuture(QtConcurrent::run([table, current, other, outcome, asOf, request] {
        CompareResult r;
        r.request = request;
        r.ok = compareRuleSets(*table, current, other, &*outcome, asOf, &r.comparison, &r.error);
        return r;
    }));
}

QString LiftReportDialog::comparisonMessage() const
{
    return mCompareNote->text();
}

void LiftReportDialog::showComparison()
{
    const RuleSetComparison& c = *mComparison;
    const QLocale locale;
    mCompareTable->clear();
    mCompareTable->setHorizontalHeaderLabels({tr("Rules being designed"), mCompareName});
    const QStringList rows{tr("Leaf segments"), tr("Leads touched"), tr("Conversions"), tr("Conversion per lead touched"),
                           tr("Leads only one of them touches"), tr("Leads both touch")};
    mCompareTable->setRowCount(int(rows.size()));
    mCompareTable->setVerticalHeaderLabels(rows);
    auto set = [&](int row, int column, const QString& text, const QVariant& value) {
        auto* item = new QTableWidgetItem(text);
        item->setData(Qt::UserRole, value);
        item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        mCompareTable->setItem(row, column, item);
    };
    const VersionResult* side[2] = {&c.a, &c.b};
    const Proportion* only[2] = {&c.onlyA, &c.onlyB};
    for (int col = 0; col < 2; ++col) {
        const VersionResult& v = *side[col];
        set(0, col, locale.toString(qulonglong(v.segments)), qulonglong(v.segments));
        set(1, col, locale.toString(qulonglong(v.touched.size)), qulonglong(v.touched.size));
        set(2, col, locale.toString(qulonglong(v.touched.conversions)), qulonglong(v.touched.conversions));
        set(3, col, rateText(v.touched), v.touched.rate());
        set(4, col, tr("%1 leads, %2 converted").arg(locale.toString(qulonglong(only[col]->size)), rateText(*only[col])),
            qulonglong(only[col]->size));
        set(5, col, tr("%1 leads, %2 converted").arg(locale.toString(qulonglong(c.both.size)), rateText(c.both)),
            qulonglong(c.both.size));
    }
    mCompareTable->show();
    QString verdict;
    if (c.difference) {
        const QString diff = (*c.difference > 0 ? QStringLiteral("+") : QString()) + locale.toString(*c.difference * 100.0, 'f', 2);
        const QString p = !c.pValue ? tr("n/a") : *c.pValue < 0.0001 ? tr("< 0.0001") : locale.toString(*c.pValue, 'f', 4);
        verdict = tr("Conversion per lead touched: the rules being designed minus the saved version = %1 percentage "
                     "points; p-value %2 (leads only one version touches, compared with each other).").arg(diff, p);
    } else {
        verdict = tr("One of the versions touches no lead, so there is no difference to measure.");
    }
    mCompareNote->setText(verdict);
}

} // namespace sd
