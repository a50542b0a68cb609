// State shared between a model dialog and the fit it runs on a worker thread: the worker writes
// progress and reads the cancel flag; the dialog polls progress and drops results of stale jobs.
#pragma once

#include "modelprogress.h"

#include <QtGlobal>

#include <atomic>
#include <memory>

namespace sd {

struct ModelJobState
{
    quint64 id = 0;
    std::atomic<bool> cancel{false};
    std::atomic<int> permille{0};

    static ModelProgress progressOf(const std::shared_ptr<ModelJobState>& job)
    {
        return [job](double fraction) {
            job->permille = int(qBound(0.0, fraction, 1.0) * 1000);
            return !job->cancel.load();
        };
    }
};

} // namespace sd
