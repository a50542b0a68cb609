// Segment tree page: tree view, structure buttons and the details editor.
#include "segmenttreepanel.h"

#include "commands/addsegmentcommand.h"
#include "commands/movesegmentcommand.h"
#include "commands/removesegmentcommand.h"
#include "commands/setchildmodecommand.h"
#include "ruledocument.h"
#include "segmentdetailseditor.h"
#include "segmenttreemodel.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QSplitter>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

#include <functional>

namespace sd {

namespace {

QToolButton* toolButton(const QString& icon, const QString& tip, QWidget* parent)
{
    auto b = new QToolButton(parent);
    b->setIcon(QIcon(icon));
    b->setToolTip(tip);
    b->setAutoRaise(true);
    return b;
}

// A copy of a segment subtree with fresh ids, so that ids stay unique.
Segment copyWithNewIds(const RuleDocument& doc, const Segment& s, std::set<std::string>& taken)
{
    Segment c = s;
    std::string id = s.id + "-copy";
    for (int n = 2; doc.segment(id) || taken.count(id); ++n)
        id = s.id + "-copy-" + std::to_string(n);
    taken.insert(id);
    c.id = id;
    c.children.clear();
    for (const Segment& child : s.children)
        c.children.push_back(copyWithNewIds(doc, child, taken));
    return c;
}

} // namespace

SegmentTreePanel::SegmentTreePanel(RuleDocument* document, QWidget* parent)
    : QWidget(parent)
    , mDocument(document)
    , mModel(new SegmentTreeModel(document, this))
    , mView(new QTreeView(this))
    , mRootMode(new QComboBox(this))
    , mDetails(new SegmentDetailsEditor(document, this))
{
    mView->setModel(mModel);
    mView->setObjectName(QStringLiteral("segmentTree"));
    mView->setAccessibleName(tr("Segments"));
    mView->setDragDropMode(QAbstractItemView::InternalMove);
    mView->setDefaultDropAction(Qt::MoveAction);
    mView->setDragEnabled(true);
    mView->setAcceptDrops(true);
    mView->setDropIndicatorShown(true);
    mView->setEditTriggers(QAbstractItemView::EditKeyPressed | QAbstractItemView::SelectedClicked);
    mView->setUniformRowHeights(true);
    mView->setAlternatingRowColors(true);
    mView->setContextMenuPolicy(Qt::CustomContextMenu);
    mView->header()->setStretchLastSection(false);
    mView->header()->setSectionResizeMode(SegmentTreeModel::NameColumn, QHeaderView::Stretch);
    for (int c = SegmentTreeModel::SizeColumn; c < SegmentTreeModel::ColumnCount; ++c)
        mView->header()->setSectionResizeMode(c, QHeaderView::ResizeToContents);

    mRootMode->addItem(tr("Exclusive (priority order)"), int(ChildMode::Exclusive));
    mRootMode->addItem(tr("Overlapping"), int(ChildMode::Overlapping));
    mRootMode->setToolTip(tr("How the top-level segments share the leads: exclusive gives each lead to the first segment that matches"));

    auto add = toolButton(QStringLiteral(":/icons/segment-add.svg"), tr("New segment after the selected one"), this);
    auto addChild = toolButton(QStringLiteral(":/icons/segment-add-child.svg"), tr("New segment inside the selected one"), this);
    auto duplicate = toolButton(QStringLiteral(":/icons/duplicate.svg"), tr("Duplicate the selected segment"), this);
    auto remove = toolButton(QStringLiteral(":/icons/delete.svg"), tr("Delete the selected segment"), this);
    // Icon-only buttons: their tooltips are their names for screen readers too.
    for (QToolButton* b : {add, addChild, duplicate, remove})
        b->setAccessibleName(b->toolTip());
    mRootMode->setAccessibleName(tr("Top level"));
    connect(add, &QToolButton::clicked, this, &SegmentTreePanel::addSegment);
    connect(addChild, &QToolButton::clicked, this, &SegmentTreePanel::addChildSegment);
    connect(duplicate, &QToolButton::clicked, this, &SegmentTreePanel::duplicateSegment);
    connect(remove, &QToolButton::clicked, this, &SegmentTreePanel::deleteSegment);

    auto buttons = new QHBoxLayout;
    buttons->setContentsMargins(0, 0, 0, 0);
    buttons->addWidget(add);
    buttons->addWidget(addChild);
    buttons->addWidget(duplicate);
    buttons->addWidget(remove);
    buttons->addStretch();
    buttons->addWidget(new QLabel(tr("Top level:"), this));
    buttons->addWidget(mRootMode);

    auto splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(mView);
    splitter->addWidget(mDetails);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    splitter->setChildrenCollapsible(false);

    auto layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(buttons);
    layout->addWidget(splitter);

    connect(mModel, &QAbstractItemModel::modelAboutToBeReset, this, &SegmentTreePanel::rememberState);
    connect(mModel, &QAbstractItemModel::modelReset, this, &SegmentTreePanel::restoreState);
    connect(mView->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this](const QModelIndex& current) {
        if (mRestoring)
            return;
        const QString id = mModel->segmentId(current);
        if (id == mCurrent)
            return;
        mCurrent = id;
        mDetails->setSegment(id);
        emit currentSegmentChanged(id);
    });
    connect(mView, &QWidget::customContextMenuRequested, this, &SegmentTreePanel::showContextMenu);
    connect(mRootMode, &QComboBox::activated, this, [this] {
        const auto mode = ChildMode(mRootMode->currentData().toInt());
        if (mode != mDocument->rules().root.mode)
            mDocument->push(new SetChildModeCommand(mDocument, std::string(), mode));
    });
    connect(mDocument, &RuleDocument::segmentChanged, this, [this](const QString& id) {
        if (id.isEmpty())
            updateRootMode();
    });
    connect(mDocument, &RuleDocument::reset, this, [this] {
        updateRootMode();
        mView->expandAll();
        // A new rule set: start on its first segment, as a user would.
        if (mModel->rowCount() > 0)
            mView->setCurrentIndex(mModel->index(0, 0));
    });
    updateRootMode();
    mView->expandAll();
}

