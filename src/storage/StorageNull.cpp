#include "storage/StorageNull.h"

#include "exec/TransformStreams.h"
#include "storage/StorageFactory.h"

namespace datastore::storage
{
namespace
{
class NullSink final : public exec::IBlockSink
{
public:
    explicit NullSink(Block header_) : header(std::move(header_)) {}
    Block getHeader() const override { return header; }
    void write(const Block &) override {}
    void finish() override {}

private:
    Block header;
};
}

exec::BlockStreams StorageNull::read(const ReadRequest & request, interpreters::QueryContext &, ReadStatistics *)
{
    Block header;
    for (const auto & name : request.columns)
    {
        const auto & column = columns.get(name);
        header.insert({column.type->createColumn(), column.type, column.name});
    }
    return {std::make_shared<exec::BlocksStream>(header, Blocks{})};
}

exec::BlockSinkPtr StorageNull::write(interpreters::QueryContext &)
{
    Block header;
    for (const auto * column : columns.getPhysical())
        header.insert({column->type->createColumn(), column->type, column->name});
    return std::make_shared<NullSink>(header);
}

void registerStorageNull()
{
    StorageFactory::instance().registerStorage("Null", [](const StorageArguments & arguments)
                                               { return std::make_shared<StorageNull>(arguments.id, arguments.columns); });
}
}
