// Exports checked on the real engines: generated rule sets × generated leads (empty cells, unicode,
// hostile field names and values) must give the engine's answer lead for lead
// - as JsonLogic, evaluated by the reference json-logic-js (node, tests/js),
// - as SQL on SQLite (the library), PostgreSQL (a private server started on a Unix socket in a
//   temporary directory and stopped after) and DuckDB (@duckdb/node-api), each returning exactly
//   the engine's (key, segment_id, scores) rows.
// And json-logic-js itself passes the official JsonLogic test file.
#include "columntable.h"
#include "evaluator.h"
#include "exportcases.h"
#include "jsonlogicexporter.h"
#include "sqlexporter.h"
#include "tagwriter.h"

#include <QDir>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

#include <sqlite3.h>
#ifdef SD_HAVE_LIBPQ
#include <libpq-fe.h>
#include <pwd.h>
#include <unistd.h>
#endif

#include <algorithm>
#include <cstdio>

using namespace sd;
using namespace sd::testing;

namespace {

const int64_t kAsOf = daysFromCivil(Ymd{2024, 6, 30});
constexpr size_t kRows = 240;
constexpr int kCases = 14;

QString jsDir() { return QStringLiteral(SD_SOURCE_DIR "/tests/js"); }

// Why node or its packages cannot be used, empty when they can.
QString nodeProblem(const char* package)
{
    if (QStandardPaths::findExecutable(QStringLiteral("node")).isEmpty())
        return QStringLiteral("node is not installed (scripts/setup installs it)");
    if (!QFileInfo::exists(jsDir() + QStringLiteral("/node_modules/") + QLatin1String(package) + QStringLiteral("/package.json")))
        return QStringLiteral("%1 is not installed in tests/js (scripts/setup runs npm ci there)").arg(QLatin1String(package));
    return {};
}

nlohmann::json runNode(const QString& script, const nlohmann::json& input, QString* error)
{
    QTemporaryDir dir;
    const QString in = dir.filePath(QStringLiteral("in.json"));
    QFile f(in);
    if (!f.open(QIODevice::WriteOnly)) {
        *error = QStringLiteral("cannot write %1").arg(in);
        return {};
    }
    const std::string text = input.dump();
    f.write(text.data(), qint64(text.size()));
    f.close();
    QProcess p;
    p.setWorkingDirectory(jsDir());
    p.start(QStringLiteral("node"), {jsDir() + QLatin1Char('/') + script, in});
    if (!p.waitForFinished(120000) || p.exitCode() != 0) {
        *error = QStringLiteral("node %1 failed: %2").arg(script, QString::fromUtf8(p.readAllStandardError()));
        return {};
    }
    return nlohmann::json::parse(p.readAllStandardOutput().toStdString());
}

struct Evaluated
{
    ExportCase c;
    std::vector<SegmentMembers> segments;
    std::map<std::string, std::vector<double>> scores;
    std::vector<std::string> expectedRows; // canonical "key␟segment␟score…", sorted
};

std::string number17(double v)
{
    char buf[40];
    std::snprintf(buf, sizeof buf, "%.17g", v == 0 ? 0.0 : v);
    return buf;
}

std::string rowText(const std::string& key, const std::string& segment, const std::vector<double>& scores)
{
    std::string s = key + "\x1f" + segment;
    for (double v : scores)
        s += "\x1f" + number17(v);
    return s;
}

Evaluated evaluate(ExportCase c)
{
    Evaluated e;
    e.c = std::move(c);
    const ColumnTable table = ColumnTable::fromText(e.c.schema, e.c.rows, e.c.schema.front().first);
    Evaluator ev(table);
    ev.setAsOf(kAsOf);
    QString error;
    if (!ev.evaluate(e.c.rules, &e.segments, &error))
        qFatal("engine failed on a generated case: %s", qPrintable(error));
    for (const Score& s : e.c.rules.scores)
        e.scores[s.id] = *ev.scoreValues(s.id);
    // segments[] hold pointers into the rule set; keep them valid by not moving e.c after this.
    auto scoresOf = [&](size_t row) {
        std::vector<double> v;
        for (const Score& s : e.c.rules.scores)
            v.push_back(e.scores[s.id][row]);
        return v;
    };
    if (SqlExporter::allExclusive(e.c.rules.root)) {
        const auto terminal = terminalSegments(e.segments, table.rowCount());
        for (size_t r = 0; r < table.rowCount(); ++r) {
            if (terminal[r].size() != 1)
                qFatal("an all-exclusive tree gave a lead %zu segments", terminal[r].size());
            e.expectedRows.push_back(rowText(e.c.rows[r][0], e.segments[size_t(terminal[r][0])].id, scoresOf(r)));
        }
    } else {
        for (const SegmentMembers& m : e.segments)
            m.members.forEach([&](size_t r) { e.expectedRows.push_back(rowText(e.c.rows[r][0], m.id, scoresOf(r))); });
    }
    std::sort(e.expectedRows.begin(), e.expectedRows.end());
    return e;
}

std::vector<std::unique_ptr<Evaluated>> makeCases(uint32_t seed, ExportCaseOptions options)
{
    std::vector<std::unique_ptr<Evaluated>> out;
    ExportCaseGenerator gen(seed, options);
    for (int i = 0; i < kCases; ++i) {
        ExportCase c = gen.make(kRows);
        const auto errors = validateRuleSet(c.rules);
        if (!errors.empty())
            qFatal("generated rules are invalid: %s", qPrintable(formatRuleFileError(errors.front())));
        out.push_back(std::make_unique<Evaluated>(evaluate(std::move(c))));
    }
    return out;
}

// Compares sorted row lists and names the first difference.
bool sameRows(std::vector<std::string> got, const std::vector<std::string>& want, QString* why)
{
    std::sort(got.begin(), got.end());
    if (got == want)
        return true;
    auto show = [](const std::string& s) { return QString::fromStdString(s).replace(QChar(0x1f), QLatin1Char('|')); };
    size_t i = 0;
    while (i < got.size() && i < want.size() && got[i] == want[i])
        ++i;
    *why = QStringLiteral("%1 rows, expected %2; first difference: got \"%3\", expected \"%4\"")
               .arg(got.size()).arg(want.size())
               .arg(i < got.size() ? show(got[i]) : QStringLiteral("(none)"),
                    i < want.size() ? show(want[i]) : QStringLiteral("(none)"));
    return false;
}

SqlExportOptions sqlOptions(SqlDialect::Kind kind, const std::string& table)
{
    SqlExportOptions o;
    o.dialect = SqlDialect(kind);
    o.table = table;
    o.keyColumn = hostileSchema().front().first;
    o.asOf = kAsOf;
    return o;
}

const std::string kHostileTable = "lead's \"table\" `x` -- ;";

// SQLite has no regexp() of its own; the test registers one with the engine's regex library.
void sqliteRegexp(sqlite3_context* ctx, int, sqlite3_value** argv)
{
    if (sqlite3_value_type(argv[0]) == SQLITE_NULL || sqlite3_value_type(argv[1]) == SQLITE_NULL) {
        sqlite3_result_null(ctx);
        return;
    }
    const QString pattern = QString::fromUtf8(reinterpret_cast<const char*>(sqlite3_value_text(argv[0])));
    const QString text = QString::fromUtf8(reinterpret_cast<const char*>(sqlite3_value_text(argv[1])), sqlite3_value_bytes(argv[1]));
    QRegularExpression re(pattern, QRegularExpression::UseUnicodePropertiesOption);
    sqlite3_result_int(ctx, re.match(text).hasMatch() ? 1 : 0);
}

} // namespace

