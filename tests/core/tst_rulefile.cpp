// Rule file v1 (DESIGN.md "Rule file v1"): golden round trips (read → write → compare byte for
// byte), a table of invalid files with the JSON Pointer and message of each error, hostile input
// (deep nesting, 50 MB files, 1e999, NaN, invalid UTF-8) that must give errors quickly and never
// crash, and the published JSON Schema.
#include "rulefile.h"
#include "rules.h"

#include <QtTest>

#include <nlohmann/json.hpp>

#include <cmath>
#include <ctime>
#include <functional>

using namespace sd;

namespace {

QString dataPath(const QString& relative) { return QStringLiteral(SD_TEST_DATA_DIR "/") + relative; }
QString schemaPath() { return QStringLiteral(SD_TEST_DATA_DIR "/../../resources/schema/rules-v1.schema.json"); }
QString templatePath() { return QStringLiteral(SD_TEST_DATA_DIR "/../../resources/templates/b2b-tiers.rules.json"); }

QByteArray readFile(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll();
}

QByteArray utf8(const char* s) { return QByteArray(s); }

QString errorList(const RuleFileResult& r)
{
    QStringList lines;
    for (const RuleFileError& e : r.errors)
        lines << formatRuleFileError(e);
    return lines.join(QLatin1Char('\n'));
}

// A valid file around the part a row is about. Fields cover every type; the segment under test
// is /segments/children/0, so a leaf `cond` sits at /segments/children/0/when.
QByteArray withSegments(const char* children, const char* scores = "[]", const char* mode = "exclusive")
{
    return QByteArray(R"({"format": "segment-designer/rules", "version": 1, "name": "t",
 "fields": {"employees": "number", "industry": "text", "signup": "date", "converted": "boolean",
            "tech": "list", "opens": "number"},
 "scores": )") + scores + R"(,
 "segments": {"mode": ")" + mode + R"(", "children": )" + children + "}}";
}

QByteArray withLeaf(const char* cond)
{
    return withSegments(QByteArray(R"([{"id": "s", "name": "S", "when": )" + QByteArray(cond) + "}]").constData());
}

QByteArray withScores(const char* scores)
{
    return withSegments("[]", scores);
}

// The whole file from a top-level object body (format/version/name are added unless given).
QByteArray withTop(const char* body)
{
    return QByteArray(R"({"format": "segment-designer/rules", "version": 1, "name": "t", )") + body + "}";
}

// Time budgets are for optimized builds; the sanitizer build (STYLE.md 11) and unoptimized Debug
// builds run several times slower. A hang or a quadratic blow-up is still orders of magnitude off.
#if defined(__SANITIZE_ADDRESS__)
constexpr int kSanitizerSlowdown = 4;
#else
constexpr int kSanitizerSlowdown = 1;
#endif
#if defined(NDEBUG)
constexpr int kDebugSlowdown = 1;
#else
constexpr int kDebugSlowdown = 5;
#endif
constexpr int kSlowdown = kSanitizerSlowdown * kDebugSlowdown;

} // namespace

class TestRuleFile : public QObject
{
    Q_OBJECT

private slots:
    void operatorNames();
    void negativeTwins();
    void golden_data();
    void golden();
    void templateIsCanonical();
    void inMemoryRoundTrip();
    void invalid_data();
    void invalid();
    void allErrorsInDocumentOrder();
    void hostile_data();
    void hostile();
    void catastrophicRegexCompiles();
    void validateInMemory();
    void formatError();
    void schema();
};

void TestRuleFile::operatorNames()
{
    // Spelled here as in DESIGN.md, independent of rules.cpp.
    const std::vector<std::string> names = {
        "=", "!=", "<", "<=", ">", ">=", "between", "in", "not_in", "contains", "not_contains",
        "starts_with", "ends_with", "matches", "is_empty", "is_not_empty", "within_last_days",
        "not_within_last_days", "has_any", "has_all", "has_none"};
    for (size_t i = 0; i < names.size(); ++i) {
        const Op op = static_cast<Op>(i);
        QCOMPARE(QString::fromLatin1(opName(op)), QString::fromStdString(names[i]));
        QCOMPARE(opFromName(names[i]), std::optional<Op>(op));
    }
    QCOMPARE(opFromName("=>"), std::nullopt);
    QCOMPARE(opFromName(""), std::nullopt);
    QCOMPARE(opFromName("IN"), std::nullopt); // names are case-sensitive
}

void TestRuleFile::negativeTwins()
{
    const std::vector<std::pair<Op, Op>> twins = {
        {Op::Ne, Op::Eq}, {Op::NotIn, Op::In}, {Op::NotContains, Op::Contains},
        {Op::NotWithinLastDays, Op::WithinLastDays}, {Op::HasNone, Op::HasAny}, {Op::IsNotEmpty, Op::IsEmpty}};
    for (int i = 0; i <= int(Op::HasNone); ++i) {
        const Op op = static_cast<Op>(i);
        auto it = std::find_if(twins.begin(), twins.end(), [&](const auto& t) { return t.first == op; });
        QCOMPARE(isNegativeOp(op), it != twins.end());
        QCOMPARE(positiveTwin(op), it != twins.end() ? it->second : op);
    }
}

void TestRuleFile::golden_data()
{
    QTest::addColumn<QString>("file");
    QTest::newRow("b2b tiers template") << QStringLiteral("rules/b2b-tiers.rules.json");
    QTest::newRow("every operator") << QStringLiteral("rules/all-operators.rules.json");
    QTest::newRow("scores") << QStringLiteral("rules/scores.rules.json");
    QTest::newRow("minimal") << QStringLiteral("rules/minimal.rules.json");
}

