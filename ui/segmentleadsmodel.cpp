// Segment leads model: select-by-rank over a bitmap.
#include "segmentleadsmodel.h"

#include <algorithm>
#include <bit>

namespace sd {

SegmentLeadsModel::SegmentLeadsModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void SegmentLeadsModel::setSegment(const EvaluationSnapshotPtr& snapshot, const QString& segmentId)
{
    beginResetModel();
    mSnapshot = snapshot;
    mSegment = segmentId;
    mMembers = nullptr;
    mBlockStart.clear();
    mCount = 0;
    if (mSnapshot && mSnapshot->table) {
        const int i = segmentId.isEmpty() ? -1 : mSnapshot->indexOf(segmentId.toStdString());
        if (i >= 0) {
            mMembers = &mSnapshot->segments[size_t(i)].members;
            const uint64_t* words = mMembers->words();
            const size_t n = mMembers->wordCount();
            for (size_t w = 0; w < n; ++w) {
                if (w % BlockWords == 0)
                    mBlockStart.push_back(mCount);
                mCount += size_t(std::popcount(words[w]));
            }
        } else if (segmentId.isEmpty()) {
            mCount = mSnapshot->table->rowCount();
        }
    }
    endResetModel();
}

size_t SegmentLeadsModel::tableRow(int row) const
{
    if (!mMembers)
        return size_t(row);
    const size_t rank = size_t(row);
    // The last block that starts at or before the rank, then word by word inside it.
    const auto it = std::upper_bound(mBlockStart.begin(), mBlockStart.end(), rank) - 1;
    size_t seen = *it;
    const uint64_t* words = mMembers->words();
    for (size_t w = size_t(it - mBlockStart.begin()) * BlockWords; w < mMembers->wordCount(); ++w) {
        const size_t bits = size_t(std::popcount(words[w]));
        if (seen + bits > rank) {
            uint64_t word = words[w];
            for (size_t skip = rank - seen; skip > 0; --skip)
                word &= word - 1; // drop the lowest set bit
            return w * 64 + size_t(std::countr_zero(word));
        }
        seen += bits;
    }
    return 0;
}

int SegmentLeadsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(std::min<size_t>(mCount, size_t(std::numeric_limits<int>::max())));
}

int SegmentLeadsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() || !mSnapshot || !mSnapshot->table ? 0 : int(mSnapshot->table->columns().size());
}

QVariant SegmentLeadsModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || !mSnapshot || !mSnapshot->table)
        return {};
    const Column& column = mSnapshot->table->columns()[size_t(index.column())];
    switch (role) {
    case Qt::DisplayRole:
        return QString::fromStdString(column.cellText(tableRow(index.row())));
    case Qt::TextAlignmentRole:
        return column.type == FieldType::Number ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    case TableRowRole:
        return qulonglong(tableRow(index.row()));
    case FieldNameRole:
        return QString::fromStdString(column.name);
    case FieldTypeRole:
        return int(column.type);
    }
    return {};
}

QVariant SegmentLeadsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (!mSnapshot || !mSnapshot->table)
        return {};
    if (orientation == Qt::Horizontal && section >= 0 && size_t(section) < mSnapshot->table->columns().size()) {
        if (role == Qt::DisplayRole || role == FieldNameRole)
            return QString::fromStdString(mSnapshot->table->columns()[size_t(section)].name);
        if (role == FieldTypeRole)
            return int(mSnapshot->table->columns()[size_t(section)].type);
    }
    if (orientation == Qt::Vertical && role == Qt::DisplayRole)
        return section + 1;
    return {};
}

QHash<int, QByteArray> SegmentLeadsModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(TableRowRole, "tableRow");
    names.insert(FieldNameRole, "fieldName");
    names.insert(FieldTypeRole, "fieldType");
    return names;
}

} // namespace sd
