// Sets laid out exactly as ClickHouse's HashSet: the zero key kept aside and listed first,
// linear probing from hash & mask, growth at half full (x4 below 2^23 cells, then x2) with
// ClickHouse's in-place reinsertion, and HashTable::read's presizing. Iteration therefore lists
// keys in ClickHouse's order, which groupUniqArray, the states of -Distinct and of uniqExact
// expose. The hash is ClickHouse's for that set: DefaultHash (intHash64 of the zero-extended
// bits), HashCRC32, or the low half of a 128-bit key (UInt128TrivialHash).
#pragma once

#include <algorithm>
#include <bit>
#include <memory>
#include <nmmintrin.h>

#include "aggregates/UniqHashes.h"

namespace datastore::aggregates
{
struct DefaultHashOfBits
{
    UInt64 operator()(UInt64 key) const { return intHash64(key); }
};

/// HashCRC32 of a key of up to 8 bytes (zero-extended) or of a 128-bit key (word by word).
struct HashCRC32
{
    UInt64 operator()(UInt64 key) const { return _mm_crc32_u64(-1ULL, key); }
    UInt64 operator()(UInt128 key) const
    {
        return _mm_crc32_u64(_mm_crc32_u64(-1ULL, static_cast<UInt64>(key)), static_cast<UInt64>(key >> 64));
    }
};

struct UInt128TrivialHash
{
    UInt64 operator()(UInt128 key) const { return static_cast<UInt64>(key); }
};

template <typename Key, typename Hash>
class ClickHouseLayoutHashSet
{
    /// The first buffer lives inside the set (inside an aggregation's arena), as ClickHouse's
    /// stack-memory sets do: a group with few values costs no allocation.
    static constexpr size_t kInlineCells = 128 / sizeof(Key);

public:
    /// `initial_degree`: log2 of the first buffer size (ClickHouse's stack-memory sets use 4, or
    /// 3 for 128-bit keys).
    explicit ClickHouseLayoutHashSet(size_t initial_degree_ = 4) : initial_degree(initial_degree_), degree(initial_degree_)
    {
        allocate(size_t{1} << degree);
    }
    ClickHouseLayoutHashSet(const ClickHouseLayoutHashSet & other) { *this = other; }
    ClickHouseLayoutHashSet & operator=(const ClickHouseLayoutHashSet & other)
    {
        if (this == &other)
            return *this;
        initial_degree = other.initial_degree;
        degree = other.degree;
        has_zero = other.has_zero;
        count = other.count;
        allocate(other.cell_count);
        std::copy(other.cells, other.cells + cell_count, cells);
        return *this;
    }

    size_t size() const { return count; }

    /// Inserts the key; returns whether it was new.
    bool insert(Key key)
    {
        if (key == Key{})
        {
            if (has_zero)
                return false;
            has_zero = true;
            ++count;
            return true;
        }
        size_t place = findPlace(key);
        if (cells[place] == key)
            return false;
        cells[place] = key;
        ++count;
        if (count > (size_t{1} << (degree - 1)))
            grow();
        return true;
    }

    bool contains(Key key) const { return key == Key{} ? has_zero : cells[findPlace(key)] == key; }

    /// ClickHouse's HashTable::read sizes an empty set's buffer for the `expected` keys it is
    /// about to insert, which decides where they land.
    void presize(size_t expected)
    {
        degree = initial_degree;
        if (expected > 1)
            degree = std::max<size_t>(initial_degree, std::bit_width(expected - 1) + 1);
        allocate(size_t{1} << degree);
    }

    /// Calls f(key) for each key in ClickHouse's iteration order.
    template <typename F>
    void forEach(F && f) const
    {
        if (has_zero)
            f(Key{});
        for (size_t i = 0; i < cell_count; ++i)
            if (cells[i] != Key{})
                f(cells[i]);
    }

private:
    size_t mask() const { return cell_count - 1; }

    /// A zeroed buffer of `size` cells, inline when it fits.
    void allocate(size_t size)
    {
        cell_count = size;
        if (size <= kInlineCells)
        {
            heap_cells.reset();
            cells = inline_cells;
        }
        else
        {
            heap_cells = std::make_unique<Key[]>(size);
            cells = heap_cells.get();
        }
        std::fill(cells, cells + size, Key{});
    }

    /// The cell holding `key`, or the empty cell where it would go.
    size_t findPlace(Key key) const
    {
        size_t place = Hash()(key) & mask();
        while (cells[place] != Key{} && cells[place] != key)
            place = (place + 1) & mask();
        return place;
    }

    /// ClickHouse's resize: enlarge, then move each old cell to its new place (staying put
    /// when it already is first in its chain), then the chain that wrapped past the old end.
    void grow()
    {
        size_t old_size = cell_count;
        degree += degree >= 23 ? 1 : 2;
        auto bigger = std::make_unique<Key[]>(size_t{1} << degree);
        std::copy(cells, cells + old_size, bigger.get());
        std::fill(bigger.get() + old_size, bigger.get() + (size_t{1} << degree), Key{});
        heap_cells = std::move(bigger);
        cells = heap_cells.get();
        cell_count = size_t{1} << degree;
        size_t i = 0;
        for (; i < old_size; ++i)
            if (cells[i] != Key{})
                reinsert(i);
        for (; i < cell_count && cells[i] != Key{}; ++i)
            reinsert(i);
    }

    void reinsert(size_t position)
    {
        Key key = cells[position];
        size_t place = Hash()(key) & mask();
        if (place == position)
            return;
        while (cells[place] != Key{} && cells[place] != key)
            place = (place + 1) & mask();
        if (cells[place] == key)
            return;
        cells[place] = key;
        cells[position] = Key{};
    }

    size_t initial_degree = 4;
    size_t degree = 4;
    Key inline_cells[kInlineCells];
    std::unique_ptr<Key[]> heap_cells;
    Key * cells = inline_cells;
    size_t cell_count = 0;
    bool has_zero = false;
    size_t count = 0;
};

/// Values of up to 8 bytes by their zero-extended bits, with ClickHouse's DefaultHash.
using ClickHouseHashSet = ClickHouseLayoutHashSet<UInt64, DefaultHashOfBits>;
}
