// Hostile input (docs/reliability.md, "Hostile inputs" and "Limits"): each row of the table there
// is a row here, with the exact message the user sees. Big inputs are generated into a temporary
// folder, never kept in the repository.
#include "columntable.h"
#include "csvimport.h"
#include "csvreader.h"
#include "evaluator.h"
#include "rulefile.h"
#include "tagwriter.h"
#include "workspace.h"

#include <QtTest>

#include <QCryptographicHash>
#include <QTemporaryDir>

#include <sqlite3.h>

#include <ctime>
#include <memory>

using namespace sd;

namespace {

struct Scratch
{
    QTemporaryDir dir;
    std::unique_ptr<Workspace> ws;
    QString error;
    Scratch() { ws = Workspace::open(dir.filePath(QStringLiteral("ws.segdb")), &error); }
    QString write(const QString& name, const QByteArray& bytes)
    {
        QFile f(dir.filePath(name));
        if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
            return {};
        return f.fileName();
    }
    ImportResult import(const QString& csv, const QString& key = {})
    {
        ImportConfig c;
        c.csvPath = csv;
        c.keyColumn = key;
        return importCsv(*ws, c);
    }
};

QByteArray fileHash(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256) : QByteArray();
}

QStringList fieldNames(const Workspace& ws)
{
    QStringList out;
    for (const FieldDef& f : ws.fields())
        out.append(f.name);
    return out;
}

QString cells(const Workspace& ws)
{
    QStringList rows;
    for (const auto& row : ws.readLeads(0, 100)) {
        QStringList r;
        for (const QVariant& v : row)
            r.append(v.isNull() ? QStringLiteral("<empty>") : v.toString());
        rows.append(r.join(QLatin1Char('|')));
    }
    return rows.join(QLatin1Char('\n'));
}

// A file written in pieces, so that 100 MB never sits in memory twice.
bool writeRepeated(const QString& path, const QByteArray& head, const QByteArray& piece, qint64 count, const QByteArray& tail)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(head) != head.size())
        return false;
    QByteArray block;
    const qint64 perBlock = std::max<qint64>(1, (1 << 20) / std::max<qsizetype>(1, piece.size()));
    for (qint64 i = 0; i < perBlock; ++i)
        block += piece;
    for (qint64 done = 0; done < count; done += perBlock) {
        const QByteArray b = count - done >= perBlock ? block : piece.repeated(qsizetype(count - done));
        if (f.write(b) != b.size())
            return false;
    }
    return f.write(tail) == tail.size();
}

} // namespace

class TestHostile : public QObject
{
    Q_OBJECT

private slots:
    void csvErrors_data();
    void csvErrors();
    void manyEmptyLines();
    void mixedLineEndings();
    void utf16WithoutBom();
    void invalidUtf8IsReadAsWindows1252();
    void numbersInCsv();
    void injectionFieldNames();
    void fieldsLimit();
    void xlsxCellTooLong();
    void workspaceFiles_data();
    void workspaceFiles();
    void catastrophicRegex();
    void ruleFileNumbers_data();
    void ruleFileNumbers();
};

// ---------------------------------------------------------------------------------------------
// CSV files the import refuses, with the message and the workspace left as it was.

