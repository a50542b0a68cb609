// L2-regularised logistic regression over indicator features (each row has a fixed number of
// active 0/1 features, one per encoded field), fitted by Newton's method with Eigen's LDLT.
#pragma once

#include "bitmap.h"
#include "modelprogress.h"

#include <QString>

#include <cstdint>
#include <vector>

namespace sd {

struct LogisticOptions
{
    double l2 = 1.0;            // penalty ½·l2·‖w‖² on the weights (not the intercept)
    int maxIterations = 50;
    double tolerance = 1e-8;    // largest Newton step on any coefficient
};

struct LogisticModel
{
    double intercept = 0;
    std::vector<double> weights; // one per feature
    int iterations = 0;
    bool converged = false;
    double deviance = 0;         // −2 · log-likelihood on the fitting rows (without the penalty)
};

struct LogisticResult
{
    bool ok = false;
    bool cancelled = false;
    QString error;
    LogisticModel model;
};

// `active` is row-major with `width` feature indices per row (−1 = none). Fits on the rows of `rows`.
LogisticResult fitLogistic(const std::vector<int32_t>& active, size_t width, size_t featureCount,
                           const Bitmap& positives, const Bitmap& rows, const LogisticOptions& options,
                           const ModelProgress& progress = {});

// The linear predictor (log-odds) of one row.
double logisticLogit(const LogisticModel& m, const int32_t* rowActive, size_t width);

} // namespace sd
