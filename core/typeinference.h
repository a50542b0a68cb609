// Type inference over a whole column: every non-empty value is seen, not just the first rows.
#pragma once

#include "fieldtype.h"
#include "valueparsing.h"

#include <QString>
#include <string_view>

namespace sd {

class ColumnTypeInference
{
public:
    void add(std::string_view trimmedNonEmpty);
    // Combines the evidence of another part of the same column (parallel inference).
    void merge(const ColumnTypeInference& other);

    struct Verdict
    {
        FieldType type = FieldType::Text;
        DateLayout dateLayout = DateLayout::Iso;
        QString warning; // e.g. ambiguous day/month order
    };
    Verdict verdict() const;
    qint64 nonEmpty() const { return mNonEmpty; }

private:
    qint64 mNonEmpty = 0;
    bool mNumber = true, mBoolean = true;
    bool mIso = true, mIsoDateTime = true, mDayMonthName = true, mMdy = true, mDmy = true;
    bool mSawDateTime = false;
    bool mMixedDates = true; // every value is an ISO date, ISO date-time or "15 Apr, 2021"
    bool mLeadingZero = false;
    qint64 mWithSemicolon = 0;
    bool mListPlausible = true;
    // Boolean columns use one pair of words consistently (yes/no, true/false, y/n, 1/0).
    int mBooleanPair = -1;
};

} // namespace sd
