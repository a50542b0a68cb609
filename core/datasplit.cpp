// Train/test split by hashing, reusing the holdout hash so that the split is as well spread as holdouts.
#include "datasplit.h"

#include "evaluator.h"

#include <algorithm>
#include <cmath>
#include <string>

namespace sd {

bool hasUniqueTextKey(const ColumnTable& table)
{
    const Column* key = table.keyColumn();
    if (!key || key->type != FieldType::Text || !key->dictionary)
        return false;
    // Code 0 is the empty cell; a unique key has one dictionary entry per row and no empty cell.
    return key->dictionary->size() == table.rowCount() + 1 && key->present.count() == table.rowCount();
}

Bitmap testRowSplit(const ColumnTable& table, double testShare, uint64_t seed)
{
    const size_t n = table.rowCount();
    Bitmap test(n);
    const double share = std::clamp(testShare, 0.0, 1.0);
    const uint32_t threshold = uint32_t(std::llround(share * 10000));
    const std::string salt = "split:" + std::to_string(seed);
    const bool byKey = hasUniqueTextKey(table);
    for (size_t row = 0; row < n; ++row) {
        const std::string key = byKey ? table.keyText(row) : std::to_string(row + 1);
        if (holdoutBucket(key, salt) < threshold)
            test.set(row);
    }
    return test;
}

} // namespace sd
