// segment-designer-cli end to end (DESIGN.md "Command-line contract", "Workspace"): --version,
// --help, user errors (exit 1, one line on stderr, no partial files), `import` JSON and counts,
// `demo`, and a SIGKILL in the middle of a large import that must leave the last committed
// state intact and openable.
#include "fieldtype.h"
#include "workspace.h"

#include <QtTest>

#include <QElapsedTimer>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <nlohmann/json.hpp>
#include <sqlite3.h>

#include <cmath>
#include <memory>

using namespace sd;
using nlohmann::json;

namespace {

struct Run
{
    int exitCode = -1;
    QProcess::ExitStatus status = QProcess::CrashExit;
    QByteArray out, err;
    bool finished = false;
};

Run runCli(const QStringList& args, int timeoutMs = 120000)
{
    QProcess p;
    p.start(QStringLiteral(SD_CLI_PATH), args);
    Run r;
    if (!p.waitForStarted(10000))
        return r;
    r.finished = p.waitForFinished(timeoutMs);
    if (!r.finished) {
        p.kill();
        p.waitForFinished();
    }
    r.exitCode = p.exitCode();
    r.status = p.exitStatus();
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

QString describe(const Run& r)
{
    return QStringLiteral("exit %1, stdout: %2, stderr: %3")
        .arg(r.exitCode)
        .arg(QString::fromUtf8(r.out.left(2000)), QString::fromUtf8(r.err.left(2000)));
}

QString show(sqlite3_stmt* st, int i)
{
    switch (sqlite3_column_type(st, i)) {
    case SQLITE_NULL: return QStringLiteral("<NULL>");
    case SQLITE_INTEGER: return QString::number(sqlite3_column_int64(st, i)) + QStringLiteral("/i");
    case SQLITE_FLOAT: return QString::number(sqlite3_column_double(st, i), 'g', 17) + QStringLiteral("/r");
    default:
        return QString::fromUtf8(reinterpret_cast<const char*>(sqlite3_column_text(st, i)), sqlite3_column_bytes(st, i));
    }
}

QList<QStringList> rows(const Workspace& ws, const char* sql)
{
    QList<QStringList> out;
    sqlite3_stmt* st = nullptr;
    if (sqlite3_prepare_v2(ws.handle(), sql, -1, &st, nullptr) != SQLITE_OK)
        return {{QStringLiteral("<error: %1>").arg(QString::fromUtf8(sqlite3_errmsg(ws.handle())))}};
    while (sqlite3_step(st) == SQLITE_ROW) {
        QStringList r;
        for (int i = 0; i < sqlite3_column_count(st); ++i)
            r.append(show(st, i));
        out.append(r);
    }
    sqlite3_finalize(st);
    return out;
}

// Fields, leads, import history and settings as text: "the state" of a workspace.
QString dumpState(const Workspace& ws)
{
    QString s;
    for (const FieldDef& f : ws.fields())
        s += QStringLiteral("field %1 %2 %3\n").arg(f.name, fieldTypeName(f.type)).arg(f.position);
    for (const QStringList& r : rows(ws, "SELECT rowid, * FROM leads ORDER BY rowid"))
        s += r.join(QLatin1Char('|')) + QLatin1Char('\n');
    for (const QStringList& r : rows(ws, "SELECT * FROM imports ORDER BY id"))
        s += QStringLiteral("import ") + r.join(QLatin1Char('|')) + QLatin1Char('\n');
    for (const QStringList& r : rows(ws, "SELECT * FROM settings ORDER BY key"))
        s += QStringLiteral("setting ") + r.join(QLatin1Char('|')) + QLatin1Char('\n');
    return s;
}

QStringList fieldNames(const Workspace& ws)
{
    QStringList out;
    for (const FieldDef& f : ws.fields())
        out.append(f.name);
    return out;
}

bool copyFile(const QString& from, const QString& to)
{
    QFile::remove(to);
    return QFile::copy(from, to);
}

QString smallCsv()
{
    return QStringLiteral(SD_TEST_DATA_DIR) + QStringLiteral("/leads_small.csv");
}

// A large lead file with the small file's columns plus two new ones; its first rows update the
// small file's leads, and one row in the middle is ragged.
bool writeLargeCsv(const QString& path, int rows)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return false;
    QByteArray buf = "lead_id,company,employees,country,demo_requested,signed_up,tech_stack,zip,region,notes\n";
    static const char* const countries[] = {"United States", "Germany", "France", "United Kingdom", "Sweden"};
    for (int i = 1; i <= rows; ++i) {
        if (i == rows / 2) {
            buf += "X" + QByteArray::number(i) + ",Broken\n";
            continue;
        }
        const QByteArray id = i <= 10 ? "L" + QByteArray::number(i).rightJustified(3, '0') : "B" + QByteArray::number(i);
        buf += id + ",\"Company " + QByteArray::number(i % 1543) + ", Inc.\"," + QByteArray::number((i * 37) % 9000 + 1)
            + ',' + countries[i % 5] + ',' + ((i % 3) ? "no" : "yes") + ",2024-"
            + QByteArray::number(i % 12 + 1).rightJustified(2, '0') + '-' + QByteArray::number(i % 28 + 1).rightJustified(2, '0')
            + ",HubSpot;Jira;Slack," + QByteArray::number(10000 + i % 89999) + ',' + ((i % 2) ? "EMEA" : "AMER")
            + ",Free-text notes long enough to make the file realistic for row " + QByteArray::number(i)
            + " of the kill test\n";
        if (buf.size() > (4 << 20)) {
            if (f.write(buf) != buf.size())
                return false;
            buf.clear();
        }
    }
    return f.write(buf) == buf.size();
}

} // namespace

