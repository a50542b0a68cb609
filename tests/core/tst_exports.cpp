// Exports on their own: golden files for every SQL dialect, JsonLogic and the Markdown summary;
// quoting of hostile names and values; a clear error with the JSON Pointer for every leaf a target
// cannot express; JsonLogic import; and the CLI's export command (stdout, -o, no partial files).
#include "jsonlogicexporter.h"
#include "jsonlogicimporter.h"
#include "jsonlogicruleimport.h"
#include "markdownsummary.h"
#include "rulefile.h"
#include "sqlexporter.h"
#include "valueparsing.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

using namespace sd;

namespace {

const int64_t kAsOf = daysFromCivil(Ymd{2024, 6, 30});

QByteArray readFile(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

RuleSet rulesFrom(const QString& name)
{
    const RuleFileResult r = parseRuleFile(readFile(QStringLiteral(SD_TEST_DATA_DIR "/rules/") + name));
    if (!r.ok || !r.errors.empty())
        qFatal("cannot read %s", qPrintable(name));
    return r.rules;
}

RuleSet rulesFromJson(const std::string& fieldsAndWhen)
{
    const std::string doc = R"({"format": "segment-designer/rules", "version": 1, "name": "t", )" + fieldsAndWhen + "}";
    const RuleFileResult r = parseRuleFile(QByteArray::fromStdString(doc));
    if (!r.ok || !r.errors.empty())
        qFatal("bad test rules: %s", r.errors.empty() ? "?" : qPrintable(formatRuleFileError(r.errors.front())));
    return r.rules;
}

void compareGolden(const std::string& text, const QString& file)
{
    const QString path = QStringLiteral(SD_TEST_DATA_DIR "/exports/") + file;
    if (qEnvironmentVariableIsSet("SD_UPDATE_GOLDEN")) {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray::fromStdString(text));
    }
    QCOMPARE(QString::fromStdString(text), QString::fromUtf8(readFile(path)));
}

struct Cli
{
    int code;
    QByteArray out, err;
};

Cli cli(const QStringList& args)
{
    QProcess p;
    p.start(QStringLiteral(SD_CLI_PATH), args);
    p.waitForFinished(60000);
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(), p.readAllStandardError()};
}

} // namespace

class TestExports : public QObject
{
    Q_OBJECT

private slots:
    void sqlGolden_data();
    void sqlGolden();
    void jsonLogicAndMarkdownGolden();
    void quoting_data();
    void quoting();
    void unexpressible_data();
    void unexpressible();
    void overlappingTreeUnionsSegments();
    void markdownEscapesNames();
    void jsonLogicImport_data();
    void jsonLogicImport();
    void jsonLogicImportErrors_data();
    void jsonLogicImportErrors();
    void jsonLogicDocumentRoundTrip_data();
    void jsonLogicDocumentRoundTrip();
    void jsonLogicForeignDocument();
    void jsonLogicDocumentReadBounded();
    void cliExport();
};

void TestExports::sqlGolden_data()
{
    QTest::addColumn<QString>("dialect");
    for (const char* d : {"sqlite", "postgres", "duckdb", "bigquery", "snowflake", "spark"})
        QTest::newRow(d) << QString::fromLatin1(d);
}

void TestExports::sqlGolden()
{
    QFETCH(QString, dialect);
    SqlExportOptions o;
    o.dialect = *SqlDialect::fromName(dialect.toStdString());
    o.asOf = kAsOf;
    const ExportResult r = exportSql(rulesFrom(QStringLiteral("b2b-tiers.rules.json")), o);
    QVERIFY(r.ok);
    compareGolden(r.text, QStringLiteral("b2b-tiers.%1.sql").arg(dialect));
    // The waterfall is one CASE: every segment id and remainder appears exactly once.
    for (const char* id : {"'enterprise-hot'", "'enterprise/~'", "'smb-nurture'", "'~'"})
        QCOMPARE(QString::fromStdString(r.text).count(QLatin1String(id)), 1);
}

