#include "storage/StorageView.h"

#include "analyzer/SelectPlanner.h"
#include "base/Exception.h"
#include "exec/TransformStreams.h"
#include "functions/CastColumn.h"
#include "sql/ASTCreateQuery.h"
#include "storage/StorageFactory.h"

namespace datastore::storage
{
exec::BlockStreams projectToColumns(exec::BlockStreams streams, const std::vector<std::string> & names, const ColumnsDescription & columns)
{
    Block header;
    for (const auto & name : names)
    {
        const auto & column = columns.get(name);
        header.insert({column.type->createColumn(), column.type, column.name});
    }
    exec::BlockStreams result;
    for (auto & stream : streams)
    {
        auto transform = [header](Block block)
        {
            Block projected;
            for (const auto & target : header)
            {
                const auto & source = block.getByName(target.name);
                ColumnPtr column = source.type->equals(*target.type) ? source.column
                                                                     : functions::castColumn(source.column, source.type, target.type);
                projected.insert({std::move(column), target.type, target.name});
            }
            if (projected.empty())
                projected.setRowsWithoutColumns(block.rows());
            return projected;
        };
        result.push_back(std::make_shared<exec::MapStream>(std::move(stream), header, std::move(transform)));
    }
    return result;
}

exec::BlockStreams StorageView::read(const ReadRequest & request, interpreters::QueryContext & context, ReadStatistics *)
{
    return projectToColumns({analyzer::SelectPlanner(context).plan(select)}, request.columns, columns);
}

exec::BlockSinkPtr StorageView::write(interpreters::QueryContext &)
{
    throw Exception(ErrorCodes::NOT_IMPLEMENTED, "Method write is not supported by storage View");
}

void registerStorageView()
{
    StorageFactory::instance().registerStorage("View", [](const StorageArguments & arguments)
    {
        const auto & create = *arguments.create_query->as<sql::ASTCreateQuery>();
        return std::make_shared<StorageView>(arguments.id, arguments.columns, create.select);
    });
}
}
