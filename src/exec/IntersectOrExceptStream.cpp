#include "exec/IntersectOrExceptStream.h"

#include <xxhash.h>

#include "exec/FilterMask.h"

namespace datastore::exec
{
namespace
{
Columns fullColumns(const Block & block)
{
    Columns columns;
    for (const auto & column : block)
        columns.push_back(column.column->convertToFullColumnIfConst());
    return columns;
}

/// The row's values serialized one after another at the end of the arena.
std::string_view serializeRow(const Columns & columns, size_t row, Arena & arena)
{
    const char * begin = nullptr;
    size_t size = 0;
    for (const auto & column : columns)
        size += column->serializeValueIntoArena(row, arena, begin).size();
    return {begin, size};
}
}

void IntersectOrExceptStream::buildRightSet()
{
    while (Block block = right->read())
    {
        Columns columns = fullColumns(block);
        for (size_t row = 0; row < block.rows(); ++row)
        {
            std::string_view key = serializeRow(columns, row, arena);
            bool inserted = false;
            auto & cell = right_rows.emplace(key, XXH3_64bits(key.data(), key.size()), inserted);
            if (inserted)
                cell.value = const_cast<char *>(key.data());
            else
                arena.rollback(key.size());
        }
    }
    is_right_set_built = true;
}

Block IntersectOrExceptStream::read()
{
    if (!is_right_set_built)
        buildRightSet();
    Arena probe_arena;
    while (Block block = left->read())
    {
        if (isCancelled())
            return {};
        size_t rows = block.rows();
        if (rows == 0)
            continue;
        Columns columns = fullColumns(block);
        FilterMask filter;
        filter.mask.resize_fill(rows, 0);
        for (size_t row = 0; row < rows; ++row)
        {
            std::string_view key = serializeRow(columns, row, probe_arena);
            bool is_in_right = right_rows.find(key, XXH3_64bits(key.data(), key.size())) != nullptr;
            probe_arena.rollback(key.size());
            if (is_in_right != is_except)
            {
                filter.mask[row] = 1;
                ++filter.kept;
            }
        }
        if (filter.kept == 0)
            continue;
        return filter.kept == rows ? block : applyFilterMask(block, filter);
    }
    return {};
}
}
