// Health model: a flat list, reset as a whole (a finding has no identity across evaluations).
#include "healthmodel.h"

#include <QApplication>
#include <QIcon>
#include <QStyle>

namespace sd {

HealthModel::HealthModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void HealthModel::setFindings(std::vector<HealthFinding> findings, const std::vector<SegmentMembers>* segments)
{
    beginResetModel();
    mFindings = std::move(findings);
    mSubjects.clear();
    auto nameOf = [segments](const std::string& id) {
        if (segments)
            for (const SegmentMembers& s : *segments)
                if (s.id == id)
                    return QString::fromStdString(s.name);
        return QString::fromStdString(id);
    };
    for (const HealthFinding& f : mFindings) {
        QString subject;
        if (!f.segmentId.empty())
            subject = nameOf(f.segmentId);
        if (!f.otherId.empty())
            subject = tr("%1 / %2").arg(subject, nameOf(f.otherId));
        if (!f.field.empty())
            subject = QString::fromStdString(f.field);
        mSubjects.push_back(subject);
    }
    endResetModel();
}

int HealthModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(mFindings.size());
}

int HealthModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant HealthModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const HealthFinding& f = mFindings[size_t(index.row())];
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case SeverityColumn:
            return f.severity == HealthSeverity::Problem ? tr("Problem")
                 : f.severity == HealthSeverity::Warning ? tr("Warning") : tr("Note");
        case CheckColumn: return healthCheckName(f.check);
        case SubjectColumn: return mSubjects[size_t(index.row())];
        case MessageColumn: return f.message;
        }
        return {};
    case Qt::ToolTipRole:
        return f.message;
    case Qt::DecorationRole:
        if (index.column() == SeverityColumn) {
            const QStyle::StandardPixmap icon = f.severity == HealthSeverity::Problem ? QStyle::SP_MessageBoxCritical
                                              : f.severity == HealthSeverity::Warning ? QStyle::SP_MessageBoxWarning
                                                                                      : QStyle::SP_MessageBoxInformation;
            return QApplication::style()->standardIcon(icon);
        }
        return {};
    case SeverityRole: return int(f.severity);
    case CheckRole: return int(f.check);
    case SegmentIdRole: return QString::fromStdString(f.segmentId);
    case FieldRole: return QString::fromStdString(f.field);
    case ValueRole: return f.value;
    case LimitRole: return f.limit;
    }
    return {};
}

QVariant HealthModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case SeverityColumn: return tr("Severity");
    case CheckColumn: return tr("Check");
    case SubjectColumn: return tr("Segment or field");
    case MessageColumn: return tr("Finding");
    }
    return {};
}

QHash<int, QByteArray> HealthModel::roleNames() const
{
    QHash<int, QByteArray> r = QAbstractTableModel::roleNames();
    r.insert(SeverityRole, "severity");
    r.insert(CheckRole, "check");
    r.insert(SegmentIdRole, "segmentId");
    r.insert(FieldRole, "field");
    r.insert(ValueRole, "value");
    r.insert(LimitRole, "limit");
    return r;
}

} // namespace sd
