// Segment tree model: structure from the document, figures from the newest snapshot.
#include "segmenttreemodel.h"

#include "commands/movesegmentcommand.h"
#include "commands/renamesegmentcommand.h"
#include "ruledocument.h"

#include <QFont>
#include <QMimeData>
#include <QPalette>
#include <QApplication>

#include <functional>

namespace sd {

SegmentTreeModel::SegmentTreeModel(RuleDocument* document, QObject* parent)
    : QAbstractItemModel(parent)
    , mDocument(document)
    , mWarningIcon(QStringLiteral(":/icons/warning.svg"))
{
    connect(document, &RuleDocument::structureChanged, this, &SegmentTreeModel::rebuild);
    connect(document, &RuleDocument::segmentChanged, this, [this](const QString& id) {
        const QModelIndex i = indexOfSegment(id);
        if (i.isValid())
            emit dataChanged(i, i.siblingAtColumn(ColumnCount - 1));
    });
    // Validation badges can change with any edit.
    connect(document, &RuleDocument::rulesChanged, this, &SegmentTreeModel::figuresChanged);
    rebuild();
}

void SegmentTreeModel::rebuild()
{
    beginResetModel();
    mNodes.clear();
    mNodes.push_back(Node{});
    std::function<void(const Segment&, int)> add = [&](const Segment& s, int parentNode) {
        for (const Segment& c : s.children) {
            Node n;
            n.id = c.id;
            n.parent = parentNode;
            n.row = int(mNodes[size_t(parentNode)].children.size());
            mNodes.push_back(n);
            const int me = int(mNodes.size()) - 1;
            mNodes[size_t(parentNode)].children.push_back(me);
            add(c, me);
        }
        if (s.mode == ChildMode::Exclusive && !s.children.empty()) {
            Node r;
            r.remainder = true;
            r.remainderOf = s.id;
            r.id = s.id.empty() ? "~" : s.id + "/~";
            r.parent = parentNode;
            r.row = int(mNodes[size_t(parentNode)].children.size());
            mNodes.push_back(r);
            mNodes[size_t(parentNode)].children.push_back(int(mNodes.size()) - 1);
        }
    };
    add(mDocument->rules().root, 0);
    endResetModel();
}

void SegmentTreeModel::setSnapshot(const EvaluationSnapshotPtr& snapshot)
{
    mSnapshot = snapshot;
    mFigures.clear();
    if (snapshot)
        for (size_t i = 0; i < snapshot->segments.size(); ++i)
            mFigures.emplace(snapshot->segments[i].id, int(i));
    figuresChanged();
}

void SegmentTreeModel::setAvailableFields(const std::set<std::string>& fields)
{
    mAvailableFields = fields;
    mHaveFields = !fields.empty();
    figuresChanged();
}

void SegmentTreeModel::figuresChanged()
{
    std::function<void(const QModelIndex&)> touch = [&](const QModelIndex& parent) {
        const int rows = rowCount(parent);
        if (rows == 0)
            return;
        emit dataChanged(index(0, 0, parent), index(rows - 1, ColumnCount - 1, parent));
        for (int r = 0; r < rows; ++r)
            touch(index(r, 0, parent));
    };
    touch(QModelIndex());
}

int SegmentTreeModel::nodeOf(const QModelIndex& index) const
{
    return index.isValid() ? int(index.internalId()) : 0;
}

QModelIndex SegmentTreeModel::index(int row, int column, const QModelIndex& parent) const
{
    if (row < 0 || column < 0 || column >= ColumnCount || (parent.isValid() && parent.column() != 0))
        return {};
    const Node& p = mNodes[size_t(nodeOf(parent))];
    if (size_t(row) >= p.children.size())
        return {};
    return createIndex(row, column, quintptr(p.children[size_t(row)]));
}

QModelIndex SegmentTreeModel::parent(const QModelIndex& index) const
{
    if (!index.isValid())
        return {};
    const int p = mNodes[size_t(nodeOf(index))].parent;
    if (p <= 0)
        return {};
    return createIndex(mNodes[size_t(p)].row, 0, quintptr(p));
}

int SegmentTreeModel::rowCount(const QModelIndex& parent) const
{
    if (parent.isValid() && parent.column() != 0)
        return 0;
    return int(mNodes[size_t(nodeOf(parent))].children.size());
}

int SegmentTreeModel::columnCount(const QModelIndex&) const
{
    return ColumnCount;
}

QModelIndex SegmentTreeModel::indexOfSegment(const QString& id, int column) const
{
    const std::string key = id.toStdString();
    for (size_t i = 1; i < mNodes.size(); ++i)
        if (mNodes[i].id == key)
            return createIndex(mNodes[i].row, column, quintptr(i));
    return {};
}

QString SegmentTreeModel::segmentId(const QModelIndex& index) const
{
    return index.isValid() ? QString::fromStdString(mNodes[size_t(nodeOf(index))].id) : QString();
}

int SegmentTreeModel::figureIndex(const Node& node) const
{
    if (!mSnapshot || !mSnapshot->error.isEmpty())
        return -1;
    auto it = mFigures.find(node.id);
    return it == mFigures.end() ? -1 : it->second;
}

bool SegmentTreeModel::readsMissingField(const Segment& s) const
{
    if (!mHaveFields || !s.when)
        return false;
    const RuleSet& rules = mDocument->rules();
    std::function<bool(const Condition&)> missing = [&](const Condition& c) {
        if (c.kind == Condition::Kind::Leaf)
            return !mAvailableFields.count(c.field) && !rules.score(c.field);
        for (const Condition& ch : c.children)
            if (missing(ch))
                return true;
        return false;
    };
    return missing(*s.when);
}

int SegmentTreeModel::warnings(const Node& node) const
{
    int flags = NoWarning;
    if (!node.remainder) {
        if (const Segment* s = mDocument->segment(node.id)) {
            if (readsMissingField(*s))
                flags |= MissingField;
            const std::string pointer = mDocument->segmentPointer(node.id);
            for (const RuleFileError& e : mDocument->validationErrors())
                if (e.pointer.rfind(pointer, 0) == 0 && e.pointer.compare(pointer.size(), 10, "/children/") != 0) {
                    flags |= Invalid;
                    break;
                }
        }
    }
    const int f = figureIndex(node);
    // A small or empty remainder is what a good exclusive tree looks like: no badge for it.
    if (!node.remainder && f >= 0 && size_t(f) < mSnapshot->stats.size()) {
        const SegmentStats& st = mSnapshot->stats[size_t(f)];
        if (st.all.size == 0)
            flags |= Empty;
        else if (st.all.size < MinActionableSize)
            flags |= TooSmall;
        if (st.all.size > 0 && mSnapshot->outcome && (st.ciHigh - st.ciLow) / 2 > MaxHalfWidth)
            flags |= WideInterval;
    }
    return flags;
}

QString SegmentTreeModel::warningText(int flags, const Node& node) const
{
    QStringList lines;
    if (flags & Empty)
        lines << tr("No lead matches this segment.");
    if (flags & TooSmall)
        lines << tr("Fewer than %1 leads: too small to act on.").arg(MinActionableSize);
    if (flags & WideInterval)
        lines << tr("The conversion rate's 95% interval is wider than ±%1 points.").arg(MaxHalfWidth * 100);
    if (flags & MissingField)
        lines << tr("Reads a field this workspace does not have.");
    if (flags & Invalid) {
        const std::string pointer = mDocument->segmentPointer(node.id);
        for (const RuleFileError& e : mDocument->validationErrors())
            if (e.pointer.rfind(pointer, 0) == 0 && e.pointer.compare(pointer.size(), 10, "/children/") != 0)
                lines << formatRuleFileError(e);
    }
    return lines.join(QLatin1Char('\n'));
}

QVariant SegmentTreeModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid())
        return {};
    const Node& node = mNodes[size_t(nodeOf(index))];
    const Segment* segment = node.remainder ? nullptr : mDocument->segment(node.id);
    const int f = figureIndex(node);
    const SegmentStats* st = f >= 0 && size_t(f) < mSnapshot->stats.size() ? &mSnapshot->stats[size_t(f)] : nullptr;
    const bool hasOutcome = mSnapshot && mSnapshot->outcome.has_value();
    auto parentSize = [&]() -> size_t {
        const int p = mSnapshot->segments[size_t(f)].parent;
        return p < 0 ? mSnapshot->table->rowCount() : mSnapshot->stats[size_t(p)].all.size;
    };

    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn:
            if (node.remainder)
                return node.remainderOf.empty() ? tr("Rest (no segment)") : tr("Rest");
            return segment ? QString::fromStdString(segment->name) : QString();
        case SizeColumn:
            return st ? mLocale.toString(qulonglong(st->all.size)) : QStringLiteral("…");
        case ShareColumn: {
            if (!st)
                return QString();
            const size_t ps = parentSize();
            return ps ? mLocale.toString(100.0 * double(st->all.size) / double(ps), 'f', 1) + QStringLiteral(" %") : QStringLiteral("–");
        }
        case RateColumn:
            if (!st || !hasOutcome)
                return QString();
            if (st->all.size == 0)
                return QStringLiteral("–");
            return tr("%1 % ± %2").arg(mLocale.toString(100.0 * st->all.rate(), 'f', 1),
                                       mLocale.toString(100.0 * (st->ciHigh - st->ciLow) / 2, 'f', 1));
        }
        return {};
    case Qt::EditRole:
        if (index.column() == NameColumn && segment)
            return QString::fromStdString(segment->name);
        return data(index, Qt::DisplayRole);
    case Qt::DecorationRole:
        if (index.column() == NameColumn && warnings(node) != NoWarning)
            return mWarningIcon;
        return {};
    case Qt::ToolTipRole: {
        const QString text = warningText(warnings(node), node);
        const QString id = tr("id: %1").arg(QString::fromStdString(node.id));
        return text.isEmpty() ? id : id + QLatin1Char('\n') + text;
    }
    case Qt::TextAlignmentRole:
        if (index.column() != NameColumn)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::FontRole:
        if (node.remainder) {
            QFont font;
            font.setItalic(true);
            return font;
        }
        return {};
    case Qt::ForegroundRole:
        if (node.remainder)
            return QApplication::palette().brush(QPalette::Disabled, QPalette::Text);
        return {};
    case SegmentIdRole:
        return QString::fromStdString(node.id);
    case IsRemainderRole:
        return node.remainder;
    case SizeRole:
        return st ? QVariant(qulonglong(st->all.size)) : QVariant();
    case ShareOfParentRole: {
        if (!st)
            return {};
        const size_t ps = parentSize();
        return ps ? QVariant(double(st->all.size) / double(ps)) : QVariant();
    }
    case RateRole:
        return st && hasOutcome ? QVariant(st->all.rate()) : QVariant();
    case CiLowRole:
        return st && hasOutcome ? QVariant(st->ciLow) : QVariant();
    case CiHighRole:
        return st && hasOutcome ? QVariant(st->ciHigh) : QVariant();
    case WarningsRole:
        return warnings(node);
    case WarningTextRole:
        return warningText(warnings(node), node);
    case ChildModeRole:
        return segment ? QVariant(int(segment->mode)) : QVariant();
    }
    return {};
}

