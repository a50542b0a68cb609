// Monthly counts: the month of each day number is looked up in a table built once per distinct
// day range, so the row loop does no calendar arithmetic.
#include "monthlyconversion.h"

#include "valueparsing.h"

#include <algorithm>
#include <limits>

namespace sd {

MonthlyConversion computeMonthlyConversion(const Column& dateColumn, const std::vector<SegmentMembers>& segments,
                                           const std::vector<int>& segmentIndices, const std::optional<Bitmap>& outcome)
{
    MonthlyConversion out;
    out.field = dateColumn.name;
    out.hasOutcome = outcome.has_value();
    if (dateColumn.type != FieldType::Date)
        return out;
    const size_t rows = dateColumn.present.size();
    Bitmap all(rows, true);
    auto membersOf = [&](int index) -> const Bitmap& {
        return index < 0 ? all : segments[size_t(index)].members;
    };
    // Day range over the union of the segments, present cells only.
    int32_t minDay = std::numeric_limits<int32_t>::max(), maxDay = std::numeric_limits<int32_t>::min();
    Bitmap scope(rows);
    for (int i : segmentIndices)
        if (i < int(segments.size()))
            scope |= membersOf(i);
    scope &= dateColumn.present;
    scope.forEach([&](size_t r) {
        minDay = std::min(minDay, dateColumn.days[r]);
        maxDay = std::max(maxDay, dateColumn.days[r]);
    });
    const bool anyDate = minDay <= maxDay;
    std::vector<int> monthOfDay;
    if (anyDate) {
        const Ymd a = civilFromDays(minDay), b = civilFromDays(maxDay);
        out.firstMonth = a.year * 12 + a.month - 1;
        out.lastMonth = b.year * 12 + b.month - 1;
        monthOfDay.resize(size_t(int64_t(maxDay) - minDay + 1));
        for (int64_t d = minDay; d <= maxDay; ++d) {
            const Ymd y = civilFromDays(d);
            monthOfDay[size_t(d - minDay)] = y.year * 12 + y.month - 1 - out.firstMonth;
        }
    }
    const size_t months = anyDate ? size_t(out.monthCount()) : 0;
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
        membersOf(i).forEach([&](size_t r) {
            if (!dateColumn.present.test(r)) {
                ++s.undated;
                return;
            }
            const size_t m = size_t(monthOfDay[size_t(dateColumn.days[r] - minDay)]);
            ++s.leads[m];
            if (outcome && outcome->test(r))
                ++s.conversions[m];
        });
        out.series.push_back(std::move(s));
    }
    return out;
}

} // namespace sd
