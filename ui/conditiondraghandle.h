// The grip at the left of a condition or group: dragging it carries the node's path, and a group
// dropped onto moves the node there (ConditionGroupWidget accepts the drop).
#pragma once

#include "conditionpath.h"

#include <QLabel>

namespace sd {

class ConditionDragHandle : public QLabel
{
    Q_OBJECT

public:
    static constexpr const char* MimeType = "application/x-sd-condition-path";

    explicit ConditionDragHandle(const ConditionPath& path, QWidget* parent = nullptr);

    static QByteArray encode(const ConditionPath& path);
    static ConditionPath decode(const QByteArray& data);

protected:
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;

private:
    ConditionPath mPath;
    QPoint mPressPos;
};

} // namespace sd
