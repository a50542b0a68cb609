// Reading back a written XLSX file's worksheet to check that every row reached the disk.
// libxlsxwriter streams rows through a temporary file without checking its writes, so a full disk
// (or a file-size limit) would otherwise give a short sheet and a report of success.
#pragma once

#include <QString>

namespace sd {

// True when the zip entry `entry` (e.g. "xl/worksheets/sheet1.xml") of the file at `path` is a
// whole worksheet whose last row is `lastRow` (1-based, as in <row r="N">); false with a message.
bool verifyXlsxSheet(const QString& path, const char* entry, qint64 lastRow, QString* error);

} // namespace sd