void TestRuleFile::golden()
{
    QFETCH(QString, file);
    const QByteArray bytes = readFile(dataPath(file));
    QVERIFY2(!bytes.isEmpty(), qPrintable(file));
    const RuleFileResult r = parseRuleFile(bytes);
    QVERIFY2(r.ok, qPrintable(errorList(r)));
    QVERIFY(r.errors.empty());
    const QByteArray out = serializeRuleFile(r.rules);
    if (out != bytes) {
        // Show the first differing line rather than two whole files.
        const QList<QByteArray> a = bytes.split('\n'), b = out.split('\n');
        for (qsizetype i = 0; i < std::min(a.size(), b.size()); ++i)
            QCOMPARE(b[i], a[i]);
        QCOMPARE(b.size(), a.size());
    }
    QCOMPARE(out, bytes);
    // And back: the written text means the same rule set.
    const RuleFileResult again = parseRuleFile(out);
    QVERIFY2(again.ok, qPrintable(errorList(again)));
    QVERIFY(again.rules == r.rules);
}

void TestRuleFile::templateIsCanonical()
{
    // The shipped template is the golden copy's source; it must stay canonical and valid.
    const QByteArray shipped = readFile(templatePath());
    QVERIFY(!shipped.isEmpty());
    QCOMPARE(shipped, readFile(dataPath(QStringLiteral("rules/b2b-tiers.rules.json"))));
    const RuleFileResult r = parseRuleFile(shipped);
    QVERIFY2(r.ok, qPrintable(errorList(r)));
    QCOMPARE(r.rules.root.children.size(), size_t(3));
    QCOMPARE(r.rules.root.mode, ChildMode::Exclusive);
    QCOMPARE(r.rules.scores.size(), size_t(1));
    QCOMPARE(r.rules.scores[0].rules[0].per, std::string("email_opens"));
    QCOMPARE(r.rules.scores[0].rules[0].cap, std::optional<double>(20));
    QCOMPARE(r.rules.fieldType("employees"), std::optional<FieldType>(FieldType::Number));
    QCOMPARE(r.rules.fieldType("engagement"), std::optional<FieldType>(FieldType::Number)); // a score
    QCOMPARE(r.rules.fieldType("nope"), std::nullopt);
    QVERIFY(r.rules.score("engagement") == &r.rules.scores[0]);
    QVERIFY(r.rules.score("employees") == nullptr);
}

void TestRuleFile::inMemoryRoundTrip()
{
    RuleSet rules;
    rules.name = "Built in code";
    rules.fields = {{"employees", FieldType::Number}, {"industry", FieldType::Text}};
    Condition leaf;
    leaf.kind = Condition::Kind::Leaf;
    leaf.field = "employees";
    leaf.op = Op::Between;
    leaf.value = nlohmann::json::array({10, 2.5e3});
    Condition text;
    text.kind = Condition::Kind::Leaf;
    text.field = "industry";
    text.op = Op::In;
    text.value = nlohmann::json::array({"Software", "Retail"});
    text.ignoreCase = true;
    Condition group;
    group.kind = Condition::Kind::Any;
    group.children = {leaf, text};
    Segment s;
    s.id = "a";
    s.name = "A";
    s.when = group;
    s.holdout = 7.25;
    s.attributes = {{"z", "last"}, {"a", "first"}}; // file order is kept, not sorted
    Segment child;
    child.id = "b";
    child.name = "B";
    s.children = {child};
    s.hasMode = true;
    s.mode = ChildMode::Exclusive;
    rules.root.children = {s};
    rules.root.mode = ChildMode::Exclusive; // without hasMode: still written, or the meaning changes
    Score score;
    score.id = "sc";
    score.max = 1e20;
    ScoreRule r;
    r.per = "employees";
    r.points = 0.1;
    r.cap = 3;
    score.rules = {r};
    rules.scores = {score};

    const std::vector<RuleFileError> errors = validateRuleSet(rules);
    QVERIFY2(errors.empty(), errors.empty() ? "" : errors.front().message.c_str());
    const QByteArray text1 = serializeRuleFile(rules);
    QVERIFY(text1.endsWith("}\n"));
    QVERIFY(text1.contains("\"value\": [10, 2500.0]"));  // number kinds of values are kept
    QVERIFY(text1.contains("\"max\": 1e+20"));
    QVERIFY(text1.contains("\"points\": 0.1"));
    QVERIFY(text1.contains("\"cap\": 3,") || text1.contains("\"cap\": 3\n"));
    QVERIFY(text1.indexOf("\"z\"") < text1.indexOf("\"a\": \"first\""));
    const RuleFileResult back = parseRuleFile(text1);
    QVERIFY2(back.ok, qPrintable(errorList(back)));
    RuleSet expected = rules;
    expected.root.hasMode = true; // the one thing writing adds
    QVERIFY(back.rules == expected);
    QCOMPARE(serializeRuleFile(back.rules), text1);
}

