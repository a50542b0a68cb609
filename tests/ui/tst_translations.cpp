// The German and French translations are complete and current, and the loader installs them.
// "Current" means lupdate over today's sources would not change the .ts file: a new tr() string
// without a translation, or a translation left for a string that is gone, fails here.
#include "healthcheck.h"
#include "languages.h"
#include "mainwindow.h"
#include "rulefile.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QMenu>
#include <QMenuBar>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTranslator>
#include <QXmlStreamReader>
#include <QtTest>

using namespace sd;

namespace {

struct Message {
    QString context;
    QString source;
    bool numerus = false;
    QString translationType; // "", "unfinished", "vanished", "obsolete"
    QStringList translations; // one, or the numerus forms
};

QList<Message> readTs(const QString& path, QString* language, QString* error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return {};
    }
    QList<Message> messages;
    QXmlStreamReader xml(&file);
    QString context;
    Message current;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == QLatin1String("TS")) {
            *language = xml.attributes().value(QLatin1String("language")).toString();
        } else if (name == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (name == QLatin1String("message")) {
            current = Message{context, {}, xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes"), {}, {}};
        } else if (name == QLatin1String("source")) {
            current.source = xml.readElementText();
        } else if (name == QLatin1String("translation")) {
            current.translationType = xml.attributes().value(QLatin1String("type")).toString();
            if (!current.numerus)
                current.translations.append(xml.readElementText());
            else
                while (xml.readNextStartElement())
                    current.translations.append(xml.readElementText());
            messages.append(current);
        }
    }
    if (xml.hasError())
        *error = QStringLiteral("%1:%2: %3").arg(path).arg(xml.lineNumber()).arg(xml.errorString());
    return messages;
}

// The %1…%9 and %n placeholders of TEXT, sorted, so a translation may reorder them.
QStringList placeholders(const QString& text)
{
    static const QRegularExpression re(QStringLiteral("%(?:L?[1-9]|n)"));
    QStringList found;
    for (auto it = re.globalMatch(text); it.hasNext();)
        found.append(it.next().captured().remove(QLatin1Char('L')));
    found.sort();
    return found;
}

QStringList tsFiles()
{
    return QString::fromUtf8(SD_TS_FILES "|" SD_TS_PLURALS_FILE).split(QLatin1Char('|'), Qt::SkipEmptyParts);
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

private slots:
    void cleanup();

    void complete_data();
    void complete();
    void current_data();
    void current();

    void availableLanguagesListsTranslations();
    void installFollowsOverride_data();
    void installFollowsOverride();
    void pluralForms();
    void switchingBackToEnglishRemovesTranslators();
    void coreMessagesFollowTheLanguage_data();
    void coreMessagesFollowTheLanguage();
    void menuAcceleratorsAreUnique_data();
    void menuAcceleratorsAreUnique();
    void corePluralsFollowTheCount_data();
    void corePluralsFollowTheCount();
};

void TestTranslations::cleanup()
{
    installTranslators(*QCoreApplication::instance(), QStringLiteral("en"));
    QLocale::setDefault(QLocale::c());
}

void TestTranslations::complete_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<int>("pluralForms"); // English, German and French all have two
    QTest::addColumn<int>("minimumMessages");
    for (const QString& path : tsFiles())
        QTest::newRow(qPrintable(QFileInfo(path).fileName())) << path << 2 << (path.endsWith(QLatin1String("_en.ts")) ? 1 : 50);
}

