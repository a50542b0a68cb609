// Crash safety (DESIGN.md "Workspace": a crash or kill at any moment leaves the last committed state
// intact and openable; "Command-line contract": no partial output files on failure):
// - SIGKILL during a rule-set save (driven through sd-crash-helper, since saving has no CLI
//   command) and during `tag` to CSV, XLSX and JSONL, at several points;
// - a full disk, as a file-size limit (RLIMIT_FSIZE) and as a small tmpfs, during import, tag and
//   rule-set save: a clear error and an undamaged workspace;
// - a read-only workspace (file permissions, folder permissions, a read-only mount) opens
//   read-only with a reason, refuses writes with it, and still evaluates.
#include "crashcontent.h"
#include "workspace.h"

#include <QtTest>

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QProcess>
#include <QTemporaryDir>

#include <sqlite3.h>

#include <csignal>
#include <fcntl.h>
#include <memory>
#include <sys/mount.h>
#include <sys/resource.h>
#include <unistd.h>

using namespace sd;

namespace {

constexpr int kRuleKb = 512; // one rule-set version: big enough that a save takes a while

QString rulesPath() { return QStringLiteral(SD_TEST_DATA_DIR "/rules/b2b-tiers.rules.json"); }
const QString kAsOf = QStringLiteral("2026-06-30");

struct Run
{
    int exitCode = -1;
    QProcess::ExitStatus status = QProcess::CrashExit;
    QByteArray out, err;
};

// Runs a program to the end; with fileSizeLimit > 0 the child may not write files beyond that many
// bytes (as `ulimit -f` does), and ignores SIGXFSZ so that the write fails with EFBIG instead.
Run run(const QString& program, const QStringList& args, qint64 fileSizeLimit = 0, int timeoutMs = 180000)
{
    QProcess p;
    if (fileSizeLimit > 0) {
        p.setChildProcessModifier([fileSizeLimit] {
            const rlimit limit{rlim_t(fileSizeLimit), rlim_t(fileSizeLimit)};
            setrlimit(RLIMIT_FSIZE, &limit);
            std::signal(SIGXFSZ, SIG_IGN);
        });
    }
    p.start(program, args);
    Run r;
    if (!p.waitForStarted(10000))
        return r;
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished();
    }
    r.exitCode = p.exitCode();
    r.status = p.exitStatus();
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

Run cli(const QStringList& args, qint64 fileSizeLimit = 0) { return run(QStringLiteral(SD_CLI_PATH), args, fileSizeLimit); }
Run helper(const QStringList& args, qint64 fileSizeLimit = 0) { return run(QStringLiteral(SD_CRASH_HELPER_PATH), args, fileSizeLimit); }

QString describe(const Run& r)
{
    return QStringLiteral("exit %1 (%2), stdout: %3, stderr: %4")
        .arg(r.exitCode)
        .arg(r.status == QProcess::NormalExit ? QStringLiteral("normal") : QStringLiteral("crash"))
        .arg(QString::fromUtf8(r.out.left(1000)), QString::fromUtf8(r.err.left(1000)));
}

QByteArray readAll(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// Whether the file system of FOLDER has unnamed files (O_TMPFILE), which exports are written to.
bool hasUnnamedFiles(const QString& folder)
{
    const int fd = ::open(QFile::encodeName(folder).constData(), O_TMPFILE | O_RDWR | O_CLOEXEC, 0600);
    if (fd < 0)
        return false;
    ::close(fd);
    return true;
}

bool writeAll(const QString& path, const QByteArray& bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(bytes) == bytes.size();
}

// Every table of the workspace as text, hashed: equal states give equal hashes.
QByteArray stateHash(const Workspace& ws)
{
    QCryptographicHash h(QCryptographicHash::Sha256);
    const char* const queries[] = {"SELECT * FROM fields ORDER BY id", "SELECT * FROM leads ORDER BY rowid",
                                   "SELECT * FROM imports ORDER BY id", "SELECT * FROM settings ORDER BY key",
                                   "SELECT * FROM rule_sets ORDER BY id", "SELECT * FROM rule_set_versions ORDER BY id",
                                   "SELECT * FROM tags ORDER BY version_id, lead_rowid"};
    for (const char* sql : queries) {
        sqlite3_stmt* st = nullptr;
        if (sqlite3_prepare_v2(ws.handle(), sql, -1, &st, nullptr) != SQLITE_OK) {
            h.addData(QByteArrayView("<error>"));
            continue;
        }
        while (sqlite3_step(st) == SQLITE_ROW) {
            for (int i = 0; i < sqlite3_column_count(st); ++i) {
                h.addData(QByteArray::number(sqlite3_column_type(st, i)));
                h.addData(QByteArrayView(reinterpret_cast<const char*>(sqlite3_column_blob(st, i)), sqlite3_column_bytes(st, i)));
                h.addData(QByteArrayView("|"));
            }
        }
        sqlite3_finalize(st);
    }
    return h.result().toHex();
}

// The ids of all rule-set versions, oldest first.
QList<qint64> versionIds(const Workspace& ws)
{
    QList<qint64> ids;
    sqlite3_stmt* st = nullptr;
    sqlite3_prepare_v2(ws.handle(), "SELECT id FROM rule_set_versions ORDER BY id", -1, &st, nullptr);
    while (sqlite3_step(st) == SQLITE_ROW)
        ids.append(sqlite3_column_int64(st, 0));
    sqlite3_finalize(st);
    return ids;
}

// The tags of one version as text, a line per row, and how many rows there are.
QByteArray tagsOf(const Workspace& ws, qint64 versionId, int* rows)
{
    QByteArray text;
    *rows = 0;
    sqlite3_stmt* st = nullptr;
    sqlite3_prepare_v2(ws.handle(), "SELECT lead_rowid, segment_id, holdout FROM tags WHERE version_id = ?"
                                    " ORDER BY lead_rowid, segment_id", -1, &st, nullptr);
    sqlite3_bind_int64(st, 1, versionId);
    while (sqlite3_step(st) == SQLITE_ROW) {
        text += QByteArray::number(sqlite3_column_int64(st, 0)) + ',';
        text += QByteArray(reinterpret_cast<const char*>(sqlite3_column_text(st, 1))) + ',';
        text += (sqlite3_column_type(st, 2) == SQLITE_NULL ? QByteArray("-") : QByteArray::number(sqlite3_column_int(st, 2))) + '\n';
        ++*rows;
    }
    sqlite3_finalize(st);
    return text;
}

QStringList ruleSetVersions(const Workspace& ws)
{
    QStringList out;
    sqlite3_stmt* st = nullptr;
    sqlite3_prepare_v2(ws.handle(), "SELECT v.comment, v.content FROM rule_set_versions v JOIN rule_sets s ON s.id = v.rule_set_id"
                                    " WHERE s.name = 'Tiers' ORDER BY v.id", -1, &st, nullptr);
    int n = 1;
    while (sqlite3_step(st) == SQLITE_ROW) {
        const QString comment = QString::fromUtf8(reinterpret_cast<const char*>(sqlite3_column_text(st, 0)));
        const QByteArray content(reinterpret_cast<const char*>(sqlite3_column_blob(st, 1)), sqlite3_column_bytes(st, 1));
        // Each version must be whole: the comment and the content of the same save.
        out.append(content == crashtest::ruleSetContent(n, kRuleKb) && comment == QStringLiteral("version %1").arg(n)
                       ? comment : QStringLiteral("torn version %1 (%2 bytes)").arg(n).arg(content.size()));
        ++n;
    }
    sqlite3_finalize(st);
    return out;
}

QStringList expectedVersions(int n)
{
    QStringList out;
    for (int i = 1; i <= n; ++i)
        out.append(QStringLiteral("version %1").arg(i));
    return out;
}

void removeWorkspace(const QString& path)
{
    for (const char* suffix : {"", "-wal", "-shm", "-journal"})
        QFile::remove(path + QLatin1String(suffix));
}

// Waits until `done` holds, the process ends, or `ms` pass; returns whether it is still running.
bool runningUntil(QProcess& p, const std::function<bool()>& done, qint64 ms)
{
    QElapsedTimer t;
    t.start();
    while (p.state() == QProcess::Running && t.elapsed() < ms && !done())
        p.waitForReadyRead(1);
    return p.state() == QProcess::Running;
}

// A mounted file system for one test, unmounted (lazily, if busy) when it goes out of scope.
struct Mount
{
    QString point;
    bool ok = false;
    Mount(const QString& where, const char* source, const char* type, unsigned long flags, const char* options)
        : point(where)
    {
        QDir().mkpath(where);
        ok = ::mount(source, QFile::encodeName(where).constData(), type, flags, options) == 0;
    }
    ~Mount()
    {
        if (ok)
            ::umount2(QFile::encodeName(point).constData(), MNT_DETACH);
    }
};

} // namespace

class TestCrashSafety : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void killDuringRuleSetSave_data();
    void killDuringRuleSetSave();
    void killDuringTag_data();
    void killDuringTag();
    void killDuringTagWriteBack_data();
    void killDuringTagWriteBack();
    void fullDisk_data();
    void fullDisk();
    void fullTmpfs();
    void readOnlyWorkspace_data();
    void readOnlyWorkspace();

private:
    QTemporaryDir mDir;
    QString mDemo;        // a demo workspace, checkpointed, never written after initTestCase
    QByteArray mDemoState;
    QString mReference;   // `tag` of the demo workspace to CSV, whole
    QString mReferenceJsonl;
    qint64 mTagMs = 0;
};

