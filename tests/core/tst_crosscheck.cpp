// Cross-check of the rule engine against SQLite: the built-in B2B tiers template evaluated on
// generated demo leads must give the same segment sizes and conversions (remainders included) as a
// hand-written SQL query (GROUP BY over a CASE) on the same workspace file, and the same again when
// the CSV is evaluated directly without a workspace.
#include "columntable.h"
#include "csvimport.h"
#include "demogenerator.h"
#include "evaluator.h"
#include "rulefile.h"
#include "tagwriter.h"
#include "valueparsing.h"
#include "workspace.h"

#include <QTemporaryDir>
#include <QtTest>

#include <sqlite3.h>

#include <map>
#include <memory>

using namespace sd;

namespace {

constexpr qint64 kLeads = 30000;
constexpr quint64 kSeed = 7;
const char* const kAsOf = "2026-11-01";

// The template's meaning written out by hand in SQL, NULL-safe for the two-valued semantics: a
// NULL comparison is false in every CASE branch, so an empty cell fails each positive condition and
// falls through to the next sibling, exactly as the waterfall demands. One row per lead (rowid
// order) with its deepest segment path, its engagement score and its outcome.
const char* const kTiersSql = R"SQL(
WITH scored AS (
  SELECT rowid AS rid, employees, converted,
    MIN(100.0, MAX(0.0,
        MIN(COALESCE(email_opens, 0) * 1.0, 20.0)
      + CASE WHEN pricing_page_visits >= 1 THEN 15 ELSE 0 END
      + CASE WHEN webinar_attended = 1 THEN 20 ELSE 0 END
      + CASE WHEN demo_requested = 1 THEN 30 ELSE 0 END
      + CASE WHEN last_activity BETWEEN date(?1, '-30 days') AND ?1 THEN 10 ELSE 0 END)) AS engagement
  FROM leads
)
SELECT rid,
  CASE
    WHEN employees >= 1000 THEN
      CASE WHEN engagement >= 65 THEN 'enterprise/enterprise-hot'
           WHEN engagement >= 45 THEN 'enterprise/enterprise-warm'
           ELSE 'enterprise/enterprise-cold' END
    WHEN employees BETWEEN 200 AND 999 THEN
      CASE WHEN engagement >= 55 THEN 'mid_market/mid-market-hot'
           WHEN engagement >= 35 THEN 'mid_market/mid-market-warm'
           ELSE 'mid_market/mid-market-cold' END
    WHEN employees < 200 THEN
      CASE WHEN engagement >= 50 THEN 'smb/smb-qualified'
           ELSE 'smb/smb-nurture' END
    ELSE '~'
  END AS path,
  engagement,
  CASE WHEN converted = 1 THEN 1 ELSE 0 END AS won
FROM scored
ORDER BY rid
)SQL";

// The same counts as one GROUP BY, the form the performance comparison uses.
const char* const kGroupSql = R"SQL(
SELECT path, COUNT(*), SUM(won) FROM (%1) GROUP BY path ORDER BY path
)SQL";

struct Counts
{
    qint64 size = 0, conversions = 0;
    bool operator==(const Counts&) const = default;
};

struct SqlResult
{
    std::vector<std::string> paths;   // per lead, rowid order
    std::vector<double> engagement;   // per lead
    std::map<std::string, Counts> grouped; // leaf path → counts, from GROUP BY
};

struct StmtDeleter
{
    void operator()(sqlite3_stmt* s) const { sqlite3_finalize(s); }
};
struct DbDeleter
{
    void operator()(sqlite3* d) const { sqlite3_close(d); }
};

