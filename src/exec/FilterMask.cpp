#include "exec/FilterMask.h"

#include "base/Exception.h"
#include "columns/ColumnConst.h"
#include "columns/ColumnNullable.h"
#include "columns/ColumnVector.h"

namespace datastore::exec
{
namespace
{
/// Mask bytes are 0 or 1, so their sum counts the rows kept; summed in wide lanes.
size_t countBytesInFilter(const Filter & mask)
{
    const UInt8 * __restrict data = mask.data();
    size_t count = 0;
    for (size_t i = 0; i < mask.size(); ++i)
        count += data[i];
    return count;
}

template <typename T>
bool fillMask(const IColumn & column, Filter & mask)
{
    const auto * typed = column.as<ColumnVector<T>>();
    if (!typed)
        return false;
    const auto & data = typed->getData();
    mask.resize(data.size());
    /// Raw restrict pointers: through UInt8 stores the compiler would assume aliasing and not vectorize.
    const T * __restrict values = data.data();
    UInt8 * __restrict out = mask.data();
    for (size_t i = 0; i < data.size(); ++i)
        out[i] = values[i] != 0;
    return true;
}

void maskFromColumn(const IColumn & column, Filter & mask, const std::string & name, const DataTypePtr & type)
{
    if (fillMask<UInt8>(column, mask) || fillMask<UInt16>(column, mask) || fillMask<UInt32>(column, mask) || fillMask<UInt64>(column, mask)
        || fillMask<Int8>(column, mask) || fillMask<Int16>(column, mask) || fillMask<Int32>(column, mask) || fillMask<Int64>(column, mask)
        || fillMask<Float32>(column, mask) || fillMask<Float64>(column, mask))
        return;
    if (const auto * nullable = column.as<ColumnNullable>())
    {
        maskFromColumn(nullable->getNestedColumn(), mask, name, type);
        const auto & nulls = nullable->getNullMapData();
        for (size_t i = 0; i < mask.size(); ++i)
            mask[i] &= !nulls[i];
        return;
    }
    throw Exception(ErrorCodes::ILLEGAL_TYPE_OF_COLUMN_FOR_FILTER, "Illegal type {} of column {} for filter. Must be UInt8 or Nullable(UInt8).",
                    type ? type->getName() : column.getName(), name);
}
}

FilterMask buildFilterMask(const ColumnWithTypeAndName & column)
{
    FilterMask result;
    auto full = column.column->convertToFullColumnIfLowCardinality();
    if (const auto * constant = full->as<ColumnConst>())
    {
        Filter one;
        maskFromColumn(constant->getDataColumn(), one, column.name, column.type);
        result.is_constant = true;
        result.constant_value = !one.empty() && one[0];
        result.kept = result.constant_value ? full->size() : 0;
        return result;
    }
    maskFromColumn(*full, result.mask, column.name, column.type);
    result.kept = countBytesInFilter(result.mask);
    return result;
}

ColumnPtr buildFilterColumn(const ColumnWithTypeAndName & column, size_t rows)
{
    FilterMask mask = buildFilterMask(column);
    if (mask.is_constant)
        return ColumnUInt8::create(rows, static_cast<UInt8>(mask.constant_value));
    return ColumnUInt8::create(std::move(mask.mask));
}

void intersectFilterMask(FilterMask & mask, const FilterMask & next)
{
    if (next.is_constant)
    {
        if (!next.constant_value)
            mask = next;
        return;
    }
    if (mask.is_constant)
    {
        if (mask.constant_value)
            mask = next;
        return;
    }
    UInt8 * __restrict data = mask.mask.data();
    const UInt8 * __restrict other = next.mask.data();
    for (size_t i = 0; i < mask.mask.size(); ++i)
        data[i] &= other[i];
    mask.kept = countBytesInFilter(mask.mask);
}

Block applyFilterMask(const Block & block, const FilterMask & filter)
{
    size_t rows = block.rows();
    if (filter.is_constant)
    {
        if (filter.constant_value)
            return block;
        Block empty = block.cloneEmpty();
        return empty;
    }
    if (filter.kept == rows)
        return block;
    Block result;
    for (const auto & column : block)
        result.insert({column.column->filter(filter.mask, static_cast<ssize_t>(filter.kept)), column.type, column.name});
    if (result.empty())
        result.setRowsWithoutColumns(filter.kept);
    return result;
}
}