void TestCrashSafety::initTestCase()
{
    QVERIFY(mDir.isValid());
    // Big enough that `tag` runs for a while; SD_CRASH_LEADS makes it smaller under sanitizers.
    const QByteArray leads = qgetenv("SD_CRASH_LEADS").isEmpty() ? QByteArray("50000") : qgetenv("SD_CRASH_LEADS");
    mDemo = mDir.filePath(QStringLiteral("demo.segdb"));
    Run r = cli({QStringLiteral("demo"), mDemo, QStringLiteral("--leads"), QString::fromLatin1(leads)});
    QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
    {
        QString error;
        auto ws = Workspace::open(mDemo, &error);
        QVERIFY2(ws, qPrintable(error));
        mDemoState = stateHash(*ws);
        QVERIFY(ws->exec("PRAGMA wal_checkpoint(TRUNCATE)"));
    }
    mReference = mDir.filePath(QStringLiteral("reference.csv"));
    QElapsedTimer t;
    t.start();
    r = cli({QStringLiteral("tag"), rulesPath(), mDemo, QStringLiteral("-o"), mReference, QStringLiteral("--as-of"), kAsOf});
    mTagMs = t.elapsed();
    QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
    mReferenceJsonl = mDir.filePath(QStringLiteral("reference.jsonl"));
    r = cli({QStringLiteral("tag"), rulesPath(), mDemo, QStringLiteral("-o"), mReferenceJsonl, QStringLiteral("--as-of"), kAsOf});
    QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
    qInfo("demo workspace of %s leads; tag to CSV takes %lld ms", leads.constData(), mTagMs);
}