bool SegmentTreeModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (!index.isValid() || role != Qt::EditRole || index.column() != NameColumn)
        return false;
    const Node& node = mNodes[size_t(nodeOf(index))];
    const QString name = value.toString().trimmed();
    const Segment* s = node.remainder ? nullptr : mDocument->segment(node.id);
    if (!s || name.isEmpty())
        return false;
    if (s->name == name.toStdString())
        return true;
    mDocument->push(new RenameSegmentCommand(mDocument, node.id, name.toStdString()));
    return true;
}

QVariant SegmentTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::DisplayRole) {
        switch (section) {
        case NameColumn: return tr("Segment");
        case SizeColumn: return tr("Leads");
        case ShareColumn: return tr("Of parent");
        case RateColumn: return tr("Conversion");
        }
    } else if (role == Qt::ToolTipRole && section == RateColumn) {
        return tr("Conversion rate with the half-width of its 95% confidence interval");
    } else if (role == Qt::TextAlignmentRole && section != NameColumn) {
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    }
    return {};
}

Qt::ItemFlags SegmentTreeModel::flags(const QModelIndex& index) const
{
    if (!index.isValid())
        return Qt::ItemIsDropEnabled;
    const Node& node = mNodes[size_t(nodeOf(index))];
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (node.remainder)
        return f | Qt::ItemNeverHasChildren;
    f |= Qt::ItemIsDragEnabled | Qt::ItemIsDropEnabled;
    if (index.column() == NameColumn)
        f |= Qt::ItemIsEditable;
    return f;
}

