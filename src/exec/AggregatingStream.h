// GROUP BY over parallel input streams: one thread per input aggregates into its own
// tables, the tables are merged bucket-parallel, then results stream out bucket by bucket.
// Past max_bytes_before_external_group_by a thread writes its states to a temporary file by
// buckets and starts afresh; the files are then merged one bucket at a time, so a GROUP BY
// larger than memory finishes.
#pragma once

#include <memory>

#include "exec/Aggregator.h"
#include "exec/IBlockStream.h"
#include "exec/TemporaryBlockFile.h"

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
    /// A thread's states written by buckets; rows_in_bucket says how many blocks each bucket has.
    struct SpillFile
    {
        std::unique_ptr<TemporaryBlockFile> file;
        std::vector<size_t> blocks_in_bucket;
    };

    void aggregate();
    SpillFile spill(AggregatedData & data) const;
    /// Merges the next bucket of every spill file into `result`; false after the last bucket.
    bool mergeNextSpilledBucket();

    BlockStreams inputs;
    Aggregator aggregator;
    AggregatedDataPtr result;
    bool is_aggregated = false;
    std::vector<SpillFile> spilled;
    size_t next_spilled_bucket = 0;
};
}
