// A fixed-size bit set over the rows of a table; segment sizes are popcounts.
#pragma once

#include <bit>
#include <cstddef>
#include <cstdint>
#include <vector>

namespace sd {

using std::size_t;

class Bitmap
{
public:
    Bitmap() = default;
    explicit Bitmap(size_t bits, bool value = false)
        : mWords((bits + 63) / 64, value ? ~uint64_t(0) : 0), mBits(bits)
    {
        clearTail();
    }

    size_t size() const { return mBits; }
    size_t wordCount() const { return mWords.size(); }
    uint64_t* words() { return mWords.data(); }
    const uint64_t* words() const { return mWords.data(); }

    bool test(size_t i) const { return (mWords[i >> 6] >> (i & 63)) & 1; }
    void set(size_t i) { mWords[i >> 6] |= uint64_t(1) << (i & 63); }

    size_t count() const
    {
        size_t n = 0;
        for (uint64_t w : mWords)
            n += size_t(std::popcount(w));
        return n;
    }
    size_t countAnd(const Bitmap& o) const
    {
        size_t n = 0;
        for (size_t i = 0; i < mWords.size(); ++i)
            n += size_t(std::popcount(mWords[i] & o.mWords[i]));
        return n;
    }

    Bitmap& operator&=(const Bitmap& o)
    {
        for (size_t i = 0; i < mWords.size(); ++i)
            mWords[i] &= o.mWords[i];
        return *this;
    }
    Bitmap& operator|=(const Bitmap& o)
    {
        for (size_t i = 0; i < mWords.size(); ++i)
            mWords[i] |= o.mWords[i];
        return *this;
    }
    // this &= ~o
    Bitmap& andNot(const Bitmap& o)
    {
        for (size_t i = 0; i < mWords.size(); ++i)
            mWords[i] &= ~o.mWords[i];
        return *this;
    }
    Bitmap& invert()
    {
        for (uint64_t& w : mWords)
            w = ~w;
        clearTail();
        return *this;
    }
    friend Bitmap operator&(Bitmap a, const Bitmap& b) { return a &= b; }
    bool operator==(const Bitmap&) const = default;

    template <typename F> void forEach(F&& f) const
    {
        for (size_t w = 0; w < mWords.size(); ++w) {
            uint64_t bits = mWords[w];
            while (bits) {
                f(w * 64 + size_t(std::countr_zero(bits)));
                bits &= bits - 1;
            }
        }
    }

private:
    void clearTail()
    {
        if (mBits % 64 && !mWords.empty())
            mWords.back() &= (uint64_t(1) << (mBits % 64)) - 1;
    }
    std::vector<uint64_t> mWords;
    size_t mBits = 0;
};

} // namespace sd
