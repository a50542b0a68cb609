// Streaming CSV reader on top of libcsv: encoding detection (uchardet) and conversion to UTF-8
// (iconv), delimiter sniffing, RFC 4180 quoting, CRLF/LF/CR, UTF-8 BOM. Records arrive through a
// callback as UTF-8 fields with the physical line number the record starts on.
#pragma once

#include <QString>

#include <functional>
#include <string>
#include <string_view>
#include <vector>

namespace sd {

struct CsvFormat
{
    char delimiter = ',';
    QString encoding;   // canonical name, e.g. "UTF-8", "UTF-16LE", "WINDOWS-1252"
    bool hadBom = false;
};

// What one CSV record may hold. Beyond these, reading stops with an error naming the line: such
// records come from a quote left open, a wrong delimiter or a file that is not a CSV, and holding
// them would cost memory out of all proportion (docs/reliability.md lists every limit).
struct CsvLimits
{
    static constexpr int maxFields = 1000;              // columns in one record
    static constexpr qint64 maxCellBytes = 1 << 20;     // one field, in UTF-8
    static constexpr qint64 maxRecordBytes = 16 << 20;  // one record, in UTF-8
};

struct CsvSniffOptions
{
    char delimiter = 0;  // 0 = sniff among , ; \t |
    QString encoding;    // empty or "auto" = detect
};

// Detects encoding and delimiter from the start of the file.
bool sniffCsvFormat(const QString& path, const CsvSniffOptions& options, CsvFormat* format, QString* error);

struct CsvRecord
{
    const std::vector<std::string_view>* fields = nullptr; // UTF-8, untrimmed
    qint64 line = 0;        // 1-based physical line where the record starts
    qint64 index = 0;       // 0-based record index (header is 0)
};

// Return false to stop reading (cancel).
using CsvRecordSink = std::function<bool(const CsvRecord&)>;
using CsvProgress = std::function<bool(qint64 bytesDone, qint64 bytesTotal)>;

struct CsvReadResult
{
    bool ok = false;
    bool cancelled = false;
    QString error;      // with a location when the file is malformed
    qint64 records = 0; // including the header
    qint64 bytes = 0;
    bool endsAtRecordBoundary = true; // for a range that stops before the end of the file
};

// A byte range of the file to read; `end` must follow a line feed. Records are numbered from
// firstIndex (index 0 is the header). Line numbers are only meaningful for a range starting at 0.
struct CsvRange
{
    qint64 begin = 0;
    qint64 end = -1;   // -1 = end of file
    qint64 firstIndex = 0;
};

CsvReadResult readCsv(const QString& path, const CsvFormat& format, const CsvRecordSink& sink,
                      const CsvProgress& progress = {}, const CsvRange& range = {});

// Same contract as readCsv, but parsing runs on a worker thread while the sink runs on the calling
// thread, with a bounded queue between them, so a slow sink (database writes) overlaps parsing.
CsvReadResult readCsvPipelined(const QString& path, const CsvFormat& format, const CsvRecordSink& sink,
                               const CsvProgress& progress = {});

} // namespace sd
