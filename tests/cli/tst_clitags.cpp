// The tag command's list options and write-back: --segment filters (one, several, unknown),
// XLSX with typed cells, a header row, frozen panes and one sheet per top-level segment (read back
// with unzip), and --save-tags recording each lead's segment per rule-set version in the workspace.
#include "demogenerator.h"
#include "workspace.h"

#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <nlohmann/json.hpp>

#include <sqlite3.h>

#include <map>
#include <set>

namespace {

struct Run
{
    int exitCode;
    QByteArray out, err;
};

Run cli(const QStringList& args)
{
    QProcess p;
    p.start(QStringLiteral(SD_CLI_PATH), args);
    p.waitForFinished(120000);
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(), p.readAllStandardError()};
}

QString scalar(sqlite3* db, const char* sql)
{
    sqlite3_stmt* st = nullptr;
    sqlite3_prepare_v2(db, sql, -1, &st, nullptr);
    QString v;
    if (st && sqlite3_step(st) == SQLITE_ROW && sqlite3_column_text(st, 0))
        v = QString::fromUtf8(reinterpret_cast<const char*>(sqlite3_column_text(st, 0)));
    sqlite3_finalize(st);
    return v;
}

// The segment_id column of a tagged CSV (no quoted newlines in the demo data).
std::multiset<QString> segmentIds(const QString& csv)
{
    QFile f(csv);
    std::multiset<QString> ids;
    if (!f.open(QIODevice::ReadOnly))
        return ids;
    const QList<QByteArray> lines = f.readAll().split('\n');
    const QList<QByteArray> header = lines.front().trimmed().split(',');
    const int col = int(header.indexOf("segment_id"));
    for (qsizetype i = 1; i < lines.size(); ++i) {
        if (lines[i].trimmed().isEmpty())
            continue;
        // Quoted cells may hold commas: count fields outside quotes.
        int field = 0;
        bool quoted = false;
        QByteArray cell;
        for (char c : lines[i]) {
            if (c == '"')
                quoted = !quoted;
            else if (c == ',' && !quoted) {
                if (field == col)
                    break;
                ++field;
                cell.clear();
            } else if (field == col && c != '\r')
                cell += c;
        }
        ids.insert(QString::fromUtf8(cell));
    }
    return ids;
}

} // namespace

class TestCliTags : public QObject
{
    Q_OBJECT

    QString path(const char* name) const { return mDir.filePath(QString::fromLatin1(name)); }
    QTemporaryDir mDir;
    QString mRules, mWorkspace;

private slots:
    void initTestCase()
    {
        QVERIFY(mDir.isValid());
        mRules = path("tiers.rules.json");
        QFile f(mRules);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(sd::b2bTiersTemplate());
        f.close();
        QString error;
        QVERIFY2(sd::writeDemoCsv(path("leads.csv"), {3000, 5}, &error), qPrintable(error));
        mWorkspace = path("leads.segdb");
        const Run r = cli({QStringLiteral("import"), mWorkspace, path("leads.csv"), QStringLiteral("--key"), QStringLiteral("lead_id")});
        QCOMPARE(r.exitCode, 0);
    }

