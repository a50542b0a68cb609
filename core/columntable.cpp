// Loading the columnar table from a workspace or a CSV file.
#include "columntable.h"

#include "csvreader.h"
#include "valueparsing.h"
#include "workspace.h"

#include <QCoreApplication>
#include <QFile>

#include <sqlite3.h>

#include <algorithm>
#include <cstring>
#include <thread>

namespace sd {

namespace {

std::optional<int32_t> parseDays(std::string_view v)
{
    // Workspace dates are ISO; datetimes keep their date part for rules.
    if (v.size() >= 10) {
        if (auto d = parseDate(v.substr(0, 10), DateLayout::Iso))
            return int32_t(daysFromCivil(*d));
    }
    for (DateLayout l : {DateLayout::DayMonthName, DateLayout::MonthDaySlash})
        if (auto d = parseDate(v, l))
            return int32_t(daysFromCivil(*d));
    return std::nullopt;
}

} // namespace

Dictionary::Dictionary()
    : mOffsets{0, 0}, mSlots(1024, 0)
{
}

uint64_t Dictionary::hash(std::string_view s)
{
    // FNV-1a over 8-byte words, then a finaliser: fast for the short strings of lead data.
    uint64_t h = 0xcbf29ce484222325ULL ^ s.size();
    size_t i = 0;
    for (; i + 8 <= s.size(); i += 8) {
        uint64_t w;
        std::memcpy(&w, s.data() + i, 8);
        h = (h ^ w) * 0x100000001b3ULL;
        h ^= h >> 29;
    }
    uint64_t tail = 0;
    std::memcpy(&tail, s.data() + i, s.size() - i);
    h = (h ^ tail) * 0x100000001b3ULL;
    h ^= h >> 32;
    h *= 0xd6e8feb86659fd93ULL;
    h ^= h >> 32;
    return h;
}

void Dictionary::grow()
{
    std::vector<uint64_t> bigger(mSlots.size() * 2, 0);
    const size_t mask = bigger.size() - 1;
    for (uint64_t slot : mSlots) {
        if (!slot)
            continue;
        const uint32_t code = uint32_t(slot) - 1;
        size_t i = hash(at(code)) & mask;
        while (bigger[i])
            i = (i + 1) & mask;
        bigger[i] = slot;
    }
    mSlots.swap(bigger);
}

uint32_t Dictionary::find(std::string_view s) const
{
    if (s.empty())
        return 0;
    const uint64_t h = hash(s);
    const uint64_t tag = h & 0xFFFFFFFF00000000ULL;
    const size_t mask = mSlots.size() - 1;
    for (size_t i = h & mask; mSlots[i]; i = (i + 1) & mask) {
        const uint64_t slot = mSlots[i];
        if ((slot & 0xFFFFFFFF00000000ULL) == tag && at(uint32_t(slot) - 1) == s)
            return uint32_t(slot) - 1;
    }
    return 0;
}

uint32_t Dictionary::intern(std::string_view s)
{
    const uint64_t h = hash(s);
    const uint64_t tag = h & 0xFFFFFFFF00000000ULL;
    const size_t mask = mSlots.size() - 1;
    size_t i = h & mask;
    for (; mSlots[i]; i = (i + 1) & mask) {
        const uint64_t slot = mSlots[i];
        if ((slot & 0xFFFFFFFF00000000ULL) == tag && at(uint32_t(slot) - 1) == s)
            return uint32_t(slot) - 1;
    }
    const uint32_t code = size();
    mArena.append(s);
    mOffsets.push_back(mArena.size());
    mSlots[i] = tag | (uint64_t(code) + 1);
    if (size_t(size()) * 2 > mSlots.size())
        grow();
    return code;
}

std::string Column::cellText(size_t row) const
{
    if (row >= present.size() || !present.test(row))
        return {};
    switch (type) {
    case FieldType::Number: return formatNumber(numbers[row]);
    case FieldType::Date: return formatIsoDate(civilFromDays(days[row]));
    case FieldType::Boolean: return truth.test(row) ? "true" : "false";
    case FieldType::Text: return std::string(dictionary->at(codes[row]));
    case FieldType::List: {
        std::string out;
        for (uint32_t i = listOffsets[row]; i < listOffsets[row + 1]; ++i) {
            if (!out.empty())
                out += ';';
            out += dictionary->at(listItems[i]);
        }
        return out;
    }
    }
    return {};
}

const Column* ColumnTable::column(std::string_view name) const
{
    const int i = columnIndex(name);
    return i < 0 ? nullptr : &mColumns[size_t(i)];
}

int ColumnTable::columnIndex(std::string_view name) const
{
    for (size_t i = 0; i < mColumns.size(); ++i)
        if (mColumns[i].name == name)
            return int(i);
    return -1;
}

std::string ColumnTable::keyText(size_t row) const
{
    if (const Column* k = keyColumn())
        return k->cellText(row);
    return std::to_string(row + 1);
}

void ColumnTable::reserve(size_t rows)
{
    for (Column& c : mColumns) {
        switch (c.type) {
        case FieldType::Number: c.numbers.reserve(rows); break;
        case FieldType::Date: c.days.reserve(rows); break;
        case FieldType::Text: c.codes.reserve(rows); break;
        case FieldType::List: c.listOffsets.reserve(rows + 1); break;
        case FieldType::Boolean: break;
        }
        if (c.type == FieldType::Text || c.type == FieldType::List)
            c.dictionary = std::make_shared<Dictionary>();
        if (c.type == FieldType::List && c.listOffsets.empty())
            c.listOffsets.push_back(0);
    }
}

// Presence and truth bits are collected into growing bitmaps as rows arrive.
namespace {
void setBit(Bitmap& b, size_t row)
{
    b.set(row);
}
void growBits(Bitmap& b, size_t rows)
{
    if (b.size() >= rows)
        return;
    Bitmap bigger(std::max(rows, b.size() * 2 + 1024));
    for (size_t w = 0; w < b.wordCount(); ++w)
        bigger.words()[w] = b.words()[w];
    b = std::move(bigger);
}
} // namespace

void ColumnTable::appendCell(Column& c, size_t row, std::string_view v, bool)
{
    growBits(c.present, row + 1);
    if (c.type == FieldType::Boolean)
        growBits(c.truth, row + 1);
    switch (c.type) {
    case FieldType::Number: {
        auto d = v.empty() ? std::nullopt : parseNumber(v);
        c.numbers.push_back(d.value_or(0));
        if (d)
            setBit(c.present, row);
        break;
    }
    case FieldType::Date: {
        auto d = v.empty() ? std::nullopt : parseDays(v);
        c.days.push_back(d.value_or(0));
        if (d)
            setBit(c.present, row);
        break;
    }
    case FieldType::Boolean: {
        auto b = v.empty() ? std::nullopt : parseBoolean(v);
        if (b) {
            setBit(c.present, row);
            if (*b)
                setBit(c.truth, row);
        }
        break;
    }
    case FieldType::Text: {
        const uint32_t code = v.empty() ? 0 : c.dictionary->intern(v);
        c.codes.push_back(code);
        if (code)
            setBit(c.present, row);
        break;
    }
    case FieldType::List: {
        size_t start = 0;
        bool any = false;
        while (!v.empty() && start <= v.size()) {
            size_t end = v.find(';', start);
            if (end == std::string_view::npos)
                end = v.size();
            const std::string_view item = trimAscii(v.substr(start, end - start));
            if (!item.empty()) {
                c.listItems.push_back(c.dictionary->intern(item));
                any = true;
            }
            start = end + 1;
        }
        c.listOffsets.push_back(uint32_t(c.listItems.size()));
        if (any)
            setBit(c.present, row);
        break;
    }
    }
}

void ColumnTable::finish(size_t rows)
{
    mRows = rows;
    for (Column& c : mColumns) {
        // Trim the growth slack so that bitmaps have exactly one bit per row.
        Bitmap p(rows), t(rows);
        for (size_t w = 0; w < p.wordCount() && w < c.present.wordCount(); ++w)
            p.words()[w] = c.present.words()[w];
        for (size_t w = 0; w < t.wordCount() && w < c.truth.wordCount(); ++w)
            t.words()[w] = c.truth.words()[w];
        if (rows % 64 && p.wordCount()) {
            const uint64_t mask = (uint64_t(1) << (rows % 64)) - 1;
            p.words()[p.wordCount() - 1] &= mask;
            t.words()[t.wordCount() - 1] &= mask;
        }
        c.present = std::move(p);
        c.truth = std::move(t);
        if (c.type == FieldType::Number)
            c.numbers.resize(rows);
        if (c.type == FieldType::Date)
            c.days.resize(rows);
        if (c.type == FieldType::Text)
            c.codes.resize(rows);
    }
}

bool ColumnTable::loadColumns(sqlite3* db, const std::vector<size_t>& which, size_t* rows, QString* error,
                              const LoadProgress& progress, qint64 total)
{
    std::string sql = "SELECT ";
    for (size_t k = 0; k < which.size(); ++k)
        sql += (k ? ", " : "") + Workspace::quoteIdentifier(QString::fromStdString(mColumns[which[k]].name));
    sql += " FROM leads ORDER BY rowid";
    sqlite3_stmt* st = nullptr;
    if (sqlite3_prepare_v2(db, sql.c_str(), int(sql.size()), &st, nullptr) != SQLITE_OK) {
        *error = QCoreApplication::translate("sd::ColumnTable", "cannot read leads: %1")
                     .arg(QString::fromUtf8(sqlite3_errmsg(db)));
        return false;
    }
    size_t row = 0;
    int rc;
    while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
        for (size_t k = 0; k < which.size(); ++k) {
            Column& c = mColumns[which[k]];
            const int i = int(k);
            const int t = sqlite3_column_type(st, i);
            if (t == SQLITE_NULL) {
                appendCell(c, row, {}, true);
                continue;
            }
            if (c.type == FieldType::Number && (t == SQLITE_FLOAT || t == SQLITE_INTEGER)) {
                growBits(c.present, row + 1);
                c.numbers.push_back(sqlite3_column_double(st, i));
                c.present.set(row);
                continue;
            }
            if (c.type == FieldType::Boolean && t == SQLITE_INTEGER) {
                growBits(c.present, row + 1);
                growBits(c.truth, row + 1);
                c.present.set(row);
                if (sqlite3_column_int64(st, i))
                    c.truth.set(row);
                continue;
            }
            auto p = reinterpret_cast<const char*>(sqlite3_column_text(st, i));
            appendCell(c, row, std::string_view(p, size_t(sqlite3_column_bytes(st, i))), true);
        }
        ++row;
        if (progress && (row & 0xFFFF) == 0 && !progress(qint64(row), total)) {
            sqlite3_finalize(st);
            *error = QCoreApplication::translate("sd::ColumnTable", "loading cancelled");
            return false;
        }
    }
    sqlite3_finalize(st);
    if (rc != SQLITE_DONE) {
        *error = QCoreApplication::translate("sd::ColumnTable", "cannot read leads: %1")
                     .arg(QString::fromUtf8(sqlite3_errmsg(db)));
        return false;
    }
    *rows = row;
    return true;
}

