// The hand-checked 12-lead table and rule set shared by the chart-data and chart tests.
#pragma once

#include "columntable.h"
#include "evaluator.h"
#include "rulefile.h"
#include "segmentstats.h"
#include "valueparsing.h"

#include <QtGlobal>

namespace sd::test {

// row | employees | opens | created    | converted | industry
//  0  |   500     |   8   | 2024-01-05 | yes | tech
//  1  |   200     |   6   | 2024-01-20 | yes | retail
//  2  |   150     |   2   | 2024-02-03 | no  | tech
//  3  |  1000     |   9   | 2024-02-14 | no  | tech
//  4  |   120     |   1   | 2024-02-28 | no  |
//  5  |    50     |   7   | 2024-03-01 | yes | tech
//  6  |    20     |   0   | 2024-03-15 | no  | retail
//  7  |    10     |   3   |            | no  |
//  8  |    80     |   5   | 2024-01-10 | no  | retail
//  9  |           |   4   | 2024-03-30 | yes | tech
// 10  |   300     |  10   | 2024-03-02 | yes |
// 11  |    60     |   2   | 2024-02-10 | no  | retail
inline ColumnTable handTable()
{
    return ColumnTable::fromText({{"id", FieldType::Text}, {"employees", FieldType::Number}, {"opens", FieldType::Number},
                                  {"created", FieldType::Date}, {"converted", FieldType::Boolean}, {"industry", FieldType::Text}},
                                 {{"a", "500", "8", "2024-01-05", "true", "tech"},
                                  {"b", "200", "6", "2024-01-20", "true", "retail"},
                                  {"c", "150", "2", "2024-02-03", "false", "tech"},
                                  {"d", "1000", "9", "2024-02-14", "false", "tech"},
                                  {"e", "120", "1", "2024-02-28", "false", ""},
                                  {"f", "50", "7", "2024-03-01", "true", "tech"},
                                  {"g", "20", "0", "2024-03-15", "false", "retail"},
                                  {"h", "10", "3", "", "false", ""},
                                  {"i", "80", "5", "2024-01-10", "false", "retail"},
                                  {"j", "", "4", "2024-03-30", "true", "tech"},
                                  {"k", "300", "10", "2024-03-02", "true", ""},
                                  {"l", "60", "2", "2024-02-10", "false", "retail"}},
                                 "id");
}

// Root exclusive: big (employees >= 100, overlapping children hot: eng >= 5, tech: industry = tech),
// small (employees < 100), remainder ~ (no employees). eng = opens clamped to [0, 10].
inline const char* handRules = R"({
  "format": "segment-designer/rules", "version": 1, "name": "hand",
  "fields": {"id": "text", "employees": "number", "opens": "number", "created": "date",
             "converted": "boolean", "industry": "text"},
  "outcome": {"field": "converted", "op": "=", "value": true},
  "scores": [{"id": "eng", "label": "Engagement", "min": 0, "max": 10, "rules": [{"per": "opens", "points": 1}]}],
  "segments": {"mode": "exclusive", "children": [
    {"id": "big", "name": "Big", "when": {"field": "employees", "op": ">=", "value": 100}, "mode": "overlapping",
     "children": [
       {"id": "hot", "name": "Hot", "when": {"all": [{"field": "industry", "op": "is_not_empty"},
                                                      {"field": "eng", "op": ">=", "value": 5}]}},
       {"id": "tech", "name": "Tech", "when": {"field": "industry", "op": "=", "value": "tech"}}]},
    {"id": "small", "name": "Small", "when": {"field": "employees", "op": "<", "value": 100}}]}
})";

struct Evaluated
{
    ColumnTable table;
    RuleSet rules;
    std::vector<SegmentMembers> segments;
    std::vector<SegmentStats> stats;
    std::optional<Bitmap> outcome;
    std::vector<double> eng;
};

inline Evaluated evaluateHand(const char* rulesText = handRules)
{
    Evaluated e;
    e.table = handTable();
    RuleFileResult r = parseRuleFile(QByteArray(rulesText));
    if (!r.ok)
        qFatal("rules: %s", qPrintable(formatRuleFileError(r.errors.front())));
    e.rules = r.rules;
    Evaluator ev(e.table);
    ev.setAsOf(daysFromCivil({2024, 6, 1}));
    QString error;
    if (!ev.evaluate(e.rules, &e.segments, &error))
        qFatal("evaluate: %s", qPrintable(error));
    e.outcome = ev.outcome();
    e.stats = computeSegmentStats(e.segments, e.outcome, e.table.rowCount());
    e.eng = *ev.scoreValues("eng");
    return e;
}

} // namespace sd::test
