// The inputs every model dialog asks for: what converting means (an outcome field and value) and
// which fields the model may use. Shows only what the table can offer.
#pragma once

#include "columntable.h"
#include "rules.h"

#include <QWidget>

#include <memory>
#include <optional>
#include <string>
#include <vector>

class QComboBox;
class QListWidget;

namespace sd {

class ModelInputsWidget : public QWidget
{
    Q_OBJECT

public:
    explicit ModelInputsWidget(std::shared_ptr<const ColumnTable> table, QWidget* parent = nullptr);

    // The outcome as a rule condition, or nullopt with *error set.
    std::optional<Condition> outcome(QString* error) const;
    std::vector<std::string> fields() const;

    // For callers that know what the user wants (a saved outcome, tests).
    void setOutcome(const QString& field, const QString& value);
    void setFields(const std::vector<std::string>& fields);

signals:
    void changed();

private:
    void fillValues();

    std::shared_ptr<const ColumnTable> mTable;
    QComboBox* mOutcomeField = nullptr;
    QComboBox* mOutcomeValue = nullptr;
    QListWidget* mFields = nullptr;
};

} // namespace sd
