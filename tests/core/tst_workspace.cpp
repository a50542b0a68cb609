// The workspace file against DESIGN.md "Workspace": schema version and pragmas of a new file,
// refusal of files that are not workspaces or are from a newer version (without touching them),
// forward migration of a hand-made version-1 file, settings, lead pages, rule-set versions,
// transactions and the integrity check. Files are built and inspected with the sqlite3 C API.
#include "fieldtype.h"
#include "workspace.h"

#include <QtTest>

#include <QCryptographicHash>
#include <QTemporaryDir>

#include <sqlite3.h>

using namespace sd;

namespace {

// Runs SQL on a raw connection; returns the first column of the first row as text ("" when none).
QString scalar(sqlite3* db, const char* sql, bool* ok = nullptr)
{
    sqlite3_stmt* st = nullptr;
    QString out;
    bool good = sqlite3_prepare_v2(db, sql, -1, &st, nullptr) == SQLITE_OK;
    if (good) {
        const int rc = sqlite3_step(st);
        if (rc == SQLITE_ROW && sqlite3_column_type(st, 0) != SQLITE_NULL)
            out = QString::fromUtf8(reinterpret_cast<const char*>(sqlite3_column_text(st, 0)));
        good = rc == SQLITE_ROW || rc == SQLITE_DONE;
    }
    sqlite3_finalize(st);
    if (ok)
        *ok = good;
    return out;
}

bool rawExec(sqlite3* db, const char* sql, QString* error = nullptr)
{
    char* msg = nullptr;
    const bool ok = sqlite3_exec(db, sql, nullptr, nullptr, &msg) == SQLITE_OK;
    if (!ok && error)
        *error = QString::fromUtf8(msg ? msg : sqlite3_errmsg(db));
    sqlite3_free(msg);
    return ok;
}

// A raw connection to a file, closed at scope end.
struct RawDb
{
    sqlite3* db = nullptr;
    explicit RawDb(const QString& path)
    {
        if (sqlite3_open_v2(path.toUtf8().constData(), &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr) != SQLITE_OK) {
            sqlite3_close_v2(db);
            db = nullptr;
        }
    }
    ~RawDb() { sqlite3_close_v2(db); }
};

bool writeFile(const QString& path, const QByteArray& bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

QByteArray fileHash(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

bool tableExists(sqlite3* db, const QString& name)
{
    const QByteArray sql = "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = '" + name.toUtf8() + "'";
    return scalar(db, sql.constData()) == QLatin1String("1");
}

// The schema of version 1 exactly as it was released, written by hand.
const char* const kSchemaV1 =
    "CREATE TABLE fields(id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE COLLATE NOCASE,"
    " type TEXT NOT NULL, source_column TEXT, placeholders TEXT, position INTEGER NOT NULL);"
    "CREATE TABLE imports(id INTEGER PRIMARY KEY, file TEXT, imported_at TEXT, rows_read INTEGER,"
    " inserted INTEGER, updated INTEGER, unchanged INTEGER, skipped INTEGER, rejected INTEGER,"
    " rejects_file TEXT, options TEXT);"
    "CREATE TABLE settings(key TEXT PRIMARY KEY, value TEXT);"
    "CREATE TABLE leads(rowid INTEGER PRIMARY KEY, \"name\" TEXT);"
    "INSERT INTO fields(id, name, type, source_column, placeholders, position)"
    " VALUES(1, 'name', 'text', 'Name', '[\"N/A\"]', 0);"
    "INSERT INTO leads(rowid, \"name\") VALUES(1, 'Ada Lovelace');"
    "INSERT INTO imports(file, imported_at, rows_read, inserted, updated, unchanged, skipped, rejected, rejects_file, options)"
    " VALUES('/data/old.csv', '2024-05-01T10:00:00Z', 1, 1, 0, 0, 0, 0, NULL, '{}');"
    "INSERT INTO settings(key, value) VALUES('key_field', 'name');"
    "PRAGMA user_version=1;";

} // namespace

class TestWorkspace : public QObject
{
    Q_OBJECT

private slots:
    void newWorkspace();
    void refusesFiles_data();
    void refusesFiles();
    void readOnlyMissingFileIsNotCreated();
    void migratesVersion1();
    void readOnlyOpenUpgradesOnce();
    void settings_data();
    void settings();
    void readLeads_data();
    void readLeads();
    void readLeadsAfterRowsWereDeleted();
    void fillRates();
    void ruleSetVersions();
    void transactionRollsBack();
    void nestedTransactionIsASavepoint();
    void saveCopy();
    void quoteIdentifier_data();
    void quoteIdentifier();
};

void TestWorkspace::newWorkspace()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("new.segdb"));
    QString error;
    auto ws = Workspace::open(path, &error);
    QVERIFY2(ws, qPrintable(error));
    QVERIFY(QFileInfo::exists(path));
    QVERIFY(!ws->isReadOnly());
    QCOMPARE(ws->path(), path);
    sqlite3* db = ws->handle();
    QCOMPARE(scalar(db, "PRAGMA user_version"), QString::number(Workspace::SchemaVersion));
    QCOMPARE(scalar(db, "PRAGMA journal_mode").toLower(), QStringLiteral("wal"));
    QCOMPARE(scalar(db, "PRAGMA foreign_keys"), QStringLiteral("1"));
    for (const char* t : {"leads", "fields", "imports", "settings", "rule_sets", "tags"})
        QVERIFY2(tableExists(db, QString::fromLatin1(t)), t);
    QCOMPARE(ws->leadCount(), qint64(0));
    QVERIFY(ws->fields().isEmpty());
    QVERIFY(ws->imports().isEmpty());
    QVERIFY(ws->keyField().isEmpty());
    QString detail;
    QVERIFY(ws->integrityCheck(&detail));
    QCOMPARE(detail, QStringLiteral("ok"));
    ws.reset();

