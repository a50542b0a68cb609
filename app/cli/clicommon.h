// Pieces every rule and model command of the CLI shares: argument parsing with --help, the
// one-line user error, JSON on stdout, telling a workspace from a CSV, writing an output file whole.
#pragma once

#include <QByteArray>
#include <QCommandLineParser>
#include <QString>
#include <QStringList>

#include <nlohmann/json.hpp>

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

} // namespace sd::cli
