// The CLI's compare command: two versions of a rule set on the same leads (conversions per lead
// touched), and treatment against holdout for every segment with a holdout, after a later import.
#include "commands.h"

#include "clicommon.h"

#include "columntable.h"
#include "evaluator.h"
#include "liftreport.h"
#include "outcomespec.h"
#include "valueparsing.h"
#include "workspace.h"

#include <QCommandLineParser>
#include <QFileInfo>

#include <set>

namespace sd::cli {

namespace {

ojson proportion(const Proportion& p)
{
    ojson j;
    j["size"] = p.size;
    j["conversions"] = p.conversions;
    j["rate"] = p.size ? ojson(p.rate()) : ojson(nullptr);
    return j;
}

ojson optional(const std::optional<double>& v)
{
    return v ? ojson(*v) : ojson(nullptr);
}

bool loadBoth(const QString& input, const RuleSet& a, const RuleSet& b, const std::string& outcomeField,
              ColumnTable* table, QString* error)
{
    if (!QFileInfo(input).isFile()) {
        *error = QStringLiteral("%1: no such file").arg(input);
        return false;
    }
    if (isWorkspaceFile(input)) {
        auto ws = Workspace::open(input, error, Workspace::Mode::ReadOnly);
        if (!ws)
            return false;
        std::set<std::string> names;
        for (const RuleSet* r : {&a, &b})
            for (const std::string& f : r->referencedFields())
                names.insert(f);
        if (!outcomeField.empty())
            names.insert(outcomeField);
        return table->loadWorkspace(*ws, error, {}, std::vector<std::string>(names.begin(), names.end()),
                                    a.hasHoldout() || b.hasHoldout());
    }
    std::vector<std::pair<std::string, FieldType>> types = a.fields;
    for (const auto& f : b.fields)
        if (!a.fieldType(f.first))
            types.push_back(f);
    return table->loadCsv(input, types, std::string(), error);
}

} // namespace

int runCompare(const QStringList& args)
{
    QCommandLineParser p;
    p.setApplicationDescription(QStringLiteral(
        "Compare two versions of a rule set on the same leads: conversions per lead touched (a lead in a leaf segment, "
        "not held out), leads only one version touches, and treatment against holdout per segment."));
    p.addPositionalArgument(QStringLiteral("RULES_A"), QStringLiteral("First version (*.rules.json)"));
    p.addPositionalArgument(QStringLiteral("RULES_B"), QStringLiteral("Second version (*.rules.json)"));
    p.addPositionalArgument(QStringLiteral("INPUT"), QStringLiteral("Workspace (*.segdb) or CSV file with outcomes"));
    p.addOption({QStringLiteral("outcome"), QStringLiteral("What converting means (default: the versions' own outcome)"), QStringLiteral("FIELD[=VALUE]")});
    p.addOption({QStringLiteral("as-of"), QStringLiteral("Date for relative conditions (default: today)"), QStringLiteral("DATE")});
    if (int rc = parseCommand(p, QStringLiteral("compare"),
                              QStringLiteral("RULES_A RULES_B (WORKSPACE|CSV) [--outcome FIELD[=VALUE]] [--as-of DATE]"), args, 3);
        rc >= 0)
        return rc;
    const QStringList pos = p.positionalArguments();
    RuleFileResult a, b;
    QString error;
    int64_t asOf = 0;
    if (!loadRules(pos[0], &a, &error) || !loadRules(pos[1], &b, &error) || !parseAsOf(p.value(QStringLiteral("as-of")), &asOf, &error))
        return userError(QStringLiteral("compare: %1").arg(error));
    const QString outcomeSpec = p.value(QStringLiteral("outcome"));
    ColumnTable table;
    if (!loadBoth(pos[2], a.rules, b.rules, outcomeSpec.section(QLatin1Char('='), 0, 0).trimmed().toStdString(), &table, &error))
        return userError(QStringLiteral("compare: %1").arg(error));
    std::optional<Condition> outcome;
    if (!outcomeSpec.isEmpty()) {
        outcome = parseOutcomeSpec(table, outcomeSpec.toStdString(), &error);
        if (!outcome)
            return userError(QStringLiteral("compare: --outcome: %1").arg(error));
    }
    RuleSetComparison c;
    if (!compareRuleSets(table, a.rules, b.rules, outcome ? &*outcome : nullptr, asOf, &c, &error))
        return userError(QStringLiteral("compare: %1").arg(error));
    const Condition used = outcome ? *outcome : *a.rules.outcome;
    Bitmap positives;
    if (!outcomeRows(table, used, &positives, &error))
        return userError(QStringLiteral("compare: %1").arg(error));
    ojson j;
    j["as_of"] = formatIsoDate(civilFromDays(asOf));
    j["outcome"] = conditionLabel(used);
    j["total"] = table.rowCount();
    auto version = [](const VersionResult& v) {
        ojson o;
        o["name"] = v.name;
        o["leaf_segments"] = v.segments;
        o["touched"] = v.touched.size;
        o["conversions"] = v.touched.conversions;
        o["rate"] = v.touched.size ? ojson(v.touched.rate()) : ojson(nullptr);
        return o;
    };
    j["a"] = version(c.a);
    j["b"] = version(c.b);
    j["only_a"] = proportion(c.onlyA);
    j["only_b"] = proportion(c.onlyB);
    j["both"] = proportion(c.both);
    j["difference"] = optional(c.difference);
    j["p_value"] = optional(c.pValue);
    ojson holdouts = ojson::array();
    for (const auto& [label, rules] : {std::pair<const char*, const RuleSet*>{"a", &a.rules}, {"b", &b.rules}}) {
        Evaluator ev(table);
        ev.setAsOf(asOf);
        std::vector<SegmentMembers> segments;
        if (!ev.evaluate(*rules, &segments, &error))
            return userError(QStringLiteral("compare: %1: %2").arg(pos[label[0] == 'a' ? 0 : 1], error));
        for (const HoldoutLift& l : holdoutLiftReport(segments, positives)) {
            ojson h;
            h["version"] = label;
            h["id"] = l.id;
            h["path"] = l.path;
            h["treatment"] = proportion(l.treatment);
            h["treatment"]["ci95"] = ojson::array({l.treatmentLow, l.treatmentHigh});
            h["holdout"] = proportion(l.holdout);
            h["holdout"]["ci95"] = ojson::array({l.holdoutLow, l.holdoutHigh});
            h["uplift"] = optional(l.uplift);
            h["uplift_ci95"] = l.upliftLow ? ojson::array({*l.upliftLow, *l.upliftHigh}) : ojson(nullptr);
            h["relative_lift"] = optional(l.relativeLift);
            h["p_value"] = optional(l.pValue);
            holdouts.push_back(h);
        }
    }
    j["holdouts"] = holdouts;
    printJson(j);
    return 0;
}

} // namespace sd::cli