    // Reopening keeps the version and WAL (a property of the file).
    ws = Workspace::open(path, &error);
    QVERIFY2(ws, qPrintable(error));
    QCOMPARE(scalar(ws->handle(), "PRAGMA user_version"), QString::number(Workspace::SchemaVersion));
    QCOMPARE(scalar(ws->handle(), "PRAGMA journal_mode").toLower(), QStringLiteral("wal"));
    QCOMPARE(scalar(ws->handle(), "PRAGMA foreign_keys"), QStringLiteral("1"));
}

void TestWorkspace::refusesFiles_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("messagePart"); // case-insensitive; empty = only that there is a message
    QTest::newRow("garbage") << "garbage" << QString();
    QTest::newRow("text file") << "text" << QString();
    QTest::newRow("newer schema") << "newer" << "newer";
    QTest::newRow("another program's SQLite file") << "foreign" << QString();
}

void TestWorkspace::refusesFiles()
{
    QFETCH(QString, kind);
    QFETCH(QString, messagePart);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("file.segdb"));
    if (kind == QLatin1String("garbage")) {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        QByteArray bytes;
        for (int i = 0; i < 8192; ++i)
            bytes.append(char((i * 7919 + 13) % 251));
        f.write(bytes);
    } else if (kind == QLatin1String("text")) {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("lead_id,email\nL1,a@example.com\n");
    } else {
        RawDb raw(path);
        QVERIFY(raw.db);
        if (kind == QLatin1String("newer")) {
            QVERIFY(rawExec(raw.db, kSchemaV1));
            const QByteArray pragma = "PRAGMA user_version=" + QByteArray::number(Workspace::SchemaVersion + 1);
            QVERIFY(rawExec(raw.db, pragma.constData()));
        } else {
            QVERIFY(rawExec(raw.db, "CREATE TABLE customers(id INTEGER PRIMARY KEY, name TEXT);"
                                    "INSERT INTO customers(name) VALUES('Ada');"));
        }
    }
    const QByteArray before = fileHash(path);
    QVERIFY(!before.isEmpty());

    QString error;
    auto ws = Workspace::open(path, &error);
    QVERIFY(!ws);
    QVERIFY(!error.trimmed().isEmpty());
    QVERIFY2(!error.contains(QLatin1Char('\n')), qPrintable(error));
    QVERIFY2(error.contains(QStringLiteral("file.segdb")), qPrintable(error)); // says which file
    if (!messagePart.isEmpty())
        QVERIFY2(error.contains(messagePart, Qt::CaseInsensitive), qPrintable(error));
    // Refusing a file never changes it.
    QCOMPARE(fileHash(path), before);
    QVERIFY(!QFileInfo::exists(path + QStringLiteral("-wal")) || QFileInfo(path + QStringLiteral("-wal")).size() == 0);

    // Read-only mode refuses it just the same.
    error.clear();
    QVERIFY(!Workspace::open(path, &error, Workspace::Mode::ReadOnly));
    QVERIFY(!error.isEmpty());
    QCOMPARE(fileHash(path), before);
}

