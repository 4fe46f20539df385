#include "storage/StorageValues.h"

#include "exec/TransformStreams.h"

namespace datastore::storage
{
exec::BlockStreams StorageValues::read(const ReadRequest & request, interpreters::QueryContext &, ReadStatistics *)
{
    Block result;
    for (const auto & name : request.columns)
        result.insert(block.getByName(name));
    if (request.columns.empty())
        result.setRowsWithoutColumns(block.rows());
    return {std::make_shared<exec::BlocksStream>(result.cloneEmpty(), Blocks{result})};
}
}
