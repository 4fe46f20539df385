// WITH TOTALS after HAVING (totals_mode 'after_having_exclusive', ClickHouse's default): the
// groups that pass HAVING carry copies of their aggregate states; this stream merges them as
// rows go by and, at the end, makes the totals row of those groups (keys at their defaults).
#pragma once

#include <memory>
#include <vector>

#include "exec/AggregateStatesRow.h"
#include "exec/Aggregator.h"
#include "exec/IBlockStream.h"

namespace datastore::exec
{
class TotalsFromStatesStream final : public IBlockStream
{
public:
    /// `aggregates`: the aggregation's, whose states are in stateColumnName(i); `totals` is
    /// set once the input ends.
    TotalsFromStatesStream(BlockStreamPtr child_, std::vector<AggregateDescription> aggregates_, std::shared_ptr<Block> totals_);

    Block getHeader() const override { return child->getHeader(); }
    Block read() override;
    void cancel() override
    {
        IBlockStream::cancel();
        child->cancel();
    }

private:
    BlockStreamPtr child;
    std::vector<AggregateDescription> aggregates;
    std::shared_ptr<Block> totals;
    AggregateStatesRow states;
};
}
