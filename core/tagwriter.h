// Tagged lead lists: every input row and column plus segment_id, segment_path, the attributes of
// the lead's segment, its scores and the holdout group. CSV (RFC 4180, formula-safe), JSONL, XLSX.
#pragma once

#include "evaluator.h"

#include <QString>

#include <functional>

namespace sd {

enum class TagFormat { Csv, Jsonl, Xlsx };

struct TagRequest
{
    QString outputPath;
    TagFormat format = TagFormat::Csv;
    QString sourceCsv;     // when the table came from a CSV: its cells are copied as they were
    std::vector<std::string> onlySegments; // empty = all; else leads whose segment path contains one of these ids
    bool sheetPerSegment = false; // XLSX: one sheet per top-level segment (and one for leads in none)
    // Called now and then with the input rows done so far; returning false cancels the write
    // (no output file is left behind).
    std::function<bool(qint64 done, qint64 total)> progress;
};

struct TagResult
{
    bool ok = false;
    QString error;
    qint64 rowsWritten = 0;
};

// Which format a file name asks for (by extension); false when unknown.
bool tagFormatForPath(const QString& path, TagFormat* format);

// The leaf-level segments (index into `segments`) each row belongs to: in an all-exclusive tree
// exactly one per lead; in overlapping trees possibly several or none.
std::vector<std::vector<int>> terminalSegments(const std::vector<SegmentMembers>& segments, size_t rows);

// Spreadsheet formula injection: a text cell starting with = + - @ TAB or CR gets a leading '
// unless it is a plain number.
std::string neutraliseFormula(std::string_view cell);

TagResult writeTags(const ColumnTable& table, const RuleSet& rules, const std::vector<SegmentMembers>& segments,
                    const Evaluator& evaluator, const TagRequest& request);

} // namespace sd
