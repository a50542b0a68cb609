// Rule set version history and diff.
#include "rulesethistorydialog.h"

#include "evaluator.h"
#include "rulefile.h"
#include "ruledocument.h"
#include "workspace.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace sd {

namespace {

std::map<std::string, size_t> segmentSizes(const ColumnTable& table, const RuleSet& rules)
{
    std::map<std::string, size_t> sizes;
    // A private evaluator: the table is immutable and shared, the evaluator's caches are not.
    Evaluator evaluator(table);
    std::vector<SegmentMembers> segments;
    QString error;
    if (evaluator.evaluate(rules, &segments, &error))
        for (const SegmentMembers& m : segments)
            sizes[m.id] = m.members.count();
    return sizes;
}

} // namespace

RuleSetHistoryDialog::RuleSetHistoryDialog(const Workspace& workspace, RuleDocument* document,
                                           std::shared_ptr<const ColumnTable> table, QWidget* parent)
    : QDialog(parent)
    , mWorkspace(workspace)
    , mDocument(document)
    , mTable(std::move(table))
    , mVersions(new QTableWidget(this))
    , mDiff(new QPlainTextEdit(this))
    , mHeading(new QLabel(this))
{
    const QString name = mDocument->displayName();
    setWindowTitle(tr("History of “%1”").arg(name));
    resize(900, 600);
    const QList<RuleSetVersion> versions = mWorkspace.ruleSetVersions(name);
    mVersions->setColumnCount(4);
    mVersions->setHorizontalHeaderLabels({tr("Version"), tr("Saved"), tr("By"), tr("Comment")});
    mVersions->setRowCount(int(versions.size()) + 1);
    mVersions->setEditTriggers(QAbstractItemView::NoEditTriggers);
    mVersions->setSelectionBehavior(QAbstractItemView::SelectRows);
    mVersions->setSelectionMode(QAbstractItemView::MultiSelection);
    mVersions->verticalHeader()->hide();
    mVersions->horizontalHeader()->setStretchLastSection(true);
    // Row 0 is the rules being edited, so that "what did I change since the last save" is one click.
    auto item = [](const QString& text, const QVariant& id) {
        auto i = new QTableWidgetItem(text);
        i->setData(Qt::UserRole, id);
        return i;
    };
    mVersions->setItem(0, 0, item(tr("Current"), 0));
    mVersions->setItem(0, 1, item(mDocument->isModified() ? tr("unsaved changes") : tr("as saved"), 0));
    for (int r = 0; r < versions.size(); ++r) {
        const RuleSetVersion& v = versions[r];
        mVersions->setItem(r + 1, 0, item(QString::number(v.id), v.id));
        mVersions->setItem(r + 1, 1, item(QLocale().toString(v.savedAt.toLocalTime(), QLocale::ShortFormat), v.id));
        mVersions->setItem(r + 1, 2, item(v.author, v.id));
        mVersions->setItem(r + 1, 3, item(v.comment, v.id));
    }
    mVersions->resizeColumnsToContents();
    mDiff->setReadOnly(true);
    mDiff->setLineWrapMode(QPlainTextEdit::NoWrap);

    auto buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton* open = buttons->addButton(tr("Open Selected Version"), QDialogButtonBox::ActionRole);
    connect(open, &QPushButton::clicked, this, &RuleSetHistoryDialog::openSelected);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(mVersions);
    auto diffBox = new QWidget(this);
    auto diffLayout = new QVBoxLayout(diffBox);
    diffLayout->setContentsMargins(0, 0, 0, 0);
    diffLayout->addWidget(mHeading);
    diffLayout->addWidget(mDiff);
    splitter->addWidget(diffBox);
    auto layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("Select two versions to compare them, or one to compare it with the current rules."), this));
    layout->addWidget(splitter);
    layout->addWidget(buttons);

    connect(mVersions->selectionModel(), &QItemSelectionModel::selectionChanged, this, &RuleSetHistoryDialog::showDiff);
    connect(&mSizeWatcher, &QFutureWatcher<SizeJob>::finished, this, [this] {
        const SizeJob job = mSizeWatcher.result();
        if (job.id != mJob)
            return; // the selection changed meanwhile
        QStringList lines = diffRuleSets(mBefore, mAfter, job.sizes);
        mDiff->setPlainText(lines.isEmpty() ? tr("No differences.") : lines.join(QLatin1Char('\n')));
    });
    if (versions.size() >= 1)
        selectVersions({0, 1});
}

void RuleSetHistoryDialog::selectVersions(const QList<int>& rows)
{
    mVersions->clearSelection();
    for (int r : rows)
        mVersions->selectRow(r);
}

QString RuleSetHistoryDialog::diffText() const
{
    return mDiff->toPlainText();
}

bool RuleSetHistoryDialog::ruleSetOf(int row, RuleSet* out, QString* label) const
{
    const qint64 id = mVersions->item(row, 0)->data(Qt::UserRole).toLongLong();
    if (id == 0) {
        *out = mDocument->rules();
        *label = tr("the current rules");
        return true;
    }
    const RuleFileResult r = parseRuleFile(mWorkspace.ruleSetVersionContent(id));
    *out = r.rules;
    *label = tr("version %1").arg(id);
    return r.ok;
}

void RuleSetHistoryDialog::showDiff()
{
    QList<int> rows;
    for (const QModelIndex& i : mVersions->selectionModel()->selectedRows())
        rows << i.row();
    std::sort(rows.begin(), rows.end());
    if (rows.size() == 1)
        rows.prepend(0);
    if (rows.size() != 2 || rows[0] == rows[1]) {
        mHeading->setText(tr("Select one or two versions."));
        mDiff->clear();
        return;
    }
    // Older (lower in the list) first.
    QString beforeLabel, afterLabel;
    if (!ruleSetOf(rows[1], &mBefore, &beforeLabel) || !ruleSetOf(rows[0], &mAfter, &afterLabel)) {
        mHeading->setText(tr("A stored version does not parse."));
        mDiff->clear();
        return;
    }
    mHeading->setText(tr("Changes from %1 to %2").arg(beforeLabel, afterLabel));
    const QStringList lines = diffRuleSets(mBefore, mAfter);
    mDiff->setPlainText(lines.isEmpty() ? tr("No differences.") : lines.join(QLatin1Char('\n')));
    if (!mTable)
        return;
    const quint64 job = ++mJob;
    mSizeWatcher.setFuture(QtConcurrent::run([table = mTable, before = mBefore, after = mAfter, job] {
        SizeJob result;
        result.id = job;
        result.sizes.before = segmentSizes(*table, before);
        result.sizes.after = segmentSizes(*table, after);
        return result;
    }));
}

void RuleSetHistoryDialog::openSelected()
{
    const QModelIndexList rows = mVersions->selectionModel()->selectedRows();
    if (rows.size() != 1)
        return;
    RuleSet rules;
    QString label;
    if (rows.first().row() == 0 || !ruleSetOf(rows.first().row(), &rules, &label))
        return;
    mDocument->load(rules);
    accept();
}

} // namespace sd
