// Tag write-back. The lead rowids are read inside the write transaction and must match the table
// the tags were computed from, so tags never land on the wrong leads after a concurrent import.
#include "tagstore.h"

#include "rulefile.h"
#include "tagwriter.h"
#include "valueparsing.h"

#include <QCoreApplication>
#include <QDateTime>

#include <sqlite3.h>

namespace sd {

namespace {

struct Stmt
{
    Stmt(sqlite3* db, const char* sql) { sqlite3_prepare_v2(db, sql, -1, &st, nullptr); }
    ~Stmt() { sqlite3_finalize(st); }
    Stmt(const Stmt&) = delete;
    Stmt& operator=(const Stmt&) = delete;
    sqlite3_stmt* st = nullptr;
};

void bindText(sqlite3_stmt* st, int i, const std::string& s)
{
    sqlite3_bind_text(st, i, s.data(), int(s.size()), SQLITE_TRANSIENT);
}

} // namespace

SavedTags TagStore::save(const RuleSet& rules, const ColumnTable& table, const std::vector<SegmentMembers>& segments,
                         int64_t asOf)
{
    SavedTags r;
    sqlite3* db = mWs.handle();
    // On any failure nothing was stored: no version id, no rows (the transaction rolls back).
    auto fail = [&](QString why) { // by value: it may be r.error itself
        r = SavedTags{};
        r.error = std::move(why);
        return r;
    };
    const auto writeError = [&] { return fail(QCoreApplication::translate("sd::TagStore", "cannot write tags: %1").arg(mWs.lastError())); };
    const QString name = QString::fromStdString(rules.name.empty() ? std::string("Rules") : rules.name);
    const QByteArray content = serializeRuleFile(rules);
    if (mWs.refuseWrite(&r.error))
        return r;
    // The version and its tags are one transaction: a kill or a failure stores neither.
    WorkspaceTransaction tx(mWs);
    if (!tx.isActive())
        return writeError();
    {
        Stmt st(db, "SELECT v.id, v.content FROM rule_set_versions v JOIN rule_sets s ON s.id = v.rule_set_id"
                    " WHERE s.name = ? ORDER BY v.id DESC LIMIT 1");
        bindText(st.st, 1, name.toStdString());
        if (sqlite3_step(st.st) == SQLITE_ROW) {
            const auto* p = reinterpret_cast<const char*>(sqlite3_column_text(st.st, 1));
            if (p && QByteArray(p, sqlite3_column_bytes(st.st, 1)) == content)
                r.versionId = sqlite3_column_int64(st.st, 0);
        }
    }
    if (r.versionId == 0) {
        r.versionId = mWs.saveRuleSetVersion(name, content, QString(), QCoreApplication::translate("sd::TagStore", "tagged"), &r.error);
        if (r.versionId == 0)
            return fail(r.error);
        r.newVersion = true;
    }
    std::vector<qint64> rowids;
    rowids.reserve(table.rowCount());
    {
        Stmt st(db, "SELECT rowid FROM leads ORDER BY rowid");
        while (sqlite3_step(st.st) == SQLITE_ROW)
            rowids.push_back(sqlite3_column_int64(st.st, 0));
    }
    if (rowids.size() != table.rowCount())
        return fail(QCoreApplication::translate("sd::TagStore", "the workspace has %1 leads, the evaluated table %2: it changed since it was read")
                        .arg(rowids.size())
                        .arg(table.rowCount()));
    {
        Stmt del(db, "DELETE FROM tags WHERE version_id = ?");
        sqlite3_bind_int64(del.st, 1, r.versionId);
        if (sqlite3_step(del.st) != SQLITE_DONE)
            return writeError();
    }
    const auto terminal = terminalSegments(segments, table.rowCount());
    Stmt ins(db, "INSERT INTO tags(version_id, lead_rowid, lead_key, segment_id, holdout) VALUES(?, ?, ?, ?, ?)");
    for (size_t row = 0; row < table.rowCount(); ++row) {
        std::vector<int> segs = terminal[row];
        if (segs.empty())
            segs.push_back(-1);
        for (int seg : segs) {
            sqlite3_reset(ins.st);
            sqlite3_bind_int64(ins.st, 1, r.versionId);
            sqlite3_bind_int64(ins.st, 2, rowids[row]);
            bindText(ins.st, 3, table.keyText(row));
            bindText(ins.st, 4, seg >= 0 ? segments[size_t(seg)].id : std::string());
            sqlite3_bind_null(ins.st, 5);
            for (int i = seg; i >= 0; i = segments[size_t(i)].parent)
                if (segments[size_t(i)].holdout) {
                    sqlite3_bind_int(ins.st, 5, segments[size_t(i)].holdout->test(row) ? 1 : 0);
                    break;
                }
            if (sqlite3_step(ins.st) != SQLITE_DONE)
                return writeError();
            ++r.rows;
        }
    }
    {
        Stmt run(db, "INSERT OR REPLACE INTO tag_runs(version_id, tagged_at, as_of, leads, rows) VALUES(?, ?, ?, ?, ?)");
        sqlite3_bind_int64(run.st, 1, r.versionId);
        bindText(run.st, 2, QDateTime::currentDateTimeUtc().toString(Qt::ISODate).toStdString());
        bindText(run.st, 3, formatIsoDate(civilFromDays(asOf)));
        sqlite3_bind_int64(run.st, 4, qint64(table.rowCount()));
        sqlite3_bind_int64(run.st, 5, r.rows);
        if (sqlite3_step(run.st) != SQLITE_DONE)
            return writeError();
    }
    if (QString error; !tx.commit(&error))
        return fail(error);
    r.ok = true;
    return r;
}

std::vector<StoredTag> TagStore::tags(qint64 versionId) const
{
    std::vector<StoredTag> out;
    Stmt st(mWs.handle(), "SELECT lead_rowid, lead_key, segment_id, holdout FROM tags WHERE version_id = ?"
                          " ORDER BY lead_rowid, segment_id");
    sqlite3_bind_int64(st.st, 1, versionId);
    while (sqlite3_step(st.st) == SQLITE_ROW) {
        StoredTag t;
        t.leadRowid = sqlite3_column_int64(st.st, 0);
        auto text = [&](int c) {
            const auto* p = reinterpret_cast<const char*>(sqlite3_column_text(st.st, c));
            return p ? std::string(p, size_t(sqlite3_column_bytes(st.st, c))) : std::string();
        };
        t.leadKey = text(1);
        t.segmentId = text(2);
        if (sqlite3_column_type(st.st, 3) != SQLITE_NULL)
            t.holdout = sqlite3_column_int(st.st, 3) != 0;
        out.push_back(std::move(t));
    }
    return out;
}

} // namespace sd
