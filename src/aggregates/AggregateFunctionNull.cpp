// The implicit Null combinator: skips NULL rows, and makes the result NULL when nothing was added.
#include "aggregates/AggregateFunctionNull.h"

#include "columns/ColumnNullable.h"
#include "columns/ColumnVector.h"
#include "functions/FunctionHelpers.h"
#include "io/ReadBuffer.h"
#include "io/ReadHelpers.h"
#include "io/WriteBuffer.h"
#include "io/WriteHelpers.h"

namespace datastore::aggregates
{
AggregateFunctionNull::AggregateFunctionNull(
    AggregateFunctionPtr nested_, const DataTypes & arguments, const Array & parameters, bool result_is_nullable_)
    : IAggregateFunction(arguments, parameters)
    , nested(std::move(nested_))
    , result_is_nullable(result_is_nullable_)
    , prefix_size(result_is_nullable_ ? nested->alignOfData() : 0)
{
}

DataTypePtr AggregateFunctionNull::getResultType() const
{
    return result_is_nullable ? functions::makeNullable(nested->getResultType()) : nested->getResultType();
}

void AggregateFunctionNull::create(AggregateDataPtr place) const
{
    if (result_is_nullable)
        place[0] = 0;
    nested->create(place + prefix_size);
}

std::vector<const IColumn *> AggregateFunctionNull::nestedColumns(const IColumn ** columns) const
{
    std::vector<const IColumn *> result(argument_types.size());
    for (size_t i = 0; i < result.size(); ++i)
        result[i] = &removeNullable(*columns[i]);
    return result;
}

PodArray<UInt8> AggregateFunctionNull::nonNullRows(size_t rows, const IColumn ** columns, const UInt8 * mask) const
{
    PodArray<UInt8> keep(rows);
    if (mask)
        for (size_t i = 0; i < rows; ++i)
            keep[i] = mask[i] != 0;
    else
        for (size_t i = 0; i < rows; ++i)
            keep[i] = 1;
    for (size_t arg = 0; arg < argument_types.size(); ++arg)
        if (const auto * nullable = columns[arg]->as<ColumnNullable>())
        {
            const UInt8 * null_map = nullable->getNullMapData().data();
            for (size_t i = 0; i < rows; ++i)
                keep[i] &= !null_map[i];
        }
    return keep;
}

void AggregateFunctionNull::add(AggregateDataPtr place, const IColumn ** columns, size_t row, Arena * arena) const
{
    for (size_t arg = 0; arg < argument_types.size(); ++arg)
        if (columns[arg]->isNullAt(row))
            return;
    auto nested_columns = nestedColumns(columns);
    if (result_is_nullable)
        place[0] = 1;
    nested->add(place + prefix_size, nested_columns.data(), row, arena);
}

void AggregateFunctionNull::addBatch(
    size_t rows, AggregateDataPtr * places, size_t place_offset, const IColumn ** columns, Arena * arena, const UInt8 * mask) const
{
    PodArray<UInt8> keep = nonNullRows(rows, columns, mask);
    if (result_is_nullable)
        for (size_t i = 0; i < rows; ++i)
            if (keep[i])
                places[i][place_offset] = 1;
    auto nested_columns = nestedColumns(columns);
    nested->addBatch(rows, places, place_offset + prefix_size, nested_columns.data(), arena, keep.data());
}

void AggregateFunctionNull::addBatchSinglePlace(size_t rows, AggregateDataPtr place, const IColumn ** columns, Arena * arena, const UInt8 * mask) const
{
    PodArray<UInt8> keep = nonNullRows(rows, columns, mask);
    if (result_is_nullable)
        for (size_t i = 0; i < rows; ++i)
            place[0] |= keep[i];
    auto nested_columns = nestedColumns(columns);
    nested->addBatchSinglePlace(rows, place + prefix_size, nested_columns.data(), arena, keep.data());
}

void AggregateFunctionNull::merge(AggregateDataPtr place, ConstAggregateDataPtr rhs, Arena * arena) const
{
    if (result_is_nullable)
        place[0] |= rhs[0];
    nested->merge(place + prefix_size, rhs + prefix_size, arena);
}

void AggregateFunctionNull::serialize(ConstAggregateDataPtr place, WriteBuffer & out) const
{
    if (result_is_nullable)
    {
        writeBinaryLittleEndian(static_cast<UInt8>(place[0]), out);
        if (!place[0])
            return;
    }
    nested->serialize(place + prefix_size, out);
}

void AggregateFunctionNull::deserialize(AggregateDataPtr place, ReadBuffer & in, Arena * arena) const
{
    if (result_is_nullable)
    {
        UInt8 flag = 0;
        readBinaryLittleEndian(flag, in);
        place[0] = static_cast<char>(flag);
        if (!flag)
            return;
    }
    nested->deserialize(place + prefix_size, in, arena);
}

void AggregateFunctionNull::insertResultInto(AggregateDataPtr place, IColumn & to, Arena * arena) const
{
    if (!result_is_nullable)
    {
        nested->insertResultInto(place + prefix_size, to, arena);
        return;
    }
    auto & nullable = static_cast<ColumnNullable &>(to);
    if (place[0])
    {
        nested->insertResultInto(place + prefix_size, nullable.getNestedColumnMutable(), arena);
        nullable.getNullMapData().push_back(0);
    }
    else
    {
        nullable.getNestedColumnMutable().insertDefault();
        nullable.getNullMapData().push_back(1);
    }
}
}