// ---------------------------------------------------------------------------------------------
// SIGKILL during rule-set saves: every version that was reported saved is there and whole, at most
// one more (committed just before the kill) follows it, and none is torn.

void TestCrashSafety::killDuringRuleSetSave_data()
{
    QTest::addColumn<int>("afterSaves"); // kill right after this many reported saves (-1: use the time)
    QTest::addColumn<int>("afterMs");
    QTest::newRow("during the first save") << -1 << 0;
    QTest::newRow("after 1 save") << 1 << 0;
    QTest::newRow("after 4 saves") << 4 << 0;
    QTest::newRow("at 30 ms") << -1 << 30;
    QTest::newRow("at 120 ms") << -1 << 120;
    QTest::newRow("when the log passes 1 MB") << -2 << 0;
}

void TestCrashSafety::killDuringRuleSetSave()
{
    QFETCH(int, afterSaves);
    QFETCH(int, afterMs);
    const QString ws = mDir.filePath(QStringLiteral("rules.segdb"));
    removeWorkspace(ws);
    // The previous state: three versions, saved and closed.
    Run r = helper({QStringLiteral("save-rules"), ws, QStringLiteral("1"), QStringLiteral("3"), QString::number(kRuleKb)});
    QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
    QByteArray before;
    {
        QString error;
        auto w = Workspace::open(ws, &error);
        QVERIFY2(w, qPrintable(error));
        QCOMPARE(ruleSetVersions(*w), expectedVersions(3));
        before = stateHash(*w);
    }

    QProcess p;
    p.start(QStringLiteral(SD_CRASH_HELPER_PATH), {QStringLiteral("save-rules"), ws, QStringLiteral("4"), QStringLiteral("400"),
                                                    QString::number(kRuleKb)});
    QVERIFY(p.waitForStarted(10000));
    QByteArray out;
    auto savedCount = [&] {
        out += p.readAllStandardOutput();
        return int(out.count('\n'));
    };
    bool running = true;
    if (afterSaves >= 0)
        running = runningUntil(p, [&] { return savedCount() >= afterSaves; }, 60000);
    else if (afterSaves == -1)
        running = runningUntil(p, [] { return false; }, afterMs);
    else
        running = runningUntil(p, [&] { return QFileInfo(ws + QStringLiteral("-wal")).size() > (1 << 20); }, 60000);
    if (!running)
        QSKIP("the saves finished before the kill point");
    p.kill();
    QVERIFY(p.waitForFinished(10000));
    const int reported = savedCount();

    QString error;
    auto w = Workspace::open(ws, &error);
    QVERIFY2(w, qPrintable(error));
    QString detail;
    QVERIFY2(w->integrityCheck(&detail), qPrintable(detail));
    const QStringList versions = ruleSetVersions(*w);
    qInfo("killed after %d reported saves; %lld versions in the workspace", reported, qint64(versions.size()));
    QVERIFY2(versions.size() == 3 + reported || versions.size() == 3 + reported + 1,
             qPrintable(QStringLiteral("%1 versions after %2 reported saves").arg(versions.size()).arg(reported)));
    QCOMPARE(versions, expectedVersions(int(versions.size())));
    if (versions.size() == 3)
        QCOMPARE(stateHash(*w), before);
    QCOMPARE(w->latestRuleSet(QStringLiteral("Tiers")), crashtest::ruleSetContent(int(versions.size()), kRuleKb));
    // The workspace takes the next save normally.
    QVERIFY2(w->saveRuleSetVersion(QStringLiteral("Tiers"), crashtest::ruleSetContent(int(versions.size()) + 1, kRuleKb),
                                   QStringLiteral("crash-test"), QStringLiteral("version %1").arg(versions.size() + 1), &error) > 0,
             qPrintable(error));
    QCOMPARE(ruleSetVersions(*w), expectedVersions(int(versions.size()) + 1));
}

