// The rules of one score as a table (kind, condition, per field, points, cap) for the score editor.
// Reads the RuleDocument; an edit in a cell does not change the document itself but asks for the
// changed score with editRequested, which the editor pushes as one undo command.
#pragma once

#include "rules.h"

#include <QAbstractTableModel>

namespace sd {

class RuleDocument;

class ScoreRulesModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { KindColumn, ConditionColumn, PerColumn, PointsColumn, CapColumn, ColumnCount };
    enum Kind { FixedPoints, PerField };
    enum Roles {
        KindRole = Qt::UserRole + 1, // Kind
        PerFieldRole,                // the `per` field, "" for fixed points
        PointsRole,                  // double
        CapRole,                     // double, or an invalid QVariant when there is no cap
        ErrorRole,                   // the validator's message for this rule (or cell), "" when valid
    };

    explicit ScoreRulesModel(RuleDocument* document, QObject* parent = nullptr);

    // The score shown, by position in the rule set; -1 = none.
    void setScoreIndex(int index);
    int scoreIndex() const { return mScore; }
    const Score* score() const;
    // The number fields offered for "per" (first one is taken when the kind becomes per field).
    void setNumberFields(const QStringList& fields) { mNumberFields = fields; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    QHash<int, QByteArray> roleNames() const override;

    // The JSON Pointer of a rule (or one of its members) in the rule file.
    std::string rulePointer(int row, const char* member = nullptr) const;

signals:
    // A cell was edited: the score as it should become. mergeKey names the cell.
    void editRequested(const sd::Score& score, const QString& text, const QString& mergeKey);

private:
    void reload();
    QString errorFor(int row, int column) const;

    RuleDocument* mDocument;
    int mScore = -1;
    int mRows = 0;
    QStringList mNumberFields;
};

} // namespace sd
