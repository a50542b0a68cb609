// The in-memory columnar table that rules are evaluated over: typed columns, dictionary-encoded
// text, presence bitmaps for empty cells. Loaded from a workspace or straight from a CSV file.
#pragma once

#include "bitmap.h"
#include "fieldtype.h"

#include <QString>

#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

struct sqlite3;

namespace sd {

class Workspace;
struct CsvFormat;

// Distinct strings of a text or list column; code 0 is reserved for the empty cell. Strings live in
// one arena and are found through an open-addressing table: a node-based map spends most of a
// 1,000,000-row load on cache misses for unique columns such as e-mail addresses.
class Dictionary
{
public:
    Dictionary();
    uint32_t intern(std::string_view s);
    uint32_t find(std::string_view s) const; // 0 when absent
    std::string_view at(uint32_t code) const
    {
        return std::string_view(mArena).substr(mOffsets[code], mOffsets[code + 1] - mOffsets[code]);
    }
    uint32_t size() const { return uint32_t(mOffsets.size() - 1); }

private:
    static uint64_t hash(std::string_view s);
    void grow();
    std::string mArena;
    std::vector<uint64_t> mOffsets;  // start of each string, plus the end of the last
    // Each slot packs (hash high 32 bits << 32) | (code + 1); 0 = free. Keeping the hash in the slot
    // means a probe touches one cache line unless the hashes agree.
    std::vector<uint64_t> mSlots;
};

struct Column
{
    std::string name;
    FieldType type = FieldType::Text;
    Bitmap present;                 // non-empty cells
    std::vector<double> numbers;    // Number
    std::vector<int32_t> days;      // Date: days since 1970-01-01
    Bitmap truth;                   // Boolean: true cells
    std::vector<uint32_t> codes;    // Text: dictionary code per row (0 = empty)
    std::vector<uint32_t> listOffsets, listItems; // List: CSR of item codes
    std::shared_ptr<Dictionary> dictionary;       // Text and List

    // Text of one cell as the user sees it (number canonical, date ISO, boolean true/false,
    // list items joined by ';'); empty string for an empty cell.
    std::string cellText(size_t row) const;
};

using LoadProgress = std::function<bool(qint64 done, qint64 total)>;

class ColumnTable
{
public:
    size_t rowCount() const { return mRows; }
    const std::vector<Column>& columns() const { return mColumns; }
    const Column* column(std::string_view name) const;
    int columnIndex(std::string_view name) const;
    // Key text per row (the workspace key field, else the first field), for holdout hashing.
    const Column* keyColumn() const { return mKeyColumn < 0 ? nullptr : &mColumns[size_t(mKeyColumn)]; }
    std::string keyText(size_t row) const;

    // Loads the fields of the workspace: all, or only those named in `onlyFields` (plus the key
    // when `withKey`; holdouts need it). Returns false with *error on failure or cancel.
    bool loadWorkspace(const Workspace& ws, QString* error, const LoadProgress& progress = {},
                       const std::vector<std::string>& onlyFields = {}, bool withKey = true);
    // Loads a CSV file; `types` gives the type of the fields named there (cells that do not parse
    // count as empty), other columns are loaded as text. keyColumn empty = the first column.
    bool loadCsv(const QString& path, const std::vector<std::pair<std::string, FieldType>>& types,
                 const std::string& keyColumn, QString* error, const LoadProgress& progress = {});

    // Builds a table from values (tests and small tools): each column's cells as text, "" empty.
    static ColumnTable fromText(const std::vector<std::pair<std::string, FieldType>>& schema,
                                const std::vector<std::vector<std::string>>& rows, const std::string& keyColumn = {});

private:
    bool loadColumns(sqlite3* db, const std::vector<size_t>& which, size_t* rows, QString* error,
                     const LoadProgress& progress, qint64 total);
    void reserve(size_t rows);
    void finish(size_t rows);
    void appendCell(Column& c, size_t row, std::string_view text, bool fromWorkspace);

    size_t mRows = 0;
    std::vector<Column> mColumns;
    int mKeyColumn = -1;
};

} // namespace sd