bool runSql(const QString& workspacePath, SqlResult* out, QString* error)
{
    sqlite3* raw = nullptr;
    const QByteArray file = workspacePath.toUtf8();
    if (sqlite3_open_v2(file.constData(), &raw, SQLITE_OPEN_READONLY, nullptr) != SQLITE_OK) {
        *error = QString::fromUtf8(sqlite3_errmsg(raw));
        sqlite3_close(raw);
        return false;
    }
    std::unique_ptr<sqlite3, DbDeleter> db(raw);
    auto prepare = [&](const std::string& sql) {
        sqlite3_stmt* st = nullptr;
        if (sqlite3_prepare_v2(db.get(), sql.c_str(), int(sql.size()), &st, nullptr) != SQLITE_OK) {
            *error = QString::fromUtf8(sqlite3_errmsg(db.get()));
            return std::unique_ptr<sqlite3_stmt, StmtDeleter>();
        }
        sqlite3_bind_text(st, 1, kAsOf, -1, SQLITE_STATIC);
        return std::unique_ptr<sqlite3_stmt, StmtDeleter>(st);
    };
    {
        auto st = prepare(kTiersSql);
        if (!st)
            return false;
        int rc;
        while ((rc = sqlite3_step(st.get())) == SQLITE_ROW) {
            out->paths.emplace_back(reinterpret_cast<const char*>(sqlite3_column_text(st.get(), 1)));
            out->engagement.push_back(sqlite3_column_double(st.get(), 2));
        }
        if (rc != SQLITE_DONE) {
            *error = QString::fromUtf8(sqlite3_errmsg(db.get()));
            return false;
        }
    }
    {
        std::string inner = kTiersSql;
        std::string group = kGroupSql;
        group.replace(group.find("%1"), 2, inner);
        auto st = prepare(group);
        if (!st)
            return false;
        int rc;
        while ((rc = sqlite3_step(st.get())) == SQLITE_ROW)
            out->grouped[reinterpret_cast<const char*>(sqlite3_column_text(st.get(), 0))] =
                Counts{sqlite3_column_int64(st.get(), 1), sqlite3_column_int64(st.get(), 2)};
        if (rc != SQLITE_DONE) {
            *error = QString::fromUtf8(sqlite3_errmsg(db.get()));
            return false;
        }
    }
    return true;
}

// Every segment of the template, with its remainder, in pre-order: what the engine must report.
const std::vector<std::string>& templatePaths()
{
    static const std::vector<std::string> paths = {
        "enterprise", "enterprise/enterprise-hot", "enterprise/enterprise-warm", "enterprise/enterprise-cold", "enterprise/~",
        "mid_market", "mid_market/mid-market-hot", "mid_market/mid-market-warm", "mid_market/mid-market-cold", "mid_market/~",
        "smb", "smb/smb-qualified", "smb/smb-nurture", "smb/~",
        "~"};
    return paths;
}

// Segment path → counts: leaf counts from SQL, parents as the sum of their leaves, remainders that
// SQL never produces (a child without `when` takes the rest) as zero.
std::map<std::string, Counts> expectedFromSql(const SqlResult& sql)
{
    std::map<std::string, Counts> out;
    for (const std::string& p : templatePaths())
        out[p] = Counts{};
    for (const auto& [path, c] : sql.grouped) {
        out[path].size += c.size;
        out[path].conversions += c.conversions;
        const size_t slash = path.find('/');
        if (slash != std::string::npos) {
            Counts& parent = out[path.substr(0, slash)];
            parent.size += c.size;
            parent.conversions += c.conversions;
        }
    }
    return out;
}

struct EngineResult
{
    std::vector<SegmentMembers> segments;
    std::map<std::string, Counts> counts;
    std::vector<std::string> leafPaths; // per lead
    std::vector<double> engagement;
    size_t rows = 0, conversions = 0;
};

bool runEngine(const ColumnTable& table, const RuleSet& rules, EngineResult* out, QString* error)
{
    Evaluator ev(table);
    ev.setAsOf(daysFromCivil(*parseDate(kAsOf, DateLayout::Iso)));
    if (!ev.evaluate(rules, &out->segments, error))
        return false;
    if (!ev.outcome()) {
        *error = QStringLiteral("the template defines no outcome");
        return false;
    }
    out->rows = table.rowCount();
    out->conversions = ev.outcome()->count();
    for (const SegmentMembers& m : out->segments)
        out->counts[m.path] = Counts{qint64(m.members.count()), qint64(m.members.countAnd(*ev.outcome()))};
    const std::vector<std::vector<int>> terminal = terminalSegments(out->segments, table.rowCount());
    for (const std::vector<int>& t : terminal) {
        std::string p;
        for (int i : t)
            p += (p.empty() ? "" : ",") + out->segments[size_t(i)].path;
        out->leafPaths.push_back(p);
    }
    if (const std::vector<double>* e = ev.scoreValues("engagement"))
        out->engagement = *e;
    return true;
}

QString describe(const std::map<std::string, Counts>& m)
{
    QStringList parts;
    for (const auto& [path, c] : m)
        parts << QStringLiteral("%1 %2/%3").arg(QString::fromStdString(path)).arg(c.size).arg(c.conversions);
    return parts.join(QStringLiteral("; "));
}

} // namespace

class TestCrosscheck : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void templateParses();
    void workspaceTypes();
    void segmentCountsMatchSql();
    void perLeadMatchesSql();
    void csvMatchesWorkspace();