void TestRuleFile::invalid_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("pointer");
    QTest::addColumn<QString>("message");
    QTest::addColumn<int>("count"); // expected number of errors; -1: at least one

    auto row = [](const char* name, const QByteArray& bytes, const char* pointer, const char* message, int count = 1) {
        QTest::newRow(name) << bytes << QString::fromUtf8(pointer) << QString::fromUtf8(message) << count;
    };
    const char* seg = "/segments/children/0/when";

    // JSON and the file's frame
    row("syntax error", utf8(R"({"format": "segment-designer/rules",})"), "", "invalid JSON at line 1, column 37");
    row("not an object", utf8("[]"), "", "a rule file is a JSON object; found an array");
    row("wrong format", withTop(R"("format": "csv", "fields": {}, "segments": {"children": []})").replace(R"("format": "segment-designer/rules", )", ""),
        "/format", "expected \"segment-designer/rules\", found \"csv\"");
    row("missing format", utf8(R"({"version": 1, "name": "t", "fields": {}, "segments": {}})"), "", "missing \"format\"");
    row("missing segments", withTop(R"("fields": {})"), "", "missing \"segments\"");
    row("version 2", utf8(R"({"format": "segment-designer/rules", "version": 2, "name": "t", "fields": {}, "segments": {}})"),
        "/version", "unsupported version 2; this program reads version 1");
    row("version as text", utf8(R"({"format": "segment-designer/rules", "version": "1", "name": "t", "fields": {}, "segments": {}})"),
        "/version", "expected a number, found \"1\"");
    row("name not text", utf8(R"({"format": "segment-designer/rules", "version": 1, "name": 5, "fields": {}, "segments": {}})"),
        "/name", "expected a string, found 5");
    row("unknown top-level key", withTop(R"("fields": {}, "segments": {}, "colour": "red")"), "/colour", "unknown key \"colour\"");
    row("duplicate key", withTop(R"("fields": {}, "segments": {}, "name": "again")"), "/name", "duplicate key \"name\"");
    row("pointer escaping", withSegments(R"([{"id": "s", "name": "S", "a/b~c": 1}])"),
        "/segments/children/0/a~1b~0c", "unknown key \"a/b~c\"");

    // Fields
    row("fields not an object (uses are not flagged again)",
        withTop(R"("fields": ["employees"], "segments": {"children": [{"id": "s", "name": "S", "when": {"field": "employees", "op": "is_empty"}}]})"),
        "/fields", "expected an object of field name → type, found an array");
    row("unknown field type (uses are not flagged again)",
        withTop(R"("fields": {"x": "numbr"}, "segments": {"children": [{"id": "s", "name": "S", "when": {"field": "x", "op": "is_empty"}}]})"),
        "/fields/x", "unknown field type \"numbr\" (expected \"text\", \"number\", \"date\", \"boolean\" or \"list\")");
    row("field names differing in case", withTop(R"("fields": {"Employees": "number", "employees": "text"}, "segments": {})"),
        "/fields/employees", "field \"employees\" differs from field \"Employees\" only in case");
    row("empty field name", withTop(R"("fields": {"": "text"}, "segments": {})"), "/fields/", "a field name must not be empty");

    // Conditions: structure
    row("unknown key in a leaf", withLeaf(R"({"field": "employees", "op": "is_empty", "valeu": 3})"),
        "/segments/children/0/when/valeu", "unknown key \"valeu\"");
    row("unknown operator", withLeaf(R"({"field": "employees", "op": "=>", "value": 3})"), "/segments/children/0/when/op",
        "unknown operator \"=>\"");
    row("operator not text", withLeaf(R"({"field": "employees", "op": 3, "value": 3})"), "/segments/children/0/when/op",
        "expected a string, found 3");
    row("missing op", withLeaf(R"({"field": "employees", "value": 3})"), seg, "missing \"op\"");
    row("missing field", withLeaf(R"({"op": "=", "value": 3})"), seg, "missing \"field\"");
    row("two group keys", withLeaf(R"({"all": [], "any": []})"), "/segments/children/0/when/any",
        "\"any\" cannot be combined with \"all\" in one condition");
    row("group and leaf keys", withLeaf(R"({"all": [], "field": "employees"})"), "/segments/children/0/when/field",
        "\"field\" cannot be combined with \"all\"");
    row("empty condition", withLeaf("{}"), seg, "a condition needs \"all\", \"any\", \"not\", \"segment\", or \"field\" and \"op\"");
    row("all not an array", withLeaf(R"({"all": {"field": "employees", "op": "is_empty"}})"), "/segments/children/0/when/all",
        "expected an array of conditions, found an object");
    row("condition not an object", withLeaf(R"("employees > 5")"), seg, "expected a condition (an object), found \"employees > 5\"");
    row("error deep in a group", withLeaf(R"({"all": [{"field": "employees", "op": "is_empty"}, {"not": {"any": [{"field": "employees", "op": "~"}]}}]})"),
        "/segments/children/0/when/all/1/not/any/0/op", "unknown operator \"~\"");
    row("null value", withLeaf(R"({"field": "employees", "op": "=", "value": null})"), "/segments/children/0/when/value",
        "a value must not be null");

    // Conditions: fields and values
    row("unknown field", withLeaf(R"({"field": "revenue", "op": ">", "value": 3})"), "/segments/children/0/when/field",
        "unknown field \"revenue\"");
    row("number field needs a number", withLeaf(R"({"field": "employees", "op": "<", "value": "100"})"),
        "/segments/children/0/when/value", "number field \"employees\" needs a number, found \"100\"");
    row("date field needs a valid date", withLeaf(R"({"field": "signup", "op": ">", "value": "2024-02-30"})"),
        "/segments/children/0/when/value", "date field \"signup\" needs a date as \"YYYY-MM-DD\", found \"2024-02-30\"");
    row("date field needs text", withLeaf(R"({"field": "signup", "op": "=", "value": 20240101})"),
        "/segments/children/0/when/value", "needs a date as \"YYYY-MM-DD\", found 20240101");
    row("boolean field needs true or false", withLeaf(R"({"field": "converted", "op": "=", "value": "yes"})"),
        "/segments/children/0/when/value", "boolean field \"converted\" needs true or false, found \"yes\"");
    row("text field needs text", withLeaf(R"({"field": "industry", "op": "=", "value": 5})"),
        "/segments/children/0/when/value", "text field \"industry\" needs a string, found 5");
    row("no order on booleans", withLeaf(R"({"field": "converted", "op": "<", "value": true})"),
        "/segments/children/0/when/op", "operator \"<\" does not apply to boolean field \"converted\"");
    row("between needs a pair", withLeaf(R"({"field": "employees", "op": "between", "value": [1]})"),
        "/segments/children/0/when/value", "operator \"between\" needs [low, high], found an array of 1 values");
    row("between reversed", withLeaf(R"({"field": "employees", "op": "between", "value": [10, 5]})"),
        "/segments/children/0/when/value", "needs low <= high, found 10 > 5");
    row("between dates reversed", withLeaf(R"({"field": "signup", "op": "between", "value": ["2024-05-01", "2024-04-30"]})"),
        "/segments/children/0/when/value", "needs low <= high");
    row("between element type", withLeaf(R"({"field": "employees", "op": "between", "value": [1, "x"]})"),
        "/segments/children/0/when/value/1", "needs a number, found \"x\"");
    row("in needs an array", withLeaf(R"({"field": "employees", "op": "in", "value": 5})"),
        "/segments/children/0/when/value", "operator \"in\" needs an array of values, found 5");
    row("not_in needs a value", withLeaf(R"({"field": "industry", "op": "not_in", "value": []})"),
        "/segments/children/0/when/value", "operator \"not_in\" needs at least one value");
    row("in element type", withLeaf(R"({"field": "employees", "op": "in", "value": [1, "2"]})"),
        "/segments/children/0/when/value/1", "needs a number, found \"2\"");
    row("within_last_days on a number", withLeaf(R"({"field": "employees", "op": "within_last_days", "value": 3})"),
        "/segments/children/0/when/op", "operator \"within_last_days\" does not apply to number field \"employees\"");
    row("within_last_days negative", withLeaf(R"({"field": "signup", "op": "not_within_last_days", "value": -1})"),
        "/segments/children/0/when/value", "needs a whole number of days from 0 to 1000000, found -1");
    row("within_last_days fraction", withLeaf(R"({"field": "signup", "op": "within_last_days", "value": 1.5})"),
        "/segments/children/0/when/value", "whole number of days");
    row("has_any on text", withLeaf(R"({"field": "industry", "op": "has_any", "value": ["a"]})"),
        "/segments/children/0/when/op", "operator \"has_any\" does not apply to text field \"industry\"");
    row("has_all needs an array", withLeaf(R"({"field": "tech", "op": "has_all", "value": "AWS"})"),
        "/segments/children/0/when/value", "operator \"has_all\" needs an array of values");
    row("has_none items are text", withLeaf(R"({"field": "tech", "op": "has_none", "value": ["AWS", 3]})"),
        "/segments/children/0/when/value/1", "list items are text: expected a string, found 3");
    row("contains needs text", withLeaf(R"({"field": "employees", "op": "contains", "value": 100})"),
        "/segments/children/0/when/value", "operator \"contains\" needs a text value, found 100");
    row("invalid regex", withLeaf(R"({"field": "industry", "op": "matches", "value": "(soft"})"),
        "/segments/children/0/when/value", "invalid regular expression: missing closing parenthesis at character 5");
    row("is_empty takes no value", withLeaf(R"({"field": "industry", "op": "is_empty", "value": ""})"),
        "/segments/children/0/when/value", "operator \"is_empty\" takes no value");
    row("ignore_case on an order", withLeaf(R"({"field": "industry", "op": "<", "value": "m", "ignore_case": true})"),
        "/segments/children/0/when/ignore_case", "ignore_case does not apply to operator \"<\"");
    row("ignore_case on a number", withLeaf(R"({"field": "employees", "op": "=", "value": 5, "ignore_case": true})"),
        "/segments/children/0/when/ignore_case", "ignore_case applies to text and list fields only");
    row("ignore_case not a boolean", withLeaf(R"({"field": "industry", "op": "=", "value": "x", "ignore_case": "yes"})"),
        "/segments/children/0/when/ignore_case", "expected true or false, found \"yes\"");

    // Segments
    row("segments not an object", withTop(R"("fields": {}, "segments": [])"), "/segments",
        "expected an object with \"mode\" and \"children\", found an array");
    row("children not an array", withSegments(R"({"id": "s"})"), "/segments/children", "expected an array of segments, found an object");
    row("root with an id", withTop(R"("fields": {}, "segments": {"id": "root", "children": []})"), "/segments/id",
        "\"id\" is not allowed at the root of the tree");
    row("missing id", withSegments(R"([{"name": "S"}])"), "/segments/children/0", "missing \"id\"");
    row("missing name", withSegments(R"([{"id": "s"}])"), "/segments/children/0", "missing \"name\"");
    row("empty name", withSegments(R"([{"id": "s", "name": ""}])"), "/segments/children/0/name", "a segment's name must not be empty");
    row("id pattern", withSegments(R"([{"id": "Big Co", "name": "S"}])"), "/segments/children/0/id",
        "segment id \"Big Co\" may use only a-z, 0-9, \"_\" and \"-\"");
    row("duplicate segment id", withSegments(R"([{"id": "a", "name": "A", "children": [{"id": "a", "name": "A2"}]}])"),
        "/segments/children/0/children/0/id", "duplicate segment id \"a\" (first used at /segments/children/0)");
    row("unknown mode", withSegments(R"([{"id": "s", "name": "S", "mode": "exclusiv"}])"), "/segments/children/0/mode",
        "unknown mode \"exclusiv\" (expected \"overlapping\" or \"exclusive\")");
    row("holdout 50", withSegments(R"([{"id": "s", "name": "S", "holdout": 50}])"), "/segments/children/0/holdout",
        "holdout must be more than 0 and less than 50 (percent), found 50");
    row("holdout 0", withSegments(R"([{"id": "s", "name": "S", "holdout": 0}])"), "/segments/children/0/holdout", "found 0");
    row("holdout as text", withSegments(R"([{"id": "s", "name": "S", "holdout": "10%"}])"), "/segments/children/0/holdout",
        "expected a number, found \"10%\"");
    row("attribute not text", withSegments(R"([{"id": "s", "name": "S", "attributes": {"owner": 7}}])"),
        "/segments/children/0/attributes/owner", "expected a string (attribute values are text), found 7");

    // Segment references
    row("unknown segment", withLeaf(R"({"segment": "nope"})"), "/segments/children/0/when/segment", "unknown segment \"nope\"");
    row("segment ref not text", withLeaf(R"({"segment": 3})"), "/segments/children/0/when/segment", "expected a string, found 3");
    row("refers to itself", withSegments(R"([{"id": "a", "name": "A", "when": {"segment": "a"}}])"),
        "/segments/children/0/when/segment", "cycle in segment references: a → a");
    row("refers to its descendant",
        withSegments(R"([{"id": "a", "name": "A", "when": {"not": {"segment": "c"}}, "children": [{"id": "b", "name": "B", "children": [{"id": "c", "name": "C"}]}]}])"),
        "/segments/children/0/when/not/segment", "cycle in segment references: a → c → b → a");
    row("refers to its ancestor",
        withSegments(R"([{"id": "a", "name": "A", "children": [{"id": "b", "name": "B", "when": {"segment": "a"}}]}])"),
        "/segments/children/0/children/0/when/segment", "segment \"b\" refers to its own ancestor \"a\"");
    row("mutual references",
        withSegments(R"([{"id": "a", "name": "A", "when": {"segment": "b"}}, {"id": "b", "name": "B", "when": {"all": [{"segment": "a"}]}}])", "[]", "overlapping"),
        "/segments/children/0/when/segment", "cycle in segment references: a → b → a");
    row("earlier exclusive sibling refers to a later one",
        withSegments(R"([{"id": "a", "name": "A", "when": {"segment": "b"}}, {"id": "b", "name": "B"}])"),
        "/segments/children/0/when/segment", "cycle in segment references: a → b → a");
    row("outcome refers to a segment", withTop(R"("fields": {}, "outcome": {"segment": "a"}, "segments": {"children": [{"id": "a", "name": "A"}]})"),
        "/outcome/segment", "the outcome cannot refer to a segment");

    // Scores
    row("score not an object", withScores("[5]"), "/scores/0", "expected a score (an object), found 5");
    row("duplicate score id", withScores(R"([{"id": "s1", "rules": []}, {"id": "s1", "rules": []}])"), "/scores/1/id",
        "duplicate score id \"s1\"");
    row("score id is a field", withScores(R"([{"id": "opens", "rules": []}])"), "/scores/0/id",
        "score id \"opens\" is also the name of a field");
    row("score id pattern", withScores(R"([{"id": "Engagement", "rules": []}])"), "/scores/0/id", "may use only a-z");
    row("missing rules", withScores(R"([{"id": "s1"}])"), "/scores/0", "missing \"rules\"");
    row("unknown key in a score", withScores(R"([{"id": "s1", "rules": [], "weight": 2}])"), "/scores/0/weight",
        "unknown key \"weight\"");
    row("min above max", withScores(R"([{"id": "s1", "min": 100, "max": 0, "rules": []}])"), "/scores/0/max",
        "max (0) is less than min (100)");
    row("rule missing points", withScores(R"([{"id": "s1", "rules": [{"per": "opens"}]}])"), "/scores/0/rules/0",
        "missing \"points\"");
    row("cap with negative points", withScores(R"([{"id": "s1", "rules": [{"per": "opens", "points": -1, "cap": 5}]}])"),
        "/scores/0/rules/0/cap", "a cap is not allowed with negative points");
    row("negative cap", withScores(R"([{"id": "s1", "rules": [{"per": "opens", "points": 1, "cap": -5}]}])"),
        "/scores/0/rules/0/cap", "cap must not be negative");
    row("per on a text field", withScores(R"([{"id": "s1", "rules": [{"per": "industry", "points": 1}]}])"),
        "/scores/0/rules/0/per", "\"per\" needs a number field or a score; \"industry\" is a text field");
    row("per unknown", withScores(R"([{"id": "s1", "rules": [{"per": "visits", "points": 1}]}])"), "/scores/0/rules/0/per",
        "unknown field \"visits\"");
    row("per empty", withScores(R"([{"id": "s1", "rules": [{"per": "", "points": 1}]}])"), "/scores/0/rules/0/per",
        "\"per\" must name a number field or a score");
    row("score uses itself", withScores(R"([{"id": "s1", "rules": [{"per": "s1", "points": 1}]}])"), "/scores/0/rules/0/per",
        "score \"s1\" cannot use itself");
    row("score uses a later score",
        withScores(R"([{"id": "s1", "rules": [{"when": {"field": "s2", "op": ">", "value": 1}, "points": 1}]}, {"id": "s2", "rules": []}])"),
        "/scores/0/rules/0/when/field", "score \"s2\" is defined after score \"s1\"; a score may use only scores defined before it");
    row("score refers to a segment", withScores(R"([{"id": "s1", "rules": [{"when": {"segment": "x"}, "points": 1}]}])"),
        "/scores/0/rules/0/when/segment", "a score cannot refer to a segment");
    row("score value type", withScores(R"([{"id": "s1", "rules": [{"when": {"field": "opens", "op": ">", "value": "5"}, "points": 1}]}])"),
        "/scores/0/rules/0/when/value", "number field \"opens\" needs a number, found \"5\"");
    row("leaf on a score needs a number", withLeaf(R"({"field": "missing_score", "op": ">", "value": 1})"),
        "/segments/children/0/when/field", "unknown field \"missing_score\"");
}