class TestExportEngines : public QObject
{
    Q_OBJECT

private slots:
    void jsonLogicOfficialSuite();
    void jsonLogicMatchesEngine();
    void sqliteMatchesEngine();
    void postgresMatchesEngine();
    void duckdbMatchesEngine();
};

void TestExportEngines::jsonLogicOfficialSuite()
{
    const QString tests = QStringLiteral(SD_TESTDATA_DIR "/jsonlogic/tests.json");
    if (!QFileInfo::exists(tests))
        QSKIP("shared test data (jsonlogic/tests.json) is not available");
    if (const QString p = nodeProblem("json-logic-js"); !p.isEmpty())
        QSKIP(qPrintable(p));
    QFile f(tests);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const nlohmann::json suite = nlohmann::json::parse(f.readAll().toStdString());
    size_t cases = 0;
    for (const auto& t : suite)
        cases += t.is_array() ? 1 : 0;
    QProcess p;
    p.setWorkingDirectory(jsDir());
    p.start(QStringLiteral("node"), {jsDir() + QStringLiteral("/jsonlogic_suite.mjs"), tests});
    QVERIFY(p.waitForFinished(60000));
    QCOMPARE(p.exitCode(), 0);
    const nlohmann::json r = nlohmann::json::parse(p.readAllStandardOutput().toStdString());
    QCOMPARE(r["failed"].get<size_t>(), size_t(0));
    QCOMPARE(r["passed"].get<size_t>(), cases);
    QVERIFY(cases >= 277);
}

