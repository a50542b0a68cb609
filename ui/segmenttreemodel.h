// Tree model of the segments being designed, with live figures: size, share of the parent,
// conversion rate with its 95% interval, warning badges, and each exclusive parent's remainder as
// its own row. The structure follows the RuleDocument at once; figures follow the newest
// evaluation snapshot. Renames and drag-and-drop moves become undo commands.
#pragma once

#include "evaluationsnapshot.h"

#include <QAbstractItemModel>
#include <QHash>
#include <QIcon>
#include <QLocale>

#include <set>
#include <unordered_map>
#include <string>
#include <vector>

namespace sd {

class RuleDocument;

class SegmentTreeModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Column { NameColumn, SizeColumn, ShareColumn, RateColumn, ColumnCount };
    Q_ENUM(Column)

    enum Roles {
        SegmentIdRole = Qt::UserRole + 1, // QString; remainders "<parent>/~" or "~"
        IsRemainderRole,                  // bool
        SizeRole,                         // qulonglong; invalid until evaluated
        ShareOfParentRole,                // double in [0, 1]
        RateRole,                         // double; invalid without an outcome
        CiLowRole,                        // double
        CiHighRole,                       // double
        WarningsRole,                     // int, a combination of Warning flags
        WarningTextRole,                  // QString, one sentence per warning
        ChildModeRole,                    // int(sd::ChildMode) of the segment's children
    };
    Q_ENUM(Roles)

    enum Warning {
        NoWarning = 0,
        TooSmall = 1,        // fewer than MinActionableSize leads
        WideInterval = 2,    // 95% interval wider than ±MaxHalfWidth
        Empty = 4,
        MissingField = 8,    // reads a field the workspace does not have
        Invalid = 16,        // the validator reports an error inside the segment
    };
    static constexpr size_t MinActionableSize = 30;
    static constexpr double MaxHalfWidth = 0.10;
    static constexpr const char* MimeType = "application/x-sd-segment-id";

    explicit SegmentTreeModel(RuleDocument* document, QObject* parent = nullptr);

    void setSnapshot(const EvaluationSnapshotPtr& snapshot);
    EvaluationSnapshotPtr snapshot() const { return mSnapshot; }
    // Field names available in the data (table columns); leaves reading other names get a badge.
    void setAvailableFields(const std::set<std::string>& fields);

    QModelIndex indexOfSegment(const QString& id, int column = 0) const;
    QString segmentId(const QModelIndex& index) const;

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& index) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QHash<int, QByteArray> roleNames() const override;

    QStringList mimeTypes() const override;
    QMimeData* mimeData(const QModelIndexList& indexes) const override;
    Qt::DropActions supportedDropActions() const override;
    Qt::DropActions supportedDragActions() const override;
    bool canDropMimeData(const QMimeData* data, Qt::DropAction action, int row, int column,
                         const QModelIndex& parent) const override;
    bool dropMimeData(const QMimeData* data, Qt::DropAction action, int row, int column,
                      const QModelIndex& parent) override;

private:
    struct Node
    {
        std::string id;          // "" for the invisible root
        std::string remainderOf; // set for remainder rows: the parent id ("" = root)
        bool remainder = false;
        int parent = -1;
        int row = 0;
        std::vector<int> children;
    };

    void rebuild();
    void figuresChanged();
    int nodeOf(const QModelIndex& index) const;
    int figureIndex(const Node& node) const; // index into the snapshot, -1 when absent
    int warnings(const Node& node) const;
    QString warningText(int flags, const Node& node) const;
    bool readsMissingField(const Segment& s) const;
    bool dropTarget(const QMimeData* data, int row, const QModelIndex& parent, std::string* id,
                    std::string* parentId, int* index) const;

    RuleDocument* mDocument;
    EvaluationSnapshotPtr mSnapshot;
    std::vector<Node> mNodes;                 // [0] is the invisible root
    std::unordered_map<std::string, int> mFigures; // snapshot index by segment id
    std::set<std::string> mAvailableFields;
    bool mHaveFields = false;
    QLocale mLocale;
    QIcon mWarningIcon;
};

} // namespace sd
