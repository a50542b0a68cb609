// The rule engine against DESIGN.md: operator truth tables per field type (two-valued logic, empty
// cells, ignore_case, code-point order), groups, segment trees (waterfall, remainders, references),
// scores, holdouts, incremental re-evaluation, funnel and explain, statistics and tag helpers.
// Rule sets are built here from JSON by a small converter of the test's own, so that the engine is
// checked independently of the rule-file parser.
#include "columntable.h"
#include "evaluator.h"
#include "rulefile.h"
#include "rules.h"
#include "segmentstats.h"
#include "tagwriter.h"
#include "valueparsing.h"

#include <QtTest>

#include <nlohmann/json.hpp>

#include <cmath>
#include <cstdio>
#include <functional>
#include <map>
#include <set>

using namespace sd;
using nlohmann::json;

namespace {

const std::map<std::string, Op>& operatorNames()
{
    // Spelled as in DESIGN.md, not taken from the engine, so a renamed operator is caught.
    static const std::map<std::string, Op> ops = {
        {"=", Op::Eq}, {"!=", Op::Ne}, {"<", Op::Lt}, {"<=", Op::Le}, {">", Op::Gt}, {">=", Op::Ge},
        {"between", Op::Between}, {"in", Op::In}, {"not_in", Op::NotIn}, {"contains", Op::Contains},
        {"not_contains", Op::NotContains}, {"starts_with", Op::StartsWith}, {"ends_with", Op::EndsWith},
        {"matches", Op::Matches}, {"is_empty", Op::IsEmpty}, {"is_not_empty", Op::IsNotEmpty},
        {"within_last_days", Op::WithinLastDays}, {"not_within_last_days", Op::NotWithinLastDays},
        {"has_any", Op::HasAny}, {"has_all", Op::HasAll}, {"has_none", Op::HasNone}};
    return ops;
}

// Positive operator → its negative twin (and back).
QString twinOf(const QString& op)
{
    static const QMap<QString, QString> twins = {
        {QStringLiteral("="), QStringLiteral("!=")}, {QStringLiteral("in"), QStringLiteral("not_in")},
        {QStringLiteral("contains"), QStringLiteral("not_contains")},
        {QStringLiteral("within_last_days"), QStringLiteral("not_within_last_days")},
        {QStringLiteral("has_any"), QStringLiteral("has_none")},
        {QStringLiteral("is_empty"), QStringLiteral("is_not_empty")}};
    for (auto it = twins.begin(); it != twins.end(); ++it) {
        if (it.key() == op)
            return it.value();
        if (it.value() == op)
            return it.key();
    }
    return {};
}

Condition cond(const json& j)
{
    Condition c;
    if (j.contains("all") || j.contains("any")) {
        c.kind = j.contains("all") ? Condition::Kind::All : Condition::Kind::Any;
        for (const json& ch : j.contains("all") ? j["all"] : j["any"])
            c.children.push_back(cond(ch));
    } else if (j.contains("not")) {
        c.kind = Condition::Kind::Not;
        c.children.push_back(cond(j["not"]));
    } else if (j.contains("segment")) {
        c.kind = Condition::Kind::SegmentRef;
        c.segment = j["segment"].get<std::string>();
    } else {
        c.kind = Condition::Kind::Leaf;
        c.field = j.at("field").get<std::string>();
        c.op = operatorNames().at(j.at("op").get<std::string>());
        if (j.contains("value"))
            c.value = j["value"];
        c.ignoreCase = j.value("ignore_case", false);
    }
    return c;
}

Segment segment(const json& j)
{
    Segment s;
    s.id = j.value("id", std::string());
    s.name = j.value("name", s.id);
    if (j.contains("when"))
        s.when = cond(j["when"]);
    if (j.contains("mode")) {
        s.hasMode = true;
        s.mode = j["mode"] == "exclusive" ? ChildMode::Exclusive : ChildMode::Overlapping;
    }
    if (j.contains("attributes"))
        for (const auto& [k, v] : j["attributes"].items())
            s.attributes.emplace_back(k, v.get<std::string>());
    if (j.contains("holdout"))
        s.holdout = j["holdout"].get<double>();
    if (j.contains("children"))
        for (const json& ch : j["children"])
            s.children.push_back(segment(ch));
    return s;
}

Score score(const json& j)
{
    Score s;
    s.id = j.at("id").get<std::string>();
    s.label = j.value("label", s.id);
    if (j.contains("min"))
        s.min = j["min"].get<double>();
    if (j.contains("max"))
        s.max = j["max"].get<double>();
    for (const json& r : j.at("rules")) {
        ScoreRule rule;
        if (r.contains("when"))
            rule.when = cond(r["when"]);
        rule.per = r.value("per", std::string());
        rule.points = r.at("points").get<double>();
        if (r.contains("cap"))
            rule.cap = r["cap"].get<double>();
        s.rules.push_back(rule);
    }
    return s;
}

// {"outcome": C, "scores": [...], "segments": {...}}; every part optional.
RuleSet ruleSet(const json& j)
{
    RuleSet r;
    r.name = "test";
    if (j.contains("outcome"))
        r.outcome = cond(j["outcome"]);
    if (j.contains("scores"))
        for (const json& s : j["scores"])
            r.scores.push_back(score(s));
    if (j.contains("segments"))
        r.root = segment(j["segments"]);
    return r;
}

RuleSet ruleSet(const QString& text)
{
    return ruleSet(json::parse(text.toStdString()));
}

QString bits(const Bitmap& b)
{
    QString s;
    for (size_t i = 0; i < b.size(); ++i)
        s += b.test(i) ? QLatin1Char('1') : QLatin1Char('0');
    return s;
}

QString qs(const std::string& s)
{
    return QString::fromStdString(s);
}

FieldType typeNamed(const QString& name)
{
    auto t = fieldTypeFromName(name);
    return t ? *t : FieldType::Text;
}

int64_t day(int y, int m, int d)
{
    return daysFromCivil(Ymd{y, m, d});
}

const int64_t kAsOf = day(2026, 11, 1);

ColumnTable oneColumn(FieldType type, const QStringList& cells)
{
    std::vector<std::vector<std::string>> rows;
    for (const QString& c : cells)
        rows.push_back({c.toStdString()});
    return ColumnTable::fromText({{"f", type}}, rows);
}

// Eight leads used by the tree, score-in-tree, funnel, explain, stats and tag tests.
//        key  x    t        won     seen
// row 0  L1   1    red      true    2026-10-31
// row 1  L2   2    blue     false   2026-09-01
// row 2  L3   3    red      true    (empty)
// row 3  L4   4    (empty)  true    2026-10-20
// row 4  L5   5    green    false   2026-11-01
// row 5  L6   (e)  red      (empty) 2026-10-25
// row 6  L7   7    blue     true    2025-05-05
// row 7  L8   8    green    false   2026-10-02
ColumnTable treeTable()
{
    return ColumnTable::fromText(
        {{"key", FieldType::Text}, {"x", FieldType::Number}, {"t", FieldType::Text}, {"won", FieldType::Boolean},
         {"seen", FieldType::Date}},
        {{"L1", "1", "red", "true", "2026-10-31"},
         {"L2", "2", "blue", "false", "2026-09-01"},
         {"L3", "3", "red", "true", ""},
         {"L4", "4", "", "true", "2026-10-20"},
         {"L5", "5", "green", "false", "2026-11-01"},
         {"L6", "", "red", "", "2026-10-25"},
         {"L7", "7", "blue", "true", "2025-05-05"},
         {"L8", "8", "green", "false", "2026-10-02"}},
        "key");
}

// Five leads for the score tests.
ColumnTable scoreTable()
{
    return ColumnTable::fromText({{"opens", FieldType::Number}, {"visits", FieldType::Number}, {"vip", FieldType::Boolean}},
                                 {{"5", "0", "true"}, {"30", "2", "false"}, {"", "1", ""}, {"-4", "", "true"}, {"12.5", "3", "false"}});
}

bool sameResult(const std::vector<SegmentMembers>& a, const std::vector<SegmentMembers>& b, QString* why)
{
    if (a.size() != b.size()) {
        *why = QStringLiteral("segment count %1 vs %2").arg(a.size()).arg(b.size());
        return false;
    }
    for (size_t i = 0; i < a.size(); ++i) {
        if (a[i].id != b[i].id || a[i].path != b[i].path || a[i].parent != b[i].parent || a[i].remainder != b[i].remainder) {
            *why = QStringLiteral("segment %1: %2 vs %3").arg(i).arg(qs(a[i].path), qs(b[i].path));
            return false;
        }
        if (!(a[i].members == b[i].members)) {
            *why = QStringLiteral("%1: members %2 vs %3").arg(qs(a[i].path), bits(a[i].members), bits(b[i].members));
            return false;
        }
        if (a[i].holdout.has_value() != b[i].holdout.has_value() || (a[i].holdout && !(*a[i].holdout == *b[i].holdout))) {
            *why = QStringLiteral("%1: holdout differs").arg(qs(a[i].path));
            return false;
        }
    }
    return true;
}

// Hand formulas, written out here rather than taken from the engine.
// The two-sided 95% normal quantile, solved from erfc(z / sqrt 2) = 0.05 by bisection. It rounds to
// the 1.959964 quoted in segmentstats.h; the rounded constant itself would be off by up to 3e-9 in
// the interval bounds at n = 10, more than the 1e-9 the bounds are checked to.
double z95()
{
    double lo = 1.9, hi = 2.0;
    for (int i = 0; i < 200; ++i) {
        const double mid = (lo + hi) / 2;
        (std::erfc(mid / std::sqrt(2.0)) > 0.05 ? lo : hi) = mid;
    }
    return (lo + hi) / 2;
}

void wilsonByHand(double k, double n, double* lo, double* hi)
{
    const double z = z95();
    const double p = k / n;
    const double centre = (p + z * z / (2 * n)) / (1 + z * z / n);
    const double half = (z / (1 + z * z / n)) * std::sqrt(p * (1 - p) / n + z * z / (4 * n * n));
    *lo = std::max(0.0, centre - half);
    *hi = std::min(1.0, centre + half);
}

double pValueByHand(double k1, double n1, double k2, double n2)
{
    const double p1 = k1 / n1, p2 = k2 / n2, p = (k1 + k2) / (n1 + n2);
    const double z = (p1 - p2) / std::sqrt(p * (1 - p) * (1 / n1 + 1 / n2));
    // Two-sided: 2 * (1 - Phi(|z|)) = erfc(|z| / sqrt 2).
    return std::erfc(std::fabs(z) / std::sqrt(2.0));
}

} // namespace