void TestExports::jsonLogicAndMarkdownGolden()
{
    const RuleSet rules = rulesFrom(QStringLiteral("b2b-tiers.rules.json"));
    const ExportResult j = exportJsonLogic(rules, JsonLogicOptions{kAsOf});
    QVERIFY(j.ok);
    compareGolden(j.text, QStringLiteral("b2b-tiers.jsonlogic.json"));
    const nlohmann::json doc = nlohmann::json::parse(j.text);
    QCOMPARE(doc["segments"].size(), size_t(15)); // 11 segments and 4 remainders, in pre-order
    QCOMPARE(doc["segments"].begin().key(), std::string("enterprise"));
    QVERIFY(doc["scores"].contains("engagement"));
    const ExportResult m = markdownSummary(rules);
    QVERIFY(m.ok);
    compareGolden(m.text, QStringLiteral("b2b-tiers.md"));
}

void TestExports::quoting_data()
{
    QTest::addColumn<QString>("dialect");
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("identifier");
    QTest::addColumn<QString>("text");
    const QString hostile = QStringLiteral("a'b\"c`d\\e;--\nf");
    QTest::newRow("sqlite") << "sqlite" << hostile << "\"a'b\"\"c`d\\e;--\nf\"" << "'a''b\"c`d\\e;--\nf'";
    QTest::newRow("postgres") << "postgres" << hostile << "\"a'b\"\"c`d\\e;--\nf\"" << "E'a\\'b\"c`d\\\\e;--\\nf'";
    QTest::newRow("duckdb") << "duckdb" << hostile << "\"a'b\"\"c`d\\e;--\nf\"" << "'a''b\"c`d\\e;--\nf'";
    QTest::newRow("bigquery") << "bigquery" << hostile << "`a'b\"c\\`d\\\\e;--\\nf`" << "'a\\'b\"c`d\\\\e;--\\nf'";
    QTest::newRow("snowflake") << "snowflake" << hostile << "\"a'b\"\"c`d\\e;--\nf\"" << "'a''b\"c`d\\\\e;--\nf'";
    QTest::newRow("spark") << "spark" << hostile << "`a'b\"c``d\\e;--\nf`" << "'a\\'b\"c`d\\\\e;--\\nf'";
    QTest::newRow("postgres plain") << "postgres" << QStringLiteral("Ünï 'x'") << "\"Ünï 'x'\"" << "'Ünï ''x'''";
}

void TestExports::quoting()
{
    QFETCH(QString, dialect);
    QFETCH(QString, input);
    QFETCH(QString, identifier);
    QFETCH(QString, text);
    const SqlDialect d = *SqlDialect::fromName(dialect.toStdString());
    QCOMPARE(QString::fromStdString(d.quoteIdentifier(input.toStdString())), identifier);
    QCOMPARE(QString::fromStdString(d.quoteText(input.toStdString())), text);
}