void TestWorkspace::readOnlyMissingFileIsNotCreated()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("absent.segdb"));
    QString error;
    QVERIFY(!Workspace::open(path, &error, Workspace::Mode::ReadOnly));
    QVERIFY(!error.isEmpty());
    QVERIFY(!QFileInfo::exists(path));
}

void TestWorkspace::migratesVersion1()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("v1.segdb"));
    {
        RawDb raw(path);
        QVERIFY(raw.db);
        QString err;
        QVERIFY2(rawExec(raw.db, kSchemaV1, &err), qPrintable(err));
        QCOMPARE(scalar(raw.db, "PRAGMA user_version"), QStringLiteral("1"));
    }
    QString error;
    auto ws = Workspace::open(path, &error);
    QVERIFY2(ws, qPrintable(error));
    sqlite3* db = ws->handle();
    QCOMPARE(scalar(db, "PRAGMA user_version"), QString::number(Workspace::SchemaVersion));
    QVERIFY(tableExists(db, QStringLiteral("rule_sets")));
    QVERIFY(tableExists(db, QStringLiteral("tags")));

    // The lead, the field, the import record and the settings are intact.
    QCOMPARE(ws->leadCount(), qint64(1));
    QCOMPARE(scalar(db, "SELECT \"name\" FROM leads WHERE rowid = 1"), QStringLiteral("Ada Lovelace"));
    const QList<FieldDef> fields = ws->fields();
    QCOMPARE(fields.size(), 1);
    QCOMPARE(fields[0].name, QStringLiteral("name"));
    QVERIFY(fields[0].type == FieldType::Text);
    QCOMPARE(fields[0].sourceColumn, QStringLiteral("Name"));
    QCOMPARE(fields[0].placeholders, QStringList{QStringLiteral("N/A")});
    QCOMPARE(fields[0].position, 0);
    QVERIFY(ws->field(QStringLiteral("NAME")).has_value()); // case-insensitive lookup
    const QList<ImportRecord> history = ws->imports();
    QCOMPARE(history.size(), 1);
    QCOMPARE(history[0].file, QStringLiteral("/data/old.csv"));
    QCOMPARE(history[0].importedAt, QDateTime(QDate(2024, 5, 1), QTime(10, 0), Qt::UTC));
    QCOMPARE(history[0].rowsRead, qint64(1));
    QCOMPARE(ws->keyField(), QStringLiteral("name"));
    const auto page = ws->readLeads(0, 10);
    QCOMPARE(page.size(), size_t(1));
    QCOMPARE(page[0].size(), size_t(1));
    QCOMPARE(page[0][0].toString(), QStringLiteral("Ada Lovelace"));
    QVERIFY(ws->integrityCheck());

    // The new tables work (foreign keys included) and the file reopens at the same version.
    QString err;
    QVERIFY2(ws->saveRuleSetVersion(QStringLiteral("Tiers"), "{\"version\":1}", QStringLiteral("me"), QString(), &err) > 0,
             qPrintable(err));
    ws.reset();
    ws = Workspace::open(path, &error);
    QVERIFY2(ws, qPrintable(error));
    QCOMPARE(scalar(ws->handle(), "PRAGMA user_version"), QString::number(Workspace::SchemaVersion));
    QCOMPARE(ws->leadCount(), qint64(1));
    QCOMPARE(ws->ruleSetNames(), QStringList{QStringLiteral("Tiers")});
}

