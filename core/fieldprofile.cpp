// Field profiles for the condition editor's value pickers.
#include "fieldprofile.h"

#include <algorithm>

namespace sd {

namespace {

void numberSummary(std::vector<double>& v, FieldProfile* p)
{
    if (v.empty())
        return;
    const auto [lo, hi] = std::minmax_element(v.begin(), v.end());
    p->min = *lo;
    p->max = *hi;
    // Lower median: a value that exists in the data, which reads better as a suggestion.
    auto mid = v.begin() + std::ptrdiff_t((v.size() - 1) / 2);
    std::nth_element(v.begin(), mid, v.end());
    p->median = *mid;
}

void sortValues(std::vector<std::pair<std::string, size_t>>& values, size_t maxValues)
{
    std::sort(values.begin(), values.end(), [](const auto& a, const auto& b) {
        return a.second != b.second ? a.second > b.second : a.first < b.first;
    });
    if (values.size() > maxValues)
        values.resize(maxValues);
}

} // namespace

FieldProfile profileColumn(const Column& column, size_t maxValues)
{
    FieldProfile p;
    p.type = column.type;
    p.rows = column.present.size();
    p.present = column.present.count();
    switch (column.type) {
    case FieldType::Number: {
        std::vector<double> v;
        v.reserve(p.present);
        column.present.forEach([&](size_t row) { v.push_back(column.numbers[row]); });
        numberSummary(v, &p);
        break;
    }
    case FieldType::Date: {
        std::vector<double> v;
        v.reserve(p.present);
        column.present.forEach([&](size_t row) { v.push_back(double(column.days[row])); });
        numberSummary(v, &p);
        break;
    }
    case FieldType::Boolean:
        p.trueCount = column.truth.countAnd(column.present);
        p.falseCount = p.present - p.trueCount;
        break;
    case FieldType::Text:
    case FieldType::List: {
        if (!column.dictionary)
            break;
        std::vector<size_t> counts(column.dictionary->size(), 0); // code 0 is the empty cell
        if (column.type == FieldType::Text) {
            for (uint32_t code : column.codes)
                ++counts[code];
        } else {
            for (uint32_t code : column.listItems)
                ++counts[code];
        }
        // Rank codes first and make strings only for the kept ones: a unique column (e-mail
        // addresses) has as many distinct values as rows.
        std::vector<std::pair<size_t, uint32_t>> ranked;
        for (uint32_t code = 1; code < counts.size(); ++code)
            if (counts[code] > 0)
                ranked.emplace_back(counts[code], code);
        const size_t keep = std::min(maxValues, ranked.size());
        std::partial_sort(ranked.begin(), ranked.begin() + std::ptrdiff_t(keep), ranked.end(),
                          [](const auto& a, const auto& b) { return a.first > b.first; });
        ranked.resize(keep);
        for (const auto& [count, code] : ranked)
            p.values.emplace_back(std::string(column.dictionary->at(code)), count);
        sortValues(p.values, maxValues);
        break;
    }
    }
    return p;
}

FieldProfile profileNumbers(const std::vector<double>& values)
{
    FieldProfile p;
    p.type = FieldType::Number;
    p.rows = values.size();
    p.present = values.size();
    std::vector<double> v = values;
    numberSummary(v, &p);
    return p;
}

} // namespace sd
