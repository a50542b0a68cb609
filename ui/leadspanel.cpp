// Leads page: segment leads and the "why" view.
#include "leadspanel.h"

#include "evaluationcontroller.h"
#include "ruledocument.h"
#include "segmentleadsmodel.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QSplitter>
#include <QTableView>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace sd {

LeadsPanel::LeadsPanel(RuleDocument* document, EvaluationController* controller, QWidget* parent)
    : QWidget(parent)
    , mDocument(document)
    , mController(controller)
    , mModel(new SegmentLeadsModel(this))
    , mView(new QTableView(this))
    , mSummary(new QLabel(this))
    , mWhySegment(new QComboBox(this))
    , mVerdict(new QLabel(this))
    , mWhy(new QTreeWidget(this))
{
    mView->setModel(mModel);
    mView->setSelectionBehavior(QAbstractItemView::SelectRows);
    mView->setSelectionMode(QAbstractItemView::SingleSelection);
    mView->setAlternatingRowColors(true);
    mView->setWordWrap(false);
    mView->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    mView->verticalHeader()->setDefaultSectionSize(mView->fontMetrics().height() + 6);
    mView->horizontalHeader()->setDefaultSectionSize(120);

    mWhy->setColumnCount(3);
    mWhy->setHeaderLabels({tr("Condition"), tr("Holds"), tr("Lead's value")});
    mWhy->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    mWhy->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    mWhy->header()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    mWhy->header()->setStretchLastSection(false);
    mVerdict->setWordWrap(true);
    mWhySegment->setToolTip(tr("Explain the selected lead against this segment: why it is in it, or why not"));

    auto left = new QWidget(this);
    auto leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(mSummary);
    leftLayout->addWidget(mView);

    auto right = new QWidget(this);
    auto rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    auto whyRow = new QHBoxLayout;
    whyRow->addWidget(new QLabel(tr("Why is this lead in / not in"), right));
    whyRow->addWidget(mWhySegment, 1);
    rightLayout->addLayout(whyRow);
    rightLayout->addWidget(mVerdict);
    rightLayout->addWidget(mWhy, 1);

    auto splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(left);
    splitter->addWidget(right);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    auto layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(splitter);

    connect(mView->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this](const QModelIndex& current) {
        mSelectedRow = current.isValid() ? qint64(mModel->tableRow(current.row())) : -1;
        askWhy();
    });
    connect(mWhySegment, &QComboBox::activated, this, &LeadsPanel::askWhy);
    connect(mController, &EvaluationController::explanationReady, this, &LeadsPanel::showExplanation);
    reloadModel();
}

void LeadsPanel::setSnapshot(const EvaluationSnapshotPtr& snapshot)
{
    mSnapshot = snapshot;
    fillSegmentChoices();
    reloadModel();
    askWhy(); // the rules changed: the answer may have too
}

void LeadsPanel::setSelectedSegment(const QString& id)
{
    mSegment = id;
    mSelectedRow = -1;
    const int i = mWhySegment->findData(id);
    if (i >= 0)
        mWhySegment->setCurrentIndex(i);
    reloadModel();
    mWhy->clear();
    mVerdict->setText(tr("Select a lead to see why it is (or is not) in the segment."));
}

void LeadsPanel::fillSegmentChoices()
{
    const QString keep = mWhySegment->currentData().toString();
    mWhySegment->clear();
    if (!mSnapshot)
        return;
    for (const SegmentMembers& m : mSnapshot->segments)
        if (!m.remainder)
            mWhySegment->addItem(QString(m.depth * 2, QLatin1Char(' ')) + QString::fromStdString(m.name), QString::fromStdString(m.id));
    int i = mWhySegment->findData(keep.isEmpty() ? mSegment : keep);
    if (i < 0)
        i = mWhySegment->findData(mSegment);
    mWhySegment->setCurrentIndex(std::max(i, 0));
}

void LeadsPanel::reloadModel()
{
    mModel->setSegment(mSnapshot, mSegment);
    const QLocale locale;
    if (!mSnapshot) {
        mSummary->setText(tr("Leads appear when the workspace has loaded."));
        return;
    }
    const int i = mSnapshot->indexOf(mSegment.toStdString());
    const QString name = i >= 0 ? QString::fromStdString(mSnapshot->segments[size_t(i)].namePath) : tr("all leads");
    mSummary->setText(tr("%1 leads in %2").arg(locale.toString(mModel->rowCount()), name));
    // Re-select the lead being explained when it is still a member.
    if (mSelectedRow >= 0)
        for (int r = 0; r < std::min(mModel->rowCount(), 2000); ++r)
            if (qint64(mModel->tableRow(r)) == mSelectedRow) {
                const QSignalBlocker block(mView->selectionModel());
                mView->selectRow(r);
                break;
            }
}

void LeadsPanel::askWhy()
{
    const QString segment = mWhySegment->currentData().toString();
    if (mSelectedRow < 0 || segment.isEmpty() || !mSnapshot)
        return;
    mWhyRequest = mController->requestExplanation(mDocument->rules(), segment.toStdString(), size_t(mSelectedRow));
    mVerdict->setText(tr("Checking…"));
}

QTreeWidgetItem* LeadsPanel::addNode(QTreeWidgetItem* parent, const ExplainNode& node)
{
    auto item = new QTreeWidgetItem(parent);
    item->setText(0, QString::fromStdString(node.label));
    item->setText(1, node.truth ? tr("✔ yes") : tr("✘ no"));
    item->setForeground(1, node.truth ? QColor(0x2e, 0x7d, 0x32) : QColor(0xc6, 0x28, 0x28));
    item->setText(2, QString::fromStdString(node.leadValue));
    for (const ExplainNode& child : node.children)
        addNode(item, child);
    return item;
}

void LeadsPanel::showExplanation(quint64 id, const std::string& segmentId, size_t row, const Explanation& e,
                                 const QString& error)
{
    if (id != mWhyRequest || qint64(row) != mSelectedRow)
        return;
    mWhy->clear();
    if (!error.isEmpty()) {
        mVerdict->setText(tr("Cannot explain: %1").arg(error));
        return;
    }
    const Segment* target = mDocument->segment(segmentId);
    const QString name = target ? QString::fromStdString(target->name) : QString::fromStdString(segmentId);
    QString verdict = e.member ? tr("This lead is in “%1”.").arg(name) : tr("This lead is not in “%1”.").arg(name);
    if (!e.member && !e.takenBy.empty()) {
        const Segment* taker = mDocument->segment(e.takenBy);
        verdict += QLatin1Char(' ') + tr("An earlier exclusive segment, “%1”, took it first.")
                                          .arg(QString::fromStdString(taker ? taker->name : e.takenBy));
    }
    mVerdict->setText(verdict);
    for (const auto& [stepId, node] : e.steps) {
        auto top = new QTreeWidgetItem(mWhy);
        const Segment* s = mDocument->segment(stepId);
        top->setText(0, tr("Segment “%1”").arg(QString::fromStdString(s ? s->name : stepId)));
        top->setText(1, node.truth ? tr("✔ yes") : tr("✘ no"));
        top->setForeground(1, node.truth ? QColor(0x2e, 0x7d, 0x32) : QColor(0xc6, 0x28, 0x28));
        for (const ExplainNode& child : node.children)
            addNode(top, child);
        if (node.children.empty() && node.label != "all of")
            addNode(top, node);
    }
    mWhy->expandAll();
}

} // namespace sd
