#include "exec/AggregateStatesRow.h"

#include "columns/ColumnAggregateFunction.h"

namespace datastore::exec
{
AggregateStatesRow::AggregateStatesRow(std::vector<AggregateDescription> aggregates_) : aggregates(std::move(aggregates_))
{
    for (const auto & aggregate : aggregates)
    {
        const auto & function = *aggregate.function;
        auto * place = reinterpret_cast<aggregates::AggregateDataPtr>(arena.alloc(function.sizeOfData(), function.alignOfData()));
        function.create(place);
        places.push_back(place);
    }
}

AggregateStatesRow::~AggregateStatesRow()
{
    for (size_t i = 0; i < places.size(); ++i)
        aggregates[i].function->destroy(places[i]);
}

void AggregateStatesRow::merge(size_t i, aggregates::ConstAggregateDataPtr state)
{
    aggregates[i].function->merge(places[i], state, &arena);
}

Block AggregateStatesRow::toRow(const Block & header)
{
    MutableColumns columns = header.cloneEmptyColumns();
    std::vector<bool> is_filled(columns.size(), false);
    for (size_t i = 0; i < aggregates.size(); ++i)
    {
        if (header.has(stateColumnName(i)))
        {
            size_t state_position = header.getPositionByName(stateColumnName(i));
            static_cast<ColumnAggregateFunction &>(*columns[state_position]).insertCopyOf(places[i]);
            is_filled[state_position] = true;
        }
        size_t position = header.getPositionByName(aggregates[i].result_name);
        aggregates[i].function->insertResultInto(places[i], *columns[position], &arena);
        is_filled[position] = true;
    }
    for (size_t position = 0; position < columns.size(); ++position)
        if (!is_filled[position])
            columns[position]->insertDefault();
    return header.cloneWithColumns(Columns(columns.begin(), columns.end()));
}
}
