// Score figures: the charts' own figures for the score, plus its AUC.
#include "scorefigures.h"

#include "rocanalysis.h"
#include "thresholdchart.h"

#include <QElapsedTimer>

namespace sd {

ScoreFigures computeScoreFigures(const EvaluationSnapshotPtr& snapshot, const std::string& scoreId)
{
    QElapsedTimer timer;
    timer.start();
    ScoreFigures f;
    f.scoreId = scoreId;
    if (!snapshot || !snapshot->table || !snapshot->error.isEmpty())
        return f;
    const auto values = snapshot->scores.find(scoreId);
    if (values == snapshot->scores.end())
        return f;
    f.evaluated = true;
    f.hasOutcome = snapshot->outcome.has_value();
    ChartInputs inputs;
    inputs.level = -1; // the score is defined for every lead, whatever the tree does with it
    inputs.scoreId = scoreId;
    f.chart = computeChartFigures(snapshot, inputs);
    f.leads = values->second.size();
    double sum = 0;
    for (double v : values->second)
        sum += v;
    f.mean = f.leads ? sum / double(f.leads) : 0;
    if (snapshot->outcome) {
        f.converted = snapshot->outcome->count();
        f.auc = rocAuc(values->second, *snapshot->outcome);
        f.bestF1 = ThresholdChart::bestF1(f.chart.curve);
    }
    f.computeMs = double(timer.nsecsElapsed()) / 1e6;
    return f;
}

} // namespace sd
