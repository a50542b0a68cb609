// Whole-column type inference. Each candidate type survives only while every value fits it.
#include "typeinference.h"

#include <QCoreApplication>

namespace sd {

namespace {

// Boolean word pairs; a column must stay within one pair.
int booleanPair(std::string_view s)
{
    auto eq = [&](std::string_view w) {
        if (s.size() != w.size())
            return false;
        for (size_t i = 0; i < s.size(); ++i) {
            char c = s[i];
            if (c >= 'A' && c <= 'Z')
                c = char(c - 'A' + 'a');
            if (c != w[i])
                return false;
        }
        return true;
    };
    if (eq("yes") || eq("no"))
        return 0;
    if (eq("true") || eq("false"))
        return 1;
    if (eq("y") || eq("n"))
        return 2;
    if (s == "1" || s == "0")
        return 3;
    return -1;
}

} // namespace

void ColumnTypeInference::add(std::string_view v)
{
    ++mNonEmpty;
    if (mBoolean) {
        const int pair = booleanPair(v);
        if (pair < 0 || (mBooleanPair >= 0 && pair != mBooleanPair))
            mBoolean = false;
        else
            mBooleanPair = pair;
    }
    if (mNumber) {
        if (!parseNumber(v))
            mNumber = false;
        else if (hasSignificantLeadingZero(v))
            mLeadingZero = true;
    }
    const bool digitStart = !v.empty() && v[0] >= '0' && v[0] <= '9';
    if (mIso || mIsoDateTime) {
        const bool iso = digitStart && parseDate(v, DateLayout::Iso).has_value();
        const bool isoDt = !iso && digitStart && parseDate(v, DateLayout::IsoDateTime).has_value();
        if (isoDt)
            mSawDateTime = true;
        if (!iso)
            mIso = false;
        if (!iso && !isoDt)
            mIsoDateTime = false;
    }
    const bool dayMonthName = digitStart && parseDate(v, DateLayout::DayMonthName).has_value();
    if (mDayMonthName && !dayMonthName)
        mDayMonthName = false;
    if (mMixedDates && !dayMonthName && !(digitStart && (parseDate(v, DateLayout::Iso) || parseDate(v, DateLayout::IsoDateTime))))
        mMixedDates = false;
    if (mMdy && !(digitStart && parseDate(v, DateLayout::MonthDaySlash)))
        mMdy = false;
    if (mDmy && !(digitStart && parseDate(v, DateLayout::DayMonthSlash)))
        mDmy = false;
    if (mListPlausible) {
        const size_t semi = v.find(';');
        if (semi != std::string_view::npos) {
            ++mWithSemicolon;
            // Items of a list are short tokens, not sentences or multi-line text.
            size_t start = 0;
            while (start <= v.size()) {
                size_t end = v.find(';', start);
                if (end == std::string_view::npos)
                    end = v.size();
                if (end - start > 64) {
                    mListPlausible = false;
                    break;
                }
                start = end + 1;
            }
        }
        if (v.find('\n') != std::string_view::npos || v.size() > 512)
            mListPlausible = false;
    }
}

void ColumnTypeInference::merge(const ColumnTypeInference& o)
{
    if (o.mNonEmpty == 0)
        return;
    if (mNonEmpty == 0) {
        *this = o;
        return;
    }
    mNonEmpty += o.mNonEmpty;
    mBoolean = mBoolean && o.mBoolean && mBooleanPair == o.mBooleanPair;
    mNumber = mNumber && o.mNumber;
    mIso = mIso && o.mIso;
    mIsoDateTime = mIsoDateTime && o.mIsoDateTime;
    mDayMonthName = mDayMonthName && o.mDayMonthName;
    mMdy = mMdy && o.mMdy;
    mDmy = mDmy && o.mDmy;
    mSawDateTime = mSawDateTime || o.mSawDateTime;
    mMixedDates = mMixedDates && o.mMixedDates;
    mLeadingZero = mLeadingZero || o.mLeadingZero;
    mWithSemicolon += o.mWithSemicolon;
    mListPlausible = mListPlausible && o.mListPlausible;
}

ColumnTypeInference::Verdict ColumnTypeInference::verdict() const
{
    Verdict r;
    if (mNonEmpty == 0)
        return r; // nothing to go on: text
    if (mBoolean) {
        r.type = FieldType::Boolean;
        return r;
    }
    if (mNumber) {
        r.type = mLeadingZero ? FieldType::Text : FieldType::Number;
        return r;
    }
    if (mIso) {
        r.type = FieldType::Date;
        r.dateLayout = DateLayout::Iso;
        return r;
    }
    if (mIsoDateTime) {
        r.type = FieldType::Date;
        r.dateLayout = DateLayout::IsoDateTime;
        return r;
    }
    if (mDayMonthName) {
        r.type = FieldType::Date;
        r.dateLayout = DateLayout::DayMonthName;
        return r;
    }
    if (mMixedDates) {
        // Unambiguous layouts mixed in one column: each value is read in the layout it has.
        r.type = FieldType::Date;
        r.dateLayout = DateLayout::Iso;
        return r;
    }
    if (mMdy && mDmy) {
        r.warning = QCoreApplication::translate("sd::ColumnTypeInference",
            "dates like 01/02/2021 could be day-first or month-first; kept as text");
        return r;
    }
    if (mMdy || mDmy) {
        r.type = FieldType::Date;
        r.dateLayout = mMdy ? DateLayout::MonthDaySlash : DateLayout::DayMonthSlash;
        return r;
    }
    // A list when a good share of values hold several ';'-separated short items.
    if (mListPlausible && mWithSemicolon > 0 && mWithSemicolon * 10 >= mNonEmpty) {
        r.type = FieldType::List;
        return r;
    }
    return r;
}

} // namespace sd