void TestWorkspace::readOnlyOpenUpgradesOnce()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("v1.segdb"));
    auto makeV1 = [&] {
        QFile::remove(path);
        RawDb raw(path);
        QString err;
        return raw.db && rawExec(raw.db, kSchemaV1, &err);
    };
    // A writable earlier-version file: upgraded in place, then read as asked.
    QVERIFY(makeV1());
    QString error;
    auto ws = Workspace::open(path, &error, Workspace::Mode::ReadOnly);
    QVERIFY2(ws, qPrintable(error));
    QVERIFY(ws->isReadOnly());
    QCOMPARE(scalar(ws->handle(), "PRAGMA user_version"), QString::number(Workspace::SchemaVersion));
    QCOMPARE(ws->leadCount(), qint64(1));
    QCOMPARE(ws->keyField(), QStringLiteral("name"));
    ws.reset();

    // Without write permission it cannot be upgraded: a clear refusal, and the file is untouched.
    QVERIFY(makeV1());
    QVERIFY(QFile::setPermissions(path, QFile::ReadOwner | QFile::ReadUser));
    const QByteArray before = fileHash(path);
    ws = Workspace::open(path, &error, Workspace::Mode::ReadOnly);
    QVERIFY(!ws);
    QVERIFY2(error.contains(QStringLiteral("needs an upgrade to schema %1").arg(Workspace::SchemaVersion)), qPrintable(error));
    QVERIFY2(error.contains(QStringLiteral("permission")), qPrintable(error));
    QCOMPARE(fileHash(path), before);
    QVERIFY(QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner));
}

void TestWorkspace::settings_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("value");
    QTest::newRow("plain") << "as_of" << "2026-11-01";
    QTest::newRow("unicode") << "owner" << QStringLiteral("Zo\u00eb \u2014 \U0001D11E");
    QTest::newRow("empty value") << "note" << "";
    QTest::newRow("quotes and newlines") << "sql" << "SELECT \"a\" FROM 'b';\nDROP TABLE x; --";
    QTest::newRow("long") << "blob" << QString(100000, QLatin1Char('x'));
}

void TestWorkspace::settings()
{
    QFETCH(QString, key);
    QFETCH(QString, value);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("s.segdb"));
    QString error;
    auto ws = Workspace::open(path, &error);
    QVERIFY2(ws, qPrintable(error));
    QCOMPARE(ws->setting(key, QStringLiteral("fallback")), QStringLiteral("fallback"));
    QVERIFY(ws->setSetting(key, QStringLiteral("first"), &error));
    QVERIFY2(ws->setSetting(key, value, &error), qPrintable(error)); // overwrite
    QCOMPARE(ws->setting(key, QStringLiteral("fallback")), value);
    ws.reset();
    ws = Workspace::open(path, &error);
    QVERIFY2(ws, qPrintable(error));
    QCOMPARE(ws->setting(key, QStringLiteral("fallback")), value);
    QCOMPARE(scalar(ws->handle(), "SELECT count(*) FROM settings"), QStringLiteral("1"));
    QCOMPARE(ws->setting(QStringLiteral("other"), QStringLiteral("dflt")), QStringLiteral("dflt"));
}