class TestEvaluator : public QObject
{
    Q_OBJECT

private slots:
    void operatorNamesMatchDesign();
    void truthTable_data();
    void truthTable();
    void conditionErrors_data();
    void conditionErrors();
    void groups_data();
    void groups();
    void trees_data();
    void trees();
    void treeNames();
    void treeErrors_data();
    void treeErrors();
    void scores_data();
    void scores();
    void scoreInSegmentCondition();
    void holdoutDeterministic();
    void holdoutShare_data();
    void holdoutShare();
    void holdoutSubsetOfMembers();
    void incremental_data();
    void incremental();
    void incrementalAsOf();
    void incrementalScoreReadsSegment();
    void funnel_data();
    void funnel();
    void explain_data();
    void explain();
    void wilson_data();
    void wilson();
    void twoProportion_data();
    void twoProportion();
    void segmentStats();
    void segmentStatsHoldout();
    void terminalSegments_data();
    void terminalSegments();
    void neutraliseFormula_data();
    void neutraliseFormula();
};

void TestEvaluator::operatorNamesMatchDesign()
{
    for (const auto& [name, op] : operatorNames()) {
        QCOMPARE(qs(opName(op)), qs(name));
        const auto back = opFromName(name);
        QVERIFY2(back.has_value(), name.c_str());
        QCOMPARE(int(*back), int(op));
    }
    QVERIFY(!opFromName("=>").has_value());
}

void TestEvaluator::truthTable_data()
{
    QTest::addColumn<QString>("type");
    QTest::addColumn<QStringList>("cells");
    QTest::addColumn<QString>("op");
    QTest::addColumn<QString>("value");
    QTest::addColumn<bool>("ignoreCase");
    QTest::addColumn<QString>("expected");

    auto row = [](const char* tag, const char* type, const QStringList& cells, const char* op, const char* value,
                  bool ic, const char* expected) {
        QTest::newRow(tag) << QString::fromLatin1(type) << cells << QString::fromUtf8(op) << QString::fromUtf8(value)
                           << ic << QString::fromLatin1(expected);
    };

    // Text: exact, case-sensitive, ordered by code point.
    const QStringList text = {QStringLiteral("apple"), QStringLiteral("Banana"), QString(), QStringLiteral("cherry"),
                              QStringLiteral("apple pie")};
    row("text =", "text", text, "=", "\"apple\"", false, "10000");
    row("text = is case-sensitive", "text", text, "=", "\"Apple\"", false, "00000");
    row("text !=", "text", text, "!=", "\"apple\"", false, "01111");
    row("text = ignore_case", "text", text, "=", "\"APPLE\"", true, "10000");
    row("text <", "text", text, "<", "\"b\"", false, "11001");
    row("text <=", "text", text, "<=", "\"apple\"", false, "11000");
    row("text >", "text", text, ">", "\"apple\"", false, "00011");
    row("text >=", "text", text, ">=", "\"apple\"", false, "10011");
    row("text between inclusive", "text", text, "between", "[\"Banana\", \"apple\"]", false, "11000");
    row("text in", "text", text, "in", "[\"apple\", \"cherry\", \"zzz\"]", false, "10010");
    row("text not_in", "text", text, "not_in", "[\"apple\", \"cherry\", \"zzz\"]", false, "01101");
    row("text in ignore_case", "text", text, "in", "[\"BANANA\"]", true, "01000");
    row("text contains", "text", text, "contains", "\"an\"", false, "01000");
    row("text contains p", "text", text, "contains", "\"p\"", false, "10001");
    row("text not_contains", "text", text, "not_contains", "\"p\"", false, "01110");
    row("text starts_with", "text", text, "starts_with", "\"app\"", false, "10001");
    row("text ends_with", "text", text, "ends_with", "\"ie\"", false, "00001");
    row("text matches", "text", text, "matches", "\"^[a-c].*e$\"", false, "10001");
    row("text matches ignore_case", "text", text, "matches", "\"^b\"", true, "01000");
    row("text matches alternation", "text", text, "matches", "\"^(cherry|Banana)$\"", false, "01010");
    row("text is_empty", "text", text, "is_empty", "null", false, "00100");
    row("text is_not_empty", "text", text, "is_not_empty", "null", false, "11011");

    // Non-ASCII and ignore_case (Unicode simple case mapping).
    const QStringList names = {QStringLiteral("MÜLLER"), QStringLiteral("müller"), QStringLiteral("Müllerstraße"), QString(),
                               QStringLiteral("MULLER")};
    row("utf8 = exact", "text", names, "=", "\"müller\"", false, "01000");
    row("utf8 = ignore_case", "text", names, "=", "\"müller\"", true, "11000");
    row("utf8 != ignore_case", "text", names, "!=", "\"müller\"", true, "00111");
    row("utf8 in ignore_case", "text", names, "in", "[\"MÜLLER\", \"x\"]", true, "11000");
    row("utf8 not_in ignore_case", "text", names, "not_in", "[\"müller\"]", true, "00111");
    row("utf8 contains ignore_case", "text", names, "contains", "\"ÜLL\"", true, "11100");
    row("utf8 contains exact", "text", names, "contains", "\"ÜLL\"", false, "10000");
    row("utf8 not_contains ignore_case", "text", names, "not_contains", "\"ÜLL\"", true, "00011");
    row("utf8 starts_with ignore_case", "text", names, "starts_with", "\"mü\"", true, "11100");
    row("utf8 ends_with ignore_case", "text", names, "ends_with", "\"LER\"", true, "11001");
    row("utf8 ends_with capital sharp s", "text", names, "ends_with", "\"STRAẞE\"", true, "00100");
    row("utf8 matches ignore_case", "text", names, "matches", "\"^MÜL\"", true, "11100");
    row("utf8 matches exact", "text", names, "matches", "\"^MÜL\"", false, "10000");

    // Order by code point, not by locale: "Äpfel" (U+00C4) sorts after "z".
    const QStringList order = {QStringLiteral("Zebra"), QStringLiteral("apple"), QStringLiteral("Äpfel"), QStringLiteral("éclair"),
                               QString()};
    row("code point <", "text", order, "<", "\"a\"", false, "10000");
    row("code point >", "text", order, ">", "\"z\"", false, "00110");
    row("code point <=", "text", order, "<=", "\"Äpfel\"", false, "11100");
    row("code point between", "text", order, "between", "[\"Z\", \"ä\"]", false, "11100");

    // Numbers.
    const QStringList num = {QStringLiteral("10"), QStringLiteral("1500"), QString(), QStringLiteral("-3.5"), QStringLiteral("200")};
    row("number =", "number", num, "=", "1500", false, "01000");
    row("number !=", "number", num, "!=", "1500", false, "10111");
    row("number <", "number", num, "<", "200", false, "10010");
    row("number <=", "number", num, "<=", "200", false, "10011");
    row("number >", "number", num, ">", "10", false, "01001");
    row("number >=", "number", num, ">=", "10", false, "11001");
    row("number >= negative fraction", "number", num, ">=", "-3.5", false, "11011");
    row("number between inclusive", "number", num, "between", "[10, 200]", false, "10001");
    row("number between negative", "number", num, "between", "[-3.5, 10]", false, "10010");
    row("number in", "number", num, "in", "[10, 200, 7]", false, "10001");
    row("number not_in", "number", num, "not_in", "[10, 200, 7]", false, "01110");
    row("number contains reads text", "number", num, "contains", "\"50\"", false, "01000");
    row("number contains dot", "number", num, "contains", "\".\"", false, "00010");
    row("number not_contains", "number", num, "not_contains", "\"50\"", false, "10111");
    row("number starts_with", "number", num, "starts_with", "\"-\"", false, "00010");
    row("number ends_with", "number", num, "ends_with", "\"00\"", false, "01001");
    row("number matches", "number", num, "matches", "\"^[0-9]+$\"", false, "11001");
    row("number is_empty", "number", num, "is_empty", "null", false, "00100");
    row("number is_not_empty", "number", num, "is_not_empty", "null", false, "11011");
    // A cell that does not parse as a number counts as empty.
    const QStringList badNum = {QStringLiteral("abc"), QStringLiteral("5"), QString()};
    row("number unparseable is_empty", "number", badNum, "is_empty", "null", false, "101");
    row("number unparseable !=", "number", badNum, "!=", "5", false, "101");
    row("number unparseable <", "number", badNum, "<", "10", false, "010");

    // Dates, as of 2026-11-01.
    const QStringList dates = {QStringLiteral("2026-10-02"), QStringLiteral("2026-10-01"), QStringLiteral("2026-11-01"),
                               QStringLiteral("2026-11-02"), QString(), QStringLiteral("2025-01-15")};
    row("date within_last_days", "date", dates, "within_last_days", "30", false, "101000");
    row("date not_within_last_days", "date", dates, "not_within_last_days", "30", false, "010111");
    row("date within_last_days 31", "date", dates, "within_last_days", "31", false, "111000");
    row("date within_last_days 0", "date", dates, "within_last_days", "0", false, "001000");
    row("date not_within_last_days 0", "date", dates, "not_within_last_days", "0", false, "110111");
    row("date =", "date", dates, "=", "\"2026-11-01\"", false, "001000");
    row("date !=", "date", dates, "!=", "\"2026-11-01\"", false, "110111");
    row("date <", "date", dates, "<", "\"2026-10-02\"", false, "010001");
    row("date <=", "date", dates, "<=", "\"2026-10-02\"", false, "110001");
    row("date >", "date", dates, ">", "\"2026-11-01\"", false, "000100");
    row("date >=", "date", dates, ">=", "\"2026-11-01\"", false, "001100");
    row("date between inclusive", "date", dates, "between", "[\"2026-10-01\", \"2026-11-01\"]", false, "111000");
    row("date in", "date", dates, "in", "[\"2026-11-02\", \"2025-01-15\"]", false, "000101");
    row("date not_in", "date", dates, "not_in", "[\"2026-11-02\", \"2025-01-15\"]", false, "111010");
    row("date contains reads text", "date", dates, "contains", "\"-10-\"", false, "110000");
    row("date starts_with", "date", dates, "starts_with", "\"2025\"", false, "000001");
    row("date matches", "date", dates, "matches", "\"^2026-1[01]-0[12]$\"", false, "111100");
    row("date is_empty", "date", dates, "is_empty", "null", false, "000010");
    const QStringList dateTimes = {QStringLiteral("2026-11-01 23:59:59"), QStringLiteral("2026-10-02T08:00:00"),
                                   QStringLiteral("2026-11-02 00:00:01")};
    row("datetime keeps its date part", "date", dateTimes, "within_last_days", "30", false, "110");

    // Booleans.
    const QStringList flags = {QStringLiteral("true"), QStringLiteral("false"), QString(), QStringLiteral("yes"), QStringLiteral("0")};
    row("boolean = true", "boolean", flags, "=", "true", false, "10010");
    row("boolean = false", "boolean", flags, "=", "false", false, "01001");
    row("boolean != true", "boolean", flags, "!=", "true", false, "01101");
    row("boolean != false", "boolean", flags, "!=", "false", false, "10110");
    row("boolean in both", "boolean", flags, "in", "[true, false]", false, "11011");
    row("boolean not_in", "boolean", flags, "not_in", "[false]", false, "10110");
    row("boolean is_empty", "boolean", flags, "is_empty", "null", false, "00100");
    row("boolean contains reads text", "boolean", flags, "contains", "\"ru\"", false, "10010");
    const QStringList spellings = {QStringLiteral("y"), QStringLiteral("N"), QStringLiteral("1"), QStringLiteral("FALSE"),
                                   QStringLiteral("maybe")};
    row("boolean spellings", "boolean", spellings, "=", "true", false, "10100");
    row("boolean unparseable is_empty", "boolean", spellings, "is_empty", "null", false, "00001");

    // Lists: split on ';', items trimmed.
    const QStringList list = {QStringLiteral("HubSpot; Salesforce"), QStringLiteral("Slack"), QString(),
                              QStringLiteral("salesforce;slack;Zoom"), QStringLiteral(" Zoom ;HubSpot")};
    row("list has_any", "list", list, "has_any", "[\"Salesforce\"]", false, "10000");
    row("list has_any ignore_case", "list", list, "has_any", "[\"SALESFORCE\"]", true, "10010");
    row("list has_any several", "list", list, "has_any", "[\"Zoom\", \"Slack\"]", false, "01011");
    row("list has_all trimmed items", "list", list, "has_all", "[\"HubSpot\", \"Zoom\"]", false, "00001");
    row("list has_all repeated item", "list", list, "has_all", "[\"Zoom\", \"Zoom\"]", false, "00011");
    row("list has_all repeated of three", "list", list, "has_all", "[\"HubSpot\", \"HubSpot\", \"Salesforce\"]", false, "10000");
    row("list has_all ignore_case", "list", list, "has_all", "[\"SLACK\", \"ZOOM\"]", true, "00010");
    row("list has_none", "list", list, "has_none", "[\"Slack\"]", false, "10111");
    row("list has_none ignore_case", "list", list, "has_none", "[\"SLACK\"]", true, "10101");
    row("list is_empty", "list", list, "is_empty", "null", false, "00100");
    row("list is_not_empty", "list", list, "is_not_empty", "null", false, "11011");
    row("list contains reads joined text", "list", list, "contains", "\"Sales\"", false, "10000");
    row("list contains ignore_case", "list", list, "contains", "\"sales\"", true, "10010");
    const QStringList blankItems = {QStringLiteral(" ; "), QStringLiteral("a")};
    row("list of blank items is empty", "list", blankItems, "is_empty", "null", false, "10");
    const QStringList cities = {QStringLiteral("MÜNCHEN;Berlin"), QStringLiteral("münchen"), QString(), QStringLiteral("Köln")};
    row("list utf8 has_any ignore_case", "list", cities, "has_any", "[\"München\"]", true, "1100");
    row("list utf8 has_any exact", "list", cities, "has_any", "[\"München\"]", false, "0000");
}

