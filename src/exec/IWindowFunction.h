// A function over a window: WindowStream sorts the rows, finds partitions, peer groups (rows
// equal in the ORDER BY keys) and each row's frame, then asks every function for the results
// of one whole partition at a time, so the per-row work is a plain loop inside the function.
#pragma once

#include <memory>
#include <vector>

#include "columns/IColumn.h"
#include "types/IDataType.h"

namespace datastore::exec
{
/// One partition of the sorted block. The arrays are indexed by row number in the block;
/// ranges are half-open [begin, end).
struct WindowPartition
{
    size_t begin = 0;
    size_t end = 0;
    /// The current row's peer group (the whole partition without ORDER BY).
    const UInt64 * peer_begin = nullptr;
    const UInt64 * peer_end = nullptr;
    /// The current row's frame; empty when frame_end <= frame_begin.
    const UInt64 * frame_begin = nullptr;
    const UInt64 * frame_end = nullptr;
};

class IWindowFunction
{
public:
    virtual ~IWindowFunction() = default;

    virtual DataTypePtr getResultType() const = 0;
    /// Appends the results of rows [partition.begin, partition.end) to `to` (a column of
    /// getResultType()); `arguments` are full columns of the sorted block, one per argument.
    virtual void computePartition(const WindowPartition & partition, const std::vector<const IColumn *> & arguments, IColumn & to) const = 0;
};

using WindowFunctionPtr = std::shared_ptr<const IWindowFunction>;
}
