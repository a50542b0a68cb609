// The scores of the rule set being designed, one row each in file order, for the score editor's
// list. Reads the RuleDocument and follows its signals; edits go through the editor's commands.
#pragma once

#include <QAbstractListModel>

namespace sd {

class RuleDocument;

class ScoreListModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Roles {
        ScoreIdRole = Qt::UserRole + 1,
        LabelRole,
        RuleCountRole,
        HasErrorRole,   // the validator reports something inside this score
    };

    explicit ScoreListModel(RuleDocument* document, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    void scoresChanged(int index);

    RuleDocument* mDocument;
    int mRows = 0;
};

} // namespace sd