// Lead pages: a table of 25 typed leads built with plain SQL, read back page by page.
namespace {

struct LeadRow
{
    QVariant id, name, active, signedUp, stack;
};

QList<LeadRow> sampleLeads()
{
    QList<LeadRow> rows;
    for (int i = 0; i < 25; ++i) {
        LeadRow r;
        r.id = (i % 7 == 3) ? QVariant() : QVariant(double(i * 10) + 0.5);
        r.name = (i % 5 == 4) ? QVariant() : QVariant(QStringLiteral("Lead %1 \u00e9").arg(i));
        r.active = (i % 6 == 5) ? QVariant() : QVariant(i % 2 == 0);
        r.signedUp = (i % 4 == 1) ? QVariant() : QVariant(QStringLiteral("2024-%1-%2").arg(i % 12 + 1, 2, 10, QLatin1Char('0')).arg(i + 1, 2, 10, QLatin1Char('0')));
        r.stack = (i % 3 == 0) ? QVariant() : QVariant(QStringLiteral("HubSpot;Jira"));
        rows.append(r);
    }
    return rows;
}

bool buildLeadTable(Workspace& ws, QString* error)
{
    struct F { const char* name; FieldType type; const char* sqlType; };
    const F fields[] = {{"id", FieldType::Number, "REAL"}, {"Full Name", FieldType::Text, "TEXT"},
                        {"active", FieldType::Boolean, "INTEGER"}, {"signed_up", FieldType::Date, "TEXT"},
                        {"stack", FieldType::List, "TEXT"}};
    if (!ws.exec("BEGIN", error))
        return false;
    int pos = 0;
    for (const F& f : fields) {
        const QString name = QString::fromLatin1(f.name);
        const std::string alter = "ALTER TABLE leads ADD COLUMN " + Workspace::quoteIdentifier(name) + " " + f.sqlType;
        const QByteArray ins = "INSERT INTO fields(name, type, source_column, placeholders, position) VALUES('"
            + QByteArray(f.name) + "', '" + fieldTypeName(f.type).toUtf8() + "', '" + QByteArray(f.name) + "', '[]', "
            + QByteArray::number(pos++) + ")";
        if (!ws.exec(alter.c_str(), error) || !ws.exec(ins.constData(), error))
            return false;
    }
    sqlite3_stmt* st = nullptr;
    sqlite3_prepare_v2(ws.handle(), "INSERT INTO leads(\"id\", \"Full Name\", \"active\", \"signed_up\", \"stack\") VALUES(?,?,?,?,?)", -1, &st, nullptr);
    for (const LeadRow& r : sampleLeads()) {
        sqlite3_reset(st);
        const QVariant vals[] = {r.id, r.name, r.active, r.signedUp, r.stack};
        for (int k = 0; k < 5; ++k) {
            const QVariant& v = vals[k];
            if (!v.isValid())
                sqlite3_bind_null(st, k + 1);
            else if (v.typeId() == QMetaType::Double)
                sqlite3_bind_double(st, k + 1, v.toDouble());
            else if (v.typeId() == QMetaType::Bool)
                sqlite3_bind_int(st, k + 1, v.toBool() ? 1 : 0);
            else
                sqlite3_bind_text(st, k + 1, v.toString().toUtf8().constData(), -1, SQLITE_TRANSIENT);
        }
        if (sqlite3_step(st) != SQLITE_DONE) {
            *error = ws.lastError();
            sqlite3_finalize(st);
            return false;
        }
    }
    sqlite3_finalize(st);
    return ws.exec("COMMIT", error);
}

} // namespace

void TestWorkspace::readLeads_data()
{
    QTest::addColumn<qint64>("offset");
    QTest::addColumn<int>("count");
    QTest::addColumn<int>("expectedRows");
    QTest::newRow("first page") << qint64(0) << 10 << 10;
    QTest::newRow("second page") << qint64(10) << 10 << 10;
    QTest::newRow("last, partial page") << qint64(20) << 10 << 5;
    QTest::newRow("past the end") << qint64(25) << 10 << 0;
    QTest::newRow("far past the end") << qint64(1000) << 10 << 0;
    QTest::newRow("zero rows") << qint64(3) << 0 << 0;
    QTest::newRow("one row in the middle") << qint64(13) << 1 << 1;
    QTest::newRow("everything") << qint64(0) << 1000 << 25;
}

void TestWorkspace::readLeadsAfterRowsWereDeleted()
{
    // Pages seek by rowid while rowids are 1..count; once a row is gone (another SQLite tool may
    // delete leads) they must still be the n-th rows, not the rows after rowid n.
    QTemporaryDir dir;
    QString error;
    auto ws = Workspace::open(dir.filePath(QStringLiteral("leads.segdb")), &error);
    QVERIFY2(ws, qPrintable(error));
    QVERIFY2(buildLeadTable(*ws, &error), qPrintable(error));
    const QList<LeadRow> all = sampleLeads();
    QCOMPARE(ws->readLeads(4, 1).at(0).at(0).toDouble(), all[4].id.toDouble());
    QVERIFY2(ws->exec("DELETE FROM leads WHERE rowid = 3", &error), qPrintable(error));
    QCOMPARE(ws->leadCount(), qint64(24));
    const auto page = ws->readLeads(4, 2);
    QCOMPARE(int(page.size()), 2);
    QCOMPARE(page[0].at(0).toDouble(), all[5].id.toDouble());
    QCOMPARE(page[1].at(0).toDouble(), all[6].id.toDouble());
    QCOMPARE(int(ws->readLeads(20, 10).size()), 4);
}

