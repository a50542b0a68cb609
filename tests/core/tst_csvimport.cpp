// CSV import against its contract (DESIGN.md "Field types and values", "Workspace", CLI `import`):
// the csv-spectrum acid tests, encodings, the UCI bank-marketing file, whole-column type inference,
// line endings and quoting, ragged rows and the rejects file, delimiter sniffing, re-import onto
// existing fields, key/duplicate policies, and cancel leaving the workspace as it was.
// Values are read back from the `leads` table with the sqlite3 C API, so the checks do not depend
// on the workspace's own read paths.
#include "csvimport.h"
#include "fieldtype.h"
#include "workspace.h"

#include <QtTest>

#include <QStringDecoder>
#include <QStringEncoder>
#include <QTemporaryDir>

#include <nlohmann/json.hpp>
#include <sqlite3.h>

#include <cmath>
#include <memory>

using namespace sd;

namespace {

const QString kNull = QStringLiteral("<NULL>");

QString testdataDir()
{
    return QStringLiteral(SD_TESTDATA_DIR);
}

// The test's own names for field types, so a renamed type in core is caught.
QString typeName(FieldType t)
{
    switch (t) {
    case FieldType::Text: return QStringLiteral("text");
    case FieldType::Number: return QStringLiteral("number");
    case FieldType::Date: return QStringLiteral("date");
    case FieldType::Boolean: return QStringLiteral("boolean");
    case FieldType::List: return QStringLiteral("list");
    }
    return QStringLiteral("?");
}

bool policyFromName(const QString& name, DuplicatePolicy* out)
{
    if (name == QLatin1String("update"))
        *out = DuplicatePolicy::Update;
    else if (name == QLatin1String("skip"))
        *out = DuplicatePolicy::Skip;
    else if (name == QLatin1String("keep"))
        *out = DuplicatePolicy::Keep;
    else
        return false;
    return true;
}

// Rows of a query as QVariants: NULL → invalid QVariant, INTEGER → qint64, REAL → double, TEXT → QString.
QList<QVariantList> query(const Workspace& ws, const QString& sql, QString* error = nullptr)
{
    QList<QVariantList> rows;
    sqlite3_stmt* st = nullptr;
    const QByteArray s = sql.toUtf8();
    if (sqlite3_prepare_v2(ws.handle(), s.constData(), int(s.size()), &st, nullptr) != SQLITE_OK) {
        if (error)
            *error = QString::fromUtf8(sqlite3_errmsg(ws.handle())) + QStringLiteral(" in: ") + sql;
        return rows;
    }
    while (sqlite3_step(st) == SQLITE_ROW) {
        QVariantList row;
        for (int i = 0; i < sqlite3_column_count(st); ++i) {
            switch (sqlite3_column_type(st, i)) {
            case SQLITE_NULL: row.append(QVariant()); break;
            case SQLITE_INTEGER: row.append(QVariant(qint64(sqlite3_column_int64(st, i)))); break;
            case SQLITE_FLOAT: row.append(QVariant(sqlite3_column_double(st, i))); break;
            default:
                row.append(QString::fromUtf8(reinterpret_cast<const char*>(sqlite3_column_text(st, i)),
                                             sqlite3_column_bytes(st, i)));
            }
        }
        rows.append(row);
    }
    sqlite3_finalize(st);
    return rows;
}

// One canonical text per stored value, for compact expected-value tables.
QString show(const QVariant& v)
{
    if (!v.isValid())
        return kNull;
    if (v.typeId() == QMetaType::Double) {
        const double d = v.toDouble();
        if (std::floor(d) == d && std::fabs(d) < 1e15)
            return QString::number(qint64(d));
        return QString::number(d, 'g', 17);
    }
    if (v.typeId() == QMetaType::LongLong)
        return QString::number(v.toLongLong());
    return v.toString();
}

QString quoteIdent(const QString& name)
{
    QString q = name;
    q.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + q + QLatin1Char('"');
}

// All values of one column of `leads` in rowid order, as show() text.
QStringList column(const Workspace& ws, const QString& field)
{
    QStringList out;
    QString err;
    const auto rows = query(ws, QStringLiteral("SELECT %1 FROM leads ORDER BY rowid").arg(quoteIdent(field)), &err);
    if (!err.isEmpty())
        return {QStringLiteral("<query failed: %1>").arg(err)};
    for (const QVariantList& r : rows)
        out.append(show(r.value(0)));
    return out;
}

// The whole `leads` table (rowid included) and the field list, to tell "unchanged" precisely.
QString dumpWorkspace(const Workspace& ws)
{
    QString out;
    for (const FieldDef& f : ws.fields())
        out += QStringLiteral("field %1 %2 %3\n").arg(f.name, typeName(f.type)).arg(f.position);
    for (const QVariantList& r : query(ws, QStringLiteral("SELECT rowid, * FROM leads ORDER BY rowid"))) {
        QStringList cells;
        for (const QVariant& v : r)
            cells.append(show(v) + QLatin1Char('/') + QString::number(v.typeId()));
        out += cells.join(QLatin1Char('|')) + QLatin1Char('\n');
    }
    return out;
}

QStringList fieldNames(const Workspace& ws)
{
    QStringList out;
    for (const FieldDef& f : ws.fields())
        out.append(f.name);
    return out;
}

// The leads' field columns in field order (the table's own `rowid` column left out), as show() text.
QList<QStringList> leadRows(const Workspace& ws, const QString& suffix = QString())
{
    QStringList cols;
    for (const QString& n : fieldNames(ws))
        cols.append(quoteIdent(n));
    QList<QStringList> out;
    QString err;
    const auto rows = query(ws, QStringLiteral("SELECT %1 FROM leads ORDER BY rowid %2").arg(cols.join(QStringLiteral(", ")), suffix), &err);
    if (!err.isEmpty())
        return {{QStringLiteral("<query failed: %1>").arg(err)}};
    for (const QVariantList& r : rows) {
        QStringList cells;
        for (const QVariant& v : r)
            cells.append(show(v));
        out.append(cells);
    }
    return out;
}

// A small RFC 4180 reader of the test's own, for the rejects file (independent of core's reader).
QList<QStringList> parseCsv(const QByteArray& bytes)
{
    QList<QStringList> rows;
    QStringList row;
    QByteArray field;
    bool inQuotes = false, any = false;
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        const char c = bytes[i];
        if (inQuotes) {
            if (c == '"') {
                if (i + 1 < bytes.size() && bytes[i + 1] == '"') {
                    field += '"';
                    ++i;
                } else {
                    inQuotes = false;
                }
            } else {
                field += c;
            }
            continue;
        }
        if (c == '"') {
            inQuotes = true;
            any = true;
        } else if (c == ',') {
            row.append(QString::fromUtf8(field));
            field.clear();
            any = true;
        } else if (c == '\n' || c == '\r') {
            if (c == '\r' && i + 1 < bytes.size() && bytes[i + 1] == '\n')
                ++i;
            row.append(QString::fromUtf8(field));
            rows.append(row);
            row.clear();
            field.clear();
            any = false;
        } else {
            field += c;
            any = true;
        }
    }
    if (any || !field.isEmpty()) {
        row.append(QString::fromUtf8(field));
        rows.append(row);
    }
    return rows;
}

