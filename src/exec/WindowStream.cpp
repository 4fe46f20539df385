#include "exec/WindowStream.h"

#include <algorithm>
#include <limits>

#include "base/Exception.h"
#include "columns/ColumnNullable.h"
#include "columns/ColumnVector.h"
#include "exec/squashBlocks.h"
#include "functions/CastColumn.h"
#include "types/DataTypeNumber.h"

namespace datastore::exec
{
namespace
{
/// Marks in `is_boundary` the rows that differ from the previous row in any of the columns.
void markBoundaries(const Block & block, const SortDescription & keys, PodArray<UInt8> & is_boundary)
{
    for (const auto & key : keys)
    {
        const IColumn & column = *block.getByName(key.name).column;
        for (size_t row = 1; row < is_boundary.size(); ++row)
            if (!is_boundary[row] && column.compareAt(row, row - 1, column, key.nulls_direction) != 0)
                is_boundary[row] = 1;
    }
}
}

WindowStream::WindowStream(BlockStreamPtr input_, WindowDescription window_, size_t max_block_size_)
    : input(std::move(input_)), window(std::move(window_)), max_block_size(max_block_size_ ? max_block_size_ : 65536)
{
    header = input->getHeader();
    for (const auto & function : window.functions)
    {
        DataTypePtr type = function.function->getResultType();
        header.insert({type->createColumn(), type, function.result_name});
    }
}

void WindowStream::cancel()
{
    IBlockStream::cancel();
    input->cancel();
}

Block WindowStream::read()
{
    if (!is_computed)
    {
        compute();
        is_computed = true;
    }
    if (isCancelled() || !result || position >= result.rows())
        return {};
    size_t length = std::min(max_block_size, result.rows() - position);
    Block chunk;
    for (const auto & column : result)
        chunk.insert({column.column->cut(position, length), column.type, column.name});
    position += length;
    return chunk;
}

void WindowStream::compute()
{
    Blocks blocks;
    while (!isCancelled())
    {
        Block block = input->read();
        if (!block)
            break;
        if (block.rows() == 0)
            continue;
        for (auto & column : block)
            column.column = column.column->convertToFullColumnIfConst();
        blocks.push_back(std::move(block));
    }
    if (blocks.empty())
        return;
    Block block = std::move(squashBlocks(blocks, std::numeric_limits<size_t>::max(), 0).front());
    blocks.clear();
    size_t rows = block.rows();

    PodArray<UInt8> is_partition_start(rows, 0);
    is_partition_start[0] = 1;
    markBoundaries(block, window.partition_by, is_partition_start);
    PodArray<UInt8> is_peer_start = is_partition_start;
    markBoundaries(block, window.order_by, is_peer_start);

    peer_begin.resize(rows);
    peer_end.resize(rows);
    for (size_t row = 0; row < rows; ++row)
        peer_begin[row] = is_peer_start[row] ? row : peer_begin[row - 1];
    for (size_t row = rows; row-- > 0;)
        peer_end[row] = row + 1 == rows || is_peer_start[row + 1] ? row + 1 : peer_end[row + 1];
    frame_begin.resize(rows);
    frame_end.resize(rows);

    std::vector<std::vector<const IColumn *>> arguments;
    MutableColumns results;
    for (const auto & function : window.functions)
    {
        auto & columns = arguments.emplace_back();
        for (const auto & name : function.argument_names)
            columns.push_back(block.getByName(name).column.get());
        results.push_back(function.function->getResultType()->createColumn());
        results.back()->reserve(rows);
    }

    WindowPartition partition;
    partition.peer_begin = peer_begin.data();
    partition.peer_end = peer_end.data();
    partition.frame_begin = frame_begin.data();
    partition.frame_end = frame_end.data();
    for (size_t begin = 0; begin < rows;)
    {
        size_t end = begin + 1;
        while (end < rows && !is_partition_start[end])
            ++end;
        computeFrames(begin, end, block);
        partition.begin = begin;
        partition.end = end;
        for (size_t i = 0; i < window.functions.size(); ++i)
            window.functions[i].function->computePartition(partition, arguments[i], *results[i]);
        begin = end;
    }

    for (size_t i = 0; i < window.functions.size(); ++i)
        block.insert({std::move(results[i]), window.functions[i].function->getResultType(), window.functions[i].result_name});
    result = std::move(block);
}

void WindowStream::computeFrames(size_t begin, size_t end, const Block & block)
{
    const WindowFrame & frame = window.frame;
    using Kind = WindowFrame::BoundKind;
    if (frame.type == WindowFrame::Type::Range && (frame.begin.kind == Kind::Offset || frame.end.kind == Kind::Offset))
        computeRangeOffsetBounds(begin, end, block);
    bool is_rows = frame.type == WindowFrame::Type::Rows;
    UInt64 begin_offset = static_cast<UInt64>(frame.begin.offset);
    UInt64 end_offset = static_cast<UInt64>(frame.end.offset);
    for (size_t row = begin; row < end; ++row)
    {
        switch (frame.begin.kind)
        {
            case Kind::Unbounded: frame_begin[row] = begin; break;
            case Kind::CurrentRow: frame_begin[row] = is_rows ? row : peer_begin[row]; break;
            case Kind::Offset:
                if (!is_rows)
                    break;
                if (frame.begin.is_preceding)
                    frame_begin[row] = row - std::min<UInt64>(begin_offset, row - begin);
                else
                    frame_begin[row] = row + std::min<UInt64>(begin_offset, end - row);
                break;
        }
        switch (frame.end.kind)
        {
            case Kind::Unbounded: frame_end[row] = end; break;
            case Kind::CurrentRow: frame_end[row] = is_rows ? row + 1 : peer_end[row]; break;
            case Kind::Offset:
                if (!is_rows)
                    break;
                if (frame.end.is_preceding)
                    frame_end[row] = row + 1 - std::min<UInt64>(end_offset, row + 1 - begin);
                else
                    frame_end[row] = row + 1 + std::min<UInt64>(end_offset, end - row - 1);
                break;
        }
        if (frame_end[row] < frame_begin[row])
            frame_end[row] = frame_begin[row];
    }
}

/// RANGE n PRECEDING/FOLLOWING: rows whose single ORDER BY value is within n of the current
/// row's, found by binary search in the partition's values (ascending after the direction).
/// NULLs sort together at one end. As ClickHouse, which moves each bound forward from the
/// previous row's while a row compares below the bound, a NULL compares below any value
/// (above it for DESC) and equal to a NULL, whatever end the NULLs sort at; the bounds below
/// are where those scans stop.
void WindowStream::computeRangeOffsetBounds(size_t begin, size_t end, const Block & block)
{
    const auto & key = window.order_by.front();
    const auto & column = block.getByName(key.name);
    ColumnPtr values_column = column.column->cut(begin, end - begin);
    DataTypePtr values_type = column.type;
    size_t values_begin = begin;
    size_t values_end = end;
    if (const auto * nullable = dynamic_cast<const ColumnNullable *>(values_column.get()))
    {
        const auto & null_map = nullable->getNullMapData();
        while (values_begin < values_end && null_map[values_begin - begin])
            ++values_begin;
        while (values_end > values_begin && null_map[values_end - 1 - begin])
            --values_end;
        values_column = nullable->getNestedColumnPtr()->cut(values_begin - begin, values_end - values_begin);
        values_type = removeNullable(values_type);
    }
    auto float64 = std::make_shared<DataTypeNumber<Float64>>();
    ColumnPtr converted = functions::castColumn(values_column, values_type, float64);
    const auto & values = static_cast<const ColumnVector<Float64> &>(*converted).getData();
    std::vector<Float64> keys(values.begin(), values.end());
    if (key.direction < 0)
        for (auto & value : keys)
            value = -value;

    const WindowFrame & frame = window.frame;
    const bool is_ascending = key.direction > 0;
    const bool are_nulls_last = values_end < end;
    const bool are_nulls_first = values_begin > begin;
    for (size_t row = begin; row < end; ++row)
    {
        bool is_null = row < values_begin || row >= values_end;
        Float64 current = is_null ? 0 : keys[row - values_begin];
        auto position = [&](const WindowFrame::Bound & bound, bool is_upper) -> UInt64
        {
            if (is_null)
            {
                if (is_upper)
                    /// Ascending with NULLs last, or descending with NULLs first: every row
                    /// after the NULL row compares no greater, so the frame runs to the end.
                    return (is_ascending == are_nulls_last) ? end : peer_end[row];
                /// Ascending with NULLs last: nothing compares below a NULL, so the start stays
                /// where the previous row's was.
                if (is_ascending && are_nulls_last)
                    return row > begin ? frame_begin[row - 1] : begin;
                return peer_begin[row];
            }
            /// Descending with NULLs first: the start cannot move past the NULLs, which
            /// compare above every value, and the end already reached the partition's end
            /// at the NULL rows.
            if (!is_ascending && are_nulls_first)
                return is_upper ? end : begin;
            Float64 limit = bound.is_preceding ? current - bound.offset : current + bound.offset;
            auto it = is_upper ? std::upper_bound(keys.begin(), keys.end(), limit) : std::lower_bound(keys.begin(), keys.end(), limit);
            /// Ascending with NULLs last: a scan past every value goes on through the NULLs,
            /// which compare below it.
            if (it == keys.end() && is_ascending && are_nulls_last)
                return end;
            return values_begin + (it - keys.begin());
        };
        if (frame.begin.kind == WindowFrame::BoundKind::Offset)
            frame_begin[row] = position(frame.begin, false);
        if (frame.end.kind == WindowFrame::BoundKind::Offset)
            frame_end[row] = position(frame.end, true);
    }
}
}
