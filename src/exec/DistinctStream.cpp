#include "exec/DistinctStream.h"

#include <xxhash.h>

#include "exec/FilterMask.h"

namespace datastore::exec
{
Block DistinctStream::read()
{
    while (Block block = child->read())
    {
        size_t rows = block.rows();
        if (rows == 0)
            continue;
        Columns keys;
        for (const auto & name : key_columns)
            keys.push_back(block.getByName(name).column->convertToFullColumnIfConst());
        if (keys.empty())
            for (const auto & column : block)
                keys.push_back(column.column->convertToFullColumnIfConst());

        FilterMask filter;
        filter.mask.resize_fill(rows, 0);
        for (size_t row = 0; row < rows; ++row)
        {
            const char * begin = nullptr;
            size_t size = 0;
            for (const auto & key : keys)
                size += key->serializeValueIntoArena(row, arena, begin).size();
            std::string_view serialized(begin, size);
            bool inserted = false;
            auto & cell = seen.emplace(serialized, XXH3_64bits(begin, size), inserted);
            UInt64 * count;
            if (inserted)
            {
                count = reinterpret_cast<UInt64 *>(arena.alloc(sizeof(UInt64), alignof(UInt64)));
                *count = 0;
                cell.value = reinterpret_cast<char *>(count);
            }
            else
            {
                arena.rollback(size);
                count = reinterpret_cast<UInt64 *>(cell.value);
            }
            if (*count >= offset && *count < offset + length)
            {
                filter.mask[row] = 1;
                ++filter.kept;
            }
            ++*count;
        }
        if (filter.kept == 0)
            continue;
        return filter.kept == rows ? block : applyFilterMask(block, filter);
    }
    return {};
}
}
