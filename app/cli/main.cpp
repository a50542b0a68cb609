// segment-designer-cli: headless entry point. Links sd_core only, so it runs on servers.
#include "commands.h"

#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>

namespace {

const char* const kUsage =
    "Usage: segment-designer-cli COMMAND [ARGS] [OPTIONS]\n"
    "\n"
    "Design lead segments and evaluate them headlessly.\n"
    "\n"
    "Commands:\n"
    "  import WORKSPACE CSV   Import a CSV file of leads into a workspace (created if missing)\n"
    "  demo WORKSPACE         Create a demo workspace with synthetic B2B leads and the B2B tiers rules\n"
    "  evaluate RULES INPUT   Segment sizes, conversion rates, intervals, lift (INPUT: workspace or CSV)\n"
    "  tag RULES INPUT -o OUT Write every lead with its segment, attributes and scores (.csv, .jsonl, .xlsx)\n"
    "  validate RULES         Check a rule file; every error with its JSON Pointer\n"
    "  suggest INPUT ...      Fit a decision tree to the outcome, written as a segment tree (rule file)\n"
    "  fit-score INPUT ...    Fit a points score to the outcome by logistic regression (rule file)\n"
    "  export RULES --to F    Rules as JsonLogic, SQL (sqlite, postgres, duckdb, bigquery, snowflake,\n"
    "                         spark), the canonical rule file or a Markdown summary\n"
    "\n"
    "Options:\n"
    "  --version              Print the version and exit\n"
    "  --help                 Print this help, or a command's help with COMMAND --help\n"
    "\n"
    "Exit codes: 0 success, 1 user error (message on stderr), 2 internal failure.\n";

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("segment-designer-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SD_VERSION));
    QStringList args = QCoreApplication::arguments();
    args.removeFirst();
    if (args.isEmpty()) {
        std::fputs(kUsage, stderr);
        return 1;
    }
    const QString command = args.takeFirst();
    if (command == QLatin1String("--help") || command == QLatin1String("-h") || command == QLatin1String("help")) {
        std::fputs(kUsage, stdout);
        return 0;
    }
    if (command == QLatin1String("--version")) {
        std::printf("segment-designer-cli %s\n", SD_VERSION);
        return 0;
    }
    if (command == QLatin1String("import"))
        return sd::cli::runImport(args);
    if (command == QLatin1String("demo"))
        return sd::cli::runDemo(args);
    if (command == QLatin1String("evaluate"))
        return sd::cli::runEvaluate(args);
    if (command == QLatin1String("tag"))
        return sd::cli::runTag(args);
    if (command == QLatin1String("validate"))
        return sd::cli::runValidate(args);
    if (command == QLatin1String("suggest"))
        return sd::cli::runSuggest(args);
    if (command == QLatin1String("fit-score"))
        return sd::cli::runFitScore(args);
    if (command == QLatin1String("export"))
        return sd::cli::runExport(args);
    std::fprintf(stderr, "segment-designer-cli: unknown command \"%s\" (see --help)\n", qPrintable(command));
    return 1;
}