bool ColumnTable::loadWorkspace(const Workspace& ws, QString* error, const LoadProgress& progress,
                                const std::vector<std::string>& onlyFields, bool withKey)
{
    QList<FieldDef> fields = ws.fields();
    mColumns.clear();
    mKeyColumn = -1;
    QString key = ws.keyField();
    if (key.isEmpty() && !fields.isEmpty())
        key = fields.front().name; // no key chosen at import: the first field identifies a lead
    if (!onlyFields.empty()) {
        QList<FieldDef> kept;
        for (const FieldDef& f : fields)
            if ((withKey && f.name == key) || std::find(onlyFields.begin(), onlyFields.end(), f.name.toStdString()) != onlyFields.end())
                kept.append(f);
        fields = kept;
    }
    for (int i = 0; i < fields.size(); ++i) {
        Column c;
        c.name = fields[i].name.toStdString();
        c.type = fields[i].type;
        if (!key.isEmpty() && fields[i].name == key)
            mKeyColumn = i;
        mColumns.push_back(std::move(c));
    }
    if (fields.isEmpty()) {
        finish(0);
        return true;
    }
    const qint64 total = ws.leadCount();
    reserve(size_t(total));
    QString localError;
    QString* err = error ? error : &localError;

    // Two connections read disjoint column groups at once (WAL readers do not block each other);
    // text columns cost more to load, so the groups are balanced by a rough weight.
    std::vector<size_t> groups[2];
    int weight[2] = {0, 0};
    std::vector<size_t> order(mColumns.size());
    for (size_t i = 0; i < order.size(); ++i)
        order[i] = i;
    auto cost = [&](size_t i) {
        return (mColumns[i].type == FieldType::Text || mColumns[i].type == FieldType::List) ? 3 : 1;
    };
    std::stable_sort(order.begin(), order.end(), [&](size_t a, size_t b) { return cost(a) > cost(b); });
    for (size_t i : order) {
        const int g = weight[0] <= weight[1] ? 0 : 1;
        groups[g].push_back(i);
        weight[g] += cost(i);
    }
    sqlite3* second = nullptr;
    const bool parallel = total > 50000 && !groups[1].empty()
        && sqlite3_open_v2(QFile::encodeName(ws.path()).constData(), &second, SQLITE_OPEN_READONLY | SQLITE_OPEN_NOMUTEX, nullptr) == SQLITE_OK;
    size_t rows[2] = {0, 0};
    if (parallel) {
        // Both readers see one snapshot only if nothing commits in between; the row counts tell.
        QString secondError;
        bool secondOk = false;
        std::thread worker([&] { secondOk = loadColumns(second, groups[1], &rows[1], &secondError, {}, total); });
        const bool firstOk = loadColumns(ws.handle(), groups[0], &rows[0], err, progress, total);
        worker.join();
        sqlite3_close_v2(second);
        if (!firstOk)
            return false;
        if (!secondOk) {
            *err = secondError;
            return false;
        }
        if (rows[0] != rows[1]) {
            *err = QCoreApplication::translate("sd::ColumnTable", "the workspace changed while it was being read; open it again");
            return false;
        }
    } else {
        if (second)
            sqlite3_close_v2(second);
        std::vector<size_t> all(mColumns.size());
        for (size_t i = 0; i < all.size(); ++i)
            all[i] = i;
        if (!loadColumns(ws.handle(), all, &rows[0], err, progress, total))
            return false;
    }
    finish(rows[0]);
    return true;
}