void TestExports::unexpressible_data()
{
    QTest::addColumn<QString>("target");
    QTest::addColumn<QString>("rules");
    QTest::addColumn<QString>("pointer");
    QTest::addColumn<QString>("message");
    const QString fields = QStringLiteral(R"("fields": {"t": "text", "n": "number", "d": "date", "a.b": "text"}, )");
    auto seg = [&](const QString& when) {
        return fields + QStringLiteral(R"("segments": {"children": [{"id": "x", "name": "X"}, {"id": "y", "name": "Y", "when": {"all": [{"field": "t", "op": "=", "value": "a"}, %1]}}]})").arg(when);
    };
    QTest::newRow("jsonlogic regex") << "jsonlogic" << seg(R"({"field": "t", "op": "matches", "value": "^a"})")
                                     << "/segments/children/1/when/all/1/op" << "no regular expressions";
    QTest::newRow("jsonlogic ignore_case") << "jsonlogic" << seg(R"({"field": "t", "op": "contains", "value": "a", "ignore_case": true})")
                                           << "/segments/children/1/when/all/1/ignore_case" << "letter case";
    QTest::newRow("jsonlogic dotted name") << "jsonlogic" << seg(R"({"field": "a.b", "op": "=", "value": "a"})")
                                           << "/segments/children/1/when/all/1/field" << "nested objects";
    QTest::newRow("jsonlogic utf-16 order") << "jsonlogic" << seg(R"({"field": "t", "op": "<", "value": "\uE000"})")
                                            << "/segments/children/1/when/all/1/value" << "UTF-16";
    QTest::newRow("jsonlogic number as text") << "jsonlogic" << seg(R"({"field": "n", "op": "contains", "value": "1"})")
                                              << "/segments/children/1/when/all/1/op" << "number";
    QTest::newRow("sql NUL in value") << "postgres" << seg(R"({"field": "t", "op": "=", "value": "a\u0000b"})")
                                      << "/segments/children/1/when/all/1/value" << "NUL";
    QTest::newRow("sql regex shorthand") << "duckdb" << seg(R"({"field": "t", "op": "matches", "value": "\\d+"})")
                                         << "/segments/children/1/when/all/1/value" << "[0-9]";
    QTest::newRow("sql lookahead") << "spark" << seg(QStringLiteral(R"J({"field": "t", "op": "matches", "value": "a(?=b)"})J"))
                                   << "/segments/children/1/when/all/1/value" << "not portable";
    QTest::newRow("sqlite ignore_case") << "sqlite" << seg(R"({"field": "t", "op": "=", "value": "a", "ignore_case": true})")
                                        << "/segments/children/1/when/all/1/ignore_case" << "ASCII";
    QTest::newRow("sql NUL in name") << "sqlite"
                                     << QStringLiteral(R"("fields": {"k": "text", "t\u0000x": "text"}, "segments": {"children": [{"id": "y", "name": "Y", "when": {"field": "t\u0000x", "op": "is_empty"}}]})")
                                     << "/segments/children/0/when/field" << "NUL";
    QTest::newRow("postgres long name") << "postgres"
                                        << QStringLiteral(R"("fields": {"k": "text", "%1": "text"}, "segments": {"children": [{"id": "y", "name": "Y", "when": {"field": "%1", "op": "is_empty"}}]})").arg(QString(64, QLatin1Char('n')))
                                        << "/segments/children/0/when/field" << "63-byte";
}

void TestExports::unexpressible()
{
    QFETCH(QString, target);
    QFETCH(QString, rules);
    QFETCH(QString, pointer);
    QFETCH(QString, message);
    const RuleSet rs = rulesFromJson(rules.toStdString());
    ExportResult r;
    if (target == QLatin1String("jsonlogic")) {
        r = exportJsonLogic(rs, JsonLogicOptions{kAsOf});
    } else {
        SqlExportOptions o;
        o.dialect = *SqlDialect::fromName(target.toStdString());
        r = exportSql(rs, o);
    }
    QVERIFY(!r.ok);
    QVERIFY(r.text.empty());
    QCOMPARE(QString::fromStdString(r.errors.front().pointer), pointer);
    QVERIFY2(QString::fromStdString(r.errors.front().message).contains(message), r.errors.front().message.c_str());
}

void TestExports::overlappingTreeUnionsSegments()
{
    const RuleSet rs = rulesFromJson(R"("fields": {"k": "text", "n": "number"}, "segments": {"mode": "overlapping", "children": [
        {"id": "a", "name": "A", "when": {"field": "n", "op": ">", "value": 1}, "mode": "exclusive", "children": [
          {"id": "b", "name": "B", "when": {"field": "n", "op": ">", "value": 5}}]},
        {"id": "c", "name": "C", "when": {"segment": "b"}}]})");
    QVERIFY(!SqlExporter::allExclusive(rs.root));
    SqlExportOptions o;
    o.dialect = SqlDialect(SqlDialect::Kind::Postgres);
    const ExportResult r = exportSql(rs, o);
    QVERIFY(r.ok);
    const QString sql = QString::fromStdString(r.text);
    QCOMPARE(sql.count(QLatin1String("UNION ALL")), 3); // a, b, a/~, c
    for (const char* id : {"'a' AS segment_id", "'b' AS segment_id", "'a/~' AS segment_id", "'c' AS segment_id"})
        QVERIFY2(sql.contains(QLatin1String(id)), id);
    QVERIFY(!sql.contains(QLatin1String("'~'")));          // an overlapping root has no remainder
    QVERIFY(sql.contains(QLatin1String("SELECT \"k\" AS sd_key"))); // key: the first field
}

