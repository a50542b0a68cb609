// Row scans: the long-lived second scan thread and the vectorised number comparisons.
#include "scankernels.h"

#include <algorithm>
#include <condition_variable>
#include <limits>
#include <mutex>
#include <thread>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace sd::scan {

namespace {

class ScanWorker
{
public:
    ScanWorker() : mThread([this] { run(); }) {}
    ~ScanWorker()
    {
        {
            std::lock_guard lock(mMutex);
            mStop = true;
        }
        mWake.notify_one();
        mThread.join();
    }

    // Runs f(first, end) on the worker while the caller runs `own`; false (nothing run) when
    // another caller holds the worker.
    bool split(const std::function<void(size_t, size_t)>& f, size_t first, size_t end, const std::function<void()>& own)
    {
        std::unique_lock user(mUser, std::try_to_lock);
        if (!user.owns_lock())
            return false;
        {
            std::lock_guard lock(mMutex);
            mTask = &f;
            mFirst = first;
            mEnd = end;
            mDone = false;
        }
        mWake.notify_one();
        own();
        std::unique_lock lock(mMutex);
        mFinished.wait(lock, [this] { return mDone; });
        return true;
    }

private:
    void run()
    {
        std::unique_lock lock(mMutex);
        for (;;) {
            mWake.wait(lock, [this] { return mStop || mTask; });
            if (mStop)
                return;
            const auto* task = mTask;
            const size_t first = mFirst, end = mEnd;
            lock.unlock();
            (*task)(first, end);
            lock.lock();
            mTask = nullptr;
            mDone = true;
            mFinished.notify_one();
        }
    }

    std::mutex mUser;   // held by the one caller using the worker
    std::mutex mMutex;  // guards the fields below
    std::condition_variable mWake, mFinished;
    const std::function<void(size_t, size_t)>* mTask = nullptr;
    size_t mFirst = 0, mEnd = 0;
    bool mDone = true;
    bool mStop = false;
    std::thread mThread;
};

ScanWorker& worker()
{
    static ScanWorker w;
    return w;
}

template <Compare C> inline bool test(double x, double a, double b)
{
    if constexpr (C == Compare::Lt) return x < a;
    else if constexpr (C == Compare::Le) return x <= a;
    else if constexpr (C == Compare::Gt) return x > a;
    else if constexpr (C == Compare::Ge) return x >= a;
    else if constexpr (C == Compare::Eq) return x == a;
    else return x >= a && x <= b;
}

#if defined(__SSE2__)
template <Compare C> inline int mask2(__m128d x, __m128d a, __m128d b)
{
    // Ordered comparisons: false when either side is NaN, like the scalar operators.
    if constexpr (C == Compare::Lt) return _mm_movemask_pd(_mm_cmplt_pd(x, a));
    else if constexpr (C == Compare::Le) return _mm_movemask_pd(_mm_cmple_pd(x, a));
    else if constexpr (C == Compare::Gt) return _mm_movemask_pd(_mm_cmplt_pd(a, x));
    else if constexpr (C == Compare::Ge) return _mm_movemask_pd(_mm_cmple_pd(a, x));
    else if constexpr (C == Compare::Eq) return _mm_movemask_pd(_mm_cmpeq_pd(x, a));
    else return _mm_movemask_pd(_mm_and_pd(_mm_cmple_pd(a, x), _mm_cmple_pd(x, b)));
}
#endif

template <Compare C> Bitmap compareWith(const double* x, size_t n, double a, double b)
{
    Bitmap out(n);
    uint64_t* w = out.words();
    const size_t full = n / 64;
    forWordRanges(n, [&](size_t first, size_t end) {
        const size_t stop = std::min(end, full);
        for (size_t k = first; k < stop; ++k) {
            const double* p = x + k * 64;
            uint64_t bits = 0;
#if defined(__SSE2__)
            const __m128d va = _mm_set1_pd(a), vb = _mm_set1_pd(b);
            for (size_t j = 0; j < 64; j += 8) {
                const uint64_t m = uint64_t(mask2<C>(_mm_loadu_pd(p + j), va, vb))
                    | uint64_t(mask2<C>(_mm_loadu_pd(p + j + 2), va, vb)) << 2
                    | uint64_t(mask2<C>(_mm_loadu_pd(p + j + 4), va, vb)) << 4
                    | uint64_t(mask2<C>(_mm_loadu_pd(p + j + 6), va, vb)) << 6;
                bits |= m << j;
            }
#else
            for (size_t j = 0; j < 64; ++j)
                bits |= uint64_t(test<C>(p[j], a, b) ? 1 : 0) << j;
#endif
            w[k] = bits;
        }
    });
    for (size_t i = full * 64; i < n; ++i)
        if (test<C>(x[i], a, b))
            out.set(i);
    return out;
}

#if defined(__SSE2__)
// Lane masks for two rows: entry i has lane k all ones when bit k of i is set.
alignas(16) const uint64_t kLaneMasks[4][2] = {{0, 0}, {~0ULL, 0}, {0, ~0ULL}, {~0ULL, ~0ULL}};
#endif

} // namespace

