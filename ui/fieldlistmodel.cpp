// Field list: one row per workspace field; fill rates are counted off the UI thread.
#include "fieldlistmodel.h"

#include <QFont>
#include <QGuiApplication>
#include <QHash>
#include <QPalette>
#include <QtConcurrent/QtConcurrentRun>

namespace sd {

namespace {

// Runs on a worker thread. A workspace connection belongs to one thread, so the count opens its own
// (read-only) connection; a file that cannot be opened that way reports ok = false.
FieldListModel::FillCounts countFills(const QString& path, quint64 job)
{
    FieldListModel::FillCounts counts;
    counts.job = job;
    QString error;
    const std::unique_ptr<Workspace> ws = Workspace::open(path, &error, Workspace::Mode::ReadOnly);
    if (!ws)
        return counts;
    counts.leads = ws->leadCount();
    counts.fills = ws->fillRates();
    counts.ok = true;
    return counts;
}

} // namespace

FieldListModel::FieldListModel(QObject* parent)
    : QAbstractTableModel(parent)
{
    connect(&mCountWatcher, &QFutureWatcher<FillCounts>::finished, this,
            [this] { applyFillCounts(mCountWatcher.result()); });
}

void FieldListModel::setWorkspace(const Workspace* workspace)
{
    mWorkspace = workspace;
    reload();
}

void FieldListModel::reload()
{
    beginResetModel();
    ++mJob; // a count still running for an earlier reload() is now stale
    mRows.clear();
    mLeadCount = 0;
    mKeyField.clear();
    mCounting = false;
    if (mWorkspace) {
        for (const FieldDef& f : mWorkspace->fields())
            mRows.append(Row{f, -1});
        mKeyField = mWorkspace->keyField();
        mCounting = !mRows.isEmpty();
    }
    endResetModel();
    if (mCounting)
        mCountWatcher.setFuture(QtConcurrent::run(countFills, mWorkspace->path(), mJob));
}

void FieldListModel::applyFillCounts(const FillCounts& counts)
{
    if (counts.job != mJob || !mWorkspace)
        return;
    FillCounts result = counts;
    if (!result.ok) // the second connection could not be opened (e.g. no access to the -shm file)
        result = FillCounts{mJob, true, mWorkspace->leadCount(), mWorkspace->fillRates()};
    QHash<QString, qint64> filled;
    for (const FieldFill& f : result.fills)
        filled.insert(f.name.toCaseFolded(), f.filled);
    for (Row& row : mRows)
        row.filled = filled.value(row.field.name.toCaseFolded(), 0);
    mLeadCount = result.leads;
    mCounting = false;
    if (!mRows.isEmpty())
        emit dataChanged(index(0, 0), index(int(mRows.size()) - 1, ColumnCount - 1));
    emit fillRatesReady();
}

int FieldListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(mRows.size());
}

int FieldListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant FieldListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row& row = mRows.at(index.row());
    const bool isKey = !mKeyField.isEmpty() && row.field.name.compare(mKeyField, Qt::CaseInsensitive) == 0;
    const bool counted = row.filled >= 0;
    const QVariant rate = counted && mLeadCount > 0 ? QVariant(double(row.filled) / double(mLeadCount)) : QVariant();

    switch (role) {
    case FieldNameRole:
        return row.field.name;
    case FieldTypeRole:
        return int(row.field.type);
    case FillRateRole:
        return rate;
    case FilledCountRole:
        return counted ? QVariant(row.filled) : QVariant();
    case IsKeyRole:
        return isKey;
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn:
            return row.field.name;
        case TypeColumn:
            return fieldTypeName(row.field.type);
        case FillRateColumn:
            if (!counted)
                return QStringLiteral("\u2026"); // ellipsis while counting
            if (!rate.isValid())
                return QStringLiteral("\u2014");
            return tr("%1%").arg(mLocale.toString(rate.toDouble() * 100.0, 'f', 1));
        case SourceColumn:
            return row.field.sourceColumn;
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == FillRateColumn && !counted)
            return tr("Counting non-empty values…");
        if (index.column() == FillRateColumn && rate.isValid())
            return tr("%1 of %2 leads have a value").arg(mLocale.toString(row.filled), mLocale.toString(mLeadCount));
        if (index.column() == NameColumn && isKey)
            return tr("%1 is the lead key: it identifies a lead across imports").arg(row.field.name);
        if (index.column() == SourceColumn && !row.field.placeholders.isEmpty())
            return tr("Read as empty: %1").arg(row.field.placeholders.join(QLatin1String(", ")));
        return {};
    case Qt::FontRole:
        if (index.column() == NameColumn && isKey) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    case Qt::ForegroundRole:
        if (index.column() == FillRateColumn && (!rate.isValid() || rate.toDouble() < 0.5))
            return QGuiApplication::palette().color(QPalette::PlaceholderText);
        if (index.column() == TypeColumn || index.column() == SourceColumn)
            return QGuiApplication::palette().color(QPalette::PlaceholderText);
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == FillRateColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return int(Qt::AlignLeft | Qt::AlignVCenter);
    }
    return {};
}

QVariant FieldListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return {};
    if (role == Qt::DisplayRole) {
        switch (section) {
        case NameColumn: return tr("Field");
        case TypeColumn: return tr("Type");
        case FillRateColumn: return tr("Filled");
        case SourceColumn: return tr("Source column");
        }
    }
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case FillRateColumn: return tr("Share of leads with a non-empty value");
        case SourceColumn: return tr("The CSV header the field was first imported from");
        }
    }
    if (role == Qt::TextAlignmentRole)
        return int((section == FillRateColumn ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter);
    return {};
}

QHash<int, QByteArray> FieldListModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(FieldNameRole, "fieldName");
    names.insert(FieldTypeRole, "fieldType");
    names.insert(FillRateRole, "fillRate");
    names.insert(FilledCountRole, "filledCount");
    names.insert(IsKeyRole, "isKey");
    return names;
}

} // namespace sd
