// The lift report as a table: per segment with a holdout, treatment against holdout conversion
// with Wilson 95% intervals, the uplift with its 95% interval, relative lift and p-value.
#pragma once

#include "liftreport.h"

#include <QAbstractTableModel>

namespace sd {

class HoldoutLiftModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        SegmentColumn, TreatmentLeadsColumn, TreatmentRateColumn, HoldoutLeadsColumn, HoldoutRateColumn,
        UpliftColumn, RelativeLiftColumn, PValueColumn, ColumnCount
    };
    enum Roles {
        SegmentIdRole = Qt::UserRole + 1,
        ValueRole,   // the cell's number (rate, uplift, p-value…) unformatted; invalid when absent
        LowRole,     // lower end of the cell's 95% interval (rates and uplift)
        HighRole,    // upper end
    };

    explicit HoldoutLiftModel(QObject* parent = nullptr);

    void setReport(std::vector<HoldoutLift> report);
    const std::vector<HoldoutLift>& report() const { return mReport; }
    // Every figure with full precision, one row per segment, with a header row.
    QString csv() const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    std::vector<HoldoutLift> mReport;
};

} // namespace sd
