// The help browser over the compiled-in guide, the About dialog's library list, and the colour
// schemes (WCAG contrast of every text/background pair), run offscreen.
#include "aboutdialog.h"
#include "helpbrowser.h"
#include "languages.h"
#include "palettes.h"

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QRegularExpression>
#include <QStyle>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextDocument>
#include <QTextFragment>
#include <QTreeWidget>
#include <QtTest>

#include <sqlite3.h>

#include <algorithm>

using namespace sd;

namespace {

// Every link target on the page on screen, in document order.
QStringList linksOf(const QTextDocument* document)
{
    QStringList links;
    for (QTextBlock block = document->begin(); block.isValid(); block = block.next())
        for (auto it = block.begin(); !it.atEnd(); ++it)
            if (const QTextFragment f = it.fragment(); f.isValid() && f.charFormat().isAnchor())
                if (!links.contains(f.charFormat().anchorHref()))
                    links.append(f.charFormat().anchorHref());
    return links;
}

} // namespace

class TestHelpAbout : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void guideHasEveryTopic();
    void guidePageRendersMarkdown_data();
    void guidePageRendersMarkdown();
    void unknownPageFallsBackToContents();
    void linkNavigationAndHistory();
    void findCountsMatches();

    void aboutListsLibraries();
    void aboutShowsIcon();
    void aboutVersionReport();

    void paletteContrast_data();
    void paletteContrast();
    void paletteSystemRestores();
    void paletteRejectsUnknownScheme();
};

void TestHelpAbout::initTestCase()
{
    Q_INIT_RESOURCE(ui); // sd_ui is static: its icons need a reference
    // As main() does: English too has a catalogue, with its plural forms ("1 match", "2 matches").
    QCOMPARE(installTranslators(*QCoreApplication::instance(), QStringLiteral("en")), QStringLiteral("en"));
}

void TestHelpAbout::guideHasEveryTopic()
{
    const QStringList expected{QStringLiteral("charts.md"), QStringLiteral("designing-tiers.md"), QStringLiteral("exporting.md"),
                               QStringLiteral("getting-started.md"), QStringLiteral("importing.md"), QStringLiteral("index.md")};
    QCOMPARE(HelpBrowser::pages(), expected);

    // The contents page links to every other page, and only to pages that exist.
    HelpBrowser help;
    QVERIFY(!help.isVisible()); // constructing does not pop a window up
    QCOMPARE(help.currentPage(), QStringLiteral("index.md"));
    QStringList linked;
    for (const QString& href : linksOf(help.browser()->document()))
        if (!href.startsWith(QLatin1String("https:")))
            linked.append(href);
    linked.sort();
    QStringList others = expected;
    others.removeAll(QStringLiteral("index.md"));
    QCOMPARE(linked, others);
}

void TestHelpAbout::guidePageRendersMarkdown_data()
{
    QTest::addColumn<QString>("page");
    QTest::addColumn<QString>("heading");
    QTest::newRow("index") << "index.md" << "Segment Designer Guide";
    QTest::newRow("getting started") << "getting-started.md" << "Getting started with the demo";
    QTest::newRow("importing") << "importing.md" << "Importing a CRM export";
    QTest::newRow("tiers") << "designing-tiers.md" << "Designing the B2B tiers";
    QTest::newRow("charts") << "charts.md" << "Reading the charts";
    QTest::newRow("exporting") << "exporting.md" << "Exporting to a warehouse";
}

void TestHelpAbout::guidePageRendersMarkdown()
{
    QFETCH(QString, page);
    QFETCH(QString, heading);
    HelpBrowser help;
    QVERIFY(help.showPage(page));
    QVERIFY(help.isVisible());
    QCOMPARE(help.currentPage(), page);
    const QTextBlock first = help.browser()->document()->firstBlock();
    // Rendered as Markdown: the "# " is gone and the block is a level-1 heading.
    QCOMPARE(first.text(), heading);
    QCOMPARE(first.blockFormat().headingLevel(), 1);
    QVERIFY(!help.browser()->toPlainText().contains(QLatin1String("](")));
    QVERIFY(help.windowTitle().contains(heading));
    // Relative links point at pages of the guide.
    for (const QString& href : linksOf(help.browser()->document()))
        QVERIFY2(href.startsWith(QLatin1String("https://")) || HelpBrowser::pages().contains(href), qPrintable(page + QLatin1String(": ") + href));
}

void TestHelpAbout::unknownPageFallsBackToContents()
{
    HelpBrowser help;
    help.showPage(QStringLiteral("charts.md"));
    QVERIFY(!help.showPage(QStringLiteral("no-such-page.md")));
    QCOMPARE(help.currentPage(), QStringLiteral("index.md"));
    QVERIFY(!help.showPage(QStringLiteral("../../etc/passwd")));
    QCOMPARE(help.currentPage(), QStringLiteral("index.md"));
}