void SegmentTreePanel::setSnapshot(const EvaluationSnapshotPtr& snapshot)
{
    mModel->setSnapshot(snapshot);
}

void SegmentTreePanel::setCurrentSegment(const QString& id)
{
    const QModelIndex i = mModel->indexOfSegment(id);
    if (i.isValid())
        mView->setCurrentIndex(i);
}

void SegmentTreePanel::updateRootMode()
{
    mRootMode->setCurrentIndex(mRootMode->findData(int(mDocument->rules().root.mode)));
}

void SegmentTreePanel::rememberState()
{
    mExpanded.clear();
    std::function<void(const QModelIndex&)> walk = [&](const QModelIndex& parent) {
        for (int r = 0; r < mModel->rowCount(parent); ++r) {
            const QModelIndex i = mModel->index(r, 0, parent);
            if (mView->isExpanded(i))
                mExpanded << mModel->segmentId(i);
            walk(i);
        }
    };
    walk(QModelIndex());
}

void SegmentTreePanel::restoreState()
{
    mRestoring = true;
    // New parents open so that a nested segment is visible where it landed.
    mView->expandAll();
    const QModelIndex current = mModel->indexOfSegment(mCurrent);
    if (current.isValid())
        mView->setCurrentIndex(current);
    mRestoring = false;
    if (!current.isValid() && !mCurrent.isEmpty()) {
        mCurrent.clear();
        mDetails->setSegment(QString());
        emit currentSegmentChanged(QString());
    }
}

void SegmentTreePanel::showContextMenu(const QPoint& pos)
{
    const QModelIndex index = mView->indexAt(pos);
    const std::string id = mModel->segmentId(index).toStdString();
    const Segment* s = index.isValid() && !mModel->data(index, SegmentTreeModel::IsRemainderRole).toBool()
        ? mDocument->segment(id) : nullptr;
    QMenu menu(this);
    menu.addAction(tr("New Segment"), this, &SegmentTreePanel::addSegment);
    if (s) {
        menu.addAction(tr("New Segment Inside"), this, &SegmentTreePanel::addChildSegment);
        menu.addAction(tr("Rename"), this, &SegmentTreePanel::renameSegment);
        menu.addAction(tr("Duplicate"), this, &SegmentTreePanel::duplicateSegment);
        menu.addAction(tr("Delete"), this, &SegmentTreePanel::deleteSegment);
        menu.addSeparator();
        QMenu* mode = menu.addMenu(tr("Children Are"));
        for (ChildMode m : {ChildMode::Exclusive, ChildMode::Overlapping}) {
            QAction* a = mode->addAction(m == ChildMode::Exclusive ? tr("Exclusive (priority order)") : tr("Overlapping"));
            a->setCheckable(true);
            a->setChecked(s->mode == m);
            connect(a, &QAction::triggered, this, [this, id, m] {
                const Segment* seg = mDocument->segment(id);
                if (seg && seg->mode != m)
                    mDocument->push(new SetChildModeCommand(mDocument, id, m));
            });
        }
    }
    menu.exec(mView->viewport()->mapToGlobal(pos));
}

void SegmentTreePanel::insertNew(const std::string& parentId, int index)
{
    Segment s;
    s.name = tr("New segment").toStdString();
    s.id = mDocument->uniqueSegmentId(s.name);
    const QString id = QString::fromStdString(s.id);
    mDocument->push(new AddSegmentCommand(mDocument, parentId, index, s, tr("New segment")));
    setCurrentSegment(id);
    mView->edit(mModel->indexOfSegment(id));
}

