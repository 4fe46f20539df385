// Window functions of one window over their whole input: gathers the rows (sorted by the
// partition and order keys beforehand by a SortingStream), finds partitions, peer groups and
// each row's frame, and appends one column per function, computed a partition at a time.
#pragma once

#include "exec/IBlockStream.h"
#include "exec/WindowDescription.h"

namespace datastore::exec
{
class WindowStream final : public IBlockStream
{
public:
    WindowStream(BlockStreamPtr input_, WindowDescription window_, size_t max_block_size_);

    /// The input's columns followed by one column per function, named by its result_name.
    Block getHeader() const override { return header; }
    Block read() override;
    void cancel() override;

private:
    void compute();
    /// frame_begin and frame_end of every row of the partition [begin, end).
    void computeFrames(size_t begin, size_t end, const Block & block);
    void computeRangeOffsetBounds(size_t begin, size_t end, const Block & block);

    BlockStreamPtr input;
    WindowDescription window;
    size_t max_block_size;
    Block header;

    bool is_computed = false;
    Block result;
    size_t position = 0;

    PodArray<UInt64> peer_begin;
    PodArray<UInt64> peer_end;
    PodArray<UInt64> frame_begin;
    PodArray<UInt64> frame_end;
};
}
