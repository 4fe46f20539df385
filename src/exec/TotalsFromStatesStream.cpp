#include "exec/TotalsFromStatesStream.h"

#include "columns/ColumnAggregateFunction.h"

namespace datastore::exec
{
TotalsFromStatesStream::TotalsFromStatesStream(BlockStreamPtr child_, std::vector<AggregateDescription> aggregates_,
                                               std::shared_ptr<Block> totals_)
    : child(std::move(child_)), aggregates(std::move(aggregates_)), totals(std::move(totals_)), states(aggregates)
{
}

Block TotalsFromStatesStream::read()
{
    Block block = child->read();
    if (!block)
    {
        if (!*totals)
            *totals = states.toRow(getHeader());
        return {};
    }
    for (size_t i = 0; i < aggregates.size(); ++i)
    {
        const auto & column = static_cast<const ColumnAggregateFunction &>(*block.getByName(stateColumnName(i)).column).getData();
        for (auto state : column)
            states.merge(i, state);
    }
    return block;
}
}
