// The -Array combinator: sumArray(arr) feeds every element of every row's array to sum;
// with several arguments the arrays of a row must have equal lengths and are walked in step.
// Batches become one batch over the elements, so the nested loop stays a plain loop.
// The state is the nested state.
#include "aggregates/AggregateFunctionCombinatorFactory.h"
#include "aggregates/AggregateFunctionHelpers.h"
#include "base/Exception.h"
#include "columns/ColumnArray.h"
#include "functions/FunctionHelpers.h"

namespace datastore::aggregates
{
namespace
{
class AggregateFunctionArray final : public IAggregateFunction
{
public:
    AggregateFunctionArray(AggregateFunctionPtr nested_, const DataTypes & arguments, const Array & parameters)
        : IAggregateFunction(arguments, parameters), nested(std::move(nested_))
    {
    }

    std::string getName() const override { return nested->getName() + "Array"; }
    DataTypePtr getResultType() const override { return nested->getResultType(); }

    size_t sizeOfData() const override { return nested->sizeOfData(); }
    size_t alignOfData() const override { return nested->alignOfData(); }
    void create(AggregateDataPtr place) const override { nested->create(place); }
    void destroy(AggregateDataPtr place) const noexcept override { nested->destroy(place); }
    bool hasTrivialDestructor() const override { return nested->hasTrivialDestructor(); }
    bool allocatesMemoryInArena() const override { return nested->allocatesMemoryInArena(); }

    void add(AggregateDataPtr place, const IColumn ** columns, size_t row, Arena * arena) const override
    {
        std::vector<const IColumn *> elements = elementColumns(columns, row, row + 1);
        const auto & offsets = static_cast<const ColumnArray &>(*columns[0]).getOffsets();
        size_t begin = row == 0 ? 0 : offsets[row - 1];
        nested->addRangeSinglePlace(begin, offsets[row], place, elements.data(), arena);
    }

    void addBatch(
        size_t rows, AggregateDataPtr * places, size_t place_offset, const IColumn ** columns, Arena * arena, const UInt8 * mask) const override
    {
        if (rows == 0)
            return;
        std::vector<const IColumn *> elements = elementColumns(columns, 0, rows);
        const auto & offsets = static_cast<const ColumnArray &>(*columns[0]).getOffsets();
        size_t total = offsets[rows - 1];
        PodArray<AggregateDataPtr> element_places(total);
        PodArray<UInt8> element_mask(mask ? total : 0);
        for (size_t row = 0, begin = 0; row < rows; begin = offsets[row], ++row)
            for (size_t i = begin; i < offsets[row]; ++i)
            {
                element_places[i] = places[row];
                if (mask)
                    element_mask[i] = mask[row];
            }
        nested->addBatch(total, element_places.data(), place_offset, elements.data(), arena, mask ? element_mask.data() : nullptr);
    }

    void addBatchSinglePlace(size_t rows, AggregateDataPtr place, const IColumn ** columns, Arena * arena, const UInt8 * mask) const override
    {
        if (rows == 0)
            return;
        std::vector<const IColumn *> elements = elementColumns(columns, 0, rows);
        const auto & offsets = static_cast<const ColumnArray &>(*columns[0]).getOffsets();
        size_t total = offsets[rows - 1];
        if (!mask)
        {
            nested->addBatchSinglePlace(total, place, elements.data(), arena, nullptr);
            return;
        }
        PodArray<UInt8> element_mask(total);
        for (size_t row = 0, begin = 0; row < rows; begin = offsets[row], ++row)
            for (size_t i = begin; i < offsets[row]; ++i)
                element_mask[i] = mask[row];
        nested->addBatchSinglePlace(total, place, elements.data(), arena, element_mask.data());
    }

    void merge(AggregateDataPtr place, ConstAggregateDataPtr rhs, Arena * arena) const override { nested->merge(place, rhs, arena); }
    void serialize(ConstAggregateDataPtr place, WriteBuffer & out) const override { nested->serialize(place, out); }
    void deserialize(AggregateDataPtr place, ReadBuffer & in, Arena * arena) const override { nested->deserialize(place, in, arena); }
    void insertResultInto(AggregateDataPtr place, IColumn & to, Arena * arena) const override { nested->insertResultInto(place, to, arena); }

private:
    /// The element columns of the arguments, after checking that rows [begin, end) have arrays of equal lengths.
    std::vector<const IColumn *> elementColumns(const IColumn ** columns, size_t begin, size_t end) const
    {
        std::vector<const IColumn *> elements(argument_types.size());
        const auto & first_offsets = static_cast<const ColumnArray &>(*columns[0]).getOffsets();
        for (size_t arg = 0; arg < elements.size(); ++arg)
        {
            const auto & array = static_cast<const ColumnArray &>(*columns[arg]);
            elements[arg] = &array.getData();
            if (arg == 0)
                continue;
            const auto & offsets = array.getOffsets();
            for (size_t row = begin; row < end; ++row)
                if (offsets[row] != first_offsets[row])
                    throw Exception(ErrorCodes::SIZES_OF_ARRAYS_DONT_MATCH, "Lengths of all arrays passed to aggregate function must be equal");
        }
        return elements;
    }

    AggregateFunctionPtr nested;
};

class AggregateFunctionCombinatorArray final : public IAggregateFunctionCombinator
{
public:
    std::string getName() const override { return "Array"; }

    DataTypes transformArguments(const DataTypes & arguments) const override
    {
        if (arguments.empty())
            throw Exception(ErrorCodes::TOO_FEW_ARGUMENTS_FOR_FUNCTION, "Array aggregate functions require at least one argument");
        return arrayElementTypes(arguments, "Array");
    }

    AggregateFunctionPtr transformAggregateFunction(
        const AggregateFunctionPtr & nested, const AggregateFunctionProperties &, const DataTypes & arguments, const Array & parameters) const override
    {
        return std::make_shared<AggregateFunctionArray>(nested, arguments, parameters);
    }
};
}

void registerAggregateFunctionCombinatorArray(AggregateFunctionCombinatorFactory & factory)
{
    factory.registerCombinator(std::make_shared<AggregateFunctionCombinatorArray>());
}
}
