#include "system/StorageSystemNumbers.h"

#include <numeric>

#include "columns/ColumnVector.h"
#include "interpreters/Context.h"
#include "types/DataTypeFactory.h"

namespace datastore::system
{
namespace
{
class NumbersStream final : public exec::IBlockStream
{
public:
    /// Produces [next, end) in blocks; `step` skips ahead after each block so several
    /// streams can interleave blocks of one range.
    NumbersStream(Block header_, UInt64 next_, std::optional<UInt64> end_, UInt64 block_size_, UInt64 stride_)
        : header(std::move(header_)), next(next_), end(end_), block_size(block_size_), stride(stride_)
    {
    }

    Block getHeader() const override { return header; }

    Block read() override
    {
        if (isCancelled() || (end && next >= *end))
            return {};
        UInt64 rows = block_size;
        if (end)
            rows = std::min<UInt64>(rows, *end - next);
        auto column = ColumnUInt64::create(rows);
        auto & data = column->getData();
        for (UInt64 i = 0; i < rows; ++i)
            data[i] = next + i;
        next += block_size * stride;
        Block block;
        if (header.columns())
            block.insert({std::move(column), header.getByPosition(0).type, "number"});
        else
            block.setRowsWithoutColumns(rows);
        return block;
    }

private:
    Block header;
    UInt64 next;
    std::optional<UInt64> end;
    UInt64 block_size;
    UInt64 stride;
};
}

StorageSystemNumbers::StorageSystemNumbers(storage::StorageID id_, UInt64 start_, std::optional<UInt64> count_, bool is_multithreaded_)
    : IStorage(std::move(id_), {}), start(start_), count(count_), is_multithreaded(is_multithreaded_)
{
    storage::ColumnDescription number;
    number.name = "number";
    number.type = DataTypeFactory::instance().get("UInt64");
    columns.add(std::move(number));
}

exec::BlockStreams StorageSystemNumbers::read(const storage::ReadRequest & request, interpreters::QueryContext &, storage::ReadStatistics *)
{
    Block header;
    if (!request.columns.empty())
        header.insert({columns.get("number").type->createColumn(), columns.get("number").type, "number"});
    std::optional<UInt64> end;
    if (count)
        end = start + *count;
    UInt64 block_size = std::max<UInt64>(1, request.max_block_size);
    size_t streams_count = is_multithreaded ? std::max<size_t>(1, request.max_threads) : 1;
    if (count)
        streams_count = std::min<size_t>(streams_count, std::max<UInt64>(1, (*count + block_size - 1) / block_size));
    exec::BlockStreams streams;
    for (size_t i = 0; i < streams_count; ++i)
        streams.push_back(std::make_shared<NumbersStream>(header, start + i * block_size, end, block_size, streams_count));
    return streams;
}
}