// ---------------------------------------------------------------------------------------------
// SIGKILL during `tag`: the output is the previous file or the whole new one, never a part, and the
// workspace that was read is unchanged.

void TestCrashSafety::killDuringTag_data()
{
    QTest::addColumn<QString>("suffix");
    QTest::addColumn<double>("share"); // of a whole tag run's time
    QTest::newRow("csv early") << QStringLiteral("csv") << 0.2;
    QTest::newRow("csv middle") << QStringLiteral("csv") << 0.6;
    QTest::newRow("csv late") << QStringLiteral("csv") << 0.95;
    QTest::newRow("jsonl middle") << QStringLiteral("jsonl") << 0.7;
    QTest::newRow("xlsx middle") << QStringLiteral("xlsx") << 0.6;
    QTest::newRow("xlsx late") << QStringLiteral("xlsx") << 1.2;
}

void TestCrashSafety::killDuringTag()
{
    QFETCH(QString, suffix);
    QFETCH(double, share);
    QTemporaryDir outDir(mDir.filePath(QStringLiteral("tag-XXXXXX")));
    const QString out = outDir.filePath(QStringLiteral("leads.") + suffix);
    const QByteArray previous = "previous export, kept until a new one is whole\n";
    QVERIFY(writeAll(out, previous));

    QProcess p;
    p.start(QStringLiteral(SD_CLI_PATH), {QStringLiteral("tag"), rulesPath(), mDemo, QStringLiteral("-o"), out,
                                          QStringLiteral("--as-of"), kAsOf});
    QVERIFY(p.waitForStarted(10000));
    if (!runningUntil(p, [] { return false; }, qint64(double(mTagMs) * share)))
        QSKIP(qPrintable(QStringLiteral("tag finished (exit %1) before the kill point").arg(p.exitCode())));
    p.kill();
    QVERIFY(p.waitForFinished(10000));

    const QByteArray now = readAll(out);
    if (now == previous) {
        qInfo("killed before the new file was renamed into place");
    } else if (suffix == QLatin1String("csv")) {
        QCOMPARE(now.size(), readAll(mReference).size());
        QVERIFY(now == readAll(mReference));
    } else if (suffix == QLatin1String("jsonl")) {
        QVERIFY(now == readAll(mReferenceJsonl));
    } else {
        // A whole XLSX is a whole zip: it ends with the end-of-central-directory record.
        QVERIFY(now.startsWith("PK\x03\x04"));
        QVERIFY(now.right(22).startsWith("PK\x05\x06"));
    }
    // Where the file system has unnamed files, the half-written export was one: a kill leaves
    // nothing in the folder but the export. Elsewhere a temporary file may stay, never under the
    // output's own name.
    const QStringList left = QDir(outDir.path()).entryList(QDir::Files | QDir::Hidden | QDir::System);
    if (hasUnnamedFiles(outDir.path()))
        QCOMPARE(left, QStringList{QStringLiteral("leads.") + suffix});
    QString error;
    auto w = Workspace::open(mDemo, &error, Workspace::Mode::ReadOnly);
    QVERIFY2(w, qPrintable(error));
    QVERIFY(w->integrityCheck());
    QCOMPARE(stateHash(*w), mDemoState);
}