class TestCli : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void version();
    void help_data();
    void help();
    void userErrors_data();
    void userErrors();
    void importJson();
    void importMissingFileLeavesWorkspace();
    void demo();
    void demoDeterministic();
    void demoRefusesOtherFiles();
    void killDuringImport_data();
    void killDuringImport();

private:
    // Shared by the kill test's rows: the large file, the base workspace and a full import's time.
    bool prepareKillFixture();
    std::unique_ptr<QTemporaryDir> mKillDir;
    QString mBigCsv, mBaseWorkspace, mBaseState;
    qint64 mFullImportMs = 0;
    int mKillRows = 650000;
    qint64 mBaseLeads = 0;
    QStringList mBaseFields;
    QString mFixtureError;
};

void TestCli::initTestCase()
{
    QVERIFY2(QFileInfo(QStringLiteral(SD_CLI_PATH)).isExecutable(), SD_CLI_PATH);
    QVERIFY2(QFileInfo::exists(smallCsv()), qPrintable(smallCsv()));
}

void TestCli::version()
{
    const Run r = runCli({QStringLiteral("--version")});
    QVERIFY2(r.finished && r.status == QProcess::NormalExit && r.exitCode == 0, qPrintable(describe(r)));
    QVERIFY2(QRegularExpression(QStringLiteral("\\d+\\.\\d+")).match(QString::fromUtf8(r.out)).hasMatch(), qPrintable(describe(r)));
    QVERIFY(r.err.isEmpty());
}

void TestCli::help_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("--help") << QStringList{"--help"} << "import";
    QTest::newRow("import --help") << QStringList{"import", "--help"} << "--on-duplicate";
    QTest::newRow("demo --help") << QStringList{"demo", "--help"} << "--leads";
}

void TestCli::help()
{
    QFETCH(QStringList, args);
    QFETCH(QString, mentions);
    const Run r = runCli(args);
    QVERIFY2(r.finished && r.status == QProcess::NormalExit && r.exitCode == 0, qPrintable(describe(r)));
    QVERIFY2(QString::fromUtf8(r.out).contains(mentions), qPrintable(describe(r)));
}

