// The `when` of one score rule in the score editor: "always", or one condition built from the field
// catalogue (field, operator, value typed as text: "a, b" for lists and between). A rule whose
// condition has groups shows it as text and can be replaced by a single condition or by "always".
// Edits are reported with conditionEdited; the editor pushes them as undo commands.
#pragma once

#include "rules.h"

#include <QWidget>

#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;

namespace sd {

class FieldCatalog;

class ScoreConditionWidget : public QWidget
{
    Q_OBJECT

public:
    ScoreConditionWidget(FieldCatalog* catalog, QWidget* parent = nullptr);

    // The rule's condition; `scoreId` is the score being edited (it cannot read itself).
    void setCondition(const std::optional<Condition>& when, const std::string& scoreId, bool enabled);
    void setError(const QString& message);
    // The value editor's text → the JSON value a leaf with `op` on a `type` field holds.
    static std::optional<nlohmann::json> parseValue(const QString& text, Op op, FieldType type, QString* error);
    static QString valueText(const nlohmann::json& value);

signals:
    void conditionEdited(const std::optional<sd::Condition>& when, const QString& text);

private:
    void rebuildFields();
    void showLeaf();
    FieldType fieldType() const;
    void fieldChosen();
    void operatorChosen();
    void valueEntered();

    FieldCatalog* mCatalog;
    std::optional<Condition> mWhen;
    std::string mScoreId;
    QComboBox* mMode;
    QStackedWidget* mStack;
    QComboBox* mField;
    QComboBox* mOp;
    QLineEdit* mValue;
    QLabel* mCompound;
    QLabel* mError;
    bool mUpdating = false;
};

} // namespace sd