void TestWorkspace::readLeads()
{
    QFETCH(qint64, offset);
    QFETCH(int, count);
    QFETCH(int, expectedRows);
    QTemporaryDir dir;
    QString error;
    auto ws = Workspace::open(dir.filePath(QStringLiteral("leads.segdb")), &error);
    QVERIFY2(ws, qPrintable(error));
    QVERIFY2(buildLeadTable(*ws, &error), qPrintable(error));
    QCOMPARE(ws->leadCount(), qint64(25));
    QCOMPARE(ws->fields().size(), 5);

    const auto page = ws->readLeads(offset, count);
    QCOMPARE(int(page.size()), expectedRows);
    const QList<LeadRow> all = sampleLeads();
    for (int i = 0; i < expectedRows; ++i) {
        const LeadRow& want = all[int(offset) + i];
        const std::vector<QVariant>& got = page[size_t(i)];
        QCOMPARE(got.size(), size_t(5));
        const QVariant wants[] = {want.id, want.name, want.active, want.signedUp, want.stack};
        for (int k = 0; k < 5; ++k) {
            const QString where = QStringLiteral("row %1 column %2").arg(offset + i).arg(k);
            if (!wants[k].isValid()) {
                QVERIFY2(!got[size_t(k)].isValid() || got[size_t(k)].isNull(), qPrintable(where));
                continue;
            }
            QVERIFY2(got[size_t(k)].isValid(), qPrintable(where));
            switch (k) {
            case 0:
                QVERIFY2(got[0].typeId() == QMetaType::Double, qPrintable(where));
                QCOMPARE(got[0].toDouble(), wants[0].toDouble());
                break;
            case 2:
                QVERIFY2(got[2].typeId() == QMetaType::Bool, qPrintable(where));
                QCOMPARE(got[2].toBool(), wants[2].toBool());
                break;
            default:
                QCOMPARE(got[size_t(k)].toString(), wants[k].toString());
            }
        }
    }
}

void TestWorkspace::fillRates()
{
    QTemporaryDir dir;
    QString error;
    auto ws = Workspace::open(dir.filePath(QStringLiteral("fill.segdb")), &error);
    QVERIFY2(ws, qPrintable(error));
    QVERIFY2(buildLeadTable(*ws, &error), qPrintable(error));
    const QList<FieldFill> fills = ws->fillRates();
    QCOMPARE(fills.size(), 5);
    int expected[5] = {0, 0, 0, 0, 0};
    for (const LeadRow& r : sampleLeads()) {
        const QVariant vals[] = {r.id, r.name, r.active, r.signedUp, r.stack};
        for (int k = 0; k < 5; ++k)
            expected[k] += vals[k].isValid() ? 1 : 0;
    }
    const QStringList names = {"id", "Full Name", "active", "signed_up", "stack"};
    for (int k = 0; k < 5; ++k) {
        QCOMPARE(fills[k].name, names[k]);
        QCOMPARE(fills[k].filled, qint64(expected[k]));
    }
}

void TestWorkspace::ruleSetVersions()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("rules.segdb"));
    QString error;
    auto ws = Workspace::open(path, &error);
    QVERIFY2(ws, qPrintable(error));
    QVERIFY(ws->latestRuleSet(QStringLiteral("Tiers")).isEmpty());
    const qint64 v1 = ws->saveRuleSetVersion(QStringLiteral("Tiers"), "{\"a\":1}", QStringLiteral("ann"), QStringLiteral("first"), &error);
    const qint64 v2 = ws->saveRuleSetVersion(QStringLiteral("Tiers"), "{\"a\":2, \"n\":\"\xC3\xA9\"}", QStringLiteral("bob"), QString(), &error);
    const qint64 o1 = ws->saveRuleSetVersion(QStringLiteral("Other"), "{}", QString(), QString(), &error);
    QVERIFY(v1 > 0 && v2 > v1 && o1 > v2);
    ws.reset();
    ws = Workspace::open(path, &error);
    QVERIFY2(ws, qPrintable(error));
    QCOMPARE(ws->latestRuleSet(QStringLiteral("Tiers")), QByteArray("{\"a\":2, \"n\":\"\xC3\xA9\"}"));
    QCOMPARE(ws->latestRuleSet(QStringLiteral("Other")), QByteArray("{}"));
    QCOMPARE(ws->ruleSetNames(), (QStringList{QStringLiteral("Tiers"), QStringLiteral("Other")}));
    QCOMPARE(scalar(ws->handle(), "SELECT count(*) FROM rule_set_versions"), QStringLiteral("3"));
}