void TestCli::userErrors_data()
{
    QTest::addColumn<QStringList>("args"); // $WS and $CSV are replaced
    QTest::addColumn<bool>("workspaceExists");
    QTest::addColumn<QString>("mentions");

    QTest::newRow("unknown command") << QStringList{"frobnicate"} << false << "frobnicate";
    QTest::newRow("import without arguments") << QStringList{"import"} << false << "";
    QTest::newRow("import with one argument") << QStringList{"import", "$WS"} << false << "";
    QTest::newRow("unknown option") << QStringList{"import", "$WS", "$CSV", "--bogus"} << true << "bogus";
    QTest::newRow("bad policy") << QStringList{"import", "$WS", "$CSV", "--key", "lead_id", "--on-duplicate", "maybe"} << true << "maybe";
    QTest::newRow("bad delimiter") << QStringList{"import", "$WS", "$CSV", "--delimiter", "ab"} << true << "ab";
    QTest::newRow("key not in header") << QStringList{"import", "$WS", "$CSV", "--key", "no_such_column"} << true << "no_such_column";
    QTest::newRow("key not in header, new workspace") << QStringList{"import", "$WS", "$CSV", "--key", "no_such_column"} << false << "no_such_column";
    QTest::newRow("missing CSV, new workspace") << QStringList{"import", "$WS", "$DIR/nope.csv"} << false << "nope.csv";
    QTest::newRow("workspace is not a workspace") << QStringList{"import", "$CSV", "$CSV"} << false << "leads.csv";
    QTest::newRow("demo leads not a number") << QStringList{"demo", "$WS", "--leads", "abc"} << false << "";
    QTest::newRow("demo without workspace") << QStringList{"demo"} << false << "";
}

void TestCli::userErrors()
{
    QFETCH(QStringList, args);
    QFETCH(bool, workspaceExists);
    QFETCH(QString, mentions);

    QTemporaryDir dir;
    const QString ws = dir.filePath(QStringLiteral("ws.segdb"));
    const QString csv = dir.filePath(QStringLiteral("leads.csv"));
    QVERIFY(copyFile(smallCsv(), csv));
    QString before;
    if (workspaceExists) {
        const Run first = runCli({QStringLiteral("import"), ws, csv, QStringLiteral("--empty"), QStringLiteral("N/A")});
        QVERIFY2(first.exitCode == 0, qPrintable(describe(first)));
        QString error;
        auto w = Workspace::open(ws, &error);
        QVERIFY2(w, qPrintable(error));
        before = dumpState(*w);
    }
    const QByteArray csvBytes = [&] { QFile f(csv); f.open(QIODevice::ReadOnly); return f.readAll(); }();
    const QStringList dirBefore = QDir(dir.path()).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot, QDir::Name);

    for (QString& a : args) {
        a.replace(QLatin1String("$WS"), ws);
        a.replace(QLatin1String("$CSV"), csv);
        a.replace(QLatin1String("$DIR"), dir.path());
    }
    const Run r = runCli(args);
    QVERIFY2(r.finished && r.status == QProcess::NormalExit, qPrintable(describe(r)));
    QVERIFY2(r.exitCode == 1, qPrintable(describe(r)));
    const QString err = QString::fromUtf8(r.err).trimmed();
    QVERIFY2(!err.isEmpty(), qPrintable(describe(r)));
    QVERIFY2(!err.contains(QLatin1Char('\n')), qPrintable(describe(r))); // one line
    QVERIFY2(r.out.trimmed().isEmpty(), qPrintable(describe(r)));       // no JSON on failure
    if (!mentions.isEmpty())
        QVERIFY2(err.contains(mentions), qPrintable(describe(r)));

    // No partial output: the folder holds the same files as before, and the workspace is unchanged.
    const QStringList dirAfter = QDir(dir.path()).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot, QDir::Name);
    QCOMPARE(dirAfter.join(QStringLiteral(", ")), dirBefore.join(QStringLiteral(", ")));
    QFile f(csv);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), csvBytes);
    if (workspaceExists) {
        QString error;
        auto w = Workspace::open(ws, &error);
        QVERIFY2(w, qPrintable(error));
        QCOMPARE(dumpState(*w), before);
    }
}

