// The workspace: one SQLite file (*.segdb) holding leads, field definitions, import history,
// rule sets, tags and settings. Schema versioned with PRAGMA user_version, migrated forward on open.
#pragma once

#include "fieldtype.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QVariant>

#include <functional>
#include <memory>
#include <optional>
#include <vector>

struct sqlite3;

namespace sd {

struct ImportRecord
{
    qint64 id = 0;
    QString file;
    QDateTime importedAt;  // UTC
    qint64 rowsRead = 0, inserted = 0, updated = 0, unchanged = 0, skipped = 0, rejected = 0;
    QString rejectsFile;
    QString optionsJson;   // the import options as JSON text
};

// One saved version of a rule set (Workspace::ruleSetVersions).
struct RuleSetVersion
{
    qint64 id = 0;
    QString name;          // the rule set's name
    QDateTime savedAt;     // UTC
    QString author;
    QString comment;
};

struct FieldFill
{
    QString name;
    qint64 filled = 0;     // non-empty cells
    qint64 distinct = -1;  // -1 when not computed
};

class Workspace
{
public:
    static constexpr int SchemaVersion = 3;
    enum class Mode { ReadWrite, ReadOnly };

    // Opens (and for ReadWrite creates if missing) a workspace file and migrates it to SchemaVersion.
    // Returns nullptr with a message in *error when the file is not a workspace, is from a newer
    // version, or cannot be opened.
    static std::unique_ptr<Workspace> open(const QString& path, QString* error, Mode mode = Mode::ReadWrite);
    ~Workspace();
    Workspace(const Workspace&) = delete;
    Workspace& operator=(const Workspace&) = delete;

    QString path() const { return mPath; }
    // A workspace opens read-only when asked to, or when the file or its folder cannot be written
    // (permissions, a read-only disk). The reason is one translated sentence for a banner; empty
    // when the workspace is writable. Writes to a read-only workspace fail with that reason.
    bool isReadOnly() const { return mReadOnly; }
    QString readOnlyReason() const { return mReadOnlyReason; }
    sqlite3* handle() const { return mDb; }

    QList<FieldDef> fields() const;
    std::optional<FieldDef> field(const QString& name) const; // case-insensitive
    QList<ImportRecord> imports() const;
    qint64 leadCount() const;
    QList<FieldFill> fillRates() const;

    QString setting(const QString& key, const QString& fallback = {}) const;
    bool setSetting(const QString& key, const QString& value, QString* error = nullptr);
    // The lead key column chosen at import (settings key "key_field"), empty when none.
    QString keyField() const { return setting(QStringLiteral("key_field")); }

    // Stores a new version of the named rule set (creating the set when needed) in one transaction;
    // inside an open WorkspaceTransaction it is a savepoint, stored when the outer one commits.
    // Returns the version id, or 0 with a message.
    qint64 saveRuleSetVersion(const QString& name, const QByteArray& content, const QString& author,
                              const QString& comment, QString* error = nullptr);
    // The latest stored content of the named rule set, empty when there is none.
    QByteArray latestRuleSet(const QString& name) const;
    QStringList ruleSetNames() const;
    // Every stored version of the named rule set, newest first.
    QList<RuleSetVersion> ruleSetVersions(const QString& name) const;
    // The content of one stored version, empty when there is no such version.
    QByteArray ruleSetVersionContent(qint64 versionId) const;

    // One page of leads in rowid order; each row has one QVariant per field in fields() order
    // (null QVariant for an empty cell). Used by the lazy table models.
    std::vector<std::vector<QVariant>> readLeads(qint64 offset, int count) const;

    // Writes a consistent copy of the whole workspace (a snapshot of its last committed state) to
    // TARGET, which must not exist yet; works on a read-only workspace too, so that a user can go on
    // saving in a copy. The copy is written under a temporary name, flushed to disk and then linked
    // into place, so TARGET is either absent or complete. KEEPGOING, when given, is asked now and
    // then while the copy is written; returning false cancels it (TARGET is not created). False
    // with a message on failure or cancel.
    bool saveCopy(const QString& target, QString* error = nullptr, const std::function<bool()>& keepGoing = {}) const;

    // PRAGMA integrity_check; true when "ok".
    bool integrityCheck(QString* detail = nullptr) const;

    // Runs one SQL statement without results; false with a message on failure.
    bool exec(const char* sql, QString* error = nullptr) const;
    QString lastError() const;
    // True, with the reason in *error, when the workspace is open read-only.
    bool refuseWrite(QString* error) const;

    // SQL identifier quoting for field names used as column names.
    static std::string quoteIdentifier(const QString& name);

private:
    explicit Workspace(sqlite3* db, QString path, bool readOnly);
    bool migrate(QString* error);

    sqlite3* mDb = nullptr;
    QString mPath;
    bool mReadOnly = false;
    // Whether lead rowids are exactly 1..count (imports only append or update in place), which lets
    // readLeads seek by rowid instead of stepping over `offset` rows; keyed by the database's
    // change counters so that a commit from any connection recomputes it.
    bool denseRowids() const;
    mutable std::pair<qint64, qint64> mDenseKey{-1, -1};
    mutable bool mDense = false;
    QString mReadOnlyReason;
};

// RAII transaction: BEGIN IMMEDIATE on construction, ROLLBACK unless commit() succeeded. Inside a
// transaction that is already open it is a savepoint instead: commit() releases it into the outer
// transaction and destruction without commit() undoes only the savepoint's changes.
class WorkspaceTransaction
{
public:
    explicit WorkspaceTransaction(const Workspace& ws);
    ~WorkspaceTransaction();
    bool isActive() const { return mActive; }
    bool commit(QString* error = nullptr);

private:
    const Workspace& mWs;
    bool mActive = false;
    bool mDone = false;
    bool mNested = false; // a savepoint inside a transaction that is already open
};

} // namespace sd