void TestWorkspace::transactionRollsBack()
{
    QTemporaryDir dir;
    QString error;
    auto ws = Workspace::open(dir.filePath(QStringLiteral("tx.segdb")), &error);
    QVERIFY2(ws, qPrintable(error));
    {
        WorkspaceTransaction tx(*ws);
        QVERIFY(tx.isActive());
        QVERIFY(ws->setSetting(QStringLiteral("k"), QStringLiteral("rolled back")));
    }
    QCOMPARE(ws->setting(QStringLiteral("k"), QStringLiteral("none")), QStringLiteral("none"));
    {
        WorkspaceTransaction tx(*ws);
        QVERIFY(ws->setSetting(QStringLiteral("k"), QStringLiteral("kept")));
        QVERIFY2(tx.commit(&error), qPrintable(error));
        QVERIFY(!tx.commit()); // only once
    }
    QCOMPARE(ws->setting(QStringLiteral("k")), QStringLiteral("kept"));
    QVERIFY(ws->integrityCheck());
}

void TestWorkspace::nestedTransactionIsASavepoint()
{
    QTemporaryDir dir;
    QString error;
    auto ws = Workspace::open(dir.filePath(QStringLiteral("nested.segdb")), &error);
    QVERIFY2(ws, qPrintable(error));
    const auto versions = [&] { return scalar(ws->handle(), "SELECT count(*) FROM rule_set_versions"); };
    {
        WorkspaceTransaction outer(*ws);
        QVERIFY(outer.isActive());
        QVERIFY(ws->setSetting(QStringLiteral("outer"), QStringLiteral("1")));
        {
            WorkspaceTransaction inner(*ws);
            QVERIFY(inner.isActive());
            QVERIFY(ws->setSetting(QStringLiteral("inner"), QStringLiteral("undone")));
        } // dropped: only the inner change is undone
        QCOMPARE(ws->setting(QStringLiteral("inner"), QStringLiteral("none")), QStringLiteral("none"));
        QCOMPARE(ws->setting(QStringLiteral("outer")), QStringLiteral("1"));
        // saveRuleSetVersion commits its own transaction, which is a savepoint in here.
        QVERIFY(ws->saveRuleSetVersion(QStringLiteral("Tiers"), "{}", QString(), QString(), &error) > 0);
        QCOMPARE(versions(), QStringLiteral("1"));
    } // the outer transaction is dropped: the released savepoint goes with it
    QCOMPARE(versions(), QStringLiteral("0"));
    QCOMPARE(ws->setting(QStringLiteral("outer"), QStringLiteral("none")), QStringLiteral("none"));
    {
        WorkspaceTransaction outer(*ws);
        QVERIFY(ws->saveRuleSetVersion(QStringLiteral("Tiers"), "{}", QString(), QString(), &error) > 0);
        QVERIFY2(outer.commit(&error), qPrintable(error));
    }
    QCOMPARE(versions(), QStringLiteral("1"));
    QVERIFY(sqlite3_get_autocommit(ws->handle()) != 0); // nothing left open
    QVERIFY(ws->integrityCheck());
}