// A fresh workspace in its own temporary folder; the test's CSV files go beside it.
struct Scratch
{
    QTemporaryDir dir;
    std::unique_ptr<Workspace> ws;
    QString openError;

    Scratch()
    {
        ws = Workspace::open(dir.filePath(QStringLiteral("test.segdb")), &openError);
    }
    QString write(const QString& name, const QByteArray& bytes) const
    {
        const QString path = dir.filePath(name);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
            return {};
        return path;
    }
    ImportResult import(const QString& csv, ImportConfig config = {}, const ImportProgress& progress = {})
    {
        config.csvPath = csv;
        return importCsv(*ws, config, progress);
    }
};

#define REQUIRE_SCRATCH(s) \
    QVERIFY2((s).dir.isValid() && (s).ws, qPrintable((s).openError))

#define REQUIRE_IMPORT(r) \
    QVERIFY2((r).ok, qPrintable(QStringLiteral("import failed: ") + (r).error))

// A deterministic lead file of `rows` rows; `ragged` adds one row with a missing field in the middle.
bool writeLeadsCsv(const QString& path, int rows, bool ragged)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return false;
    QByteArray buf = "lead_id,company,employees,won,signed_up,stack,region,notes\n";
    for (int i = 1; i <= rows; ++i) {
        if (ragged && i == rows / 2) {
            buf += "R" + QByteArray::number(i) + ",Broken Row Ltd\n";
            continue;
        }
        buf += 'B' + QByteArray::number(i) + ",\"Company " + QByteArray::number(i % 977) + ", Inc.\","
            + QByteArray::number((i * 37) % 5000 + 1) + ',' + ((i % 3) ? "no" : "yes") + ",2024-"
            + QByteArray::number(i % 12 + 1).rightJustified(2, '0') + '-'
            + QByteArray::number(i % 28 + 1).rightJustified(2, '0') + ",HubSpot;Jira,"
            + ((i % 2) ? "EMEA" : "AMER") + ",some free text that makes the row longer " + QByteArray::number(i) + '\n';
        if (buf.size() > (1 << 20)) {
            f.write(buf);
            buf.clear();
        }
    }
    f.write(buf);
    return f.error() == QFileDevice::NoError;
}

} // namespace

class TestCsvImport : public QObject
{
    Q_OBJECT

private slots:
    void csvSpectrum_data();
    void csvSpectrum();
    void latin1Files();
    void ownEncodings_data();
    void ownEncodings();
    void bankMarketing();
    void typeInference_data();
    void typeInference();
    void lineEndingsAndQuoting_data();
    void lineEndingsAndQuoting();
    void raggedRowsGoToRejectsFile();
    void reimportMapsHeadersAndRejectsBadValues();
    void delimiters_data();
    void delimiters();
    void duplicatePolicies_data();
    void duplicatePolicies();
    void reimportSameFileChangesNothing();
    void cancel_data();
    void cancel();
    void uniqueHeaderNames_data();
    void uniqueHeaderNames();
    void duplicateHeadersImport();
    void errors_data();
    void errors();
};

// ---------------------------------------------------------------------------------------------
// csv-spectrum: every case imports to exactly the values of its JSON twin.

void TestCsvImport::csvSpectrum_data()
{
    QTest::addColumn<QString>("csvPath");
    QTest::addColumn<QString>("jsonPath");
    const QDir dir(testdataDir() + QStringLiteral("/csv-spectrum/csvs"));
    if (!dir.exists())
        QSKIP("shared test data (csv-spectrum) not present");
    const QStringList files = dir.entryList({QStringLiteral("*.csv")}, QDir::Files, QDir::Name);
    QVERIFY(files.size() >= 12);
    for (const QString& f : files) {
        const QString json = testdataDir() + QStringLiteral("/csv-spectrum/json/") + QFileInfo(f).completeBaseName()
            + QStringLiteral(".json");
        QTest::newRow(qPrintable(f)) << dir.filePath(f) << json;
    }
}

void TestCsvImport::csvSpectrum()
{
    QFETCH(QString, csvPath);
    QFETCH(QString, jsonPath);
    QFile jf(jsonPath);
    QVERIFY2(jf.open(QIODevice::ReadOnly), qPrintable(jsonPath));
    nlohmann::ordered_json expected = nlohmann::ordered_json::parse(jf.readAll().toStdString());
    if (expected.is_object()) // location_coordinates.json holds one object, not an array
        expected = nlohmann::ordered_json::array({expected});
    QVERIFY(expected.is_array() && !expected.empty());

    // Copy the CSV so that nothing (a rejects file) is ever written into the shared folder.
    Scratch s;
    REQUIRE_SCRATCH(s);
    QFile cf(csvPath);
    QVERIFY(cf.open(QIODevice::ReadOnly));
    const QString csv = s.write(QFileInfo(csvPath).fileName(), cf.readAll());
    const ImportResult r = s.import(csv);
    REQUIRE_IMPORT(r);
    QCOMPARE(r.rejected, 0);
    QCOMPARE(r.rowsRead, qint64(expected.size()));
    QCOMPARE(r.inserted, qint64(expected.size()));
    QCOMPARE(s.ws->leadCount(), qint64(expected.size()));

    QStringList keys;
    for (auto it = expected[0].begin(); it != expected[0].end(); ++it)
        keys.append(QString::fromStdString(it.key()));
    QCOMPARE(fieldNames(*s.ws), keys);

    const bool locationQuirk = QFileInfo(csvPath).fileName() == QLatin1String("location_coordinates.csv");
    for (const QString& key : keys) {
        const std::optional<FieldDef> f = s.ws->field(key);
        QVERIFY2(f, qPrintable(key));
        const auto stored = query(*s.ws, QStringLiteral("SELECT %1 FROM leads ORDER BY rowid").arg(quoteIdent(key)));
        QCOMPARE(stored.size(), qsizetype(expected.size()));
        for (size_t i = 0; i < expected.size(); ++i) {
            QString want = QString::fromStdString(expected[i][key.toStdString()].get<std::string>()).trimmed();
            if (locationQuirk && key == QLatin1String("Contact Phone Number")) {
                // Upstream quirk: the JSON twin says "1234567890" but the CSV holds 2095257564.
                // The importer must keep what the CSV says.
                want = QStringLiteral("2095257564");
            }
            const QVariant got = stored[qsizetype(i)].value(0);
            const QString where = QStringLiteral("row %1, field \"%2\" (%3): expected \"%4\", got %5")
                                      .arg(i).arg(key, typeName(f->type), want, show(got));
            if (want.isEmpty()) {
                QVERIFY2(!got.isValid(), qPrintable(where)); // "" cells are empty (NULL)
                continue;
            }
            QVERIFY2(got.isValid(), qPrintable(where));
            switch (f->type) {
            case FieldType::Number: {
                bool ok = false;
                const double w = want.toDouble(&ok);
                QVERIFY2(ok && got.typeId() == QMetaType::Double && got.toDouble() == w, qPrintable(where));
                break;
            }
            case FieldType::Boolean: {
                const QString l = want.toLower();
                const bool w = l == QLatin1String("1") || l == QLatin1String("yes") || l == QLatin1String("true")
                    || l == QLatin1String("y");
                QVERIFY2(got.typeId() == QMetaType::LongLong && got.toLongLong() == (w ? 1 : 0), qPrintable(where));
                break;
            }
            default:
                QVERIFY2(got.typeId() == QMetaType::QString && got.toString() == want, qPrintable(where));
            }
        }
    }
    // The zip code keeps its leading zero as text.
    if (QFileInfo(csvPath).fileName() == QLatin1String("comma_in_quotes.csv")) {
        QCOMPARE(typeName(s.ws->field(QStringLiteral("zip"))->type), QStringLiteral("text"));
        QCOMPARE(column(*s.ws, QStringLiteral("zip")), QStringList{QStringLiteral("08123")});
    }
}

