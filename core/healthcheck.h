// Health of a segmentation: the common mistakes (tiny segments, intervals too wide to act on,
// siblings that do not differ in conversion, large remainders, conditions on sparsely filled
// fields, stale data, rules nobody verified lately) as plain findings with a severity.
#pragma once

#include "columntable.h"
#include "evaluator.h"
#include "rules.h"
#include "segmentstats.h"

#include <QString>

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace sd {

class Workspace;

enum class HealthSeverity { Info, Warning, Problem };

enum class HealthCheck {
    TinySegment,      // fewer leads than the minimum
    TooManyTiny,      // a large share of the segments is tiny
    WideInterval,     // the 95% interval of the rate is wider than allowed
    NotDifferent,     // two siblings whose rates do not differ (p-value above the limit)
    LargeRemainder,   // a remainder holding a large share of its parent
    LowFillRate,      // a field used in the rules is often empty
    StaleData,        // the last import is older than allowed, or there is none
    NotVerified       // the rule set was not verified recently, or never
};

struct HealthThresholds
{
    size_t minSegmentSize = 100;     // leads
    double maxTinyShare = 0.25;      // of the segments (remainders excluded)
    double maxIntervalWidth = 0.10;  // width of the 95% interval, as a rate (0.10 = 10 points)
    double maxSiblingPValue = 0.05;  // siblings with a larger p-value do not differ
    double maxRemainderShare = 0.20; // of the parent
    double minFillRate = 0.80;       // of all leads
    int maxImportAgeDays = 30;
    int maxVerifiedAgeDays = 90;

    bool operator==(const HealthThresholds&) const = default;
};

struct HealthFinding
{
    HealthCheck check = HealthCheck::TinySegment;
    HealthSeverity severity = HealthSeverity::Warning;
    std::string segmentId;  // the segment concerned, empty when none
    std::string otherId;    // NotDifferent: the sibling
    std::string field;      // LowFillRate: the field
    double value = 0;       // the measured figure (size, width, p-value, share, fill rate, age in days)
    double limit = 0;       // the threshold it was held against
    QString message;        // one sentence for the user
};

// Dates the data-freshness checks need; absent = unknown (no import recorded, never verified).
struct DataFreshness
{
    std::optional<int64_t> lastImportDay;   // days since 1970-01-01
    std::optional<int64_t> lastVerifiedDay;
};

// Every finding, most severe first, then in tree order. `stats` parallel to `segments`.
std::vector<HealthFinding> checkHealth(const RuleSet& rules, const std::vector<SegmentMembers>& segments,
                                       const std::vector<SegmentStats>& stats, bool hasOutcome,
                                       const ColumnTable& table, const DataFreshness& freshness, int64_t today,
                                       const HealthThresholds& thresholds);

// The freshness facts of a workspace: its latest import and the rule set's last-verified date.
DataFreshness readDataFreshness(const Workspace& ws, const QString& ruleSetName);
// Records that the user checked the rule set against the data on `day`.
bool setRuleSetVerified(Workspace& ws, const QString& ruleSetName, int64_t day, QString* error);

QString healthCheckName(HealthCheck check);

} // namespace sd
