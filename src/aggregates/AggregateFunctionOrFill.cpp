// -OrNull and -OrDefault: the nested state plus a "has a row" flag byte.
#include "aggregates/AggregateFunctionOrFill.h"

#include "aggregates/AggregateFunctionCombinatorFactory.h"
#include "aggregates/AggregateFunctionIf.h"
#include "columns/ColumnNullable.h"
#include "columns/ColumnVector.h"
#include "functions/FunctionHelpers.h"
#include "io/ReadBuffer.h"
#include "io/ReadHelpers.h"
#include "io/WriteBuffer.h"
#include "io/WriteHelpers.h"

namespace datastore::aggregates
{
AggregateFunctionOrFill::AggregateFunctionOrFill(
    AggregateFunctionPtr nested_, const DataTypes & arguments, const Array & parameters, bool use_null_)
    : IAggregateFunction(arguments, parameters)
    , nested(std::move(nested_))
    , use_null(use_null_)
    , wraps_nullable(use_null_ && !nested->getResultType()->isNullable() && nested->getResultType()->canBeInsideNullable())
    , result_type(wraps_nullable ? functions::makeNullable(nested->getResultType()) : nested->getResultType())
    , flag_offset(nested->sizeOfData())
{
    if (const auto * if_function = dynamic_cast<const AggregateFunctionIf *>(nested.get()))
        condition_position = if_function->conditionPosition();
}

void AggregateFunctionOrFill::create(AggregateDataPtr place) const
{
    nested->create(place);
    place[flag_offset] = 0;
}

PodArray<UInt8> AggregateFunctionOrFill::countedRows(size_t rows, const IColumn ** columns, const UInt8 * mask) const
{
    PodArray<UInt8> counted;
    if (condition_position)
        counted = AggregateFunctionIf::conditionMask(rows, *columns[*condition_position], mask);
    else
    {
        counted.resize(rows);
        for (size_t i = 0; i < rows; ++i)
            counted[i] = mask ? mask[i] != 0 : 1;
    }
    for (size_t arg = 0; arg < argument_types.size(); ++arg)
        if (const auto * nullable = columns[arg]->as<ColumnNullable>())
        {
            const UInt8 * null_map = nullable->getNullMapData().data();
            for (size_t i = 0; i < rows; ++i)
                counted[i] &= !null_map[i];
        }
    return counted;
}

void AggregateFunctionOrFill::add(AggregateDataPtr place, const IColumn ** columns, size_t row, Arena * arena) const
{
    nested->add(place, columns, row, arena);
    bool counted = true;
    for (size_t arg = 0; arg < argument_types.size(); ++arg)
        counted &= !columns[arg]->isNullAt(row);
    if (condition_position)
        counted &= removeNullable(*columns[*condition_position]).assertCast<ColumnUInt8>().getData()[row] != 0;
    place[flag_offset] |= counted;
}

void AggregateFunctionOrFill::addBatch(
    size_t rows, AggregateDataPtr * places, size_t place_offset, const IColumn ** columns, Arena * arena, const UInt8 * mask) const
{
    nested->addBatch(rows, places, place_offset, columns, arena, mask);
    PodArray<UInt8> counted = countedRows(rows, columns, mask);
    for (size_t i = 0; i < rows; ++i)
        places[i][place_offset + flag_offset] |= counted[i];
}

void AggregateFunctionOrFill::addBatchSinglePlace(size_t rows, AggregateDataPtr place, const IColumn ** columns, Arena * arena, const UInt8 * mask) const
{
    nested->addBatchSinglePlace(rows, place, columns, arena, mask);
    PodArray<UInt8> counted = countedRows(rows, columns, mask);
    for (size_t i = 0; i < rows; ++i)
        place[flag_offset] |= counted[i];
}

void AggregateFunctionOrFill::merge(AggregateDataPtr place, ConstAggregateDataPtr rhs, Arena * arena) const
{
    nested->merge(place, rhs, arena);
    place[flag_offset] |= rhs[flag_offset];
}

void AggregateFunctionOrFill::serialize(ConstAggregateDataPtr place, WriteBuffer & out) const
{
    nested->serialize(place, out);
    writeBinaryLittleEndian(static_cast<UInt8>(place[flag_offset]), out);
}

void AggregateFunctionOrFill::deserialize(AggregateDataPtr place, ReadBuffer & in, Arena * arena) const
{
    nested->deserialize(place, in, arena);
    UInt8 flag = 0;
    readBinaryLittleEndian(flag, in);
    place[flag_offset] = static_cast<char>(flag);
}

void AggregateFunctionOrFill::insertResultInto(AggregateDataPtr place, IColumn & to, Arena * arena) const
{
    bool has_rows = place[flag_offset] != 0;
    if (!wraps_nullable)
    {
        if (!has_rows)
            to.insertDefault();
        else
            nested->insertResultInto(place, to, arena);
        return;
    }
    auto & nullable = static_cast<ColumnNullable &>(to);
    if (has_rows)
    {
        nested->insertResultInto(place, nullable.getNestedColumnMutable(), arena);
        nullable.getNullMapData().push_back(0);
    }
    else
        nullable.insertDefault();
}

namespace
{
class AggregateFunctionCombinatorOrFill final : public IAggregateFunctionCombinator
{
public:
    explicit AggregateFunctionCombinatorOrFill(bool use_null_) : use_null(use_null_) {}

    std::string getName() const override { return use_null ? "OrNull" : "OrDefault"; }

    AggregateFunctionPtr transformAggregateFunction(
        const AggregateFunctionPtr & nested, const AggregateFunctionProperties &, const DataTypes & arguments, const Array & parameters) const override
    {
        return std::make_shared<AggregateFunctionOrFill>(nested, arguments, parameters, use_null);
    }

private:
    bool use_null;
};
}

void registerAggregateFunctionCombinatorOrFill(AggregateFunctionCombinatorFactory & factory)
{
    factory.registerCombinator(std::make_shared<AggregateFunctionCombinatorOrFill>(true));
    factory.registerCombinator(std::make_shared<AggregateFunctionCombinatorOrFill>(false));
}
}
