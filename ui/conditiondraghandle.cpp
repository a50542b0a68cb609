// Drag grip of a condition row.
#include "conditiondraghandle.h"

#include <QApplication>
#include <QDrag>
#include <QKeyEvent>
#include <QMimeData>
#include <QMouseEvent>

namespace sd {

ConditionDragHandle::ConditionDragHandle(const ConditionPath& path, QWidget* parent)
    : QLabel(parent)
    , mPath(path)
{
    setText(QStringLiteral("⠿"));
    setCursor(Qt::OpenHandCursor);
    setToolTip(tr("Drag to move this condition into another group"));
    setForegroundRole(QPalette::PlaceholderText);
    setAccessibleName(tr("Move condition"));
}

void ConditionDragHandle::setStepHandler(std::function<void(int)> step)
{
    mStep = std::move(step);
    setFocusPolicy(mStep && !mPath.empty() ? Qt::StrongFocus : Qt::NoFocus);
    setToolTip(tr("Drag to move this condition into another group, or focus it and press Up or Down"));
    setAccessibleDescription(tr("Up and Down move the condition one place; at the edge of a group it leaves the group."));
}

void ConditionDragHandle::keyPressEvent(QKeyEvent* event)
{
    if (mStep && (event->key() == Qt::Key_Up || event->key() == Qt::Key_Down)) {
        const auto step = mStep; // the handler rebuilds the editor, which deletes this widget later
        step(event->key() == Qt::Key_Up ? -1 : 1);
        event->accept();
        return;
    }
    QLabel::keyPressEvent(event);
}

void ConditionDragHandle::focusInEvent(QFocusEvent* event)
{
    // A visible focus mark: the grip is otherwise plain text.
    setFrameShape(QFrame::Box);
    setForegroundRole(QPalette::Highlight);
    QLabel::focusInEvent(event);
}

void ConditionDragHandle::focusOutEvent(QFocusEvent* event)
{
    setFrameShape(QFrame::NoFrame);
    setForegroundRole(QPalette::PlaceholderText);
    QLabel::focusOutEvent(event);
}

QByteArray ConditionDragHandle::encode(const ConditionPath& path)
{
    QByteArray out;
    for (size_t i = 0; i < path.size(); ++i) {
        if (i)
            out += ',';
        out += QByteArray::number(path[i]);
    }
    return out;
}

ConditionPath ConditionDragHandle::decode(const QByteArray& data)
{
    ConditionPath path;
    if (data.isEmpty())
        return path;
    for (const QByteArray& part : data.split(',')) {
        bool ok = false;
        const int i = part.toInt(&ok);
        if (!ok || i < 0)
            return {};
        path.push_back(i);
    }
    return path;
}

void ConditionDragHandle::mousePressEvent(QMouseEvent* event)
{
    mPressPos = event->position().toPoint();
    QLabel::mousePressEvent(event);
}

void ConditionDragHandle::mouseMoveEvent(QMouseEvent* event)
{
    if (!(event->buttons() & Qt::LeftButton) || mPath.empty()
        || (event->position().toPoint() - mPressPos).manhattanLength() < QApplication::startDragDistance())
        return;
    auto drag = new QDrag(this);
    auto data = new QMimeData;
    data->setData(QString::fromLatin1(MimeType), encode(mPath));
    drag->setMimeData(data);
    if (QWidget* row = parentWidget())
        drag->setPixmap(row->grab());
    drag->exec(Qt::MoveAction);
}

} // namespace sd
