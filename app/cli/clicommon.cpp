// Shared CLI plumbing (see clicommon.h).
#include "clicommon.h"

#include <QFile>
#include <QSaveFile>

#include <cstdio>

namespace sd::cli {

int userError(const QString& message)
{
    std::fprintf(stderr, "segment-designer-cli: %s\n", qPrintable(message));
    return 1;
}

void printJson(const ojson& j)
{
    const std::string s = j.dump(2, ' ', false, nlohmann::json::error_handler_t::replace);
    std::fwrite(s.data(), 1, s.size(), stdout);
    std::fputc('\n', stdout);
}

int parseCommand(QCommandLineParser& parser, const QString& command, const QString& synopsis,
                 const QStringList& args, int positional)
{
    parser.addHelpOption();
    QStringList full = args;
    full.prepend(QStringLiteral("segment-designer-cli ") + command);
    if (!parser.parse(full))
        return userError(QStringLiteral("%1: %2").arg(command, parser.errorText()));
    if (parser.isSet(QStringLiteral("help"))) {
        std::printf("Usage: segment-designer-cli %s %s\n\n%s", qPrintable(command), qPrintable(synopsis),
                    qPrintable(parser.helpText().section(QLatin1Char('\n'), 2)));
        return 0;
    }
    if (parser.positionalArguments().size() != positional)
        return userError(QStringLiteral("%1: expected %2 (see %1 --help)").arg(command, synopsis));
    return -1;
}

bool isWorkspaceFile(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return path.endsWith(QLatin1String(".segdb"));
    return f.read(16) == QByteArray("SQLite format 3\0", 16);
}

bool writeWholeFile(const QString& path, const QByteArray& bytes, QString* error)
{
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size() || !f.commit()) {
        *error = QStringLiteral("%1: cannot write: %2").arg(path, f.errorString());
        return false;
    }
    return true;
}

} // namespace sd::cli
