// Monthly counts: the month of each row is computed once per table and date field (MonthIndex);
// the per-edit loop only counts.
#include "monthlyconversion.h"

#include "valueparsing.h"

#include <algorithm>
#include <limits>

namespace sd {

MonthIndex computeMonthIndex(const Column& dateColumn)
{
    MonthIndex ix;
    ix.field = dateColumn.name;
    const size_t rows = dateColumn.present.size();
    ix.month.assign(rows, MonthIndex::NoDate);
    if (dateColumn.type != FieldType::Date)
        return ix;
    int32_t minDay = std::numeric_limits<int32_t>::max(), maxDay = std::numeric_limits<int32_t>::min();
    dateColumn.present.forEach([&](size_t r) {
        minDay = std::min(minDay, dateColumn.days[r]);
        maxDay = std::max(maxDay, dateColumn.days[r]);
    });
    if (minDay > maxDay)
        return ix;
    const Ymd a = civilFromDays(minDay), b = civilFromDays(maxDay);
    ix.firstMonth = a.year * 12 + a.month - 1;
    ix.lastMonth = b.year * 12 + b.month - 1;
    // Month of each day in the range, then of each row through it.
    std::vector<uint32_t> monthOfDay(size_t(int64_t(maxDay) - minDay + 1));
    for (int64_t d = minDay; d <= maxDay; ++d) {
        const Ymd y = civilFromDays(d);
        monthOfDay[size_t(d - minDay)] = uint32_t(y.year * 12 + y.month - 1 - ix.firstMonth);
    }
    dateColumn.present.forEach([&](size_t r) { ix.month[r] = monthOfDay[size_t(dateColumn.days[r] - minDay)]; });
    return ix;
}

MonthlyConversion computeMonthlyConversion(const MonthIndex& index, const std::vector<SegmentMembers>& segments,
                                           const std::vector<int>& segmentIndices, const std::optional<Bitmap>& outcome)
{
    MonthlyConversion out;
    out.field = index.field;
    out.hasOutcome = outcome.has_value();
    const size_t rows = index.month.size();
    const size_t months = size_t(std::max(0, index.lastMonth - index.firstMonth + 1));
    const uint64_t* outcomeWords = outcome ? outcome->words() : nullptr;
    for (int i : segmentIndices) {
        if (i >= int(segments.size()))
            continue;
        MonthlySeries s;
        s.segmentIndex = i;
        if (i >= 0) {
            s.id = segments[size_t(i)].id;
            s.name = segments[size_t(i)].name;
        }
        s.leads.assign(months, 0);
        s.conversions.assign(months, 0);
        auto add = [&](size_t r) {
            const uint32_t m = index.month[r];
            if (m == MonthIndex::NoDate) {
                ++s.undated;
                return;
            }
            ++s.leads[m];
            if (outcomeWords)
                s.conversions[m] += size_t((outcomeWords[r >> 6] >> (r & 63)) & 1);
        };
        if (i < 0)
            for (size_t r = 0; r < rows; ++r)
                add(r);
        else
            segments[size_t(i)].members.forEach(add);
        out.series.push_back(std::move(s));
    }
    // Trim the months in which none of these segments has a lead.
    size_t first = months, last = 0;
    for (size_t m = 0; m < months; ++m)
        for (const MonthlySeries& s : out.series)
            if (s.leads[m]) {
                first = std::min(first, m);
                last = std::max(last, m);
            }
    if (first > last) {
        out.firstMonth = 0;
        out.lastMonth = -1;
        for (MonthlySeries& s : out.series) {
            s.leads.clear();
            s.conversions.clear();
        }
        return out;
    }
    out.firstMonth = index.firstMonth + int(first);
    out.lastMonth = index.firstMonth + int(last);
    for (MonthlySeries& s : out.series) {
        s.leads = std::vector<size_t>(s.leads.begin() + long(first), s.leads.begin() + long(last) + 1);
        s.conversions = std::vector<size_t>(s.conversions.begin() + long(first), s.conversions.begin() + long(last) + 1);
    }
    return out;
}

MonthlyConversion computeMonthlyConversion(const Column& dateColumn, const std::vector<SegmentMembers>& segments,
                                           const std::vector<int>& segmentIndices, const std::optional<Bitmap>& outcome)
{
    return computeMonthlyConversion(computeMonthIndex(dateColumn), segments, segmentIndices, outcome);
}

} // namespace sd
