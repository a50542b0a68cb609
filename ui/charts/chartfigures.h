// Everything the charts draw for one evaluation and one choice of level, score and date field,
// computed together off the UI thread from the engine's figures (core/).
#pragma once

#include "evaluationsnapshot.h"
#include "levelfigures.h"
#include "monthlyconversion.h"
#include "overlapmatrix.h"
#include "scorehistogram.h"
#include "segmentpalette.h"
#include "thresholdcurve.h"

#include <string>
#include <vector>

namespace sd {

struct ChartInputs
{
    int level = -1;          // parent index of the level shown; -1 = top level
    std::string scoreId;     // empty = the first score of the rules
    std::string dateField;   // empty = a date field named like "created", else the first date field
    std::string selectedId;  // the segment highlighted
};

struct ChartFigures
{
    quint64 jobId = 0;
    EvaluationSnapshotPtr snapshot;
    ChartInputs inputs;       // as resolved (score and date field filled in when available)
    SegmentPalette palette;

    LevelFigures level;
    OverlapMatrix overlap;
    bool hasOverlap = false;  // the tree has an overlapping parent

    bool hasScore = false;
    std::string scoreLabel;
    ScoreHistogram histogram;
    std::vector<ScoreThreshold> thresholds;
    std::vector<ThresholdPoint> curve;    // thresholds at the histogram's edges

    bool hasDate = false;
    MonthlyConversion monthly;
    // The month of every row of the date field; kept by the caller and passed to the next
    // computation over the same table, which then skips the calendar work.
    std::shared_ptr<const MonthIndex> monthIndex;
    std::shared_ptr<const ColumnTable> monthIndexTable;

    double computeMs = 0;
};

// Pure function of its inputs; safe to run on a worker thread. `previous` (optional) offers the
// month index of an earlier result for reuse.
ChartFigures computeChartFigures(const EvaluationSnapshotPtr& snapshot, const ChartInputs& inputs,
                                 const ChartFigures* previous = nullptr);

// Date fields of the snapshot's table, in column order.
std::vector<std::string> dateFields(const EvaluationSnapshot& snapshot);

} // namespace sd
