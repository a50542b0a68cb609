// Lazy lead table: pages of PageSize rows are read on demand and kept in an LRU cache.
#include "leadtablemodel.h"

#include "workspace.h"

#include <QColor>
#include <QGuiApplication>
#include <QPalette>

#include <algorithm>
#include <cmath>
#include <limits>

namespace sd {

namespace {

const QString kEmptyMark = QStringLiteral("\u2014"); // em dash

// Integral values print without decimals and with group separators ("1,250,000"); others with the
// shortest representation that reads back exactly, so the table never rounds what a rule compares.
QString formatNumber(double v, const QLocale& locale)
{
    if (std::isfinite(v) && v == std::trunc(v) && std::abs(v) < 1e15)
        return locale.toString(qint64(v));
    if (std::isfinite(v) && std::abs(v) >= 1e-6 && std::abs(v) < 1e15)
        return locale.toString(v, 'f', QLocale::FloatingPointShortest);
    return locale.toString(v, 'g', QLocale::FloatingPointShortest);
}

} // namespace

LeadTableModel::LeadTableModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void LeadTableModel::setWorkspace(const Workspace* workspace)
{
    mWorkspace = workspace;
    reload();
}

void LeadTableModel::reload()
{
    beginResetModel();
    mPages.clear();
    mPagesFetched = 0;
    mFields = mWorkspace ? mWorkspace->fields() : QList<FieldDef>();
    mLeadCount = mWorkspace && !mFields.isEmpty() ? mWorkspace->leadCount() : 0;
    endResetModel();
}

int LeadTableModel::rowCount(const QModelIndex& parent) const
{
    // QAbstractItemView addresses rows with int; more than 2^31 leads are not browsable here.
    return parent.isValid() ? 0 : int(std::min<qint64>(mLeadCount, std::numeric_limits<int>::max()));
}

int LeadTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(mFields.size());
}

const LeadTableModel::Page* LeadTableModel::page(qint64 pageIndex) const
{
    if (const Page* cached = mPages.object(pageIndex))
        return cached;
    if (!mWorkspace)
        return nullptr;
    auto fetched = new Page(mWorkspace->readLeads(pageIndex * PageSize, PageSize));
    ++mPagesFetched;
    mPages.insert(pageIndex, fetched); // the cache takes ownership and evicts the least recently used page
    return fetched;
}

QString LeadTableModel::displayText(const QVariant& value, FieldType type) const
{
    if (value.isNull())
        return kEmptyMark;
    switch (type) {
    case FieldType::Number:
        return formatNumber(value.toDouble(), mLocale);
    case FieldType::Boolean:
        return value.toBool() ? tr("Yes") : tr("No");
    case FieldType::List:
        // Stored as "a;b;c"; a space after each separator reads better in a table.
        return value.toString().replace(QLatin1Char(';'), QLatin1String("; "));
    case FieldType::Date:
    case FieldType::Text:
        break;
    }
    return value.toString();
}

QVariant LeadTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const FieldDef& field = mFields.at(index.column());
    switch (role) {
    case FieldTypeRole:
        return int(field.type);
    case FieldNameRole:
        return field.name;
    case Qt::TextAlignmentRole:
        if (field.type == FieldType::Number)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return int(Qt::AlignLeft | Qt::AlignVCenter);
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
    case Qt::ForegroundRole:
    case RawValueRole:
        break;
    default:
        return {};
    }

    const Page* rows = page(index.row() / PageSize);
    const size_t offset = size_t(index.row() % PageSize);
    if (!rows || offset >= rows->size() || size_t(index.column()) >= (*rows)[offset].size())
        return {}; // the workspace shrank under us; a reload() follows
    const QVariant& value = (*rows)[offset][size_t(index.column())];

    switch (role) {
    case RawValueRole:
        return value;
    case Qt::DisplayRole:
        return displayText(value, field.type);
    case Qt::ForegroundRole:
        if (value.isNull())
            return QGuiApplication::palette().color(QPalette::PlaceholderText);
        return {};
    case Qt::ToolTipRole:
        // Long text is elided in the cell; the tooltip shows all of it.
        if (field.type == FieldType::Text || field.type == FieldType::List) {
            const QString text = value.toString();
            if (text.size() > 40)
                return text;
        }
        return {};
    }
    return {};
}

QVariant LeadTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Vertical) {
        if (section < 0 || section >= rowCount())
            return {};
        if (role == Qt::DisplayRole)
            return mLocale.toString(qint64(section) + 1);
        if (role == Qt::TextAlignmentRole)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    }
    if (section < 0 || section >= mFields.size())
        return {};
    const FieldDef& field = mFields.at(section);
    switch (role) {
    case Qt::DisplayRole:
    case FieldNameRole:
        return field.name;
    case FieldTypeRole:
        return int(field.type);
    case Qt::ToolTipRole:
        if (!field.sourceColumn.isEmpty() && field.sourceColumn != field.name)
            return tr("%1: %2, imported from column “%3”").arg(field.name, fieldTypeName(field.type), field.sourceColumn);
        return tr("%1: %2").arg(field.name, fieldTypeName(field.type));
    case Qt::TextAlignmentRole:
        if (field.type == FieldType::Number)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return int(Qt::AlignLeft | Qt::AlignVCenter);
    }
    return {};
}

QHash<int, QByteArray> LeadTableModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(RawValueRole, "rawValue");
    names.insert(FieldTypeRole, "fieldType");
    names.insert(FieldNameRole, "fieldName");
    return names;
}

} // namespace sd