void TestTranslations::complete()
{
    QFETCH(QString, path);
    QFETCH(int, pluralForms);
    QFETCH(int, minimumMessages);
    QString language;
    QString error;
    const QList<Message> messages = readTs(path, &language, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(messages.size() >= minimumMessages);
    QVERIFY2(QFileInfo(path).baseName().endsWith(language.section(QLatin1Char('_'), 0, 0)), qPrintable(language));

    QStringList problems;
    for (const Message& m : messages) {
        const QString where = QStringLiteral("%1 / \"%2\"").arg(m.context, m.source.left(60));
        if (!m.translationType.isEmpty()) {
            problems.append(QStringLiteral("%1: %2").arg(where, m.translationType));
            continue;
        }
        if (m.numerus && m.translations.size() != pluralForms)
            problems.append(QStringLiteral("%1: %2 plural forms, expected %3").arg(where).arg(m.translations.size()).arg(pluralForms));
        for (const QString& t : m.translations) {
            if (t.trimmed().isEmpty())
                problems.append(QStringLiteral("%1: empty translation").arg(where));
            // %n may be left out of a singular form ("un résultat"), never out of all of them.
            else if (placeholders(t) != placeholders(m.source) && !(m.numerus && placeholders(m.source) == QStringList{QStringLiteral("%n")}))
                problems.append(QStringLiteral("%1: placeholders %2 in \"%3\"").arg(where, placeholders(t).join(QLatin1Char(' ')), t));
            // A menu or button label keeps exactly one accelerator.
            const int sourceAmps = int(m.source.count(QLatin1Char('&')));
            const int amps = int(t.count(QLatin1Char('&')));
            if (sourceAmps != amps)
                problems.append(QStringLiteral("%1: %2 accelerators in \"%3\"").arg(where).arg(amps).arg(t));
        }
        if (m.numerus) {
            bool anyN = false;
            for (const QString& t : m.translations)
                anyN = anyN || t.contains(QLatin1String("%n"));
            if (!anyN)
                problems.append(QStringLiteral("%1: no plural form shows the count").arg(where));
        }
    }
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
}

void TestTranslations::current_data()
{
    complete_data();
}

void TestTranslations::current()
{
    QFETCH(QString, path);
    QTemporaryDir tmp;
    QVERIFY(tmp.isValid());
    const QString copy = tmp.filePath(QFileInfo(path).fileName());
    QVERIFY(QFile::copy(path, copy));
    QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);

    // Exactly what the update_translations target runs (translations/CMakeLists.txt), except
    // -no-obsolete, so that a string that left the sources shows up as vanished.
    QStringList args{QStringLiteral("-locations"), QStringLiteral("none")};
    args += QString::fromUtf8(SD_TRANSLATED_DIRS).split(QLatin1Char('|'), Qt::SkipEmptyParts);
    if (path.endsWith(QLatin1String("_en.ts")))
        args << QStringLiteral("-pluralonly");
    args << QStringLiteral("-ts") << copy;
    QProcess lupdate;
    lupdate.start(QStringLiteral(SD_LUPDATE), args);
    QVERIFY2(lupdate.waitForFinished(120000), "lupdate did not finish");
    const QString output = QString::fromUtf8(lupdate.readAllStandardError());
    QVERIFY2(lupdate.exitCode() == 0, qPrintable(output));
    // lupdate warns ("file.cpp:12: Class 'sd' lacks Q_OBJECT macro") when it has to guess a context:
    // the guess is not the context the program looks the message up in, so it would never show.
    static const QRegularExpression warning(QStringLiteral("^\\S.*:\\d+: .*$"), QRegularExpression::MultilineOption);
    QStringList warnings;
    for (auto it = warning.globalMatch(output); it.hasNext();)
        warnings.append(it.next().captured());
    QVERIFY2(warnings.isEmpty(), qPrintable(warnings.join(QLatin1Char('\n'))));

    QString language;
    QString error;
    QStringList stale;
    for (const Message& m : readTs(copy, &language, &error))
        if (!m.translationType.isEmpty())
            stale.append(QStringLiteral("%1 / \"%2\": %3").arg(m.context, m.source, m.translationType));
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY2(stale.isEmpty(),
             qPrintable(QStringLiteral("%1 is out of date with the sources. Run\n  cmake --build build --target update_translations\n"
                                       "and translate these:\n%2").arg(path, stale.join(QLatin1Char('\n')))));
}

