// Shared by the fuzz targets: a scratch folder that lives as long as the fuzzing process, and a
// check that aborts (so libFuzzer records the input) when a property of the product is broken.
#pragma once

#include <QByteArray>
#include <QString>

namespace sd::fuzz {

// A private scratch folder (in /dev/shm when there is one, to keep file writes cheap).
QString scratchDir();
// Writes bytes to a file in the scratch folder; returns its path.
QString writeScratch(const QString& name, const QByteArray& bytes);
// Prints the message and aborts: a broken invariant is a finding, like a crash.
[[noreturn]] void violated(const char* what, const QString& detail = {});

} // namespace sd::fuzz

#define SD_FUZZ_CHECK(cond, detail) \
    do { \
        if (!(cond)) \
            ::sd::fuzz::violated(#cond, detail); \
    } while (false)
