#include "storage/StorageMaterializedView.h"

#include "base/Exception.h"
#include "interpreters/Context.h"
#include "interpreters/DatabaseCatalog.h"
#include "sql/ASTCreateQuery.h"
#include "sql/ASTIdentifier.h"
#include "sql/ASTOptimizeQuery.h"
#include "sql/ASTSelectQuery.h"
#include "sql/ASTSelectWithUnionQuery.h"
#include "sql/ASTSubquery.h"
#include "sql/ASTTableExpression.h"
#include "sql/ASTTablesInSelectQueryElement.h"
#include "storage/StorageFactory.h"
#include "storage/StorageView.h"

namespace datastore::storage
{
StorageID firstTableOfSelect(const sql::ASTPtr & select)
{
    const sql::IAST * node = select.get();
    if (const auto * union_query = node ? node->as<sql::ASTSelectWithUnionQuery>() : nullptr)
        node = union_query->list_of_selects && !union_query->list_of_selects->children.empty()
            ? union_query->list_of_selects->children[0].get()
            : nullptr;
    const auto * plain = node ? node->as<sql::ASTSelectQuery>() : nullptr;
    if (!plain || !plain->tables || plain->tables->children.empty())
        return {};
    const auto * element = plain->tables->children[0]->as<sql::ASTTablesInSelectQueryElement>();
    const auto * expression = element && element->table_expression ? element->table_expression->as<sql::ASTTableExpression>() : nullptr;
    if (!expression)
        return {};
    if (expression->subquery)
        return firstTableOfSelect(expression->subquery->as<sql::ASTSubquery>()->select);
    const auto * identifier = expression->database_and_table_name ? expression->database_and_table_name->as<sql::ASTIdentifier>() : nullptr;
    if (!identifier)
        return {};
    return StorageID{identifier->isCompound() ? identifier->name_parts[0] : "", identifier->shortName()};
}

StorageMaterializedView::StorageMaterializedView(StorageID id_, ColumnsDescription columns_, sql::ASTPtr select_, StorageID target_id_,
                                                 bool has_inner_table_, interpreters::ServerContext & server_)
    : IStorage(std::move(id_), std::move(columns_))
    , select(std::move(select_))
    , source_id(firstTableOfSelect(select))
    , target_id(std::move(target_id_))
    , has_inner_table(has_inner_table_)
    , server(server_)
{
}

StoragePtr StorageMaterializedView::getTargetTable() const
{
    return server.getCatalog().getTable(target_id.database, target_id.table);
}

exec::BlockStreams StorageMaterializedView::read(const ReadRequest & request, interpreters::QueryContext & context, ReadStatistics * statistics)
{
    auto target = getTargetTable();
    ReadRequest target_request = request;
    /// The target would apply a PREWHERE in its own types and drop the columns only it reads,
    /// which the projection to the view's columns still needs: the query filters instead.
    target_request.prewhere = nullptr;
    /// Index analysis compares constants of the view's types: only valid if the target's match.
    for (const auto & name : request.columns)
    {
        const auto * target_column = target->getColumns().tryGet(name);
        if (!target_column)
            throw Exception(ErrorCodes::THERE_IS_NO_COLUMN, "There is no column {} in table {} (the target of materialized view {})", name,
                            target_id.getNameForLogs(), id.getNameForLogs());
        if (!target_column->type->equals(*columns.get(name).type))
        {
            target_request.filter = nullptr;
            target_request.key_ranges = std::make_shared<KeyRanges>();
        }
    }
    return projectToColumns(target->read(target_request, context, statistics), request.columns, columns);
}

void StorageMaterializedView::truncate()
{
    if (!has_inner_table)
        throw Exception(ErrorCodes::INCORRECT_QUERY, "Cannot truncate materialized view {}: it writes to table {}, truncate that table",
                        id.getNameForLogs(), target_id.getNameForLogs());
    getTargetTable()->truncate();
}

void StorageMaterializedView::optimize(interpreters::QueryContext & context, const sql::ASTOptimizeQuery & query)
{
    getTargetTable()->optimize(context, query);
}

void registerStorageMaterializedView()
{
    StorageFactory::instance().registerStorage("MaterializedView", [](const StorageArguments & arguments)
    {
        const auto & create = *arguments.create_query->as<sql::ASTCreateQuery>();
        bool has_inner_table = !create.inner_uuid.empty();
        StorageID target = has_inner_table
            ? StorageID{arguments.id.database, StorageMaterializedView::innerTableName(create.inner_uuid)}
            : StorageID{create.to_database.empty() ? arguments.id.database : create.to_database, create.to_table};
        return std::make_shared<StorageMaterializedView>(arguments.id, arguments.columns, create.select, target, has_inner_table,
                                                         *arguments.server);
    });
}
}