    void segmentFilters()
    {
        const QString all = path("all.csv");
        Run r = cli({QStringLiteral("tag"), mRules, mWorkspace, QStringLiteral("-o"), all, QStringLiteral("--as-of"), QStringLiteral("2026-11-01")});
        QCOMPARE(r.exitCode, 0);
        const std::multiset<QString> everyone = segmentIds(all);
        QCOMPARE(everyone.size(), size_t(3000));
        std::map<QString, size_t> count;
        for (const QString& id : everyone)
            ++count[id];
        QVERIFY(count[QStringLiteral("enterprise-hot")] > 0);

        const QString some = path("some.csv");
        r = cli({QStringLiteral("tag"), mRules, mWorkspace, QStringLiteral("-o"), some, QStringLiteral("--as-of"), QStringLiteral("2026-11-01"),
                 QStringLiteral("--segment"), QStringLiteral("enterprise"), QStringLiteral("--segment"), QStringLiteral("smb-nurture")});
        QCOMPARE(r.exitCode, 0);
        const std::multiset<QString> filtered = segmentIds(some);
        size_t expected = count[QStringLiteral("smb-nurture")];
        for (const auto& [id, n] : count)
            if (id.startsWith(QLatin1String("enterprise")))
                expected += n;
        QCOMPARE(filtered.size(), expected);
        for (const QString& id : filtered)
            QVERIFY2(id.startsWith(QLatin1String("enterprise")) || id == QLatin1String("smb-nurture"), qPrintable(id));
        QCOMPARE(nlohmann::json::parse(r.out.toStdString())["rows"].get<size_t>(), expected);

        const QString none = path("none.csv");
        r = cli({QStringLiteral("tag"), mRules, mWorkspace, QStringLiteral("-o"), none, QStringLiteral("--segment"), QStringLiteral("nope")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.contains("no such segment"));
        QVERIFY(!QFile::exists(none));
    }

    // The SQLite export runs as is on the workspace file itself (its table "leads", key from the
    // workspace) and gives every lead the segment the tagged list gives it.
    void sqlOnTheWorkspaceMatchesTags()
    {
        Run r = cli({QStringLiteral("export"), mRules, QStringLiteral("--to"), QStringLiteral("sql"), QStringLiteral("--workspace"), mWorkspace,
                     QStringLiteral("--as-of"), QStringLiteral("2026-11-01")});
        QCOMPARE(r.exitCode, 0);
        const QByteArray sql = r.out;
        QVERIFY(sql.contains("SELECT \"lead_id\" AS sd_key"));
        const QString csv = path("bykey.csv");
        r = cli({QStringLiteral("tag"), mRules, mWorkspace, QStringLiteral("-o"), csv, QStringLiteral("--as-of"), QStringLiteral("2026-11-01")});
        QCOMPARE(r.exitCode, 0);
        std::multiset<QString> tagged = segmentIds(csv);
        sqlite3* db = nullptr;
        QCOMPARE(sqlite3_open_v2(QFile::encodeName(mWorkspace).constData(), &db, SQLITE_OPEN_READONLY, nullptr), SQLITE_OK);
        sqlite3_stmt* st = nullptr;
        QCOMPARE(sqlite3_prepare_v2(db, sql.constData(), int(sql.size()), &st, nullptr), SQLITE_OK);
        std::multiset<QString> fromSql;
        std::set<QString> keys;
        while (sqlite3_step(st) == SQLITE_ROW) {
            keys.insert(QString::fromUtf8(reinterpret_cast<const char*>(sqlite3_column_text(st, 0))));
            fromSql.insert(QString::fromUtf8(reinterpret_cast<const char*>(sqlite3_column_text(st, 1))));
        }
        sqlite3_finalize(st);
        sqlite3_close(db);
        QCOMPARE(keys.size(), size_t(3000));
        QVERIFY(fromSql == tagged);
    }

    void xlsxSheetsAndTypes()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("unzip")).isEmpty())
            QSKIP("unzip is not installed (scripts/setup installs it)");
        const QString xlsx = path("tiers.xlsx");
        Run r = cli({QStringLiteral("tag"), mRules, mWorkspace, QStringLiteral("-o"), xlsx, QStringLiteral("--as-of"),
                     QStringLiteral("2026-11-01"), QStringLiteral("--sheet-per-segment")});
        QCOMPARE(r.exitCode, 0);
        auto member = [&](const char* name) {
            QProcess p;
            p.start(QStringLiteral("unzip"), {QStringLiteral("-p"), xlsx, QString::fromLatin1(name)});
            p.waitForFinished(30000);
            return p.readAllStandardOutput();
        };
        const QByteArray workbook = member("xl/workbook.xml");
        for (const char* sheet : {"name=\"Enterprise\"", "name=\"Mid-Market\"", "name=\"SMB\"", "name=\"No segment\""})
            QVERIFY2(workbook.contains(sheet), sheet);
        const QByteArray enterprise = member("xl/worksheets/sheet1.xml");
        QVERIFY(enterprise.contains("ySplit=\"1\""));     // frozen header row
        QVERIFY(enterprise.contains("t=\"b\""));          // booleans as booleans
        QVERIFY(enterprise.contains("<c r=\"A1\" s=\"1\" t=\"inlineStr\"><is><t>lead_id</t>")); // bold header row
        QVERIFY(enterprise.contains("<v>45"));             // a date cell holds a serial day number (2023-…)
        // Every lead is on exactly one sheet: rows across sheets add up to the leads.
        int rows = 0;
        for (int i = 1; i <= 4; ++i)
            rows += int(member(qPrintable(QStringLiteral("xl/worksheets/sheet%1.xml").arg(i))).count("<row ")) - 1;
        QCOMPARE(rows, 3000);
        r = cli({QStringLiteral("tag"), mRules, mWorkspace, QStringLiteral("-o"), path("x.csv"), QStringLiteral("--sheet-per-segment")});
        QCOMPARE(r.exitCode, 1);
    }

    // A schema-2 workspace (tags keyed by lead only) opens as schema 3 with its tags kept.
    void migratesTagsFromVersion2()
    {
        const QString file = path("v2.segdb");
        sqlite3* db = nullptr;
        QCOMPARE(sqlite3_open(QFile::encodeName(file).constData(), &db), SQLITE_OK);
        const char* v2 =
            "CREATE TABLE fields(id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE COLLATE NOCASE, type TEXT NOT NULL,"
            " source_column TEXT, placeholders TEXT, position INTEGER NOT NULL);"
            "CREATE TABLE imports(id INTEGER PRIMARY KEY, file TEXT, imported_at TEXT, rows_read INTEGER, inserted INTEGER,"
            " updated INTEGER, unchanged INTEGER, skipped INTEGER, rejected INTEGER, rejects_file TEXT, options TEXT);"
            "CREATE TABLE settings(key TEXT PRIMARY KEY, value TEXT);"
            "CREATE TABLE leads(rowid INTEGER PRIMARY KEY);"
            "CREATE TABLE rule_sets(id INTEGER PRIMARY KEY, name TEXT NOT NULL, created_at TEXT NOT NULL);"
            "CREATE TABLE rule_set_versions(id INTEGER PRIMARY KEY, rule_set_id INTEGER NOT NULL REFERENCES rule_sets(id)"
            " ON DELETE CASCADE, saved_at TEXT NOT NULL, author TEXT, comment TEXT, content TEXT NOT NULL);"
            "CREATE TABLE tags(lead_rowid INTEGER NOT NULL, version_id INTEGER NOT NULL REFERENCES rule_set_versions(id)"
            " ON DELETE CASCADE, segment_id TEXT NOT NULL, holdout INTEGER, PRIMARY KEY(version_id, lead_rowid)) WITHOUT ROWID;"
            "INSERT INTO rule_sets VALUES(1, 'r', '2026-01-01');"
            "INSERT INTO rule_set_versions VALUES(7, 1, '2026-01-01', NULL, NULL, '{}');"
            "INSERT INTO tags VALUES(3, 7, 'smb', 1);"
            "PRAGMA user_version=2;";
        QCOMPARE(sqlite3_exec(db, v2, nullptr, nullptr, nullptr), SQLITE_OK);
        sqlite3_close(db);
        QString error;
        auto ws = sd::Workspace::open(file, &error);
        QVERIFY2(ws, qPrintable(error));
        QCOMPARE(scalar(ws->handle(), "PRAGMA user_version"), QStringLiteral("3"));
        QCOMPARE(scalar(ws->handle(), "SELECT version_id || ',' || lead_rowid || ',' || segment_id || ',' || holdout"
                                      " || ',' || ifnull(lead_key, 'null') FROM tags"),
                 QStringLiteral("7,3,smb,1,null"));
        QCOMPARE(scalar(ws->handle(), "SELECT count(*) FROM tag_runs"), QStringLiteral("0"));
    }

    void saveTagsPerVersion()
    {
        Run r = cli({QStringLiteral("tag"), mRules, mWorkspace, QStringLiteral("-o"), path("t1.jsonl"), QStringLiteral("--as-of"),
                     QStringLiteral("2026-11-01"), QStringLiteral("--save-tags")});
        QCOMPARE(r.exitCode, 0);
        const nlohmann::json first = nlohmann::json::parse(r.out.toStdString());
        QCOMPARE(first["tags_saved"].get<int>(), 3000);
        const qint64 v1 = first["version_id"].get<qint64>();
        // The same rules again: the same version, its tags replaced, not doubled.
        r = cli({QStringLiteral("tag"), mRules, mWorkspace, QStringLiteral("-o"), path("t2.jsonl"), QStringLiteral("--as-of"),
                 QStringLiteral("2026-11-01"), QStringLiteral("--save-tags")});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(nlohmann::json::parse(r.out.toStdString())["version_id"].get<qint64>(), v1);
        // Changed rules: a new version with its own tags; the first version keeps its own.
        QFile f(mRules);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QByteArray changed = f.readAll();
        f.close();
        changed.replace("\"value\": 1000", "\"value\": 500");
        const QString rules2 = path("tiers2.rules.json");
        QFile f2(rules2);
        QVERIFY(f2.open(QIODevice::WriteOnly));
        f2.write(changed);
        f2.close();
        r = cli({QStringLiteral("tag"), rules2, mWorkspace, QStringLiteral("-o"), path("t3.csv"), QStringLiteral("--as-of"),
                 QStringLiteral("2026-11-01"), QStringLiteral("--save-tags")});
        QCOMPARE(r.exitCode, 0);
        const qint64 v2 = nlohmann::json::parse(r.out.toStdString())["version_id"].get<qint64>();
        QVERIFY(v2 != v1);

        sqlite3* db = nullptr;
        QCOMPARE(sqlite3_open_v2(QFile::encodeName(mWorkspace).constData(), &db, SQLITE_OPEN_READONLY, nullptr), SQLITE_OK);
        QCOMPARE(scalar(db, "PRAGMA user_version"), QString::number(sd::Workspace::SchemaVersion));
        QCOMPARE(scalar(db, qPrintable(QStringLiteral("SELECT count(*) FROM tags WHERE version_id = %1").arg(v1))), QStringLiteral("3000"));
        QCOMPARE(scalar(db, qPrintable(QStringLiteral("SELECT count(DISTINCT lead_key) FROM tags WHERE version_id = %1").arg(v2))), QStringLiteral("3000"));
        QCOMPARE(scalar(db, "SELECT count(*) FROM tag_runs"), QStringLiteral("2"));
        QCOMPARE(scalar(db, qPrintable(QStringLiteral("SELECT as_of FROM tag_runs WHERE version_id = %1").arg(v1))), QStringLiteral("2026-11-01"));
        // The tags agree with the tagged list of the same run.
        const std::multiset<QString> listed = segmentIds(path("t3.csv"));
        QCOMPARE(scalar(db, qPrintable(QStringLiteral("SELECT count(*) FROM tags WHERE version_id = %1 AND segment_id = 'enterprise-hot'").arg(v2))),
                 QString::number(listed.count(QStringLiteral("enterprise-hot"))));
        // The lowered threshold moved leads into the enterprise tier.
        const int before = scalar(db, qPrintable(QStringLiteral("SELECT count(*) FROM tags WHERE version_id = %1 AND segment_id LIKE 'enterprise%'").arg(v1))).toInt();
        const int after = scalar(db, qPrintable(QStringLiteral("SELECT count(*) FROM tags WHERE version_id = %1 AND segment_id LIKE 'enterprise%'").arg(v2))).toInt();
        QVERIFY(after > before);
        sqlite3_close(db);

        r = cli({QStringLiteral("tag"), mRules, path("leads.csv"), QStringLiteral("-o"), path("t4.csv"), QStringLiteral("--save-tags")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.contains("needs a workspace"));
    }
};

QTEST_GUILESS_MAIN(TestCliTags)
#include "tst_clitags.moc"