// ---------------------------------------------------------------------------------------------
// Encodings.

void TestCsvImport::latin1Files()
{
    const QString base = testdataDir() + QStringLiteral("/csv-encodings/CSV-basic-ISO-8859-1.");
    if (!QFileInfo::exists(base + QStringLiteral("LF.csv")))
        QSKIP("shared test data (csv-encodings) not present");

    QList<QStringList> results;
    for (const QString& ending : {QStringLiteral("CRLF"), QStringLiteral("LF")}) {
        QFile f(base + ending + QStringLiteral(".csv"));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray bytes = f.readAll();
        QVERIFY(bytes.contains('\xE9')); // really Latin-1, not UTF-8

        // What the file says, decoded by Qt as Latin-1.
        QStringDecoder latin1(QStringDecoder::Latin1);
        const QString text = latin1(bytes);
        QList<QStringList> expectedRows;
        for (const QString& line : text.split(QLatin1Char('\n'), Qt::SkipEmptyParts))
            expectedRows.append(line.trimmed().split(QLatin1Char(',')));
        QCOMPARE(expectedRows.size(), 4);
        QCOMPARE(expectedRows[0], (QStringList{QStringLiteral("first_name"), QStringLiteral("last_name"), QStringLiteral("age")}));

        Scratch s;
        REQUIRE_SCRATCH(s);
        const ImportResult r = s.import(s.write(QStringLiteral("latin1.csv"), bytes));
        REQUIRE_IMPORT(r);
        QCOMPARE(r.rejected, 0);
        QCOMPARE(fieldNames(*s.ws), expectedRows[0]);
        QCOMPARE(typeName(s.ws->field(QStringLiteral("age"))->type), QStringLiteral("number"));
        QStringList flat;
        for (int i = 1; i < expectedRows.size(); ++i) {
            const auto row = query(*s.ws, QStringLiteral("SELECT first_name, last_name, age FROM leads WHERE rowid = (SELECT rowid FROM leads ORDER BY rowid LIMIT 1 OFFSET %1)").arg(i - 1));
            QCOMPARE(row.size(), 1);
            QCOMPARE(row[0][0].toString(), expectedRows[i][0]);
            QCOMPARE(row[0][1].toString(), expectedRows[i][1]);
            QCOMPARE(row[0][2].toDouble(), expectedRows[i][2].toDouble());
            flat << row[0][0].toString() << row[0][1].toString();
        }
        QVERIFY(flat.contains(QStringLiteral("H\u00e9l\u00e8ne")));
        QVERIFY(flat.contains(QStringLiteral("Mah\u00e9")));
        results.append(flat);
    }
    QCOMPARE(results[0], results[1]); // CRLF and LF give the same text
}

void TestCsvImport::ownEncodings_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("encodingOption");
    QTest::addColumn<QStringList>("expectedNames");
    QTest::addColumn<QStringList>("expectedNotes");
    QTest::addColumn<bool>("expectBom");

    const QStringList names = {QStringLiteral("Caf\u00e9 M\u00fcller"), QStringLiteral("\u00c5sa Nordstr\u00f6m"),
                               QStringLiteral("Fran\u00e7ois \u00c9lise"), QStringLiteral("Zo\u00eb D\u00fcrr")};
    const QStringList unicodeNotes = {QStringLiteral("price 10 \u20ac"), QStringLiteral("it\u2019s fine"),
                                      QStringLiteral("\u03c9 and \U0001D11E"), QStringLiteral("na\u00efve \u2014 ok")};
    auto text = [&](const QStringList& notes) {
        QString t = QStringLiteral("id,name,note\r\n");
        for (int i = 0; i < names.size(); ++i)
            t += QString::number(i + 1) + QLatin1Char(',') + names[i] + QLatin1Char(',') + notes[i] + QStringLiteral("\r\n");
        return t;
    };

    {
        QStringEncoder enc(QStringEncoder::Utf16LE, QStringEncoder::Flag::WriteBom);
        const QByteArray b = enc(text(unicodeNotes));
        QVERIFY(b.startsWith("\xFF\xFE"));
        QTest::newRow("UTF-16LE with BOM") << b << QString() << names << unicodeNotes << true;
    }
    {
        const QByteArray b = "\xEF\xBB\xBF" + text(unicodeNotes).toUtf8();
        QTest::newRow("UTF-8 with BOM") << b << QString() << names << unicodeNotes << true;
    }
    {
        QTest::newRow("UTF-8 without BOM") << text(unicodeNotes).toUtf8() << QString() << names << unicodeNotes << false;
    }
    // Windows-1252: € is 0x80 and ’ is 0x92, which ISO-8859-1 does not have. The file is long enough
    // that a detector has something to go on.
    QByteArray cp1252 = "id,name,note\r\n";
    const QList<QByteArray> cpNames = {"Caf\xE9 M\xFCller", "\xC5sa Nordstr\xF6m", "Fran\xE7ois \xC9lise", "Zo\xEB D\xFCrr"};
    const QList<QByteArray> cpNotes = {"price 10 \x80", "it\x92s fine", "r\xE9sum\xE9 envoy\xE9 \x96 d\xE9j\xE0 vu",
                                      "na\xEFve \x93quoted\x94 caf\xE9"};
    const QStringList cpExpectedNotes = {QStringLiteral("price 10 \u20ac"), QStringLiteral("it\u2019s fine"),
                                         QStringLiteral("r\u00e9sum\u00e9 envoy\u00e9 \u2013 d\u00e9j\u00e0 vu"),
                                         QStringLiteral("na\u00efve \u201cquoted\u201d caf\u00e9")};
    for (int i = 0; i < cpNames.size(); ++i)
        cp1252 += QByteArray::number(i + 1) + ',' + cpNames[i] + ',' + cpNotes[i] + "\r\n";
    QTest::newRow("Windows-1252 detected") << cp1252 << QString() << names << cpExpectedNotes << false;
    QTest::newRow("Windows-1252 named") << cp1252 << QStringLiteral("windows-1252") << names << cpExpectedNotes << false;
}

void TestCsvImport::ownEncodings()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, encodingOption);
    QFETCH(QStringList, expectedNames);
    QFETCH(QStringList, expectedNotes);
    QFETCH(bool, expectBom);

    Scratch s;
    REQUIRE_SCRATCH(s);
    ImportConfig config;
    config.encoding = encodingOption;
    const ImportResult r = s.import(s.write(QStringLiteral("enc.csv"), bytes), config);
    REQUIRE_IMPORT(r);
    QCOMPARE(r.rejected, 0);
    QCOMPARE(r.format.hadBom, expectBom);
    // The BOM never leaks into the first header name.
    QCOMPARE(fieldNames(*s.ws), (QStringList{QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("note")}));
    QCOMPARE(column(*s.ws, QStringLiteral("id")), (QStringList{QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("3"), QStringLiteral("4")}));
    QCOMPARE(column(*s.ws, QStringLiteral("name")), expectedNames);
    QCOMPARE(column(*s.ws, QStringLiteral("note")), expectedNotes);
}