QHash<int, QByteArray> SegmentTreeModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractItemModel::roleNames();
    names.insert(SegmentIdRole, "segmentId");
    names.insert(IsRemainderRole, "isRemainder");
    names.insert(SizeRole, "size");
    names.insert(ShareOfParentRole, "shareOfParent");
    names.insert(RateRole, "rate");
    names.insert(CiLowRole, "ciLow");
    names.insert(CiHighRole, "ciHigh");
    names.insert(WarningsRole, "warnings");
    names.insert(WarningTextRole, "warningText");
    names.insert(ChildModeRole, "childMode");
    return names;
}

QStringList SegmentTreeModel::mimeTypes() const
{
    return {QString::fromLatin1(MimeType)};
}

QMimeData* SegmentTreeModel::mimeData(const QModelIndexList& indexes) const
{
    for (const QModelIndex& i : indexes) {
        const Node& node = mNodes[size_t(nodeOf(i))];
        if (i.isValid() && !node.remainder) {
            auto data = new QMimeData;
            data->setData(QString::fromLatin1(MimeType), QByteArray::fromStdString(node.id));
            return data;
        }
    }
    return nullptr;
}

Qt::DropActions SegmentTreeModel::supportedDropActions() const
{
    return Qt::MoveAction;
}

Qt::DropActions SegmentTreeModel::supportedDragActions() const
{
    return Qt::MoveAction;
}