void TestEvaluator::truthTable()
{
    QFETCH(QString, type);
    QFETCH(QStringList, cells);
    QFETCH(QString, op);
    QFETCH(QString, value);
    QFETCH(bool, ignoreCase);
    QFETCH(QString, expected);

    const ColumnTable table = oneColumn(typeNamed(type), cells);
    QCOMPARE(table.rowCount(), size_t(cells.size()));
    Evaluator ev(table);
    ev.setAsOf(kAsOf);
    Condition leaf;
    leaf.kind = Condition::Kind::Leaf;
    leaf.field = "f";
    leaf.op = operatorNames().at(op.toStdString());
    leaf.value = json::parse(value.toStdString());
    leaf.ignoreCase = ignoreCase;
    Bitmap b;
    QString error;
    QVERIFY2(ev.evaluateCondition(leaf, &b, &error), qPrintable(error));
    QCOMPARE(bits(b), expected);

    // The twin operator is the exact negation, empty cells included.
    const QString twin = twinOf(op);
    if (!twin.isEmpty()) {
        leaf.op = operatorNames().at(twin.toStdString());
        Bitmap t;
        QVERIFY2(ev.evaluateCondition(leaf, &t, &error), qPrintable(error));
        QString complement = expected;
        for (QChar& c : complement)
            c = c == QLatin1Char('1') ? QLatin1Char('0') : QLatin1Char('1');
        QCOMPARE(bits(t), complement);
    }
}

void TestEvaluator::conditionErrors_data()
{
    QTest::addColumn<QString>("condition");
    QTest::newRow("unknown field") << QStringLiteral(R"({"field": "nope", "op": "=", "value": 1})");
    // Not a raw string: moc's macro expansion would count its unbalanced parenthesis.
    QTest::newRow("invalid regex") << QStringLiteral("{\"field\": \"t\", \"op\": \"matches\", \"value\": \"\\u0028unclosed\"}");
    QTest::newRow("invalid regex nested") << QStringLiteral(R"({"all": [{"not": {"field": "t", "op": "matches", "value": "[a-"}}]})");
    QTest::newRow("unknown segment") << QStringLiteral(R"({"segment": "nope"})");
}

void TestEvaluator::conditionErrors()
{
    QFETCH(QString, condition);
    const ColumnTable table = treeTable();
    Evaluator ev(table);
    Bitmap b;
    QString error;
    QVERIFY(!ev.evaluateCondition(cond(json::parse(condition.toStdString())), &b, &error));
    QVERIFY(!error.isEmpty());
}

void TestEvaluator::groups_data()
{
    QTest::addColumn<QString>("condition");
    QTest::addColumn<QString>("expected");
    // x = 1, 2, 3, 4, (empty)
    QTest::newRow("empty all is true") << QStringLiteral(R"({"all": []})") << QStringLiteral("11111");
    QTest::newRow("empty any is false") << QStringLiteral(R"({"any": []})") << QStringLiteral("00000");
    QTest::newRow("not of empty all") << QStringLiteral(R"({"not": {"all": []}})") << QStringLiteral("00000");
    QTest::newRow("not of empty any") << QStringLiteral(R"({"not": {"any": []}})") << QStringLiteral("11111");
    QTest::newRow("not is plain negation") << QStringLiteral(R"({"not": {"field": "x", "op": ">", "value": 2}})")
                                           << QStringLiteral("11001");
    QTest::newRow("double not") << QStringLiteral(R"({"not": {"not": {"field": "x", "op": ">", "value": 2}}})")
                                << QStringLiteral("00110");
    QTest::newRow("all") << QStringLiteral(R"({"all": [{"field": "x", "op": ">=", "value": 2}, {"field": "x", "op": "<=", "value": 3}]})")
                         << QStringLiteral("01100");
    QTest::newRow("any") << QStringLiteral(R"({"any": [{"field": "x", "op": "=", "value": 1}, {"field": "x", "op": "is_empty"}]})")
                         << QStringLiteral("10001");
    QTest::newRow("nested any of all and not")
        << QStringLiteral(R"({"any": [{"all": [{"field": "x", "op": ">=", "value": 2}, {"field": "x", "op": "<=", "value": 3}]},
                                      {"not": {"field": "x", "op": "is_not_empty"}}]})")
        << QStringLiteral("01101");
    QTest::newRow("nested all of any")
        << QStringLiteral(R"({"all": [{"field": "x", "op": ">", "value": 1},
                                      {"any": [{"field": "x", "op": "=", "value": 2}, {"field": "x", "op": "=", "value": 4}]}]})")
        << QStringLiteral("01010");
    QTest::newRow("not of all") << QStringLiteral(R"({"not": {"all": [{"field": "x", "op": ">=", "value": 2}, {"field": "x", "op": "<=", "value": 3}]}})")
                                << QStringLiteral("10011");
    QTest::newRow("deep nesting")
        << QStringLiteral(R"({"all": [{"any": [{"all": [{"not": {"any": [{"field": "x", "op": "=", "value": 4}]}}]}]}, {"field": "x", "op": "!=", "value": 1}]})")
        << QStringLiteral("01101");
}

void TestEvaluator::groups()
{
    QFETCH(QString, condition);
    QFETCH(QString, expected);
    const ColumnTable table = ColumnTable::fromText({{"x", FieldType::Number}}, {{"1"}, {"2"}, {"3"}, {"4"}, {""}});
    Evaluator ev(table);
    Bitmap b;
    QString error;
    QVERIFY2(ev.evaluateCondition(cond(json::parse(condition.toStdString())), &b, &error), qPrintable(error));
    QCOMPARE(bits(b), expected);
}