void TestRuleFile::invalid()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, pointer);
    QFETCH(QString, message);
    QFETCH(int, count);
    const RuleFileResult r = parseRuleFile(bytes);
    QVERIFY(!r.ok);
    QVERIFY2(!r.errors.empty(), "no errors");
    bool found = false;
    for (const RuleFileError& e : r.errors)
        found = found || (QString::fromStdString(e.pointer) == pointer && QString::fromStdString(e.message).contains(message));
    QVERIFY2(found, qPrintable(QStringLiteral("expected %1: …%2…\ngot:\n%3").arg(pointer, message, errorList(r))));
    if (count >= 0)
        QVERIFY2(int(r.errors.size()) == count, qPrintable(QStringLiteral("expected %1 error(s), got:\n%2").arg(count).arg(errorList(r))));
}

void TestRuleFile::allErrorsInDocumentOrder()
{
    // Structural and semantic errors from all over one file, each reported, sorted by position.
    const QByteArray bytes = R"({
  "format": "segment-designer/rules", "version": 1, "name": "t",
  "fields": {"employees": "number", "x": "numbr"},
  "outcome": {"field": "converted", "op": "=", "value": true},
  "scores": [{"id": "s", "min": 5, "max": 1, "rules": [{"points": -1, "cap": 2}]}],
  "segments": {"mode": "exclusive", "children": [
    {"id": "a", "name": "A", "when": {"field": "employees", "op": "=>", "value": 1}, "holdout": 60},
    {"id": "a", "name": "", "when": {"all": [{"field": "employees", "op": ">", "value": "1"}, {"segment": "zzz"}]}}
  ]},
  "extra": 1
})";
    const RuleFileResult r = parseRuleFile(bytes);
    QVERIFY(!r.ok);
    const QStringList expected = {
        QStringLiteral("/fields/x: unknown field type"),
        QStringLiteral("/outcome/field: unknown field \"converted\""),
        QStringLiteral("/scores/0/max: max (1) is less than min (5)"),
        QStringLiteral("/scores/0/rules/0/cap: a cap is not allowed with negative points"),
        QStringLiteral("/segments/children/0/when/op: unknown operator \"=>\""),
        QStringLiteral("/segments/children/0/holdout: holdout must be more than 0"),
        QStringLiteral("/segments/children/1/id: duplicate segment id \"a\""),
        QStringLiteral("/segments/children/1/name: a segment's name must not be empty"),
        QStringLiteral("/segments/children/1/when/all/0/value: number field \"employees\" needs a number"),
        QStringLiteral("/segments/children/1/when/all/1/segment: unknown segment \"zzz\""),
        QStringLiteral("/extra: unknown key \"extra\""),
    };
    QCOMPARE(int(r.errors.size()), expected.size());
    for (int i = 0; i < expected.size(); ++i)
        QVERIFY2(formatRuleFileError(r.errors[size_t(i)]).startsWith(expected[i]),
                 qPrintable(QStringLiteral("#%1: expected %2\ngot:\n%3").arg(i).arg(expected[i], errorList(r))));
}

