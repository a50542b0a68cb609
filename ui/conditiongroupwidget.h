// A group of the condition editor (all / any / not), drawn as an indented block with a coloured
// bracket: its children below a header with the group's kind, its funnel count and buttons to add
// a condition or a group, wrap, ungroup or remove it. Conditions dragged onto it move into it.
#pragma once

#include "conditionpath.h"

#include <QFrame>

class QComboBox;
class QLabel;
class QVBoxLayout;

namespace sd {

class ConditionEditor;

class ConditionGroupWidget : public QFrame
{
    Q_OBJECT

public:
    ConditionGroupWidget(ConditionEditor* editor, const ConditionPath& path, const Condition& group,
                         QWidget* parent = nullptr);

    const ConditionPath& path() const { return mPath; }
    Condition::Kind kind() const { return mKind; }
    void setCount(const QString& text, const QString& toolTip);
    void setError(const QString& message);
    static QColor bracketColor(Condition::Kind kind);

protected:
    void paintEvent(QPaintEvent* event) override;
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dragLeaveEvent(QDragLeaveEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    int dropIndex(const QPoint& pos) const;

    ConditionEditor* mEditor;
    ConditionPath mPath;
    Condition::Kind mKind;
    QWidget* mHeader = nullptr;
    QVBoxLayout* mBody = nullptr;
    QLabel* mCount = nullptr;
    QLabel* mError = nullptr;
    std::vector<QWidget*> mChildren;
    bool mDropHighlight = false;
};

} // namespace sd
