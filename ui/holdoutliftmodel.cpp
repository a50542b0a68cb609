// Holdout lift table.
#include "holdoutliftmodel.h"

#include "valueparsing.h"

#include <QLocale>

namespace sd {

namespace {

QString percent(double r)
{
    return QLocale().toString(r * 100.0, 'f', 2) + QLocale().percent();
}

QString points(double d)
{
    // Percentage points, signed, so that a negative uplift reads as one.
    return (d > 0 ? QStringLiteral("+") : QString()) + QLocale().toString(d * 100.0, 'f', 2);
}

QString plain(double v)
{
    return QString::fromStdString(formatNumber(v));
}

QString optionalPlain(const std::optional<double>& v)
{
    return v ? plain(*v) : QString();
}

QString csvText(const std::string& s)
{
    QString t = QString::fromStdString(s);
    if (t.contains(QLatin1Char(',')) || t.contains(QLatin1Char('"')) || t.contains(QLatin1Char('\n')))
        t = QLatin1Char('"') + t.replace(QLatin1Char('"'), QLatin1String("\"\"")) + QLatin1Char('"');
    return t;
}

} // namespace

HoldoutLiftModel::HoldoutLiftModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void HoldoutLiftModel::setReport(std::vector<HoldoutLift> report)
{
    beginResetModel();
    mReport = std::move(report);
    endResetModel();
}

int HoldoutLiftModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(mReport.size());
}

int HoldoutLiftModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant HoldoutLiftModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const HoldoutLift& l = mReport[size_t(index.row())];
    const int c = index.column();
    if (role == SegmentIdRole)
        return QString::fromStdString(l.id);
    if (role == ValueRole) {
        switch (c) {
        case TreatmentLeadsColumn: return qulonglong(l.treatment.size);
        case TreatmentRateColumn: return l.treatment.rate();
        case HoldoutLeadsColumn: return qulonglong(l.holdout.size);
        case HoldoutRateColumn: return l.holdout.rate();
        case UpliftColumn: return l.uplift ? QVariant(*l.uplift) : QVariant();
        case RelativeLiftColumn: return l.relativeLift ? QVariant(*l.relativeLift) : QVariant();
        case PValueColumn: return l.pValue ? QVariant(*l.pValue) : QVariant();
        default: return QString::fromStdString(l.name);
        }
    }
    if (role == LowRole || role == HighRole) {
        const bool low = role == LowRole;
        switch (c) {
        case TreatmentRateColumn: return low ? l.treatmentLow : l.treatmentHigh;
        case HoldoutRateColumn: return low ? l.holdoutLow : l.holdoutHigh;
        case UpliftColumn: {
            const auto& v = low ? l.upliftLow : l.upliftHigh;
            return v ? QVariant(*v) : QVariant();
        }
        default: return {};
        }
    }
    if (role == Qt::TextAlignmentRole)
        return c == SegmentColumn ? QVariant() : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole) {
        if (c == SegmentColumn)
            return QString::fromStdString(l.path);
        if (c == TreatmentLeadsColumn)
            return tr("%1 of %2 treated leads converted").arg(QLocale().toString(qulonglong(l.treatment.conversions)),
                                                              QLocale().toString(qulonglong(l.treatment.size)));
        if (c == HoldoutLeadsColumn)
            return tr("%1 of %2 held-out leads converted").arg(QLocale().toString(qulonglong(l.holdout.conversions)),
                                                               QLocale().toString(qulonglong(l.holdout.size)));
        if (c == UpliftColumn)
            return tr("Treatment rate minus holdout rate, in percentage points, with its 95% interval (Newcombe)");
        if (c == PValueColumn)
            return tr("Two-proportion z-test: how likely a difference this large is if the segment's treatment did nothing");
        return {};
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (c) {
    case SegmentColumn: return QString::fromStdString(l.name);
    case TreatmentLeadsColumn: return QLocale().toString(qulonglong(l.treatment.size));
    case TreatmentRateColumn:
        return tr("%1 [%2 – %3]").arg(percent(l.treatment.rate()), percent(l.treatmentLow), percent(l.treatmentHigh));
    case HoldoutLeadsColumn: return QLocale().toString(qulonglong(l.holdout.size));
    case HoldoutRateColumn:
        return tr("%1 [%2 – %3]").arg(percent(l.holdout.rate()), percent(l.holdoutLow), percent(l.holdoutHigh));
    case UpliftColumn:
        if (!l.uplift)
            return tr("n/a");
        return tr("%1 pp [%2 – %3]").arg(points(*l.uplift), points(l.upliftLow.value_or(0)), points(l.upliftHigh.value_or(0)));
    case RelativeLiftColumn:
        return l.relativeLift ? tr("×%1").arg(QLocale().toString(*l.relativeLift, 'f', 2)) : tr("n/a");
    case PValueColumn:
        if (!l.pValue)
            return tr("n/a");
        return *l.pValue < 0.0001 ? tr("< 0.0001") : QLocale().toString(*l.pValue, 'f', 4);
    }
    return {};
}

QVariant HoldoutLiftModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case SegmentColumn: return tr("Segment");
    case TreatmentLeadsColumn: return tr("Treated leads");
    case TreatmentRateColumn: return tr("Treatment conversion [95%]");
    case HoldoutLeadsColumn: return tr("Held-out leads");
    case HoldoutRateColumn: return tr("Holdout conversion [95%]");
    case UpliftColumn: return tr("Uplift [95%]");
    case RelativeLiftColumn: return tr("Relative lift");
    case PValueColumn: return tr("p-value");
    }
    return {};
}

QHash<int, QByteArray> HoldoutLiftModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(SegmentIdRole, "segmentId");
    names.insert(ValueRole, "value");
    names.insert(LowRole, "low");
    names.insert(HighRole, "high");
    return names;
}

QString HoldoutLiftModel::csv() const
{
    // Machine-readable: dot decimals, rates as fractions, the same names as the command line's JSON.
    QString out = QStringLiteral("segment,path,treatment_leads,treatment_conversions,treatment_rate,treatment_low,"
                                 "treatment_high,holdout_leads,holdout_conversions,holdout_rate,holdout_low,holdout_high,"
                                 "uplift,uplift_low,uplift_high,relative_lift,p_value\n");
    for (const HoldoutLift& l : mReport) {
        const QStringList cells{csvText(l.id), csvText(l.path),
                                QString::number(l.treatment.size), QString::number(l.treatment.conversions),
                                plain(l.treatment.rate()), plain(l.treatmentLow), plain(l.treatmentHigh),
                                QString::number(l.holdout.size), QString::number(l.holdout.conversions),
                                plain(l.holdout.rate()), plain(l.holdoutLow), plain(l.holdoutHigh),
                                optionalPlain(l.uplift), optionalPlain(l.upliftLow), optionalPlain(l.upliftHigh),
                                optionalPlain(l.relativeLift), optionalPlain(l.pValue)};
        out += cells.join(QLatin1Char(',')) + QLatin1Char('\n');
    }
    return out;
}

} // namespace sd
