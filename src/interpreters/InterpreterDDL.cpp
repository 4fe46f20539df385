#include <mutex>

#include "base/Exception.h"
#include "analyzer/SelectPlanner.h"
#include "interpreters/DatabaseCatalog.h"
#include "interpreters/Interpreters.h"
#include "interpreters/TableFromAST.h"
#include "interpreters/executeQuery.h"
#include "sql/ASTSetQuery.h"
#include "sql/ASTColumnDeclaration.h"
#include "sql/ASTCreateQuery.h"
#include "sql/ASTDropQuery.h"
#include "sql/ASTExpressionList.h"
#include "sql/ASTInsertQuery.h"
#include "sql/ASTOptimizeQuery.h"
#include "sql/ASTRenameQuery.h"
#include "sql/ASTUseQuery.h"
#include "sql/formatAST.h"
#include "types/DataTypeLowCardinality.h"

namespace datastore::interpreters
{
namespace
{
std::string metadataText(const sql::ASTCreateQuery & create)
{
    auto copy = std::dynamic_pointer_cast<sql::ASTCreateQuery>(create.clone());
    copy->if_not_exists = false;
    copy->select = nullptr;
    copy->is_populate = false;
    copy->updateChildren();
    return sql::formatAST(*copy, false) + "\n";
}

/// LowCardinality of a small number only costs: ClickHouse refuses it unless allowed.
void checkLowCardinalityIsUseful(const storage::ColumnDescription & column)
{
    const auto * low_cardinality = column.type->as<DataTypeLowCardinality>();
    if (!low_cardinality)
        return;
    const auto & dictionary = removeNullable(low_cardinality->getDictionaryType());
    if (dictionary->isValueRepresentedByNumber() && dictionary->getTypeId() != TypeIndex::FixedString)
        throw Exception(ErrorCodes::SUSPICIOUS_TYPE_FOR_LOW_CARDINALITY,
                        "Creating columns of type {} is prohibited by default due to expected negative impact on performance. It can be "
                        "enabled with the \"allow_suspicious_low_cardinality_types\" setting.",
                        column.type->getName());
}

/// Columns for CREATE TABLE ... AS SELECT: the names and types of the SELECT's result.
sql::ASTPtr columnsOfSelect(const sql::ASTPtr & select, QueryContext & context)
{
    auto header = analyzer::SelectPlanner(context).plan(select)->getHeader();
    auto list = std::make_shared<sql::ASTExpressionList>();
    for (const auto & column : header)
    {
        auto declaration = std::make_shared<sql::ASTColumnDeclaration>();
        declaration->name = column.name;
        declaration->type_text = column.type->getName();
        list->children.push_back(declaration);
    }
    return list;
}
}

void executeCreate(const sql::ASTPtr & query, QueryContext & context)
{
    auto create = std::dynamic_pointer_cast<sql::ASTCreateQuery>(query->clone());
    auto & catalog = context.getCatalog();
    if (create->is_database)
    {
        std::lock_guard lock(catalog.ddlMutex());
        catalog.createDatabase(create->database, create->if_not_exists);
        return;
    }
    if (create->is_view || create->is_materialized_view)
        throw Exception(ErrorCodes::NOT_IMPLEMENTED, "Views are not supported yet");
    if (create->is_temporary)
        throw Exception(ErrorCodes::NOT_IMPLEMENTED, "Temporary tables are not supported yet");

    if (create->database.empty())
        create->database = context.current_database;
    bool fill_from_select = false;
    {
        std::lock_guard lock(catalog.ddlMutex());
        auto database = catalog.getDatabase(create->database);
        if (database->hasTable(create->table))
        {
            if (create->if_not_exists)
                return;
            throw Exception(ErrorCodes::TABLE_ALREADY_EXISTS, "Table {}.{} already exists", create->database, create->table);
        }
        if (!create->as_table.empty())
        {
            std::string source_database = create->as_database.empty() ? context.current_database : create->as_database;
            auto source = catalog.getTable(source_database, create->as_table);
            const auto * source_create = source->getCreateQuery() ? source->getCreateQuery()->as<sql::ASTCreateQuery>() : nullptr;
            if (!source_create)
                throw Exception(ErrorCodes::INCORRECT_QUERY, "Cannot copy the structure of table {}", source->getStorageID().getNameForLogs());
            if (!create->columns && source_create->columns)
                create->columns = source_create->columns->clone();
            if (!create->storage && source_create->storage)
                create->storage = source_create->storage->clone();
            create->as_database.clear();
            create->as_table.clear();
        }
        if (create->select)
        {
            if (!create->columns)
                create->columns = columnsOfSelect(create->select, context);
            fill_from_select = true;
        }
        create->updateChildren();
        if (!create->columns || create->columns->children.empty())
            throw Exception(ErrorCodes::EMPTY_LIST_OF_COLUMNS_PASSED, "Empty list of columns passed");

        auto table = createTableFromAST(create, *database, context.getServer(), true);
        if (!context.settings.allow_suspicious_low_cardinality_types)
            for (const auto & column : table->getColumns().getAll())
                checkLowCardinalityIsUseful(column);
        database->attachTable(create->table, table, metadataText(*create));
        table->startup();
    }
    if (fill_from_select)
    {
        auto insert = std::make_shared<sql::ASTInsertQuery>();
        insert->database = create->database;
        insert->table = create->table;
        insert->select = create->select;
        insert->updateChildren();
        QueryIO no_data;
        executeInsert(insert, "", context, no_data);
    }
}

void executeDrop(const sql::ASTPtr & query, QueryContext & context)
{
    const auto & drop = *query->as<sql::ASTDropQuery>();
    auto & catalog = context.getCatalog();
    std::lock_guard lock(catalog.ddlMutex());
    if (drop.is_database)
    {
        if (drop.kind != sql::ASTDropQuery::Kind::Drop)
            throw Exception(ErrorCodes::NOT_IMPLEMENTED, "Only DROP DATABASE is supported");
        if (drop.database == "system" || drop.database == "default")
            throw Exception(ErrorCodes::DATABASE_ACCESS_DENIED, "Cannot drop database {}", drop.database);
        catalog.dropDatabase(drop.database, drop.if_exists);
        return;
    }
    std::string database_name = drop.database.empty() ? context.current_database : drop.database;
    auto database = catalog.tryGetDatabase(database_name);
    if (!database)
    {
        if (drop.if_exists)
            return;
        throw Exception(ErrorCodes::UNKNOWN_DATABASE, "Database {} does not exist", database_name);
    }
    auto table = database->tryGetTable(drop.table);
    if (!table)
    {
        if (drop.if_exists)
            return;
        throw Exception(ErrorCodes::UNKNOWN_TABLE, "Table {}.{} does not exist", database_name, drop.table);
    }
    if (table->isSystemStorage())
        throw Exception(ErrorCodes::TABLE_IS_READ_ONLY, "Table {}.{} is read-only", database_name, drop.table);
    switch (drop.kind)
    {
        case sql::ASTDropQuery::Kind::Truncate:
            table->truncate();
            return;
        case sql::ASTDropQuery::Kind::Drop:
            database->detachTable(drop.table, true);
            table->shutdown();
            table->drop();
            return;
        case sql::ASTDropQuery::Kind::Detach:
            database->detachTable(drop.table, drop.permanently);
            table->shutdown();
            return;
    }
}

void executeRename(const sql::ASTPtr & query, QueryContext & context)
{
    const auto & rename = *query->as<sql::ASTRenameQuery>();
    if (rename.exchange || rename.is_database)
        throw Exception(ErrorCodes::NOT_IMPLEMENTED, "EXCHANGE and RENAME DATABASE are not supported yet");
    auto & catalog = context.getCatalog();
    std::lock_guard lock(catalog.ddlMutex());
    for (const auto & element : rename.elements)
    {
        auto from = catalog.getDatabase(element.from_database.empty() ? context.current_database : element.from_database);
        auto to = catalog.getDatabase(element.to_database.empty() ? context.current_database : element.to_database);
        auto table = from->getTable(element.from_table);
        if (to->hasTable(element.to_table))
            throw Exception(ErrorCodes::TABLE_ALREADY_EXISTS, "Table {}.{} already exists", to->getName(), element.to_table);
        auto create = std::dynamic_pointer_cast<sql::ASTCreateQuery>(table->getCreateQuery()->clone());
        create->database = to->getName();
        create->table = element.to_table;
        from->renameTable(element.from_table, *to, element.to_table, metadataText(*create));
        table->rename(storage::StorageID{to->getName(), element.to_table}, to->getTableDataPath(element.to_table));
        table->setCreateQuery(create);
    }
}

void executeOptimize(const sql::ASTPtr & query, QueryContext & context)
{
    const auto & optimize = *query->as<sql::ASTOptimizeQuery>();
    auto table = context.getCatalog().getTable(optimize.database.empty() ? context.current_database : optimize.database, optimize.table);
    table->optimize(context, optimize.partition, optimize.final, optimize.deduplicate);
}

void executeUse(const sql::ASTPtr & query, QueryContext & context)
{
    const auto & use = *query->as<sql::ASTUseQuery>();
    context.getCatalog().getDatabase(use.database);
    context.current_database = use.database;
    if (context.session)
        context.session->current_database = use.database;
}

void executeSet(const sql::ASTPtr & query, QueryContext & context)
{
    applySettings(query, context);
    if (context.session)
        for (const auto & [name, value] : query->as<sql::ASTSetQuery>()->changes)
            context.session->settings.set(name, value);
}
}
