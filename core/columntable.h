// The in-memory columnar table that rules are evaluated over: typed columns, dictionary-encoded
// text, presence bitmaps for empty cells. Loaded from a workspace or straight from a CSV file.
#pragma once

#include "bitmap.h"
#include "fieldtype.h"

#include <QString>

#include <deque>
#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace sd {

class Workspace;
struct CsvFormat;

// Distinct strings of a text or list column; code 0 is reserved for the empty cell.
class Dictionary
{
public:
    Dictionary();
    uint32_t intern(std::string_view s);
    uint32_t find(std::string_view s) const; // 0 when absent
    const std::string& at(uint32_t code) const { return mStrings[code]; }
    uint32_t size() const { return uint32_t(mStrings.size()); }

private:
    std::deque<std::string> mStrings; // stable addresses for the map's views
    std::unordered_map<std::string_view, uint32_t> mIndex;
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

    // Loads every field of the workspace. Returns false with *error on failure or cancel.
    bool loadWorkspace(const Workspace& ws, QString* error, const LoadProgress& progress = {});
    // Loads a CSV file; `types` gives the type of the fields named there (cells that do not parse
    // count as empty), other columns are loaded as text. keyColumn empty = the first column.
    bool loadCsv(const QString& path, const std::vector<std::pair<std::string, FieldType>>& types,
                 const std::string& keyColumn, QString* error, const LoadProgress& progress = {});

    // Builds a table from values (tests and small tools): each column's cells as text, "" empty.
    static ColumnTable fromText(const std::vector<std::pair<std::string, FieldType>>& schema,
                                const std::vector<std::vector<std::string>>& rows, const std::string& keyColumn = {});

private:
    void reserve(size_t rows);
    void finish(size_t rows);
    void appendCell(Column& c, size_t row, std::string_view text, bool fromWorkspace);

    size_t mRows = 0;
    std::vector<Column> mColumns;
    int mKeyColumn = -1;
};

} // namespace sd