void TestExportEngines::jsonLogicMatchesEngine()
{
    if (const QString p = nodeProblem("json-logic-js"); !p.isEmpty())
        QSKIP(qPrintable(p));
    const auto cases = makeCases(11, ExportCaseOptions{false, false});
    nlohmann::json input;
    input["cases"] = nlohmann::json::array();
    for (const auto& e : cases) {
        const ExportResult r = exportJsonLogic(e->c.rules, JsonLogicOptions{kAsOf});
        if (!r.ok)
            QFAIL(qPrintable(formatRuleFileError(r.errors.front())));
        nlohmann::json leads = nlohmann::json::array();
        for (size_t row = 0; row < e->c.rows.size(); ++row)
            leads.push_back(ExportCaseGenerator::lead(e->c, row));
        input["cases"].push_back({{"rules", nlohmann::json::parse(r.text)}, {"leads", leads}});
        if (qEnvironmentVariableIsSet("SD_DEBUG_EXPORT"))
            std::fprintf(stderr, "case %zu\n%s\n%s\n", size_t(input["cases"].size() - 1), serializeRuleFile(e->c.rules).constData(), r.text.c_str());
    }
    QString error;
    const nlohmann::json out = runNode(QStringLiteral("jsonlogic_eval.mjs"), input, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(out.size(), cases.size());
    size_t checked = 0, members = 0;
    for (size_t k = 0; k < cases.size(); ++k) {
        const Evaluated& e = *cases[k];
        const nlohmann::json& o = out[k];
        QVERIFY2(!o.contains("error"), qPrintable(QString::fromStdString(o.value("error", std::string()))));
        QCOMPARE(o["segments"].size(), e.segments.size());
        for (const SegmentMembers& m : e.segments) {
            QVERIFY2(o["segments"].contains(m.id), m.id.c_str());
            const auto& got = o["segments"][m.id];
            for (size_t row = 0; row < kRows; ++row) {
                if (got[row].get<bool>() != m.members.test(row))
                    QFAIL(qPrintable(QStringLiteral("case %1, segment %2, lead %3: JsonLogic says %4\n%5")
                                         .arg(k).arg(QString::fromStdString(m.id)).arg(row).arg(got[row].get<bool>())
                                         .arg(QString::fromStdString(ExportCaseGenerator::lead(e.c, row).dump()))));
                ++checked;
                members += m.members.test(row) ? 1 : 0;
            }
        }
        for (const auto& [id, values] : e.scores)
            for (size_t row = 0; row < kRows; ++row) {
                // Exact, not QCOMPARE's fuzzy double comparison: the sums must agree to the last bit.
                const double got = o["scores"][id][row].get<double>();
                QVERIFY2(got == values[row], qPrintable(QStringLiteral("case %1, score %2, lead %3: %4 != %5")
                                                            .arg(k).arg(QString::fromStdString(id)).arg(row)
                                                            .arg(got, 0, 'g', 17).arg(values[row], 0, 'g', 17)));
            }
    }
    // The generated data must exercise both answers, else the comparison proves little.
    QVERIFY(members > checked / 20);
    QVERIFY(members < checked - checked / 20);
}

void TestExportEngines::sqliteMatchesEngine()
{
    const auto cases = makeCases(23, ExportCaseOptions{false, true});
    for (size_t k = 0; k < cases.size(); ++k) {
        const Evaluated& e = *cases[k];
        const ExportResult r = exportSql(e.c.rules, sqlOptions(SqlDialect::Kind::Sqlite, kHostileTable));
        if (!r.ok)
            QFAIL(qPrintable(formatRuleFileError(r.errors.front())));
        sqlite3* db = nullptr;
        QCOMPARE(sqlite3_open(":memory:", &db), SQLITE_OK);
        std::unique_ptr<sqlite3, int (*)(sqlite3*)> guard(db, sqlite3_close);
        sqlite3_create_function(db, "regexp", 2, SQLITE_UTF8 | SQLITE_DETERMINISTIC, nullptr, sqliteRegexp, nullptr, nullptr);
        const SqlDialect d(SqlDialect::Kind::Sqlite);
        std::string ddl = "CREATE TABLE " + d.quoteIdentifier(kHostileTable) + " (";
        std::string insert = "INSERT INTO " + d.quoteIdentifier(kHostileTable) + " VALUES (";
        for (size_t i = 0; i < e.c.schema.size(); ++i) {
            const FieldType t = e.c.schema[i].second;
            ddl += (i ? ", " : "") + d.quoteIdentifier(e.c.schema[i].first) + " "
                   + (t == FieldType::Number ? "REAL" : t == FieldType::Boolean ? "INTEGER" : "TEXT");
            insert += i ? ", ?" : "?";
        }
        QCOMPARE(sqlite3_exec(db, (ddl + ")").c_str(), nullptr, nullptr, nullptr), SQLITE_OK);
        sqlite3_stmt* st = nullptr;
        QCOMPARE(sqlite3_prepare_v2(db, (insert + ")").c_str(), -1, &st, nullptr), SQLITE_OK);
        for (const auto& row : e.c.rows) {
            sqlite3_reset(st);
            for (size_t i = 0; i < row.size(); ++i) {
                const int p = int(i) + 1;
                const FieldType t = e.c.schema[i].second;
                if (row[i].empty())
                    sqlite3_bind_null(st, p);
                else if (t == FieldType::Number)
                    sqlite3_bind_double(st, p, *parseNumber(row[i]));
                else if (t == FieldType::Boolean)
                    sqlite3_bind_int(st, p, row[i] == "true");
                else
                    sqlite3_bind_text(st, p, row[i].data(), int(row[i].size()), SQLITE_TRANSIENT);
            }
            QCOMPARE(sqlite3_step(st), SQLITE_DONE);
        }
        sqlite3_finalize(st);
        QCOMPARE(sqlite3_prepare_v2(db, r.text.c_str(), -1, &st, nullptr), SQLITE_OK);
        std::vector<std::string> got;
        while (sqlite3_step(st) == SQLITE_ROW) {
            std::vector<double> scores;
            for (int c = 2; c < sqlite3_column_count(st); ++c)
                scores.push_back(sqlite3_column_double(st, c));
            auto text = [&](int c) {
                const auto* p = reinterpret_cast<const char*>(sqlite3_column_text(st, c));
                return p ? std::string(p, size_t(sqlite3_column_bytes(st, c))) : std::string();
            };
            got.push_back(rowText(text(0), text(1), scores));
        }
        sqlite3_finalize(st);
        QString why;
        QVERIFY2(sameRows(got, e.expectedRows, &why), qPrintable(QStringLiteral("case %1: %2\n%3").arg(k).arg(why, QString::fromStdString(r.text))));
    }
}

#ifdef SD_HAVE_LIBPQ
namespace {

// A throwaway PostgreSQL server in a temporary directory, reachable only through its Unix socket.
// The server refuses to run as root, so as root it runs as "nobody".
class PrivatePostgres
{
public:
    ~PrivatePostgres() { stop(); }

    bool start(QString* why)
    {
        QString bin;
        QDir versions(QStringLiteral("/usr/lib/postgresql"));
        QStringList dirs = versions.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
        std::sort(dirs.begin(), dirs.end(), [](const QString& a, const QString& b) { return a.toInt() > b.toInt(); });
        for (const QString& v : dirs)
            if (QFileInfo::exists(versions.filePath(v + QStringLiteral("/bin/pg_ctl")))) {
                bin = versions.filePath(v + QStringLiteral("/bin"));
                break;
            }
        if (bin.isEmpty()) {
            const QString pgctl = QStandardPaths::findExecutable(QStringLiteral("pg_ctl"));
            if (pgctl.isEmpty()) {
                *why = QStringLiteral("PostgreSQL server binaries (Debian package postgresql) are not installed");
                return false;
            }
            bin = QFileInfo(pgctl).absolutePath();
        }
        if (!mDir.isValid()) {
            *why = QStringLiteral("cannot create a temporary directory");
            return false;
        }
        mBin = bin;
        if (geteuid() == 0) {
            const passwd* pw = getpwnam("nobody");
            if (!pw || QStandardPaths::findExecutable(QStringLiteral("runuser")).isEmpty()) {
                *why = QStringLiteral("running as root without a \"nobody\" user or runuser to start PostgreSQL");
                return false;
            }
            if (chown(QFile::encodeName(mDir.path()).constData(), pw->pw_uid, pw->pw_gid) != 0) {
                *why = QStringLiteral("cannot hand the temporary directory to nobody");
                return false;
            }
            mAsNobody = true;
        }
        const QString data = mDir.filePath(QStringLiteral("data"));
        if (!run(QStringLiteral("initdb"), {QStringLiteral("-D"), data, QStringLiteral("-A"), QStringLiteral("trust"),
                                            QStringLiteral("-U"), QStringLiteral("sdtest"), QStringLiteral("-E"), QStringLiteral("UTF8"),
                                            QStringLiteral("--locale=C.UTF-8"), QStringLiteral("--no-sync")}, why))
            return false;
        const QString opts = QStringLiteral("-k %1 -c listen_addresses= -p 54329 -F").arg(mDir.path());
        if (!run(QStringLiteral("pg_ctl"), {QStringLiteral("-D"), data, QStringLiteral("-o"), opts, QStringLiteral("-w"),
                                            QStringLiteral("-l"), mDir.filePath(QStringLiteral("log")), QStringLiteral("start")}, why))
            return false;
        mStarted = true;
        const QByteArray conninfo = QStringLiteral("host=%1 port=54329 user=sdtest dbname=postgres").arg(mDir.path()).toUtf8();
        mConn = PQconnectdb(conninfo.constData());
        if (PQstatus(mConn) != CONNECTION_OK) {
            *why = QStringLiteral("cannot connect: %1").arg(QString::fromUtf8(PQerrorMessage(mConn)));
            return false;
        }
        return true;
    }

    void stop()
    {
        if (mConn)
            PQfinish(mConn);
        mConn = nullptr;
        if (mStarted) {
            QString ignored;
            run(QStringLiteral("pg_ctl"), {QStringLiteral("-D"), mDir.filePath(QStringLiteral("data")), QStringLiteral("-m"),
                                           QStringLiteral("immediate"), QStringLiteral("stop")}, &ignored);
            mStarted = false;
        }
    }

    PGconn* connection() const { return mConn; }

private:
    bool run(const QString& tool, const QStringList& args, QString* why)
    {
        QProcess p;
        p.setProcessChannelMode(QProcess::MergedChannels);
        p.setWorkingDirectory(mDir.path());
        const QString exe = mBin + QLatin1Char('/') + tool;
        if (mAsNobody)
            p.start(QStringLiteral("runuser"), QStringList{QStringLiteral("-u"), QStringLiteral("nobody"), QStringLiteral("--"), exe} + args);
        else
            p.start(exe, args);
        if (!p.waitForFinished(60000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
            *why = QStringLiteral("%1 failed: %2").arg(tool, QString::fromUtf8(p.readAll()).left(600));
            return false;
        }
        return true;
    }

    QTemporaryDir mDir;
    QString mBin;
    bool mAsNobody = false;
    bool mStarted = false;
    PGconn* mConn = nullptr;
};

} // namespace
#endif

void TestExportEngines::postgresMatchesEngine()
{
#ifndef SD_HAVE_LIBPQ
    QSKIP("built without libpq (Debian package libpq-dev; scripts/setup installs it)");
#else
    PrivatePostgres pg;
    QString why;
    if (!pg.start(&why)) {
        if (why.contains(QLatin1String("not installed")))
            QSKIP(qPrintable(why));
        QFAIL(qPrintable(why));
    }
    PGconn* conn = pg.connection();
    auto exec = [&](const std::string& sql) {
        PGresult* res = PQexec(conn, sql.c_str());
        const bool ok = PQresultStatus(res) == PGRES_COMMAND_OK || PQresultStatus(res) == PGRES_TUPLES_OK;
        if (!ok)
            why = QString::fromUtf8(PQresultErrorMessage(res));
        PQclear(res);
        return ok;
    };
    const auto cases = makeCases(37, ExportCaseOptions{true, true});
    const SqlDialect d(SqlDialect::Kind::Postgres);
    for (size_t k = 0; k < cases.size(); ++k) {
        const Evaluated& e = *cases[k];
        const ExportResult r = exportSql(e.c.rules, sqlOptions(SqlDialect::Kind::Postgres, kHostileTable));
        if (!r.ok)
            QFAIL(qPrintable(formatRuleFileError(r.errors.front())));
        std::string ddl = "DROP TABLE IF EXISTS " + d.quoteIdentifier(kHostileTable) + "; CREATE TABLE " + d.quoteIdentifier(kHostileTable) + " (";
        std::string insert = "INSERT INTO " + d.quoteIdentifier(kHostileTable) + " VALUES (";
        for (size_t i = 0; i < e.c.schema.size(); ++i) {
            const FieldType t = e.c.schema[i].second;
            ddl += (i ? ", " : "") + d.quoteIdentifier(e.c.schema[i].first) + " "
                   + (t == FieldType::Number ? "DOUBLE PRECISION" : t == FieldType::Boolean ? "BOOLEAN" : t == FieldType::Date ? "DATE" : "TEXT");
            insert += (i ? ", $" : "$") + std::to_string(i + 1);
        }
        QVERIFY2(exec(ddl + ")"), qPrintable(why));
        insert += ")";
        QVERIFY2(exec("BEGIN"), qPrintable(why));
        for (const auto& row : e.c.rows) {
            std::vector<const char*> values;
            for (const std::string& v : row)
                values.push_back(v.empty() ? nullptr : v.c_str());
            PGresult* res = PQexecParams(conn, insert.c_str(), int(values.size()), nullptr, values.data(), nullptr, nullptr, 0);
            const bool ok = PQresultStatus(res) == PGRES_COMMAND_OK;
            const QString msg = QString::fromUtf8(PQresultErrorMessage(res));
            PQclear(res);
            QVERIFY2(ok, qPrintable(msg));
        }
        QVERIFY2(exec("COMMIT"), qPrintable(why));
        PGresult* res = PQexec(conn, r.text.c_str());
        if (PQresultStatus(res) != PGRES_TUPLES_OK) {
            const QString msg = QString::fromUtf8(PQresultErrorMessage(res));
            PQclear(res);
            QFAIL(qPrintable(QStringLiteral("case %1: %2\n%3").arg(k).arg(msg, QString::fromStdString(r.text))));
        }
        std::vector<std::string> got;
        for (int row = 0; row < PQntuples(res); ++row) {
            std::vector<double> scores;
            for (int c = 2; c < PQnfields(res); ++c)
                scores.push_back(std::strtod(PQgetvalue(res, row, c), nullptr));
            got.push_back(rowText(std::string(PQgetvalue(res, row, 0), size_t(PQgetlength(res, row, 0))),
                                  PQgetisnull(res, row, 1) ? std::string() : PQgetvalue(res, row, 1), scores));
        }
        PQclear(res);
        QVERIFY2(sameRows(got, e.expectedRows, &why), qPrintable(QStringLiteral("case %1: %2\n%3").arg(k).arg(why, QString::fromStdString(r.text))));
    }
#endif
}

void TestExportEngines::duckdbMatchesEngine()
{
    if (const QString p = nodeProblem("@duckdb/node-api"); !p.isEmpty())
        QSKIP(qPrintable(p));
    const auto cases = makeCases(53, ExportCaseOptions{true, true});
    const SqlDialect d(SqlDialect::Kind::DuckDb);
    nlohmann::json input;
    input["cases"] = nlohmann::json::array();
    std::vector<std::string> queries;
    for (const auto& e : cases) {
        const ExportResult r = exportSql(e->c.rules, sqlOptions(SqlDialect::Kind::DuckDb, kHostileTable));
        if (!r.ok)
            QFAIL(qPrintable(formatRuleFileError(r.errors.front())));
        queries.push_back(r.text);
        nlohmann::json columns = nlohmann::json::array();
        std::string setup = "CREATE TABLE " + d.quoteIdentifier(kHostileTable) + " AS SELECT ";
        for (size_t i = 0; i < e->c.schema.size(); ++i) {
            const auto& [name, t] = e->c.schema[i];
            columns.push_back(name);
            const char* type = t == FieldType::Number ? "DOUBLE" : t == FieldType::Boolean ? "BOOLEAN" : t == FieldType::Date ? "DATE" : "VARCHAR";
            setup += (i ? ", CAST(" : "CAST(") + d.quoteIdentifier(name) + " AS " + type + ") AS " + d.quoteIdentifier(name);
        }
        setup += " FROM sd_staging";
        nlohmann::json rows = nlohmann::json::array();
        for (const auto& row : e->c.rows) {
            nlohmann::json jr = nlohmann::json::array();
            for (const std::string& v : row)
                jr.push_back(v.empty() ? nlohmann::json(nullptr) : nlohmann::json(v));
            rows.push_back(jr);
        }
        input["cases"].push_back({{"columns", columns}, {"rows", rows}, {"setup", setup}, {"query", r.text}});
    }
    QString error;
    const nlohmann::json out = runNode(QStringLiteral("duckdb_run.mjs"), input, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(out.size(), cases.size());
    for (size_t k = 0; k < cases.size(); ++k) {
        const nlohmann::json& o = out[k];
        if (o.contains("error"))
            QFAIL(qPrintable(QStringLiteral("case %1: %2\n%3").arg(k).arg(QString::fromStdString(o["error"].get<std::string>()),
                                                                           QString::fromStdString(queries[k]))));
        std::vector<std::string> got;
        for (const auto& row : o["rows"]) {
            std::vector<double> scores;
            for (size_t c = 2; c < row.size(); ++c)
                scores.push_back(row[c].get<double>());
            got.push_back(rowText(row[0].get<std::string>(), row[1].is_null() ? std::string() : row[1].get<std::string>(), scores));
        }
        QString why;
        QVERIFY2(sameRows(got, cases[k]->expectedRows, &why), qPrintable(QStringLiteral("case %1: %2\n%3").arg(k).arg(why, QString::fromStdString(queries[k]))));
    }
}

QTEST_GUILESS_MAIN(TestExportEngines)
#include "tst_exportengines.moc"
