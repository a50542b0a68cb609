// Table model of the workspace's fields: name, type, fill rate (share of non-empty cells) and
// the CSV column each field was first imported from. Fill rates need a full scan of the leads, so
// they are counted on a worker thread with its own connection and arrive after the field names.
#pragma once

#include "fieldtype.h"
#include "workspace.h"

#include <QAbstractTableModel>
#include <QFutureWatcher>
#include <QList>
#include <QLocale>

namespace sd {

class FieldListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { NameColumn, TypeColumn, FillRateColumn, SourceColumn, ColumnCount };
    Q_ENUM(Column)

    enum Roles {
        FieldNameRole = Qt::UserRole + 1, // QString
        FieldTypeRole,                    // int(sd::FieldType)
        FillRateRole,                     // double in [0, 1]; invalid when the workspace has no leads
        FilledCountRole,                  // qint64, non-empty cells; invalid while counting
        IsKeyRole,                        // bool, the lead key chosen at import
    };
    Q_ENUM(Roles)

    // The result of one background count; `job` identifies the reload() that asked for it.
    struct FillCounts
    {
        quint64 job = 0;
        bool ok = false;
        qint64 leads = 0;
        QList<FieldFill> fills;
    };

    explicit FieldListModel(QObject* parent = nullptr);

    // The workspace is not owned; nullptr clears the model.
    void setWorkspace(const Workspace* workspace);
    // Re-reads the fields at once and starts counting fill rates in the background.
    void reload();
    // True from reload() until the fill rates of the current workspace have arrived.
    bool isCounting() const { return mCounting; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

signals:
    void fillRatesReady();

private:
    void applyFillCounts(const FillCounts& counts);

    struct Row
    {
        FieldDef field;
        qint64 filled = -1; // -1 while counting
    };

    const Workspace* mWorkspace = nullptr;
    QList<Row> mRows;
    qint64 mLeadCount = 0;
    QString mKeyField;
    QLocale mLocale;
    QFutureWatcher<FillCounts> mCountWatcher;
    quint64 mJob = 0;
    bool mCounting = false;
};

} // namespace sd
