// Leads and conversion rate per calendar month of a date field, for a set of segments: does a
// segment convert the same way over time, or did its mix or its rate drift?
#pragma once

#include "columntable.h"
#include "evaluator.h"

#include <optional>
#include <string>
#include <vector>

namespace sd {

struct MonthlySeries
{
    int segmentIndex = -1;            // index into the evaluation; -1 = all leads
    std::string id, name;
    std::vector<size_t> leads;        // per month, firstMonth..lastMonth
    std::vector<size_t> conversions;  // per month
    size_t undated = 0;               // members with an empty date

    double rate(size_t month) const { return leads[month] ? double(conversions[month]) / double(leads[month]) : 0.0; }
};

struct MonthlyConversion
{
    std::string field;
    int firstMonth = 0, lastMonth = -1; // months since year 0: year * 12 + (month - 1)
    bool hasOutcome = false;
    std::vector<MonthlySeries> series;

    int monthCount() const { return lastMonth - firstMonth + 1; }
    static int year(int month) { return month / 12; }
    static int monthOfYear(int month) { return month % 12 + 1; } // 1..12
};

// The month of every row of a date column, computed once per table and field (the table does not
// change between edits), so that monthly counts need no calendar arithmetic per row.
struct MonthIndex
{
    static constexpr uint32_t NoDate = UINT32_MAX;
    std::string field;
    int firstMonth = 0, lastMonth = -1; // over the whole column
    std::vector<uint32_t> month;        // per row: months since firstMonth, NoDate for an empty cell
};

MonthIndex computeMonthIndex(const Column& dateColumn);

// Monthly counts of the given segments (-1 = all leads). The month range spans the months in which
// any of them has a lead.
MonthlyConversion computeMonthlyConversion(const MonthIndex& index, const std::vector<SegmentMembers>& segments,
                                           const std::vector<int>& segmentIndices, const std::optional<Bitmap>& outcome);
// The same from the column itself (`dateColumn` must be a date column of the evaluated table).
MonthlyConversion computeMonthlyConversion(const Column& dateColumn, const std::vector<SegmentMembers>& segments,
                                           const std::vector<int>& segmentIndices, const std::optional<Bitmap>& outcome);

} // namespace sd
