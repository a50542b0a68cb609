// Loading the columnar table from a workspace or a CSV file.
#include "columntable.h"

#include "csvreader.h"
#include "valueparsing.h"
#include "workspace.h"

#include <QCoreApplication>

#include <sqlite3.h>

namespace sd {

namespace {

QString tr(const char* s) { return QCoreApplication::translate("sd::ColumnTable", s); }

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
{
    mStrings.emplace_back(); // code 0: empty
}

uint32_t Dictionary::intern(std::string_view s)
{
    auto it = mIndex.find(s);
    if (it != mIndex.end())
        return it->second;
    const uint32_t code = uint32_t(mStrings.size());
    mStrings.emplace_back(s);
    mIndex.emplace(std::string_view(mStrings.back()), code);
    return code;
}

uint32_t Dictionary::find(std::string_view s) const
{
    auto it = mIndex.find(s);
    return it == mIndex.end() ? 0 : it->second;
}

std::string Column::cellText(size_t row) const
{
    if (row >= present.size() || !present.test(row))
        return {};
    switch (type) {
    case FieldType::Number: return formatNumber(numbers[row]);
    case FieldType::Date: return formatIsoDate(civilFromDays(days[row]));
    case FieldType::Boolean: return truth.test(row) ? "true" : "false";
    case FieldType::Text: return dictionary->at(codes[row]);
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

bool ColumnTable::loadWorkspace(const Workspace& ws, QString* error, const LoadProgress& progress)
{
    const QList<FieldDef> fields = ws.fields();
    mColumns.clear();
    mKeyColumn = -1;
    const QString key = ws.keyField();
    std::string sql = "SELECT ";
    for (int i = 0; i < fields.size(); ++i) {
        Column c;
        c.name = fields[i].name.toStdString();
        c.type = fields[i].type;
        if (!key.isEmpty() && fields[i].name == key)
            mKeyColumn = i;
        mColumns.push_back(std::move(c));
        sql += (i ? ", " : "") + Workspace::quoteIdentifier(fields[i].name);
    }
    if (mKeyColumn < 0 && !fields.isEmpty())
        mKeyColumn = 0; // no key chosen at import: the first field identifies a lead
    if (fields.isEmpty()) {
        finish(0);
        return true;
    }
    sql += " FROM leads ORDER BY rowid";
    const qint64 total = ws.leadCount();
    reserve(size_t(total));
    sqlite3_stmt* st = nullptr;
    if (sqlite3_prepare_v2(ws.handle(), sql.c_str(), int(sql.size()), &st, nullptr) != SQLITE_OK) {
        if (error)
            *error = tr("cannot read leads: %1").arg(ws.lastError());
        return false;
    }
    size_t row = 0;
    int rc;
    while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
        for (size_t i = 0; i < mColumns.size(); ++i) {
            Column& c = mColumns[i];
            const int t = sqlite3_column_type(st, int(i));
            if (t == SQLITE_NULL) {
                appendCell(c, row, {}, true);
                continue;
            }
            if (c.type == FieldType::Number && (t == SQLITE_FLOAT || t == SQLITE_INTEGER)) {
                growBits(c.present, row + 1);
                c.numbers.push_back(sqlite3_column_double(st, int(i)));
                c.present.set(row);
                continue;
            }
            if (c.type == FieldType::Boolean && t == SQLITE_INTEGER) {
                growBits(c.present, row + 1);
                growBits(c.truth, row + 1);
                c.present.set(row);
                if (sqlite3_column_int64(st, int(i)))
                    c.truth.set(row);
                continue;
            }
            auto p = reinterpret_cast<const char*>(sqlite3_column_text(st, int(i)));
            appendCell(c, row, std::string_view(p, size_t(sqlite3_column_bytes(st, int(i)))), true);
        }
        ++row;
        if (progress && (row & 0xFFFF) == 0 && !progress(qint64(row), total)) {
            sqlite3_finalize(st);
            if (error)
                *error = tr("loading cancelled");
            return false;
        }
    }
    sqlite3_finalize(st);
    if (rc != SQLITE_DONE) {
        if (error)
            *error = tr("cannot read leads: %1").arg(ws.lastError());
        return false;
    }
    finish(row);
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
            *error = r.cancelled ? tr("loading cancelled") : r.error;
        return false;
    }
    if (mColumns.empty()) {
        if (error)
            *error = tr("%1: the file is empty (no header row)").arg(path);
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