// ---------------------------------------------------------------------------------------------
// UCI bank marketing: ';' sniffed, 'unknown' as empty, 41,188 rows, 4,640 conversions.

void TestCsvImport::bankMarketing()
{
    const QString src = testdataDir() + QStringLiteral("/bank-marketing/bank-additional-full.csv");
    if (!QFileInfo::exists(src))
        QSKIP("shared test data (bank-marketing) not present");
    Scratch s;
    REQUIRE_SCRATCH(s);
    // Read from the shared folder directly: nothing is rejected, so nothing is written beside it;
    // rejectsPath points into the temporary folder anyway.
    ImportConfig config;
    config.delimiter = 0;
    config.emptyValues = {QStringLiteral("unknown")};
    config.rejectsPath = s.dir.filePath(QStringLiteral("bank.rejects.csv"));
    const ImportResult r = s.import(src, config);
    REQUIRE_IMPORT(r);
    QCOMPARE(r.format.delimiter, ';');
    QCOMPARE(r.rowsRead, 41188);
    QCOMPARE(r.inserted, 41188);
    QCOMPARE(r.rejected, 0);
    QVERIFY(r.rejectsFile.isEmpty());
    QVERIFY(!QFileInfo::exists(config.rejectsPath));
    QCOMPARE(s.ws->leadCount(), 41188);

    const QStringList expectedFields = {
        QStringLiteral("age"), QStringLiteral("job"), QStringLiteral("marital"), QStringLiteral("education"),
        QStringLiteral("default"), QStringLiteral("housing"), QStringLiteral("loan"), QStringLiteral("contact"),
        QStringLiteral("month"), QStringLiteral("day_of_week"), QStringLiteral("duration"), QStringLiteral("campaign"),
        QStringLiteral("pdays"), QStringLiteral("previous"), QStringLiteral("poutcome"), QStringLiteral("emp.var.rate"),
        QStringLiteral("cons.price.idx"), QStringLiteral("cons.conf.idx"), QStringLiteral("euribor3m"),
        QStringLiteral("nr.employed"), QStringLiteral("y")};
    QCOMPARE(fieldNames(*s.ws), expectedFields);

    const QMap<QString, QString> types = {
        {QStringLiteral("age"), QStringLiteral("number")}, {QStringLiteral("job"), QStringLiteral("text")},
        {QStringLiteral("duration"), QStringLiteral("number")}, {QStringLiteral("emp.var.rate"), QStringLiteral("number")},
        {QStringLiteral("month"), QStringLiteral("text")}, {QStringLiteral("y"), QStringLiteral("boolean")},
        {QStringLiteral("housing"), QStringLiteral("boolean")}, {QStringLiteral("default"), QStringLiteral("boolean")}};
    for (auto it = types.begin(); it != types.end(); ++it)
        QCOMPARE(typeName(s.ws->field(it.key())->type) + QLatin1Char(' ') + it.key(), it.value() + QLatin1Char(' ') + it.key());

    auto scalar = [&](const QString& sql) {
        QString err;
        const auto rows = query(*s.ws, sql, &err);
        return err.isEmpty() && rows.size() == 1 ? show(rows[0].value(0)) : QStringLiteral("<error: %1>").arg(err);
    };
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM leads WHERE y = 1")), QStringLiteral("4640"));
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM leads WHERE y = 0")), QStringLiteral("36548"));
    // 'unknown' became NULL (figures from SOURCE.txt).
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM leads WHERE job IS NULL")), QStringLiteral("330"));
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM leads WHERE marital IS NULL")), QStringLiteral("80"));
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM leads WHERE education IS NULL")), QStringLiteral("1731"));
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM leads WHERE \"default\" IS NULL")), QStringLiteral("8597"));
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM leads WHERE job = 'unknown'")), QStringLiteral("0"));
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM leads WHERE pdays = 999")), QStringLiteral("39673"));
    QCOMPARE(scalar(QStringLiteral("SELECT typeof(age) FROM leads LIMIT 1")), QStringLiteral("real"));
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM leads WHERE contact = 'cellular'")), QStringLiteral("26144"));
    // Counted independently from the CSV with Python's csv module.
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM leads WHERE contact = 'cellular' AND y = 1")), QStringLiteral("3853"));
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM leads WHERE poutcome = 'success' AND y = 1")), QStringLiteral("894"));
    // The first data row: 56;"housemaid";"married";"basic.4y";"no";"no";"no";"telephone";"may";"mon";261;1;999;0;"nonexistent";1.1;93.994;-36.4;4.857;5191;"no"
    const auto first = query(*s.ws, QStringLiteral("SELECT age, job, \"default\", duration, \"cons.conf.idx\", y FROM leads ORDER BY rowid LIMIT 1"));
    QCOMPARE(first.size(), 1);
    QCOMPARE(show(first[0][0]), QStringLiteral("56"));
    QCOMPARE(show(first[0][1]), QStringLiteral("housemaid"));
    QCOMPARE(show(first[0][2]), QStringLiteral("0"));
    QCOMPARE(show(first[0][3]), QStringLiteral("261"));
    QCOMPARE(first[0][4].toDouble(), -36.4);
    QCOMPARE(show(first[0][5]), QStringLiteral("0"));
    QVERIFY(s.ws->field(QStringLiteral("job"))->placeholders.contains(QStringLiteral("unknown")));
}

// ---------------------------------------------------------------------------------------------
// Whole-column type inference.

