// A child process for the crash-safety tests: drives sd_core writes that have no CLI command of
// their own (DESIGN.md fixes the CLI), so that the test can SIGKILL it in the middle of one.
//   sd-crash-helper save-rules WORKSPACE FIRST COUNT KB
//     saves versions FIRST..FIRST+COUNT-1 of the rule set "Tiers", each about KB kilobytes, and
//     prints "saved N ID" after each commit.
// The content of version N is ruleSetContent(N, KB), which the test recomputes to check it.
#include "crashcontent.h"
#include "workspace.h"

#include <QCoreApplication>

#include <cstdio>

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() == 6 && args[1] == QLatin1String("save-rules")) {
        QString error;
        auto ws = sd::Workspace::open(args[2], &error);
        if (!ws) {
            std::fprintf(stderr, "%s\n", qPrintable(error));
            return 1;
        }
        const int first = args[3].toInt(), count = args[4].toInt(), kb = args[5].toInt();
        for (int n = first; n < first + count; ++n) {
            const qint64 id = ws->saveRuleSetVersion(QStringLiteral("Tiers"), sd::crashtest::ruleSetContent(n, kb),
                                                     QStringLiteral("crash-test"), QStringLiteral("version %1").arg(n), &error);
            if (id <= 0) {
                std::fprintf(stderr, "%s\n", qPrintable(error));
                return 1;
            }
            std::printf("saved %d %lld\n", n, id);
            std::fflush(stdout);
        }
        return 0;
    }
    std::fprintf(stderr, "usage: sd-crash-helper save-rules WORKSPACE FIRST COUNT KB\n");
    return 2;
}
