// Desktop integration as a file manager sees it: the MIME types resolve file names (and SQLite
// content) the way the desktop database will after installation, the desktop entry, AppStream
// metadata and MIME package agree with each other, and the rendered icons have their sizes.
#include <QDir>
#include <QFile>
#include <QImage>
#include <QMimeDatabase>
#include <QFileInfo>
#include <QProcess>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QXmlStreamReader>
#include <QtTest>

#include <memory>

namespace {

const QString kWorkspaceType = QStringLiteral("application/x-segment-designer-workspace");
const QString kRulesType = QStringLiteral("application/x-segment-designer-rules+json");
const QString kAppId = QStringLiteral("io.github.segment_designer.SegmentDesigner");

// Key=value pairs of the [Desktop Entry] group (untranslated keys only).
QHash<QString, QString> readDesktopEntry(const QString& path)
{
    QHash<QString, QString> entry;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return entry;
    bool inEntry = false;
    while (!file.atEnd()) {
        const QString line = QString::fromUtf8(file.readLine()).trimmed();
        if (line.startsWith(QLatin1Char('[')))
            inEntry = line == QLatin1String("[Desktop Entry]");
        else if (inEntry && line.contains(QLatin1Char('=')) && !line.section(QLatin1Char('='), 0, 0).contains(QLatin1Char('[')))
            entry.insert(line.section(QLatin1Char('='), 0, 0), line.section(QLatin1Char('='), 1));
    }
    return entry;
}

// The text of every element named NAME (with attribute ATTRIBUTE=VALUE when given), in order.
QStringList elementTexts(const QString& path, const QString& name, const QString& attribute = {}, const QString& value = {})
{
    QStringList texts;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return texts;
    QXmlStreamReader xml(&file);
    while (!xml.atEnd())
        if (xml.readNext() == QXmlStreamReader::StartElement && xml.name() == name
            && (attribute.isEmpty() || xml.attributes().value(attribute) == value))
            texts.append(xml.readElementText(QXmlStreamReader::IncludeChildElements).trimmed());
    return texts;
}

QStringList attributeValues(const QString& path, const QString& element, const QString& attribute)
{
    QStringList values;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return values;
    QXmlStreamReader xml(&file);
    while (!xml.atEnd())
        if (xml.readNext() == QXmlStreamReader::StartElement && xml.name() == element)
            values.append(xml.attributes().value(attribute).toString());
    return values;
}

QSet<QString> toSet(const QStringList& list)
{
    return QSet<QString>(list.begin(), list.end());
}

} // namespace

class TestPackaging : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void mimeTypeOfName_data();
    void mimeTypeOfName();
    void mimeTypeOfContent();
    void metadataAgrees();
    void releaseNotesForThisVersion();
    void icons_data();
    void icons();
    void openedFilesRoute_data();
    void openedFilesRoute();

private:
    QString packagingFile(const QString& name) const { return QStringLiteral(SD_PACKAGING_DIR "/") + name; }
    QTemporaryDir mDataDir;
};

void TestPackaging::initTestCase()
{
    // A private XDG data dir with only our MIME package compiled, searched before the system's,
    // as after installation. update-mime-database also rejects a malformed package here.
    QVERIFY(mDataDir.isValid());
    QVERIFY(QDir().mkpath(mDataDir.filePath(QStringLiteral("mime/packages"))));
    QVERIFY(QFile::copy(packagingFile(QStringLiteral("segment-designer-mime.xml")),
                        mDataDir.filePath(QStringLiteral("mime/packages/segment-designer.xml"))));
    qputenv("XDG_DATA_HOME", mDataDir.filePath(QStringLiteral("home")).toUtf8());
    qputenv("XDG_DATA_DIRS", (mDataDir.path() + QStringLiteral(":/usr/local/share:/usr/share")).toUtf8());
    QProcess update;
    update.start(QStringLiteral(SD_UPDATE_MIME_DATABASE), {mDataDir.filePath(QStringLiteral("mime"))});
    QVERIFY(update.waitForFinished(60000));
    const QByteArray complaints = update.readAllStandardError();
    QVERIFY2(update.exitCode() == 0 && complaints.isEmpty(), complaints.constData());
    QVERIFY(QFile::exists(mDataDir.filePath(QStringLiteral("mime/mime.cache"))));
}