// ---------------------------------------------------------------------------------------------
// SIGKILL during `tag --save-tags`: the tags of the version tagged before are untouched, and the
// version being tagged is either absent or stored with all its tags (one transaction).

void TestCrashSafety::killDuringTagWriteBack_data()
{
    // The tags go into the workspace's write-ahead log after the CSV is in place (SQLite spills
    // pages of the open transaction there once its cache is full, then the rest at commit); the
    // kill comes once the log has grown by this much (-1: halfway through the whole run instead),
    // so it lands inside the tag transaction or during its commit however fast the machine is.
    QTest::addColumn<int>("walKb");
    QTest::newRow("halfway") << -1;
    QTest::newRow("log 16 KB") << 16;
    QTest::newRow("log 256 KB") << 256;
    QTest::newRow("log 1 MB") << 1024;
}

void TestCrashSafety::killDuringTagWriteBack()
{
    QFETCH(int, walKb);
    QTemporaryDir dir(mDir.filePath(QStringLiteral("writeback-XXXXXX")));
    // A second version of the rules: the same rule set with another threshold.
    QByteArray changed = readAll(rulesPath());
    QVERIFY(changed.contains("\"value\": 1000"));
    changed.replace("\"value\": 1000", "\"value\": 999");
    const QString rulesB = dir.filePath(QStringLiteral("b.rules.json"));
    QVERIFY(writeAll(rulesB, changed));
    const QString killedCsv = dir.filePath(QStringLiteral("killed.csv"));
    auto tagArgs = [&](const QString& rules, const QString& ws, const QString& csv = {}) {
        return QStringList{QStringLiteral("tag"), rules, ws, QStringLiteral("-o"), csv.isEmpty() ? dir.filePath(QStringLiteral("out.csv")) : csv,
                           QStringLiteral("--as-of"), kAsOf, QStringLiteral("--save-tags")};
    };

    // The reference: both versions tagged whole, on a copy; its time sets the kill point.
    const QString reference = dir.filePath(QStringLiteral("reference.segdb"));
    QVERIFY(QFile::copy(mDemo, reference));
    Run r = cli(tagArgs(rulesPath(), reference));
    QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
    QElapsedTimer t;
    t.start();
    r = cli(tagArgs(rulesB, reference));
    const qint64 runMs = t.elapsed();
    QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
    QByteArray expectedB;
    int rowsB = 0;
    {
        QString error;
        auto w = Workspace::open(reference, &error, Workspace::Mode::ReadOnly);
        QVERIFY2(w, qPrintable(error));
        const QList<qint64> ids = versionIds(*w);
        QCOMPARE(ids.size(), 2);
        expectedB = tagsOf(*w, ids.last(), &rowsB);
        QVERIFY(rowsB > 0);
    }

    const QString ws = dir.filePath(QStringLiteral("ws.segdb"));
    QVERIFY(QFile::copy(mDemo, ws));
    r = cli(tagArgs(rulesPath(), ws));
    QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
    QByteArray tagsA;
    qint64 versionA = 0;
    {
        QString error;
        auto w = Workspace::open(ws, &error, Workspace::Mode::ReadOnly);
        QVERIFY2(w, qPrintable(error));
        versionA = versionIds(*w).value(0);
        int rows = 0;
        tagsA = tagsOf(*w, versionA, &rows);
        QVERIFY(rows > 0);
    }

    QProcess p;
    p.start(QStringLiteral(SD_CLI_PATH), tagArgs(rulesB, ws, killedCsv));
    QVERIFY(p.waitForStarted(10000));
    const QString wal = ws + QStringLiteral("-wal");
    const bool running = walKb < 0
        ? runningUntil(p, [] { return false; }, runMs / 2)
        : runningUntil(p, [&] { return QFileInfo::exists(killedCsv) && QFileInfo(wal).size() >= qint64(walKb) * 1024; },
                       10 * runMs + 10000);
    if (!running)
        QSKIP(qPrintable(QStringLiteral("tag finished (exit %1) before the kill point").arg(p.exitCode())));
    p.kill();
    QVERIFY(p.waitForFinished(10000));

    {
        QString error;
        auto w = Workspace::open(ws, &error);
        QVERIFY2(w, qPrintable(error));
        QVERIFY(w->integrityCheck());
        const QList<qint64> ids = versionIds(*w);
        QVERIFY(ids.size() == 1 || ids.size() == 2);
        int rows = 0;
        QCOMPARE(tagsOf(*w, versionA, &rows), tagsA);
        if (ids.size() == 2) {
            // The version and its tags commit together: a stored version has all of them.
            const QByteArray tagsB = tagsOf(*w, ids.last(), &rows);
            QVERIFY2(rows == rowsB, qPrintable(QStringLiteral("%1 of %2 tags").arg(rows).arg(rowsB)));
            QVERIFY(tagsB == expectedB);
            qInfo("killed after the save committed");
        } else {
            qInfo("killed before version 2 was stored");
        }
    }
    // The workspace takes the same write again, whole.
    r = cli(tagArgs(rulesB, ws));
    QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
    QString error;
    auto w = Workspace::open(ws, &error, Workspace::Mode::ReadOnly);
    QVERIFY2(w, qPrintable(error));
    int rows = 0;
    QCOMPARE(tagsOf(*w, versionIds(*w).last(), &rows), expectedB);
    QCOMPARE(tagsOf(*w, versionA, &rows), tagsA);
}

