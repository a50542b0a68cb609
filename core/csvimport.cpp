// CSV import: pass 1 reads the whole file to infer column types, pass 2 writes the rows in one
// transaction. A cancel, an error or a kill leaves the workspace as it was before.
#include "csvimport.h"

#include "typeinference.h"
#include "valueparsing.h"
#include "workspace.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QSet>

#include <nlohmann/json.hpp>
#include <sqlite3.h>

#include <memory>
#include <thread>

namespace sd {

namespace {

QString normalizedName(const QString& s)
{
    QString out;
    for (QChar c : s)
        if (!c.isSpace() && c != QLatin1Char('_'))
            out.append(c.toCaseFolded());
    return out;
}

void appendCsvField(QByteArray& out, std::string_view v)
{
    const bool quote = v.find_first_of(",\"\r\n") != std::string_view::npos;
    if (!quote) {
        out.append(v.data(), qsizetype(v.size()));
        return;
    }
    out.append('"');
    for (char c : v) {
        if (c == '"')
            out.append('"');
        out.append(c);
    }
    out.append('"');
}

struct Column
{
    QString header;         // unique header name
    int fieldIndex = -1;    // into the import's target field list; -1 = dropped
    ColumnTypeInference inference;
};

struct Target
{
    FieldDef field;
    bool isNew = false;
    DateLayout dateLayout = DateLayout::Iso;
};

using StmtPtr = std::unique_ptr<sqlite3_stmt, int (*)(sqlite3_stmt*)>;

StmtPtr prepare(sqlite3* db, const std::string& sql)
{
    sqlite3_stmt* s = nullptr;
    sqlite3_prepare_v2(db, sql.c_str(), int(sql.size()), &s, nullptr);
    return StmtPtr(s, sqlite3_finalize);
}

bool isPlaceholder(std::string_view v, const std::vector<std::string>& placeholders)
{
    for (const std::string& p : placeholders)
        if (v == p)
            return true;
    return false;
}

// A typed cell ready to bind.
struct Cell
{
    enum Kind { Null, Real, Int, Text } kind = Null;
    double real = 0;
    int64_t integer = 0;
    std::string_view text;
};

} // namespace

QString duplicatePolicyName(DuplicatePolicy p)
{
    switch (p) {
    case DuplicatePolicy::Update: return QStringLiteral("update");
    case DuplicatePolicy::Skip: return QStringLiteral("skip");
    case DuplicatePolicy::Keep: return QStringLiteral("keep");
    }
    return {};
}

bool duplicatePolicyFromName(const QString& name, DuplicatePolicy* out)
{
    for (DuplicatePolicy p : {DuplicatePolicy::Update, DuplicatePolicy::Skip, DuplicatePolicy::Keep})
        if (name == duplicatePolicyName(p)) {
            *out = p;
            return true;
        }
    return false;
}

QStringList uniqueHeaderNames(const QStringList& raw, const QStringList& reserved)
{
    // First occurrences keep their names; duplicates, blanks and reserved names get names that no
    // column uses.
    QStringList out;
    QSet<QString> used;
    for (const QString& r : raw)
        if (!r.trimmed().isEmpty())
            used.insert(r.trimmed().toCaseFolded());
    QSet<QString> firstSeen;
    for (const QString& r : reserved) {
        used.insert(r.toCaseFolded());
        firstSeen.insert(r.toCaseFolded());
    }
    for (int i = 0; i < raw.size(); ++i) {
        const QString trimmed = raw[i].trimmed();
        if (!trimmed.isEmpty() && !firstSeen.contains(trimmed.toCaseFolded())) {
            firstSeen.insert(trimmed.toCaseFolded());
            out.append(trimmed);
            continue;
        }
        const QString base = trimmed.isEmpty() ? QStringLiteral("column_%1").arg(i + 1) : trimmed;
        QString name = base;
        for (int n = 2; used.contains(name.toCaseFolded()); ++n)
            name = QStringLiteral("%1_%2").arg(base).arg(n);
        used.insert(name.toCaseFolded());
        out.append(name);
    }
    return out;
}

ImportResult importCsv(Workspace& ws, const ImportConfig& config, const ImportProgress& progress)
{
    ImportResult result;
    const QString path = config.csvPath;
    auto fail = [&](const QString& msg) {
        result.ok = false;
        result.error = msg;
        return result;
    };
    if (ws.isReadOnly())
        return fail(QCoreApplication::translate("sd::CsvImport", "%1 is read-only: %2").arg(ws.path(), ws.readOnlyReason()));
    if (!QFileInfo(path).isFile())
        return fail(QCoreApplication::translate("sd::CsvImport", "%1: no such file").arg(path));

    CsvSniffOptions sniff;
    sniff.delimiter = config.delimiter;
    sniff.encoding = config.encoding;
    QString err;
    if (!sniffCsvFormat(path, sniff, &result.format, &err))
        return fail(err);
    const qint64 fileSize = QFileInfo(path).size();

    std::vector<std::string> placeholders;
    for (const QString& p : config.emptyValues)
        placeholders.push_back(p.trimmed().toStdString());

    // ---- Pass 1: header, column count, whole-column type inference.
    QStringList rawHeader;
    std::vector<Column> columns;
    size_t width = 0;
    bool trailingDelimiterInHeader = false;
    std::vector<bool> columnAllEmpty;
    // Pass 1 runs on two threads for large UTF-8 files: the second half starts after a line feed
    // near the middle, and its evidence counts only if the first half ended between records there.
    auto inferRows = [&](std::vector<Column>& cols, std::vector<bool>& allEmpty, const CsvRecord& rec) {
        const auto& f = *rec.fields;
        if (f.size() != width && !(f.size() == width + 1 && trimAscii(f.back()).empty()))
            return; // ragged: rejected in pass 2
        for (size_t i = 0; i < width; ++i) {
            const std::string_view v = trimAscii(f[i]);
            if (v.empty() || isPlaceholder(v, placeholders))
                continue;
            allEmpty[i] = false;
            cols[i].inference.add(v);
        }
    };
    auto sinkFirst = [&](const CsvRecord& rec) {
        if (rec.index == 0) {
            for (std::string_view h : *rec.fields)
                rawHeader.append(QString::fromUtf8(h.data(), qsizetype(h.size())));
            width = rec.fields->size();
            columns.resize(width);
            columnAllEmpty.assign(width, true);
            return true;
        }
        inferRows(columns, columnAllEmpty, rec);
        return true;
    };
    auto progress1 = [&](qint64 done, qint64) { return !progress || progress(done, 2 * fileSize); };
    CsvReadResult pass1;
    qint64 split = -1;
    if (fileSize > (16 << 20) && result.format.encoding == QLatin1String("UTF-8")) {
        QFile f(path);
        if (f.open(QIODevice::ReadOnly) && f.seek(fileSize / 2)) {
            const QByteArray probe = f.read(1 << 20);
            const qsizetype nl = probe.indexOf('\n');
            if (nl >= 0)
                split = fileSize / 2 + nl + 1;
        }
    }
    if (split > 0 && split < fileSize) {
        // The header's width is needed by the second half before the first has read it.
        CsvReadResult head = readCsv(path, result.format, [&](const CsvRecord& rec) {
            width = rec.fields->size();
            return false;
        });
        Q_UNUSED(head);
        std::vector<Column> secondColumns(width);
        std::vector<bool> secondAllEmpty(width, true);
        CsvReadResult second;
        std::thread worker([&] {
            CsvRange r;
            r.begin = split;
            r.firstIndex = 1;
            second = readCsv(path, result.format, [&](const CsvRecord& rec) {
                inferRows(secondColumns, secondAllEmpty, rec);
                return true;
            }, {}, r);
        });
        CsvRange r;
        r.end = split;
        pass1 = readCsv(path, result.format, sinkFirst, progress1, r);
        worker.join();
        if (pass1.ok && second.ok && pass1.endsAtRecordBoundary && secondColumns.size() == width) {
            for (size_t i = 0; i < width; ++i) {
                columns[i].inference.merge(secondColumns[i].inference);
                columnAllEmpty[i] = columnAllEmpty[i] && secondAllEmpty[i];
            }
        } else if (pass1.ok) {
            // The split fell inside a quoted field (or the second half failed): read it all in one go.
            rawHeader.clear();
            columns.clear();
            pass1 = readCsv(path, result.format, sinkFirst, progress1);
        } else if (!pass1.cancelled && !second.ok && !second.error.isEmpty() && pass1.error.isEmpty()) {
            pass1.error = second.error;
        }
    } else {
        pass1 = readCsv(path, result.format, sinkFirst, progress1);
    }
    if (pass1.cancelled) {
        result.cancelled = true;
        return fail(QCoreApplication::translate("sd::CsvImport", "import cancelled"));
    }
    if (!pass1.ok)
        return fail(pass1.error);
    if (pass1.records == 0 || width == 0)
        return fail(QCoreApplication::translate("sd::CsvImport", "%1: the file is empty (no header row)").arg(path));

    // A header ending in a delimiter gives an unnamed, always-empty last column: drop it.
    if (width > 1 && rawHeader.last().trimmed().isEmpty() && columnAllEmpty.back())
        trailingDelimiterInHeader = true;

    // "rowid" is the lead table's own row id column: a CSV column of that name becomes "rowid_2".
    const QStringList header = uniqueHeaderNames(rawHeader, {QStringLiteral("rowid")});
    const QList<FieldDef> existing = ws.fields();
    std::vector<Target> targets;
    QSet<qint64> usedExisting;
    QSet<QString> takenNames;
    for (const FieldDef& f : existing)
        takenNames.insert(f.name.toCaseFolded());
    takenNames.insert(QStringLiteral("rowid"));
    for (size_t i = 0; i < width; ++i)
        if (header[int(i)].size() > ImportLimits::maxFieldNameLength)
            return fail(QCoreApplication::translate("sd::CsvImport", "%1: line 1, column %2: the column name is longer than %3 characters (is the first row a header?)")
                            .arg(path).arg(i + 1).arg(ImportLimits::maxFieldNameLength));
    int nextPosition = existing.isEmpty() ? 0 : existing.last().position + 1;
    int keyColumn = -1;
    for (size_t i = 0; i < width; ++i) {
        columns[i].header = header[int(i)];
        if (trailingDelimiterInHeader && i + 1 == width)
            continue;
        const ColumnTypeInference::Verdict verdict = columns[i].inference.verdict();
        Target t;
        const QString norm = normalizedName(header[int(i)]);
        for (const FieldDef& f : existing) {
            if (!usedExisting.contains(f.id) && normalizedName(f.name) == norm) {
                t.field = f;
                usedExisting.insert(f.id);
                break;
            }
        }
        if (t.field.id == 0) {
            t.isNew = true;
            QString name = header[int(i)];
            for (int n = 2; takenNames.contains(name.toCaseFolded()); ++n)
                name = QStringLiteral("%1_%2").arg(header[int(i)]).arg(n);
            takenNames.insert(name.toCaseFolded());
            t.field.name = name;
            t.field.type = verdict.type;
            t.field.sourceColumn = rawHeader[int(i)];
            t.field.placeholders = config.emptyValues;
            t.field.position = nextPosition++;
            if (!verdict.warning.isEmpty())
                result.warnings.append(QCoreApplication::translate("sd::CsvImport", "column \"%1\": %2")
                                           .arg(name, verdict.warning));
        }
        t.dateLayout = verdict.type == FieldType::Date ? verdict.dateLayout : DateLayout::Iso;
        if (!config.keyColumn.isEmpty() && keyColumn < 0 && normalizedName(config.keyColumn) == norm)
            keyColumn = int(targets.size());
        columns[i].fieldIndex = int(targets.size());
        targets.push_back(t);
    }
    if (!config.keyColumn.isEmpty() && keyColumn < 0)
        return fail(QCoreApplication::translate("sd::CsvImport", "%1: key column \"%2\" is not in the header (columns: %3)")
                        .arg(path, config.keyColumn, rawHeader.join(QStringLiteral(", "))));
    const qsizetype newFieldCount = std::count_if(targets.begin(), targets.end(), [](const Target& t) { return t.isNew; });
    if (existing.size() + newFieldCount > ImportLimits::maxFields)
        return fail(QCoreApplication::translate("sd::CsvImport", "%1: the import would give the workspace %2 fields; a workspace holds at most %3")
                        .arg(path).arg(existing.size() + newFieldCount).arg(ImportLimits::maxFields));
    const qint64 leadsBefore = ws.leadCount();

    // ---- Pass 2: write in one transaction.
    sqlite3* db = ws.handle();
    ws.exec("PRAGMA cache_size=-131072");
    // A bulk import mostly appends new pages, which a rollback journal does not copy while WAL
    // writes every page twice; so the import runs with a rollback journal (just as safe against a
    // kill: a hot journal is rolled back on the next open) and the workspace returns to WAL after.
    // When another connection holds the file the switch is refused and the import stays in WAL.
    struct JournalModeGuard
    {
        Workspace& ws;
        explicit JournalModeGuard(Workspace& w) : ws(w) { ws.exec("PRAGMA journal_mode=DELETE"); }
        ~JournalModeGuard() { ws.exec("PRAGMA journal_mode=WAL"); }
    } journalGuard(ws);
    WorkspaceTransaction tx(ws);
    if (!tx.isActive())
        return fail(QCoreApplication::translate("sd::CsvImport", "%1: cannot start a transaction: %2")
                        .arg(ws.path(), ws.lastError()));

    for (Target& t : targets) {
        if (!t.isNew)
            continue;
        const char* sqlType = t.field.type == FieldType::Number ? "REAL"
                            : t.field.type == FieldType::Boolean ? "INTEGER" : "TEXT";
        const std::string alter = "ALTER TABLE leads ADD COLUMN " + Workspace::quoteIdentifier(t.field.name) + " " + sqlType;
        if (!ws.exec(alter.c_str(), &err))
            return fail(QCoreApplication::translate("sd::CsvImport", "cannot add field \"%1\": %2").arg(t.field.name, err));
        auto ins = prepare(db, "INSERT INTO fields(name, type, source_column, placeholders, position) VALUES(?,?,?,?,?)");
        const QByteArray n = t.field.name.toUtf8(), ty = fieldTypeName(t.field.type).toUtf8(),
                         src = t.field.sourceColumn.toUtf8();
        const std::string ph = nlohmann::json([&] {
            std::vector<std::string> v;
            for (const QString& p : t.field.placeholders)
                v.push_back(p.toStdString());
            return v;
        }()).dump();
        sqlite3_bind_text(ins.get(), 1, n.constData(), int(n.size()), SQLITE_TRANSIENT);
        sqlite3_bind_text(ins.get(), 2, ty.constData(), int(ty.size()), SQLITE_TRANSIENT);
        sqlite3_bind_text(ins.get(), 3, src.constData(), int(src.size()), SQLITE_TRANSIENT);
        sqlite3_bind_text(ins.get(), 4, ph.c_str(), int(ph.size()), SQLITE_TRANSIENT);
        sqlite3_bind_int(ins.get(), 5, t.field.position);
        if (sqlite3_step(ins.get()) != SQLITE_DONE)
            return fail(QCoreApplication::translate("sd::CsvImport", "cannot add field \"%1\": %2")
                            .arg(t.field.name, ws.lastError()));
        t.field.id = sqlite3_last_insert_rowid(db);
        result.newFields.append(t.field);
    }

    std::string keyIdent;
    if (keyColumn >= 0) {
        keyIdent = Workspace::quoteIdentifier(targets[size_t(keyColumn)].field.name);
        if (ws.keyField().isEmpty() && !ws.setSetting(QStringLiteral("key_field"), targets[size_t(keyColumn)].field.name, &err))
            return fail(err);
        const std::string idx = "CREATE INDEX IF NOT EXISTS " + Workspace::quoteIdentifier(QStringLiteral("leads_key_") + targets[size_t(keyColumn)].field.name)
            + " ON leads(" + keyIdent + ")";
        if (!ws.exec(idx.c_str(), &err))
            return fail(err);
    }

    std::string cols, marks, sets, diffs;
    for (size_t k = 0; k < targets.size(); ++k) {
        const std::string id = Workspace::quoteIdentifier(targets[k].field.name);
        const std::string param = "?" + std::to_string(k + 1);
        cols += (k ? ", " : "") + id;
        marks += (k ? ", " : "") + param;
        sets += (k ? ", " : "") + id + " = " + param;
        diffs += (k ? " OR " : "") + id + " IS NOT " + param;
    }
    const int n = int(targets.size());
    auto insert = prepare(db, "INSERT INTO leads(" + cols + ") VALUES(" + marks + ")");
    StmtPtr lookup(nullptr, sqlite3_finalize), update(nullptr, sqlite3_finalize);
    if (keyColumn >= 0) {
        lookup = prepare(db, "SELECT rowid FROM leads WHERE " + keyIdent + " = ?1 LIMIT 1");
        update = prepare(db, "UPDATE leads SET " + sets + " WHERE rowid = ?" + std::to_string(n + 1) + " AND (" + diffs + ")");
    }
    if (!insert || (keyColumn >= 0 && (!lookup || !update)))
        return fail(QCoreApplication::translate("sd::CsvImport", "cannot prepare the import: %1").arg(ws.lastError()));

    // Rejects are written beside the CSV, committed only with the workspace.
    const QString rejectsPath = config.rejectsPath.isEmpty() ? path + QStringLiteral(".rejects.csv") : config.rejectsPath;
    std::unique_ptr<QSaveFile> rejects;
    QByteArray rejectBuf;
    auto reject = [&](const CsvRecord& rec, const QString& reason) {
        ++result.rejected;
        if (!rejects) {
            rejects = std::make_unique<QSaveFile>(rejectsPath);
            if (!rejects->open(QIODevice::WriteOnly))
                return false;
            rejectBuf += "line,reason";
            for (const QString& h : rawHeader) {
                rejectBuf += ',';
                const QByteArray hb = h.toUtf8();
                appendCsvField(rejectBuf, std::string_view(hb.constData(), size_t(hb.size())));
            }
            rejectBuf += '\n';
        }
        rejectBuf += QByteArray::number(rec.line);
        rejectBuf += ',';
        const QByteArray rb = reason.toUtf8();
        appendCsvField(rejectBuf, std::string_view(rb.constData(), size_t(rb.size())));
        for (std::string_view f : *rec.fields) {
            rejectBuf += ',';
            appendCsvField(rejectBuf, f);
        }
        rejectBuf += '\n';
        if (rejectBuf.size() > (1 << 20)) {
            rejects->write(rejectBuf);
            rejectBuf.clear();
        }
        return true;
    };

    std::vector<Cell> cells(static_cast<size_t>(n));
    std::vector<std::string> scratch(static_cast<size_t>(n));
    QString failure;
    const CsvReadResult pass2 = readCsvPipelined(path, result.format, [&](const CsvRecord& rec) {
        if (rec.index == 0)
            return true;
        ++result.rowsRead;
        const auto& f = *rec.fields;
        const bool trailingEmpty = f.size() == width + 1 && trimAscii(f.back()).empty();
        if (f.size() != width && !trailingEmpty) {
            if (!reject(rec, QCoreApplication::translate("sd::CsvImport", "expected %1 fields, found %2")
                                 .arg(width).arg(f.size()))) {
                failure = QCoreApplication::translate("sd::CsvImport", "%1: cannot write rejects file").arg(rejectsPath);
                return false;
            }
            return true;
        }
        for (size_t i = 0; i < width; ++i) {
            const int k = columns[i].fieldIndex;
            if (k < 0)
                continue;
            Cell& c = cells[size_t(k)];
            c = Cell{};
            const std::string_view v = trimAscii(f[i]);
            if (v.empty() || isPlaceholder(v, placeholders))
                continue;
            const Target& t = targets[size_t(k)];
            bool ok = true;
            switch (t.field.type) {
            case FieldType::Text:
                c.kind = Cell::Text;
                c.text = v;
                break;
            case FieldType::Number:
                if (auto d = parseNumber(v)) {
                    c.kind = Cell::Real;
                    c.real = *d;
                } else {
                    ok = false;
                }
                break;
            case FieldType::Boolean:
                if (auto b = parseBoolean(v)) {
                    c.kind = Cell::Int;
                    c.integer = *b ? 1 : 0;
                } else {
                    ok = false;
                }
                break;
            case FieldType::Date: {
                if (t.dateLayout == DateLayout::Iso && parseDate(v, DateLayout::Iso)) {
                    c.kind = Cell::Text;
                    c.text = v;
                    break;
                }
                std::optional<Ymd> d = parseDate(v, t.dateLayout);
                for (DateLayout l : {DateLayout::Iso, DateLayout::IsoDateTime, DateLayout::DayMonthName})
                    if (!d)
                        d = parseDate(v, l);
                if (!d) {
                    ok = false;
                    break;
                }
                scratch[size_t(k)] = formatIsoDate(*d);
                c.kind = Cell::Text;
                c.text = scratch[size_t(k)];
                break;
            }
            case FieldType::List: {
                std::string& s = scratch[size_t(k)];
                s.clear();
                size_t start = 0;
                while (start <= v.size()) {
                    size_t end = v.find(';', start);
                    if (end == std::string_view::npos)
                        end = v.size();
                    const std::string_view item = trimAscii(v.substr(start, end - start));
                    if (!item.empty()) {
                        if (!s.empty())
                            s += ';';
                        s.append(item);
                    }
                    start = end + 1;
                }
                if (!s.empty()) {
                    c.kind = Cell::Text;
                    c.text = s;
                }
                break;
            }
            }
            if (!ok) {
                const QString value = QString::fromUtf8(v.data(), qsizetype(std::min<size_t>(v.size(), 60)));
                if (!reject(rec, QCoreApplication::translate("sd::CsvImport", "field \"%1\": \"%2\" is not a valid %3")
                                     .arg(t.field.name, value, fieldTypeName(t.field.type)))) {
                    failure = QCoreApplication::translate("sd::CsvImport", "%1: cannot write rejects file").arg(rejectsPath);
                    return false;
                }
                return true;
            }
        }
        auto bindAll = [&](sqlite3_stmt* s) {
            for (int k = 0; k < n; ++k) {
                const Cell& c = cells[size_t(k)];
                switch (c.kind) {
                case Cell::Null: sqlite3_bind_null(s, k + 1); break;
                case Cell::Real: sqlite3_bind_double(s, k + 1, c.real); break;
                case Cell::Int: sqlite3_bind_int64(s, k + 1, c.integer); break;
                case Cell::Text: sqlite3_bind_text(s, k + 1, c.text.data(), int(c.text.size()), SQLITE_STATIC); break;
                }
            }
        };
        if (keyColumn >= 0) {
            const Cell& key = cells[size_t(keyColumn)];
            if (key.kind == Cell::Null) {
                if (!reject(rec, QCoreApplication::translate("sd::CsvImport", "the key \"%1\" is empty")
                                     .arg(targets[size_t(keyColumn)].field.name))) {
                    failure = QCoreApplication::translate("sd::CsvImport", "%1: cannot write rejects file").arg(rejectsPath);
                    return false;
                }
                return true;
            }
            if (config.onDuplicate != DuplicatePolicy::Keep) {
                sqlite3_reset(lookup.get());
                switch (key.kind) {
                case Cell::Real: sqlite3_bind_double(lookup.get(), 1, key.real); break;
                case Cell::Int: sqlite3_bind_int64(lookup.get(), 1, key.integer); break;
                default: sqlite3_bind_text(lookup.get(), 1, key.text.data(), int(key.text.size()), SQLITE_STATIC); break;
                }
                if (sqlite3_step(lookup.get()) == SQLITE_ROW) {
                    const sqlite3_int64 rowid = sqlite3_column_int64(lookup.get(), 0);
                    sqlite3_reset(lookup.get());
                    if (config.onDuplicate == DuplicatePolicy::Skip) {
                        ++result.skipped;
                        return true;
                    }
                    sqlite3_reset(update.get());
                    bindAll(update.get());
                    sqlite3_bind_int64(update.get(), n + 1, rowid);
                    if (sqlite3_step(update.get()) != SQLITE_DONE) {
                        failure = QCoreApplication::translate("sd::CsvImport", "%1: line %2: %3")
                                      .arg(path).arg(rec.line).arg(ws.lastError());
                        return false;
                    }
                    if (sqlite3_changes(db) > 0)
                        ++result.updated;
                    else
                        ++result.unchanged;
                    return true;
                }
                sqlite3_reset(lookup.get());
            }
        }
        if (leadsBefore + result.inserted >= ImportLimits::maxLeads) {
            failure = QCoreApplication::translate("sd::CsvImport", "%1: line %2: the workspace would hold more than %3 leads, the limit")
                          .arg(path).arg(rec.line).arg(ImportLimits::maxLeads);
            return false;
        }
        sqlite3_reset(insert.get());
        bindAll(insert.get());
        if (sqlite3_step(insert.get()) != SQLITE_DONE) {
            failure = QCoreApplication::translate("sd::CsvImport", "%1: line %2: %3")
                          .arg(path).arg(rec.line).arg(ws.lastError());
            return false;
        }
        ++result.inserted;
        return true;
    }, [&](qint64 done, qint64) { return !progress || progress(fileSize + done, 2 * fileSize); });

    insert.reset();
    lookup.reset();
    update.reset();
    if (!failure.isEmpty())
        return fail(failure);
    if (pass2.cancelled) {
        result.cancelled = true;
        return fail(QCoreApplication::translate("sd::CsvImport", "import cancelled"));
    }
    if (!pass2.ok)
        return fail(pass2.error);

    nlohmann::json options = {
        {"key", config.keyColumn.toStdString()},
        {"on_duplicate", duplicatePolicyName(config.onDuplicate).toStdString()},
        {"delimiter", std::string(1, result.format.delimiter)},
        {"encoding", result.format.encoding.toStdString()},
    };
    options["empty"] = nlohmann::json::array();
    for (const std::string& p : placeholders)
        options["empty"].push_back(p);
    auto rec = prepare(db, "INSERT INTO imports(file, imported_at, rows_read, inserted, updated, unchanged, skipped,"
                           " rejected, rejects_file, options) VALUES(?,?,?,?,?,?,?,?,?,?)");
    const QByteArray file = QFileInfo(path).absoluteFilePath().toUtf8();
    const QByteArray when = QDateTime::currentDateTimeUtc().toString(Qt::ISODate).toUtf8();
    const QByteArray rj = result.rejected ? QFileInfo(rejectsPath).absoluteFilePath().toUtf8() : QByteArray();
    const std::string opts = options.dump();
    sqlite3_bind_text(rec.get(), 1, file.constData(), int(file.size()), SQLITE_TRANSIENT);
    sqlite3_bind_text(rec.get(), 2, when.constData(), int(when.size()), SQLITE_TRANSIENT);
    const qint64 counts[] = {result.rowsRead, result.inserted, result.updated, result.unchanged, result.skipped, result.rejected};
    for (int i = 0; i < 6; ++i)
        sqlite3_bind_int64(rec.get(), 3 + i, counts[i]);
    if (result.rejected)
        sqlite3_bind_text(rec.get(), 9, rj.constData(), int(rj.size()), SQLITE_TRANSIENT);
    else
        sqlite3_bind_null(rec.get(), 9);
    sqlite3_bind_text(rec.get(), 10, opts.c_str(), int(opts.size()), SQLITE_TRANSIENT);
    if (sqlite3_step(rec.get()) != SQLITE_DONE)
        return fail(QCoreApplication::translate("sd::CsvImport", "cannot record the import: %1").arg(ws.lastError()));
    result.importId = sqlite3_last_insert_rowid(db);
    rec.reset();

    // The rejects are fully written to a temporary file before the workspace commits, and renamed
    // into place right after, so a rolled-back import never leaves a rejects file behind.
    if (rejects && (rejects->write(rejectBuf) != rejectBuf.size() || rejects->error() != QFileDevice::NoError))
        return fail(QCoreApplication::translate("sd::CsvImport", "%1: cannot write rejects file: %2")
                        .arg(rejectsPath, rejects->errorString()));
    if (!tx.commit(&err)) {
        if (rejects)
            rejects->cancelWriting();
        return fail(QCoreApplication::translate("sd::CsvImport", "%1: cannot save the import: %2").arg(ws.path(), err));
    }
    if (rejects) {
        if (rejects->commit())
            result.rejectsFile = QFileInfo(rejectsPath).absoluteFilePath();
        else
            result.warnings.append(QCoreApplication::translate("sd::CsvImport", "%1: the rejects file could not be written: %2")
                                       .arg(rejectsPath, rejects->errorString()));
    }
    result.ok = true;
    return result;
}

} // namespace sd
