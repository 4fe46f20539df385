#include "system/StorageSystemTable.h"

#include "exec/TransformStreams.h"
#include "types/DataTypeFactory.h"

namespace datastore::system
{
namespace
{
std::string engineNameFor(const std::string & table)
{
    std::string name = "System";
    bool upper = true;
    for (char c : table)
    {
        if (c == '_')
        {
            upper = true;
            continue;
        }
        name += upper ? static_cast<char>(std::toupper(static_cast<unsigned char>(c))) : c;
        upper = false;
    }
    return name;
}
}

StorageSystemTable::StorageSystemTable(std::string table, const std::vector<std::pair<std::string, std::string>> & columns_)
    : IStorage({"system", table}, {}), engine_name(engineNameFor(table))
{
    for (const auto & [name, type] : columns_)
    {
        storage::ColumnDescription column;
        column.name = name;
        column.type = DataTypeFactory::instance().get(type);
        columns.add(std::move(column));
    }
}

exec::BlockStreams StorageSystemTable::read(const storage::ReadRequest & request, interpreters::QueryContext & context, storage::ReadStatistics *)
{
    MutableColumns filled;
    for (const auto & column : columns.getAll())
        filled.push_back(column.type->createColumn());
    fillData(filled, context);

    Block full;
    for (size_t i = 0; i < filled.size(); ++i)
        full.insert({std::move(filled[i]), columns.getAll()[i].type, columns.getAll()[i].name});
    Block result;
    for (const auto & name : request.columns)
        result.insert(full.getByName(name));
    if (result.empty())
        result.setRowsWithoutColumns(full.rows());
    Blocks blocks;
    if (result.rows())
        blocks.push_back(result);
    return {std::make_shared<exec::BlocksStream>(result.cloneEmpty(), std::move(blocks))};
}
}
