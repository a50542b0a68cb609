// "Fit points from the outcome": encodes the chosen fields, fits a regularised logistic regression
// on a seeded train split and writes the result as an ordinary score (points per category or bin),
// whose AUC is then measured by evaluating that score with the rule engine on train and test rows.
#pragma once

#include "columntable.h"
#include "featureencoder.h"
#include "logisticregression.h"
#include "modelprogress.h"
#include "rocanalysis.h"
#include "rules.h"

#include <QString>

#include <optional>
#include <string>
#include <vector>

namespace sd {

struct ScoreFitOptions
{
    std::vector<std::string> fields;
    Condition outcome;             // e.g. from parseOutcomeSpec
    double testShare = 0.3;
    uint64_t seed = 1;
    LogisticOptions regression;
    EncodingOptions encoding;
    // Points per unit of log-odds: 20 points double the odds (the scorecard convention).
    double pointsPerLogOdds = 20.0 / 0.69314718055994530942;
    std::string scoreId = "fitted_score";
    std::string scoreLabel;        // default: "Fitted score (<outcome>)"
};

struct PointsRow
{
    std::string field;
    std::string label;             // the feature, e.g. "job = student"
    Condition when;
    double coefficient = 0;        // log-odds weight from the fit
    double points = 0;             // whole points written to the score (0 rows are not written)
    size_t trainRows = 0, trainConversions = 0;
};

struct ScoreFitResult
{
    bool ok = false;
    bool cancelled = false;
    QString error;
    Score score;                   // ready for the score editor
    RuleSet rules;                 // fields, outcome and the score: a complete rule file
    double basePoints = 0;         // the rule without a condition
    std::vector<PointsRow> points; // every feature, grouped by field
    std::optional<double> aucTrain, aucTest;
    std::vector<RocPoint> testCurve; // precision/recall of the written score on the test rows
    size_t rowsTrain = 0, rowsTest = 0;
    int iterations = 0;
    bool converged = false;
    qint64 fitMs = 0;              // encoding + regression + evaluation of the written score
};

ScoreFitResult fitScore(const ColumnTable& table, const ScoreFitOptions& options, const ModelProgress& progress = {});

} // namespace sd
