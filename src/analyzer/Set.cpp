#include "analyzer/Set.h"

#include <xxhash.h>

#include "columns/ColumnNullable.h"

namespace datastore::analyzer
{
namespace
{
bool rowHasNull(const Columns & columns, size_t row)
{
    for (const auto & column : columns)
        if (column->isNullAt(row))
            return true;
    return false;
}

Columns plainColumns(const Columns & columns)
{
    Columns result;
    for (const auto & column : columns)
        result.push_back(column->convertToFullColumnIfConst()->convertToFullColumnIfLowCardinality());
    return result;
}

/// Keys are compared by their bytes, so Nullable wrappers (whose NULL rows are handled
/// apart) must not add a flag byte.
Columns withoutNullable(const Columns & columns)
{
    Columns result;
    for (const auto & column : columns)
    {
        if (const auto * nullable = column->as<ColumnNullable>())
            result.push_back(nullable->getNestedColumnPtr());
        else
            result.push_back(column);
    }
    return result;
}
}

void Set::insert(const Columns & input)
{
    Columns columns = plainColumns(input);
    Columns values = withoutNullable(columns);
    size_t rows = columns.empty() ? 0 : columns[0]->size();
    Arena scratch;
    for (size_t row = 0; row < rows; ++row)
    {
        if (rowHasNull(columns, row))
        {
            has_null = true;
            continue;
        }
        const char * begin = nullptr;
        size_t size = 0;
        for (const auto & column : values)
            size += column->serializeValueIntoArena(row, scratch, begin).size();
        std::string_view key(begin, size);
        UInt64 hash = XXH3_64bits(key.data(), key.size());
        bool inserted = false;
        auto & cell = keys.emplace(key, hash, inserted);
        if (inserted)
        {
            cell.key = arena.insert(key);
            cell.value = reinterpret_cast<char *>(1);
            ++count;
        }
    }
}

void Set::lookup(const Columns & input, bool transform_null_in, PodArray<UInt8> & result) const
{
    Columns columns = plainColumns(input);
    Columns values = withoutNullable(columns);
    size_t rows = columns.empty() ? 0 : columns[0]->size();
    result.resize(rows);
    Arena scratch;
    for (size_t row = 0; row < rows; ++row)
    {
        if (rowHasNull(columns, row))
        {
            result[row] = transform_null_in && has_null;
            continue;
        }
        const char * begin = nullptr;
        size_t size = 0;
        for (const auto & column : values)
            size += column->serializeValueIntoArena(row, scratch, begin).size();
        std::string_view key(begin, size);
        result[row] = keys.find(key, XXH3_64bits(key.data(), key.size())) != nullptr;
        scratch.rollback(size);
    }
}
}
