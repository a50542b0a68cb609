// Score rules model: one row per rule of the chosen score.
#include "scorerulesmodel.h"

#include "ruledocument.h"
#include "rulesetdiff.h"

#include <QIcon>
#include <QLocale>

#include <cmath>

namespace sd {

namespace {

QString pointsText(double v)
{
    return QLocale().toString(v, 'g', 10);
}

} // namespace

ScoreRulesModel::ScoreRulesModel(RuleDocument* document, QObject* parent)
    : QAbstractTableModel(parent), mDocument(document)
{
    connect(document, &RuleDocument::scoresChanged, this, [this](int index) {
        if (index >= 0 && index != mScore)
            return;
        reload();
    });
    connect(document, &RuleDocument::reset, this, &ScoreRulesModel::reload);
    connect(document, &RuleDocument::rulesChanged, this, [this] {
        if (mRows > 0)
            emit dataChanged(index(0, 0), index(mRows - 1, ColumnCount - 1),
                             {ErrorRole, Qt::ToolTipRole, Qt::DecorationRole, Qt::DisplayRole});
    });
}

void ScoreRulesModel::setScoreIndex(int index)
{
    mScore = index;
    reload();
}

const Score* ScoreRulesModel::score() const
{
    const auto& scores = mDocument->rules().scores;
    return mScore >= 0 && size_t(mScore) < scores.size() ? &scores[size_t(mScore)] : nullptr;
}

void ScoreRulesModel::reload()
{
    const Score* s = score();
    const int rows = s ? int(s->rules.size()) : 0;
    if (rows == mRows) {
        // Same shape: an edit of a cell, which keeps the view's editor and selection in place.
        if (rows > 0)
            emit dataChanged(index(0, 0), index(rows - 1, ColumnCount - 1));
        return;
    }
    beginResetModel();
    mRows = rows;
    endResetModel();
}

int ScoreRulesModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : mRows;
}

int ScoreRulesModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

std::string ScoreRulesModel::rulePointer(int row, const char* member) const
{
    std::string p = "/scores/" + std::to_string(mScore) + "/rules/" + std::to_string(row);
    if (member)
        p += std::string("/") + member;
    return p;
}

QString ScoreRulesModel::errorFor(int row, int column) const
{
    const std::string base = rulePointer(row);
    const char* member = column == ConditionColumn ? "when"
        : column == PerColumn || column == KindColumn ? "per"
        : column == PointsColumn ? "points"
        : column == CapColumn ? "cap" : nullptr;
    for (const RuleFileError& e : mDocument->validationErrors()) {
        if (column < 0 ? (e.pointer == base || e.pointer.rfind(base + "/", 0) == 0)
                       : (member && (e.pointer == base + "/" + member || e.pointer.rfind(base + "/" + member + "/", 0) == 0)))
            return QString::fromStdString(e.message);
    }
    return {};
}

QVariant ScoreRulesModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Score* s = score();
    if (!s || size_t(index.row()) >= s->rules.size())
        return {};
    const ScoreRule& r = s->rules[size_t(index.row())];
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case KindColumn:
            return r.per.empty() ? tr("Fixed points") : tr("Per field");
        case ConditionColumn:
            return r.when ? QString::fromStdString(conditionText(*r.when)) : tr("always");
        case PerColumn:
            return QString::fromStdString(r.per);
        case PointsColumn:
            return r.per.empty() ? pointsText(r.points) : tr("%1 each").arg(pointsText(r.points));
        case CapColumn:
            return r.cap ? pointsText(*r.cap) : QString();
        }
        return {};
    case Qt::EditRole:
        switch (column) {
        case KindColumn:
            return int(r.per.empty() ? FixedPoints : PerField);
        case ConditionColumn:
            return r.when ? QString::fromStdString(conditionText(*r.when)) : QString();
        case PerColumn:
            return QString::fromStdString(r.per);
        case PointsColumn:
            return r.points;
        case CapColumn:
            return r.cap ? pointsText(*r.cap) : QString();
        }
        return {};
    case Qt::TextAlignmentRole:
        return column == PointsColumn || column == CapColumn ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    case Qt::ToolTipRole:
    case ErrorRole: {
        const QString error = errorFor(index.row(), role == ErrorRole ? -1 : column);
        if (role == ErrorRole || !error.isEmpty())
            return error;
        if (column == CapColumn)
            return tr("The most this rule adds to the score; empty for no cap");
        return {};
    }
    case Qt::DecorationRole:
        return column == KindColumn && !errorFor(index.row(), -1).isEmpty() ? QVariant(QIcon(QStringLiteral(":/icons/warning.svg")))
                                                                           : QVariant();
    case KindRole:
        return int(r.per.empty() ? FixedPoints : PerField);
    case PerFieldRole:
        return QString::fromStdString(r.per);
    case PointsRole:
        return r.points;
    case CapRole:
        return r.cap ? QVariant(*r.cap) : QVariant();
    default:
        return {};
    }
}