void TestCsvImport::typeInference_data()
{
    QTest::addColumn<QStringList>("values");
    QTest::addColumn<QStringList>("emptyValues");
    QTest::addColumn<QString>("expectedType");
    QTest::addColumn<QStringList>("expectedStored");
    QTest::addColumn<bool>("expectWarning");

    const QString N = kNull;
    auto row = [](const char* name, QStringList values, QString type, QStringList stored, bool warning = false,
                  QStringList empties = {}) {
        QTest::newRow(name) << values << empties << type << stored << warning;
    };
    row("integers", {"1", "2", "30"}, "number", {"1", "2", "30"});
    row("decimals, signs, exponent", {"1.5", "-2", "3e2", "+4"}, "number", {"1.5", "-2", "300", "4"});
    row("number with blanks", {"  42 ", "", "7"}, "number", {"42", N, "7"});
    row("zip with leading zero stays text", {"02139", "10001", "94105"}, "text", {"02139", "10001", "94105"});
    row("negative leading zero stays text", {"-007", "12"}, "text", {"-007", "12"});
    row("zero point five is a number", {"0.5", "0", "10"}, "number", {"0.5", "0", "10"});
    row("1/0 is boolean", {"1", "0", "1", "0"}, "boolean", {"1", "0", "1", "0"});
    row("yes/no any case", {"Yes", "no", "YES", "No"}, "boolean", {"1", "0", "1", "0"});
    row("true/false", {"true", "FALSE", "True"}, "boolean", {"1", "0", "1"});
    row("y/n", {"y", "N", "Y"}, "boolean", {"1", "0", "1"});
    row("boolean with empties", {"yes", "", "no"}, "boolean", {"1", N, "0"});
    row("one word is not boolean", {"yes", "maybe"}, "text", {"yes", "maybe"});
    row("ISO dates", {"2021-04-15", "2020-02-29", "1999-12-31"}, "date", {"2021-04-15", "2020-02-29", "1999-12-31"});
    row("invalid ISO date is text", {"2021-04-15", "2021-02-30"}, "text", {"2021-04-15", "2021-02-30"});
    row("15 Apr, 2021", {"15 Apr, 2021", "3 May, 2020", "1 Dec, 1999"}, "date", {"2021-04-15", "2020-05-03", "1999-12-01"});
    row("15 April 2021", {"15 April 2021", "28 February 2020"}, "date", {"2021-04-15", "2020-02-28"});
    row("day-first slashes", {"15/04/2021", "01/02/2021"}, "date", {"2021-04-15", "2021-02-01"});
    row("month-first slashes", {"04/15/2021", "01/02/2021"}, "date", {"2021-04-15", "2021-01-02"});
    row("ambiguous slashes only", {"01/02/2021", "03/04/2021", "12/11/2020"}, "text",
        {"01/02/2021", "03/04/2021", "12/11/2020"}, true);
    row("ISO dates and date-times", {"2021-04-15", "2021-04-16 08:30:00", "", "2021-04-17T23:59:59"}, "date",
        {"2021-04-15", "2021-04-16", N, "2021-04-17"});
    row("mixed ISO and month-name dates", {"2021-04-15", "16 Apr, 2021", "2021-04-17"}, "date",
        {"2021-04-15", "2021-04-16", "2021-04-17"});
    row("list", {"HubSpot;Salesforce", "Jira", "Slack;Zoom;Notion", ""}, "list",
        {"HubSpot;Salesforce", "Jira", "Slack;Zoom;Notion", N});
    row("plain text", {"Acme", "Globex", "  Initech  "}, "text", {"Acme", "Globex", "Initech"});
    row("numbers and words", {"12", "abc", "7"}, "text", {"12", "abc", "7"});
    row("all empty", {"", " ", ""}, "text", {N, N, N});
    row("placeholders are empty", {"N/A", "5", "Select", "7"}, "number", {N, "5", N, "7"}, false,
        {"N/A", "Select"});
    row("placeholder with spaces around", {" unknown ", "yes", "no"}, "boolean", {N, "1", "0"}, false, {"unknown"});
    row("placeholder is exact, not a substring", {"unknown", "unknownish"}, "text", {N, "unknownish"}, false, {"unknown"});
}

void TestCsvImport::typeInference()
{
    QFETCH(QStringList, values);
    QFETCH(QStringList, emptyValues);
    QFETCH(QString, expectedType);
    QFETCH(QStringList, expectedStored);
    QFETCH(bool, expectWarning);

    QByteArray csv = "id,value\n";
    for (int i = 0; i < values.size(); ++i) {
        // Always quoted, so a blank value is still a two-field record.
        QString v = values[i];
        v.replace(QLatin1Char('"'), QStringLiteral("\"\""));
        csv += QByteArray::number(i + 1) + ",\"" + v.toUtf8() + "\"\n";
    }
    Scratch s;
    REQUIRE_SCRATCH(s);
    ImportConfig config;
    config.emptyValues = emptyValues;
    config.delimiter = ','; // dates like "15 Apr, 2021" hold commas
    const ImportResult r = s.import(s.write(QStringLiteral("types.csv"), csv), config);
    REQUIRE_IMPORT(r);
    QCOMPARE(r.rejected, 0);
    const std::optional<FieldDef> f = s.ws->field(QStringLiteral("value"));
    QVERIFY(f);
    QCOMPARE(typeName(f->type), expectedType);
    QStringList stored = column(*s.ws, QStringLiteral("value"));
    if (expectedType == QLatin1String("date")) {
        // Date-times may keep their time ("YYYY-MM-DD HH:MM:SS"); the date part is what counts.
        for (QString& v : stored)
            if (v.size() == 19 && v[10] == QLatin1Char(' '))
                v.truncate(10);
    }
    QCOMPARE(stored, expectedStored);
    const bool warned = std::any_of(r.warnings.begin(), r.warnings.end(),
                                    [](const QString& w) { return w.contains(QLatin1String("value")); });
    QCOMPARE(warned, expectWarning);
    QCOMPARE(r.newFields.size(), 2);
}

// ---------------------------------------------------------------------------------------------
// Line endings, quoting, trailing delimiters.

void TestCsvImport::lineEndingsAndQuoting_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QStringList>("expectedFields");
    QTest::addColumn<QList<QStringList>>("expectedRows");

    const QStringList abc = {QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")};
    const QList<QStringList> xyz = {{"x", "y", "z"}, {"u", "v", "w"}};
    QTest::newRow("LF") << QByteArray("a,b,c\nx,y,z\nu,v,w\n") << abc << xyz;
    QTest::newRow("CRLF") << QByteArray("a,b,c\r\nx,y,z\r\nu,v,w\r\n") << abc << xyz;
    QTest::newRow("CR") << QByteArray("a,b,c\rx,y,z\ru,v,w\r") << abc << xyz;
    QTest::newRow("no final newline") << QByteArray("a,b,c\nx,y,z\nu,v,w") << abc << xyz;
    QTest::newRow("embedded LF") << QByteArray("a,b,c\n\"line one\nline two\",y,z\nu,v,w\n") << abc
                                 << QList<QStringList>{{"line one\nline two", "y", "z"}, {"u", "v", "w"}};
    QTest::newRow("embedded CRLF") << QByteArray("a,b,c\r\n\"line one\r\nline two\",y,z\r\nu,v,w\r\n") << abc
                                   << QList<QStringList>{{"line one\r\nline two", "y", "z"}, {"u", "v", "w"}};
    QTest::newRow("embedded quotes") << QByteArray("a,b,c\n\"say \"\"hi\"\"\",\"\"\"\",z\nu,v,w\n") << abc
                                     << QList<QStringList>{{"say \"hi\"", "\"", "z"}, {"u", "v", "w"}};
    QTest::newRow("quoted delimiter") << QByteArray("a,b,c\n\"Acme, Inc.\",y,z\nu,v,w\n") << abc
                                      << QList<QStringList>{{"Acme, Inc.", "y", "z"}, {"u", "v", "w"}};
    QTest::newRow("trailing delimiter everywhere") << QByteArray("a,b,c,\nx,y,z,\nu,v,w,\n") << abc << xyz;
    QTest::newRow("trailing delimiter on data rows") << QByteArray("a,b,c\nx,y,z,\nu,v,w\n") << abc << xyz;
    QTest::newRow("spaces trimmed") << QByteArray("a, b ,c\n  x ,y,z  \n\" u \",v,\"\tw\"\n") << abc << xyz;
    QTest::newRow("quoted header") << QByteArray("\"a\",\"b\",\"c\"\nx,y,z\nu,v,w\n") << abc << xyz;
    QTest::newRow("empty cells") << QByteArray("a,b,c\nx,,z\n,,w\n") << abc
                                 << QList<QStringList>{{"x", kNull, "z"}, {kNull, kNull, "w"}};
}