void TestEvaluator::trees_data()
{
    QTest::addColumn<QString>("segments");
    QTest::addColumn<QStringList>("expected"); // "path=bits" in pre-order

    // Rows: x = 1 2 3 4 5 (e) 7 8; t = red blue red (e) green red blue green (see treeTable()).
    QTest::newRow("exclusive waterfall")
        << QStringLiteral(R"({"mode": "exclusive", "children": [
             {"id": "a", "name": "A", "when": {"field": "x", "op": ">=", "value": 5}},
             {"id": "b", "name": "B", "when": {"field": "t", "op": "=", "value": "red"}},
             {"id": "c", "name": "C", "when": {"field": "t", "op": "=", "value": "blue"}}]})")
        << QStringList{QStringLiteral("a=00001011"), QStringLiteral("b=10100100"), QStringLiteral("c=01000000"),
                       QStringLiteral("~=00010000")};
    // The earlier sibling's children cover only part of it: the later sibling still excludes all of its `when`.
    QTest::newRow("earlier sibling partially covered")
        << QStringLiteral(R"({"mode": "exclusive", "children": [
             {"id": "a", "name": "A", "when": {"field": "x", "op": ">=", "value": 5}, "mode": "overlapping", "children": [
                {"id": "a1", "name": "A1", "when": {"field": "t", "op": "=", "value": "green"}}]},
             {"id": "b", "name": "B", "when": {"field": "x", "op": ">=", "value": 3}}]})")
        << QStringList{QStringLiteral("a=00001011"), QStringLiteral("a/a1=00001001"), QStringLiteral("b=00110000"),
                       QStringLiteral("~=11000100")};
    // The earlier sibling's `when` is partly false on empty cells: its negation keeps those rows.
    QTest::newRow("earlier sibling with empty cells")
        << QStringLiteral(R"({"mode": "exclusive", "children": [
             {"id": "a", "name": "A", "when": {"field": "x", "op": ">", "value": 4}},
             {"id": "b", "name": "B", "when": {"field": "t", "op": "=", "value": "red"}}]})")
        << QStringList{QStringLiteral("a=00001011"), QStringLiteral("b=10100100"), QStringLiteral("~=01010000")};
    QTest::newRow("three-way waterfall")
        << QStringLiteral(R"({"mode": "exclusive", "children": [
             {"id": "p", "name": "P", "when": {"field": "t", "op": "=", "value": "red"}},
             {"id": "q", "name": "Q", "when": {"field": "x", "op": ">=", "value": 3}},
             {"id": "r", "name": "R", "when": {"field": "x", "op": ">=", "value": 1}}]})")
        << QStringList{QStringLiteral("p=10100100"), QStringLiteral("q=00011011"), QStringLiteral("r=01000000"),
                       QStringLiteral("~=00000000")};
    QTest::newRow("nested remainders")
        << QStringLiteral(R"({"mode": "exclusive", "children": [
             {"id": "a", "name": "A", "when": {"field": "x", "op": ">=", "value": 3}, "mode": "exclusive", "children": [
                {"id": "a1", "name": "A1", "when": {"field": "t", "op": "=", "value": "red"}},
                {"id": "a2", "name": "A2", "when": {"field": "t", "op": "=", "value": "blue"}}]}]})")
        << QStringList{QStringLiteral("a=00111011"), QStringLiteral("a/a1=00100000"), QStringLiteral("a/a2=00000010"),
                       QStringLiteral("a/~=00011001"), QStringLiteral("~=11000100")};
    QTest::newRow("three levels")
        << QStringLiteral(R"({"mode": "exclusive", "children": [
             {"id": "a", "name": "A", "when": {"field": "x", "op": ">=", "value": 2}, "mode": "exclusive", "children": [
                {"id": "a1", "name": "A1", "when": {"field": "x", "op": ">=", "value": 4}, "mode": "exclusive", "children": [
                   {"id": "a11", "name": "A11", "when": {"field": "t", "op": "=", "value": "green"}}]}]}]})")
        << QStringList{QStringLiteral("a=01111011"), QStringLiteral("a/a1=00011011"), QStringLiteral("a/a1/a11=00001001"),
                       QStringLiteral("a/a1/~=00010010"), QStringLiteral("a/~=01100000"), QStringLiteral("~=10000100")};
    QTest::newRow("overlapping")
        << QStringLiteral(R"({"mode": "overlapping", "children": [
             {"id": "a", "name": "A", "when": {"field": "x", "op": ">=", "value": 3}},
             {"id": "b", "name": "B", "when": {"field": "t", "op": "=", "value": "red"}}]})")
        << QStringList{QStringLiteral("a=00111011"), QStringLiteral("b=10100100")};
    QTest::newRow("overlapping under exclusive")
        << QStringLiteral(R"({"mode": "exclusive", "children": [
             {"id": "a", "name": "A", "when": {"field": "x", "op": ">=", "value": 2}, "mode": "overlapping", "children": [
                {"id": "a1", "name": "A1", "when": {"field": "x", "op": "<=", "value": 4}},
                {"id": "a2", "name": "A2", "when": {"field": "x", "op": ">=", "value": 4}}]},
             {"id": "b", "name": "B", "when": {"field": "t", "op": "=", "value": "red"}}]})")
        << QStringList{QStringLiteral("a=01111011"), QStringLiteral("a/a1=01110000"), QStringLiteral("a/a2=00011011"),
                       QStringLiteral("b=10000100"), QStringLiteral("~=00000000")};
    QTest::newRow("exclusive child without when takes the rest")
        << QStringLiteral(R"({"mode": "exclusive", "children": [
             {"id": "a", "name": "A", "when": {"field": "x", "op": ">=", "value": 5}},
             {"id": "b", "name": "B"}]})")
        << QStringList{QStringLiteral("a=00001011"), QStringLiteral("b=11110100"), QStringLiteral("~=00000000")};
    QTest::newRow("overlapping child without when is its parent")
        << QStringLiteral(R"({"mode": "overlapping", "children": [
             {"id": "a", "name": "A", "when": {"field": "t", "op": "=", "value": "red"}, "mode": "overlapping", "children": [
                {"id": "a1", "name": "A1"}]}]})")
        << QStringList{QStringLiteral("a=10100100"), QStringLiteral("a/a1=10100100")};
    QTest::newRow("segment references incl. a later one")
        << QStringLiteral(R"({"mode": "overlapping", "children": [
             {"id": "a", "name": "A", "when": {"all": [{"segment": "c"}, {"field": "x", "op": "<=", "value": 2}]}},
             {"id": "b", "name": "B", "when": {"not": {"segment": "a"}}},
             {"id": "c", "name": "C", "when": {"field": "t", "op": "=", "value": "red"}}]})")
        << QStringList{QStringLiteral("a=10000000"), QStringLiteral("b=01111111"), QStringLiteral("c=10100100")};
    // A reference means membership (after the waterfall), not the referenced segment's `when`.
    QTest::newRow("reference to an exclusive child")
        << QStringLiteral(R"({"mode": "overlapping", "children": [
             {"id": "e", "name": "E", "mode": "exclusive", "children": [
                {"id": "e1", "name": "E1", "when": {"field": "x", "op": ">=", "value": 5}},
                {"id": "e2", "name": "E2", "when": {"field": "x", "op": ">=", "value": 3}}]},
             {"id": "r", "name": "R", "when": {"segment": "e2"}}]})")
        << QStringList{QStringLiteral("e=11111111"), QStringLiteral("e/e1=00001011"), QStringLiteral("e/e2=00110000"),
                       QStringLiteral("e/~=11000100"), QStringLiteral("r=00110000")};
    QTest::newRow("earlier segment references a nested later one")
        << QStringLiteral(R"({"mode": "overlapping", "children": [
             {"id": "first", "name": "First", "when": {"segment": "deep"}},
             {"id": "other", "name": "Other", "when": {"field": "x", "op": ">=", "value": 3}, "mode": "overlapping", "children": [
                {"id": "deep", "name": "Deep", "when": {"field": "t", "op": "=", "value": "blue"}}]}]})")
        << QStringList{QStringLiteral("first=00000010"), QStringLiteral("other=00111011"), QStringLiteral("other/deep=00000010")};
    QTest::newRow("empty root") << QStringLiteral(R"({"mode": "exclusive", "children": []})") << QStringList{};
}

void TestEvaluator::trees()
{
    QFETCH(QString, segments);
    QFETCH(QStringList, expected);

    const ColumnTable table = treeTable();
    const RuleSet rules = ruleSet(json{{"segments", json::parse(segments.toStdString())}});
    Evaluator ev(table);
    ev.setAsOf(kAsOf);
    std::vector<SegmentMembers> out;
    QString error;
    QVERIFY2(ev.evaluate(rules, &out, &error), qPrintable(error));

    QStringList actual;
    for (const SegmentMembers& m : out)
        actual << qs(m.path) + QLatin1Char('=') + bits(m.members);
    QCOMPARE(actual, expected);

    // Structure: parents first (pre-order), ids and paths, subsets, exclusive partitions.
    for (size_t i = 0; i < out.size(); ++i) {
        const SegmentMembers& m = out[i];
        QVERIFY(m.parent < int(i));
        const SegmentMembers* p = m.parent < 0 ? nullptr : &out[size_t(m.parent)];
        QCOMPARE(m.depth, p ? p->depth + 1 : 0);
        if (m.remainder) {
            QCOMPARE(qs(m.id), p ? qs(p->id) + QStringLiteral("/~") : QStringLiteral("~"));
            QCOMPARE(qs(m.path), p ? qs(p->path) + QStringLiteral("/~") : QStringLiteral("~"));
            QVERIFY(m.node == nullptr);
        } else {
            QCOMPARE(qs(m.path), p ? qs(p->path) + QLatin1Char('/') + qs(m.id) : qs(m.id));
            QVERIFY(m.node != nullptr);
            QCOMPARE(qs(m.node->id), qs(m.id));
            QCOMPARE(m.leaf, m.node->children.empty());
        }
        QCOMPARE(qs(m.namePath), p ? qs(p->namePath) + QStringLiteral(" > ") + qs(m.name) : qs(m.name));
        if (p) {
            Bitmap outside = m.members;
            outside.andNot(p->members);
            QCOMPARE(outside.count(), size_t(0));
        }
    }
    // Children of an exclusive parent (remainder included) partition it.
    std::function<void(const Segment&, int)> checkPartition = [&](const Segment& parent, int parentIndex) {
        if (parent.mode != ChildMode::Exclusive || parent.children.empty())
            return;
        Bitmap uni(table.rowCount());
        size_t total = 0;
        for (const SegmentMembers& m : out)
            if (m.parent == parentIndex) {
                uni |= m.members;
                total += m.members.count();
            }
        const Bitmap all = parentIndex < 0 ? Bitmap(table.rowCount(), true) : out[size_t(parentIndex)].members;
        QCOMPARE(bits(uni), bits(all));
        QCOMPARE(total, all.count());
    };
    checkPartition(rules.root, -1);
    for (size_t i = 0; i < out.size(); ++i)
        if (out[i].node)
            checkPartition(*out[i].node, int(i));
}