void TestExports::markdownEscapesNames()
{
    RuleSet rs = rulesFromJson(R"J("fields": {"t": "text"}, "segments": {"children": [{"id": "x", "name": "<script>*bold*</script> [link](http://x)\n# h", "attributes": {"owner": "a|b"}, "when": {"field": "t", "op": "in", "value": ["a", "b_c"]}}]})J");
    const ExportResult r = markdownSummary(rs);
    QVERIFY(r.ok);
    const QString md = QString::fromStdString(r.text);
    QVERIFY(md.contains(QStringLiteral("\\<script\\>\\*bold\\*\\</script\\> \\[link\\](http://x) # h")));
    QVERIFY(md.contains(QStringLiteral("owner: a\\|b")));
    QVERIFY(md.contains(QStringLiteral("**t** is one of “a” or “b\\_c”")));
}

void TestExports::jsonLogicImport_data()
{
    QTest::addColumn<QString>("logic");
    QTest::addColumn<QString>("condition"); // the condition as the rule file writes it
    QTest::newRow("equal") << R"({"==": [{"var": "n"}, 5]})" << R"({"field":"n","op":"=","value":5})";
    QTest::newRow("flipped order") << R"({"<": [10, {"var": "n"}]})" << R"({"field":"n","op":">","value":10})";
    QTest::newRow("between") << R"({"<=": [1, {"var": "n"}, 9]})" << R"({"field":"n","op":"between","value":[1,9]})";
    // Found by fuzz_jsonlogic: reversed bounds made a "between" the validator refuses.
    QTest::newRow("between reversed") << R"({"<=": [940, {"var": "n"}, 292]})"
                                      << R"({"all":[{"field":"n","op":">=","value":940},{"field":"n","op":"<=","value":292}]})";
    QTest::newRow("null is empty") << R"({"===": [{"var": "t"}, null]})" << R"({"field":"t","op":"is_empty"})";
    QTest::newRow("in list") << R"({"in": [{"var": "t"}, ["a", "b"]]})" << R"({"field":"t","op":"in","value":["a","b"]})";
    QTest::newRow("contains") << R"({"in": ["x", {"var": "t"}]})" << R"({"field":"t","op":"contains","value":"x"})";
    QTest::newRow("some") << R"({"some": [{"var": "l"}, {"in": [{"var": ""}, ["Zoom"]]}]})" << R"({"field":"l","op":"has_any","value":["Zoom"]})";
    QTest::newRow("not and or") << R"({"!": {"and": [{"!!": [{"var": "t"}]}, {"or": []}]}})"
                                << R"({"not":{"all":[{"field":"t","op":"is_not_empty"},{"any":[]}]}})";
    QTest::newRow("starts with") << R"({"===": [{"substr": [{"var": "t"}, 0, 2]}, "ab"]})" << R"({"field":"t","op":"starts_with","value":"ab"})";
    QTest::newRow("missing") << R"({"missing": ["t", "n"]})" << R"({"any":[{"field":"t","op":"is_empty"},{"field":"n","op":"is_empty"}]})";
}

void TestExports::jsonLogicImport()
{
    QFETCH(QString, logic);
    QFETCH(QString, condition);
    const std::vector<std::pair<std::string, FieldType>> fields = {{"n", FieldType::Number}, {"t", FieldType::Text}, {"l", FieldType::List}};
    const JsonLogicImportResult r = importJsonLogic(nlohmann::json::parse(logic.toStdString()), fields);
    QVERIFY2(r.ok, r.errors.empty() ? "" : qPrintable(formatRuleFileError(r.errors.front())));
    // Serialize through a one-segment rule file, the canonical form of a condition.
    RuleSet rs;
    rs.fields = fields;
    Segment s;
    s.id = "x";
    s.name = "X";
    s.when = r.condition;
    rs.root.children.push_back(s);
    const nlohmann::json file = nlohmann::json::parse(serializeRuleFile(rs).toStdString());
    QCOMPARE(QString::fromStdString(file["segments"]["children"][0]["when"].dump()), condition);
    QVERIFY(validateRuleSet(rs).empty());
}

void TestExports::jsonLogicImportErrors_data()
{
    QTest::addColumn<QString>("logic");
    QTest::addColumn<QString>("pointer");
    QTest::addColumn<QString>("message");
    QTest::newRow("loose types") << R"({"and": [{"==": [{"var": "n"}, "5"]}]})" << "/and/0/==/1" << "convert";
    QTest::newRow("unknown op") << R"({"or": [{"!": [{"cat": ["a"]}]}]})" << "/or/0/!/0/cat" << "no equivalent";
    QTest::newRow("unknown field") << R"({">": [{"var": "zz"}, 1]})" << "/>/0/var" << "unknown field";
    QTest::newRow("truthy number") << R"({"!!": [{"var": "n"}]})" << "/!!/0" << "treats 0";
    QTest::newRow("var default") << R"({"==": [{"var": ["t", "x"]}, "a"]})" << "/==/0/var" << "default";
}

void TestExports::jsonLogicImportErrors()
{
    QFETCH(QString, logic);
    QFETCH(QString, pointer);
    QFETCH(QString, message);
    const JsonLogicImportResult r = importJsonLogic(nlohmann::json::parse(logic.toStdString()), {{"n", FieldType::Number}, {"t", FieldType::Text}});
    QVERIFY(!r.ok);
    QCOMPARE(QString::fromStdString(r.errors.front().pointer), pointer);
    QVERIFY2(QString::fromStdString(r.errors.front().message).contains(message), r.errors.front().message.c_str());
}

void TestExports::cliExport()
{
    const QString rules = QStringLiteral(SD_TEST_DATA_DIR "/rules/b2b-tiers.rules.json");
    Cli r = cli({QStringLiteral("export"), rules, QStringLiteral("--to"), QStringLiteral("sql"), QStringLiteral("--dialect"),
                 QStringLiteral("duckdb"), QStringLiteral("--as-of"), QStringLiteral("2024-06-30")});
    QCOMPARE(r.code, 0);
    QCOMPARE(r.out, readFile(QStringLiteral(SD_TEST_DATA_DIR "/exports/b2b-tiers.duckdb.sql")));
    r = cli({QStringLiteral("export"), rules, QStringLiteral("--to"), QStringLiteral("sql"), QStringLiteral("--table"),
             QStringLiteral("crm.lead list"), QStringLiteral("--key"), QStringLiteral("id \"x\"")});
    QCOMPARE(r.code, 0);
    QVERIFY(r.out.contains("FROM \"crm\".\"lead list\""));
    QVERIFY(r.out.contains("SELECT \"id \"\"x\"\"\" AS sd_key"));
    QVERIFY(r.out.contains("date(CURRENT_DATE, '-30 days')")); // no --as-of: the engine's date

    QTemporaryDir dir;
    const QString out = dir.filePath(QStringLiteral("rules.json"));
    r = cli({QStringLiteral("export"), rules, QStringLiteral("--to"), QStringLiteral("jsonlogic"), QStringLiteral("--as-of"),
             QStringLiteral("2024-06-30"), QStringLiteral("-o"), out});
    QCOMPARE(r.code, 0);
    QCOMPARE(readFile(out), readFile(QStringLiteral(SD_TEST_DATA_DIR "/exports/b2b-tiers.jsonlogic.json")));
    r = cli({QStringLiteral("export"), rules, QStringLiteral("--to"), QStringLiteral("rules")});
    QCOMPARE(r.code, 0);
    QCOMPARE(r.out, serializeRuleFile(rulesFrom(QStringLiteral("b2b-tiers.rules.json"))));

    // Failures: exit 1, one line on stderr, and no output file at all.
    const QString failed = dir.filePath(QStringLiteral("failed.json"));
    r = cli({QStringLiteral("export"), rules, QStringLiteral("--to"), QStringLiteral("jsonlogic"), QStringLiteral("-o"), failed});
    QCOMPARE(r.code, 1); // within_last_days needs --as-of for JsonLogic
    QVERIFY(r.err.contains("/scores/0/rules/4/when/op"));
    QCOMPARE(r.err.count('\n'), 1);
    QVERIFY(!QFile::exists(failed));
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).size(), 1);
    r = cli({QStringLiteral("export"), rules, QStringLiteral("--to"), QStringLiteral("sql"), QStringLiteral("--dialect"), QStringLiteral("oracle")});
    QCOMPARE(r.code, 1);
    QVERIFY(r.err.contains("unknown --dialect"));
    r = cli({QStringLiteral("export"), rules, QStringLiteral("--to"), QStringLiteral("jsonlogic"), QStringLiteral("--dialect"), QStringLiteral("spark")});
    QCOMPARE(r.code, 1);
    r = cli({QStringLiteral("export"), QStringLiteral("--help")});
    QCOMPARE(r.code, 0);
    QVERIFY(r.out.contains("--dialect"));
}

