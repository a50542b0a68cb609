// Feature encoding: levels and bins are chosen on the fitting rows, then applied to every row with
// exactly the semantics of the conditions they are written as (DESIGN.md condition semantics).
#include "featureencoder.h"

#include "valueparsing.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>
#include <numeric>

namespace sd {

Condition leafCondition(const std::string& field, Op op, nlohmann::json value)
{
    Condition c;
    c.kind = Condition::Kind::Leaf;
    c.field = field;
    c.op = op;
    c.value = std::move(value);
    return c;
}

Condition groupCondition(Condition::Kind kind, std::vector<Condition> children)
{
    if (children.size() == 1 && kind != Condition::Kind::Not)
        return std::move(children.front());
    Condition c;
    c.kind = kind;
    c.children = std::move(children);
    return c;
}

nlohmann::json typedValue(FieldType type, double v)
{
    if (type == FieldType::Date)
        return formatIsoDate(civilFromDays(int64_t(v)));
    // Whole numbers are written as such ("value": 29, not 29.0), as a person would write them.
    if (v == std::floor(v) && std::fabs(v) < 9007199254740992.0)
        return int64_t(v);
    return v;
}

std::string typedText(FieldType type, double v)
{
    if (type == FieldType::Date)
        return formatIsoDate(civilFromDays(int64_t(v)));
    return formatNumber(v);
}

namespace {

double cellValue(const Column& c, size_t row)
{
    return c.type == FieldType::Date ? double(c.days[row]) : c.numbers[row];
}

template <typename F> void forRows(const Bitmap* rows, size_t n, F&& f)
{
    if (rows)
        rows->forEach(f);
    else
        for (size_t i = 0; i < n; ++i)
            f(i);
}

} // namespace

int FeatureEncoder::addFeature(int field, std::string label, Condition when)
{
    mFeatures.push_back({field, std::move(label), std::move(when)});
    const int id = int(mFeatures.size()) - 1;
    mFields[size_t(field)].features.push_back(id);
    return id;
}

bool FeatureEncoder::build(const ColumnTable& table, const std::vector<std::string>& fields, const Bitmap* fitRows,
                           const EncodingOptions& options, QString* error)
{
    mFields.clear();
    mFeatures.clear();
    mPlans.clear();
    for (const std::string& name : fields) {
        const Column* c = table.column(name);
        if (!c) {
            *error = QCoreApplication::translate("sd::FeatureEncoder", "the field \"%1\" is not in the data")
                         .arg(QString::fromStdString(name));
            return false;
        }
        if (c->type == FieldType::List) {
            *error = QCoreApplication::translate("sd::FeatureEncoder",
                                                 "the list field \"%1\" cannot be used by a model; choose text, number, date or boolean fields")
                         .arg(QString::fromStdString(name));
            return false;
        }
        const int field = int(mFields.size());
        mFields.push_back({name, c->type, {}});
        Plan p;
        p.column = name;
        p.type = c->type;
        switch (c->type) {
        case FieldType::Text: planText(*c, fitRows, options, &p, field); break;
        case FieldType::Number:
        case FieldType::Date: planBins(*c, fitRows, options, &p, field); break;
        case FieldType::Boolean: {
            const size_t n = table.rowCount();
            const size_t present = c->present.count(), yes = c->truth.countAnd(c->present);
            if (yes)
                p.yes = addFeature(field, name + " = true", leafCondition(name, Op::Eq, true));
            if (present > yes)
                p.no = addFeature(field, name + " = false", leafCondition(name, Op::Eq, false));
            if (present < n)
                p.empty = addFeature(field, name + " is empty", leafCondition(name, Op::IsEmpty));
            break;
        }
        case FieldType::List: break;
        }
        mPlans.push_back(std::move(p));
    }
    return true;
}

void FeatureEncoder::planText(const Column& c, const Bitmap* fitRows, const EncodingOptions& o, Plan* p, int field)
{
    const std::string& name = p->column;
    const uint32_t codes = c.dictionary ? c.dictionary->size() : 1;
    std::vector<size_t> fitCount(codes, 0), allCount(codes, 0);
    forRows(fitRows, c.codes.size(), [&](size_t row) { ++fitCount[c.codes[row]]; });
    for (uint32_t code : c.codes)
        ++allCount[code];
    std::vector<uint32_t> order;
    for (uint32_t code = 1; code < codes; ++code)
        if (fitCount[code] >= std::max<size_t>(o.minLevelRows, 1))
            order.push_back(code);
    // Most frequent first; equal counts by text so the choice does not depend on load order.
    std::sort(order.begin(), order.end(), [&](uint32_t a, uint32_t b) {
        return fitCount[a] != fitCount[b] ? fitCount[a] > fitCount[b] : c.dictionary->at(a) < c.dictionary->at(b);
    });
    if (order.size() > size_t(std::max(o.maxLevels, 0)))
        order.resize(size_t(std::max(o.maxLevels, 0)));
    p->codeFeature.assign(codes, -1);
    nlohmann::json levels = nlohmann::json::array();
    for (uint32_t code : order) {
        const std::string level(c.dictionary->at(code));
        p->codeFeature[code] = addFeature(field, name + " = " + level, leafCondition(name, Op::Eq, level));
        levels.push_back(level);
    }
    bool hasOther = false;
    for (uint32_t code = 1; code < codes; ++code)
        hasOther = hasOther || (p->codeFeature[code] < 0 && allCount[code] > 0);
    if (hasOther) {
        Condition when = levels.empty()
            ? leafCondition(name, Op::IsNotEmpty)
            : groupCondition(Condition::Kind::All, {leafCondition(name, Op::NotIn, levels), leafCondition(name, Op::IsNotEmpty)});
        p->other = addFeature(field, name + ": other", std::move(when));
        for (uint32_t code = 1; code < codes; ++code)
            if (p->codeFeature[code] < 0)
                p->codeFeature[code] = p->other;
    }
    if (allCount[0] > 0) {
        p->empty = addFeature(field, name + " is empty", leafCondition(name, Op::IsEmpty));
        p->codeFeature[0] = p->empty;
    }
}

void FeatureEncoder::planBins(const Column& c, const Bitmap* fitRows, const EncodingOptions& o, Plan* p, int field)
{
    const std::string& name = p->column;
    const size_t n = c.present.size();
    std::vector<double> values;
    forRows(fitRows, n, [&](size_t row) {
        if (c.present.test(row))
            values.push_back(cellValue(c, row));
    });
    std::sort(values.begin(), values.end());
    const int bins = std::max(o.numericBins, 1);
    // Cut points at quantiles; a cut equal to the smallest value would leave its bin empty.
    for (int k = 1; k < bins && !values.empty(); ++k) {
        const double q = values[size_t(double(k) * double(values.size()) / double(bins))];
        if (q > values.front() && (p->cuts.empty() || q > p->cuts.back()))
            p->cuts.push_back(q);
    }
    const FieldType t = p->type;
    const std::vector<double>& cuts = p->cuts;
    if (c.present.count() > 0) {
        if (cuts.empty()) {
            p->firstBin = addFeature(field, name + " is not empty", leafCondition(name, Op::IsNotEmpty));
        } else {
            for (size_t i = 0; i <= cuts.size(); ++i) {
                int id;
                if (i == 0)
                    id = addFeature(field, name + " < " + typedText(t, cuts[0]), leafCondition(name, Op::Lt, typedValue(t, cuts[0])));
                else if (i == cuts.size())
                    id = addFeature(field, name + " >= " + typedText(t, cuts[i - 1]), leafCondition(name, Op::Ge, typedValue(t, cuts[i - 1])));
                else
                    id = addFeature(field, name + " " + typedText(t, cuts[i - 1]) + " to < " + typedText(t, cuts[i]),
                                    groupCondition(Condition::Kind::All, {leafCondition(name, Op::Ge, typedValue(t, cuts[i - 1])),
                                                                          leafCondition(name, Op::Lt, typedValue(t, cuts[i]))}));
                if (i == 0)
                    p->firstBin = id;
            }
        }
    }
    if (c.present.count() < n)
        p->empty = addFeature(field, name + " is empty", leafCondition(name, Op::IsEmpty));
}

int FeatureEncoder::featureOf(const ColumnTable& table, size_t f, size_t row) const
{
    const Plan& p = mPlans[f];
    const Column& c = *table.column(p.column);
    switch (p.type) {
    case FieldType::Text: {
        const uint32_t code = c.codes[row];
        return code < p.codeFeature.size() ? p.codeFeature[code] : p.other;
    }
    case FieldType::Number:
    case FieldType::Date: {
        if (!c.present.test(row))
            return p.empty;
        const double v = cellValue(c, row);
        return p.firstBin + int(std::upper_bound(p.cuts.begin(), p.cuts.end(), v) - p.cuts.begin());
    }
    case FieldType::Boolean:
        if (!c.present.test(row))
            return p.empty;
        return c.truth.test(row) ? p.yes : p.no;
    case FieldType::List: break;
    }
    return -1;
}

std::vector<int32_t> FeatureEncoder::encode(const ColumnTable& table) const
{
    const size_t n = table.rowCount(), w = mFields.size();
    std::vector<int32_t> out(n * w);
    for (size_t f = 0; f < w; ++f)
        for (size_t row = 0; row < n; ++row)
            out[row * w + f] = featureOf(table, f, row);
    return out;
}

} // namespace sd