void TestEvaluator::treeNames()
{
    const ColumnTable table = treeTable();
    const RuleSet rules = ruleSet(QStringLiteral(R"({"segments": {"mode": "exclusive", "children": [
        {"id": "a", "name": "Alpha", "when": {"field": "x", "op": ">=", "value": 2}, "mode": "exclusive", "children": [
           {"id": "b", "name": "Beta", "when": {"field": "x", "op": ">=", "value": 4}}]}]}})"));
    Evaluator ev(table);
    std::vector<SegmentMembers> out;
    QString error;
    QVERIFY2(ev.evaluate(rules, &out, &error), qPrintable(error));
    QCOMPARE(out.size(), size_t(4));
    QCOMPARE(qs(out[0].path), QStringLiteral("a"));
    QCOMPARE(qs(out[0].namePath), QStringLiteral("Alpha"));
    QCOMPARE(out[0].leaf, false);
    QCOMPARE(qs(out[1].id), QStringLiteral("b"));
    QCOMPARE(qs(out[1].path), QStringLiteral("a/b"));
    QCOMPARE(qs(out[1].namePath), QStringLiteral("Alpha > Beta"));
    QCOMPARE(out[1].parent, 0);
    QCOMPARE(out[1].depth, 1);
    QCOMPARE(out[1].leaf, true);
    QCOMPARE(qs(out[2].id), QStringLiteral("a/~"));
    QCOMPARE(qs(out[2].path), QStringLiteral("a/~"));
    QVERIFY(out[2].remainder);
    QCOMPARE(out[2].parent, 0);
    QCOMPARE(qs(out[2].name), QStringLiteral("Alpha (rest)"));
    QCOMPARE(qs(out[2].namePath), QStringLiteral("Alpha > Alpha (rest)"));
    QCOMPARE(qs(out[3].id), QStringLiteral("~"));
    QCOMPARE(qs(out[3].name), QStringLiteral("Rest"));
    QCOMPARE(out[3].parent, -1);
    QCOMPARE(out[3].members.count(), size_t(2)); // x = 1 and the empty x
}

void TestEvaluator::treeErrors_data()
{
    QTest::addColumn<QString>("segments");
    QTest::newRow("two-segment cycle") << QStringLiteral(R"({"mode": "overlapping", "children": [
        {"id": "a", "name": "A", "when": {"segment": "b"}}, {"id": "b", "name": "B", "when": {"segment": "a"}}]})");
    QTest::newRow("self reference") << QStringLiteral(R"({"mode": "overlapping", "children": [
        {"id": "a", "name": "A", "when": {"not": {"segment": "a"}}}]})");
    QTest::newRow("child references its parent") << QStringLiteral(R"({"mode": "overlapping", "children": [
        {"id": "a", "name": "A", "children": [{"id": "b", "name": "B", "when": {"segment": "a"}}],
         "when": {"segment": "b"}}]})");
    // b's membership excludes a's `when`, which is b's membership.
    QTest::newRow("cycle through an exclusive sibling") << QStringLiteral(R"({"mode": "exclusive", "children": [
        {"id": "a", "name": "A", "when": {"segment": "b"}}, {"id": "b", "name": "B", "when": {"field": "t", "op": "=", "value": "red"}}]})");
    QTest::newRow("unknown reference") << QStringLiteral(R"({"mode": "overlapping", "children": [
        {"id": "a", "name": "A", "when": {"segment": "zzz"}}]})");
    QTest::newRow("unknown field") << QStringLiteral(R"({"mode": "overlapping", "children": [
        {"id": "a", "name": "A", "when": {"field": "zzz", "op": "=", "value": 1}}]})");
}

void TestEvaluator::treeErrors()
{
    QFETCH(QString, segments);
    const ColumnTable table = treeTable();
    const RuleSet rules = ruleSet(json{{"segments", json::parse(segments.toStdString())}});
    Evaluator ev(table);
    std::vector<SegmentMembers> out;
    QString error;
    QVERIFY(!ev.evaluate(rules, &out, &error));
    QVERIFY(!error.isEmpty());
}

void TestEvaluator::scores_data()
{
    QTest::addColumn<QString>("scores");
    QTest::addColumn<QString>("id");
    QTest::addColumn<QList<double>>("expected");

    // opens = 5, 30, (e), -4, 12.5; visits = 0, 2, 1, (e), 3; vip = true, false, (e), true, false
    QTest::newRow("points when")
        << QStringLiteral(R"([{"id": "s", "rules": [{"when": {"field": "vip", "op": "=", "value": true}, "points": 10}]}])")
        << QStringLiteral("s") << QList<double>{10, 0, 0, 10, 0};
    QTest::newRow("points without when")
        << QStringLiteral(R"([{"id": "s", "rules": [{"points": 3}]}])") << QStringLiteral("s") << QList<double>{3, 3, 3, 3, 3};
    QTest::newRow("per, empty counts 0")
        << QStringLiteral(R"([{"id": "s", "rules": [{"per": "opens", "points": 2}]}])") << QStringLiteral("s")
        << QList<double>{10, 60, 0, -8, 25};
    QTest::newRow("per with cap")
        << QStringLiteral(R"([{"id": "s", "rules": [{"per": "opens", "points": 2, "cap": 20}]}])") << QStringLiteral("s")
        << QList<double>{10, 20, 0, -8, 20};
    QTest::newRow("per with when")
        << QStringLiteral(R"([{"id": "s", "rules": [{"when": {"field": "vip", "op": "=", "value": true}, "per": "opens", "points": 1}]}])")
        << QStringLiteral("s") << QList<double>{5, 0, 0, -4, 0};
    QTest::newRow("min and max clamp")
        << QStringLiteral(R"([{"id": "s", "min": 0, "max": 60, "rules": [{"per": "opens", "points": 1},
                               {"when": {"field": "visits", "op": ">=", "value": 1}, "points": 50}]}])")
        << QStringLiteral("s") << QList<double>{5, 60, 50, 0, 60};
    QTest::newRow("min only")
        << QStringLiteral(R"([{"id": "s", "min": 0, "rules": [{"per": "opens", "points": 1}]}])") << QStringLiteral("s")
        << QList<double>{5, 30, 0, 0, 12.5};
    QTest::newRow("clamp after the sum, not per rule")
        << QStringLiteral(R"([{"id": "s", "min": 0, "max": 60, "rules": [
                               {"when": {"field": "vip", "op": "=", "value": true}, "points": 50},
                               {"when": {"field": "vip", "op": "=", "value": true}, "points": 50},
                               {"points": -30}]}])")
        << QStringLiteral("s") << QList<double>{60, 0, 0, 60, 0};
    // Doubles summed in file order: (0.1 + 0.2) + 0.3 != 0.3 + 0.2 + 0.1.
    double forward = 0;
    forward += 0.1;
    forward += 0.2;
    forward += 0.3;
    double backward = 0;
    backward += 0.3;
    backward += 0.2;
    backward += 0.1;
    QVERIFY(forward != backward);
    QTest::newRow("file order 0.1 0.2 0.3")
        << QStringLiteral(R"([{"id": "s", "rules": [{"points": 0.1}, {"points": 0.2}, {"points": 0.3}]}])")
        << QStringLiteral("s") << QList<double>(5, forward);
    QTest::newRow("file order 0.3 0.2 0.1")
        << QStringLiteral(R"([{"id": "s", "rules": [{"points": 0.3}, {"points": 0.2}, {"points": 0.1}]}])")
        << QStringLiteral("s") << QList<double>(5, backward);
    QTest::newRow("later score uses an earlier one")
        << QStringLiteral(R"([{"id": "s1", "rules": [{"per": "opens", "points": 1}]},
                              {"id": "s2", "rules": [{"when": {"field": "s1", "op": ">=", "value": 10}, "points": 5},
                                                     {"per": "s1", "points": 0.5}]}])")
        << QStringLiteral("s2") << QList<double>{2.5, 20, 0, -2, 11.25};
}

void TestEvaluator::scores()
{
    QFETCH(QString, scores);
    QFETCH(QString, id);
    QFETCH(QList<double>, expected);
    const ColumnTable table = scoreTable();
    const RuleSet rules = ruleSet(json{{"scores", json::parse(scores.toStdString())}});
    Evaluator ev(table);
    std::vector<SegmentMembers> out;
    QString error;
    QVERIFY2(ev.evaluate(rules, &out, &error), qPrintable(error));
    const std::vector<double>* values = ev.scoreValues(id.toStdString());
    QVERIFY(values);
    QCOMPARE(values->size(), size_t(expected.size()));
    for (size_t i = 0; i < values->size(); ++i)
        QVERIFY2((*values)[i] == expected[qsizetype(i)], // exact: the order of summation matters
                 qPrintable(QStringLiteral("row %1: %2 != %3").arg(i).arg((*values)[i], 0, 'g', 17).arg(expected[qsizetype(i)], 0, 'g', 17)));
}

void TestEvaluator::scoreInSegmentCondition()
{
    const ColumnTable table = scoreTable();
    const RuleSet rules = ruleSet(QStringLiteral(R"({
        "scores": [{"id": "s1", "rules": [{"per": "opens", "points": 1}]},
                   {"id": "s2", "rules": [{"when": {"field": "s1", "op": ">=", "value": 10}, "points": 5}, {"per": "s1", "points": 0.5}]}],
        "segments": {"mode": "exclusive", "children": [
            {"id": "hot", "name": "Hot", "when": {"field": "s2", "op": ">", "value": 10}},
            {"id": "vip", "name": "VIP", "when": {"all": [{"field": "vip", "op": "=", "value": true}, {"field": "s1", "op": "<", "value": 0}]}}]}})"));
    Evaluator ev(table);
    std::vector<SegmentMembers> out;
    QString error;
    QVERIFY2(ev.evaluate(rules, &out, &error), qPrintable(error));
    QCOMPARE(out.size(), size_t(3));
    QCOMPARE(bits(out[0].members), QStringLiteral("01001")); // s2 = 2.5 20 0 -2 11.25
    QCOMPARE(bits(out[1].members), QStringLiteral("00010"));
    QCOMPARE(bits(out[2].members), QStringLiteral("10100"));
}

void TestEvaluator::holdoutDeterministic()
{
    std::vector<std::vector<std::string>> rows;
    for (int i = 0; i < 2000; ++i)
        rows.push_back({"K" + std::to_string(i), std::to_string(i % 7)});
    const ColumnTable table = ColumnTable::fromText({{"key", FieldType::Text}, {"x", FieldType::Number}}, rows, "key");
    const RuleSet rules = ruleSet(QStringLiteral(R"({"segments": {"mode": "overlapping", "children": [
        {"id": "h", "name": "H", "holdout": 10, "when": {"field": "x", "op": ">=", "value": 2}}]}})"));
    std::vector<SegmentMembers> a, b;
    QString error;
    Evaluator first(table);
    QVERIFY2(first.evaluate(rules, &a, &error), qPrintable(error));
    Evaluator second(table);
    QVERIFY2(second.evaluate(rules, &b, &error), qPrintable(error));
    QVERIFY(a[0].holdout && b[0].holdout);
    QCOMPARE(bits(*a[0].holdout), bits(*b[0].holdout));
    QVERIFY(a[0].holdout->count() > 0);
    // Equals the bucket rule applied by hand: bucket(key, segment id) < P × 100.
    Bitmap byHand(table.rowCount());
    a[0].members.forEach([&](size_t row) {
        if (holdoutBucket(table.keyText(row), "h") < 1000)
            byHand.set(row);
    });
    QCOMPARE(bits(*a[0].holdout), bits(byHand));
    QCOMPARE(holdoutBucket("L0000042", "enterprise"), holdoutBucket("L0000042", "enterprise"));
    QVERIFY(holdoutBucket("L0000042", "enterprise") < 10000);
}

