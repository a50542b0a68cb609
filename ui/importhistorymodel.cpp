// Import history: the workspace's import records as a table, newest first.
#include "importhistorymodel.h"

#include <QColor>
#include <QFileInfo>
#include <QGuiApplication>
#include <QPalette>

#include <algorithm>

namespace sd {

namespace {

qint64 countOf(const ImportRecord& r, int column)
{
    switch (column) {
    case ImportHistoryModel::RowsReadColumn: return r.rowsRead;
    case ImportHistoryModel::InsertedColumn: return r.inserted;
    case ImportHistoryModel::UpdatedColumn: return r.updated;
    case ImportHistoryModel::UnchangedColumn: return r.unchanged;
    case ImportHistoryModel::SkippedColumn: return r.skipped;
    case ImportHistoryModel::RejectedColumn: return r.rejected;
    }
    return 0;
}

} // namespace

ImportHistoryModel::ImportHistoryModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void ImportHistoryModel::setWorkspace(const Workspace* workspace)
{
    mWorkspace = workspace;
    reload();
}

void ImportHistoryModel::reload()
{
    beginResetModel();
    mRecords = mWorkspace ? mWorkspace->imports() : QList<ImportRecord>();
    std::reverse(mRecords.begin(), mRecords.end());
    endResetModel();
}

int ImportHistoryModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(mRecords.size());
}

int ImportHistoryModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ImportHistoryModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ImportRecord& r = mRecords.at(index.row());
    const int column = index.column();

    switch (role) {
    case ImportIdRole:
        return r.id;
    case FilePathRole:
        return r.file;
    case RejectsFileRole:
        return r.rejectsFile;
    case RawValueRole:
        if (column == TimeColumn)
            return r.importedAt;
        if (column == FileColumn)
            return r.file;
        if (column == RejectsFileColumn)
            return r.rejectsFile;
        return countOf(r, column);
    case Qt::DisplayRole:
        if (column == TimeColumn)
            return r.importedAt.isValid() ? mLocale.toString(r.importedAt.toLocalTime(), QLocale::ShortFormat) : QString();
        if (column == FileColumn)
            return QFileInfo(r.file).fileName();
        if (column == RejectsFileColumn)
            return r.rejectsFile.isEmpty() ? QString() : QFileInfo(r.rejectsFile).fileName();
        return mLocale.toString(countOf(r, column));
    case Qt::ToolTipRole:
        if (column == FileColumn || column == RejectsFileColumn)
            return column == FileColumn ? r.file : r.rejectsFile;
        if (column == RejectedColumn && r.rejected > 0 && !r.rejectsFile.isEmpty())
            return tr("Rejected rows with their line numbers and reasons: %1").arg(r.rejectsFile);
        if (column == TimeColumn && r.importedAt.isValid())
            return mLocale.toString(r.importedAt.toLocalTime(), QLocale::LongFormat);
        return {};
    case Qt::ForegroundRole:
        if (column == RejectedColumn && r.rejected > 0)
            return QColor(0xc0, 0x39, 0x2b); // a warning red that reads on light and dark backgrounds
        if (column > FileColumn && column < RejectsFileColumn && countOf(r, column) == 0)
            return QGuiApplication::palette().color(QPalette::PlaceholderText);
        return {};
    case Qt::TextAlignmentRole:
        if (column > FileColumn && column < RejectsFileColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return int(Qt::AlignLeft | Qt::AlignVCenter);
    }
    return {};
}

QVariant ImportHistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return {};
    if (role == Qt::DisplayRole) {
        switch (section) {
        case TimeColumn: return tr("Time");
        case FileColumn: return tr("File");
        case RowsReadColumn: return tr("Rows read");
        case InsertedColumn: return tr("Inserted");
        case UpdatedColumn: return tr("Updated");
        case UnchangedColumn: return tr("Unchanged");
        case SkippedColumn: return tr("Skipped");
        case RejectedColumn: return tr("Rejected");
        case RejectsFileColumn: return tr("Rejects file");
        }
    }
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case UpdatedColumn: return tr("Existing leads (same key) whose values changed");
        case UnchangedColumn: return tr("Existing leads (same key) that were already identical");
        case SkippedColumn: return tr("Rows with a key already in the workspace, kept as they were");
        case RejectedColumn: return tr("Rows written to the rejects file instead of the workspace");
        case RejectsFileColumn: return tr("CSV of the rejected rows with their line numbers and reasons");
        }
    }
    if (role == Qt::TextAlignmentRole)
        return int((section > FileColumn && section < RejectsFileColumn ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter);
    return {};
}

QHash<int, QByteArray> ImportHistoryModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(RawValueRole, "rawValue");
    names.insert(ImportIdRole, "importId");
    names.insert(FilePathRole, "filePath");
    names.insert(RejectsFileRole, "rejectsFile");
    return names;
}

} // namespace sd