// ---------------------------------------------------------------------------------------------
// A full disk, as a file-size limit on the process.

void TestCrashSafety::fullDisk_data()
{
    QTest::addColumn<QString>("operation");
    QTest::newRow("import") << QStringLiteral("import");
    QTest::newRow("tag csv") << QStringLiteral("tag-csv");
    QTest::newRow("tag xlsx") << QStringLiteral("tag-xlsx");
    QTest::newRow("rule-set save") << QStringLiteral("save-rules");
}

void TestCrashSafety::fullDisk()
{
    QFETCH(QString, operation);
    QTemporaryDir dir(mDir.filePath(QStringLiteral("full-XXXXXX")));
    const QString ws = dir.filePath(QStringLiteral("ws.segdb"));
    QVERIFY(QFile::copy(mDemo, ws));
    QFile(ws).setPermissions(QFile(ws).permissions() | QFileDevice::WriteOwner);
    QByteArray before;
    {
        QString error;
        auto w = Workspace::open(ws, &error);
        QVERIFY2(w, qPrintable(error));
        before = stateHash(*w);
    }
    const qint64 limit = QFileInfo(ws).size() + (256 << 10); // a quarter MB of room
    Run r;
    QString output;
    if (operation == QLatin1String("import")) {
        // Far more than the room left: every lead of the reference export again.
        r = cli({QStringLiteral("import"), ws, mReference, QStringLiteral("--key"), QStringLiteral("lead_id")}, limit);
    } else if (operation.startsWith(QLatin1String("tag"))) {
        output = dir.filePath(QStringLiteral("out.") + operation.mid(4));
        r = cli({QStringLiteral("tag"), rulesPath(), ws, QStringLiteral("-o"), output, QStringLiteral("--as-of"), kAsOf}, 256 << 10);
    } else {
        // Versions of 1 MB until the write-ahead log outgrows the limit (it starts empty).
        r = helper({QStringLiteral("save-rules"), ws, QStringLiteral("1"), QString::number(limit / (kRuleKb << 10) + 16),
                    QString::number(kRuleKb)}, limit);
    }
    qInfo("%s", qPrintable(describe(r)));
    QCOMPARE(r.status, QProcess::NormalExit);
    QCOMPARE(r.exitCode, 1);
    const QByteArray message = r.err.trimmed();
    if (operation != QLatin1String("save-rules"))
        QVERIFY2(!message.contains('\n'), message.constData()); // the CLI's contract: one line
    QVERIFY2(message.contains("disk") || message.contains("too large") || message.contains("I/O") || message.contains("full"),
             message.constData());
    if (!output.isEmpty())
        QVERIFY2(!QFileInfo::exists(output), "a failed export left a file under the output's name");
    QString error;
    auto w = Workspace::open(ws, &error);
    QVERIFY2(w, qPrintable(error));
    QString detail;
    QVERIFY2(w->integrityCheck(&detail), qPrintable(detail));
    if (operation == QLatin1String("save-rules")) {
        // Saves before the disk filled up are whole; the one that did not fit is not there at all.
        const QStringList versions = ruleSetVersions(*w);
        for (int i = 0; i < versions.size(); ++i)
            QCOMPARE(versions[i], QStringLiteral("version %1").arg(i + 1));
        QVERIFY(versions.size() <= limit / (kRuleKb << 10) + 1);
        QVERIFY2(message.contains("disk"), message.constData());
    } else {
        QCOMPARE(stateHash(*w), before);
    }
}

