// Sets (and maps: entropy keeps counts beside the keys) laid out exactly as ClickHouse's HashSet: the zero key kept aside and listed first,
// linear probing from hash & mask, growth at half full (x4 below 2^23 cells, then x2) with
// ClickHouse's in-place reinsertion, and HashTable::read's presizing. Iteration therefore lists
// keys in ClickHouse's order, which groupUniqArray, the states of -Distinct and of uniqExact
// expose. The hash is ClickHouse's for that set: DefaultHash (intHash64 of the zero-extended
// bits), HashCRC32, or the low half of a 128-bit key (UInt128TrivialHash).
#pragma once

#include <algorithm>
#include <bit>
#include <memory>
#include <type_traits>
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

/// No value beside the key: the table is a set.
struct NoMapped
{
};

/// `Mapped` is a value kept beside each key (a map, as entropy's counts), or NoMapped (a set).
template <typename Key, typename Hash, typename Mapped = NoMapped>
class ClickHouseLayoutHashTable
{
    static constexpr bool is_map = !std::is_same_v<Mapped, NoMapped>;

    struct Cell
    {
        Key key{};
        [[no_unique_address]] Mapped mapped{};
    };

    /// The first buffer (128 bytes of keys) lives inside the table (inside an aggregation's
    /// arena), as ClickHouse's stack-memory tables do: a group with few values costs no allocation.
    static constexpr size_t kInlineCells = 128 / sizeof(Key);

public:
    /// `initial_degree`: log2 of the first buffer size (ClickHouse's stack-memory tables use 4,
    /// or 3 for 128-bit keys).
    explicit ClickHouseLayoutHashTable(size_t initial_degree_ = 4) : initial_degree(initial_degree_), degree(initial_degree_)
    {
        allocate(size_t{1} << degree);
    }
    ClickHouseLayoutHashTable(const ClickHouseLayoutHashTable & other) { *this = other; }
    ClickHouseLayoutHashTable & operator=(const ClickHouseLayoutHashTable & other)
    {
        if (this == &other)
            return *this;
        initial_degree = other.initial_degree;
        degree = other.degree;
        has_zero = other.has_zero;
        zero_mapped = other.zero_mapped;
        count = other.count;
        allocate(other.cell_count);
        std::copy(other.cells, other.cells + cell_count, cells);
        return *this;
    }

    size_t size() const { return count; }

    /// Inserts the key; returns whether it was new.
    bool insert(Key key)
    {
        bool inserted = false;
        emplace(key, inserted);
        return inserted;
    }

    /// The value beside `key`, inserted as Mapped{} when the key is new.
    Mapped & operator[](Key key)
    {
        bool inserted = false;
        return emplace(key, inserted);
    }

    bool contains(Key key) const { return key == Key{} ? has_zero : cells[findPlace(key)].key == key; }

    /// ClickHouse's HashTable::read sizes an empty table's buffer for the `expected` keys it is
    /// about to insert, which decides where they land.
    void presize(size_t expected)
    {
        degree = initial_degree;
        if (expected > 1)
            degree = std::max<size_t>(initial_degree, std::bit_width(expected - 1) + 1);
        allocate(size_t{1} << degree);
    }

    /// Calls f(key) (a set) or f(key, mapped) (a map) for each key in ClickHouse's iteration order.
    template <typename F>
    void forEach(F && f) const
    {
        if (has_zero)
            visit(f, Key{}, zero_mapped);
        for (size_t i = 0; i < cell_count; ++i)
            if (cells[i].key != Key{})
                visit(f, cells[i].key, cells[i].mapped);
    }

private:
    template <typename F>
    static void visit(F & f, Key key, const Mapped & mapped)
    {
        if constexpr (is_map)
            f(key, mapped);
        else
            f(key);
    }

    size_t mask() const { return cell_count - 1; }

    Mapped & emplace(Key key, bool & inserted)
    {
        if (key == Key{})
        {
            inserted = !has_zero;
            if (inserted)
            {
                has_zero = true;
                ++count;
            }
            return zero_mapped;
        }
        size_t place = findPlace(key);
        if (cells[place].key == key)
            return cells[place].mapped;
        inserted = true;
        cells[place].key = key;
        ++count;
        if (count > (size_t{1} << (degree - 1)))
        {
            grow();
            place = findPlace(key);
        }
        return cells[place].mapped;
    }

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
            heap_cells = std::make_unique<Cell[]>(size);
            cells = heap_cells.get();
        }
        std::fill(cells, cells + size, Cell{});
    }

    /// The cell holding `key`, or the empty cell where it would go.
    size_t findPlace(Key key) const
    {
        size_t place = Hash()(key) & mask();
        while (cells[place].key != Key{} && cells[place].key != key)
            place = (place + 1) & mask();
        return place;
    }

    /// ClickHouse's resize: enlarge, then move each old cell to its new place (staying put
    /// when it already is first in its chain), then the chain that wrapped past the old end.
    void grow()
    {
        size_t old_size = cell_count;
        degree += degree >= 23 ? 1 : 2;
        auto bigger = std::make_unique<Cell[]>(size_t{1} << degree);
        std::copy(cells, cells + old_size, bigger.get());
        std::fill(bigger.get() + old_size, bigger.get() + (size_t{1} << degree), Cell{});
        heap_cells = std::move(bigger);
        cells = heap_cells.get();
        cell_count = size_t{1} << degree;
        size_t i = 0;
        for (; i < old_size; ++i)
            if (cells[i].key != Key{})
                reinsert(i);
        for (; i < cell_count && cells[i].key != Key{}; ++i)
            reinsert(i);
    }

    void reinsert(size_t position)
    {
        Key key = cells[position].key;
        size_t place = Hash()(key) & mask();
        if (place == position)
            return;
        while (cells[place].key != Key{} && cells[place].key != key)
            place = (place + 1) & mask();
        if (cells[place].key == key)
            return;
        cells[place] = cells[position];
        cells[position] = Cell{};
    }

    size_t initial_degree = 4;
    size_t degree = 4;
    Cell inline_cells[kInlineCells];
    std::unique_ptr<Cell[]> heap_cells;
    Cell * cells = inline_cells;
    size_t cell_count = 0;
    bool has_zero = false;
    [[no_unique_address]] Mapped zero_mapped{};
    size_t count = 0;
};

template <typename Key, typename Hash>
using ClickHouseLayoutHashSet = ClickHouseLayoutHashTable<Key, Hash>;

/// Values of up to 8 bytes by their zero-extended bits, with ClickHouse's DefaultHash.
using ClickHouseHashSet = ClickHouseLayoutHashSet<UInt64, DefaultHashOfBits>;
}