void TestRuleFile::hostile_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<QString>("pointer");
    QTest::addColumn<QString>("message");
    QTest::addColumn<qint64>("maxBytes");
    QTest::addColumn<int>("budgetMs"); // CPU time; most rows take about 1 ms

    constexpr int kDeep = 100000;
    constexpr int kBig = 5000; // 50 MB through nlohmann's lexer alone is about 1 s on a slow machine
    auto row = [](const char* name, const QByteArray& bytes, bool ok, const QString& pointer, const char* message,
                  qint64 maxBytes = RuleFileLimits{}.maxBytes, int budgetMs = 1000) {
        QTest::newRow(name) << bytes << ok << pointer << QString::fromUtf8(message) << maxBytes << budgetMs;
    };
    const QString deepPointer = [] {
        QString p;
        for (int i = 0; i < 2 * 200 + 20; ++i)
            p += QStringLiteral("/0");
        return p;
    }();
    row("100,000 nested arrays", QByteArray(kDeep, '[') + QByteArray(kDeep, ']'), false, deepPointer,
        "the JSON is nested deeper than 420 levels");
    {
        QByteArray b;
        for (int i = 0; i < kDeep; ++i)
            b += "{\"a\":";
        b += "1" + QByteArray(kDeep, '}');
        QString p;
        for (int i = 0; i < 420; ++i)
            p += QStringLiteral("/a");
        row("100,000 nested objects", b, false, p, "nested deeper than 420 levels");
    }
    {
        // The brackets of a deep condition inside an otherwise valid file, never closed.
        QByteArray cond;
        for (int i = 0; i < kDeep; ++i)
            cond += "{\"not\": ";
        // Frames: the file, "segments", "children", the segment, then 416 conditions.
        QString p = QStringLiteral("/segments/children/0/when");
        for (int i = 0; i < 420 - 4; ++i)
            p += QStringLiteral("/not");
        row("100,000 nested conditions, unterminated", withLeaf(cond.constData()), false, p, "nested deeper than 420 levels");
    }
    {
        // Within the JSON limit, beyond the condition limit: reported at the 201st level.
        QByteArray cond;
        for (int i = 0; i < 300; ++i)
            cond += "{\"not\": ";
        cond += R"({"field": "employees", "op": "is_empty"})" + QByteArray(300, '}');
        QString p = QStringLiteral("/segments/children/0/when");
        for (int i = 0; i < 200; ++i)
            p += QStringLiteral("/not");
        row("300 nested nots", withLeaf(cond.constData()), false, p, "conditions are nested deeper than 200 levels");
    }
    {
        // 150 nested segments are fine (each level is two levels of JSON).
        QByteArray segs = R"({"id": "s149", "name": "S", "mode": "exclusive"})";
        for (int i = 148; i >= 0; --i)
            segs = "{\"id\": \"s" + QByteArray::number(i) + "\", \"name\": \"S\", \"children\": [" + segs + "]}";
        row("150 nested segments", withSegments(("[" + segs + "]").constData()), true, QString(), "");
    }
    {
        // A 50 MB name of a field a leaf uses: an error whose message stays short.
        const QByteArray name(50 << 20, 'x');
        row("50 MB string", withLeaf((R"({"field": ")" + name + R"(", "op": "is_empty"})").constData()), false,
            QStringLiteral("/segments/children/0/when/field"), "unknown field \"xxxxxxxx", RuleFileLimits{}.maxBytes, kBig);
    }
    {
        // A 50 MB "fields" object (about 2.4 million fields), the last of them broken.
        QByteArray fields;
        fields.reserve(51 << 20);
        int i = 0;
        while (fields.size() < (50 << 20))
            fields += "\"f" + QByteArray::number(i++).rightJustified(8, '0') + "\": \"number\", ";
        fields += R"("last": "numbr")";
        row("50 MB fields object", withTop(("\"fields\": {" + fields + "}, \"segments\": {}").constData()), false,
            QStringLiteral("/fields/last"), "unknown field type \"numbr\"", RuleFileLimits{}.maxBytes, kBig);
    }
    {
        QByteArray zeros = "[0";
        zeros.reserve(50 << 20);
        while (zeros.size() < (50 << 20))
            zeros += ",0,0,0,0,0,0,0,0";
        zeros += "]";
        row("25 million values", zeros, false, QStringLiteral("/3999999"), "the file has more than 4000000 values",
            RuleFileLimits{}.maxBytes, kBig);
    }
    row("file over the byte limit", QByteArray(2 << 20, ' '), false, QString(), "more than the limit of 1048576 bytes", 1 << 20);
    row("1e999", withLeaf(R"({"field": "employees", "op": ">", "value": 1e999})"), false,
        QStringLiteral("/segments/children/0/when/value"), "number out of range: 1e999");
    row("-1e999 in a score", withScores(R"([{"id": "s", "rules": [{"points": -1e999}]}])"), false,
        QStringLiteral("/scores/0/rules/0/points"), "number out of range: -1e999");
    row("huge integer is a double", withLeaf(R"({"field": "employees", "op": "<", "value": 123456789012345678901234567890})"),
        true, QString(), "");
    row("NaN literal", withLeaf(R"({"field": "employees", "op": ">", "value": NaN})"), false,
        QStringLiteral("/segments/children/0/when/value"), "invalid JSON at line");
    row("Infinity literal", withLeaf(R"({"field": "employees", "op": ">", "value": Infinity})"), false,
        QStringLiteral("/segments/children/0/when/value"), "invalid JSON at line");
    row("invalid UTF-8 in a string", withTop("\"fields\": {}, \"segments\": {}, \"x\": \"caf\xe9\""), false,
        QStringLiteral("/x"), "ill-formed UTF-8 byte");
    row("invalid UTF-8 outside strings", QByteArray("{\xff}"), false, QString(), "invalid JSON at line 1, column 2");
    row("overlong UTF-8", withTop("\"fields\": {}, \"segments\": {}, \"x\": \"\xc0\xaf\""), false, QStringLiteral("/x"),
        "ill-formed UTF-8 byte");
    row("lone surrogate escape", withTop(R"("fields": {}, "segments": {}, "x": "\ud800")"), false, QStringLiteral("/x"),
        "surrogate");
    row("NUL byte", QByteArray("{\"format\"\0: 1}", 14), false, QStringLiteral("/format"), "invalid JSON");
    row("empty file", QByteArray(), false, QString(), "invalid JSON at line 1");
    row("trailing garbage", withTop(R"("fields": {}, "segments": {})") + "}", false, QString(), "invalid JSON");
    row("UTF-8 BOM is fine", "\xef\xbb\xbf" + withTop(R"("fields": {}, "segments": {})"), true, QString(), "");
}