void TestCsvImport::lineEndingsAndQuoting()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QStringList, expectedFields);
    QFETCH(QList<QStringList>, expectedRows);

    Scratch s;
    REQUIRE_SCRATCH(s);
    const ImportResult r = s.import(s.write(QStringLiteral("endings.csv"), bytes));
    REQUIRE_IMPORT(r);
    QCOMPARE(r.rejected, 0);
    QVERIFY(r.rejectsFile.isEmpty());
    QCOMPARE(r.rowsRead, qint64(expectedRows.size()));
    QCOMPARE(fieldNames(*s.ws), expectedFields);
    QCOMPARE(leadRows(*s.ws), expectedRows);
}

// ---------------------------------------------------------------------------------------------
// Ragged rows → rejects file with line numbers, reasons and the row's data.

void TestCsvImport::raggedRowsGoToRejectsFile()
{
    Scratch s;
    REQUIRE_SCRATCH(s);
    const QByteArray bytes = "id,name,city\n"      // line 1
                             "1,Ann,Paris\n"       // 2
                             "2,Bob\n"             // 3: too few
                             "3,\"Multi\nline\",Rome\n" // 4-5
                             "4,\"Dan, Jr.\",Oslo,extra\n" // 6: too many
                             "5,Eve,Kyiv\n";       // 7
    const QString csv = s.write(QStringLiteral("ragged.csv"), bytes);
    const ImportResult r = s.import(csv);
    REQUIRE_IMPORT(r);
    QCOMPARE(r.rowsRead, 5);
    QCOMPARE(r.inserted, 3);
    QCOMPARE(r.rejected, 2);
    const QString expectedRejects = QFileInfo(csv + QStringLiteral(".rejects.csv")).absoluteFilePath();
    QCOMPARE(QFileInfo(r.rejectsFile).absoluteFilePath(), expectedRejects);
    QCOMPARE(column(*s.ws, QStringLiteral("name")), (QStringList{"Ann", "Multi\nline", "Eve"}));

    QFile rf(expectedRejects);
    QVERIFY(rf.open(QIODevice::ReadOnly));
    const QList<QStringList> rows = parseCsv(rf.readAll());
    QCOMPARE(rows.size(), 3);
    QCOMPARE(rows[0].mid(0, 2), (QStringList{"line", "reason"}));
    QCOMPARE(rows[0].mid(2), (QStringList{"id", "name", "city"}));
    QCOMPARE(rows[1][0], QStringLiteral("3"));
    QVERIFY(!rows[1][1].trimmed().isEmpty());
    QCOMPARE(rows[1].mid(2), (QStringList{"2", "Bob"}));
    QCOMPARE(rows[2][0], QStringLiteral("6")); // physical line, after a two-line record
    QVERIFY(!rows[2][1].trimmed().isEmpty());
    QCOMPARE(rows[2].mid(2), (QStringList{"4", "Dan, Jr.", "Oslo", "extra"}));

    const QList<ImportRecord> history = s.ws->imports();
    QCOMPARE(history.size(), 1);
    QCOMPARE(history[0].rowsRead, 5);
    QCOMPARE(history[0].inserted, 3);
    QCOMPARE(history[0].rejected, 2);
    QCOMPARE(QFileInfo(history[0].rejectsFile).absoluteFilePath(), expectedRejects);
    QCOMPARE(history[0].id, r.importId);
}

void TestCsvImport::reimportMapsHeadersAndRejectsBadValues()
{
    Scratch s;
    REQUIRE_SCRATCH(s);
    ImportResult r = s.import(s.write(QStringLiteral("first.csv"), "Lead ID,amount,signed\n1,10,2024-01-05\n2,20,2024-02-06\n"));
    REQUIRE_IMPORT(r);
    QCOMPARE(typeName(s.ws->field(QStringLiteral("amount"))->type), QStringLiteral("number"));
    QCOMPARE(typeName(s.ws->field(QStringLiteral("signed"))->type), QStringLiteral("date"));
    const QStringList before = fieldNames(*s.ws);

    // Other case and spacing in the header; a value that is not a number and a date that is not a date.
    const QString second = s.write(QStringLiteral("second.csv"),
                                   " lead id ,AMOUNT,Signed\n3,30,2024-03-07\n4,abc,2024-04-08\n5,50,2024-05-09\n6,60,soon\n");
    r = s.import(second);
    REQUIRE_IMPORT(r);
    QCOMPARE(fieldNames(*s.ws), before); // mapped onto the existing fields, none added
    QVERIFY(r.newFields.isEmpty());
    QCOMPARE(r.rowsRead, 4);
    QCOMPARE(r.inserted, 2);
    QCOMPARE(r.rejected, 2);
    QCOMPARE(column(*s.ws, QStringLiteral("amount")), (QStringList{"10", "20", "30", "50"}));
    QCOMPARE(column(*s.ws, QStringLiteral("signed")), (QStringList{"2024-01-05", "2024-02-06", "2024-03-07", "2024-05-09"}));
    QCOMPARE(column(*s.ws, QStringLiteral("Lead ID")), (QStringList{"1", "2", "3", "5"}));
    QFile rf(second + QStringLiteral(".rejects.csv"));
    QVERIFY(rf.open(QIODevice::ReadOnly));
    const QList<QStringList> rows = parseCsv(rf.readAll());
    QCOMPARE(rows.size(), 3);
    QCOMPARE(rows[1][0], QStringLiteral("3"));
    QVERIFY2(rows[1][1].contains(QLatin1String("amount"), Qt::CaseInsensitive), qPrintable(rows[1][1]));
    QCOMPARE(rows[1].mid(2), (QStringList{"4", "abc", "2024-04-08"}));
    QCOMPARE(rows[2][0], QStringLiteral("5"));
    QVERIFY2(rows[2][1].contains(QLatin1String("signed"), Qt::CaseInsensitive), qPrintable(rows[2][1]));
    QCOMPARE(rows[2].mid(2), (QStringList{"6", "60", "soon"}));
}

// ---------------------------------------------------------------------------------------------
// Delimiters.

void TestCsvImport::delimiters_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<char>("option");
    QTest::addColumn<char>("expectedDelimiter");
    QTest::addColumn<QStringList>("expectedFields");
    QTest::addColumn<QStringList>("expectedFirstRow");

    auto file = [](char d) {
        QByteArray b = "name|city|note\nAnn|Paris|hello world\nBob|Rome|\"a, b; c\"\nCid|Oslo|x\n";
        b.replace('|', d);
        return b;
    };
    const QStringList fields = {"name", "city", "note"};
    const QStringList first = {"Ann", "Paris", "hello world"};
    QTest::newRow("comma sniffed") << file(',') << char(0) << ',' << fields << first;
    QTest::newRow("semicolon sniffed") << file(';') << char(0) << ';' << fields << first;
    QTest::newRow("tab sniffed") << file('\t') << char(0) << '\t' << fields << first;
    QTest::newRow("pipe sniffed") << file('|') << char(0) << '|' << fields << first;
    // Commas in every value would win a sniff; the override says ';'.
    QTest::newRow("override ;") << QByteArray("a,b;c,d\n1,2;3,4\n5,6;7,8\n") << ';' << ';'
                                << QStringList{"a,b", "c,d"} << QStringList{"1,2", "3,4"};
    QTest::newRow("sniff without override") << QByteArray("a,b;c,d\n1,2;3,4\n5,6;7,8\n") << char(0) << ','
                                            << QStringList{"a", "b;c", "d"} << QStringList{"1", "2;3", "4"};
}