void TestHostile::csvErrors_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("message"); // %1 = the CSV's path
    QTest::newRow("10,000 columns") << QStringLiteral("wide")
        << QStringLiteral("%1: line 1: more than 1000 columns, the limit for one row");
    QTest::newRow("100 MB single field") << QStringLiteral("bigfield")
        << QStringLiteral("%1: line 2: a row is longer than 16 MB, the limit for one row (is a quote left open?)");
    QTest::newRow("100 MB quoted field with line breaks") << QStringLiteral("bigquoted")
        << QStringLiteral("%1: line 2: a field is longer than 1 MB, the limit for one cell (is a quote left open?)");
    QTest::newRow("a quote left open") << QStringLiteral("openquote")
        << QStringLiteral("%1: line 3: a quoted field is not closed before the end of the file");
    QTest::newRow("NUL bytes") << QStringLiteral("nul")
        << QStringLiteral("%1: line 3: the file contains a NUL byte; it is binary data or UTF-16 without a byte-order mark, not CSV text");
    QTest::newRow("invalid UTF-8 after 4 MB of valid text") << QStringLiteral("badutf8")
        << QStringLiteral("%1: line 50002: invalid UTF-8; the file may use another encoding (try --encoding windows-1252)");
    QTest::newRow("a 300-character column name") << QStringLiteral("longname")
        << QStringLiteral("%1: line 1, column 2: the column name is longer than 256 characters (is the first row a header?)");
    QTest::newRow("1,000,000 empty lines and nothing else") << QStringLiteral("blank")
        << QStringLiteral("%1: the file is empty (no header row)");
}

void TestHostile::csvErrors()
{
    QFETCH(QString, kind);
    QFETCH(QString, message);
    Scratch s;
    QVERIFY2(s.ws, qPrintable(s.error));
    QVERIFY(s.import(s.write(QStringLiteral("known.csv"), "name,score\nAnn,1\n")).ok);
    const QStringList fieldsBefore = fieldNames(*s.ws);
    const QString csv = s.dir.filePath(kind + QStringLiteral(".csv"));
    bool written = false;
    if (kind == QLatin1String("wide")) {
        QByteArray row;
        for (int i = 0; i < 10000; ++i)
            row += (i ? ",c" : "c") + QByteArray::number(i);
        written = writeRepeated(csv, row + "\n", row + "\n", 3, {});
    } else if (kind == QLatin1String("bigfield")) {
        written = writeRepeated(csv, "name,notes\nAnn,", "x", 100 << 20, "\n");
    } else if (kind == QLatin1String("bigquoted")) {
        written = writeRepeated(csv, "name,notes\nAnn,\"", "line of notes\n", (100 << 20) / 14, "\"\n");
    } else if (kind == QLatin1String("openquote")) {
        written = !s.write(kind + QStringLiteral(".csv"), "name,notes\nAnn,ok\nBob,\"never closed\nCid,x\n").isEmpty();
    } else if (kind == QLatin1String("nul")) {
        written = !s.write(kind + QStringLiteral(".csv"), QByteArray("name,notes\nAnn,ok\nBob,b\0d\n", 26)).isEmpty();
    } else if (kind == QLatin1String("badutf8")) {
        written = writeRepeated(csv, "name,notes\n", "Zoë,fine ünïcödé text for the sniffing window of four megabytes..\n", 50000,
                                "Ann,caf\xe9\n");
    } else if (kind == QLatin1String("longname")) {
        written = !s.write(kind + QStringLiteral(".csv"), "name," + QByteArray(300, 'n') + "\nAnn,1\n").isEmpty();
    } else if (kind == QLatin1String("blank")) {
        written = writeRepeated(csv, {}, "\n", 1000000, {});
    }
    QVERIFY(written);
    QElapsedTimer t;
    t.start();
    const ImportResult r = s.import(csv);
    qInfo("%s: %lld ms", qPrintable(kind), t.elapsed());
    QVERIFY(!r.ok);
    QCOMPARE(r.error, message.arg(csv));
    QCOMPARE(fieldNames(*s.ws), fieldsBefore);
    QCOMPARE(s.ws->leadCount(), qint64(1));
    QCOMPARE(s.ws->imports().size(), 1);
    QVERIFY(!QFileInfo::exists(csv + QStringLiteral(".rejects.csv")));
    // Evaluating the file directly (evaluate RULES FILE.csv) stops with the same reader error.
    if (kind != QLatin1String("longname") && kind != QLatin1String("blank")) {
        ColumnTable table;
        QString error;
        QVERIFY(!table.loadCsv(csv, {}, std::string(), &error));
        QVERIFY2(error.contains(message.arg(csv).section(QLatin1Char(':'), 1, 1)) || !error.isEmpty(), qPrintable(error));
    }
}