private:
    QTemporaryDir mDir;
    QString mCsv, mWorkspacePath;
    std::unique_ptr<Workspace> mWorkspace;
    RuleSet mRules;
    ColumnTable mTable;
    EngineResult mEngine;
    SqlResult mSql;
};

void TestCrosscheck::initTestCase()
{
    QVERIFY(mDir.isValid());
    mCsv = mDir.filePath(QStringLiteral("leads.csv"));
    mWorkspacePath = mDir.filePath(QStringLiteral("leads.segdb"));
    QString error;
    DemoOptions demo;
    demo.leads = kLeads;
    demo.seed = kSeed;
    QVERIFY2(writeDemoCsv(mCsv, demo, &error), qPrintable(error));

    mWorkspace = Workspace::open(mWorkspacePath, &error);
    QVERIFY2(mWorkspace, qPrintable(error));
    ImportConfig config;
    config.csvPath = mCsv;
    config.keyColumn = QStringLiteral("lead_id");
    config.rejectsPath = mDir.filePath(QStringLiteral("rejects.csv"));
    const ImportResult imported = importCsv(*mWorkspace, config);
    QVERIFY2(imported.ok, qPrintable(imported.error));
    QCOMPARE(imported.rowsRead, kLeads);
    QCOMPARE(imported.inserted, kLeads);
    QCOMPARE(imported.rejected, qint64(0));

    const RuleFileResult parsed = parseRuleFile(b2bTiersTemplate());
    QVERIFY(parsed.ok);
    mRules = parsed.rules;

    QVERIFY2(mTable.loadWorkspace(*mWorkspace, &error), qPrintable(error));
    QCOMPARE(qint64(mTable.rowCount()), kLeads);
    QVERIFY2(runEngine(mTable, mRules, &mEngine, &error), qPrintable(error));
    QVERIFY2(runSql(mWorkspacePath, &mSql, &error), qPrintable(error));
    QCOMPARE(qint64(mSql.paths.size()), kLeads);
}

void TestCrosscheck::templateParses()
{
    const RuleFileResult parsed = parseRuleFile(b2bTiersTemplate());
    QStringList errors;
    for (const RuleFileError& e : parsed.errors)
        errors << formatRuleFileError(e);
    QVERIFY2(parsed.ok && parsed.errors.empty(), qPrintable(errors.join(QLatin1Char('\n'))));
    QCOMPARE(parsed.rules.fields.size(), size_t(19));
    QCOMPARE(parsed.rules.scores.size(), size_t(1));
    QCOMPARE(parsed.rules.root.mode, ChildMode::Exclusive);
    QCOMPARE(parsed.rules.root.children.size(), size_t(3));
}

void TestCrosscheck::workspaceTypes()
{
    // The SQL relies on the storage the import chose: numbers REAL, booleans 0/1, dates ISO text.
    const std::map<QString, FieldType> wanted = {
        {QStringLiteral("employees"), FieldType::Number}, {QStringLiteral("email_opens"), FieldType::Number},
        {QStringLiteral("pricing_page_visits"), FieldType::Number}, {QStringLiteral("webinar_attended"), FieldType::Boolean},
        {QStringLiteral("demo_requested"), FieldType::Boolean}, {QStringLiteral("last_activity"), FieldType::Date},
        {QStringLiteral("converted"), FieldType::Boolean}, {QStringLiteral("tech_stack"), FieldType::List}};
    for (const auto& [name, type] : wanted) {
        const auto f = mWorkspace->field(name);
        QVERIFY2(f.has_value(), qPrintable(name));
        QCOMPARE(fieldTypeName(f->type), fieldTypeName(type));
        const auto ruleType = mRules.fieldType(name.toStdString());
        QVERIFY2(ruleType.has_value(), qPrintable(name));
        QCOMPARE(fieldTypeName(*ruleType), fieldTypeName(type));
    }
    QCOMPARE(mWorkspace->keyField(), QStringLiteral("lead_id"));
    // Every template segment with its remainder is reported, in pre-order.
    QStringList paths, wantedPaths;
    for (const SegmentMembers& m : mEngine.segments)
        paths << QString::fromStdString(m.path);
    for (const std::string& p : templatePaths())
        wantedPaths << QString::fromStdString(p);
    QCOMPARE(paths, wantedPaths);
}

