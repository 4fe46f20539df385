#include "system/StorageSystemZeros.h"

#include "columns/ColumnVector.h"
#include "types/DataTypeFactory.h"

namespace datastore::system
{
namespace
{
/// Blocks of `block_size` zeros until `remaining` rows are out; each block one constant column.
class ZerosStream final : public exec::IBlockStream
{
public:
    ZerosStream(Block header_, UInt64 remaining_, UInt64 block_size_) : header(std::move(header_)), remaining(remaining_), block_size(block_size_) {}

    Block getHeader() const override { return header; }

    Block read() override
    {
        if (isCancelled() || remaining == 0)
            return {};
        UInt64 rows = std::min(remaining, block_size);
        remaining -= rows;
        Block block;
        if (header.columns())
            block.insert({ColumnUInt8::create(rows, 0), header.getByPosition(0).type, "zero"});
        else
            block.setRowsWithoutColumns(rows);
        return block;
    }

private:
    Block header;
    UInt64 remaining;
    UInt64 block_size;
};
}

StorageSystemZeros::StorageSystemZeros(storage::StorageID id_, UInt64 count_, bool is_multithreaded_)
    : IStorage(std::move(id_), {}), count(count_), is_multithreaded(is_multithreaded_)
{
    storage::ColumnDescription zero;
    zero.name = "zero";
    zero.type = DataTypeFactory::instance().get("UInt8");
    columns.add(std::move(zero));
}

exec::BlockStreams StorageSystemZeros::read(const storage::ReadRequest & request, interpreters::QueryContext &, storage::ReadStatistics *)
{
    Block header;
    if (!request.columns.empty())
        header.insert({columns.get("zero").type->createColumn(), columns.get("zero").type, "zero"});
    UInt64 block_size = std::max<UInt64>(1, request.max_block_size);
    size_t streams_count = is_multithreaded ? std::max<size_t>(1, request.max_threads) : 1;
    exec::BlockStreams streams;
    if (count == 0)
    {
        for (size_t i = 0; i < streams_count; ++i)
            streams.push_back(std::make_shared<ZerosStream>(header, std::numeric_limits<UInt64>::max(), block_size));
        return streams;
    }
    streams_count = std::min<size_t>(streams_count, std::max<UInt64>(1, (count + block_size - 1) / block_size));
    for (size_t i = 0; i < streams_count; ++i)
        streams.push_back(std::make_shared<ZerosStream>(header, count / streams_count + (i < count % streams_count), block_size));
    return streams;
}
}
