// One condition row of the condition editor: field, operator and a value editor that fits the
// field's type (values with counts for text, min / median / max and a slider for numbers, a date
// picker or "within the last N days" for dates, a toggle for booleans, item pickers for lists),
// `ignore case`, the funnel count, and the validator's message in place when the row is invalid.
#pragma once

#include "conditionpath.h"
#include "fieldcatalog.h"

#include <QFrame>

class QCheckBox;
class QComboBox;
class QHBoxLayout;
class QLabel;

namespace sd {

class ConditionEditor;

class ConditionLeafWidget : public QFrame
{
    Q_OBJECT

public:
    ConditionLeafWidget(ConditionEditor* editor, const ConditionPath& path, const Condition& leaf,
                        QWidget* parent = nullptr);

    const ConditionPath& path() const { return mPath; }
    const Condition& condition() const { return mLeaf; }
    void setCount(const QString& text, const QString& toolTip);
    void setError(const QString& message);

    // The operators offered for a field type, in menu order.
    static std::vector<Op> operatorsFor(FieldType type);
    static QString operatorText(Op op, FieldType type);
    // The leaf after switching to `op`, keeping as much of the value as still makes sense.
    static Condition withOperator(const Condition& leaf, Op op, FieldType type, const FieldProfile* profile);
    // A sensible first condition on a field: its most common value, its median, the last 30 days.
    static Condition defaultLeaf(const std::string& field, FieldType type, const FieldProfile* profile);

private:
    FieldType fieldType() const;
    void buildFieldRow();
    void buildSegmentRow();
    void buildValueEditor();
    QString profileHint(const FieldProfile* profile) const;
    void commit(const Condition& leaf, const QString& mergePart, bool rebuild = false);
    QWidget* numberEditor(const nlohmann::json& value, const FieldProfile* profile, const QString& mergePart,
                          std::function<void(double)> set);
    QWidget* dateEditor(const nlohmann::json& value, std::function<void(const QString&)> set);

    ConditionEditor* mEditor;
    ConditionPath mPath;
    Condition mLeaf;
    QHBoxLayout* mRow = nullptr;
    QHBoxLayout* mValueLayout = nullptr;
    QComboBox* mField = nullptr;
    QComboBox* mOp = nullptr;
    QCheckBox* mIgnoreCase = nullptr;
    QLabel* mCount = nullptr;
    QLabel* mHint = nullptr;
    QLabel* mError = nullptr;
    QString mLocalError; // e.g. a regular expression that does not compile yet
};

} // namespace sd