void TestEvaluator::holdoutShare_data()
{
    QTest::addColumn<double>("percent");
    QTest::newRow("10%") << 10.0;
    QTest::newRow("25%") << 25.0;
    QTest::newRow("1%") << 1.0;
}

void TestEvaluator::holdoutShare()
{
    QFETCH(double, percent);
    const size_t n = 100000;
    std::vector<std::vector<std::string>> rows;
    rows.reserve(n);
    char key[16];
    for (size_t i = 1; i <= n; ++i) {
        std::snprintf(key, sizeof key, "L%07zu", i);
        rows.push_back({key});
    }
    const ColumnTable table = ColumnTable::fromText({{"lead_id", FieldType::Text}}, rows, "lead_id");
    RuleSet rules = ruleSet(QStringLiteral(R"({"segments": {"mode": "overlapping", "children": [{"id": "all-leads", "name": "All"}]}})"));
    rules.root.children[0].holdout = percent;
    Evaluator ev(table);
    std::vector<SegmentMembers> out;
    QString error;
    QVERIFY2(ev.evaluate(rules, &out, &error), qPrintable(error));
    QVERIFY(out[0].holdout);
    const double p = percent / 100.0;
    const double mean = double(n) * p, sd = std::sqrt(double(n) * p * (1 - p));
    const double got = double(out[0].holdout->count());
    QVERIFY2(std::fabs(got - mean) <= 4 * sd,
             qPrintable(QStringLiteral("holdout %1 of %2, expected %3 ± %4").arg(got).arg(n).arg(mean).arg(4 * sd)));
}

void TestEvaluator::holdoutSubsetOfMembers()
{
    std::vector<std::vector<std::string>> rows;
    for (int i = 0; i < 5000; ++i)
        rows.push_back({"lead-" + std::to_string(i), std::to_string(i % 10)});
    const ColumnTable table = ColumnTable::fromText({{"key", FieldType::Text}, {"x", FieldType::Number}}, rows, "key");
    const RuleSet rules = ruleSet(QStringLiteral(R"({"segments": {"mode": "exclusive", "children": [
        {"id": "a", "name": "A", "holdout": 20, "when": {"field": "x", "op": "<", "value": 3}},
        {"id": "b", "name": "B", "holdout": 20, "when": {"field": "x", "op": "<", "value": 8}}]}})"));
    Evaluator ev(table);
    std::vector<SegmentMembers> out;
    QString error;
    QVERIFY2(ev.evaluate(rules, &out, &error), qPrintable(error));
    QCOMPARE(out.size(), size_t(3));
    for (size_t i = 0; i < 2; ++i) {
        QVERIFY(out[i].holdout);
        Bitmap outside = *out[i].holdout;
        outside.andNot(out[i].members);
        QCOMPARE(outside.count(), size_t(0));
        QVERIFY(out[i].holdout->count() > 0);
        QVERIFY(out[i].holdout->count() < out[i].members.count());
    }
    QVERIFY(!out[2].holdout); // the remainder has none
}

void TestEvaluator::incremental_data()
{
    QTest::addColumn<QString>("pointer");
    QTest::addColumn<QString>("newValue");
    QTest::newRow("threshold on a field") << QStringLiteral("/segments/children/1/when/value") << QStringLiteral("\"blue\"");
    QTest::newRow("threshold on a score") << QStringLiteral("/segments/children/0/when/value") << QStringLiteral("30");
    QTest::newRow("leaf inside a group") << QStringLiteral("/segments/children/2/children/0/when/all/1/value") << QStringLiteral("2");
    QTest::newRow("outcome leaf") << QStringLiteral("/outcome/value") << QStringLiteral("false");
}

void TestEvaluator::incremental()
{
    QFETCH(QString, pointer);
    QFETCH(QString, newValue);
    const ColumnTable table = treeTable();
    json j = json::parse(R"({
        "outcome": {"field": "won", "op": "=", "value": true},
        "scores": [{"id": "eng", "max": 60, "rules": [{"per": "x", "points": 10, "cap": 50},
                                                      {"when": {"field": "seen", "op": "within_last_days", "value": 30}, "points": 5}]}],
        "segments": {"mode": "exclusive", "children": [
            {"id": "hot", "name": "Hot", "when": {"field": "eng", "op": ">=", "value": 40}},
            {"id": "red", "name": "Red", "when": {"field": "t", "op": "=", "value": "red"}},
            {"id": "rest", "name": "Rest", "mode": "exclusive", "children": [
               {"id": "mid", "name": "Mid", "when": {"all": [{"field": "x", "op": ">=", "value": 1}, {"field": "x", "op": "<=", "value": 4}]}}]}]}})");
    Evaluator ev(table);
    ev.setAsOf(kAsOf);
    std::vector<SegmentMembers> before;
    QString error;
    const RuleSet rules1 = ruleSet(j);
    QVERIFY2(ev.evaluate(rules1, &before, &error), qPrintable(error));
    const size_t cacheBefore = ev.cacheSize();
    QVERIFY(cacheBefore > 0);

    j[json::json_pointer(pointer.toStdString())] = json::parse(newValue.toStdString());
    const RuleSet rules2 = ruleSet(j);
    QVERIFY(!(rules1 == rules2));
    std::vector<SegmentMembers> after;
    QVERIFY2(ev.evaluate(rules2, &after, &error), qPrintable(error));
    QCOMPARE(ev.cacheSize(), cacheBefore + 1);

    Evaluator fresh(table);
    fresh.setAsOf(kAsOf);
    std::vector<SegmentMembers> expected;
    QVERIFY2(fresh.evaluate(rules2, &expected, &error), qPrintable(error));
    QString why;
    QVERIFY2(sameResult(after, expected, &why), qPrintable(why));
    QVERIFY(ev.outcome() && fresh.outcome());
    QCOMPARE(bits(*ev.outcome()), bits(*fresh.outcome()));
    QVERIFY(ev.scoreValues("eng") && fresh.scoreValues("eng"));
    QVERIFY(*ev.scoreValues("eng") == *fresh.scoreValues("eng"));

    // And back: the first result again, from the cache, with no new entries.
    std::vector<SegmentMembers> again;
    QVERIFY2(ev.evaluate(rules1, &again, &error), qPrintable(error));
    QCOMPARE(ev.cacheSize(), cacheBefore + 1);
    QVERIFY2(sameResult(again, before, &why), qPrintable(why));
}

void TestEvaluator::incrementalAsOf()
{
    // A score rule and a segment read relative dates: moving the as-of date must not reuse stale bits.
    const ColumnTable table = treeTable();
    const RuleSet rules = ruleSet(QStringLiteral(R"({
        "scores": [{"id": "recent", "rules": [{"when": {"field": "seen", "op": "within_last_days", "value": 10}, "points": 1}]}],
        "segments": {"mode": "overlapping", "children": [
            {"id": "a", "name": "A", "when": {"field": "seen", "op": "not_within_last_days", "value": 30}},
            {"id": "b", "name": "B", "when": {"field": "recent", "op": "=", "value": 1}}]}})"));
    Evaluator ev(table);
    std::vector<SegmentMembers> out;
    QString error;
    ev.setAsOf(kAsOf);
    QVERIFY2(ev.evaluate(rules, &out, &error), qPrintable(error));
    // seen: 10-31 09-01 (e) 10-20 11-01 10-25 2025-05-05 10-02
    QCOMPARE(bits(out[0].members), QStringLiteral("01100010"));
    QCOMPARE(bits(out[1].members), QStringLiteral("10001100"));
    ev.setAsOf(day(2026, 10, 25));
    QVERIFY2(ev.evaluate(rules, &out, &error), qPrintable(error));
    Evaluator fresh(table);
    fresh.setAsOf(day(2026, 10, 25));
    std::vector<SegmentMembers> expected;
    QVERIFY2(fresh.evaluate(rules, &expected, &error), qPrintable(error));
    QString why;
    QVERIFY2(sameResult(out, expected, &why), qPrintable(why));
    // As of 10-25: within 30 = 09-25..10-25 → 10-20, 10-25, 10-02; 10-31 and 11-01 are in the future.
    QCOMPARE(bits(out[0].members), QStringLiteral("11101010"));
    QCOMPARE(bits(out[1].members), QStringLiteral("00010100"));
}

void TestEvaluator::incrementalScoreReadsSegment()
{
    // The rule-file validator rejects a score that refers to a segment, but the evaluator accepts one
    // (rule sets edited in the GUI reach it before validation): then an edit of that segment must
    // recompute the score, not reuse the cached one.
    const ColumnTable table = treeTable();
    json j = json::parse(R"({
        "scores": [{"id": "s", "rules": [{"when": {"segment": "big"}, "points": 10}, {"points": 1}]}],
        "segments": {"mode": "overlapping", "children": [
            {"id": "big", "name": "Big", "when": {"field": "x", "op": ">=", "value": 5}},
            {"id": "scored", "name": "Scored", "when": {"field": "s", "op": ">=", "value": 10}}]}})");
    Evaluator ev(table);
    std::vector<SegmentMembers> out;
    QString error;
    QVERIFY2(ev.evaluate(ruleSet(j), &out, &error), qPrintable(error));
    QCOMPARE(bits(out[1].members), QStringLiteral("00001011"));
    QCOMPARE(ev.scoreValues("s")->at(4), 11.0);

    bool rejected = false;
    for (const RuleFileError& e : validateRuleSet(ruleSet(j)))
        rejected = rejected || e.pointer == "/scores/0/rules/0/when/segment";
    QVERIFY(rejected);

    j["segments"]["children"][0]["when"]["value"] = 3;
    const RuleSet edited = ruleSet(j);
    QVERIFY2(ev.evaluate(edited, &out, &error), qPrintable(error));
    Evaluator fresh(table);
    std::vector<SegmentMembers> expected;
    QVERIFY2(fresh.evaluate(edited, &expected, &error), qPrintable(error));
    QCOMPARE(bits(expected[1].members), QStringLiteral("00111011"));
    QString why;
    QVERIFY2(sameResult(out, expected, &why), qPrintable(why));
    QVERIFY(*ev.scoreValues("s") == *fresh.scoreValues("s"));
}