void TestRuleFile::hostile()
{
    QFETCH(QByteArray, bytes);
    QFETCH(bool, ok);
    QFETCH(QString, pointer);
    QFETCH(QString, message);
    QFETCH(qint64, maxBytes);
    QFETCH(int, budgetMs);
    RuleFileLimits limits;
    limits.maxBytes = maxBytes;
    // CPU time, not wall time: test machines are shared, and a loaded one stretches wall time
    // by several times without saying anything about the parser.
    QElapsedTimer wall;
    wall.start();
    const std::clock_t cpu0 = std::clock();
    const RuleFileResult r = parseRuleFile(bytes, limits);
    const double cpuMs = double(std::clock() - cpu0) * 1000.0 / CLOCKS_PER_SEC;
    // A hang guard, not a speed test (benchmarks measure speed): ten times the usual cost, so
    // that only a runaway (exponential regex, quadratic nesting) trips it.
    const int guardMs = budgetMs * kSlowdown * 10;
    QVERIFY2(cpuMs < guardMs,
             qPrintable(QStringLiteral("took %1 ms of CPU (%2 ms wall), guard %3 ms").arg(cpuMs).arg(wall.elapsed()).arg(guardMs)));
    QCOMPARE(r.ok, ok);
    if (ok) {
        QVERIFY2(r.errors.empty(), qPrintable(errorList(r)));
        return;
    }
    QCOMPARE(int(r.errors.size()), 1);
    const RuleFileError& e = r.errors.front();
    QCOMPARE(QString::fromStdString(e.pointer), pointer);
    QVERIFY2(QString::fromStdString(e.message).contains(message), e.message.c_str());
    // Messages are printed as JSON by the CLI: valid UTF-8 and of a readable size.
    QCOMPARE(QString::fromUtf8(e.message.c_str()).toStdString(), e.message);
    QVERIFY(e.message.size() < 400);
}