void TestPackaging::mimeTypeOfName_data()
{
    QTest::addColumn<QString>("fileName");
    QTest::addColumn<QString>("type");
    QTest::newRow("workspace") << "demo.segdb" << kWorkspaceType;
    QTest::newRow("workspace, upper case") << "DEMO.SEGDB" << kWorkspaceType;
    QTest::newRow("rule file") << "b2b-tiers.rules.json" << kRulesType;
    QTest::newRow("rule file wins over *.json") << "tiers.v2.rules.json" << kRulesType;
    QTest::newRow("plain JSON stays JSON") << "leads.json" << "application/json";
    QTest::newRow("rules without .json") << "tiers.rules" << "application/octet-stream";
    QTest::newRow("backup of a workspace") << "demo.segdb.bak" << "application/x-trash";
}

void TestPackaging::mimeTypeOfName()
{
    QFETCH(QString, fileName);
    QFETCH(QString, type);
    const QMimeType mime = QMimeDatabase().mimeTypeForFile(fileName, QMimeDatabase::MatchExtension);
    QCOMPARE(mime.name(), type);
    if (type == kWorkspaceType) {
        QVERIFY(mime.inherits(QStringLiteral("application/vnd.sqlite3")));
        QCOMPARE(mime.comment(), QStringLiteral("Segment Designer workspace"));
    }
    if (type == kRulesType)
        QVERIFY(mime.inherits(QStringLiteral("application/json")));
}

void TestPackaging::mimeTypeOfContent()
{
    // A workspace is an SQLite file: with our name it is ours, renamed it is still SQLite.
    QTemporaryDir dir;
    QByteArray sqlite("SQLite format 3", 16);
    sqlite.append(QByteArray(4080, '\0'));
    for (const QString& name : {QStringLiteral("leads.segdb"), QStringLiteral("leads.db")}) {
        QFile f(dir.filePath(name));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(sqlite);
    }
    QMimeDatabase db;
    QCOMPARE(db.mimeTypeForFile(dir.filePath(QStringLiteral("leads.segdb"))).name(), kWorkspaceType);
    QCOMPARE(db.mimeTypeForFile(dir.filePath(QStringLiteral("leads.db"))).name(), QStringLiteral("application/vnd.sqlite3"));
}

void TestPackaging::metadataAgrees()
{
    const QString desktopPath = packagingFile(QStringLiteral("segment-designer.desktop"));
    const QString metainfoPath = packagingFile(kAppId + QStringLiteral(".metainfo.xml"));
    const QString mimePath = packagingFile(QStringLiteral("segment-designer-mime.xml"));
    const QHash<QString, QString> entry = readDesktopEntry(desktopPath);
    QCOMPARE(entry.value(QStringLiteral("Exec")), QStringLiteral("segment-designer %f"));
    QCOMPARE(entry.value(QStringLiteral("Icon")), QStringLiteral("segment-designer"));

    const QSet<QString> desktopTypes = toSet(entry.value(QStringLiteral("MimeType")).split(QLatin1Char(';'), Qt::SkipEmptyParts));
    const QSet<QString> packageTypes = toSet(attributeValues(mimePath, QStringLiteral("mime-type"), QStringLiteral("type")));
    const QSet<QString> providedTypes = toSet(elementTexts(metainfoPath, QStringLiteral("mediatype")));
    QCOMPARE(packageTypes, (QSet<QString>{kWorkspaceType, kRulesType}));
    QCOMPARE(desktopTypes, packageTypes);
    QCOMPARE(providedTypes, packageTypes);

    QCOMPARE(elementTexts(metainfoPath, QStringLiteral("id")), QStringList{kAppId});
    QCOMPARE(elementTexts(metainfoPath, QStringLiteral("launchable"), QStringLiteral("type"), QStringLiteral("desktop-id")),
             QStringList{QStringLiteral("segment-designer.desktop")});
    QCOMPARE(elementTexts(metainfoPath, QStringLiteral("icon"), QStringLiteral("type"), QStringLiteral("stock")),
             QStringList{entry.value(QStringLiteral("Icon"))});
    QCOMPARE(elementTexts(metainfoPath, QStringLiteral("binary")), QStringList{QStringLiteral("segment-designer")});
    // Screenshots are the ones kept in the repository, at the release's tag.
    const QStringList images = elementTexts(metainfoPath, QStringLiteral("image"));
    QVERIFY(images.size() >= 2);
    for (const QString& url : images) {
        QVERIFY2(url.startsWith(QLatin1String("https://")) && url.contains(QLatin1String("/docs/screenshots/")), qPrintable(url));
        // The file the URL will serve once tagged is in the tree now.
        const QString file = QStringLiteral(SD_PACKAGING_DIR "/../docs/screenshots/") + url.section(QLatin1Char('/'), -1);
        QVERIFY2(QFileInfo::exists(file), qPrintable(file));
    }
}