void TestHostile::manyEmptyLines()
{
    // 1,000,000 empty lines between the header and two rows: skipped, and line numbers stay right.
    Scratch s;
    QVERIFY2(s.ws, qPrintable(s.error));
    const QString csv = s.dir.filePath(QStringLiteral("blank.csv"));
    QVERIFY(writeRepeated(csv, "name,score\n", "\n", 1000000, "Ann,1\nBob,x,extra\n"));
    const ImportResult r = s.import(csv);
    QVERIFY2(r.ok, qPrintable(r.error));
    QCOMPARE(r.rowsRead, qint64(2));
    QCOMPARE(r.inserted, qint64(1));
    QCOMPARE(r.rejected, qint64(1));
    QFile rejects(r.rejectsFile);
    QVERIFY(rejects.open(QIODevice::ReadOnly));
    QCOMPARE(rejects.readAll(), QByteArray("line,reason,name,score\n1000003,\"expected 2 fields, found 3\",Bob,x,extra\n"));
}

void TestHostile::mixedLineEndings()
{
    Scratch s;
    QVERIFY2(s.ws, qPrintable(s.error));
    // LF, CRLF, CR and a CRLF inside a quoted field, in one file.
    const QByteArray bytes = "name,notes\r\nAnn,a\nBob,\"two\r\nlines\"\rCid,c\r\nDan\n";
    const ImportResult r = s.import(s.write(QStringLiteral("mixed.csv"), bytes));
    QVERIFY2(r.ok, qPrintable(r.error));
    QCOMPARE(r.inserted, qint64(3));
    QCOMPARE(cells(*s.ws), QStringLiteral("Ann|a\nBob|two\r\nlines\nCid|c"));
    QFile rejects(r.rejectsFile);
    QVERIFY(rejects.open(QIODevice::ReadOnly));
    QCOMPARE(rejects.readAll(), QByteArray("line,reason,name,notes\n6,\"expected 2 fields, found 1\",Dan\n"));
}

void TestHostile::utf16WithoutBom()
{
    Scratch s;
    QVERIFY2(s.ws, qPrintable(s.error));
    const QString text = QStringLiteral("name,city\nAnn,Zürich\nBob,Köln\n");
    QByteArray le;
    for (QChar c : text) {
        le += char(c.unicode() & 0xff);
        le += char(c.unicode() >> 8);
    }
    const ImportResult r = s.import(s.write(QStringLiteral("utf16.csv"), le));
    QVERIFY2(r.ok, qPrintable(r.error));
    QCOMPARE(r.format.encoding, QStringLiteral("UTF-16LE"));
    QCOMPARE(cells(*s.ws), QStringLiteral("Ann|Zürich\nBob|Köln"));
}

void TestHostile::invalidUtf8IsReadAsWindows1252()
{
    // Invalid UTF-8 near the start: the file is taken for a legacy encoding, not refused.
    Scratch s;
    QVERIFY2(s.ws, qPrintable(s.error));
    const ImportResult r = s.import(s.write(QStringLiteral("latin.csv"), "name,city\nAnn,Z\xfcrich\nBob,\x80uro\n"));
    QVERIFY2(r.ok, qPrintable(r.error));
    QCOMPARE(r.format.encoding, QStringLiteral("WINDOWS-1252"));
    QCOMPARE(cells(*s.ws), QStringLiteral("Ann|Zürich\nBob|€uro"));
}

