// Workspace file: schema, forward migrations, settings, field and import metadata, lead pages.
#include "workspace.h"

#include "pendingfile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryFile>
#include <QUrl>

#include <sqlite3.h>

#include <algorithm>
#include <cerrno>
#include <cstdio> // renameat2
#include <fcntl.h>
#include <unistd.h>

namespace sd {

namespace {

// SQLite's message, with what it means for the user when the disk is the problem: a full disk
// reads "database or disk is full" already; a file-size limit or a failing or removed disk is an
// I/O error that does not say so.
QString describe(sqlite3* db, const char* message)
{
    const QString text = QString::fromUtf8(message ? message : sqlite3_errmsg(db));
    switch (sqlite3_errcode(db)) {
    case SQLITE_IOERR: return QCoreApplication::translate("sd::Workspace", "%1 (the disk could not be written: is it full, over a size limit, or removed?)")
                                  .arg(text);
    default: return text;
    }
}

QString errorOf(sqlite3* db) { return describe(db, nullptr); }

// Write permission as the file's mode bits say, whoever asks (the superuser may write anyway).
bool hasWriteBit(const QFileInfo& f)
{
    return f.permissions() & (QFileDevice::WriteOwner | QFileDevice::WriteGroup | QFileDevice::WriteOther);
}

// A workspace cut short (an interrupted copy or download) still opens in SQLite, and then fails
// query by query. Its header says how long it should be: compare, unless a write-ahead log or a
// journal beside it may still complete the file.
QString truncation(const QString& path)
{
    for (const char* suffix : {"-wal", "-journal"}) {
        const QFileInfo side(path + QLatin1String(suffix));
        if (side.exists() && side.size() > 0)
            return {};
    }
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    const QByteArray h = f.read(100);
    if (h.size() < 100 || !h.startsWith(QByteArrayView("SQLite format 3\0", 16)))
        return {};
    auto be32 = [&](int at) {
        return quint32(quint8(h[at])) << 24 | quint32(quint8(h[at + 1])) << 16 | quint32(quint8(h[at + 2])) << 8 | quint8(h[at + 3]);
    };
    const quint32 rawPageSize = quint32(quint8(h[16])) << 8 | quint8(h[17]);
    const qint64 pageSize = rawPageSize == 1 ? 65536 : rawPageSize;
    const qint64 pages = be32(28);
    // The size field counts only when it was written by the same change as the header (offset 92).
    if (pages == 0 || be32(24) != be32(92) || pageSize < 512)
        return {};
    const qint64 expected = pages * pageSize;
    if (f.size() >= expected)
        return {};
    return QCoreApplication::translate("sd::Workspace", "%1: the workspace file is damaged: it is cut off at %2 of %3 bytes (an interrupted copy?); use a backup")
        .arg(path).arg(f.size()).arg(expected);
}

bool onReadOnlyDisk(const QString& path)
{
    return ::access(QFile::encodeName(path).constData(), W_OK) != 0 && errno == EROFS;
}

// One forward step per schema version: migrations[i] takes a file from version i to i + 1.
const char* const kMigrations[] = {
    // 0 → 1: leads, fields, imports, settings.
    "CREATE TABLE fields(id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE COLLATE NOCASE,"
    " type TEXT NOT NULL, source_column TEXT, placeholders TEXT, position INTEGER NOT NULL);"
    "CREATE TABLE imports(id INTEGER PRIMARY KEY, file TEXT, imported_at TEXT, rows_read INTEGER,"
    " inserted INTEGER, updated INTEGER, unchanged INTEGER, skipped INTEGER, rejected INTEGER,"
    " rejects_file TEXT, options TEXT);"
    "CREATE TABLE settings(key TEXT PRIMARY KEY, value TEXT);"
    "CREATE TABLE leads(rowid INTEGER PRIMARY KEY);",
    // 1 → 2: rule sets with a version history, and tags written back per rule-set version.
    "CREATE TABLE rule_sets(id INTEGER PRIMARY KEY, name TEXT NOT NULL, created_at TEXT NOT NULL);"
    "CREATE TABLE rule_set_versions(id INTEGER PRIMARY KEY,"
    " rule_set_id INTEGER NOT NULL REFERENCES rule_sets(id) ON DELETE CASCADE,"
    " saved_at TEXT NOT NULL, author TEXT, comment TEXT, content TEXT NOT NULL);"
    "CREATE INDEX rule_set_versions_by_set ON rule_set_versions(rule_set_id);"
    "CREATE TABLE tags(lead_rowid INTEGER NOT NULL,"
    " version_id INTEGER NOT NULL REFERENCES rule_set_versions(id) ON DELETE CASCADE,"
    " segment_id TEXT NOT NULL, holdout INTEGER, PRIMARY KEY(version_id, lead_rowid)) WITHOUT ROWID;",
    // 2 → 3: a lead may carry several segments (overlapping trees); the lead's key is kept so that
    // a later import can be compared with what was tagged; one run record per tagged version.
    "CREATE TABLE tags_v3(version_id INTEGER NOT NULL REFERENCES rule_set_versions(id) ON DELETE CASCADE,"
    " lead_rowid INTEGER NOT NULL, lead_key TEXT, segment_id TEXT NOT NULL, holdout INTEGER,"
    " PRIMARY KEY(version_id, lead_rowid, segment_id)) WITHOUT ROWID;"
    "INSERT INTO tags_v3(version_id, lead_rowid, segment_id, holdout)"
    " SELECT version_id, lead_rowid, segment_id, holdout FROM tags;"
    "DROP TABLE tags;"
    "ALTER TABLE tags_v3 RENAME TO tags;"
    "CREATE TABLE tag_runs(version_id INTEGER PRIMARY KEY REFERENCES rule_set_versions(id) ON DELETE CASCADE,"
    " tagged_at TEXT NOT NULL, as_of TEXT NOT NULL, leads INTEGER NOT NULL, rows INTEGER NOT NULL);",
};
static_assert(std::size(kMigrations) == Workspace::SchemaVersion);

class Statement
{
public:
    Statement(sqlite3* db, const char* sql) { sqlite3_prepare_v2(db, sql, -1, &mStmt, nullptr); }
    ~Statement() { sqlite3_finalize(mStmt); }
    Statement(const Statement&) = delete;
    Statement& operator=(const Statement&) = delete;
    explicit operator bool() const { return mStmt != nullptr; }
    bool step() { return mStmt && sqlite3_step(mStmt) == SQLITE_ROW; }
    sqlite3_stmt* get() const { return mStmt; }
    QString text(int col) const
    {
        auto p = reinterpret_cast<const char*>(sqlite3_column_text(mStmt, col));
        return p ? QString::fromUtf8(p, sqlite3_column_bytes(mStmt, col)) : QString();
    }
    qint64 integer(int col) const { return sqlite3_column_int64(mStmt, col); }

private:
    sqlite3_stmt* mStmt = nullptr;
};

} // namespace

Workspace::Workspace(sqlite3* db, QString path, bool readOnly)
    : mDb(db), mPath(std::move(path)), mReadOnly(readOnly)
{
}

Workspace::~Workspace()
{
    sqlite3_close_v2(mDb);
}

std::string Workspace::quoteIdentifier(const QString& name)
{
    std::string out = "\"";
    for (char c : name.toStdString()) {
        if (c == '"')
            out += '"';
        out += c;
    }
    out += '"';
    return out;
}

std::unique_ptr<Workspace> Workspace::open(const QString& path, QString* error, Mode mode)
{
    auto fail = [&](const QString& msg) {
        if (error)
            *error = msg;
        return std::unique_ptr<Workspace>();
    };
    const bool exists = QFileInfo::exists(path);
    bool readOnly = mode == Mode::ReadOnly;
    if (!exists && readOnly)
        return fail(QCoreApplication::translate("sd::Workspace", "%1: no such workspace").arg(path));
    if (exists && !QFileInfo(path).isFile())
        return fail(QCoreApplication::translate("sd::Workspace", "%1: not a Segment Designer workspace (not a file)")
                        .arg(path));
    QString reason = readOnly ? QCoreApplication::translate("sd::Workspace", "The workspace was opened read-only.") : QString();
    const QString folder = QFileInfo(path).absolutePath();
    if (!readOnly && exists) {
        // A file or folder without write permission opens read-only rather than failing. Permission
        // bits count even for the superuser, who could write anyway: they say the owner wants no change.
        const QFileInfo file(path), dir(folder);
        if (onReadOnlyDisk(path))
            reason = QCoreApplication::translate("sd::Workspace", "The disk holding %1 is read-only, so changes cannot be saved.")
                         .arg(path);
        else if (!file.isWritable() || !hasWriteBit(file))
            reason = QCoreApplication::translate("sd::Workspace", "You do not have permission to change %1, so changes cannot be saved.")
                         .arg(path);
        else if (!dir.isWritable() || !hasWriteBit(dir))
            reason = QCoreApplication::translate("sd::Workspace", "The folder %1 is read-only, so changes to the workspace cannot be saved.")
                         .arg(folder);
        readOnly = !reason.isEmpty();
    }
    if (exists) {
        if (const QString cut = truncation(path); !cut.isEmpty())
            return fail(cut);
    }
    auto openDb = [&](const QByteArray& name, int flags, sqlite3** db) -> int {
        const int rc = sqlite3_open_v2(name.constData(), db, flags | SQLITE_OPEN_NOMUTEX, nullptr);
        if (rc == SQLITE_OK)
            sqlite3_busy_timeout(*db, 5000);
        return rc;
    };
    sqlite3* db = nullptr;
    const int flags = readOnly ? SQLITE_OPEN_READONLY : (SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE);
    const QByteArray native = path.toUtf8();
    int rc = openDb(native, flags, &db);
    if (rc != SQLITE_OK && !readOnly && exists) {
        // A read-only disk, for one, only shows when SQLite tries: fall back to reading.
        sqlite3_close_v2(db);
        db = nullptr;
        readOnly = true;
        reason = QCoreApplication::translate("sd::Workspace", "The disk holding %1 cannot be written, so changes cannot be saved.")
                     .arg(path);
        rc = openDb(native, SQLITE_OPEN_READONLY, &db);
    }
    if (rc != SQLITE_OK) {
        const QString msg = db ? errorOf(db) : QCoreApplication::translate("sd::Workspace", "out of memory");
        sqlite3_close_v2(db);
        return fail(QCoreApplication::translate("sd::Workspace", "%1: cannot open workspace: %2").arg(path, msg));
    }
    std::unique_ptr<Workspace> ws(new Workspace(db, path, readOnly));

    // Reading the header tells a non-SQLite file apart before anything is written to it.
    int version = -1;
    auto readVersion = [&] {
        Statement st(ws->mDb, "PRAGMA user_version");
        if (!st || !st.step())
            return false;
        version = int(st.integer(0));
        return true;
    };
    if (!readVersion()) {
        const int code = sqlite3_errcode(ws->mDb);
        const QString msg = errorOf(ws->mDb);
        // A WAL workspace read in a folder where SQLite cannot create its shared-memory file: with
        // no write-ahead log left beside it, the file alone is the whole state and is read as is.
        const QFileInfo wal(path + QStringLiteral("-wal"));
        if (readOnly && (code == SQLITE_CANTOPEN || code == SQLITE_READONLY) && (!wal.exists() || wal.size() == 0)) {
            ws.reset();
            const QByteArray uri = "file:" + QUrl::fromLocalFile(QFileInfo(path).absoluteFilePath()).path(QUrl::FullyEncoded).toUtf8()
                + "?immutable=1";
            db = nullptr;
            if (openDb(uri, SQLITE_OPEN_READONLY | SQLITE_OPEN_URI, &db) != SQLITE_OK) {
                sqlite3_close_v2(db);
                return fail(QCoreApplication::translate("sd::Workspace", "%1: cannot open workspace: %2").arg(path, msg));
            }
            ws.reset(new Workspace(db, path, true));
            if (!readVersion())
                return fail(QCoreApplication::translate("sd::Workspace", "%1: not a Segment Designer workspace (%2)")
                                .arg(path, errorOf(db)));
        } else if (code == SQLITE_NOTADB) {
            return fail(QCoreApplication::translate("sd::Workspace", "%1: not a Segment Designer workspace (the file is not an SQLite database)")
                            .arg(path));
        } else {
            return fail(QCoreApplication::translate("sd::Workspace", "%1: cannot open workspace: %2").arg(path, msg));
        }
    }
    ws->mReadOnlyReason = reason;
    // user_version is a signed 32-bit number that this program only ever sets to 1, 2, …
    if (version < 0)
        return fail(QCoreApplication::translate("sd::Workspace", "%1: not a Segment Designer workspace (schema version %2 is not one this program writes)")
                        .arg(path).arg(version));
    if (version > SchemaVersion)
        return fail(QCoreApplication::translate("sd::Workspace", "%1: workspace is from a newer version of Segment Designer (schema %2, this version reads up to %3)")
                        .arg(path).arg(version).arg(SchemaVersion));
    if (version == 0 && exists) {
        // An existing SQLite file with tables but no version is some other program's database.
        Statement st(db, "SELECT count(*) FROM sqlite_master");
        if (st.step() && st.integer(0) > 0)
            return fail(QCoreApplication::translate("sd::Workspace", "%1: this SQLite file is not a Segment Designer workspace")
                            .arg(path));
    }
    QString err;
    if (!readOnly) {
        if (!ws->exec("PRAGMA journal_mode=WAL", &err))
            return fail(QCoreApplication::translate("sd::Workspace", "%1: %2").arg(path, err));
        ws->exec("PRAGMA synchronous=NORMAL");
    } else if (version < SchemaVersion) {
        // A workspace from an earlier version is upgraded once (the migration is one transaction)
        // when its file can be written, and then read as asked; reading must not need a GUI visit.
        ws.reset();
        QString why = reason;
        if (mode == Mode::ReadOnly) {
            QString upgradeError;
            std::unique_ptr<Workspace> writable = open(path, &upgradeError, Mode::ReadWrite);
            if (!writable)
                return fail(upgradeError);
            const bool upgraded = !writable->isReadOnly();
            why = writable->readOnlyReason();
            writable.reset();
            if (upgraded)
                return open(path, error, Mode::ReadOnly);
        }
        return fail(QCoreApplication::translate("sd::Workspace",
                                                "%1: workspace needs an upgrade to schema %2 but cannot be written: %3")
                        .arg(path).arg(SchemaVersion).arg(why));
    }
    ws->exec("PRAGMA foreign_keys=ON");
    if (version < SchemaVersion && !ws->migrate(&err))
        return fail(QCoreApplication::translate("sd::Workspace", "%1: cannot upgrade workspace: %2").arg(path, err));
    return ws;
}

bool Workspace::refuseWrite(QString* error) const
{
    if (!mReadOnly)
        return false;
    if (error)
        *error = QCoreApplication::translate("sd::Workspace", "%1 is read-only: %2").arg(mPath, mReadOnlyReason);
    return true;
}

bool Workspace::migrate(QString* error)
{
    WorkspaceTransaction tx(*this);
    if (!tx.isActive()) {
        if (error)
            *error = lastError();
        return false;
    }
    int version = 0;
    {
        Statement st(mDb, "PRAGMA user_version");
        if (st.step())
            version = int(st.integer(0));
    }
    for (int v = std::max(version, 0); v < SchemaVersion; ++v) {
        if (!exec(kMigrations[v], error))
            return false;
        const std::string pragma = "PRAGMA user_version=" + std::to_string(v + 1);
        if (!exec(pragma.c_str(), error))
            return false;
    }
    return tx.commit(error);
}

bool Workspace::exec(const char* sql, QString* error) const
{
    char* msg = nullptr;
    if (sqlite3_exec(mDb, sql, nullptr, nullptr, &msg) != SQLITE_OK) {
        if (error)
            *error = describe(mDb, msg);
        sqlite3_free(msg);
        return false;
    }
    return true;
}

QString Workspace::lastError() const
{
    return errorOf(mDb);
}

QList<FieldDef> Workspace::fields() const
{
    QList<FieldDef> out;
    Statement st(mDb, "SELECT id, name, type, source_column, placeholders, position FROM fields ORDER BY position, id");
    while (st.step()) {
        FieldDef f;
        f.id = st.integer(0);
        f.name = st.text(1);
        f.type = fieldTypeFromName(st.text(2)).value_or(FieldType::Text);
        f.sourceColumn = st.text(3);
        // Placeholders are a JSON array of strings.
        const QJsonDocument ph = QJsonDocument::fromJson(st.text(4).toUtf8());
        for (const QJsonValue& v : ph.array())
            f.placeholders.append(v.toString());
        f.position = int(st.integer(5));
        out.append(f);
    }
    return out;
}

std::optional<FieldDef> Workspace::field(const QString& name) const
{
    for (const FieldDef& f : fields())
        if (f.name.compare(name, Qt::CaseInsensitive) == 0)
            return f;
    return std::nullopt;
}

QList<ImportRecord> Workspace::imports() const
{
    QList<ImportRecord> out;
    Statement st(mDb, "SELECT id, file, imported_at, rows_read, inserted, updated, unchanged, skipped,"
                      " rejected, rejects_file, options FROM imports ORDER BY id");
    while (st.step()) {
        ImportRecord r;
        r.id = st.integer(0);
        r.file = st.text(1);
        r.importedAt = QDateTime::fromString(st.text(2), Qt::ISODate);
        r.rowsRead = st.integer(3);
        r.inserted = st.integer(4);
        r.updated = st.integer(5);
        r.unchanged = st.integer(6);
        r.skipped = st.integer(7);
        r.rejected = st.integer(8);
        r.rejectsFile = st.text(9);
        r.optionsJson = st.text(10);
        out.append(r);
    }
    return out;
}

qint64 Workspace::leadCount() const
{
    Statement st(mDb, "SELECT count(*) FROM leads");
    return st.step() ? st.integer(0) : 0;
}

QList<FieldFill> Workspace::fillRates() const
{
    QList<FieldFill> out;
    const QList<FieldDef> fs = fields();
    if (fs.isEmpty())
        return out;
    std::string sql = "SELECT ";
    for (int i = 0; i < fs.size(); ++i) {
        if (i)
            sql += ", ";
        sql += "count(" + quoteIdentifier(fs[i].name) + ")";
    }
    sql += " FROM leads";
    Statement st(mDb, sql.c_str());
    const bool ok = st.step();
    for (int i = 0; i < fs.size(); ++i)
        out.append(FieldFill{fs[i].name, ok ? st.integer(i) : 0, -1});
    return out;
}

QString Workspace::setting(const QString& key, const QString& fallback) const
{
    Statement st(mDb, "SELECT value FROM settings WHERE key = ?");
    const QByteArray k = key.toUtf8();
    sqlite3_bind_text(st.get(), 1, k.constData(), int(k.size()), SQLITE_TRANSIENT);
    return st.step() ? st.text(0) : fallback;
}

bool Workspace::setSetting(const QString& key, const QString& value, QString* error)
{
    if (refuseWrite(error))
        return false;
    Statement st(mDb, "INSERT INTO settings(key, value) VALUES(?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value");
    const QByteArray k = key.toUtf8(), v = value.toUtf8();
    sqlite3_bind_text(st.get(), 1, k.constData(), int(k.size()), SQLITE_TRANSIENT);
    sqlite3_bind_text(st.get(), 2, v.constData(), int(v.size()), SQLITE_TRANSIENT);
    if (sqlite3_step(st.get()) != SQLITE_DONE) {
        if (error)
            *error = lastError();
        return false;
    }
    return true;
}

bool Workspace::denseRowids() const
{
    qint64 version = -1;
    {
        Statement st(mDb, "PRAGMA data_version");
        if (st.step())
            version = st.integer(0);
    }
    const std::pair<qint64, qint64> key{version, sqlite3_total_changes64(mDb)};
    if (key != mDenseKey) {
        Statement st(mDb, "SELECT coalesce(max(rowid), 0) FROM leads");
        mDense = st.step() && st.integer(0) == leadCount();
        mDenseKey = key;
    }
    return mDense;
}

std::vector<std::vector<QVariant>> Workspace::readLeads(qint64 offset, int count) const
{
    std::vector<std::vector<QVariant>> rows;
    const QList<FieldDef> fs = fields();
    if (fs.isEmpty() || count <= 0)
        return rows;
    std::string sql = "SELECT ";
    for (int i = 0; i < fs.size(); ++i) {
        if (i)
            sql += ", ";
        sql += quoteIdentifier(fs[i].name);
    }
    // OFFSET steps over every earlier row (~0.5 s deep into 1M leads); a rowid seek does not.
    const bool dense = denseRowids();
    sql += dense ? " FROM leads WHERE rowid > ? ORDER BY rowid LIMIT ?" : " FROM leads ORDER BY rowid LIMIT ? OFFSET ?";
    Statement st(mDb, sql.c_str());
    sqlite3_bind_int64(st.get(), dense ? 2 : 1, count);
    sqlite3_bind_int64(st.get(), dense ? 1 : 2, offset);
    rows.reserve(size_t(count));
    while (st.step()) {
        std::vector<QVariant> row;
        row.reserve(size_t(fs.size()));
        for (int i = 0; i < fs.size(); ++i) {
            sqlite3_stmt* s = st.get();
            switch (sqlite3_column_type(s, i)) {
            case SQLITE_NULL: row.emplace_back(); break;
            case SQLITE_INTEGER:
                if (fs[i].type == FieldType::Boolean)
                    row.emplace_back(sqlite3_column_int64(s, i) != 0);
                else if (fs[i].type == FieldType::Number)
                    row.emplace_back(double(sqlite3_column_int64(s, i)));
                else
                    row.emplace_back(st.text(i));
                break;
            case SQLITE_FLOAT: row.emplace_back(sqlite3_column_double(s, i)); break;
            default: row.emplace_back(st.text(i)); break;
            }
        }
        rows.push_back(std::move(row));
    }
    return rows;
}

qint64 Workspace::saveRuleSetVersion(const QString& name, const QByteArray& content, const QString& author,
                                     const QString& comment, QString* error)
{
    if (refuseWrite(error))
        return 0;
    WorkspaceTransaction tx(*this);
    if (!tx.isActive()) {
        if (error)
            *error = lastError();
        return 0;
    }
    const QByteArray n = name.toUtf8(), a = author.toUtf8(), c = comment.toUtf8();
    const QByteArray now = QDateTime::currentDateTimeUtc().toString(Qt::ISODate).toUtf8();
    qint64 setId = 0;
    {
        Statement st(mDb, "SELECT id FROM rule_sets WHERE name = ?");
        sqlite3_bind_text(st.get(), 1, n.constData(), int(n.size()), SQLITE_TRANSIENT);
        if (st.step())
            setId = st.integer(0);
    }
    if (setId == 0) {
        Statement st(mDb, "INSERT INTO rule_sets(name, created_at) VALUES(?, ?)");
        sqlite3_bind_text(st.get(), 1, n.constData(), int(n.size()), SQLITE_TRANSIENT);
        sqlite3_bind_text(st.get(), 2, now.constData(), int(now.size()), SQLITE_TRANSIENT);
        if (sqlite3_step(st.get()) != SQLITE_DONE) {
            if (error)
                *error = lastError();
            return 0;
        }
        setId = sqlite3_last_insert_rowid(mDb);
    }
    Statement st(mDb, "INSERT INTO rule_set_versions(rule_set_id, saved_at, author, comment, content) VALUES(?,?,?,?,?)");
    sqlite3_bind_int64(st.get(), 1, setId);
    sqlite3_bind_text(st.get(), 2, now.constData(), int(now.size()), SQLITE_TRANSIENT);
    sqlite3_bind_text(st.get(), 3, a.constData(), int(a.size()), SQLITE_TRANSIENT);
    sqlite3_bind_text(st.get(), 4, c.constData(), int(c.size()), SQLITE_TRANSIENT);
    sqlite3_bind_text(st.get(), 5, content.constData(), int(content.size()), SQLITE_TRANSIENT);
    if (sqlite3_step(st.get()) != SQLITE_DONE) {
        if (error)
            *error = lastError();
        return 0;
    }
    const qint64 versionId = sqlite3_last_insert_rowid(mDb);
    return tx.commit(error) ? versionId : 0;
}

QByteArray Workspace::latestRuleSet(const QString& name) const
{
    Statement st(mDb, "SELECT v.content FROM rule_set_versions v JOIN rule_sets s ON s.id = v.rule_set_id"
                      " WHERE s.name = ? ORDER BY v.id DESC LIMIT 1");
    const QByteArray n = name.toUtf8();
    sqlite3_bind_text(st.get(), 1, n.constData(), int(n.size()), SQLITE_TRANSIENT);
    return st.step() ? st.text(0).toUtf8() : QByteArray();
}

QStringList Workspace::ruleSetNames() const
{
    QStringList out;
    Statement st(mDb, "SELECT name FROM rule_sets ORDER BY id");
    while (st.step())
        out.append(st.text(0));
    return out;
}

QList<RuleSetVersion> Workspace::ruleSetVersions(const QString& name) const
{
    QList<RuleSetVersion> out;
    Statement st(mDb, "SELECT v.id, v.saved_at, v.author, v.comment FROM rule_set_versions v"
                      " JOIN rule_sets s ON s.id = v.rule_set_id WHERE s.name = ? ORDER BY v.id DESC");
    const QByteArray n = name.toUtf8();
    sqlite3_bind_text(st.get(), 1, n.constData(), int(n.size()), SQLITE_TRANSIENT);
    while (st.step()) {
        RuleSetVersion v;
        v.id = st.integer(0);
        v.name = name;
        v.savedAt = QDateTime::fromString(st.text(1), Qt::ISODate);
        v.author = st.text(2);
        v.comment = st.text(3);
        out.append(v);
    }
    return out;
}

QByteArray Workspace::ruleSetVersionContent(qint64 versionId) const
{
    Statement st(mDb, "SELECT content FROM rule_set_versions WHERE id = ?");
    sqlite3_bind_int64(st.get(), 1, versionId);
    return st.step() ? st.text(0).toUtf8() : QByteArray();
}

bool Workspace::integrityCheck(QString* detail) const
{
    Statement st(mDb, "PRAGMA integrity_check");
    QString result = st.step() ? st.text(0) : lastError();
    if (detail)
        *detail = result;
    return result == QLatin1String("ok");
}

bool Workspace::saveCopy(const QString& target, QString* error, const std::function<bool()>& keepGoing) const
{
    auto fail = [&](const QString& msg) {
        if (error)
            *error = msg;
        return false;
    };
    const QFileInfo to(target);
    const QString absolute = to.absoluteFilePath();
    if (absolute == QFileInfo(mPath).absoluteFilePath() || (to.exists() && to.canonicalFilePath() == QFileInfo(mPath).canonicalFilePath()))
        return fail(QCoreApplication::translate("sd::Workspace", "%1 is the workspace itself; choose another name for the copy").arg(target));
    // An existing file may be someone's workspace, with a write-ahead log or a hot journal beside it
    // that would be replayed into the copy: a copy only ever makes a new file.
    if (to.exists() || QFileInfo::exists(absolute + QStringLiteral("-wal")) || QFileInfo::exists(absolute + QStringLiteral("-journal")))
        return fail(QCoreApplication::translate("sd::Workspace", "%1 already exists; choose another name for the copy").arg(target));
    if (!to.absoluteDir().exists())
        return fail(QCoreApplication::translate("sd::Workspace", "%1: the folder does not exist").arg(target));

    // VACUUM INTO needs an empty or missing file; an empty temporary one reserves a unique name.
    QTemporaryFile part(absolute + QStringLiteral(".XXXXXX.part"));
    if (!part.open())
        return fail(QCoreApplication::translate("sd::Workspace", "%1: cannot write: %2").arg(target, part.errorString()));
    part.close();
    // A temporary file is private to its owner; the copy is as private as the workspace it copies,
    // and writable by its owner (the original may be read-only, which is often why it is copied).
    part.setPermissions(QFileInfo(mPath).permissions() | QFileDevice::ReadOwner | QFileDevice::WriteOwner
                        | QFileDevice::ReadUser | QFileDevice::WriteUser);
    const QByteArray partName = QFile::encodeName(part.fileName());
    Statement vacuum(mDb, "VACUUM INTO ?");
    if (!vacuum)
        return fail(QCoreApplication::translate("sd::Workspace", "%1: cannot copy the workspace: %2").arg(target, errorOf(mDb)));
    sqlite3_bind_text(vacuum.get(), 1, partName.constData(), int(partName.size()), SQLITE_TRANSIENT);
    // A non-zero answer of the progress handler interrupts the statement.
    const std::function<bool()>* ask = keepGoing ? &keepGoing : nullptr;
    if (ask)
        sqlite3_progress_handler(mDb, 20000, [](void* f) { return (*static_cast<const std::function<bool()>*>(f))() ? 0 : 1; },
                                 const_cast<std::function<bool()>*>(ask));
    const int rc = sqlite3_step(vacuum.get());
    if (ask)
        sqlite3_progress_handler(mDb, 0, nullptr, nullptr);
    auto cancelled = [&] { return fail(QCoreApplication::translate("sd::Workspace", "%1: the copy was cancelled").arg(target)); };
    if (rc == SQLITE_INTERRUPT)
        return cancelled();
    if (rc != SQLITE_DONE)
        return fail(QCoreApplication::translate("sd::Workspace", "%1: cannot copy the workspace: %2").arg(target, errorOf(mDb)));

    // SQLite does not flush the file VACUUM INTO writes; it must be on disk before it has its name.
    auto cannotWrite = [&](int code) {
        return fail(QCoreApplication::translate("sd::Workspace", "%1: cannot write: %2").arg(target, systemErrorText(code)));
    };
    if (const int code = syncToDisk(partName, O_RDONLY))
        return cannotWrite(code);
    // A cancel that came after the last progress call still keeps the copy from being named.
    if (keepGoing && !keepGoing())
        return cancelled();
    // The copy takes its name only if the name is still free: a file that appeared meanwhile is
    // never replaced. link() does that; disks without hard links (FAT, exFAT) get a rename that
    // refuses to replace, or, where the kernel cannot promise that either, a plain one.
    const QByteArray finalName = QFile::encodeName(absolute);
    auto alreadyThere = [&] {
        return fail(QCoreApplication::translate("sd::Workspace", "%1 already exists; choose another name for the copy").arg(target));
    };
    if (::link(partName.constData(), finalName.constData()) != 0) {
        const int linkErrno = errno;
        if (linkErrno == EEXIST)
            return alreadyThere();
        if (linkErrno != EPERM && linkErrno != EOPNOTSUPP && linkErrno != EMLINK)
            return cannotWrite(linkErrno);
        if (::renameat2(AT_FDCWD, partName.constData(), AT_FDCWD, finalName.constData(), RENAME_NOREPLACE) != 0) {
            const int renameErrno = errno;
            if (renameErrno == EEXIST)
                return alreadyThere();
            if (renameErrno != EINVAL && renameErrno != ENOSYS)
                return cannotWrite(renameErrno);
            if (QFileInfo::exists(absolute))
                return alreadyThere();
            if (::rename(partName.constData(), finalName.constData()) != 0)
                return cannotWrite(errno);
        }
        part.setAutoRemove(false);
    }
    syncToDisk(QFile::encodeName(to.absolutePath()), O_RDONLY | O_DIRECTORY);
    return true;
}

WorkspaceTransaction::WorkspaceTransaction(const Workspace& ws)
    : mWs(ws)
    , mNested(sqlite3_get_autocommit(ws.handle()) == 0)
{
    mActive = mWs.exec(mNested ? "SAVEPOINT sd_nested" : "BEGIN IMMEDIATE");
}

WorkspaceTransaction::~WorkspaceTransaction()
{
    if (!mActive || mDone)
        return;
    if (mNested) {
        mWs.exec("ROLLBACK TO sd_nested");
        mWs.exec("RELEASE sd_nested");
    } else {
        mWs.exec("ROLLBACK");
    }
}

bool WorkspaceTransaction::commit(QString* error)
{
    if (!mActive || mDone)
        return false;
    if (!mWs.exec(mNested ? "RELEASE sd_nested" : "COMMIT", error))
        return false;
    mDone = true;
    return true;
}

} // namespace sd