void TestExports::jsonLogicDocumentRoundTrip_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<bool>("exact"); // false: relative dates or segment references come back expanded
    QTest::newRow("b2b-tiers") << QStringLiteral("b2b-tiers.rules.json") << false;
    QTest::newRow("scores") << QStringLiteral("scores.rules.json") << true;
    QTest::newRow("minimal") << QStringLiteral("minimal.rules.json") << true;
    QTest::newRow("designer-session") << QStringLiteral("designer-session.rules.json") << false;
}

// The JsonLogic export of a rule set, imported into that rule set with every condition and score
// rule wiped, gives the rule set back (or membership the same, where the export had to expand).
void TestExports::jsonLogicDocumentRoundTrip()
{
    QFETCH(QString, file);
    QFETCH(bool, exact);
    const RuleSet original = rulesFrom(file);
    const ExportResult logic = exportJsonLogic(original, JsonLogicOptions{kAsOf});
    QVERIFY2(logic.ok, logic.errors.empty() ? "" : qPrintable(formatRuleFileError(logic.errors.front())));
    RuleSet wiped = original;
    std::function<void(Segment&)> wipe = [&](Segment& s) {
        s.when.reset();
        for (Segment& c : s.children)
            wipe(c);
    };
    wipe(wiped.root);
    for (Score& sc : wiped.scores)
        sc.rules.clear();
    const JsonLogicRulesImport r = importJsonLogicRules(QByteArray::fromStdString(logic.text), wiped);
    QVERIFY2(r.ok, r.errors.empty() ? "" : qPrintable(formatRuleFileError(r.errors.front())));
    // Exporting the import again gives the same JsonLogic: the same membership for every lead.
    const ExportResult again = exportJsonLogic(r.rules, JsonLogicOptions{kAsOf});
    QVERIFY(again.ok);
    QCOMPARE(QString::fromStdString(again.text), QString::fromStdString(logic.text));
    QCOMPARE(r.rules.root.children.size(), original.root.children.size());
    QCOMPARE(r.rules.scores.size(), original.scores.size());
    if (exact)
        QCOMPARE(QString::fromUtf8(serializeRuleFile(r.rules)), QString::fromUtf8(serializeRuleFile(original)));
    else
        QVERIFY(!(r.rules == original));
}

