// Score list model: rows follow the document's scores.
#include "scorelistmodel.h"

#include "ruledocument.h"

#include <QIcon>

namespace sd {

ScoreListModel::ScoreListModel(RuleDocument* document, QObject* parent)
    : QAbstractListModel(parent), mDocument(document), mRows(int(document->rules().scores.size()))
{
    connect(document, &RuleDocument::scoresChanged, this, &ScoreListModel::scoresChanged);
    connect(document, &RuleDocument::reset, this, [this] { scoresChanged(-1); });
    // Validation findings move with any edit (a segment renamed can break a score's condition).
    connect(document, &RuleDocument::rulesChanged, this, [this] {
        if (mRows > 0)
            emit dataChanged(index(0), index(mRows - 1), {HasErrorRole, Qt::DecorationRole, Qt::ToolTipRole});
    });
}

int ScoreListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : mRows;
}

QVariant ScoreListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const auto& scores = mDocument->rules().scores;
    if (size_t(index.row()) >= scores.size())
        return {};
    const Score& s = scores[size_t(index.row())];
    const QString id = QString::fromStdString(s.id);
    const QString label = QString::fromStdString(s.label);
    const std::string prefix = "/scores/" + std::to_string(index.row());
    bool error = false;
    QString firstError;
    for (const RuleFileError& e : mDocument->validationErrors())
        if (e.pointer == prefix || e.pointer.rfind(prefix + "/", 0) == 0) {
            if (!error)
                firstError = formatRuleFileError(e);
            error = true;
        }
    switch (role) {
    case Qt::DisplayRole:
        return label.isEmpty() || label == id ? id : tr("%1 (%2)").arg(label, id);
    case Qt::ToolTipRole:
        return error ? firstError : tr("%n rule(s)", nullptr, int(s.rules.size()));
    case Qt::DecorationRole:
        return error ? QVariant(QIcon(QStringLiteral(":/icons/warning.svg"))) : QVariant();
    case ScoreIdRole:
        return id;
    case LabelRole:
        return label;
    case RuleCountRole:
        return int(s.rules.size());
    case HasErrorRole:
        return error;
    default:
        return {};
    }
}

QHash<int, QByteArray> ScoreListModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(ScoreIdRole, "scoreId");
    names.insert(LabelRole, "label");
    names.insert(RuleCountRole, "ruleCount");
    names.insert(HasErrorRole, "hasError");
    return names;
}

void ScoreListModel::scoresChanged(int index)
{
    const int rows = int(mDocument->rules().scores.size());
    if (index >= 0 && rows == mRows) {
        emit dataChanged(this->index(index), this->index(index));
        return;
    }
    beginResetModel();
    mRows = rows;
    endResetModel();
}

} // namespace sd
