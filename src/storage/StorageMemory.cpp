#include "storage/StorageMemory.h"

#include "exec/TransformStreams.h"
#include "storage/DeferredBlocksSink.h"
#include "storage/StorageFactory.h"

namespace datastore::storage
{
namespace
{
Block physicalHeader(const ColumnsDescription & columns)
{
    Block header;
    for (const auto * column : columns.getPhysical())
        header.insert({column->type->createColumn(), column->type, column->name});
    return header;
}
}

exec::BlockStreams StorageMemory::read(const ReadRequest & request, interpreters::QueryContext &, ReadStatistics * statistics)
{
    std::shared_ptr<const Blocks> snapshot;
    {
        std::lock_guard lock(mutex);
        snapshot = data;
    }
    Block full_header = physicalHeader(columns);
    Block header;
    for (const auto & name : request.columns)
        header.insert(full_header.getByName(name));

    size_t streams_count = std::max<size_t>(1, std::min(request.max_threads, snapshot->size()));
    std::vector<Blocks> per_stream(streams_count);
    for (size_t i = 0; i < snapshot->size(); ++i)
    {
        const Block & block = (*snapshot)[i];
        Block projected;
        for (const auto & name : request.columns)
            projected.insert(block.getByName(name));
        if (projected.empty())
            projected.setRowsWithoutColumns(block.rows());
        per_stream[i % streams_count].push_back(std::move(projected));
    }
    if (statistics)
    {
        statistics->parts_total += snapshot->size();
        statistics->parts_selected += snapshot->size();
    }
    exec::BlockStreams streams;
    for (auto & blocks : per_stream)
        streams.push_back(std::make_shared<exec::BlocksStream>(header, std::move(blocks)));
    return streams;
}

exec::BlockSinkPtr StorageMemory::write(interpreters::QueryContext &)
{
    return std::make_shared<DeferredBlocksSink>(physicalHeader(columns), [this](Blocks blocks) { appendBlocks(std::move(blocks)); });
}

void StorageMemory::appendBlocks(Blocks blocks)
{
    std::lock_guard lock(mutex);
    auto updated = std::make_shared<Blocks>(*data);
    for (auto & block : blocks)
        updated->push_back(std::move(block));
    data = std::move(updated);
}

void StorageMemory::truncate()
{
    std::lock_guard lock(mutex);
    data = std::make_shared<Blocks>();
}

std::optional<UInt64> StorageMemory::totalRows() const
{
    std::lock_guard lock(mutex);
    UInt64 rows = 0;
    for (const auto & block : *data)
        rows += block.rows();
    return rows;
}

std::optional<UInt64> StorageMemory::totalBytes() const
{
    std::lock_guard lock(mutex);
    UInt64 bytes = 0;
    for (const auto & block : *data)
        bytes += block.allocatedBytes();
    return bytes;
}

void registerStorageMemory()
{
    StorageFactory::instance().registerStorage("Memory", [](const StorageArguments & arguments)
                                               { return std::make_shared<StorageMemory>(arguments.id, arguments.columns); });
}
}