void TestExports::jsonLogicForeignDocument()
{
    RuleSet current;
    current.fields = {{"n", FieldType::Number}, {"t", FieldType::Text}, {"l", FieldType::List}};
    Segment old;
    old.id = "old";
    old.name = "Old";
    current.root.children.push_back(old);
    current.root.mode = ChildMode::Exclusive;
    const QByteArray doc = R"({"segments": {
        "big": {"and": [{"!=": [{"var": "n"}, null]}, {">=": [{"var": "n"}, 10]}]},
        "not-x": {"!": [{"and": [{"!!": [{"var": "t"}]}, {"===": [{"var": "t"}, "x"]}]}]},
        "tools": {"and": [{"!!": [{"var": "l"}]}, {"or": [{"in": ["a", {"var": "l"}]}, {"in": ["b", {"var": "l"}]}]}]},
        "~": false}})";
    const JsonLogicRulesImport r = importJsonLogicRules(doc, current);
    QVERIFY2(r.ok, r.errors.empty() ? "" : qPrintable(formatRuleFileError(r.errors.front())));
    QCOMPARE(r.segmentsChanged, 3);
    QCOMPARE(r.rules.root.mode, ChildMode::Overlapping);
    QCOMPARE(r.rules.root.children.size(), size_t(3));
    const nlohmann::json file = nlohmann::json::parse(serializeRuleFile(r.rules).toStdString());
    QCOMPARE(QString::fromStdString(file["segments"]["children"][0]["when"].dump()), QStringLiteral(R"({"field":"n","op":">=","value":10})"));
    QCOMPARE(QString::fromStdString(file["segments"]["children"][1]["when"].dump()), QStringLiteral(R"({"field":"t","op":"!=","value":"x"})"));
    QCOMPARE(QString::fromStdString(file["segments"]["children"][2]["when"].dump()), QStringLiteral(R"({"field":"l","op":"has_any","value":["a","b"]})"));
    // A segment of the open rule set missing from a file that has others of it is an error.
    Segment kept;
    kept.id = "big";
    current.root.children.push_back(kept);
    const JsonLogicRulesImport partial = importJsonLogicRules(doc, current);
    QVERIFY(!partial.ok);
    QVERIFY(std::any_of(partial.errors.begin(), partial.errors.end(), [](const RuleFileError& e) {
        return e.message.find("\"old\", which the file lacks") != std::string::npos;
    }));
}