void TestCli::importJson()
{
    QTemporaryDir dir;
    const QString ws = dir.filePath(QStringLiteral("ws.segdb"));
    const QString csv = dir.filePath(QStringLiteral("leads.csv"));
    QVERIFY(copyFile(smallCsv(), csv));

    Run r = runCli({QStringLiteral("import"), ws, csv, QStringLiteral("--empty"), QStringLiteral("N/A")});
    QVERIFY2(r.exitCode == 0 && r.status == QProcess::NormalExit, qPrintable(describe(r)));
    json j = json::parse(r.out.toStdString(), nullptr, false);
    QVERIFY2(j.is_object(), qPrintable(describe(r)));
    for (const char* key : {"rows_read", "inserted", "updated", "skipped", "rejected", "rejects_file", "unchanged"})
        QVERIFY2(j.contains(key), key);
    QCOMPARE(j["rows_read"].get<qint64>(), 10);
    QCOMPARE(j["inserted"].get<qint64>(), 9);
    QCOMPARE(j["updated"].get<qint64>(), 0);
    QCOMPARE(j["skipped"].get<qint64>(), 0);
    QCOMPARE(j["unchanged"].get<qint64>(), 0);
    QCOMPARE(j["rejected"].get<qint64>(), 1);
    QVERIFY(j["rejects_file"].is_string());
    const QString rejects = QString::fromStdString(j["rejects_file"].get<std::string>());
    QCOMPARE(QFileInfo(rejects).absoluteFilePath(), QFileInfo(csv + QStringLiteral(".rejects.csv")).absoluteFilePath());
    {
        QFile rf(rejects);
        QVERIFY(rf.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = rf.readAll().split('\n');
        QVERIFY(lines.size() >= 2);
        QVERIFY2(lines[0].startsWith("line,reason,lead_id,company"), lines[0].constData());
        QVERIFY2(lines[1].startsWith("6,"), lines[1].constData());
        QVERIFY2(lines[1].endsWith(",L005,Stark Industries,900,United States"), lines[1].constData());
    }
    {
        QString error;
        auto w = Workspace::open(ws, &error);
        QVERIFY2(w, qPrintable(error));
        QCOMPARE(w->leadCount(), qint64(9));
        const QStringList types = {"lead_id text", "company text", "employees number", "country text",
                                   "demo_requested boolean", "signed_up date", "tech_stack list", "zip text"};
        QStringList got;
        for (const FieldDef& f : w->fields())
            got.append(f.name + QLatin1Char(' ') + fieldTypeName(f.type));
        QCOMPARE(got, types);
        QCOMPARE(rows(*w, "SELECT employees, zip, demo_requested, company FROM leads WHERE lead_id = 'L003'"),
                 (QList<QStringList>{{"<NULL>", "75001", "0/i", "Initech"}}));
        QCOMPARE(rows(*w, "SELECT zip, company FROM leads WHERE lead_id IN ('L001', 'L006') ORDER BY lead_id"),
                 (QList<QStringList>{{"02139", "Acme Corp"}, {"10001", "Wayne \"Tech\""}}));
        QCOMPARE(rows(*w, "SELECT company, country FROM leads WHERE lead_id = 'L008'"),
                 (QList<QStringList>{{QStringLiteral("Soci\u00e9t\u00e9 G\u00e9n\u00e9rale Tech"), "France"}}));
        QCOMPARE(w->imports().size(), 1);
    }

    // The same file again with a key: nothing changes.
    r = runCli({QStringLiteral("import"), ws, csv, QStringLiteral("--empty"), QStringLiteral("N/A"), QStringLiteral("--key"),
                QStringLiteral("lead_id"), QStringLiteral("--on-duplicate"), QStringLiteral("update")});
    QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
    j = json::parse(r.out.toStdString(), nullptr, false);
    QVERIFY2(j.is_object(), qPrintable(describe(r)));
    QCOMPARE(j["rows_read"].get<qint64>(), 10);
    QCOMPARE(j["inserted"].get<qint64>(), 0);
    QCOMPARE(j["updated"].get<qint64>(), 0);
    QCOMPARE(j["unchanged"].get<qint64>(), 9);
    QCOMPARE(j["rejected"].get<qint64>(), 1);

    // Changes with each policy.
    const QString upd = dir.filePath(QStringLiteral("update.csv"));
    {
        QFile f(upd);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("lead_id;company;employees\nL001;Acme Renamed;121\nL011;New Co;5\n");
    }
    r = runCli({QStringLiteral("import"), ws, upd, QStringLiteral("--key"), QStringLiteral("lead_id"),
                QStringLiteral("--on-duplicate"), QStringLiteral("skip")});
    QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
    j = json::parse(r.out.toStdString(), nullptr, false);
    QCOMPARE(j["inserted"].get<qint64>(), 1);
    QCOMPARE(j["skipped"].get<qint64>(), 1);
    QCOMPARE(j["updated"].get<qint64>(), 0);
    QVERIFY(j["rejects_file"].is_null() || j["rejects_file"].get<std::string>().empty());
    r = runCli({QStringLiteral("import"), ws, upd, QStringLiteral("--key"), QStringLiteral("lead_id"),
                QStringLiteral("--delimiter"), QStringLiteral(";")});
    QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
    j = json::parse(r.out.toStdString(), nullptr, false);
    QCOMPARE(j["inserted"].get<qint64>(), 0);
    QCOMPARE(j["updated"].get<qint64>(), 1);
    QCOMPARE(j["unchanged"].get<qint64>(), 1);
    QString error;
    auto w = Workspace::open(ws, &error);
    QVERIFY2(w, qPrintable(error));
    QCOMPARE(w->leadCount(), qint64(10));
    QCOMPARE(rows(*w, "SELECT company, employees FROM leads WHERE lead_id = 'L001'"),
             (QList<QStringList>{{"Acme Renamed", "121/r"}}));
    QCOMPARE(w->imports().size(), 4);
}

void TestCli::importMissingFileLeavesWorkspace()
{
    QTemporaryDir dir;
    const QString ws = dir.filePath(QStringLiteral("ws.segdb"));
    const QString csv = dir.filePath(QStringLiteral("leads.csv"));
    QVERIFY(copyFile(smallCsv(), csv));
    Run r = runCli({QStringLiteral("import"), ws, csv});
    QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
    QString before;
    {
        QString error;
        auto w = Workspace::open(ws, &error);
        QVERIFY2(w, qPrintable(error));
        before = dumpState(*w);
    }
    const QString missing = dir.filePath(QStringLiteral("does-not-exist.csv"));
    r = runCli({QStringLiteral("import"), ws, missing});
    QVERIFY2(r.finished && r.exitCode == 1, qPrintable(describe(r)));
    QVERIFY2(QString::fromUtf8(r.err).contains(missing), qPrintable(describe(r)));
    QCOMPARE(QString::fromUtf8(r.err).trimmed().count(QLatin1Char('\n')), 0);
    QVERIFY(r.out.isEmpty());
    QString error;
    auto w = Workspace::open(ws, &error);
    QVERIFY2(w, qPrintable(error));
    QVERIFY(w->integrityCheck());
    QCOMPARE(dumpState(*w), before);
    QCOMPARE(w->leadCount(), qint64(9));
    QCOMPARE(w->imports().size(), 1);
}

void TestCli::demo()
{
    QTemporaryDir dir;
    // Default lead count.
    const QString ws = dir.filePath(QStringLiteral("demo.segdb"));
    Run r = runCli({QStringLiteral("demo"), ws});
    QVERIFY2(r.exitCode == 0 && r.status == QProcess::NormalExit, qPrintable(describe(r)));
    QString error;
    {
        auto w = Workspace::open(ws, &error);
        QVERIFY2(w, qPrintable(error));
        QVERIFY(w->leadCount() > 0);
        QVERIFY(w->integrityCheck());
        const QStringList names = fieldNames(*w);
        QCOMPARE(names.size(), 19);
        for (const char* f : {"lead_id", "employees", "converted"})
            QVERIFY2(names.contains(QString::fromLatin1(f)), f);
        QVERIFY(w->field(QStringLiteral("employees"))->type == FieldType::Number);
        QVERIFY(w->field(QStringLiteral("converted"))->type == FieldType::Boolean);
        QCOMPARE(w->keyField(), QStringLiteral("lead_id"));
        // lead_id is a key: unique and never empty.
        QCOMPARE(rows(*w, "SELECT count(DISTINCT lead_id) = count(*), count(lead_id) = count(*) FROM leads"),
                 (QList<QStringList>{{"1/i", "1/i"}}));
        // Conversions happen, but not for everybody.
        const QList<QStringList> conv = rows(*w, "SELECT sum(converted), count(*) FROM leads");
        QVERIFY(conv.size() == 1);
        const qint64 converted = conv[0][0].section(QLatin1Char('/'), 0, 0).toLongLong();
        QVERIFY2(converted > 0 && converted < w->leadCount(), qPrintable(conv[0].join(QLatin1Char(' '))));

        // The B2B tiers template is stored.
        QVERIFY2(w->ruleSetNames().contains(QStringLiteral("B2B tiers")), qPrintable(w->ruleSetNames().join(QLatin1Char(','))));
        const json rules = json::parse(w->latestRuleSet(QStringLiteral("B2B tiers")).toStdString(), nullptr, false);
        QVERIFY(rules.is_object());
        QCOMPARE(rules.value("format", std::string()), std::string("segment-designer/rules"));
        QCOMPARE(rules.value("version", 0), 1);
        QVERIFY(rules.contains("segments"));
    }
    // An explicit count.
    const QString small = dir.filePath(QStringLiteral("small.segdb"));
    r = runCli({QStringLiteral("demo"), small, QStringLiteral("--leads"), QStringLiteral("250"), QStringLiteral("--seed"), QStringLiteral("3")});
    QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
    auto w = Workspace::open(small, &error);
    QVERIFY2(w, qPrintable(error));
    QCOMPARE(w->leadCount(), qint64(250));
    QCOMPARE(w->fields().size(), 19);
}

void TestCli::demoDeterministic()
{
    QTemporaryDir dir;
    QStringList states;
    for (const QString& name : {QStringLiteral("a.segdb"), QStringLiteral("b.segdb"), QStringLiteral("c.segdb")}) {
        const QString seed = name == QLatin1String("c.segdb") ? QStringLiteral("8") : QStringLiteral("7");
        const Run r = runCli({QStringLiteral("demo"), dir.filePath(name), QStringLiteral("--leads"), QStringLiteral("400"),
                              QStringLiteral("--seed"), seed});
        QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
        QString error;
        auto w = Workspace::open(dir.filePath(name), &error);
        QVERIFY2(w, qPrintable(error));
        QString s;
        for (const QStringList& row : rows(*w, "SELECT * FROM leads ORDER BY rowid"))
            s += row.join(QLatin1Char('|')) + QLatin1Char('\n');
        states.append(s);
    }
    QCOMPARE(states[0], states[1]);
    QVERIFY(states[0] != states[2]);
}

void TestCli::demoRefusesOtherFiles()
{
    QTemporaryDir dir;
    const QString ws = dir.filePath(QStringLiteral("mine.segdb"));
    const QString csv = dir.filePath(QStringLiteral("leads.csv"));
    QVERIFY(copyFile(smallCsv(), csv));
    QVERIFY(runCli({QStringLiteral("import"), ws, csv}).exitCode == 0);
    QFile f(ws);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray before = f.readAll();
    f.close();
    const Run r = runCli({QStringLiteral("demo"), ws, QStringLiteral("--leads"), QStringLiteral("50")});
    QVERIFY2(r.exitCode == 1, qPrintable(describe(r)));
    QVERIFY(!r.err.trimmed().contains('\n'));
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), before);
}

