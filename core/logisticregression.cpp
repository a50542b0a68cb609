// Newton–Raphson for penalised logistic regression. With indicator features, XᵀWX is accumulated
// from the few active features of each row, so a pass costs rows × fields², not rows × features².
#include "logisticregression.h"

#include <Eigen/Dense>

#include <QCoreApplication>

#include <cmath>

namespace sd {

namespace {

// log(1 + e^x) without overflow.
double softplus(double x)
{
    return x > 0 ? x + std::log1p(std::exp(-x)) : std::log1p(std::exp(x));
}

double sigmoid(double x)
{
    return x >= 0 ? 1.0 / (1.0 + std::exp(-x)) : std::exp(x) / (1.0 + std::exp(x));
}

struct Pass
{
    const std::vector<int32_t>& active;
    size_t width;
    const Bitmap& positives;
    const Bitmap& rows;

    double logit(const Eigen::VectorXd& theta, size_t row) const
    {
        double eta = theta[0];
        const int32_t* a = active.data() + row * width;
        for (size_t k = 0; k < width; ++k)
            if (a[k] >= 0)
                eta += theta[a[k] + 1];
        return eta;
    }

    // Deviance of the data (no penalty).
    double deviance(const Eigen::VectorXd& theta) const
    {
        double d = 0;
        rows.forEach([&](size_t row) {
            const double eta = logit(theta, row);
            d += 2.0 * (positives.test(row) ? softplus(-eta) : softplus(eta));
        });
        return d;
    }
};

} // namespace

double logisticLogit(const LogisticModel& m, const int32_t* rowActive, size_t width)
{
    double eta = m.intercept;
    for (size_t k = 0; k < width; ++k)
        if (rowActive[k] >= 0)
            eta += m.weights[size_t(rowActive[k])];
    return eta;
}

LogisticResult fitLogistic(const std::vector<int32_t>& active, size_t width, size_t featureCount,
                           const Bitmap& positives, const Bitmap& rows, const LogisticOptions& options,
                           const ModelProgress& progress)
{
    LogisticResult result;
    const size_t p = featureCount + 1;
    // A tiny floor keeps the Hessian positive definite for features no fitting row has.
    const double l2 = std::max(options.l2, 1e-9);
    const Pass pass{active, width, positives, rows};
    if (rows.count() == 0) {
        result.error = QCoreApplication::translate("sd::LogisticRegression", "no rows to fit on");
        return result;
    }
    Eigen::VectorXd theta = Eigen::VectorXd::Zero(Eigen::Index(p));
    // Start the intercept at the base rate so the first step is small.
    const double base = double(positives.countAnd(rows)) / double(rows.count());
    theta[0] = std::log(std::clamp(base, 1e-6, 1 - 1e-6) / (1 - std::clamp(base, 1e-6, 1 - 1e-6)));
    auto objective = [&](const Eigen::VectorXd& t) {
        return pass.deviance(t) / 2.0 + 0.5 * l2 * t.tail(Eigen::Index(p - 1)).squaredNorm();
    };
    double current = objective(theta);
    const Eigen::Index size = Eigen::Index(p);
    Eigen::MatrixXd hessian(size, size);
    Eigen::VectorXd gradient(size);
    for (int it = 0; it < options.maxIterations; ++it) {
        if (progress && !progress(double(it) / double(options.maxIterations))) {
            result.cancelled = true;
            result.error = QCoreApplication::translate("sd::LogisticRegression", "cancelled");
            return result;
        }
        hessian.setZero();
        gradient.setZero();
        rows.forEach([&](size_t row) {
            const double mu = sigmoid(pass.logit(theta, row));
            const double r = mu - (positives.test(row) ? 1.0 : 0.0);
            const double w = mu * (1 - mu);
            const int32_t* a = active.data() + row * width;
            gradient[0] += r;
            hessian(0, 0) += w;
            for (size_t k = 0; k < width; ++k) {
                if (a[k] < 0)
                    continue;
                const Eigen::Index i = a[k] + 1;
                gradient[i] += r;
                hessian(0, i) += w;
                for (size_t m = 0; m < width; ++m)
                    if (a[m] >= 0)
                        hessian(i, a[m] + 1) += w;
            }
        });
        for (Eigen::Index i = 1; i < Eigen::Index(p); ++i) {
            hessian(i, 0) = hessian(0, i);
            hessian(i, i) += l2;
            gradient[i] += l2 * theta[i];
        }
        const Eigen::LDLT<Eigen::MatrixXd> ldlt(hessian);
        if (ldlt.info() != Eigen::Success) {
            result.error = QCoreApplication::translate("sd::LogisticRegression", "the fit is numerically singular; use a larger penalty");
            return result;
        }
        Eigen::VectorXd step = ldlt.solve(gradient);
        // Halve the step until the penalised objective does not grow (Newton can overshoot early).
        double next = current;
        Eigen::VectorXd candidate = theta;
        for (int halving = 0; halving < 30; ++halving) {
            candidate = theta - step;
            next = objective(candidate);
            if (std::isfinite(next) && next <= current + 1e-12 * std::fabs(current))
                break;
            step /= 2;
        }
        theta = candidate;
        current = next;
        result.model.iterations = it + 1;
        if (step.cwiseAbs().maxCoeff() < options.tolerance) {
            result.model.converged = true;
            break;
        }
    }
    result.model.intercept = theta[0];
    result.model.weights.assign(theta.data() + 1, theta.data() + p);
    result.model.deviance = pass.deviance(theta);
    result.ok = true;
    if (progress)
        progress(1.0);
    return result;
}

} // namespace sd