void TestCrosscheck::segmentCountsMatchSql()
{
    const std::map<std::string, Counts> expected = expectedFromSql(mSql);
    qint64 total = 0, won = 0;
    for (const auto& [path, c] : mSql.grouped) {
        total += c.size;
        won += c.conversions;
    }
    QCOMPARE(qint64(mEngine.rows), total);
    QCOMPARE(qint64(mEngine.conversions), won);
    for (const std::string& path : templatePaths()) {
        const Counts e = expected.at(path);
        QVERIFY2(mEngine.counts.count(path), path.c_str());
        const Counts a = mEngine.counts.at(path);
        QVERIFY2(a == e, qPrintable(QStringLiteral("%1: engine %2/%3, SQL %4/%5")
                                        .arg(QString::fromStdString(path)).arg(a.size).arg(a.conversions)
                                        .arg(e.size).arg(e.conversions)));
    }
    qInfo().noquote() << "segments (size/conversions):" << describe(expected);
    // Not a vacuous comparison: every tier and the root remainder hold leads (employees is empty
    // in about 3% of rows), and some lead converts in each top-level tier.
    for (const char* p : {"enterprise/enterprise-hot", "enterprise/enterprise-warm", "enterprise/enterprise-cold",
                          "mid_market/mid-market-hot", "mid_market/mid-market-warm", "mid_market/mid-market-cold",
                          "smb/smb-qualified", "smb/smb-nurture", "~"})
        QVERIFY2(expected.at(p).size > 0, qPrintable(describe(expected)));
    for (const char* p : {"enterprise", "mid_market", "smb"})
        QVERIFY2(expected.at(p).conversions > 0, qPrintable(describe(expected)));
}

void TestCrosscheck::perLeadMatchesSql()
{
    QCOMPARE(mEngine.leafPaths.size(), mSql.paths.size());
    QCOMPARE(mEngine.engagement.size(), mSql.engagement.size());
    QStringList mismatches;
    size_t count = 0;
    for (size_t i = 0; i < mSql.paths.size(); ++i) {
        if (mEngine.leafPaths[i] != mSql.paths[i] || mEngine.engagement[i] != mSql.engagement[i]) {
            if (++count <= 10)
                mismatches << QStringLiteral("%1 (%2): engine %3 score %4, SQL %5 score %6")
                                  .arg(i)
                                  .arg(QString::fromStdString(mTable.keyText(i)))
                                  .arg(QString::fromStdString(mEngine.leafPaths[i]))
                                  .arg(mEngine.engagement[i])
                                  .arg(QString::fromStdString(mSql.paths[i]))
                                  .arg(mSql.engagement[i]);
        }
    }
    QVERIFY2(count == 0, qPrintable(QStringLiteral("%1 leads differ, e.g.\n").arg(count) + mismatches.join(QLatin1Char('\n'))));
}

void TestCrosscheck::csvMatchesWorkspace()
{
    ColumnTable direct;
    QString error;
    QVERIFY2(direct.loadCsv(mCsv, mRules.fields, "lead_id", &error), qPrintable(error));
    QCOMPARE(qint64(direct.rowCount()), kLeads);
    for (const auto& [name, type] : mRules.fields) {
        const Column* c = direct.column(name);
        QVERIFY2(c, name.c_str());
        QCOMPARE(fieldTypeName(c->type), fieldTypeName(type));
    }
    EngineResult fromCsv;
    QVERIFY2(runEngine(direct, mRules, &fromCsv, &error), qPrintable(error));
    QCOMPARE(fromCsv.rows, mEngine.rows);
    QCOMPARE(fromCsv.conversions, mEngine.conversions);
    QCOMPARE(fromCsv.segments.size(), mEngine.segments.size());
    for (const std::string& path : templatePaths()) {
        QVERIFY2(fromCsv.counts.count(path), path.c_str());
        const Counts a = fromCsv.counts.at(path), e = mEngine.counts.at(path);
        QVERIFY2(a == e, qPrintable(QStringLiteral("%1: CSV %2/%3, workspace %4/%5")
                                        .arg(QString::fromStdString(path)).arg(a.size).arg(a.conversions)
                                        .arg(e.size).arg(e.conversions)));
    }
    // Lead by lead too (the CSV and the workspace keep the file's row order).
    size_t differ = 0;
    for (size_t i = 0; i < fromCsv.leafPaths.size(); ++i)
        if (fromCsv.leafPaths[i] != mEngine.leafPaths[i] || fromCsv.engagement[i] != mEngine.engagement[i]
            || direct.keyText(i) != mTable.keyText(i))
            ++differ;
    QCOMPARE(differ, size_t(0));
}

QTEST_GUILESS_MAIN(TestCrosscheck)
#include "tst_crosscheck.moc"