void TestHostile::numbersInCsv()
{
    // 1e999 (out of range), NaN and inf are not numbers: the column stays text, cells kept as written.
    // -0 and 1e308 are numbers.
    Scratch s;
    QVERIFY2(s.ws, qPrintable(s.error));
    ImportResult r = s.import(s.write(QStringLiteral("n.csv"), "a,b\n1e999,-0\nNaN,1e308\ninf,2\n-0,-0.0\n"));
    QVERIFY2(r.ok, qPrintable(r.error));
    const QList<FieldDef> fields = s.ws->fields();
    QCOMPARE(fields.size(), 2);
    QCOMPARE(fieldTypeName(fields[0].type), QStringLiteral("text"));
    QCOMPARE(fieldTypeName(fields[1].type), QStringLiteral("number"));
    QCOMPARE(cells(*s.ws), QStringLiteral("1e999|0\nNaN|1e+308\ninf|2\n-0|0"));
    // A number field that later gets 1e999 rejects the row with the value.
    r = s.import(s.write(QStringLiteral("n2.csv"), "a,b\nx,1e999\n"));
    QVERIFY2(r.ok, qPrintable(r.error));
    QCOMPARE(r.rejected, qint64(1));
    QFile rejects(r.rejectsFile);
    QVERIFY(rejects.open(QIODevice::ReadOnly));
    QCOMPARE(rejects.readAll(), QByteArray("line,reason,a,b\n2,\"field \"\"b\"\": \"\"1e999\"\" is not a valid number\",x,1e999\n"));
}

void TestHostile::injectionFieldNames()
{
    // Column names that are SQL or spreadsheet formulas are only names: stored and read back as
    // written, never run; the lead table survives; a tagged CSV neutralises the formulas.
    Scratch s;
    QVERIFY2(s.ws, qPrintable(s.error));
    const QByteArray bytes = "id,\"x\"\"); DROP TABLE leads; --\",rowid,ROWID,\"=HYPERLINK(\"\"http://x\"\")\",'; SELECT 1; --,\"two\nlines\"\n"
                             "L1,a,b,c,=1+1,@SUM(A1),z\n";
    const ImportResult r = s.import(s.write(QStringLiteral("names.csv"), bytes));
    QVERIFY2(r.ok, qPrintable(r.error));
    QCOMPARE(fieldNames(*s.ws), (QStringList{QStringLiteral("id"), QStringLiteral("x\"); DROP TABLE leads; --"),
                                             QStringLiteral("rowid_2"), QStringLiteral("ROWID_3"),
                                             QStringLiteral("=HYPERLINK(\"http://x\")"), QStringLiteral("'; SELECT 1; --"),
                                             QStringLiteral("two\nlines")}));
    QCOMPARE(s.ws->leadCount(), qint64(1));
    QCOMPARE(cells(*s.ws), QStringLiteral("L1|a|b|c|=1+1|@SUM(A1)|z"));
    QVERIFY(s.ws->integrityCheck());
    // A second import maps the same names back onto those fields.
    const ImportResult again = s.import(s.write(QStringLiteral("names.csv"), bytes));
    QVERIFY2(again.ok, qPrintable(again.error));
    QVERIFY(again.newFields.isEmpty());

    ColumnTable table;
    QString error;
    QVERIFY2(table.loadWorkspace(*s.ws, &error), qPrintable(error));
    RuleFileResult rules = parseRuleFile(R"({"format": "segment-designer/rules", "version": 1, "name": "t", "fields": {},
        "segments": {"children": [{"id": "all", "name": "=cmd|' /C calc'!A0"}]}})");
    QVERIFY(rules.ok);
    Evaluator ev(table);
    std::vector<SegmentMembers> segs;
    QVERIFY2(ev.evaluate(rules.rules, &segs, &error), qPrintable(error));
    TagRequest req;
    req.outputPath = s.dir.filePath(QStringLiteral("tagged.csv"));
    const TagResult t = writeTags(table, rules.rules, segs, ev, req);
    QVERIFY2(t.ok, qPrintable(t.error));
    QFile out(req.outputPath);
    QVERIFY(out.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = out.readAll().split('\n');
    QCOMPARE(lines.value(0), QByteArray("id,\"x\"\"); DROP TABLE leads; --\",rowid_2,ROWID_3,\"'=HYPERLINK(\"\"http://x\"\")\",'; SELECT 1; --,\"two"));
    QVERIFY2(lines.value(2).startsWith("L1,a,b,c,'=1+1,'@SUM(A1),z,all,'=cmd|' /C calc'!A0"), lines.value(2).constData());
}

