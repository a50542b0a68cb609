// Lift figures. The version comparison tests the leads one version touches and the other does not,
// since the leads both touch add the same conversions to each side.
#include "liftreport.h"

#include <QCoreApplication>

#include <cmath>

namespace sd {

void differenceInterval(const Proportion& a, const Proportion& b, double* low, double* high)
{
    double la, ua, lb, ub;
    wilsonInterval(a.conversions, a.size, &la, &ua);
    wilsonInterval(b.conversions, b.size, &lb, &ub);
    const double pa = a.rate(), pb = b.rate(), d = pa - pb;
    *low = d - std::sqrt((pa - la) * (pa - la) + (ub - pb) * (ub - pb));
    *high = d + std::sqrt((ua - pa) * (ua - pa) + (pb - lb) * (pb - lb));
}

std::vector<HoldoutLift> holdoutLiftReport(const std::vector<SegmentMembers>& segments, const Bitmap& outcome)
{
    std::vector<HoldoutLift> out;
    for (const SegmentMembers& s : segments) {
        if (!s.holdout)
            continue;
        HoldoutLift l;
        l.id = s.id;
        l.path = s.path;
        l.name = s.name;
        Bitmap treatment = s.members;
        treatment.andNot(*s.holdout);
        l.treatment = {treatment.count(), treatment.countAnd(outcome)};
        l.holdout = {s.holdout->count(), s.holdout->countAnd(outcome)};
        wilsonInterval(l.treatment.conversions, l.treatment.size, &l.treatmentLow, &l.treatmentHigh);
        wilsonInterval(l.holdout.conversions, l.holdout.size, &l.holdoutLow, &l.holdoutHigh);
        if (l.treatment.size && l.holdout.size) {
            l.uplift = l.treatment.rate() - l.holdout.rate();
            double lo, hi;
            differenceInterval(l.treatment, l.holdout, &lo, &hi);
            l.upliftLow = lo;
            l.upliftHigh = hi;
            if (l.holdout.rate() > 0)
                l.relativeLift = l.treatment.rate() / l.holdout.rate();
        }
        l.pValue = twoProportionPValue(l.treatment, l.holdout);
        out.push_back(std::move(l));
    }
    return out;
}

namespace {

bool touchedLeads(const ColumnTable& table, const RuleSet& rules, int64_t asOf, Bitmap* touched, size_t* leaves,
                  QString* error)
{
    Evaluator ev(table);
    ev.setAsOf(asOf);
    std::vector<SegmentMembers> segments;
    if (!ev.evaluate(rules, &segments, error))
        return false;
    *touched = Bitmap(table.rowCount());
    *leaves = 0;
    for (const SegmentMembers& s : segments) {
        if (s.leaf && !s.remainder) {
            *touched |= s.members;
            ++*leaves;
        }
    }
    // A lead held out by any segment on its way was deliberately not touched.
    for (const SegmentMembers& s : segments)
        if (s.holdout)
            touched->andNot(*s.holdout);
    return true;
}

} // namespace

bool compareRuleSets(const ColumnTable& table, const RuleSet& a, const RuleSet& b, const Condition* outcome,
                     int64_t asOf, RuleSetComparison* out, QString* error)
{
    Condition chosen;
    if (outcome) {
        chosen = *outcome;
    } else if (a.outcome && b.outcome && *a.outcome == *b.outcome) {
        chosen = *a.outcome;
    } else {
        *error = !a.outcome || !b.outcome ? QCoreApplication::translate("sd::LiftReport", "both versions need an outcome to compare them, or give one")
                                          : QCoreApplication::translate("sd::LiftReport", "the two versions define different outcomes; choose one to compare them by");
        return false;
    }
    Evaluator ev(table);
    ev.setAsOf(asOf);
    Bitmap positives;
    if (!ev.evaluateCondition(chosen, &positives, error))
        return false;
    Bitmap ta, tb;
    *out = {};
    out->a.name = a.name;
    out->b.name = b.name;
    if (!touchedLeads(table, a, asOf, &ta, &out->a.segments, error) || !touchedLeads(table, b, asOf, &tb, &out->b.segments, error))
        return false;
    auto proportion = [&](const Bitmap& m) { return Proportion{m.count(), m.countAnd(positives)}; };
    out->a.touched = proportion(ta);
    out->b.touched = proportion(tb);
    Bitmap both = ta & tb;
    Bitmap onlyA = ta, onlyB = tb;
    onlyA.andNot(tb);
    onlyB.andNot(ta);
    out->both = proportion(both);
    out->onlyA = proportion(onlyA);
    out->onlyB = proportion(onlyB);
    if (out->a.touched.size && out->b.touched.size)
        out->difference = out->a.touched.rate() - out->b.touched.rate();
    out->pValue = twoProportionPValue(out->onlyA, out->onlyB);
    return true;
}

} // namespace sd
