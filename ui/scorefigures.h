// What the score editor shows under a score's rules, for one evaluation: the chart figures of the
// score over all leads (histogram by outcome, precision/recall/F1 at each threshold) and the
// score's ROC AUC against the outcome. Computed off the UI thread from an immutable snapshot.
#pragma once

#include "chartfigures.h"

#include <optional>
#include <string>

namespace sd {

struct ScoreFigures
{
    quint64 request = 0;          // the editor's request id; stale results are dropped
    std::string scoreId;
    bool evaluated = false;       // the snapshot holds this score's values
    bool hasOutcome = false;
    ChartFigures chart;           // level = all leads, score = scoreId
    std::optional<double> auc;    // nullopt without an outcome or with one class only
    size_t leads = 0;
    size_t converted = 0;
    double mean = 0;
    int bestF1 = -1;              // index into chart.curve
    double computeMs = 0;
};

ScoreFigures computeScoreFigures(const EvaluationSnapshotPtr& snapshot, const std::string& scoreId);

} // namespace sd