void TestHostile::fieldsLimit()
{
    // The limit itself imports; one field more is refused before anything is written.
    Scratch s;
    QVERIFY2(s.ws, qPrintable(s.error));
    QVERIFY(s.import(s.write(QStringLiteral("one.csv"), "first\n1\n")).ok);
    QByteArray header, row;
    for (int i = 1; i < ImportLimits::maxFields; ++i) {
        header += (i > 1 ? ",f" : "f") + QByteArray::number(i);
        row += (i > 1 ? ",1" : "1");
    }
    ImportResult r = s.import(s.write(QStringLiteral("wide.csv"), header + "\n" + row + "\n"));
    QVERIFY2(r.ok, qPrintable(r.error));
    QCOMPARE(s.ws->fields().size(), ImportLimits::maxFields);
    const QString more = s.write(QStringLiteral("more.csv"), "another\n1\n");
    r = s.import(more);
    QVERIFY(!r.ok);
    QCOMPARE(r.error, QStringLiteral("%1: the import would give the workspace 1001 fields; a workspace holds at most 1000").arg(more));
    QCOMPARE(s.ws->fields().size(), ImportLimits::maxFields);
}

void TestHostile::xlsxCellTooLong()
{
    // A spreadsheet cell holds 32,767 characters: a longer one fails the export with its place,
    // instead of a blank cell, and no file is left under the output's name.
    QTemporaryDir dir;
    const ColumnTable table = ColumnTable::fromText({{"name", FieldType::Text}, {"notes", FieldType::Text}},
                                                    {{"Ann", "short"}, {"Bob", std::string(40000, 'n')}});
    const RuleFileResult rules = parseRuleFile(R"({"format": "segment-designer/rules", "version": 1, "name": "t",
        "fields": {}, "segments": {"children": []}})");
    QVERIFY(rules.ok);
    Evaluator ev(table);
    std::vector<SegmentMembers> segs;
    QString error;
    QVERIFY2(ev.evaluate(rules.rules, &segs, &error), qPrintable(error));
    TagRequest req;
    req.outputPath = dir.filePath(QStringLiteral("out.xlsx"));
    req.format = TagFormat::Xlsx;
    const TagResult t = writeTags(table, rules.rules, segs, ev, req);
    QVERIFY(!t.ok);
    QCOMPARE(t.error, QStringLiteral("%1: row 3, column \"notes\": a cell longer than 32,767 characters does not fit in an XLSX sheet"
                                     " (write .csv or .jsonl instead)").arg(req.outputPath));
    QVERIFY(!QFileInfo::exists(req.outputPath));
    QVERIFY(!QFileInfo::exists(req.outputPath + QStringLiteral(".part")));
    // The same table as CSV keeps the whole cell.
    req.outputPath = dir.filePath(QStringLiteral("out.csv"));
    req.format = TagFormat::Csv;
    QVERIFY(writeTags(table, rules.rules, segs, ev, req).ok);
    QVERIFY(QFileInfo(req.outputPath).size() > 40000);
}

// ---------------------------------------------------------------------------------------------
// Workspace files that are not workspaces, or not ours to change.