// A real full file system: a 2 MB tmpfs (needs the right to mount; skipped otherwise).
void TestCrashSafety::fullTmpfs()
{
    QTemporaryDir dir(mDir.filePath(QStringLiteral("tmpfs-XXXXXX")));
    Mount m(dir.filePath(QStringLiteral("mnt")), "tmpfs", "tmpfs", 0, "size=2m");
    if (!m.ok)
        QSKIP("mounting a tmpfs is not permitted here");
    const QString ws = m.point + QStringLiteral("/ws.segdb");
    const QString small = QStringLiteral(SD_TEST_DATA_DIR "/leads_small.csv");
    Run r = cli({QStringLiteral("import"), ws, small, QStringLiteral("--key"), QStringLiteral("lead_id")});
    QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
    QByteArray before;
    {
        QString error;
        auto w = Workspace::open(ws, &error);
        QVERIFY2(w, qPrintable(error));
        before = stateHash(*w);
    }
    // The reference export is several MB: it cannot fit.
    r = cli({QStringLiteral("import"), ws, mReference});
    qInfo("%s", qPrintable(describe(r)));
    QCOMPARE(r.status, QProcess::NormalExit);
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains("full"), r.err.constData());
    QVERIFY(!r.err.trimmed().contains('\n'));
    // A tag export onto the full disk fails whole too.
    const QString out = m.point + QStringLiteral("/out.csv");
    r = cli({QStringLiteral("tag"), rulesPath(), mDemo, QStringLiteral("-o"), out, QStringLiteral("--as-of"), kAsOf});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains("No space left") || r.err.contains("full"), r.err.constData());
    QVERIFY(!QFileInfo::exists(out));
    QString error;
    auto w = Workspace::open(ws, &error);
    QVERIFY2(w, qPrintable(error));
    QVERIFY(w->integrityCheck());
    QCOMPARE(stateHash(*w), before);
}

// ---------------------------------------------------------------------------------------------
// Read-only workspaces.

void TestCrashSafety::readOnlyWorkspace_data()
{
    QTest::addColumn<QString>("how");
    QTest::addColumn<QString>("reason");
    QTest::newRow("file without write permission") << QStringLiteral("file") << QStringLiteral("You do not have permission to change");
    QTest::newRow("folder without write permission") << QStringLiteral("folder") << QStringLiteral("is read-only, so changes");
    QTest::newRow("read-only mount") << QStringLiteral("mount") << QStringLiteral("The disk holding");
    QTest::newRow("opened read-only") << QStringLiteral("mode") << QStringLiteral("opened read-only");
}