void SegmentTreePanel::addSegment()
{
    const std::string current = mCurrent.toStdString();
    const Segment* s = editableCurrent();
    if (!s) {
        insertNew(std::string(), int(mDocument->rules().root.children.size()));
        return;
    }
    insertNew(mDocument->parentOf(current)->id, mDocument->indexInParent(current) + 1);
}

void SegmentTreePanel::addChildSegment()
{
    const std::string current = mCurrent.toStdString();
    const Segment* s = editableCurrent();
    if (!s) {
        addSegment();
        return;
    }
    insertNew(current, int(s->children.size()));
}

void SegmentTreePanel::duplicateSegment()
{
    const std::string current = mCurrent.toStdString();
    const Segment* s = editableCurrent();
    if (!s)
        return;
    std::set<std::string> taken;
    Segment copy = copyWithNewIds(*mDocument, *s, taken);
    copy.name = tr("%1 (copy)").arg(QString::fromStdString(s->name)).toStdString();
    const QString id = QString::fromStdString(copy.id);
    mDocument->push(new AddSegmentCommand(mDocument, mDocument->parentOf(current)->id,
                                          mDocument->indexInParent(current) + 1, copy,
                                          tr("Duplicate “%1”").arg(QString::fromStdString(s->name))));
    setCurrentSegment(id);
}

void SegmentTreePanel::deleteSegment()
{
    const std::string current = mCurrent.toStdString();
    const Segment* s = editableCurrent();
    if (!s)
        return;
    // Select a neighbour first so that the editor follows something that still exists.
    const Segment* parent = mDocument->parentOf(current);
    const int index = mDocument->indexInParent(current);
    QString next;
    if (size_t(index + 1) < parent->children.size())
        next = QString::fromStdString(parent->children[size_t(index + 1)].id);
    else if (index > 0)
        next = QString::fromStdString(parent->children[size_t(index - 1)].id);
    else
        next = QString::fromStdString(parent->id);
    mDocument->push(new RemoveSegmentCommand(mDocument, current));
    setCurrentSegment(next);
}

const Segment* SegmentTreePanel::editableCurrent() const
{
    const std::string current = mCurrent.toStdString();
    return mCurrent.isEmpty() || current.back() == '~' ? nullptr : mDocument->segment(current);
}

void SegmentTreePanel::moveCurrent(const std::string& parentId, int index, const QString& text)
{
    const QString id = mCurrent;
    auto* command = new MoveSegmentCommand(mDocument, id.toStdString(), parentId, index);
    command->setText(text);
    mDocument->push(command);
    setCurrentSegment(id);
}

void SegmentTreePanel::moveSegmentUp()
{
    const Segment* s = editableCurrent();
    if (!s)
        return;
    const int index = mDocument->indexInParent(s->id);
    if (index > 0)
        moveCurrent(mDocument->parentOf(s->id)->id, index - 1, tr("Move “%1” up").arg(QString::fromStdString(s->name)));
}

void SegmentTreePanel::moveSegmentDown()
{
    const Segment* s = editableCurrent();
    if (!s)
        return;
    const Segment* parent = mDocument->parentOf(s->id);
    const int index = mDocument->indexInParent(s->id);
    if (size_t(index + 1) < parent->children.size())
        moveCurrent(parent->id, index + 1, tr("Move “%1” down").arg(QString::fromStdString(s->name)));
}

void SegmentTreePanel::indentSegment()
{
    const Segment* s = editableCurrent();
    if (!s)
        return;
    const int index = mDocument->indexInParent(s->id);
    if (index == 0)
        return;
    const Segment& above = mDocument->parentOf(s->id)->children[size_t(index - 1)];
    moveCurrent(above.id, int(above.children.size()),
                tr("Move “%1” into “%2”").arg(QString::fromStdString(s->name), QString::fromStdString(above.name)));
}

void SegmentTreePanel::outdentSegment()
{
    const Segment* s = editableCurrent();
    if (!s)
        return;
    const Segment* parent = mDocument->parentOf(s->id);
    if (parent->id.empty())
        return; // already at the top level
    const Segment* grandparent = mDocument->parentOf(parent->id);
    moveCurrent(grandparent->id, mDocument->indexInParent(parent->id) + 1,
                tr("Move “%1” out of “%2”").arg(QString::fromStdString(s->name), QString::fromStdString(parent->name)));
}

void SegmentTreePanel::renameSegment()
{
    const QModelIndex i = mModel->indexOfSegment(mCurrent);
    if (i.isValid())
        mView->edit(i);
}

} // namespace sd