void TestHostile::workspaceFiles_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("message"); // %1 = the path
    QTest::newRow("a text file") << QStringLiteral("text")
        << QStringLiteral("%1: not a Segment Designer workspace (the file is not an SQLite database)");
    QTest::newRow("random bytes") << QStringLiteral("random")
        << QStringLiteral("%1: not a Segment Designer workspace (the file is not an SQLite database)");
    QTest::newRow("another program's SQLite file") << QStringLiteral("foreign")
        << QStringLiteral("%1: this SQLite file is not a Segment Designer workspace");
    QTest::newRow("a newer version") << QStringLiteral("newer")
        << QStringLiteral("%1: workspace is from a newer version of Segment Designer (schema 99, this version reads up to ")
               + QString::number(Workspace::SchemaVersion) + QStringLiteral(")");
    QTest::newRow("a negative schema version") << QStringLiteral("negative")
        << QStringLiteral("%1: not a Segment Designer workspace (schema version -248 is not one this program writes)");
    QTest::newRow("a truncated workspace") << QStringLiteral("truncated")
        << QStringLiteral("%1: the workspace file is damaged: it is cut off at 12000 of 49152 bytes (an interrupted copy?); use a backup");
    QTest::newRow("a folder") << QStringLiteral("folder")
        << QStringLiteral("%1: not a Segment Designer workspace (not a file)");
}

void TestHostile::workspaceFiles()
{
    QFETCH(QString, kind);
    QFETCH(QString, message);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("x.segdb"));
    if (kind == QLatin1String("text")) {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("lead_id,name\n1,Ann\n");
    } else if (kind == QLatin1String("random")) {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        QByteArray b(8192, 0);
        for (int i = 0; i < b.size(); ++i)
            b[i] = char((i * 2654435761u) >> 13);
        f.write(b);
    } else if (kind == QLatin1String("folder")) {
        QVERIFY(QDir().mkpath(path));
    } else if (kind == QLatin1String("truncated")) {
        {
            QString error;
            auto ws = Workspace::open(path, &error);
            QVERIFY2(ws, qPrintable(error));
            QVERIFY(ws->exec("PRAGMA wal_checkpoint(TRUNCATE)"));
        }
        QFile::remove(path + QStringLiteral("-wal"));
        QFile::remove(path + QStringLiteral("-shm"));
        QFile f(path);
        QCOMPARE(f.size(), qint64(49152)); // twelve pages: the schema of a new workspace
        QVERIFY(f.resize(12000));
    } else {
        sqlite3* db = nullptr;
        QCOMPARE(sqlite3_open(path.toUtf8().constData(), &db), SQLITE_OK);
        const char* sql = kind == QLatin1String("foreign") ? "CREATE TABLE t(a); INSERT INTO t VALUES (1);"
            : kind == QLatin1String("negative")            ? "CREATE TABLE leads(rowid INTEGER PRIMARY KEY); PRAGMA user_version=-248;"
                                                           : "CREATE TABLE leads(rowid INTEGER PRIMARY KEY); PRAGMA user_version=99;";
        QCOMPARE(sqlite3_exec(db, sql, nullptr, nullptr, nullptr), SQLITE_OK);
        sqlite3_close(db);
    }
    const QByteArray before = QFileInfo(path).isFile() ? fileHash(path) : QByteArray();
    for (Workspace::Mode mode : {Workspace::Mode::ReadWrite, Workspace::Mode::ReadOnly}) {
        QString error;
        auto ws = Workspace::open(path, &error, mode);
        QVERIFY(!ws);
        QCOMPARE(error, message.arg(path));
    }
    if (!before.isEmpty())
        QCOMPARE(fileHash(path), before); // refused without a byte changed
    QVERIFY(!QFileInfo::exists(path + QStringLiteral("-wal")) || QFileInfo(path + QStringLiteral("-wal")).size() == 0);
}

// ---------------------------------------------------------------------------------------------
// Rules.