void addPoints(double* acc, uint64_t bits, const double* x, double points, double cap, size_t m)
{
    if (!bits)
        return;
#if defined(__SSE2__)
    if (m == 64) {
        const __m128d vp = _mm_set1_pd(points), vc = _mm_set1_pd(cap);
        for (size_t j = 0; j < 64; j += 2) {
            const __m128d mask = _mm_load_pd(reinterpret_cast<const double*>(kLaneMasks[(bits >> j) & 3]));
            // _mm_min_pd(c, v) is (c < v) ? c : v, the same choice std::min(v, c) makes, NaN included.
            const __m128d v = x ? _mm_min_pd(vc, _mm_mul_pd(vp, _mm_loadu_pd(x + j))) : _mm_min_pd(vc, vp);
            _mm_storeu_pd(acc + j, _mm_add_pd(_mm_loadu_pd(acc + j), _mm_and_pd(mask, v)));
        }
        return;
    }
#endif
    for (size_t j = 0; j < m; ++j) {
        const double v = std::min(x ? points * x[j] : points, cap);
        acc[j] += ((bits >> j) & 1) ? v : 0.0;
    }
}

Bitmap daysInRange(const int32_t* d, size_t n, int64_t lo64, int64_t hi64)
{
    constexpr int64_t kMin = std::numeric_limits<int32_t>::min(), kMax = std::numeric_limits<int32_t>::max();
    if (lo64 > hi64 || lo64 > kMax || hi64 < kMin)
        return Bitmap(n);
    const int32_t lo = int32_t(std::max(lo64, kMin)), hi = int32_t(std::min(hi64, kMax));
    Bitmap out(n);
    uint64_t* w = out.words();
    const size_t full = n / 64;
    forWordRanges(n, [&](size_t first, size_t end) {
        const size_t stop = std::min(end, full);
#if defined(__SSE2__)
        const __m128i vlo = _mm_set1_epi32(lo), vhi = _mm_set1_epi32(hi);
#endif
        for (size_t k = first; k < stop; ++k) {
            const int32_t* p = d + k * 64;
            uint64_t bits = 0;
#if defined(__SSE2__)
            for (size_t j = 0; j < 64; j += 4) {
                const __m128i x = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p + j));
                const __m128i outside = _mm_or_si128(_mm_cmplt_epi32(x, vlo), _mm_cmpgt_epi32(x, vhi));
                bits |= uint64_t(~_mm_movemask_ps(_mm_castsi128_ps(outside)) & 0xf) << j;
            }
#else
            for (size_t j = 0; j < 64; ++j)
                bits |= uint64_t(p[j] >= lo && p[j] <= hi ? 1 : 0) << j;
#endif
            w[k] = bits;
        }
    });
    for (size_t i = full * 64; i < n; ++i)
        if (d[i] >= lo && d[i] <= hi)
            out.set(i);
    return out;
}

void forWordRanges(size_t n, const std::function<void(size_t, size_t)>& f)
{
    const size_t words = (n + 63) / 64;
    if (n < kParallelRows) {
        f(0, words);
        return;
    }
    const size_t half = words / 2;
    if (!worker().split(f, half, words, [&] { f(0, half); }))
        f(0, words);
}

Bitmap compareNumbers(const double* x, size_t n, Compare cmp, double a, double b)
{
    switch (cmp) {
    case Compare::Lt: return compareWith<Compare::Lt>(x, n, a, b);
    case Compare::Le: return compareWith<Compare::Le>(x, n, a, b);
    case Compare::Gt: return compareWith<Compare::Gt>(x, n, a, b);
    case Compare::Ge: return compareWith<Compare::Ge>(x, n, a, b);
    case Compare::Eq: return compareWith<Compare::Eq>(x, n, a, b);
    case Compare::Between: return compareWith<Compare::Between>(x, n, a, b);
    }
    return Bitmap(n);
}

} // namespace sd::scan
