// Score fitting: split → encode → regress → points → evaluate the written score.
#include "scorefit.h"

#include "datasplit.h"
#include "evaluator.h"
#include "outcomespec.h"
#include "rulefile.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <cmath>
#include <limits>

namespace sd {

namespace {

} // namespace

ScoreFitResult fitScore(const ColumnTable& table, const ScoreFitOptions& options, const ModelProgress& progress)
{
    ScoreFitResult r;
    QElapsedTimer timer;
    timer.start();
    auto report = [&](double from, double to) -> ModelProgress {
        return [&progress, from, to](double f) { return !progress || progress(from + (to - from) * f); };
    };
    if (options.fields.empty()) {
        r.error = QCoreApplication::translate("sd::ScoreFit", "choose at least one field to fit the score on");
        return r;
    }
    for (const std::string& f : options.fields) {
        if (f == options.outcome.field) {
            r.error = QCoreApplication::translate("sd::ScoreFit", "the outcome field \"%1\" cannot also be a field of the score")
                          .arg(QString::fromStdString(f));
            return r;
        }
    }
    if (options.testShare < 0 || options.testShare >= 1) {
        r.error = QCoreApplication::translate("sd::ScoreFit", "the test share must be at least 0 and below 1");
        return r;
    }
    Bitmap positives;
    if (!outcomeRows(table, options.outcome, &positives, &r.error))
        return r;
    const Bitmap test = testRowSplit(table, options.testShare, options.seed);
    Bitmap train(table.rowCount(), true);
    train.andNot(test);
    r.rowsTrain = train.count();
    r.rowsTest = test.count();
    const size_t trainPositives = positives.countAnd(train);
    if (trainPositives == 0 || trainPositives == r.rowsTrain) {
        r.error = QCoreApplication::translate("sd::ScoreFit", "the training rows need both converted and not converted leads");
        return r;
    }
    FeatureEncoder encoder;
    if (!encoder.build(table, options.fields, &train, options.encoding, &r.error))
        return r;
    const size_t width = encoder.fields().size();
    const std::vector<int32_t> active = encoder.encode(table);
    if (progress && !progress(0.05)) {
        r.cancelled = true;
        r.error = QCoreApplication::translate("sd::ScoreFit", "cancelled");
        return r;
    }
    LogisticResult fit = fitLogistic(active, width, encoder.features().size(), positives, train, options.regression,
                                     report(0.05, 0.85));
    if (!fit.ok) {
        r.cancelled = fit.cancelled;
        r.error = fit.error;
        return r;
    }
    r.iterations = fit.model.iterations;
    r.converged = fit.model.converged;

    // Per-feature training counts, for the points table.
    const std::vector<EncodedFeature>& features = encoder.features();
    std::vector<size_t> rows(features.size(), 0), conversions(features.size(), 0);
    train.forEach([&](size_t row) {
        for (size_t k = 0; k < width; ++k) {
            const int32_t f = active[row * width + k];
            if (f >= 0) {
                ++rows[size_t(f)];
                conversions[size_t(f)] += positives.test(row);
            }
        }
    });

    // Each field is a partition, so shifting all of a field's points by a constant only moves the
    // base; shift so that the lowest-scoring category seen in training gets 0 points.
    const double scale = options.pointsPerLogOdds;
    double base = fit.model.intercept * scale;
    std::vector<double> shift(width, 0.0);
    for (size_t k = 0; k < width; ++k) {
        double low = std::numeric_limits<double>::infinity();
        for (int f : encoder.fields()[k].features)
            if (rows[size_t(f)] > 0)
                low = std::min(low, fit.model.weights[size_t(f)] * scale);
        shift[k] = std::isfinite(low) ? low : 0.0;
        base += shift[k];
    }
    r.score.id = options.scoreId;
    r.score.label = options.scoreLabel.empty() ? "Fitted score (" + conditionLabel(options.outcome) + ")" : options.scoreLabel;
    r.basePoints = std::round(base);
    if (r.basePoints != 0) {
        ScoreRule baseRule;
        baseRule.points = r.basePoints;
        r.score.rules.push_back(baseRule);
    }
    for (size_t k = 0; k < width; ++k) {
        for (int f : encoder.fields()[k].features) {
            const EncodedFeature& feature = features[size_t(f)];
            PointsRow row;
            row.field = encoder.fields()[k].name;
            row.label = feature.label;
            row.when = feature.when;
            row.coefficient = fit.model.weights[size_t(f)];
            row.points = std::round(row.coefficient * scale - shift[k]) + 0.0; // + 0.0: no "-0" in files
            row.trainRows = rows[size_t(f)];
            row.trainConversions = conversions[size_t(f)];
            if (row.points != 0) {
                ScoreRule rule;
                rule.when = feature.when;
                rule.points = row.points;
                r.score.rules.push_back(rule);
            }
            r.points.push_back(std::move(row));
        }
    }

    r.rules.name = r.score.label;
    for (const EncodedField& f : encoder.fields())
        r.rules.fields.emplace_back(f.name, f.type);
    if (const Column* oc = table.column(options.outcome.field); oc && !r.rules.fieldType(oc->name))
        r.rules.fields.emplace_back(oc->name, oc->type);
    r.rules.outcome = options.outcome;
    r.rules.scores.push_back(r.score);
    if (auto errors = validateRuleSet(r.rules); !errors.empty()) {
        r.error = QCoreApplication::translate("sd::ScoreFit", "the fitted score is not a valid rule file: %1")
                      .arg(formatRuleFileError(errors.front()));
        return r;
    }
    if (progress && !progress(0.9)) {
        r.cancelled = true;
        r.error = QCoreApplication::translate("sd::ScoreFit", "cancelled");
        return r;
    }

    // Measure the score as written, with the engine that will run it.
    Evaluator evaluator(table);
    std::vector<SegmentMembers> segments;
    if (!evaluator.evaluate(r.rules, &segments, &r.error))
        return r;
    const std::vector<double>* values = evaluator.scoreValues(r.score.id);
    if (!values) {
        r.error = QCoreApplication::translate("sd::ScoreFit", "the fitted score could not be evaluated");
        return r;
    }
    r.aucTrain = rocAuc(*values, positives, &train);
    r.aucTest = rocAuc(*values, positives, &test);
    r.testCurve = thresholdCurve(*values, positives, &test);
    r.fitMs = timer.elapsed();
    r.ok = true;
    if (progress)
        progress(1.0);
    return r;
}

} // namespace sd
