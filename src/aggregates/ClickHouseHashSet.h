// A set of values of up to 8 bytes laid out exactly as ClickHouse's HashSet with DefaultHash
// (intHash64 of the zero-extended bits): the zero value kept aside and listed first, linear
// probing from hash & mask, growth at half full (x4 below 2^23 cells, then x2) with
// ClickHouse's in-place reinsertion. Iteration therefore lists values in ClickHouse's order,
// which groupUniqArray and the states of -Distinct expose.
#pragma once

#include <vector>

#include "aggregates/UniqHashes.h"

namespace datastore::aggregates
{
class ClickHouseHashSet
{
public:
    /// `initial_degree`: log2 of the first buffer size (ClickHouse's stack-memory sets use 4).
    explicit ClickHouseHashSet(size_t initial_degree = 4) : degree(initial_degree), cells(size_t{1} << initial_degree) {}

    size_t size() const { return count; }

    /// Inserts the value's zero-extended bits; returns whether it was new.
    bool insert(UInt64 key)
    {
        if (key == 0)
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

    bool contains(UInt64 key) const { return key == 0 ? has_zero : cells[findPlace(key)] == key; }

    /// Calls f(bits) for each value in ClickHouse's iteration order.
    template <typename F>
    void forEach(F && f) const
    {
        if (has_zero)
            f(UInt64{0});
        for (UInt64 cell : cells)
            if (cell != 0)
                f(cell);
    }

private:
    size_t mask() const { return cells.size() - 1; }

    /// The cell holding `key`, or the empty cell where it would go.
    size_t findPlace(UInt64 key) const
    {
        size_t place = intHash64(key) & mask();
        while (cells[place] != 0 && cells[place] != key)
            place = (place + 1) & mask();
        return place;
    }

    /// ClickHouse's resize: enlarge, then move each old cell to its new place (staying put
    /// when it already is first in its chain), then the chain that wrapped past the old end.
    void grow()
    {
        size_t old_size = cells.size();
        degree += degree >= 23 ? 1 : 2;
        cells.resize(size_t{1} << degree, 0);
        size_t i = 0;
        for (; i < old_size; ++i)
            if (cells[i] != 0)
                reinsert(i);
        for (; i < cells.size() && cells[i] != 0; ++i)
            reinsert(i);
    }

    void reinsert(size_t position)
    {
        UInt64 key = cells[position];
        size_t place = intHash64(key) & mask();
        if (place == position)
            return;
        while (cells[place] != 0 && cells[place] != key)
            place = (place + 1) & mask();
        if (cells[place] == key)
            return;
        cells[place] = key;
        cells[position] = 0;
    }

    size_t degree;
    std::vector<UInt64> cells;
    bool has_zero = false;
    size_t count = 0;
};
}