void TestHelpAbout::linkNavigationAndHistory()
{
    HelpBrowser help;
    // What a click on a link does: a relative URL without a resource type, resolved by the browser.
    help.browser()->setSource(QUrl(QStringLiteral("importing.md")));
    QCOMPARE(help.currentPage(), QStringLiteral("importing.md"));
    QCOMPARE(help.browser()->document()->firstBlock().blockFormat().headingLevel(), 1);
    QVERIFY(help.browser()->isBackwardAvailable());
    help.browser()->backward();
    QCOMPARE(help.currentPage(), QStringLiteral("index.md"));
    QVERIFY(help.browser()->isForwardAvailable());
}

void TestHelpAbout::findCountsMatches()
{
    HelpBrowser help;
    help.showPage(QStringLiteral("importing.md"));
    const QString plain = help.browser()->toPlainText();
    QCOMPARE(help.countMatches(QStringLiteral("--empty")), int(plain.count(QStringLiteral("--empty"), Qt::CaseInsensitive)));
    QVERIFY(help.countMatches(QStringLiteral("--empty")) >= 2);
    QCOMPARE(help.countMatches(QStringLiteral("zzz-not-in-the-guide")), 0);

    help.findField()->setText(QStringLiteral("rejected"));
    QTest::keyClick(help.findField(), Qt::Key_Return);
    const int n = help.countMatches(QStringLiteral("rejected"));
    QVERIFY(n > 1);
    QCOMPARE(n, int(plain.count(QStringLiteral("rejected"), Qt::CaseInsensitive)));
    QCOMPARE(help.findStatus()->text(), QStringLiteral("%1 matches").arg(n));
    QVERIFY(help.browser()->textCursor().hasSelection());
    QCOMPARE(help.browser()->textCursor().selectedText().toLower(), QStringLiteral("rejected"));

    help.findField()->setText(QStringLiteral("zzz-not-in-the-guide"));
    QTest::keyClick(help.findField(), Qt::Key_Return);
    QCOMPARE(help.findStatus()->text(), QStringLiteral("No matches"));
}

void TestHelpAbout::aboutListsLibraries()
{
    AboutDialog about;
    QTreeWidget* list = about.libraryList();
    QCOMPARE(list->topLevelItemCount(), 7);
    const QStringList names{QStringLiteral("Qt"),     QStringLiteral("SQLite"),        QStringLiteral("nlohmann/json"),
                            QStringLiteral("libcsv"), QStringLiteral("uchardet"),      QStringLiteral("libxlsxwriter"),
                            QStringLiteral("Eigen")};
    const QRegularExpression version(QStringLiteral("^\\d+\\.\\d+(\\.\\d+)?"));
    for (int i = 0; i < names.size(); ++i) {
        const QTreeWidgetItem* item = list->topLevelItem(i);
        QCOMPARE(item->text(AboutDialog::NameColumn), names.at(i));
        QVERIFY2(version.match(item->text(AboutDialog::VersionColumn)).hasMatch(), qPrintable(item->text(AboutDialog::VersionColumn)));
        QVERIFY(!item->text(AboutDialog::LicenceColumn).isEmpty());
        QVERIFY(!item->text(AboutDialog::PurposeColumn).isEmpty());
        QVERIFY(item->data(AboutDialog::NameColumn, Qt::UserRole).toString().startsWith(QLatin1String("https://")));
    }
    // Run-time versions, not what the headers said.
    QCOMPARE(list->topLevelItem(0)->text(AboutDialog::VersionColumn).section(QLatin1Char(' '), 0, 0), QString::fromLatin1(qVersion()));
    QCOMPARE(list->topLevelItem(1)->text(AboutDialog::VersionColumn), QString::fromLatin1(sqlite3_libversion()));
    QCOMPARE(list->topLevelItem(2)->text(AboutDialog::LicenceColumn), QStringLiteral("MIT"));
}

void TestHelpAbout::aboutShowsIcon()
{
    AboutDialog about;
    const auto labels = about.findChildren<QLabel*>();
    const auto icon = std::find_if(labels.begin(), labels.end(), [](QLabel* l) { return !l->pixmap().isNull(); });
    QVERIFY(icon != labels.end());
    QCOMPARE((*icon)->pixmap().deviceIndependentSize().toSize(), QSize(64, 64));
    QVERIFY(!(*icon)->accessibleName().isEmpty());
}

void TestHelpAbout::aboutVersionReport()
{
    AboutDialog about;
    const QStringList lines = about.versionReport().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 9); // the product, the system, one line per library
    QCOMPARE(lines.at(0), QStringLiteral("Segment Designer " SD_VERSION));
    QVERIFY2(lines.at(8).startsWith(QLatin1String("Eigen 3.")), qPrintable(lines.at(8)));
    QVERIFY(lines.at(1).startsWith(QLatin1String("System: ")));
    QCOMPARE(lines.at(3), QStringLiteral("SQLite %1 (blessing (public domain))").arg(QString::fromLatin1(sqlite3_libversion())));
}

