// Lazy table model over the leads of a workspace: rows are fetched in pages through
// Workspace::readLeads() into a small LRU cache, so a million leads scroll without loading them all.
#pragma once

#include "fieldtype.h"

#include <QAbstractTableModel>
#include <QCache>
#include <QList>
#include <QLocale>
#include <QVariant>

#include <vector>

namespace sd {

class Workspace;

class LeadTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Roles {
        RawValueRole = Qt::UserRole + 1, // the cell as stored: double, bool, QString, or null when empty
        FieldTypeRole,                   // int(sd::FieldType) of the column (cells and header)
        FieldNameRole,                   // the field name of the column (cells and header)
    };
    Q_ENUM(Roles)

    static constexpr int PageSize = 500;
    static constexpr int CachedPages = 64;

    explicit LeadTableModel(QObject* parent = nullptr);

    // The workspace is not owned; it must outlive the model or be replaced (nullptr clears).
    void setWorkspace(const Workspace* workspace);
    const Workspace* workspace() const { return mWorkspace; }
    // Re-reads fields and lead count and drops cached pages (after an import).
    void reload();

    qint64 leadCount() const { return mLeadCount; }
    QList<FieldDef> fields() const { return mFields; }
    // How many pages were read from the workspace since the last reset (for tests and diagnostics).
    int pagesFetched() const { return mPagesFetched; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    using Page = std::vector<std::vector<QVariant>>;
    const Page* page(qint64 pageIndex) const;
    QString displayText(const QVariant& value, FieldType type) const;

    const Workspace* mWorkspace = nullptr;
    QList<FieldDef> mFields;
    qint64 mLeadCount = 0;
    QLocale mLocale;
    mutable QCache<qint64, Page> mPages{CachedPages};
    mutable int mPagesFetched = 0;
};

} // namespace sd