bool ColumnTable::loadCsv(const QString& path, const std::vector<std::pair<std::string, FieldType>>& types,
                          const std::string& keyColumn, QString* error, const LoadProgress& progress)
{
    CsvFormat format;
    if (!sniffCsvFormat(path, {}, &format, error))
        return false;
    mColumns.clear();
    mKeyColumn = -1;
    size_t row = 0;
    QString rowError;
    const CsvReadResult r = readCsvPipelined(path, format, [&](const CsvRecord& rec) {
        const auto& f = *rec.fields;
        if (rec.index == 0) {
            for (std::string_view h : f) {
                Column c;
                c.name = std::string(trimAscii(h));
                for (const auto& [name, type] : types)
                    if (name == c.name)
                        c.type = type;
                if ((keyColumn.empty() && mColumns.empty()) || (!keyColumn.empty() && c.name == keyColumn))
                    mKeyColumn = int(mColumns.size());
                mColumns.push_back(std::move(c));
            }
            reserve(1 << 16);
            return true;
        }
        // A ragged row is read as far as it goes; missing cells are empty.
        for (size_t i = 0; i < mColumns.size(); ++i)
            appendCell(mColumns[i], row, i < f.size() ? trimAscii(f[i]) : std::string_view(), false);
        ++row;
        return true;
    }, progress);
    if (!r.ok) {
        if (error)
            *error = r.cancelled ? QCoreApplication::translate("sd::ColumnTable", "loading cancelled") : r.error;
        return false;
    }
    if (mColumns.empty()) {
        if (error)
            *error = QCoreApplication::translate("sd::ColumnTable", "%1: the file is empty (no header row)").arg(path);
        return false;
    }
    finish(row);
    return true;
}

ColumnTable ColumnTable::fromText(const std::vector<std::pair<std::string, FieldType>>& schema,
                                  const std::vector<std::vector<std::string>>& rows, const std::string& keyColumn)
{
    ColumnTable t;
    for (const auto& [name, type] : schema) {
        Column c;
        c.name = name;
        c.type = type;
        if (name == keyColumn)
            t.mKeyColumn = int(t.mColumns.size());
        t.mColumns.push_back(std::move(c));
    }
    t.reserve(rows.size());
    for (size_t r = 0; r < rows.size(); ++r)
        for (size_t i = 0; i < t.mColumns.size(); ++i)
            t.appendCell(t.mColumns[i], r, i < rows[r].size() ? std::string_view(rows[r][i]) : std::string_view(), false);
    t.finish(rows.size());
    return t;
}

} // namespace sd