bool SegmentTreeModel::dropTarget(const QMimeData* data, int row, const QModelIndex& parent, std::string* id,
                                  std::string* parentId, int* index) const
{
    if (!data || !data->hasFormat(QString::fromLatin1(MimeType)))
        return false;
    *id = data->data(QString::fromLatin1(MimeType)).toStdString();
    if (!mDocument->segment(*id) || id->empty())
        return false;
    const QModelIndex parentName = parent.siblingAtColumn(0);
    if (parentName.isValid() && mNodes[size_t(nodeOf(parentName))].remainder)
        return false;
    *parentId = parentName.isValid() ? mNodes[size_t(nodeOf(parentName))].id : std::string();
    if (*parentId == *id || (!parentId->empty() && mDocument->isDescendant(*parentId, *id)))
        return false;
    const Segment* target = mDocument->segment(*parentId);
    if (!target)
        return false;
    const bool sameParent = mDocument->parentOf(*id)->id == *parentId;
    const int count = int(target->children.size()) - (sameParent ? 1 : 0);
    int at = row < 0 ? count : std::min(row, int(target->children.size()));
    if (sameParent && row >= 0 && mDocument->indexInParent(*id) < at)
        --at;
    *index = std::clamp(at, 0, count);
    return true;
}

bool SegmentTreeModel::canDropMimeData(const QMimeData* data, Qt::DropAction action, int row, int,
                                       const QModelIndex& parent) const
{
    std::string id, parentId;
    int index = 0;
    return action == Qt::MoveAction && dropTarget(data, row, parent, &id, &parentId, &index);
}

bool SegmentTreeModel::dropMimeData(const QMimeData* data, Qt::DropAction action, int row, int,
                                    const QModelIndex& parent)
{
    std::string id, parentId;
    int index = 0;
    if (action != Qt::MoveAction || !dropTarget(data, row, parent, &id, &parentId, &index))
        return false;
    if (mDocument->parentOf(id)->id == parentId && mDocument->indexInParent(id) == index)
        return true; // dropped where it already is
    // The move is the whole edit: the view's own row removal after a move finds nothing to remove,
    // because this model does not implement removeRows().
    mDocument->push(new MoveSegmentCommand(mDocument, id, parentId, index));
    return true;
}

} // namespace sd