QVariant ScoreRulesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case KindColumn: return tr("Kind");
    case ConditionColumn: return tr("When");
    case PerColumn: return tr("Per field");
    case PointsColumn: return tr("Points");
    case CapColumn: return tr("Cap");
    }
    return {};
}

Qt::ItemFlags ScoreRulesModel::flags(const QModelIndex& index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (!index.isValid())
        return f;
    const Score* s = score();
    const bool perField = s && size_t(index.row()) < s->rules.size() && !s->rules[size_t(index.row())].per.empty();
    // The condition is edited below the table; "per" and "cap" only mean something for their kind.
    if (index.column() == KindColumn || index.column() == PointsColumn || index.column() == CapColumn
        || (index.column() == PerColumn && perField))
        f |= Qt::ItemIsEditable;
    return f;
}

bool ScoreRulesModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (role != Qt::EditRole || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    const Score* current = score();
    if (!current || size_t(index.row()) >= current->rules.size())
        return false;
    Score s = *current;
    ScoreRule& r = s.rules[size_t(index.row())];
    QString text;
    switch (index.column()) {
    case KindColumn:
        if (value.toInt() == PerField) {
            if (!r.per.empty())
                return false;
            if (mNumberFields.isEmpty())
                return false;
            r.per = mNumberFields.first().toStdString();
        } else {
            if (r.per.empty())
                return false;
            r.per.clear();
        }
        text = tr("Change score rule kind");
        break;
    case PerColumn: {
        const std::string per = value.toString().trimmed().toStdString();
        if (per.empty() || per == r.per)
            return false;
        r.per = per;
        text = tr("Change per field");
        break;
    }
    case PointsColumn: {
        bool ok = false;
        const double v = value.typeId() == QMetaType::QString ? QLocale().toDouble(value.toString(), &ok) : value.toDouble(&ok);
        if (!ok || !std::isfinite(v) || v == r.points)
            return false;
        r.points = v;
        text = tr("Change points");
        break;
    }
    case CapColumn: {
        const QString t = value.toString().trimmed();
        std::optional<double> cap;
        if (!t.isEmpty()) {
            bool ok = false;
            double v = QLocale().toDouble(t, &ok);
            if (!ok)
                v = t.toDouble(&ok);
            if (!ok || !std::isfinite(v))
                return false;
            cap = v;
        }
        if (cap == r.cap)
            return false;
        r.cap = cap;
        text = cap ? tr("Change cap") : tr("Remove cap");
        break;
    }
    default:
        return false;
    }
    // A committed cell is one step of its own: two separate edits of one cell are two decisions.
    emit editRequested(s, text, QString());
    return true;
}

QHash<int, QByteArray> ScoreRulesModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(KindRole, "kind");
    names.insert(PerFieldRole, "perField");
    names.insert(PointsRole, "points");
    names.insert(CapRole, "cap");
    names.insert(ErrorRole, "error");
    return names;
}

} // namespace sd
