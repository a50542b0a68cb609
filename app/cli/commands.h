// segment-designer-cli commands. Each returns the process exit code: 0 success, 1 user error
// (one line on stderr), 2 internal failure.
#pragma once

#include <QStringList>

namespace sd::cli {

int runImport(const QStringList& args);
int runDemo(const QStringList& args);

} // namespace sd::cli