void TestExports::jsonLogicDocumentReadBounded()
{
    RuleSet current;
    current.fields = {{"n", FieldType::Number}};
    // A syntax error has its line and column, and the pointer of the value being read.
    JsonLogicRulesImport r = importJsonLogicRules("{\"segments\": {\n  \"a\": {\">\": [{\"var\": \"n\"}, 1,]}}}", current);
    QVERIFY(!r.ok);
    QCOMPARE(r.errors.size(), size_t(1));
    QCOMPARE(QString::fromStdString(r.errors[0].pointer), QStringLiteral("/segments/a/>/2"));
    QVERIFY2(r.errors[0].message.starts_with("invalid JSON at line 2, column 31"), r.errors[0].message.c_str());
    // A key twice in one object is an error at its second place, not a silent choice of one.
    r = importJsonLogicRules(R"({"segments": {"a": {">": [{"var": "n"}, 1]}, "a": {">": [{"var": "n"}, 2]}}})", current);
    QVERIFY(!r.ok);
    QCOMPARE(r.errors.size(), size_t(1));
    QCOMPARE(QString::fromStdString(r.errors[0].pointer), QStringLiteral("/segments/a"));
    QCOMPARE(QString::fromStdString(r.errors[0].message), QStringLiteral("duplicate key \"a\""));
    r = importJsonLogicRules(R"({"and": [{">": [{"var": "n"}, 1]}, {">": [{"var": "n", "var": "m"}, 2]}]})", current);
    QVERIFY(!r.ok);
    QCOMPARE(QString::fromStdString(r.errors[0].pointer), QStringLiteral("/and/1/>/0/var"));
    // Nesting far beyond what the converter takes is refused while reading, at its place.
    QByteArray deep;
    for (int i = 0; i < 100000; ++i)
        deep += "{\"!\": [";
    deep += "true";
    for (int i = 0; i < 100000; ++i)
        deep += "]}";
    r = importJsonLogicRules(deep, current);
    QVERIFY(!r.ok);
    QCOMPARE(r.errors.size(), size_t(1));
    QVERIFY2(r.errors[0].message.starts_with("the JSON is nested deeper than"), r.errors[0].message.c_str());
    QVERIFY(r.errors[0].pointer.starts_with("/!/0/!/0/!/0"));
    // Nesting the reader takes but the converter does not is refused by the converter.
    QByteArray within;
    for (int i = 0; i < kMaxJsonLogicDepth + 5; ++i)
        within += "{\"!\": [";
    within += "true";
    for (int i = 0; i < kMaxJsonLogicDepth + 5; ++i)
        within += "]}";
    r = importJsonLogicRules(within, current);
    QVERIFY(!r.ok);
    QVERIFY(std::any_of(r.errors.begin(), r.errors.end(), [](const RuleFileError& e) { return e.message == "nested too deeply"; }));
}

QTEST_GUILESS_MAIN(TestExports)
#include "tst_exports.moc"
