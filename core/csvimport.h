// CSV import into a workspace: one transaction per import, whole-column type inference,
// header mapping onto existing fields, duplicate-key policy and a rejects file.
#pragma once

#include "csvreader.h"
#include "fieldtype.h"

#include <QString>
#include <QStringList>

#include <functional>

namespace sd {

class Workspace;

// What a workspace holds at most (docs/reliability.md). The CSV reader's own limits are CsvLimits.
struct ImportLimits
{
    static constexpr int maxFields = CsvLimits::maxFields;   // fields of a workspace (SQLite allows 2000 columns)
    static constexpr int maxFieldNameLength = 256;          // characters of a column name
    static constexpr qint64 maxLeads = 100000000;           // leads of a workspace
};

enum class DuplicatePolicy { Update, Skip, Keep };

struct ImportConfig
{
    QString csvPath;
    QString keyColumn;            // header name of the lead key; empty = no key
    DuplicatePolicy onDuplicate = DuplicatePolicy::Update;
    char delimiter = 0;           // 0 = sniff
    QString encoding;             // empty/"auto" = detect
    QStringList emptyValues;      // placeholders read as empty (exact, after trimming)
    QString rejectsPath;          // default: <csv>.rejects.csv
};

struct ImportResult
{
    bool ok = false;
    bool cancelled = false;
    QString error;                // one line, with a location when there is one
    qint64 rowsRead = 0, inserted = 0, updated = 0, unchanged = 0, skipped = 0, rejected = 0;
    QString rejectsFile;          // empty when nothing was rejected
    CsvFormat format;
    QList<FieldDef> newFields;
    QStringList warnings;
    qint64 importId = 0;
};

// Progress in bytes over both passes; return false to cancel (the workspace keeps its previous state).
using ImportProgress = std::function<bool(qint64 done, qint64 total)>;

ImportResult importCsv(Workspace& workspace, const ImportConfig& config, const ImportProgress& progress = {});

// Header names made unique and non-empty ("column_3", "email_2"), case-insensitively; a column
// named like one of `reserved` is renamed too.
QStringList uniqueHeaderNames(const QStringList& raw, const QStringList& reserved = {});

QString duplicatePolicyName(DuplicatePolicy p);
bool duplicatePolicyFromName(const QString& name, DuplicatePolicy* out);

} // namespace sd
