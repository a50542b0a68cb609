// Parsing of cell text into typed values, shared by type inference, import and direct CSV evaluation.
// Works on UTF-8 byte views so that the import's hot loop does not allocate.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace sd {

// Date layouts that a column can use. Day-first and month-first slashes are told apart per column.
enum class DateLayout : uint8_t {
    Iso,          // 2021-04-15
    IsoDateTime,  // 2021-04-15 13:05:00 or 2021-04-15T13:05:00
    DayMonthName, // 15 Apr, 2021 / 15 April 2021
    MonthDaySlash,// 04/15/2021
    DayMonthSlash // 15/04/2021
};

struct Ymd { int year = 0, month = 0, day = 0; };

std::string_view trimAscii(std::string_view s);

// Strict decimal number: optional sign, digits, optional fraction, optional exponent. Finite only.
std::optional<double> parseNumber(std::string_view s);
// True when the text has a leading zero that a number would lose ("02139", "-007"), so it stays text.
bool hasSignificantLeadingZero(std::string_view s);

// yes/no/true/false/y/n/1/0, case-insensitive.
std::optional<bool> parseBoolean(std::string_view s);

std::optional<Ymd> parseDate(std::string_view s, DateLayout layout);
bool isValidYmd(int y, int m, int d);
// ISO text kept in the workspace: "YYYY-MM-DD", or "YYYY-MM-DD HH:MM:SS" for date-times.
std::string formatIsoDate(const Ymd& d);
// Days since 1970-01-01 (proleptic Gregorian).
int64_t daysFromCivil(const Ymd& d);
Ymd civilFromDays(int64_t days);

// Canonical text of a number: integers without a fraction, others with the shortest round-trip digits.
std::string formatNumber(double v);

} // namespace sd
