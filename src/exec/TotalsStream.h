// WITH TOTALS after the aggregation: the rows of the totals grouping set (the set without
// keys that GroupingSetsStream adds) leave the stream and become the totals block; without
// GROUP BY keys the one result row is its own totals. The planner projects the block like
// the other rows and the output formats print it after the data.
#pragma once

#include <memory>
#include <optional>
#include <vector>

#include "exec/Aggregator.h"
#include "exec/IBlockStream.h"

namespace datastore::exec
{
class TotalsStream final : public IBlockStream
{
public:
    /// `totals_set`: the __grouping_set number of the totals rows; none means the rows are copied.
    /// `aggregates` make the totals of no rows at all, which the totals set does not have.
    TotalsStream(BlockStreamPtr child_, std::optional<UInt64> totals_set_, std::shared_ptr<Block> totals_,
                 std::vector<AggregateDescription> aggregates_)
        : child(std::move(child_)), totals_set(totals_set_), totals(std::move(totals_)), aggregates(std::move(aggregates_))
    {
    }

    Block getHeader() const override { return child->getHeader(); }
    Block read() override;
    void cancel() override
    {
        IBlockStream::cancel();
        child->cancel();
    }

private:
    void addToTotals(const Block & block);

    BlockStreamPtr child;
    std::optional<UInt64> totals_set;
    std::shared_ptr<Block> totals;
    std::vector<AggregateDescription> aggregates;
};
}