// ---------------------------------------------------------------------------------------------
// SIGKILL during a large import: the last committed state survives.

bool TestCli::prepareKillFixture()
{
    if (mKillDir)
        return mFixtureError.isEmpty();
    mKillDir = std::make_unique<QTemporaryDir>();
    auto fail = [&](const QString& msg) {
        mFixtureError = msg;
        return false;
    };
    QElapsedTimer timer;
    timer.start();
    mBigCsv = mKillDir->filePath(QStringLiteral("big.csv"));
    // SD_KILL_IMPORT_ROWS makes the file smaller where everything runs slower (sanitizer builds).
    mKillRows = qEnvironmentVariableIsSet("SD_KILL_IMPORT_ROWS") ? qEnvironmentVariableIntValue("SD_KILL_IMPORT_ROWS") : 650000;
    if (!writeLargeCsv(mBigCsv, mKillRows))
        return fail(QStringLiteral("cannot write %1").arg(mBigCsv));
    const qint64 genMs = timer.restart();

    // The known state: the small file imported with a key (9 leads; its L005 row is ragged).
    // The big file updates L001..L010 except L005, which it inserts.
    mBaseWorkspace = mKillDir->filePath(QStringLiteral("base.segdb"));
    const QString small = mKillDir->filePath(QStringLiteral("small.csv"));
    if (!copyFile(smallCsv(), small))
        return fail(QStringLiteral("cannot copy the small CSV"));
    Run r = runCli({QStringLiteral("import"), mBaseWorkspace, small, QStringLiteral("--key"), QStringLiteral("lead_id"),
                    QStringLiteral("--empty"), QStringLiteral("N/A")});
    if (r.exitCode != 0)
        return fail(describe(r));
    {
        QString error;
        auto w = Workspace::open(mBaseWorkspace, &error);
        if (!w)
            return fail(error);
        mBaseLeads = w->leadCount();
        mBaseFields = fieldNames(*w);
        mBaseState = dumpState(*w);
        w->exec("PRAGMA wal_checkpoint(TRUNCATE)");
    }
    if (QFileInfo::exists(mBaseWorkspace + QStringLiteral("-wal")) && QFileInfo(mBaseWorkspace + QStringLiteral("-wal")).size() > 0)
        return fail(QStringLiteral("base workspace still has a WAL after closing"));

    // How long a full import takes here, on a copy.
    const QString reference = mKillDir->filePath(QStringLiteral("reference.segdb"));
    if (!copyFile(mBaseWorkspace, reference))
        return fail(QStringLiteral("cannot copy the base workspace"));
    timer.restart();
    r = runCli({QStringLiteral("import"), reference, mBigCsv, QStringLiteral("--key"), QStringLiteral("lead_id"),
                QStringLiteral("--empty"), QStringLiteral("N/A")});
    mFullImportMs = timer.elapsed();
    if (r.exitCode != 0)
        return fail(describe(r));
    const json j = json::parse(r.out.toStdString(), nullptr, false);
    if (!j.is_object() || j.value("rejected", -1) != 1 || j.value("updated", -1) != 9 || j.value("inserted", -1) != mKillRows - 1 - 9)
        return fail(QStringLiteral("unexpected reference import result: %1").arg(QString::fromUtf8(r.out)));
    QFile::remove(reference);
    QFile::remove(mBigCsv + QStringLiteral(".rejects.csv"));
    qInfo("kill fixture: generated %lld ms, full import of %lld MB %lld ms", genMs,
          QFileInfo(mBigCsv).size() >> 20, mFullImportMs);
    return true;
}

