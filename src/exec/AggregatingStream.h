// GROUP BY over parallel input streams: one thread per input aggregates into its own
// tables, the tables are merged bucket-parallel, then results stream out bucket by bucket.
#pragma once

#include "exec/Aggregator.h"
#include "exec/IBlockStream.h"

namespace datastore::exec
{
class AggregatingStream final : public IBlockStream
{
public:
    AggregatingStream(BlockStreams inputs_, AggregatorParams params) : inputs(std::move(inputs_)), aggregator(std::move(params)) {}

    Block getHeader() const override { return aggregator.getHeader(); }
    Block read() override;
    void cancel() override;

private:
    void aggregate();

    BlockStreams inputs;
    Aggregator aggregator;
    AggregatedDataPtr result;
    bool is_aggregated = false;
};
}
