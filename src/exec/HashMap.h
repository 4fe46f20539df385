// Open-addressing hash map from a key to a pointer (an aggregation state, a row list...),
// with linear probing and a power-of-two size. A cell is empty while its value is null, so
// callers must store a non-null pointer right after an insert. Hashes are kept per cell,
// which makes resizes and string-key comparisons cheap.
#pragma once

#include <cstdlib>
#include <cstring>
#include <new>
#include <string_view>

#include "base/Types.h"

namespace datastore::exec
{
template <typename Key>
class HashMap
{
public:
    struct Cell
    {
        Key key;
        UInt64 hash;
        char * value;
    };

    explicit HashMap(size_t initial_capacity = 16)
    {
        size_t capacity = 16;
        while (capacity < initial_capacity * 2)
            capacity *= 2;
        allocate(capacity);
    }
    HashMap(const HashMap &) = delete;
    HashMap & operator=(const HashMap &) = delete;
    HashMap(HashMap && other) noexcept { swap(other); }
    HashMap & operator=(HashMap && other) noexcept
    {
        swap(other);
        return *this;
    }
    ~HashMap() { std::free(cells); }

    size_t size() const { return count; }
    size_t capacity() const { return mask + 1; }
    size_t allocatedBytes() const { return capacity() * sizeof(Cell); }

    /// Returns the cell for the key, inserting one if it is new; the caller must then set its
    /// value (non-null) before the next emplace.
    Cell & emplace(const Key & key, UInt64 hash, bool & inserted)
    {
        if ((count + 1) * 2 > capacity())
            grow();
        size_t place = hash & mask;
        while (true)
        {
            Cell & cell = cells[place];
            if (!cell.value)
            {
                cell.key = key;
                cell.hash = hash;
                ++count;
                inserted = true;
                return cell;
            }
            if (cell.hash == hash && cell.key == key)
            {
                inserted = false;
                return cell;
            }
            place = (place + 1) & mask;
        }
    }

    /// Starts loading the cell a key of this hash is probed from first.
    void prefetch(UInt64 hash) const { __builtin_prefetch(&cells[hash & mask]); }

    Cell * find(const Key & key, UInt64 hash) const
    {
        size_t place = hash & mask;
        while (true)
        {
            Cell & cell = cells[place];
            if (!cell.value)
                return nullptr;
            if (cell.hash == hash && cell.key == key)
                return &cell;
            place = (place + 1) & mask;
        }
    }

    /// Visits every occupied cell.
    template <typename F>
    void forEach(F && visit) const
    {
        for (size_t i = 0; i <= mask; ++i)
            if (cells[i].value)
                visit(cells[i]);
    }

private:
    void allocate(size_t capacity)
    {
        /// Zeroed by a write, not by calloc: fresh pages from calloc are read (probing) before
        /// they are written, and that second fault on each page flushes every core's TLB.
        /// (aligned_alloc, because compilers turn malloc + memset back into calloc.)
        cells = static_cast<Cell *>(std::aligned_alloc(64, capacity * sizeof(Cell)));
        if (!cells)
            throw std::bad_alloc();
        std::memset(static_cast<void *>(cells), 0, capacity * sizeof(Cell));
        mask = capacity - 1;
    }

    void grow()
    {
        Cell * old_cells = cells;
        size_t old_capacity = capacity();
        allocate(old_capacity * 2);
        for (size_t i = 0; i < old_capacity; ++i)
        {
            if (!old_cells[i].value)
                continue;
            size_t place = old_cells[i].hash & mask;
            while (cells[place].value)
                place = (place + 1) & mask;
            cells[place] = old_cells[i];
        }
        std::free(old_cells);
    }

    void swap(HashMap & other) noexcept
    {
        std::swap(cells, other.cells);
        std::swap(mask, other.mask);
        std::swap(count, other.count);
    }

    Cell * cells = nullptr;
    size_t mask = 0;
    size_t count = 0;
};
}
