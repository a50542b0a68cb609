// Health checks over an evaluation's statistics; no pass over the rows except popcounts of
// presence bitmaps for the fill rates.
#include "healthcheck.h"

#include "valueparsing.h"
#include "workspace.h"

#include <QCoreApplication>
#include <QDate>

#include <algorithm>
#include <climits>
#include <cmath>

namespace sd {

namespace {

QString q(const std::string& s) { return QString::fromStdString(s); }
QString percent(double v, int decimals = 1) { return QString::number(v * 100, 'f', decimals) + QLatin1Char('%'); }
QString isoDay(int64_t day)
{
    const Ymd d = civilFromDays(day);
    return QDate(d.year, d.month, d.day).toString(Qt::ISODate);
}

QString verifiedKey(const QString& ruleSetName) { return QStringLiteral("verified_at:") + ruleSetName; }

} // namespace

QString healthCheckName(HealthCheck check)
{
    switch (check) {
    case HealthCheck::TinySegment: return QCoreApplication::translate("sd::HealthCheck", "Tiny segment");
    case HealthCheck::TooManyTiny: return QCoreApplication::translate("sd::HealthCheck", "Too many tiny segments");
    case HealthCheck::WideInterval: return QCoreApplication::translate("sd::HealthCheck", "Wide interval");
    case HealthCheck::NotDifferent: return QCoreApplication::translate("sd::HealthCheck", "Siblings alike");
    case HealthCheck::LargeRemainder: return QCoreApplication::translate("sd::HealthCheck", "Large remainder");
    case HealthCheck::LowFillRate: return QCoreApplication::translate("sd::HealthCheck", "Incomplete field");
    case HealthCheck::StaleData: return QCoreApplication::translate("sd::HealthCheck", "Stale data");
    case HealthCheck::NotVerified: return QCoreApplication::translate("sd::HealthCheck", "Not verified");
    }
    return {};
}

std::vector<HealthFinding> checkHealth(const RuleSet& rules, const std::vector<SegmentMembers>& segments,
                                       const std::vector<SegmentStats>& stats, bool hasOutcome,
                                       const ColumnTable& table, const DataFreshness& freshness, int64_t today,
                                       const HealthThresholds& t)
{
    std::vector<HealthFinding> out;
    const size_t n = std::min(segments.size(), stats.size());

    size_t designed = 0, tiny = 0;
    for (size_t i = 0; i < n; ++i) {
        const SegmentMembers& s = segments[i];
        const SegmentStats& st = stats[i];
        if (!s.remainder) {
            ++designed;
            if (st.all.size < t.minSegmentSize) {
                ++tiny;
                HealthFinding f{HealthCheck::TinySegment, HealthSeverity::Warning, s.id, {}, {}, double(st.all.size),
                                double(t.minSegmentSize), {}};
                const int leads = st.all.size > size_t(INT_MAX) ? INT_MAX : int(st.all.size);
                f.message = QCoreApplication::translate("sd::HealthCheck",
                                                        "%1 has %n lead(s), fewer than the minimum of %2: its rate is not reliable.",
                                                        nullptr, leads)
                                .arg(q(s.name))
                                .arg(t.minSegmentSize);
                out.push_back(std::move(f));
            }
        }
        if (hasOutcome && st.all.size >= t.minSegmentSize && st.all.size > 0) {
            const double width = st.ciHigh - st.ciLow;
            if (width > t.maxIntervalWidth) {
                HealthFinding f{HealthCheck::WideInterval, HealthSeverity::Warning, s.id, {}, {}, width, t.maxIntervalWidth, {}};
                f.message = QCoreApplication::translate("sd::HealthCheck", "The conversion rate of %1 is only known within %2 to %3 (95%), wider than %4 points.")
                                .arg(q(s.name), percent(st.ciLow), percent(st.ciHigh))
                                .arg(t.maxIntervalWidth * 100, 0, 'f', 1);
                out.push_back(std::move(f));
            }
        }
        if (s.remainder) {
            const size_t parentSize = s.parent < 0 ? table.rowCount() : stats[size_t(s.parent)].all.size;
            const double share = parentSize ? double(st.all.size) / double(parentSize) : 0.0;
            if (share > t.maxRemainderShare) {
                HealthFinding f{HealthCheck::LargeRemainder, HealthSeverity::Warning, s.id, {}, {}, share, t.maxRemainderShare, {}};
                f.message = s.parent < 0
                    ? QCoreApplication::translate("sd::HealthCheck", "%1 of all leads fall into no top-level segment.")
                          .arg(percent(share))
                    : QCoreApplication::translate("sd::HealthCheck", "%1 of %2 falls into none of its children.")
                          .arg(percent(share), q(segments[size_t(s.parent)].name));
                out.push_back(std::move(f));
            }
        }
    }
    if (designed && tiny >= 2 && double(tiny) / double(designed) > t.maxTinyShare) {
        HealthFinding f{HealthCheck::TooManyTiny, HealthSeverity::Problem, {}, {}, {}, double(tiny) / double(designed),
                        t.maxTinyShare, {}};
        f.message = QCoreApplication::translate("sd::HealthCheck", "%1 of %2 segments have fewer than %3 leads: merge some or loosen their conditions.")
                        .arg(tiny).arg(designed).arg(t.minSegmentSize);
        out.push_back(std::move(f));
    }

    if (hasOutcome) {
        // Every pair of designed siblings big enough to be judged.
        for (size_t i = 0; i < n; ++i) {
            if (segments[i].remainder || stats[i].all.size < t.minSegmentSize)
                continue;
            for (size_t j = i + 1; j < n; ++j) {
                if (segments[j].parent != segments[i].parent || segments[j].remainder || stats[j].all.size < t.minSegmentSize)
                    continue;
                const std::optional<double> p = twoProportionPValue(stats[i].all, stats[j].all);
                if (!p || *p <= t.maxSiblingPValue)
                    continue;
                HealthFinding f{HealthCheck::NotDifferent, HealthSeverity::Warning, segments[i].id, segments[j].id, {}, *p,
                                t.maxSiblingPValue, {}};
                f.message = QCoreApplication::translate("sd::HealthCheck", "%1 (%2) and %3 (%4) do not differ in conversion (p = %5): treat them alike or split differently.")
                                .arg(q(segments[i].name), percent(stats[i].all.rate()), q(segments[j].name),
                                     percent(stats[j].all.rate()))
                                .arg(*p, 0, 'g', 3);
                out.push_back(std::move(f));
            }
        }
    }

    if (table.rowCount()) {
        for (const std::string& name : rules.referencedFields()) {
            const Column* c = table.column(name);
            if (!c)
                continue;
            const double fill = double(c->present.count()) / double(table.rowCount());
            if (fill < t.minFillRate) {
                HealthFinding f{HealthCheck::LowFillRate, fill < t.minFillRate / 2 ? HealthSeverity::Problem : HealthSeverity::Warning,
                                {}, {}, name, fill, t.minFillRate, {}};
                f.message = QCoreApplication::translate("sd::HealthCheck", "%1 is used in the rules but only %2 of leads have a value: an empty cell fails every positive condition.")
                                .arg(q(name), percent(fill));
                out.push_back(std::move(f));
            }
        }
    }

    if (!freshness.lastImportDay) {
        HealthFinding f{HealthCheck::StaleData, HealthSeverity::Info, {}, {}, {}, 0, double(t.maxImportAgeDays), {}};
        f.message = QCoreApplication::translate("sd::HealthCheck", "No import is recorded for this data, so its age is unknown.");
        out.push_back(std::move(f));
    } else if (today - *freshness.lastImportDay > t.maxImportAgeDays) {
        const double age = double(today - *freshness.lastImportDay);
        HealthFinding f{HealthCheck::StaleData, HealthSeverity::Warning, {}, {}, {}, age, double(t.maxImportAgeDays), {}};
        f.message = QCoreApplication::translate("sd::HealthCheck", "The last import was on %1, %2 days ago (limit %3): sizes and rates describe old data.")
                        .arg(isoDay(*freshness.lastImportDay)).arg(qint64(age)).arg(t.maxImportAgeDays);
        out.push_back(std::move(f));
    }
    if (!freshness.lastVerifiedDay) {
        HealthFinding f{HealthCheck::NotVerified, HealthSeverity::Info, {}, {}, {}, 0, double(t.maxVerifiedAgeDays), {}};
        f.message = QCoreApplication::translate("sd::HealthCheck", "This rule set has never been marked as verified against the data.");
        out.push_back(std::move(f));
    } else if (today - *freshness.lastVerifiedDay > t.maxVerifiedAgeDays) {
        const double age = double(today - *freshness.lastVerifiedDay);
        HealthFinding f{HealthCheck::NotVerified, HealthSeverity::Warning, {}, {}, {}, age, double(t.maxVerifiedAgeDays), {}};
        f.message = QCoreApplication::translate("sd::HealthCheck", "The rule set was last verified on %1, %2 days ago (limit %3).")
                        .arg(isoDay(*freshness.lastVerifiedDay)).arg(qint64(age)).arg(t.maxVerifiedAgeDays);
        out.push_back(std::move(f));
    }

    std::stable_sort(out.begin(), out.end(),
                     [](const HealthFinding& a, const HealthFinding& b) { return int(a.severity) > int(b.severity); });
    return out;
}

DataFreshness readDataFreshness(const Workspace& ws, const QString& ruleSetName)
{
    DataFreshness f;
    for (const ImportRecord& r : ws.imports()) {
        if (!r.importedAt.isValid())
            continue;
        const QDate d = r.importedAt.toUTC().date();
        const int64_t day = daysFromCivil(Ymd{d.year(), d.month(), d.day()});
        if (!f.lastImportDay || day > *f.lastImportDay)
            f.lastImportDay = day;
    }
    const QString verified = ws.setting(verifiedKey(ruleSetName));
    if (!verified.isEmpty()) {
        const QByteArray text = verified.toUtf8();
        if (auto d = parseDate(std::string_view(text.constData(), size_t(text.size())), DateLayout::Iso))
            f.lastVerifiedDay = daysFromCivil(*d);
    }
    return f;
}

bool setRuleSetVerified(Workspace& ws, const QString& ruleSetName, int64_t day, QString* error)
{
    return ws.setSetting(verifiedKey(ruleSetName), isoDay(day), error);
}

} // namespace sd