void TestCrashSafety::readOnlyWorkspace()
{
    QFETCH(QString, how);
    QFETCH(QString, reason);
    QTemporaryDir dir(mDir.filePath(QStringLiteral("ro-XXXXXX")));
    const QString folder = dir.filePath(QStringLiteral("data"));
    QVERIFY(QDir().mkpath(folder));
    QString ws = folder + QStringLiteral("/ws.segdb");
    const QString small = QStringLiteral(SD_TEST_DATA_DIR "/leads_small.csv");
    Run r = cli({QStringLiteral("import"), ws, small, QStringLiteral("--key"), QStringLiteral("lead_id")});
    QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
    QVERIFY(!QFileInfo::exists(ws + QStringLiteral("-wal")) || QFileInfo(ws + QStringLiteral("-wal")).size() == 0);
    QFile::remove(ws + QStringLiteral("-wal"));
    QFile::remove(ws + QStringLiteral("-shm"));
    const QByteArray bytes = readAll(ws);

    std::unique_ptr<Mount> mount;
    auto restore = qScopeGuard([&] {
        QFile(ws).setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        QFile(folder).setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    });
    Workspace::Mode mode = Workspace::Mode::ReadWrite;
    if (how == QLatin1String("file")) {
        QVERIFY(QFile(ws).setPermissions(QFileDevice::ReadOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther));
    } else if (how == QLatin1String("folder")) {
        QVERIFY(QFile(folder).setPermissions(QFileDevice::ReadOwner | QFileDevice::ExeOwner));
    } else if (how == QLatin1String("mount")) {
        const QString point = dir.filePath(QStringLiteral("ro"));
        mount = std::make_unique<Mount>(point, QFile::encodeName(folder).constData(), nullptr, MS_BIND, nullptr);
        if (!mount->ok)
            QSKIP("bind mounts are not permitted here");
        if (::mount(nullptr, QFile::encodeName(point).constData(), nullptr, MS_REMOUNT | MS_BIND | MS_RDONLY, nullptr) != 0)
            QSKIP("read-only remounts are not permitted here");
        ws = point + QStringLiteral("/ws.segdb");
    } else {
        mode = Workspace::Mode::ReadOnly;
    }

    {
        QString error;
        auto w = Workspace::open(ws, &error, mode);
        QVERIFY2(w, qPrintable(error));
        QVERIFY(w->isReadOnly());
        QVERIFY2(w->readOnlyReason().contains(reason), qPrintable(w->readOnlyReason()));
        QCOMPARE(w->leadCount(), qint64(9));
        QVERIFY(!w->fields().isEmpty());
        QVERIFY(w->integrityCheck());
        QVERIFY(!w->setSetting(QStringLiteral("x"), QStringLiteral("y"), &error));
        QVERIFY2(error.contains(w->readOnlyReason()), qPrintable(error));
        QCOMPARE(w->saveRuleSetVersion(QStringLiteral("Tiers"), "{}", QString(), QString(), &error), qint64(0));
        QVERIFY2(error.contains(QLatin1String("is read-only")), qPrintable(error));
        // The way on: a copy in a writable folder, which opens writable with the same leads.
        const QString copy = dir.filePath(QStringLiteral("copy.segdb"));
        QVERIFY2(w->saveCopy(copy, &error), qPrintable(error));
        auto c = Workspace::open(copy, &error);
        QVERIFY2(c, qPrintable(error));
        QVERIFY2(!c->isReadOnly(), qPrintable(c->readOnlyReason()));
        QCOMPARE(c->leadCount(), qint64(9));
        QCOMPARE(c->fields().size(), w->fields().size());
        QVERIFY(c->saveRuleSetVersion(QStringLiteral("Tiers"), "{}", QString(), QString(), &error) > 0);
        QVERIFY(QFileInfo(copy).permissions() & QFileDevice::WriteOwner);
    }
    if (how != QLatin1String("mode")) {
        // The CLI: an import says why it cannot write; evaluating still works.
        r = cli({QStringLiteral("import"), ws, small});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("is read-only"), r.err.constData());
        QVERIFY(!r.err.trimmed().contains('\n'));
    }
    r = cli({QStringLiteral("evaluate"), QStringLiteral(SD_TEST_DATA_DIR "/rules/minimal.rules.json"), ws});
    QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
    mount.reset();
    restore.dismiss();
    QFile(ws).setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    QFile(folder).setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    QCOMPARE(readAll(folder + QStringLiteral("/ws.segdb")), bytes);
}

QTEST_GUILESS_MAIN(TestCrashSafety)
#include "tst_crashsafety.moc"