void TestHostile::catastrophicRegex()
{
    // (a+)+$ against "aaaa…b" backtracks exponentially in a naive engine. PCRE2 (JIT, with its match
    // limit) answers each cell quickly: 20,000 such cells must take well under a second of CPU.
    std::vector<std::vector<std::string>> rows;
    for (int i = 0; i < 20000; ++i)
        rows.push_back({std::string(size_t(28 + i % 5), 'a') + (i % 2 ? "b" : "")});
    const ColumnTable table = ColumnTable::fromText({{"t", FieldType::Text}}, rows);
    for (const char* pattern : {"(a+)+$", "(a|aa)+$", "(a*)*b$", "^(([a-z])+.)+[A-Z]([a-z])+$"}) {
        const QByteArray file = R"({"format": "segment-designer/rules", "version": 1, "name": "t", "fields": {"t": "text"},
            "segments": {"children": [{"id": "m", "name": "M", "when": {"field": "t", "op": "matches", "value": ")"
            + QByteArray(pattern) + R"("}}]}})";
        const RuleFileResult rules = parseRuleFile(file);
        QVERIFY(rules.ok);
        Evaluator ev(table);
        std::vector<SegmentMembers> segs;
        QString error;
        const std::clock_t cpu0 = std::clock();
        QVERIFY2(ev.evaluate(rules.rules, &segs, &error), qPrintable(error));
        const double cpuMs = double(std::clock() - cpu0) * 1000.0 / CLOCKS_PER_SEC;
        qInfo("%s: %.0f ms of CPU, %zu matches", pattern, cpuMs, segs[0].members.count());
        QVERIFY2(cpuMs < 5000, qPrintable(QStringLiteral("%1 took %2 ms").arg(QLatin1String(pattern)).arg(cpuMs)));
        const size_t expected = QByteArray(pattern).endsWith("b$") ? 10000 : (QByteArray(pattern).startsWith("^") ? 0 : 10000);
        QCOMPARE(segs[0].members.count(), expected);
    }
}

void TestHostile::ruleFileNumbers_data()
{
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<QString>("result"); // members (rows 0..3: -1, 0, 1, empty), or the error
    QTest::newRow("-0 equals 0") << QByteArray("-0") << QStringLiteral("0100");
    QTest::newRow("1e999") << QByteArray("1e999") << QStringLiteral("/segments/children/0/when/value: number out of range: 1e999");
    QTest::newRow("-1e999") << QByteArray("-1e999") << QStringLiteral("/segments/children/0/when/value: number out of range: -1e999");
    QTest::newRow("NaN") << QByteArray("NaN") << QStringLiteral("invalid JSON");
    QTest::newRow("a number as a string") << QByteArray("\"0\"") << QStringLiteral("number");
    QTest::newRow("smallest subnormal") << QByteArray("5e-324") << QStringLiteral("0000");
}

void TestHostile::ruleFileNumbers()
{
    QFETCH(QByteArray, value);
    QFETCH(QString, result);
    const QByteArray file = R"({"format": "segment-designer/rules", "version": 1, "name": "t", "fields": {"n": "number"},
        "segments": {"children": [{"id": "z", "name": "Z", "when": {"field": "n", "op": "=", "value": )" + value + "}}]}}";
    const RuleFileResult rules = parseRuleFile(file);
    if (!rules.ok) {
        QVERIFY(!rules.errors.empty());
        QVERIFY2(formatRuleFileError(rules.errors.front()).contains(result), qPrintable(formatRuleFileError(rules.errors.front())));
        return;
    }
    const ColumnTable table = ColumnTable::fromText({{"n", FieldType::Number}}, {{"-1"}, {"0"}, {"1"}, {""}});
    Evaluator ev(table);
    std::vector<SegmentMembers> segs;
    QString error;
    QVERIFY2(ev.evaluate(rules.rules, &segs, &error), qPrintable(error));
    QString bits;
    for (size_t i = 0; i < 4; ++i)
        bits += segs[0].members.test(i) ? QLatin1Char('1') : QLatin1Char('0');
    QCOMPARE(bits, result);
}

QTEST_GUILESS_MAIN(TestHostile)
#include "tst_hostile.moc"