void TestTranslations::availableLanguagesListsTranslations()
{
    const QList<Language> languages = availableLanguages();
    QStringList codes;
    QStringList names;
    for (const Language& l : languages) {
        codes.append(l.code);
        names.append(l.nativeName);
    }
    QCOMPARE(codes, (QStringList{QStringLiteral("en"), QStringLiteral("de"), QStringLiteral("fr")}));
    QCOMPARE(names, (QStringList{QStringLiteral("English"), QStringLiteral("Deutsch"), QStringLiteral("français")}));
}

void TestTranslations::installFollowsOverride_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("effective");
    QTest::addColumn<QString>("file");     // MainWindow's "&File"
    QTest::addColumn<QString>("quote");    // quotation marks and spacing of the language
    QTest::addColumn<QString>("number");   // 1234.5 in the default locale afterwards
    QTest::newRow("German") << "de" << "de" << "&Datei" << "„%1“ wird importiert…" << "1.234,5";
    QTest::newRow("Swiss German uses German") << "de_CH" << "de" << "&Datei" << "„%1“ wird importiert…" << QLocale(QStringLiteral("de_CH")).toString(1234.5);
    QTest::newRow("French") << "fr" << "fr" << "&Fichier" << QString::fromUtf8("Import de «\u00a0%1\u00a0»…") << QString::fromUtf8("1\u202f234,5");
    QTest::newRow("English") << "en" << "en" << "&File" << "Importing “%1”…" << "1,234.5";
    QTest::newRow("no translation falls back to English") << "ja" << "en" << "&File" << "Importing “%1”…" << QLocale(QStringLiteral("ja")).toString(1234.5);
}

void TestTranslations::installFollowsOverride()
{
    QFETCH(QString, language);
    QFETCH(QString, effective);
    QFETCH(QString, file);
    QFETCH(QString, quote);
    QFETCH(QString, number);
    QCOMPARE(installTranslators(*QCoreApplication::instance(), language), effective);
    QCOMPARE(QCoreApplication::translate("sd::MainWindow", "&File"), file);
    QCOMPARE(QCoreApplication::translate("sd::CsvImportRunner", "Importing “%1”…"), quote);
    QCOMPARE(QLocale().toString(1234.5), number);
}

void TestTranslations::pluralForms()
{
    QCOMPARE(installTranslators(*QCoreApplication::instance(), QStringLiteral("fr")), QStringLiteral("fr"));
    QCOMPARE(QCoreApplication::translate("sd::HelpBrowser", "%n match(es)", nullptr, 1), QStringLiteral("1 résultat"));
    QCOMPARE(QCoreApplication::translate("sd::HelpBrowser", "%n match(es)", nullptr, 5), QStringLiteral("5 résultats"));
    QCOMPARE(installTranslators(*QCoreApplication::instance(), QStringLiteral("de")), QStringLiteral("de"));
    QCOMPARE(QCoreApplication::translate("sd::HelpBrowser", "%n match(es)", nullptr, 1), QStringLiteral("1 Treffer"));
    QCOMPARE(QCoreApplication::translate("sd::HelpBrowser", "%n match(es)", nullptr, 12), QStringLiteral("12 Treffer"));
    QCOMPARE(installTranslators(*QCoreApplication::instance(), QStringLiteral("en")), QStringLiteral("en"));
    QCOMPARE(QCoreApplication::translate("sd::HelpBrowser", "%n match(es)", nullptr, 1), QStringLiteral("1 match"));
    QCOMPARE(QCoreApplication::translate("sd::HelpBrowser", "%n match(es)", nullptr, 3), QStringLiteral("3 matches"));
}

