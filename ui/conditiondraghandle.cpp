// Drag grip of a condition row.
#include "conditiondraghandle.h"

#include <QApplication>
#include <QDrag>
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
