// Lazy table of the leads of one segment: rows are the set bits of the segment's members bitmap
// over the in-memory table, found on demand through per-block counts, so a segment of 500,000
// leads costs a few kilobytes of index, not a copy of its rows.
#pragma once

#include "evaluationsnapshot.h"

#include <QAbstractTableModel>

#include <vector>

namespace sd {

class SegmentLeadsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Roles {
        TableRowRole = Qt::UserRole + 1, // qulonglong: the lead's row in the table
        FieldNameRole,                   // QString: the column's field
        FieldTypeRole,                   // int(sd::FieldType)
    };
    Q_ENUM(Roles)

    explicit SegmentLeadsModel(QObject* parent = nullptr);

    // Shows the members of `segmentId` in the snapshot; an empty id shows every lead.
    void setSegment(const EvaluationSnapshotPtr& snapshot, const QString& segmentId);
    QString segmentId() const { return mSegment; }
    size_t tableRow(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    static constexpr size_t BlockWords = 64; // one prefix count per 4,096 rows

    EvaluationSnapshotPtr mSnapshot;
    QString mSegment;
    const Bitmap* mMembers = nullptr;   // nullptr: every row
    std::vector<size_t> mBlockStart;    // members before each block
    size_t mCount = 0;
};

} // namespace sd
