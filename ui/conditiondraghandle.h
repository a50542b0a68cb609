// The grip at the left of a condition or group: dragging it carries the node's path, and a group
// dropped onto moves the node there (ConditionGroupWidget accepts the drop).
#pragma once

#include "conditionpath.h"

#include <QLabel>

#include <functional>

namespace sd {

class ConditionDragHandle : public QLabel
{
    Q_OBJECT

public:
    static constexpr const char* MimeType = "application/x-sd-condition-path";

    explicit ConditionDragHandle(const ConditionPath& path, QWidget* parent = nullptr);

    const ConditionPath& path() const { return mPath; }
    // The keyboard alternative to dragging: with the grip focused, Up and Down call this with
    // -1 or +1 (the editor moves the node one place, or out of its group at an edge).
    void setStepHandler(std::function<void(int)> step);

    static QByteArray encode(const ConditionPath& path);
    static ConditionPath decode(const QByteArray& data);

protected:
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void focusInEvent(QFocusEvent* event) override;
    void focusOutEvent(QFocusEvent* event) override;

private:
    ConditionPath mPath;
    QPoint mPressPos;
    std::function<void(int)> mStep;
};

} // namespace sd