void TestRuleFile::catastrophicRegexCompiles()
{
    // Compiling is all the validator does; bounding the match is the engine's job.
    const RuleFileResult r = parseRuleFile(withLeaf(R"({"field": "industry", "op": "matches", "value": "(a+)+$"})"));
    QVERIFY2(r.ok, qPrintable(errorList(r)));
    QCOMPARE(r.rules.root.children[0].when->value.get<std::string>(), std::string("(a+)+$"));
}

void TestRuleFile::validateInMemory()
{
    // A rule set built in code (the GUI's) can break rules the file format cannot express.
    RuleSet rules;
    rules.fields = {{"n", FieldType::Number}};
    Condition empty;
    empty.kind = Condition::Kind::Not; // no child
    rules.root.when = empty;
    Segment s;
    s.id = "s";
    s.name = "S";
    s.when = empty;
    rules.root.children = {s};
    Score sc;
    sc.id = "sc";
    ScoreRule r;
    r.points = INFINITY;
    sc.rules = {r};
    rules.scores = {sc};
    const std::vector<RuleFileError> errors = validateRuleSet(rules);
    QStringList got;
    for (const RuleFileError& e : errors)
        got << formatRuleFileError(e);
    const QStringList expected = {
        QStringLiteral("/scores/0/rules/0/points: points must be a finite number"),
        QStringLiteral("/segments: the root of the tree cannot have a condition"),
        QStringLiteral("/segments/children/0/when/not: \"not\" needs exactly one condition"),
    };
    QCOMPARE(got, expected);
}

