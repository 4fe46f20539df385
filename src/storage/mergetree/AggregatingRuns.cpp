#include "storage/mergetree/AggregatingRuns.h"

#include "base/Arena.h"
#include "columns/ColumnAggregateFunction.h"
#include "types/DataTypeSimpleAggregateFunction.h"

namespace datastore::storage
{
namespace
{
ColumnPtr mergeStateRuns(const ColumnAggregateFunction & states, const std::vector<size_t> & starts)
{
    const auto & function = *states.getFunction();
    const auto & data = states.getData();
    auto result = ColumnAggregateFunction::create(states.getFunction());
    size_t runs = starts.size() - 1;
    result->reserve(runs);
    for (size_t run = 0; run < runs; ++run)
    {
        /// A run of one row keeps its state as it is, shared with the source column.
        if (starts[run + 1] - starts[run] == 1)
        {
            result->insertFrom(states, starts[run]);
            continue;
        }
        Arena * arena = nullptr;
        auto * place = result->insertNewState(arena);
        for (size_t row = starts[run]; row < starts[run + 1]; ++row)
            function.merge(place, data[row], arena);
    }
    return result;
}

/// f over the values of each run, computed as GROUP BY would: one state per run, one batch.
ColumnPtr aggregateValueRuns(const IColumn & values, const aggregates::IAggregateFunction & function, const DataTypePtr & type, const std::vector<size_t> & starts)
{
    size_t runs = starts.size() - 1;
    Arena arena;
    PodArray<aggregates::AggregateDataPtr> run_places(runs);
    PodArray<aggregates::AggregateDataPtr> row_places(values.size());
    size_t created = 0;
    auto result = type->createColumn();
    auto destroy = [&]
    {
        for (size_t run = 0; run < created; ++run)
            function.destroy(run_places[run]);
    };
    try
    {
        for (; created < runs; ++created)
        {
            run_places[created] = arena.alloc(function.sizeOfData(), function.alignOfData());
            function.create(run_places[created]);
            for (size_t row = starts[created]; row < starts[created + 1]; ++row)
                row_places[row] = run_places[created];
        }
        const IColumn * arguments[] = {&values};
        function.addBatch(values.size(), row_places.data(), 0, arguments, &arena, nullptr);
        result->reserve(runs);
        for (size_t run = 0; run < runs; ++run)
            function.insertResultInto(run_places[run], *result, &arena);
    }
    catch (...)
    {
        destroy();
        throw;
    }
    destroy();
    return result;
}
}

bool isAggregatedColumn(const IDataType & type)
{
    return type.getTypeId() == TypeIndex::AggregateFunction || type.getTypeId() == TypeIndex::SimpleAggregateFunction;
}

ColumnPtr aggregateRuns(const ColumnWithTypeAndName & column, const std::vector<size_t> & starts)
{
    if (const auto * simple = column.type->as<DataTypeSimpleAggregateFunction>())
        return aggregateValueRuns(*column.column, *simple->getFunction(), simple->getNestedType(), starts);
    return mergeStateRuns(column.column->assertCast<ColumnAggregateFunction>(), starts);
}
}
