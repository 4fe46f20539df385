#include "exec/TotalsFromStatesStream.h"

#include "columns/ColumnAggregateFunction.h"

namespace datastore::exec
{
TotalsFromStatesStream::TotalsFromStatesStream(BlockStreamPtr child_, std::vector<AggregateDescription> aggregates_,
                                               std::shared_ptr<Block> totals_)
    : child(std::move(child_)), aggregates(std::move(aggregates_)), totals(std::move(totals_))
{
    for (const auto & aggregate : aggregates)
    {
        const auto & function = *aggregate.function;
        auto * place = reinterpret_cast<aggregates::AggregateDataPtr>(arena.alloc(function.sizeOfData(), function.alignOfData()));
        function.create(place);
        places.push_back(place);
    }
}

TotalsFromStatesStream::~TotalsFromStatesStream()
{
    for (size_t i = 0; i < places.size(); ++i)
        if (places[i])
            aggregates[i].function->destroy(places[i]);
}

Block TotalsFromStatesStream::read()
{
    Block block = child->read();
    if (!block)
    {
        if (!*totals)
            makeTotals();
        return {};
    }
    for (size_t i = 0; i < aggregates.size(); ++i)
    {
        const auto & states = static_cast<const ColumnAggregateFunction &>(*block.getByName(stateColumnName(i)).column).getData();
        for (auto state : states)
            aggregates[i].function->merge(places[i], state, &arena);
    }
    return block;
}

void TotalsFromStatesStream::makeTotals()
{
    Block header = getHeader();
    MutableColumns columns = header.cloneEmptyColumns();
    std::vector<bool> is_filled(columns.size(), false);
    for (size_t i = 0; i < aggregates.size(); ++i)
    {
        size_t state_position = header.getPositionByName(stateColumnName(i));
        static_cast<ColumnAggregateFunction &>(*columns[state_position]).insertCopyOf(places[i]);
        size_t position = header.getPositionByName(aggregates[i].result_name);
        aggregates[i].function->insertResultInto(places[i], *columns[position], &arena);
        is_filled[state_position] = is_filled[position] = true;
    }
    /// The keys of the totals row are their types' defaults, as in ClickHouse.
    for (size_t position = 0; position < columns.size(); ++position)
        if (!is_filled[position])
            columns[position]->insertDefault();
    *totals = header.cloneWithColumns(Columns(columns.begin(), columns.end()));
}
}
