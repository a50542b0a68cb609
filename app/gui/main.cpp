// segment-designer: the desktop entry point. Parses the command line, opens the workspace and
// shows the main window; with --screenshot it saves the window as a PNG and exits.
#include "languages.h"
#include "mainwindow.h"
#include "palettes.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFileInfo>
#include <QIcon>
#include <QMessageBox>
#include <QPixmap>
#include <QSettings>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <cstring>
#include <memory>

namespace {

// Writes a one-line message to stderr (used instead of dialogs when no one is watching).
void printError(const QString& message)
{
    std::fprintf(stderr, "segment-designer: %s\n", qPrintable(message));
}

// What a file manager passes is whatever was double-clicked: a workspace or a rule file.
bool isRuleFile(const QString& path)
{
    return path.endsWith(QLatin1String(".json"), Qt::CaseInsensitive);
}

} // namespace

int main(int argc, char** argv)
{
    Q_INIT_RESOURCE(ui); // sd_ui is a static library; its resources need an explicit reference

    // --help and --version must work without a display (packaging checks, CI): they only need a
    // QCoreApplication. Everything else needs the GUI.
    const bool infoOnly = std::any_of(argv + 1, argv + argc, [](const char* arg) {
        return std::strcmp(arg, "--help") == 0 || std::strcmp(arg, "-h") == 0 || std::strcmp(arg, "-?") == 0
            || std::strcmp(arg, "--version") == 0 || std::strcmp(arg, "-v") == 0;
    });
    std::unique_ptr<QCoreApplication> app(infoOnly ? new QCoreApplication(argc, argv) : new QApplication(argc, argv));
    QCoreApplication::setApplicationName(QStringLiteral("segment-designer"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SD_VERSION));
    QCoreApplication::setOrganizationName(QStringLiteral("Segment Designer"));
    if (!infoOnly) {
        QGuiApplication::setApplicationDisplayName(QStringLiteral("Segment Designer"));
        QGuiApplication::setDesktopFileName(QStringLiteral("segment-designer"));
        QGuiApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/segment-designer.svg")));
    }

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("main", "Design lead segments visually on your own CSV exports."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("files"),
                                 QCoreApplication::translate("main", "The workspace (*.segdb) and/or the rule file (*.rules.json) to open."),
                                 QStringLiteral("[WORKSPACE] [RULES]"));
    const QCommandLineOption rulesOption(QStringLiteral("rules"),
                                         QCoreApplication::translate("main", "A rule file (*.rules.json) to open."),
                                         QStringLiteral("FILE"));
    const QCommandLineOption screenshotOption(QStringLiteral("screenshot"),
                                              QCoreApplication::translate("main", "Save the main window as a PNG file and exit."),
                                              QStringLiteral("PNG"));
    const QCommandLineOption languageOption(QStringLiteral("language"),
                                            QCoreApplication::translate("main", "The user-interface language (de, fr, en); default: the system's."),
                                            QStringLiteral("CODE"));
    const QCommandLineOption paletteOption(QStringLiteral("palette"),
                                           QCoreApplication::translate("main", "The colour scheme: system, dark or high-contrast."),
                                           QStringLiteral("SCHEME"));
    const QCommandLineOption scoresOption(QStringLiteral("score-editor"),
                                          QCoreApplication::translate("main", "Show the score editor, with the score of this id (\"\" for the first)."),
                                          QStringLiteral("ID"));
    parser.addOption(rulesOption);
    parser.addOption(scoresOption);
    parser.addOption(screenshotOption);
    parser.addOption(languageOption);
    parser.addOption(paletteOption);
    parser.process(*app); // exits after printing --help or --version

    const QStringList positional = parser.positionalArguments();
    const QString screenshot = parser.value(screenshotOption);
    const bool interactive = screenshot.isEmpty();
    QString workspacePath;
    QString rulesPath = parser.value(rulesOption);
    for (const QString& arg : positional) {
        QString& slot = isRuleFile(arg) ? rulesPath : workspacePath;
        if (!slot.isEmpty()) {
            printError(isRuleFile(arg) ? QCoreApplication::translate("main", "at most one rule file can be opened (see --help)")
                                       : QCoreApplication::translate("main", "at most one workspace can be opened (see --help)"));
            return 1;
        }
        slot = arg;
    }
    // A rule file opened on its own (double-clicked) is shown over the last workspace, so that
    // its counts and charts appear at once.
    if (workspacePath.isEmpty() && !rulesPath.isEmpty() && interactive) {
        const QStringList recent = QSettings().value(QStringLiteral("recentWorkspaces")).toStringList();
        if (!recent.isEmpty() && QFileInfo::exists(recent.first()))
            workspacePath = recent.first();
    }

    {
        // Language and colours: the command line wins over the settings, which win over the system.
        QSettings settings;
        const QString language = parser.isSet(languageOption) ? parser.value(languageOption)
                                                              : settings.value(QLatin1String(sd::kLanguageSettingsKey)).toString();
        sd::installTranslators(*app, language);
        const QString scheme = parser.isSet(paletteOption) ? parser.value(paletteOption)
                                                           : settings.value(QLatin1String(sd::kColorSchemeSettingsKey), QStringLiteral("system")).toString();
        QString error;
        if (!sd::applyPalette(*qApp, scheme, &error)) {
            printError(error);
            if (parser.isSet(paletteOption))
                return 1;
        }
    }
    sd::MainWindow window;
    if (!workspacePath.isEmpty()) {
        const QString& path = workspacePath;
        QString error;
        // A mistyped name on the command line must not silently create an empty workspace.
        if (!QFileInfo::exists(path))
            error = QCoreApplication::translate("main", "%1: no such workspace").arg(path);
        else
            window.openWorkspace(path, &error);
        if (!error.isEmpty()) {
            if (!interactive) {
                printError(error);
                return 1;
            }
            QMessageBox::critical(nullptr, QCoreApplication::translate("main", "Open Workspace"), error);
        }
    }

    if (!rulesPath.isEmpty()) {
        QString error;
        if (!window.openRuleFile(rulesPath, &error)) {
            if (!interactive) {
                printError(error);
                return 1;
            }
            QMessageBox::warning(nullptr, QCoreApplication::translate("main", "Open Rule File"), error);
        }
    }

    if (!interactive) {
        window.resize(1600, 1000);
        window.show();
        if (parser.isSet(scoresOption))
            window.showScoreEditor(parser.value(scoresOption));
        // The table loads and the counts are computed in the background; the picture is taken once
        // the counts of the current rules are in the tree (and fill rates in the field list), so it
        // shows what a user would see. 300 ms after show the layout has settled.
        const auto grabAndExit = [&window, screenshot] {
            const QPixmap pixmap = window.grab();
            if (!pixmap.save(screenshot, "PNG")) {
                printError(QCoreApplication::translate("main", "%1: cannot write the screenshot").arg(screenshot));
                QApplication::exit(1);
                return;
            }
            QApplication::exit(0);
        };
        // Should something never report back, the picture is still taken, with a warning.
        QTimer::singleShot(120000, &window, [grabAndExit] {
            printError(QCoreApplication::translate("main", "still loading after 120 s; saving the screenshot as it is"));
            grabAndExit();
        });
        QTimer::singleShot(300, &window, [&window, grabAndExit] {
            if (window.isLoading())
                QObject::connect(&window, &sd::MainWindow::loadingFinished, &window,
                                 [grabAndExit] { QTimer::singleShot(100, grabAndExit); }, Qt::SingleShotConnection);
            else
                grabAndExit();
        });
        return app->exec();
    }

    window.resize(1600, 1000);
    window.restoreSettings();
    window.show();
    if (parser.isSet(scoresOption))
        window.showScoreEditor(parser.value(scoresOption));
    return app->exec();
}