void TestTranslations::switchingBackToEnglishRemovesTranslators()
{
    installTranslators(*QCoreApplication::instance(), QStringLiteral("de"));
    const auto germanTranslators = QCoreApplication::instance()->findChildren<QTranslator*>().size();
    QVERIFY(germanTranslators >= 1);
    installTranslators(*QCoreApplication::instance(), QStringLiteral("fr"));
    QCOMPARE(QCoreApplication::instance()->findChildren<QTranslator*>().size(), germanTranslators);
    // Only the French catalogue is left: German must not shadow it.
    QCOMPARE(QCoreApplication::translate("sd::MainWindow", "&Help"), QStringLiteral("Aid&e"));
    installTranslators(*QCoreApplication::instance(), QStringLiteral("en"));
    QCOMPARE(QCoreApplication::translate("sd::MainWindow", "&Help"), QStringLiteral("&Help"));
    QCOMPARE(QCoreApplication::instance()->findChildren<QTranslator*>().size(), 1); // the English plurals
}

void TestTranslations::coreMessagesFollowTheLanguage_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("unknownOperator"); // parser: a message with user text in it
    QTest::addColumn<QString>("wrongType");       // parser: a message built from two translated pieces
    QTest::addColumn<QString>("validation");      // validator: a message about a field's type
    QTest::addColumn<QString>("healthCheck");     // the name the Health panel shows
    const QString nbsp(QChar(0x00a0));
    QTest::newRow("German") << "de"
                            << "/segments/children/0/when/op: unbekannter Operator \"=>\""
                            << "/segments/children/0/when/op: eine Zeichenkette erwartet, 3 gefunden"
                            << "/segments/children/0/when/value: Feld \"employees\" vom Typ number braucht eine Zahl, gefunden: \"many\""
                            << "Winziges Segment";
    QTest::newRow("French") << "fr"
                            << "/segments/children/0/when/op: opérateur inconnu \"=>\""
                            << "/segments/children/0/when/op: attendu" + nbsp + ": une chaîne, trouvé" + nbsp + ": 3"
                            << "/segments/children/0/when/value: le champ \"employees\" de type number exige un nombre, trouvé" + nbsp + ": \"many\""
                            << "Segment minuscule";
    // Back in English the messages are exactly what the command-line tests compare.
    QTest::newRow("English") << "en"
                             << "/segments/children/0/when/op: unknown operator \"=>\""
                             << "/segments/children/0/when/op: expected a string, found 3"
                             << "/segments/children/0/when/value: number field \"employees\" needs a number, found \"many\""
                             << "Tiny segment";
}

// Messages written in core/ (rule-file errors with their JSON Pointers, health checks) reach the
// GUI in its language once the GUI has installed its translators.
void TestTranslations::coreMessagesFollowTheLanguage()
{
    QFETCH(QString, language);
    QFETCH(QString, unknownOperator);
    QFETCH(QString, wrongType);
    QFETCH(QString, validation);
    QFETCH(QString, healthCheck);
    QCOMPARE(installTranslators(*QCoreApplication::instance(), language), language);

    auto firstError = [](const char* condition) {
        const QByteArray file = QByteArray(R"({"format": "segment-designer/rules", "version": 1, "name": "t",)"
                                           R"( "fields": {"employees": "number"},)"
                                           R"( "segments": {"mode": "exclusive", "children": [{"id": "s", "name": "S", "when": )")
                                + condition + "}]}}";
        const RuleFileResult r = parseRuleFile(file);
        return r.errors.empty() ? QStringLiteral("(no error)") : formatRuleFileError(r.errors.front());
    };
    QCOMPARE(firstError(R"({"field": "employees", "op": "=>", "value": 3})"), unknownOperator);
    QCOMPARE(firstError(R"({"field": "employees", "op": 3, "value": 3})"), wrongType);
    QCOMPARE(firstError(R"({"field": "employees", "op": ">", "value": "many"})"), validation);
    QCOMPARE(healthCheckName(HealthCheck::TinySegment), healthCheck);
}

