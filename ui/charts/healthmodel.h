// The health findings of an evaluation as a table model: severity, check, subject, message.
#pragma once

#include "healthcheck.h"

#include <QAbstractTableModel>

#include <vector>

namespace sd {

class HealthModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { SeverityColumn, CheckColumn, SubjectColumn, MessageColumn, ColumnCount };
    enum Roles {
        SeverityRole = Qt::UserRole + 1, // int(HealthSeverity)
        CheckRole,                       // int(HealthCheck)
        SegmentIdRole,                   // QString, empty when the finding is not about a segment
        FieldRole,                       // QString, LowFillRate only
        ValueRole,                       // double: the measured figure
        LimitRole                        // double: the threshold
    };

    explicit HealthModel(QObject* parent = nullptr);

    void setFindings(std::vector<HealthFinding> findings, const std::vector<SegmentMembers>* segments);
    const std::vector<HealthFinding>& findings() const { return mFindings; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    std::vector<HealthFinding> mFindings;
    std::vector<QString> mSubjects;
};

} // namespace sd
