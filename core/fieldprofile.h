// What a field's values look like: distinct values with their counts (text, list), min / median /
// max (number, date), true / false counts (boolean). The condition editor offers these next to
// each leaf so a user picks values that exist instead of guessing them.
#pragma once

#include "columntable.h"

#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace sd {

struct FieldProfile
{
    FieldType type = FieldType::Text;
    size_t rows = 0;
    size_t present = 0;                                  // non-empty cells
    std::vector<std::pair<std::string, size_t>> values;  // text/list: distinct values, most frequent first
    std::optional<double> min, median, max;              // number (and dates as days since 1970-01-01)
    size_t trueCount = 0, falseCount = 0;                // boolean
};

// One pass over a column (plus a selection for the median). maxValues bounds the distinct values kept.
FieldProfile profileColumn(const Column& column, size_t maxValues = 5000);
// The same for a computed number column such as a score.
FieldProfile profileNumbers(const std::vector<double>& values);

} // namespace sd
