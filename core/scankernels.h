// Scans over the rows of a column table, 64 rows (one bitmap word) at a time, split over two
// threads for large tables, and the comparison kernels that numeric conditions compile to.
#pragma once

#include "bitmap.h"

#include <cstddef>
#include <cstdint>
#include <functional>

namespace sd::scan {

// Rows below this are scanned on the calling thread alone: handing work over costs more.
constexpr size_t kParallelRows = size_t(1) << 17;

// Runs f(firstWord, endWord) over the 64-row words of n rows: the first half on the calling thread,
// the second on a long-lived worker (started once; a thread start per scan costs ~50 µs, which
// adds up over the dozens of scans of one evaluation). When another caller holds the worker,
// both halves run here.
void forWordRanges(size_t n, const std::function<void(size_t, size_t)>& f);

// Sets bit i for every row where pred(i) holds.
template <typename Pred> Bitmap rowsWhere(size_t n, Pred pred)
{
    Bitmap b(n);
    uint64_t* w = b.words();
    const size_t full = n / 64;
    forWordRanges(n, [&](size_t first, size_t end) {
        for (size_t k = first; k < end && k < full; ++k) {
            uint64_t bits = 0;
            const size_t base = k * 64;
            for (size_t j = 0; j < 64; ++j)
                bits |= uint64_t(pred(base + j) ? 1 : 0) << j;
            w[k] = bits;
        }
    });
    for (size_t i = full * 64; i < n; ++i)
        if (pred(i))
            b.set(i);
    return b;
}

enum class Compare { Lt, Le, Gt, Ge, Eq, Between };

// Rows whose number compares true: x < a, x <= a, x > a, x >= a, x == a, or a <= x <= b. NaN
// compares false, as in C++. Empty cells are not masked here (their stored value is compared).
Bitmap compareNumbers(const double* x, size_t n, Compare cmp, double a, double b = 0);

// Rows whose day number d has lo <= d <= hi (bounds beyond the int32 range are clamped).
Bitmap daysInRange(const int32_t* d, size_t n, int64_t lo, int64_t hi);

// Score accumulation for one 64-row block: acc[j] += min(points * x[j], cap) (x null: points
// capped) for every j < m whose bit is set in `bits`.
void addPoints(double* acc, uint64_t bits, const double* x, double points, double cap, size_t m);

} // namespace sd::scan