void TestHelpAbout::paletteContrast_data()
{
    QTest::addColumn<QString>("scheme");
    QTest::addColumn<double>("minimum"); // WCAG: 4.5 is AA for body text, 7 is AAA
    QTest::addColumn<bool>("dark");
    QTest::newRow("dark") << "dark" << 4.5 << true;
    QTest::newRow("high-contrast") << "high-contrast" << 7.0 << true;
}

void TestHelpAbout::paletteContrast()
{
    QFETCH(QString, scheme);
    QFETCH(double, minimum);
    QFETCH(bool, dark);
    auto app = qobject_cast<QApplication*>(QCoreApplication::instance());
    QString error;
    QVERIFY(applyPalette(*app, scheme, &error));
    QVERIFY(error.isEmpty());
    // A style sheet hides the style's name behind Qt's style-sheet style, so check Fusion without one.
    if (app->styleSheet().isEmpty())
        QCOMPARE(app->style()->name(), QStringLiteral("fusion"));
    const QPalette p = QApplication::palette();
    QCOMPARE(isDarkPalette(p), dark);
    const std::pair<QPalette::ColorRole, QPalette::ColorRole> pairs[] = {
        {QPalette::WindowText, QPalette::Window}, {QPalette::Text, QPalette::Base},
        {QPalette::Text, QPalette::AlternateBase}, {QPalette::ButtonText, QPalette::Button},
        {QPalette::HighlightedText, QPalette::Highlight}, {QPalette::ToolTipText, QPalette::ToolTipBase},
        {QPalette::Link, QPalette::Base}, {QPalette::PlaceholderText, QPalette::Base}};
    for (const auto group : {QPalette::Active, QPalette::Inactive})
        for (const auto& [fg, bg] : pairs) {
            const double ratio = contrastRatio(p.color(group, fg), p.color(group, bg));
            QVERIFY2(ratio >= minimum, qPrintable(QStringLiteral("%1: role %2 on %3 has contrast %4")
                                                       .arg(scheme).arg(int(fg)).arg(int(bg)).arg(ratio)));
        }
    // Disabled text must stay readable in high contrast, and visibly dimmer than enabled text.
    const double disabled = contrastRatio(p.color(QPalette::Disabled, QPalette::Text), p.color(QPalette::Disabled, QPalette::Base));
    QVERIFY(disabled < contrastRatio(p.color(QPalette::Active, QPalette::Text), p.color(QPalette::Active, QPalette::Base)));
    if (scheme == QLatin1String("high-contrast")) {
        QVERIFY(disabled >= 4.5);
        QVERIFY(app->styleSheet().contains(QLatin1String(":focus")));
    } else {
        QVERIFY(app->styleSheet().isEmpty());
    }
    QVERIFY(applyPalette(*app, QStringLiteral("system")));
}

void TestHelpAbout::paletteSystemRestores()
{
    auto app = qobject_cast<QApplication*>(QCoreApplication::instance());
    QVERIFY(applyPalette(*app, QStringLiteral("system")));
    const QString style = app->style()->name();
    const QColor window = QApplication::palette().color(QPalette::Window);
    const QColor text = QApplication::palette().color(QPalette::Text);
    QVERIFY(applyPalette(*app, QStringLiteral("high-contrast")));
    QCOMPARE(QApplication::palette().color(QPalette::Window), QColor(Qt::black));
    QVERIFY(applyPalette(*app, QStringLiteral("system")));
    QCOMPARE(app->style()->name(), style);
    QCOMPARE(QApplication::palette().color(QPalette::Window), window);
    QCOMPARE(QApplication::palette().color(QPalette::Text), text);
    QVERIFY(app->styleSheet().isEmpty());

    // A style sheet the application set itself survives a change of scheme.
    const QString own = QStringLiteral("QLabel { font-weight: bold; }");
    app->setStyleSheet(own);
    QVERIFY(applyPalette(*app, QStringLiteral("high-contrast")));
    QCOMPARE(app->styleSheet(), own);
    QVERIFY(applyPalette(*app, QStringLiteral("system")));
    QCOMPARE(app->styleSheet(), own);
    app->setStyleSheet(QString());
}

void TestHelpAbout::paletteRejectsUnknownScheme()
{
    auto app = qobject_cast<QApplication*>(QCoreApplication::instance());
    const QColor before = QApplication::palette().color(QPalette::Window);
    QString error;
    QVERIFY(!applyPalette(*app, QStringLiteral("solarized"), &error));
    QVERIFY(error.contains(QLatin1String("solarized")));
    QVERIFY(error.contains(QLatin1String("high-contrast")));
    QCOMPARE(QApplication::palette().color(QPalette::Window), before);
    QCOMPARE(paletteSchemes(), (QStringList{QStringLiteral("system"), QStringLiteral("dark"), QStringLiteral("high-contrast")}));
    QCOMPARE(contrastRatio(Qt::black, Qt::white), 21.0);
    QCOMPARE(contrastRatio(Qt::red, Qt::red), 1.0);
}

QTEST_MAIN(TestHelpAbout)
#include "tst_helpabout.moc"