void TestCli::killDuringImport_data()
{
    // When the kill comes: a share of a full import's time; or (-1) as soon as the workspace file
    // grows by more than 1 MB, i.e. while the transaction's pages are written to it (cache spill
    // or commit); or (-2) as soon as the rejects file appears (the big file has one ragged row),
    // i.e. around the commit, where a file written beside the workspace can get out of step with it.
    QTest::addColumn<double>("share");
    QTest::newRow("early (reading)") << 0.2;
    QTest::newRow("middle") << 0.5;
    QTest::newRow("late (writing)") << 0.8;
    QTest::newRow("while pages are written to the file") << -1.0;
    QTest::newRow("when the rejects file appears") << -2.0;
}

void TestCli::killDuringImport()
{
    QFETCH(double, share);
    QVERIFY2(prepareKillFixture(), qPrintable(mFixtureError));

    const QString ws = mKillDir->filePath(QStringLiteral("killed.segdb"));
    const QString rejects = mBigCsv + QStringLiteral(".rejects.csv");
    for (const QString& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral("-journal")})
        QFile::remove(ws + suffix);
    QFile::remove(rejects);
    QVERIFY(QFile::copy(mBaseWorkspace, ws));

    QProcess p;
    p.start(QStringLiteral(SD_CLI_PATH), {QStringLiteral("import"), ws, mBigCsv, QStringLiteral("--key"), QStringLiteral("lead_id"),
                                          QStringLiteral("--empty"), QStringLiteral("N/A")});
    QVERIFY(p.waitForStarted(10000));
    QElapsedTimer timer;
    timer.start();
    const qint64 baseSize = QFileInfo(ws).size();
    const qint64 killAt = share >= 0 ? qint64(std::llround(double(mFullImportMs) * share)) : 3 * mFullImportMs;
    while (timer.elapsed() < killAt && p.state() == QProcess::Running) {
        if (share == -1.0 && QFileInfo(ws).size() > baseSize + (1 << 20))
            break;
        if (share == -2.0 && QFileInfo::exists(rejects))
            break;
        if (share < 0)
            p.waitForFinished(1);
        else
            p.waitForFinished(int(std::max<qint64>(1, std::min<qint64>(50, killAt - timer.elapsed()))));
    }
    if (p.state() != QProcess::Running) {
        QSKIP(qPrintable(QStringLiteral("the import finished after %1 ms, before the kill point (%2 ms) came (exit %3)")
                             .arg(timer.elapsed()).arg(killAt).arg(p.exitCode())));
    }
    const qint64 walSize = QFileInfo(ws + QStringLiteral("-wal")).size();
    const qint64 journalSize = QFileInfo(ws + QStringLiteral("-journal")).size();
    const qint64 dbSize = QFileInfo(ws).size();
    p.kill(); // SIGKILL
    QVERIFY(p.waitForFinished(10000));
    QCOMPARE(p.exitStatus(), QProcess::CrashExit);
    qInfo("killed at %lld ms: db %lld KB, -wal %lld KB, -journal %lld KB, rejects file %s", timer.elapsed(), dbSize >> 10,
          walSize >> 10, journalSize >> 10, QFileInfo::exists(rejects) ? "present" : "absent");

    QString error;
    auto w = Workspace::open(ws, &error);
    QVERIFY2(w, qPrintable(error));
    QString detail;
    QVERIFY2(w->integrityCheck(&detail), qPrintable(detail));
    const QList<ImportRecord> history = w->imports();
    if (history.size() == 2) {
        // The kill came after the commit: then the whole import is there, rejects file included.
        qInfo("the kill came after the import committed");
        QCOMPARE(w->leadCount(), mBaseLeads + mKillRows - 10); // 1 ragged row, 9 updates
        QCOMPARE(fieldNames(*w), mBaseFields + (QStringList{QStringLiteral("region"), QStringLiteral("notes")}));
        QCOMPARE(history[1].rejected, qint64(1));
        QVERIFY(QFileInfo::exists(rejects));
    } else {
        // Otherwise nothing of it: the last committed state, and no rejects file of an import
        // that never happened.
        QCOMPARE(history.size(), 1);
        QCOMPARE(w->leadCount(), mBaseLeads);
        QCOMPARE(fieldNames(*w), mBaseFields);
        QCOMPARE(history[0].inserted, mBaseLeads);
        QCOMPARE(dumpState(*w), mBaseState);
        QVERIFY2(!QFileInfo::exists(rejects),
                 "the import was rolled back, but its rejects file was left beside the CSV");
    }
    w.reset();

    // The recovered workspace takes the next import normally.
    const QString small = mKillDir->filePath(QStringLiteral("small.csv"));
    const Run r = runCli({QStringLiteral("import"), ws, small, QStringLiteral("--key"), QStringLiteral("lead_id"),
                          QStringLiteral("--empty"), QStringLiteral("N/A")});
    QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
    const json j = json::parse(r.out.toStdString(), nullptr, false);
    QCOMPARE(j.value("inserted", -1), 0);
    QCOMPARE(j.value("rejected", -1), 1);
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
