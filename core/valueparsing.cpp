// Cell text → typed values. Hot path of import: no allocation except when formatting.
#include "valueparsing.h"

#include <array>
#include <charconv>
#include <cmath>
#include <cstdio>

namespace sd {

namespace {

bool isSpace(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\f' || c == '\v'; }
bool isDigit(char c) { return c >= '0' && c <= '9'; }
char lower(char c) { return (c >= 'A' && c <= 'Z') ? char(c - 'A' + 'a') : c; }

bool equalsNoCase(std::string_view a, std::string_view b)
{
    if (a.size() != b.size())
        return false;
    for (size_t i = 0; i < a.size(); ++i)
        if (lower(a[i]) != b[i])
            return false;
    return true;
}

// Reads exactly `width` digits (or 1..width when width<0: up to -width digits) at pos.
bool readInt(std::string_view s, size_t& pos, int minDigits, int maxDigits, int& out)
{
    int n = 0, v = 0;
    while (pos < s.size() && n < maxDigits && isDigit(s[pos])) {
        v = v * 10 + (s[pos] - '0');
        ++pos;
        ++n;
    }
    out = v;
    return n >= minDigits;
}

int monthFromName(std::string_view name)
{
    static constexpr std::array<std::string_view, 12> shortNames{
        "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"};
    static constexpr std::array<std::string_view, 12> longNames{
        "january", "february", "march", "april", "may", "june", "july", "august", "september",
        "october", "november", "december"};
    for (size_t i = 0; i < 12; ++i)
        if (equalsNoCase(name, shortNames[i]) || equalsNoCase(name, longNames[i]) || equalsNoCase(name, "sept"))
            return equalsNoCase(name, "sept") ? 9 : int(i) + 1;
    return 0;
}

} // namespace

std::string_view trimAscii(std::string_view s)
{
    size_t b = 0, e = s.size();
    while (b < e && isSpace(s[b]))
        ++b;
    while (e > b && isSpace(s[e - 1]))
        --e;
    return s.substr(b, e - b);
}

std::optional<double> parseNumber(std::string_view s)
{
    if (s.empty())
        return std::nullopt;
    // Validate the grammar first: from_chars accepts "inf", "nan" and hex, which are not numbers here.
    size_t i = 0;
    if (s[i] == '+' || s[i] == '-')
        ++i;
    size_t intDigits = 0, fracDigits = 0;
    while (i < s.size() && isDigit(s[i])) {
        ++i;
        ++intDigits;
    }
    if (i < s.size() && s[i] == '.') {
        ++i;
        while (i < s.size() && isDigit(s[i])) {
            ++i;
            ++fracDigits;
        }
    }
    if (intDigits + fracDigits == 0)
        return std::nullopt;
    if (i < s.size() && (s[i] == 'e' || s[i] == 'E')) {
        ++i;
        if (i < s.size() && (s[i] == '+' || s[i] == '-'))
            ++i;
        size_t expDigits = 0;
        while (i < s.size() && isDigit(s[i])) {
            ++i;
            ++expDigits;
        }
        if (expDigits == 0)
            return std::nullopt;
    }
    if (i != s.size())
        return std::nullopt;
    const char* first = s.data();
    if (*first == '+')
        ++first;
    double v = 0;
    auto [ptr, ec] = std::from_chars(first, s.data() + s.size(), v);
    if (ec != std::errc() || ptr != s.data() + s.size() || !std::isfinite(v))
        return std::nullopt;
    return v;
}

bool hasSignificantLeadingZero(std::string_view s)
{
    size_t i = 0;
    if (i < s.size() && (s[i] == '+' || s[i] == '-'))
        ++i;
    return i + 1 < s.size() && s[i] == '0' && isDigit(s[i + 1]);
}

std::optional<bool> parseBoolean(std::string_view s)
{
    if (s.size() > 5)
        return std::nullopt;
    if (equalsNoCase(s, "yes") || equalsNoCase(s, "true") || equalsNoCase(s, "y") || s == "1")
        return true;
    if (equalsNoCase(s, "no") || equalsNoCase(s, "false") || equalsNoCase(s, "n") || s == "0")
        return false;
    return std::nullopt;
}

bool isValidYmd(int y, int m, int d)
{
    if (y < 1 || y > 9999 || m < 1 || m > 12 || d < 1)
        return false;
    static constexpr int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    const bool leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    return d <= days[m - 1] + ((m == 2 && leap) ? 1 : 0);
}

std::optional<Ymd> parseDate(std::string_view s, DateLayout layout)
{
    size_t p = 0;
    Ymd r;
    switch (layout) {
    case DateLayout::Iso:
    case DateLayout::IsoDateTime: {
        if (!readInt(s, p, 4, 4, r.year) || p >= s.size() || s[p++] != '-')
            return std::nullopt;
        if (!readInt(s, p, 2, 2, r.month) || p >= s.size() || s[p++] != '-')
            return std::nullopt;
        if (!readInt(s, p, 2, 2, r.day))
            return std::nullopt;
        if (layout == DateLayout::Iso) {
            if (p != s.size())
                return std::nullopt;
        } else {
            // Time part: [ T]HH:MM[:SS[.fff]][Z]
            if (p >= s.size() || (s[p] != ' ' && s[p] != 'T'))
                return std::nullopt;
            ++p;
            int hh = 0, mm = 0, ss = 0;
            if (!readInt(s, p, 2, 2, hh) || hh > 23 || p >= s.size() || s[p++] != ':')
                return std::nullopt;
            if (!readInt(s, p, 2, 2, mm) || mm > 59)
                return std::nullopt;
            if (p < s.size() && s[p] == ':') {
                ++p;
                if (!readInt(s, p, 2, 2, ss) || ss > 60)
                    return std::nullopt;
                if (p < s.size() && s[p] == '.') {
                    ++p;
                    int frac = 0;
                    if (!readInt(s, p, 1, 9, frac))
                        return std::nullopt;
                }
            }
            if (p < s.size() && s[p] == 'Z')
                ++p;
            if (p != s.size())
                return std::nullopt;
        }
        break;
    }
    case DateLayout::DayMonthName: {
        if (!readInt(s, p, 1, 2, r.day) || p >= s.size() || s[p++] != ' ')
            return std::nullopt;
        size_t b = p;
        while (p < s.size() && ((s[p] >= 'a' && s[p] <= 'z') || (s[p] >= 'A' && s[p] <= 'Z')))
            ++p;
        r.month = monthFromName(s.substr(b, p - b));
        if (r.month == 0)
            return std::nullopt;
        if (p < s.size() && s[p] == ',')
            ++p;
        if (p >= s.size() || s[p++] != ' ')
            return std::nullopt;
        if (!readInt(s, p, 4, 4, r.year) || p != s.size())
            return std::nullopt;
        break;
    }
    case DateLayout::MonthDaySlash:
    case DateLayout::DayMonthSlash: {
        int a = 0, b = 0;
        if (!readInt(s, p, 1, 2, a) || p >= s.size() || s[p++] != '/')
            return std::nullopt;
        if (!readInt(s, p, 1, 2, b) || p >= s.size() || s[p++] != '/')
            return std::nullopt;
        if (!readInt(s, p, 4, 4, r.year) || p != s.size())
            return std::nullopt;
        r.month = layout == DateLayout::MonthDaySlash ? a : b;
        r.day = layout == DateLayout::MonthDaySlash ? b : a;
        break;
    }
    }
    if (!isValidYmd(r.year, r.month, r.day))
        return std::nullopt;
    return r;
}

std::string formatIsoDate(const Ymd& d)
{
    char buf[16];
    std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", d.year, d.month, d.day);
    return buf;
}

// Howard Hinnant's civil-date algorithms (public domain formulas).
int64_t daysFromCivil(const Ymd& d)
{
    int64_t y = d.year - (d.month <= 2 ? 1 : 0);
    const int64_t era = (y >= 0 ? y : y - 399) / 400;
    const int64_t yoe = y - era * 400;
    const int64_t mp = (d.month + 9) % 12;
    const int64_t doy = (153 * mp + 2) / 5 + d.day - 1;
    const int64_t doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
}

Ymd civilFromDays(int64_t z)
{
    z += 719468;
    const int64_t era = (z >= 0 ? z : z - 146096) / 146097;
    const int64_t doe = z - era * 146097;
    const int64_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const int64_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const int64_t mp = (5 * doy + 2) / 153;
    Ymd r;
    r.day = int(doy - (153 * mp + 2) / 5 + 1);
    r.month = int(mp < 10 ? mp + 3 : mp - 9);
    r.year = int(yoe + era * 400 + (r.month <= 2 ? 1 : 0));
    return r;
}

std::string formatNumber(double v)
{
    if (v == 0)
        return "0"; // also for -0: one canonical zero
    if (std::fabs(v) < 1e15 && v == std::floor(v)) {
        char buf[32];
        std::snprintf(buf, sizeof buf, "%.0f", v);
        return buf;
    }
    char buf[64];
    auto [ptr, ec] = std::to_chars(buf, buf + sizeof buf, v);
    return std::string(buf, ec == std::errc() ? ptr : buf);
}

} // namespace sd