void TestCsvImport::delimiters()
{
    QFETCH(QByteArray, bytes);
    QFETCH(char, option);
    QFETCH(char, expectedDelimiter);
    QFETCH(QStringList, expectedFields);
    QFETCH(QStringList, expectedFirstRow);

    Scratch s;
    REQUIRE_SCRATCH(s);
    ImportConfig config;
    config.delimiter = option;
    const ImportResult r = s.import(s.write(QStringLiteral("delim.csv"), bytes), config);
    REQUIRE_IMPORT(r);
    QCOMPARE(r.format.delimiter, expectedDelimiter);
    QCOMPARE(r.rejected, 0);
    QCOMPARE(fieldNames(*s.ws), expectedFields);
    const QList<QStringList> rows = leadRows(*s.ws, QStringLiteral("LIMIT 1"));
    QCOMPARE(rows.size(), 1);
    QCOMPARE(rows[0], expectedFirstRow);
}

// ---------------------------------------------------------------------------------------------
// Key and duplicate policies.

void TestCsvImport::duplicatePolicies_data()
{
    QTest::addColumn<QString>("policy");
    QTest::addColumn<qint64>("inserted");
    QTest::addColumn<qint64>("updated");
    QTest::addColumn<qint64>("skipped");
    QTest::addColumn<qint64>("unchanged");
    QTest::addColumn<QStringList>("expectedRows"); // email|score|plan in rowid order

    QTest::newRow("update") << "update" << qint64(1) << qint64(1) << qint64(0) << qint64(1)
                            << QStringList{"a@x.com|10|free", "b@x.com|25|enterprise", "c@x.com|20|pro", "d@x.com|40|free"};
    QTest::newRow("skip") << "skip" << qint64(1) << qint64(0) << qint64(2) << qint64(0)
                          << QStringList{"a@x.com|10|free", "b@x.com|20|pro", "c@x.com|20|pro", "d@x.com|40|free"};
    QTest::newRow("keep") << "keep" << qint64(3) << qint64(0) << qint64(0) << qint64(0)
                          << QStringList{"a@x.com|10|free", "b@x.com|20|pro", "c@x.com|20|pro",
                                         "b@x.com|25|enterprise", "c@x.com|20|pro", "d@x.com|40|free"};
}

void TestCsvImport::duplicatePolicies()
{
    QFETCH(QString, policy);
    QFETCH(qint64, inserted);
    QFETCH(qint64, updated);
    QFETCH(qint64, skipped);
    QFETCH(qint64, unchanged);
    QFETCH(QStringList, expectedRows);

    Scratch s;
    REQUIRE_SCRATCH(s);
    ImportConfig config;
    config.keyColumn = QStringLiteral("email");
    ImportResult r = s.import(s.write(QStringLiteral("base.csv"), "email,score,plan\na@x.com,10,free\nb@x.com,20,pro\nc@x.com,20,pro\n"), config);
    REQUIRE_IMPORT(r);
    QCOMPARE(r.inserted, 3);
    QCOMPARE(s.ws->keyField(), QStringLiteral("email"));

    QVERIFY(policyFromName(policy, &config.onDuplicate));
    // b changes, c is identical, d is new.
    r = s.import(s.write(QStringLiteral("next.csv"), "email,score,plan\nb@x.com,25,enterprise\nc@x.com,20,pro\nd@x.com,40,free\n"), config);
    REQUIRE_IMPORT(r);
    QCOMPARE(r.rowsRead, 3);
    QCOMPARE(r.inserted, inserted);
    QCOMPARE(r.updated, updated);
    QCOMPARE(r.skipped, skipped);
    QCOMPARE(r.unchanged, unchanged);
    QCOMPARE(r.rejected, 0);

    QStringList rows;
    for (const QVariantList& row : query(*s.ws, QStringLiteral("SELECT email, score, plan FROM leads ORDER BY rowid")))
        rows.append(show(row[0]) + QLatin1Char('|') + show(row[1]) + QLatin1Char('|') + show(row[2]));
    QCOMPARE(rows, expectedRows);
    const QList<ImportRecord> history = s.ws->imports();
    QCOMPARE(history.size(), 2);
    QCOMPARE(history[1].inserted, inserted);
    QCOMPARE(history[1].updated, updated);
    QCOMPARE(history[1].skipped, skipped);
    QCOMPARE(history[1].unchanged, unchanged);
}

void TestCsvImport::reimportSameFileChangesNothing()
{
    Scratch s;
    REQUIRE_SCRATCH(s);
    // Every type, empties, placeholders and a quoted multi-line text: "unchanged" must hold for all.
    const QByteArray bytes = "id,name,employees,active,signed,stack,zip,note,seen\n"
                             "L1,Acme,120,yes,2024-01-05,HubSpot;Jira,02139,\"two\nlines\",15/04/2021\n"
                             "L2,Globex,,no,,Salesforce,10001,N/A,01/02/2021\n"
                             "L3,Initech,3.5,,2023-12-31,,,plain,\n"
                             "L4,\"Umbrella, Inc.\",7,yes,2022-02-28, Zoom ; Slack;Notion ,00501,,31/12/2020\n";
    const QString csv = s.write(QStringLiteral("same.csv"), bytes);
    ImportConfig config;
    config.keyColumn = QStringLiteral("id");
    config.onDuplicate = DuplicatePolicy::Update;
    config.emptyValues = {QStringLiteral("N/A")};
    ImportResult r = s.import(csv, config);
    REQUIRE_IMPORT(r);
    QCOMPARE(r.inserted, 4);
    const QString before = dumpWorkspace(*s.ws);
    QCOMPARE(typeName(s.ws->field(QStringLiteral("stack"))->type), QStringLiteral("list"));
    QCOMPARE(typeName(s.ws->field(QStringLiteral("signed"))->type), QStringLiteral("date"));
    QCOMPARE(typeName(s.ws->field(QStringLiteral("seen"))->type), QStringLiteral("date"));
    QCOMPARE(column(*s.ws, QStringLiteral("seen")), (QStringList{"2021-04-15", "2021-02-01", kNull, "2020-12-31"}));

    r = s.import(csv, config);
    REQUIRE_IMPORT(r);
    QCOMPARE(r.rowsRead, 4);
    QCOMPARE(r.inserted, 0);
    QCOMPARE(r.updated, 0);
    QCOMPARE(r.unchanged, 4);
    QCOMPARE(r.skipped, 0);
    QCOMPARE(r.rejected, 0);
    QCOMPARE(dumpWorkspace(*s.ws), before);
    QCOMPARE(s.ws->imports().size(), 2);
}

// ---------------------------------------------------------------------------------------------
// Cancel: the workspace keeps its previous state.

