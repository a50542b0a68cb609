// One finished evaluation of a rule set, as the designer's panels (segment tree, statistics,
// charts, leads) receive it from the background evaluation. Immutable once published: panels
// hold it through a shared_ptr and never see a half-updated result.
#pragma once

#include "columntable.h"
#include "evaluator.h"
#include "rules.h"
#include "segmentstats.h"

#include <QMetaType>

#include <cstdint>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace sd {

struct EvaluationSnapshot
{
    quint64 jobId = 0;                               // increases with every edit; stale ids are dropped
    std::shared_ptr<const ColumnTable> table;        // the table it was computed over (all fields)
    RuleSet rules;                                   // the rules as they were when the job started
    std::vector<SegmentMembers> segments;            // pre-order, remainders included
    std::vector<SegmentStats> stats;                 // parallel to `segments`
    std::optional<Bitmap> outcome;                   // converted leads, when the rules define an outcome
    std::map<std::string, std::vector<double>> scores; // score id → value per row
    int64_t asOf = 0;                                // days since 1970-01-01
    double elapsedMs = 0;                            // evaluation + statistics
    QString error;                                   // non-empty: the rules could not be evaluated
    // The segment the condition editor shows, with its per-condition counts.
    std::string focusSegment;
    std::vector<FunnelStep> funnel;                  // Evaluator::funnel of focusSegment
    size_t focusBase = 0;                            // leads the focus segment chooses from
    std::map<std::string, size_t> conditionMatches;  // pointer inside `when` → leads of the base it holds for

    int indexOf(const std::string& segmentId) const
    {
        for (size_t i = 0; i < segments.size(); ++i)
            if (segments[i].id == segmentId)
                return int(i);
        return -1;
    }
};

using EvaluationSnapshotPtr = std::shared_ptr<const EvaluationSnapshot>;

} // namespace sd

Q_DECLARE_METATYPE(sd::EvaluationSnapshotPtr)