void TestEvaluator::funnel_data()
{
    QTest::addColumn<QString>("segments");
    QTest::addColumn<QList<int>>("remaining");
    const char* target = R"({"id": "target", "name": "Target", "when": {"all": [
        {"field": "x", "op": ">=", "value": 2}, {"field": "t", "op": "!=", "value": "green"}, {"field": "x", "op": "<=", "value": 3}]}})";
    // Base: not blue → rows 0 2 3 4 5 7 (6); x >= 2 → 2 3 4 7 (4); not green → 2 3 (2); x <= 3 → 2 (1).
    QTest::newRow("top level after an exclusive sibling")
        << QStringLiteral(R"({"mode": "exclusive", "children": [{"id": "first", "name": "First", "when": {"field": "t", "op": "=", "value": "blue"}}, %1]})")
               .arg(QString::fromLatin1(target))
        << QList<int>{6, 4, 2, 1};
    // Base: x >= 2 and not blue → rows 2 3 4 7 (4).
    QTest::newRow("nested")
        << QStringLiteral(R"({"mode": "overlapping", "children": [{"id": "p", "name": "P", "when": {"field": "x", "op": ">=", "value": 2},
             "mode": "exclusive", "children": [{"id": "first", "name": "First", "when": {"field": "t", "op": "=", "value": "blue"}}, %1]}]})")
               .arg(QString::fromLatin1(target))
        << QList<int>{4, 4, 2, 1};
    QTest::newRow("overlapping parent")
        << QStringLiteral(R"({"mode": "overlapping", "children": [{"id": "first", "name": "First", "when": {"field": "t", "op": "=", "value": "blue"}}, %1]})")
               .arg(QString::fromLatin1(target))
        << QList<int>{8, 6, 4, 2};
}

void TestEvaluator::funnel()
{
    QFETCH(QString, segments);
    QFETCH(QList<int>, remaining);
    const ColumnTable table = treeTable();
    const RuleSet rules = ruleSet(json{{"segments", json::parse(segments.toStdString())}});
    Evaluator ev(table);
    QString error;
    const std::vector<FunnelStep> steps = ev.funnel(rules, "target", &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QList<int> got;
    for (const FunnelStep& s : steps)
        got << int(s.remaining);
    QCOMPARE(got, remaining);
    QCOMPARE(steps.size(), size_t(4));
    for (size_t i = 1; i < steps.size(); ++i)
        QCOMPARE(qs(steps[i].pointer), QStringLiteral("/all/%1").arg(i - 1));
    QVERIFY(qs(steps[1].label).contains(QLatin1String("x")));
    QVERIFY(qs(steps[2].label).contains(QLatin1String("green")));

    // The last step is the segment's size.
    std::vector<SegmentMembers> out;
    QVERIFY2(ev.evaluate(rules, &out, &error), qPrintable(error));
    for (const SegmentMembers& m : out)
        if (m.id == "target")
            QCOMPARE(int(m.members.count()), remaining.back());
}

void TestEvaluator::explain_data()
{
    QTest::addColumn<int>("row");
    QTest::addColumn<bool>("member");
    QTest::addColumn<QString>("takenBy");
    QTest::addColumn<bool>("truth");
    QTest::addColumn<QString>("leafTruths");
    QTest::addColumn<QStringList>("leadValues");
    QTest::newRow("member") << 2 << true << QString() << true << QStringLiteral("111")
                            << QStringList{QStringLiteral("3"), QStringLiteral("red"), QStringLiteral("3")};
    QTest::newRow("taken by an earlier sibling") << 6 << false << QStringLiteral("first") << false << QStringLiteral("110")
                                                 << QStringList{QStringLiteral("7"), QStringLiteral("blue"), QStringLiteral("7")};
    QTest::newRow("empty cell") << 5 << false << QString() << false << QStringLiteral("010")
                                << QStringList{QString(), QStringLiteral("red"), QString()};
    QTest::newRow("fails one condition") << 7 << false << QString() << false << QStringLiteral("100")
                                         << QStringList{QStringLiteral("8"), QStringLiteral("green"), QStringLiteral("8")};
}

void TestEvaluator::explain()
{
    QFETCH(int, row);
    QFETCH(bool, member);
    QFETCH(QString, takenBy);
    QFETCH(bool, truth);
    QFETCH(QString, leafTruths);
    QFETCH(QStringList, leadValues);
    const ColumnTable table = treeTable();
    const RuleSet rules = ruleSet(QStringLiteral(R"({"segments": {"mode": "exclusive", "children": [
        {"id": "first", "name": "First", "when": {"field": "t", "op": "=", "value": "blue"}},
        {"id": "target", "name": "Target", "when": {"all": [
            {"field": "x", "op": ">=", "value": 2}, {"field": "t", "op": "!=", "value": "green"}, {"field": "x", "op": "<=", "value": 3}]}}]}})"));
    Evaluator ev(table);
    QString error;
    const Explanation ex = ev.explain(rules, "target", size_t(row), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(ex.member, member);
    QCOMPARE(qs(ex.takenBy), takenBy);
    QCOMPARE(ex.steps.size(), size_t(1));
    QCOMPARE(qs(ex.steps[0].first), QStringLiteral("target"));
    const ExplainNode& all = ex.steps[0].second;
    QCOMPARE(all.truth, truth);
    QCOMPARE(all.children.size(), size_t(3));
    QString truths;
    QStringList values;
    for (const ExplainNode& leaf : all.children) {
        truths += leaf.truth ? QLatin1Char('1') : QLatin1Char('0');
        values << qs(leaf.leadValue);
    }
    QCOMPARE(truths, leafTruths);
    QCOMPARE(values, leadValues);
    QVERIFY(qs(all.children[1].label).contains(QLatin1String("green")));
}

void TestEvaluator::wilson_data()
{
    QTest::addColumn<int>("conversions");
    QTest::addColumn<int>("size");
    QTest::addColumn<double>("publishedLow");  // -1: none
    QTest::addColumn<double>("publishedHigh");
    // Published Wilson 95% intervals (e.g. Newcombe 1998, Table I; epitools).
    QTest::newRow("0/10") << 0 << 10 << 0.0 << 0.2775;
    QTest::newRow("5/10") << 5 << 10 << 0.2366 << 0.7634;
    QTest::newRow("10/10") << 10 << 10 << 0.7225 << 1.0;
    QTest::newRow("45/100") << 45 << 100 << 0.3561 << 0.5476;
    QTest::newRow("1/29") << 1 << 29 << 0.0061 << 0.1718;
    QTest::newRow("81/263") << 81 << 263 << 0.2553 << 0.3662;
    QTest::newRow("15/148") << 15 << 148 << 0.0624 << 0.1605;
    QTest::newRow("1/1000") << 1 << 1000 << -1.0 << -1.0;
    QTest::newRow("499/1000") << 499 << 1000 << -1.0 << -1.0;
}

void TestEvaluator::wilson()
{
    QFETCH(int, conversions);
    QFETCH(int, size);
    QFETCH(double, publishedLow);
    QFETCH(double, publishedHigh);
    QVERIFY(std::fabs(z95() - 1.959964) < 5e-7);
    double lo = -1, hi = -1, handLo = 0, handHi = 0;
    wilsonInterval(size_t(conversions), size_t(size), &lo, &hi);
    wilsonByHand(conversions, size, &handLo, &handHi);
    QVERIFY2(std::fabs(lo - handLo) < 1e-9, qPrintable(QStringLiteral("low %1 vs %2").arg(lo, 0, 'g', 12).arg(handLo, 0, 'g', 12)));
    QVERIFY2(std::fabs(hi - handHi) < 1e-9, qPrintable(QStringLiteral("high %1 vs %2").arg(hi, 0, 'g', 12).arg(handHi, 0, 'g', 12)));
    if (publishedLow >= 0) {
        QVERIFY2(std::fabs(lo - publishedLow) < 1e-4, qPrintable(QStringLiteral("low %1 vs published %2").arg(lo).arg(publishedLow)));
        QVERIFY2(std::fabs(hi - publishedHigh) < 1e-4, qPrintable(QStringLiteral("high %1 vs published %2").arg(hi).arg(publishedHigh)));
    }
    // The rate lies inside its interval (up to rounding: 10/10 gives 1 - 1e-16 as its upper bound).
    const double rate = double(conversions) / size;
    QVERIFY(lo >= 0 && lo <= rate + 1e-12 && hi >= rate - 1e-12 && hi <= 1);
}

void TestEvaluator::twoProportion_data()
{
    QTest::addColumn<int>("k1");
    QTest::addColumn<int>("n1");
    QTest::addColumn<int>("k2");
    QTest::addColumn<int>("n2");
    QTest::addColumn<double>("published"); // -1: none
    // 30/100 vs 20/100: pooled 0.25, z = 1.6330, p = 0.1025.
    QTest::newRow("30/100 vs 20/100") << 30 << 100 << 20 << 100 << 0.1025;
    QTest::newRow("20/100 vs 30/100") << 20 << 100 << 30 << 100 << 0.1025;
    QTest::newRow("equal rates") << 10 << 50 << 20 << 100 << 1.0;
    QTest::newRow("45/100 vs 30/120") << 45 << 100 << 30 << 120 << -1.0;
    QTest::newRow("large") << 5200 << 100000 << 5000 << 100000 << -1.0;
}

void TestEvaluator::twoProportion()
{
    QFETCH(int, k1);
    QFETCH(int, n1);
    QFETCH(int, k2);
    QFETCH(int, n2);
    QFETCH(double, published);
    const auto p = twoProportionPValue(Proportion{size_t(n1), size_t(k1)}, Proportion{size_t(n2), size_t(k2)});
    QVERIFY(p.has_value());
    const double hand = pValueByHand(k1, n1, k2, n2);
    QVERIFY2(std::fabs(*p - hand) < 1e-12, qPrintable(QStringLiteral("%1 vs %2").arg(*p, 0, 'g', 15).arg(hand, 0, 'g', 15)));
    if (published >= 0)
        QVERIFY2(std::fabs(*p - published) < 1e-4, qPrintable(QStringLiteral("%1 vs published %2").arg(*p).arg(published)));
    // An empty group has no test.
    QVERIFY(!twoProportionPValue(Proportion{0, 0}, Proportion{size_t(n2), size_t(k2)}).has_value());
}

