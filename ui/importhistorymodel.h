// Table model of a workspace's import history, newest import first.
#pragma once

#include "workspace.h"

#include <QAbstractTableModel>
#include <QList>
#include <QLocale>

namespace sd {

class ImportHistoryModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        TimeColumn,
        FileColumn,
        RowsReadColumn,
        InsertedColumn,
        UpdatedColumn,
        UnchangedColumn,
        SkippedColumn,
        RejectedColumn,
        RejectsFileColumn,
        ColumnCount
    };
    Q_ENUM(Column)

    enum Roles {
        RawValueRole = Qt::UserRole + 1, // QDateTime (UTC) for the time, QString path, qint64 counts
        ImportIdRole,                    // qint64
        FilePathRole,                    // QString, the imported file as recorded
        RejectsFileRole,                 // QString, empty when nothing was rejected
    };
    Q_ENUM(Roles)

    explicit ImportHistoryModel(QObject* parent = nullptr);

    // The workspace is not owned; nullptr clears the model.
    void setWorkspace(const Workspace* workspace);
    void reload();

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    const Workspace* mWorkspace = nullptr;
    QList<ImportRecord> mRecords; // newest first
    QLocale mLocale;
};

} // namespace sd