void TestRuleFile::formatError()
{
    QCOMPARE(formatRuleFileError({"", "missing \"format\""}), QStringLiteral("/: missing \"format\""));
    QCOMPARE(formatRuleFileError({"/segments/children/0/when/op", "unknown operator \"=>\""}),
             QStringLiteral("/segments/children/0/when/op: unknown operator \"=>\""));
}

void TestRuleFile::schema()
{
    const QByteArray bytes = readFile(schemaPath());
    QVERIFY2(!bytes.isEmpty(), qPrintable(schemaPath()));
    const nlohmann::json schema = nlohmann::json::parse(bytes.constData(), bytes.constData() + bytes.size(), nullptr, false);
    QVERIFY2(!schema.is_discarded(), "the schema is not valid JSON");
    QCOMPARE(schema.value("$schema", std::string()), std::string("https://json-schema.org/draft/2020-12/schema"));
    // The schema's operator list is the format's.
    std::vector<std::string> ops;
    for (int i = 0; i <= int(Op::HasNone); ++i)
        ops.push_back(opName(static_cast<Op>(i)));
    const nlohmann::json* enumOps = nullptr;
    std::function<void(const nlohmann::json&)> find = [&](const nlohmann::json& j) {
        if (j.is_object()) {
            if (j.contains("enum") && j["enum"].is_array() && j["enum"].size() == ops.size() && j["enum"][0] == "=")
                enumOps = &j["enum"];
            for (const auto& [k, v] : j.items())
                find(v);
        } else if (j.is_array()) {
            for (const auto& v : j)
                find(v);
        }
    };
    find(schema);
    QVERIFY2(enumOps, "no operator enum in the schema");
    QCOMPARE(enumOps->get<std::vector<std::string>>(), ops);
}

QTEST_GUILESS_MAIN(TestRuleFile)
#include "tst_rulefile.moc"