void TestEvaluator::segmentStats()
{
    // won: T F T T F (e) T F → 4 of 8.
    const ColumnTable table = treeTable();
    const RuleSet rules = ruleSet(QStringLiteral(R"({"outcome": {"field": "won", "op": "=", "value": true},
        "segments": {"mode": "exclusive", "children": [
            {"id": "a", "name": "A", "when": {"field": "x", "op": ">=", "value": 3}, "mode": "exclusive", "children": [
                {"id": "a1", "name": "A1", "when": {"field": "t", "op": "=", "value": "red"}},
                {"id": "a2", "name": "A2", "when": {"field": "t", "op": "=", "value": "blue"}}]}]}})"));
    Evaluator ev(table);
    std::vector<SegmentMembers> out;
    QString error;
    QVERIFY2(ev.evaluate(rules, &out, &error), qPrintable(error));
    const std::vector<SegmentStats> stats = computeSegmentStats(out, ev.outcome(), table.rowCount());
    QCOMPARE(stats.size(), size_t(5)); // a, a/a1, a/a2, a/~, ~

    // Hand counts: a = rows 2 3 4 6 7, conv 2 3 6; a1 = row 2 (1/1); a2 = row 6 (1/1);
    // a/~ = rows 3 4 7 (1/3); ~ = rows 0 1 5 (1/3).
    struct Expect { const char* path; int size, conv, parentSize, parentConv; };
    const Expect expect[] = {{"a", 5, 3, 8, 4}, {"a/a1", 1, 1, 5, 3}, {"a/a2", 1, 1, 5, 3}, {"a/~", 3, 1, 5, 3}, {"~", 3, 1, 8, 4}};
    for (size_t i = 0; i < 5; ++i) {
        const Expect& e = expect[i];
        QCOMPARE(qs(out[i].path), QString::fromLatin1(e.path));
        QCOMPARE(int(stats[i].all.size), e.size);
        QCOMPARE(int(stats[i].all.conversions), e.conv);
        const double rate = double(e.conv) / e.size;
        QVERIFY(stats[i].lift.has_value());
        QVERIFY2(std::fabs(*stats[i].lift - rate / 0.5) < 1e-12, e.path);
        QVERIFY(stats[i].liftParent.has_value());
        QVERIFY2(std::fabs(*stats[i].liftParent - rate / (double(e.parentConv) / e.parentSize)) < 1e-12, e.path);
        double lo, hi;
        wilsonByHand(e.conv, e.size, &lo, &hi);
        QVERIFY2(std::fabs(stats[i].ciLow - lo) < 1e-9 && std::fabs(stats[i].ciHigh - hi) < 1e-9, e.path);
        // Against the rest of the parent.
        QVERIFY2(stats[i].pValue.has_value(), e.path);
        const double p = pValueByHand(e.conv, e.size, e.parentConv - e.conv, e.parentSize - e.size);
        QVERIFY2(std::fabs(*stats[i].pValue - p) < 1e-12,
                 qPrintable(QStringLiteral("%1: %2 vs %3").arg(QString::fromLatin1(e.path)).arg(*stats[i].pValue).arg(p)));
        QVERIFY(!stats[i].treatment && !stats[i].holdout);
    }

    // Without an outcome: sizes only.
    const std::vector<SegmentStats> bare = computeSegmentStats(out, std::nullopt, table.rowCount());
    QCOMPARE(int(bare[0].all.size), 5);
    QCOMPARE(int(bare[0].all.conversions), 0);
    QVERIFY(!bare[0].lift && !bare[0].pValue);
}

void TestEvaluator::segmentStatsHoldout()
{
    std::vector<std::vector<std::string>> rows;
    for (int i = 0; i < 4000; ++i)
        rows.push_back({"k" + std::to_string(i), i % 3 == 0 ? "true" : "false"});
    const ColumnTable table = ColumnTable::fromText({{"key", FieldType::Text}, {"won", FieldType::Boolean}}, rows, "key");
    const RuleSet rules = ruleSet(QStringLiteral(R"({"outcome": {"field": "won", "op": "=", "value": true},
        "segments": {"mode": "overlapping", "children": [{"id": "h", "name": "H", "holdout": 20}]}})"));
    Evaluator ev(table);
    std::vector<SegmentMembers> out;
    QString error;
    QVERIFY2(ev.evaluate(rules, &out, &error), qPrintable(error));
    const std::vector<SegmentStats> stats = computeSegmentStats(out, ev.outcome(), table.rowCount());
    QVERIFY(stats[0].holdout && stats[0].treatment);
    const size_t hSize = out[0].holdout->count(), hConv = out[0].holdout->countAnd(*ev.outcome());
    QCOMPARE(stats[0].holdout->size, hSize);
    QCOMPARE(stats[0].holdout->conversions, hConv);
    QCOMPARE(stats[0].treatment->size, size_t(4000) - hSize);
    QCOMPARE(stats[0].treatment->conversions, size_t(1334) - hConv);
    QVERIFY(stats[0].holdoutLift.has_value());
    const double tRate = double(1334 - hConv) / double(4000 - hSize), hRate = double(hConv) / double(hSize);
    QVERIFY(std::fabs(*stats[0].holdoutLift - tRate / hRate) < 1e-12);
    QVERIFY(stats[0].holdoutPValue.has_value());
    QVERIFY(std::fabs(*stats[0].holdoutPValue - pValueByHand(double(1334 - hConv), double(4000 - hSize), double(hConv), double(hSize))) < 1e-12);
}

void TestEvaluator::terminalSegments_data()
{
    QTest::addColumn<QString>("segments");
    QTest::addColumn<bool>("exclusive");
    QTest::addColumn<QStringList>("expected"); // per row: paths joined by ','
    QTest::newRow("exclusive")
        << QStringLiteral(R"({"mode": "exclusive", "children": [
             {"id": "a", "name": "A", "when": {"field": "x", "op": ">=", "value": 3}, "mode": "exclusive", "children": [
                {"id": "a1", "name": "A1", "when": {"field": "t", "op": "=", "value": "red"}},
                {"id": "a2", "name": "A2", "when": {"field": "t", "op": "=", "value": "blue"}}]}]})")
        << true
        << QStringList{QStringLiteral("~"), QStringLiteral("~"), QStringLiteral("a/a1"), QStringLiteral("a/~"), QStringLiteral("a/~"),
                       QStringLiteral("~"), QStringLiteral("a/a2"), QStringLiteral("a/~")};
    QTest::newRow("exclusive, child without when")
        << QStringLiteral(R"({"mode": "exclusive", "children": [
             {"id": "a", "name": "A", "when": {"field": "x", "op": ">=", "value": 5}, "mode": "exclusive", "children": [
                {"id": "a1", "name": "A1", "when": {"field": "t", "op": "=", "value": "green"}}, {"id": "a2", "name": "A2"}]},
             {"id": "b", "name": "B"}]})")
        << true
        << QStringList{QStringLiteral("b"), QStringLiteral("b"), QStringLiteral("b"), QStringLiteral("b"), QStringLiteral("a/a1"),
                       QStringLiteral("b"), QStringLiteral("a/a2"), QStringLiteral("a/a1")};
    QTest::newRow("overlapping")
        << QStringLiteral(R"({"mode": "overlapping", "children": [
             {"id": "a", "name": "A", "when": {"field": "x", "op": ">=", "value": 3}, "mode": "overlapping", "children": [
                {"id": "a1", "name": "A1", "when": {"field": "t", "op": "=", "value": "red"}}]},
             {"id": "b", "name": "B", "when": {"field": "t", "op": "=", "value": "blue"}}]})")
        << false
        << QStringList{QString(), QStringLiteral("b"), QStringLiteral("a/a1"), QStringLiteral("a"), QStringLiteral("a"), QString(),
                       QStringLiteral("a,b"), QStringLiteral("a")};
}

void TestEvaluator::terminalSegments()
{
    QFETCH(QString, segments);
    QFETCH(bool, exclusive);
    QFETCH(QStringList, expected);
    const ColumnTable table = treeTable();
    const RuleSet rules = ruleSet(json{{"segments", json::parse(segments.toStdString())}});
    Evaluator ev(table);
    std::vector<SegmentMembers> out;
    QString error;
    QVERIFY2(ev.evaluate(rules, &out, &error), qPrintable(error));
    const std::vector<std::vector<int>> terminal = sd::terminalSegments(out, table.rowCount());
    QCOMPARE(terminal.size(), table.rowCount());
    QStringList actual;
    for (const std::vector<int>& row : terminal) {
        QStringList paths;
        for (int i : row)
            paths << qs(out[size_t(i)].path);
        actual << paths.join(QLatin1Char(','));
        if (exclusive)
            QCOMPARE(row.size(), size_t(1));
    }
    QCOMPARE(actual, expected);
}

void TestEvaluator::neutraliseFormula_data()
{
    QTest::addColumn<QString>("cell");
    QTest::addColumn<QString>("expected");
    QTest::newRow("formula") << QStringLiteral("=1+1") << QStringLiteral("'=1+1");
    QTest::newRow("negative number stays") << QStringLiteral("-5") << QStringLiteral("-5");
    QTest::newRow("negative fraction stays") << QStringLiteral("-1.5e3") << QStringLiteral("-1.5e3");
    QTest::newRow("at sign") << QStringLiteral("@x") << QStringLiteral("'@x");
    QTest::newRow("phone number") << QStringLiteral("+1 555") << QStringLiteral("'+1 555");
    QTest::newRow("minus expression") << QStringLiteral("-2+3") << QStringLiteral("'-2+3");
    QTest::newRow("DDE payload") << QStringLiteral("=cmd|' /C calc'!A0") << QStringLiteral("'=cmd|' /C calc'!A0");
    QTest::newRow("tab") << QStringLiteral("\tfoo") << QStringLiteral("'\tfoo");
    QTest::newRow("carriage return") << QStringLiteral("\rfoo") << QStringLiteral("'\rfoo");
    QTest::newRow("plain text stays") << QStringLiteral("abc") << QStringLiteral("abc");
    QTest::newRow("inner equals stays") << QStringLiteral("a=b") << QStringLiteral("a=b");
    QTest::newRow("empty stays") << QString() << QString();
}

void TestEvaluator::neutraliseFormula()
{
    QFETCH(QString, cell);
    QFETCH(QString, expected);
    QCOMPARE(qs(sd::neutraliseFormula(cell.toStdString())), expected);
}

QTEST_GUILESS_MAIN(TestEvaluator)
#include "tst_evaluator.moc"