// A count in a core message takes the plural form of the GUI's language ("1 lead", "2 leads").
void TestTranslations::corePluralsFollowTheCount_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<int>("leads");
    QTest::addColumn<QString>("expected");
    QTest::newRow("English, one") << "en" << 1 << "Hot has 1 lead, fewer than the minimum of 30: its rate is not reliable.";
    QTest::newRow("English, none") << "en" << 0 << "Hot has 0 leads, fewer than the minimum of 30: its rate is not reliable.";
    QTest::newRow("German, one") << "de" << 1 << "Hot hat 1 Lead, weniger als das Minimum von 30: Seine Rate ist nicht verlässlich.";
    QTest::newRow("German, many") << "de" << 12 << "Hot hat 12 Leads, weniger als das Minimum von 30: Seine Rate ist nicht verlässlich.";
    QTest::newRow("French, one") << "fr" << 1 << "Hot compte 1 lead, moins que le minimum de 30\u00a0: son taux n’est pas fiable.";
    QTest::newRow("French, many") << "fr" << 12 << "Hot compte 12 leads, moins que le minimum de 30\u00a0: son taux n’est pas fiable.";
}

void TestTranslations::corePluralsFollowTheCount()
{
    QFETCH(QString, language);
    QFETCH(int, leads);
    QFETCH(QString, expected);
    QCOMPARE(installTranslators(*QCoreApplication::instance(), language), language);
    // One segment "Hot" of `leads` leads, held against a minimum of 30 (no outcome, fresh data).
    SegmentMembers hot;
    hot.id = "hot";
    hot.name = "Hot";
    SegmentStats stats;
    stats.all.size = size_t(leads);
    HealthThresholds thresholds;
    thresholds.minSegmentSize = 30;
    const int64_t today = 20000;
    const std::vector<HealthFinding> findings = checkHealth(RuleSet{}, {hot}, {stats}, false, ColumnTable{},
                                                            DataFreshness{today, today}, today, thresholds);
    const auto tiny = std::find_if(findings.begin(), findings.end(), [](const HealthFinding& f) { return f.check == HealthCheck::TinySegment; });
    QVERIFY(tiny != findings.end());
    QCOMPARE(tiny->message, expected);
}

void TestTranslations::menuAcceleratorsAreUnique_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("English") << "en";
    QTest::newRow("German") << "de";
    QTest::newRow("French") << "fr";
}

// In every menu of the main window, Alt plus a letter reaches one item, in every language.
void TestTranslations::menuAcceleratorsAreUnique()
{
    QFETCH(QString, language);
    QCOMPARE(installTranslators(*QCoreApplication::instance(), language), language);
    auto restore = qScopeGuard([] { installTranslators(*QCoreApplication::instance(), QStringLiteral("en")); });
    sd::MainWindow window;
    QStringList problems;
    int menus = 0;
    QList<QWidget*> owners{window.menuBar()};
    for (QMenu* menu : window.menuBar()->findChildren<QMenu*>())
        owners << menu;
    for (QWidget* menu : owners) {
        ++menus;
        const QString title = menu == window.menuBar() ? QStringLiteral("menu bar") : static_cast<QMenu*>(menu)->title();
        QHash<QChar, QString> taken;
        for (QAction* a : menu->actions()) {
            if (a->isSeparator() || a->text().isEmpty())
                continue;
            const QString text = a->text();
            const qsizetype amp = text.indexOf(QRegularExpression(QStringLiteral("&[^&]")));
            if (amp < 0)
                continue;
            const QChar key = text.at(amp + 1).toLower();
            if (taken.contains(key))
                problems << QStringLiteral("%1: \"%2\" and \"%3\" share Alt+%4").arg(title, taken.value(key), text, key);
            else
                taken.insert(key, text);
        }
    }
    QVERIFY(menus >= 7);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
}

QTEST_MAIN(TestTranslations)
#include "tst_translations.moc"