void TestCsvImport::cancel_data()
{
    QTest::addColumn<double>("cancelAt"); // share of the total progress at which the callback says no
    QTest::newRow("at the first report") << 0.0;
    QTest::newRow("in the first pass") << 0.25;
    QTest::newRow("in the second pass") << 0.7;
}

void TestCsvImport::cancel()
{
    QFETCH(double, cancelAt);
    Scratch s;
    REQUIRE_SCRATCH(s);
    ImportConfig config;
    config.keyColumn = QStringLiteral("lead_id");
    ImportResult r = s.import(s.write(QStringLiteral("known.csv"), "lead_id,company\nB1,Old Name\nK1,Keep Me\n"), config);
    REQUIRE_IMPORT(r);
    const QString before = dumpWorkspace(*s.ws);
    const qint64 leadsBefore = s.ws->leadCount();
    const QStringList fieldsBefore = fieldNames(*s.ws);

    // ~12 MB, with new columns, an update of B1 and one ragged row.
    const QString big = s.dir.filePath(QStringLiteral("big.csv"));
    QVERIFY(writeLeadsCsv(big, 120000, true));
    int calls = 0;
    qint64 lastDone = -1, lastTotal = 0;
    bool monotonic = true;
    r = s.import(big, config, [&](qint64 done, qint64 total) {
        ++calls;
        monotonic = monotonic && done >= lastDone && done <= total;
        lastDone = done;
        lastTotal = total;
        return double(done) < cancelAt * double(total) || (cancelAt > 0 && done == 0);
    });
    QVERIFY(calls > 0);
    QVERIFY(monotonic);
    QVERIFY(r.cancelled);
    QVERIFY(!r.ok);
    QVERIFY(lastTotal > 0);
    QCOMPARE(s.ws->leadCount(), leadsBefore);
    QCOMPARE(fieldNames(*s.ws), fieldsBefore);
    QCOMPARE(dumpWorkspace(*s.ws), before);
    QCOMPARE(s.ws->imports().size(), 1);
    QVERIFY(!QFileInfo::exists(big + QStringLiteral(".rejects.csv")));
    QVERIFY(s.ws->integrityCheck());

    // The workspace stays usable: the same import without cancel goes through.
    r = s.import(big, config);
    REQUIRE_IMPORT(r);
    QCOMPARE(r.rowsRead, qint64(120000));
    QCOMPARE(r.rejected, qint64(1));
    QCOMPARE(r.updated, qint64(1)); // B1 gets the big file's company
    QCOMPARE(r.inserted, qint64(120000 - 2));
    QCOMPARE(s.ws->leadCount(), qint64(2 + 120000 - 2));
}

// ---------------------------------------------------------------------------------------------
// Header names.

void TestCsvImport::uniqueHeaderNames_data()
{
    QTest::addColumn<QStringList>("raw");
    QTest::newRow("case duplicate and empty") << QStringList{"a", "A", ""};
    QTest::newRow("triple") << QStringList{"email", "email", "email"};
    QTest::newRow("all empty") << QStringList{"", "", ""};
    QTest::newRow("unchanged") << QStringList{"id", "name", "Name 2"};
    QTest::newRow("suffix collision") << QStringList{"x", "x_2", "x", "X_3"};
    QTest::newRow("generated name collision") << QStringList{"column_2", "", "column_2"};
    QTest::newRow("unicode case") << QStringList{"\u00c9tat", "\u00e9tat", "STRASSE", "stra\u00dfe"};
    QTest::newRow("blank") << QStringList{"  ", "b"};
}

void TestCsvImport::uniqueHeaderNames()
{
    QFETCH(QStringList, raw);
    const QStringList out = sd::uniqueHeaderNames(raw);
    QCOMPARE(out.size(), raw.size());
    QSet<QString> folded;
    for (const QString& n : out) {
        QVERIFY2(!n.trimmed().isEmpty(), qPrintable(out.join(QLatin1Char('|'))));
        folded.insert(n.toCaseFolded());
    }
    QCOMPARE(folded.size(), out.size());
    // A name whose (case-insensitive) first occurrence this is, and that is not empty, stays as it was.
    QSet<QString> seen;
    for (int i = 0; i < raw.size(); ++i) {
        const QString key = raw[i].trimmed().toCaseFolded();
        if (!key.isEmpty() && !seen.contains(key))
            QCOMPARE(out[i], raw[i].trimmed());
        seen.insert(key);
    }
}

void TestCsvImport::duplicateHeadersImport()
{
    Scratch s;
    REQUIRE_SCRATCH(s);
    const ImportResult r = s.import(s.write(QStringLiteral("dups.csv"), "a,A,,b\n1,2,3,4\n5,6,7,8\n"));
    REQUIRE_IMPORT(r);
    const QStringList names = fieldNames(*s.ws);
    QCOMPARE(names.size(), 4);
    QCOMPARE(names[0], QStringLiteral("a"));
    QCOMPARE(names[3], QStringLiteral("b"));
    QSet<QString> folded;
    for (const QString& n : names)
        folded.insert(n.toCaseFolded());
    QCOMPARE(folded.size(), 4);
    QCOMPARE(column(*s.ws, names[1]), (QStringList{"2", "6"}));
    QCOMPARE(column(*s.ws, names[2]), (QStringList{"3", "7"}));
}

// ---------------------------------------------------------------------------------------------
// User errors: a message, and the workspace untouched.

void TestCsvImport::errors_data()
{
    QTest::addColumn<QByteArray>("bytes"); // empty with writeFile=false: the file does not exist
    QTest::addColumn<bool>("writeFile");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("messagePart");

    QTest::newRow("missing file") << QByteArray() << false << QString() << "missing.csv";
    QTest::newRow("empty file") << QByteArray() << true << QString() << "missing.csv";
    QTest::newRow("key not in header") << QByteArray("email,name\na@x,A\n") << true << "lead_id" << "lead_id";
}

void TestCsvImport::errors()
{
    QFETCH(QByteArray, bytes);
    QFETCH(bool, writeFile);
    QFETCH(QString, key);
    QFETCH(QString, messagePart);

    Scratch s;
    REQUIRE_SCRATCH(s);
    ImportResult r = s.import(s.write(QStringLiteral("known.csv"), "name,score\nAnn,1\nBob,2\n"));
    REQUIRE_IMPORT(r);
    const QString before = dumpWorkspace(*s.ws);
    const QString csv = s.dir.filePath(QStringLiteral("missing.csv"));
    if (writeFile)
        QVERIFY(!s.write(QStringLiteral("missing.csv"), bytes).isEmpty());
    ImportConfig config;
    config.keyColumn = key;
    r = s.import(csv, config);
    QVERIFY(!r.ok);
    QVERIFY(!r.cancelled);
    QVERIFY(!r.error.isEmpty());
    QVERIFY2(!r.error.contains(QLatin1Char('\n')), qPrintable(r.error));
    QVERIFY2(r.error.contains(messagePart), qPrintable(r.error));
    QCOMPARE(dumpWorkspace(*s.ws), before);
    QCOMPARE(s.ws->imports().size(), 1);
}

QTEST_GUILESS_MAIN(TestCsvImport)
#include "tst_csvimport.moc"
