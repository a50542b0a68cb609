// Pieces every rule and model command of the CLI shares: argument parsing with --help, the
// one-line user error, JSON on stdout, telling a workspace from a CSV, writing an output file whole.
#pragma once

#include <QByteArray>
#include <QCommandLineParser>
#include <QString>
#include <QStringList>

#include "rulefile.h"

#include <nlohmann/json.hpp>

#include <cstdint>

namespace sd::cli {

using ojson = nlohmann::ordered_json;

// Prints "segment-designer-cli: MESSAGE" on stderr and returns exit code 1.
int userError(const QString& message);
void printJson(const ojson& j);
// Parses COMMAND's arguments; returns -1 to continue, or the exit code (help printed, or an error).
int parseCommand(QCommandLineParser& parser, const QString& command, const QString& synopsis,
                 const QStringList& args, int positional);
// A SQLite file by its header (or, when unreadable, by the .segdb extension).
bool isWorkspaceFile(const QString& path);
// Writes the file completely or not at all (no partial output on failure).
bool writeWholeFile(const QString& path, const QByteArray& bytes, QString* error);
// Reads and validates a rule file; the message names the file and the first error's pointer.
bool loadRules(const QString& path, RuleFileResult* out, QString* error);
// --as-of: a date YYYY-MM-DD, or today when empty; days since 1970-01-01.
bool parseAsOf(const QString& text, int64_t* days, QString* error);

} // namespace sd::cli