void TestPackaging::releaseNotesForThisVersion()
{
    // Bumping the version without writing release notes fails here.
    const QStringList versions = attributeValues(packagingFile(kAppId + QStringLiteral(".metainfo.xml")),
                                                 QStringLiteral("release"), QStringLiteral("version"));
    QVERIFY(!versions.isEmpty());
    QCOMPARE(versions.first(), QStringLiteral(SD_VERSION));
}

void TestPackaging::icons_data()
{
    QTest::addColumn<int>("size");
    for (int size : {16, 22, 24, 32, 48, 64, 128, 256, 512})
        QTest::newRow(qPrintable(QString::number(size))) << size;
}

void TestPackaging::icons()
{
    QFETCH(int, size);
    const QString path = QStringLiteral(SD_ICONS_DIR "/%1x%1/apps/segment-designer.png").arg(size);
    QImage image(path);
    QVERIFY2(!image.isNull(), qPrintable(path));
    QCOMPARE(image.size(), QSize(size, size));
    QVERIFY(image.hasAlphaChannel());
    // The rounded tile: transparent corner, opaque middle.
    QCOMPARE(qAlpha(image.pixel(0, 0)), 0);
    QCOMPARE(qAlpha(image.pixel(size / 2, size / 4)), 255);
}

// The desktop entry passes whatever was double-clicked as the one argument: a rule file must reach
// the rule-file loader, not the workspace opener.
void TestPackaging::openedFilesRoute_data()
{
    QTest::addColumn<QStringList>("files");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("stderrHas");
    QTest::addColumn<QString>("stderrLacks");
    QTest::newRow("workspace and rules") << QStringList{QStringLiteral("ws.segdb"), QStringLiteral("good.rules.json")} << 0
                                         << QString() << QStringLiteral("segment-designer:");
    QTest::newRow("rules, then workspace") << QStringList{QStringLiteral("good.rules.json"), QStringLiteral("ws.segdb")} << 0
                                           << QString() << QStringLiteral("segment-designer:");
    QTest::newRow("broken rules alone") << QStringList{QStringLiteral("broken.rules.json")} << 1
                                        << QStringLiteral("broken.rules.json") << QStringLiteral("workspace");
    QTest::newRow("two rule files") << QStringList{QStringLiteral("good.rules.json"), QStringLiteral("broken.rules.json")} << 1
                                    << QStringLiteral("at most one rule file") << QString();
    QTest::newRow("two workspaces") << QStringList{QStringLiteral("ws.segdb"), QStringLiteral("ws.segdb")} << 1
                                    << QStringLiteral("at most one workspace") << QString();
}

void TestPackaging::openedFilesRoute()
{
    QFETCH(QStringList, files);
    QFETCH(int, exitCode);
    QFETCH(QString, stderrHas);
    QFETCH(QString, stderrLacks);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QProcess demo;
    demo.setWorkingDirectory(dir.path());
    demo.start(QStringLiteral(SD_CLI_BINARY), {QStringLiteral("demo"), QStringLiteral("ws.segdb"), QStringLiteral("--leads"), QStringLiteral("500")});
    QVERIFY(demo.waitForFinished(60000));
    QCOMPARE(demo.exitCode(), 0);
    QVERIFY(QFile::copy(QStringLiteral(SD_TEMPLATES_DIR "/b2b-tiers.rules.json"), dir.filePath(QStringLiteral("good.rules.json"))));
    QFile broken(dir.filePath(QStringLiteral("broken.rules.json")));
    QVERIFY(broken.open(QIODevice::WriteOnly));
    broken.write("{\"format\": \"segment-designer/rules\", \"version\": 1, \"segments\": [");
    broken.close();

    QProcess gui;
    gui.setWorkingDirectory(dir.path());
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), dir.filePath(QStringLiteral("config"))); // no recent workspaces
    gui.setProcessEnvironment(env);
    gui.start(QStringLiteral(SD_GUI_BINARY), QStringList(files) << QStringLiteral("--screenshot") << QStringLiteral("shot.png"));
    QVERIFY(gui.waitForFinished(180000));
    const QString err = QString::fromUtf8(gui.readAllStandardError());
    QCOMPARE(gui.exitCode(), exitCode);
    if (!stderrHas.isEmpty())
        QVERIFY2(err.contains(stderrHas), qPrintable(err));
    if (!stderrLacks.isEmpty())
        QVERIFY2(!err.contains(stderrLacks), qPrintable(err));
    QCOMPARE(QFileInfo::exists(dir.filePath(QStringLiteral("shot.png"))), exitCode == 0);
}

QTEST_GUILESS_MAIN(TestPackaging)
#include "tst_packaging.moc"
