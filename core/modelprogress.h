// Progress reporting for model fits (score fit, decision tree, clustering): the fit calls back with
// the fraction done and stops, reporting cancellation, as soon as the callback returns false.
#pragma once

#include <functional>

namespace sd {

using ModelProgress = std::function<bool(double fractionDone)>;

} // namespace sd
