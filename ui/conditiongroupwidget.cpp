// Condition group block: header, bracket, children, drops.
#include "conditiongroupwidget.h"

#include "conditiondraghandle.h"
#include "conditioneditor.h"
#include "conditionleafwidget.h"

#include <QComboBox>
#include <QDragEnterEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QMimeData>
#include <QPainter>
#include <QToolButton>
#include <QVBoxLayout>

namespace sd {

namespace {
constexpr int kIndent = 22; // room for the bracket
}

QColor ConditionGroupWidget::bracketColor(Condition::Kind kind)
{
    switch (kind) {
    case Condition::Kind::All: return QColor(0x1e, 0x6f, 0xd9);
    case Condition::Kind::Any: return QColor(0xe0, 0x8a, 0x00);
    case Condition::Kind::Not: return QColor(0xc6, 0x28, 0x28);
    default: return QColor(Qt::gray);
    }
}

ConditionGroupWidget::ConditionGroupWidget(ConditionEditor* editor, const ConditionPath& path, const Condition& group,
                                           QWidget* parent)
    : QFrame(parent)
    , mEditor(editor)
    , mPath(path)
    , mKind(group.kind)
{
    setObjectName(QStringLiteral("conditionGroup"));
    setAcceptDrops(true);
    auto outer = new QVBoxLayout(this);
    outer->setContentsMargins(4, 2, 2, 6);
    outer->setSpacing(3);

    mHeader = new QWidget(this);
    auto header = new QHBoxLayout(mHeader);
    header->setContentsMargins(0, 0, 0, 0);
    header->setSpacing(6);
    if (!path.empty())
    {
        auto* handle = new ConditionDragHandle(path, mHeader);
        handle->setStepHandler([this](int direction) { mEditor->moveStep(mPath, direction); });
        header->addWidget(handle);
    }
    auto kind = new QComboBox(mHeader);
    kind->setObjectName(QStringLiteral("groupKind"));
    kind->setAccessibleName(tr("Group type"));
    kind->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    kind->addItem(tr("All of these (and)"), int(Condition::Kind::All));
    kind->addItem(tr("Any of these (or)"), int(Condition::Kind::Any));
    kind->addItem(tr("Not"), int(Condition::Kind::Not));
    kind->setCurrentIndex(kind->findData(int(mKind)));
    QPalette pal = kind->palette();
    pal.setColor(QPalette::ButtonText, bracketColor(mKind));
    kind->setPalette(pal);
    connect(kind, &QComboBox::activated, this, [this, kind] {
        mEditor->setGroupKind(mPath, Condition::Kind(kind->currentData().toInt()));
    });
    header->addWidget(kind);

    mCount = new QLabel(mHeader);
    mCount->setObjectName(QStringLiteral("funnelCount"));
    header->addStretch();
    header->addWidget(mCount);

    const bool full = mKind == Condition::Kind::Not && !group.children.empty();
    auto addCondition = new QToolButton(mHeader);
    addCondition->setObjectName(QStringLiteral("addCondition"));
    addCondition->setText(tr("Condition"));
    addCondition->setIcon(QIcon(QStringLiteral(":/icons/add.svg")));
    addCondition->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    addCondition->setToolTip(tr("Add a condition to this group"));
    addCondition->setPopupMode(QToolButton::MenuButtonPopup);
    addCondition->setAutoRaise(true);
    addCondition->setEnabled(!full);
    auto addMenu = new QMenu(addCondition);
    addMenu->addAction(tr("Field condition"), this, [this] { mEditor->addLeafAt(mPath); });
    addMenu->addAction(tr("Membership of another segment"), this, [this] { mEditor->addSegmentRefAt(mPath); });
    addCondition->setMenu(addMenu);
    connect(addCondition, &QToolButton::clicked, this, [this] { mEditor->addLeafAt(mPath); });
    header->addWidget(addCondition);

    auto addGroup = new QToolButton(mHeader);
    addGroup->setObjectName(QStringLiteral("addGroup"));
    addGroup->setText(tr("Group"));
    addGroup->setIcon(QIcon(QStringLiteral(":/icons/group.svg")));
    // Icon only: deep nesting leaves little width, and the tooltip names it.
    addGroup->setToolButtonStyle(Qt::ToolButtonIconOnly);
    addGroup->setToolTip(tr("Add a nested group (any of) to this group"));
    addGroup->setAutoRaise(true);
    addGroup->setEnabled(!full);
    connect(addGroup, &QToolButton::clicked, this, [this] { mEditor->addGroupAt(mPath); });
    header->addWidget(addGroup);

    auto more = new QToolButton(mHeader);
    more->setText(QStringLiteral("⋯"));
    more->setToolTip(tr("Wrap, ungroup or remove this group"));
    more->setPopupMode(QToolButton::InstantPopup);
    more->setAutoRaise(true);
    auto moreMenu = new QMenu(more);
    moreMenu->addAction(tr("Wrap in a group"), this, [this] { mEditor->wrapAt(mPath, Condition::Kind::All); });
    moreMenu->addAction(tr("Negate (wrap in not)"), this, [this] { mEditor->wrapAt(mPath, Condition::Kind::Not); });
    QAction* ungroup = moreMenu->addAction(tr("Ungroup"), this, [this] { mEditor->ungroupAt(mPath); });
    ungroup->setEnabled(mPath.empty() ? group.children.size() == 1 && mKind != Condition::Kind::Not : true);
    moreMenu->addAction(tr("Remove group"), this, [this] { mEditor->removeAt(mPath); });
    more->setMenu(moreMenu);
    header->addWidget(more);
    outer->addWidget(mHeader);

    mError = new QLabel(this);
    mError->setStyleSheet(QStringLiteral("color: #c62828;"));
    mError->setWordWrap(true);
    mError->hide();
    outer->addWidget(mError);

    mBody = new QVBoxLayout;
    mBody->setContentsMargins(kIndent, 0, 0, 0);
    mBody->setSpacing(2);
    outer->addLayout(mBody);
    const QString joiner = mKind == Condition::Kind::All ? tr("and") : mKind == Condition::Kind::Any ? tr("or") : QString();
    for (size_t i = 0; i < group.children.size(); ++i) {
        if (i > 0 && !joiner.isEmpty()) {
            auto j = new QLabel(joiner, this);
            QFont f = j->font();
            f.setPointSizeF(f.pointSizeF() * 0.85);
            f.setBold(true);
            j->setFont(f);
            QPalette p = j->palette();
            p.setColor(QPalette::WindowText, bracketColor(mKind));
            j->setPalette(p);
            mBody->addWidget(j);
        }
        ConditionPath childPath = mPath;
        childPath.push_back(int(i));
        QWidget* w = mEditor->createNodeWidget(childPath, group.children[i], this);
        mChildren.push_back(w);
        mBody->addWidget(w);
    }
    if (group.children.empty()) {
        auto empty = new QLabel(mKind == Condition::Kind::Any ? tr("Empty: no lead matches an empty “any” group.")
                                                              : tr("Empty: add a condition."), this);
        empty->setForegroundRole(QPalette::PlaceholderText);
        mBody->addWidget(empty);
    }
}

void ConditionGroupWidget::setCount(const QString& text, const QString& toolTip)
{
    mCount->setText(text);
    mCount->setToolTip(toolTip);
}

void ConditionGroupWidget::setError(const QString& message)
{
    mError->setText(message);
    mError->setVisible(!message.isEmpty());
}

void ConditionGroupWidget::paintEvent(QPaintEvent* event)
{
    QFrame::paintEvent(event);
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QColor color = bracketColor(mKind);
    if (mDropHighlight) {
        QColor fill = color;
        fill.setAlpha(30);
        p.fillRect(rect(), fill);
    }
    QPen pen(color, 2.5);
    p.setPen(pen);
    const int x = 10;
    const int top = mHeader->geometry().bottom() + 2;
    const int bottom = height() - 4;
    // A square bracket: the block's extent at a glance, even several levels deep.
    p.drawLine(QPoint(x, top), QPoint(x, bottom));
    p.drawLine(QPoint(x, top), QPoint(x + 7, top));
    p.drawLine(QPoint(x, bottom), QPoint(x + 7, bottom));
}

int ConditionGroupWidget::dropIndex(const QPoint& pos) const
{
    for (size_t i = 0; i < mChildren.size(); ++i)
        if (pos.y() < mChildren[i]->geometry().center().y())
            return int(i);
    return int(mChildren.size());
}

void ConditionGroupWidget::dragEnterEvent(QDragEnterEvent* event)
{
    if (!event->mimeData()->hasFormat(QString::fromLatin1(ConditionDragHandle::MimeType)))
        return;
    const ConditionPath from = ConditionDragHandle::decode(event->mimeData()->data(QString::fromLatin1(ConditionDragHandle::MimeType)));
    // Not into itself or below itself.
    if (from.empty() || (mPath.size() >= from.size() && std::equal(from.begin(), from.end(), mPath.begin())))
        return;
    if (mKind == Condition::Kind::Not && !mChildren.empty())
        return;
    mDropHighlight = true;
    update();
    event->acceptProposedAction();
}

void ConditionGroupWidget::dragLeaveEvent(QDragLeaveEvent*)
{
    mDropHighlight = false;
    update();
}

void ConditionGroupWidget::dropEvent(QDropEvent* event)
{
    mDropHighlight = false;
    update();
    const ConditionPath from = ConditionDragHandle::decode(event->mimeData()->data(QString::fromLatin1(ConditionDragHandle::MimeType)));
    const int index = dropIndex(event->position().toPoint());
    event->acceptProposedAction();
    mEditor->moveTo(from, mPath, index);
}

} // namespace sd
