// segment-designer-cli commands. Each returns the process exit code: 0 success, 1 user error
// (one line on stderr), 2 internal failure.
#pragma once

#include <QStringList>

namespace sd::cli {

int runImport(const QStringList& args);
int runDemo(const QStringList& args);
int runEvaluate(const QStringList& args);
int runTag(const QStringList& args);
int runValidate(const QStringList& args);
int runSuggest(const QStringList& args);
int runFitScore(const QStringList& args);
int runExport(const QStringList& args);

} // namespace sd::cli
