// Chart figures from a snapshot. The population of the score charts is the level's parent, since
// the thresholds drawn there split exactly those leads.
#include "chartfigures.h"

#include <QElapsedTimer>

#include <cmath>

namespace sd {

std::vector<std::string> dateFields(const EvaluationSnapshot& snapshot)
{
    std::vector<std::string> out;
    if (snapshot.table)
        for (const Column& c : snapshot.table->columns())
            if (c.type == FieldType::Date)
                out.push_back(c.name);
    return out;
}

ChartFigures computeChartFigures(const EvaluationSnapshotPtr& snapshot, const ChartInputs& inputs,
                                 const ChartFigures* previous)
{
    QElapsedTimer timer;
    timer.start();
    ChartFigures f;
    f.snapshot = snapshot;
    f.inputs = inputs;
    f.jobId = snapshot ? snapshot->jobId : 0;
    if (!snapshot || !snapshot->table || !snapshot->error.isEmpty())
        return f;
    const EvaluationSnapshot& s = *snapshot;
    const size_t rows = s.table->rowCount();
    f.palette = SegmentPalette(s.segments);
    if (f.inputs.level >= int(s.segments.size()) || f.inputs.level < -1)
        f.inputs.level = -1;

    f.level = computeLevelFigures(s.segments, s.stats, s.outcome, rows, f.inputs.level);
    std::vector<int> levelIndices;
    for (const LevelFigure& lf : f.level.segments)
        levelIndices.push_back(lf.index);

    const int overlapParent = overlappingParentFor(s.segments, s.rules.root, f.inputs.level);
    f.hasOverlap = overlapParent >= -1;
    if (f.hasOverlap)
        f.overlap = computeOverlap(s.segments, overlapParent);

    // Score: the chosen one, else the first score of the rules that the evaluation computed.
    auto scoreKnown = [&](const std::string& id) { return !id.empty() && s.scores.count(id); };
    if (!scoreKnown(f.inputs.scoreId)) {
        f.inputs.scoreId.clear();
        for (const Score& sc : s.rules.scores)
            if (scoreKnown(sc.id)) {
                f.inputs.scoreId = sc.id;
                break;
            }
    }
    if (!f.inputs.scoreId.empty()) {
        f.hasScore = true;
        const Score* def = s.rules.score(f.inputs.scoreId);
        f.scoreLabel = def && !def->label.empty() ? def->label : f.inputs.scoreId;
        const std::vector<double>& values = s.scores.at(f.inputs.scoreId);
        const Bitmap* population = f.inputs.level >= 0 ? &s.segments[size_t(f.inputs.level)].members : nullptr;
        const HistogramRange range = chooseHistogramRange(values, population, def);
        f.histogram = computeScoreHistogram(values, population, s.outcome, range.lo, range.hi, range.bins);
        f.thresholds = findScoreThresholds(s.segments, s.rules.root, levelIndices, f.inputs.scoreId);
        // Thresholds at the bins' lower edges (each whole value for whole-number scores), read
        // off the histogram: the range covers every value, so no second pass over the rows.
        if (s.outcome)
            f.curve = thresholdCurveFromHistogram(f.histogram);
    }

    // Date field: the chosen one, else one that reads like a creation date, else the first.
    const std::vector<std::string> dates = dateFields(s);
    bool dateKnown = false;
    for (const std::string& d : dates)
        dateKnown = dateKnown || d == f.inputs.dateField;
    if (!dateKnown) {
        f.inputs.dateField.clear();
        for (const std::string& d : dates)
            if (d.find("created") != std::string::npos) {
                f.inputs.dateField = d;
                break;
            }
        if (f.inputs.dateField.empty() && !dates.empty())
            f.inputs.dateField = dates.front();
    }
    if (!f.inputs.dateField.empty()) {
        f.hasDate = true;
        if (previous && previous->monthIndex && previous->monthIndexTable == s.table
            && previous->monthIndex->field == f.inputs.dateField) {
            f.monthIndex = previous->monthIndex;
        } else {
            f.monthIndex = std::make_shared<const MonthIndex>(computeMonthIndex(*s.table->column(f.inputs.dateField)));
        }
        f.monthIndexTable = s.table;
        f.monthly = computeMonthlyConversion(*f.monthIndex, s.segments, levelIndices, s.outcome);
    }
    f.computeMs = double(timer.nsecsElapsed()) / 1e6;
    return f;
}

} // namespace sd
