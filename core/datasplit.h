// Deterministic train/test split for model fitting: the same table and seed always give the same
// split, whatever the machine or the order of evaluation.
#pragma once

#include "bitmap.h"
#include "columntable.h"

#include <cstdint>

namespace sd {

// Rows held out for testing: about `testShare` (0..1) of the table. When the table's key column is
// a unique text key the split follows the key, so a lead keeps its side after a re-import in another
// order; otherwise it follows the row number.
Bitmap testRowSplit(const ColumnTable& table, double testShare, uint64_t seed);

// True when every row has a distinct, non-empty key (text keys only; other key types return false).
bool hasUniqueTextKey(const ColumnTable& table);

} // namespace sd