void TestWorkspace::saveCopy()
{
    QTemporaryDir dir;
    QString error;
    const QString path = dir.filePath(QStringLiteral("ws.segdb"));
    auto ws = Workspace::open(path, &error);
    QVERIFY2(ws, qPrintable(error));
    QVERIFY(ws->exec("CREATE TABLE t(x); INSERT INTO t VALUES (1), (2), (3);"
                     "CREATE TABLE big(b); INSERT INTO big WITH RECURSIVE c(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM c"
                     " WHERE i < 20000) SELECT randomblob(64) FROM c;", &error));
    QVERIFY(ws->saveRuleSetVersion(QStringLiteral("Tiers"), "{\"v\": 1}", QStringLiteral("me"), QStringLiteral("first"), &error) > 0);
    QVERIFY(ws->setSetting(QStringLiteral("key_field"), QStringLiteral("x"), &error));
    // Still in the write-ahead log, not checkpointed: the copy has it all the same.
    QVERIFY(QFileInfo(path + QStringLiteral("-wal")).size() > 0);

    // A private workspace makes a private copy.
    QVERIFY(QFile(path).setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner));
    const QString copy = dir.filePath(QStringLiteral("copy.segdb"));
    int calls = 0;
    QVERIFY2(ws->saveCopy(copy, &error, [&] { return ++calls > 0; }), qPrintable(error));
    QVERIFY(calls >= 2); // during the copy, and once more before it is given its name
    QCOMPARE(QFile(copy).permissions() & ~(QFileDevice::ReadUser | QFileDevice::WriteUser),
             QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    {
        auto c = Workspace::open(copy, &error);
        QVERIFY2(c, qPrintable(error));
        QVERIFY(!c->isReadOnly());
        QCOMPARE(scalar(c->handle(), "SELECT group_concat(x) FROM t"), QStringLiteral("1,2,3"));
        QCOMPARE(scalar(c->handle(), "SELECT count(*) FROM big"), QStringLiteral("20000"));
        QCOMPARE(c->latestRuleSet(QStringLiteral("Tiers")), QByteArray("{\"v\": 1}"));
        QCOMPARE(c->keyField(), QStringLiteral("x"));
        QVERIFY(c->integrityCheck());
    }
    // No temporary file is left beside it.
    QCOMPARE(QDir(dir.path()).entryList({QStringLiteral("*.part")}, QDir::Files), QStringList());

    // Refusals: an existing file (unchanged), the workspace itself, a missing folder.
    const QByteArray before = fileHash(copy);
    QVERIFY(!ws->saveCopy(copy, &error));
    QVERIFY2(error.contains(QLatin1String("already exists")), qPrintable(error));
    QCOMPARE(fileHash(copy), before);
    QVERIFY(!ws->saveCopy(path, &error));
    QVERIFY2(error.contains(QLatin1String("the workspace itself")), qPrintable(error));
    // A journal left by some crashed program would be rolled back into the copy when it is opened.
    const QString journalled = dir.filePath(QStringLiteral("journalled.segdb"));
    QVERIFY(writeFile(journalled + QStringLiteral("-journal"), "not ours"));
    QVERIFY(!ws->saveCopy(journalled, &error));
    QVERIFY2(error.contains(QLatin1String("already exists")), qPrintable(error));
    QVERIFY(!QFileInfo::exists(journalled));
    QVERIFY(!ws->saveCopy(dir.filePath(QStringLiteral("no/such/folder/x.segdb")), &error));
    QVERIFY2(error.contains(QLatin1String("folder does not exist")), qPrintable(error));
    // Cancelled while it writes: no copy, no temporary file.
    int asked = 0;
    const QString cancelled = dir.filePath(QStringLiteral("cancelled.segdb"));
    QVERIFY(!ws->saveCopy(cancelled, &error, [&] { return ++asked < 2; }));
    QVERIFY2(error.contains(QLatin1String("cancelled")), qPrintable(error));
    QCOMPARE(asked, 2);
    QVERIFY(!QFileInfo::exists(cancelled));
    QCOMPARE(QDir(dir.path()).entryList({QStringLiteral("*.part")}, QDir::Files), QStringList());
}

void TestWorkspace::quoteIdentifier_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QByteArray>("expected");
    QTest::newRow("plain") << "name" << QByteArray("\"name\"");
    QTest::newRow("keyword") << "default" << QByteArray("\"default\"");
    QTest::newRow("dots and spaces") << "emp.var rate" << QByteArray("\"emp.var rate\"");
    QTest::newRow("quote") << "a\"b" << QByteArray("\"a\"\"b\"");
    QTest::newRow("unicode") << QStringLiteral("\u00e9tat") << QByteArray("\"\xC3\xA9tat\"");
}

void TestWorkspace::quoteIdentifier()
{
    QFETCH(QString, name);
    QFETCH(QByteArray, expected);
    QCOMPARE(QByteArray::fromStdString(Workspace::quoteIdentifier(name)), expected);

    // And the quoted name really works as a column name.
    QTemporaryDir dir;
    QString error;
    auto ws = Workspace::open(dir.filePath(QStringLiteral("q.segdb")), &error);
    QVERIFY2(ws, qPrintable(error));
    const std::string sql = "CREATE TABLE t(" + Workspace::quoteIdentifier(name) + " TEXT); INSERT INTO t VALUES('v');"
        "SELECT " + Workspace::quoteIdentifier(name) + " FROM t";
    QVERIFY2(ws->exec(sql.c_str(), &error), qPrintable(error));
}

QTEST_GUILESS_MAIN(TestWorkspace)
#include "tst_workspace.moc"
