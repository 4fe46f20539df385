#include <mutex>
#include <fstream>
#include <random>

#include "access/AccessType.h"
#include "base/Exception.h"
#include "analyzer/SelectPlanner.h"
#include "interpreters/DatabaseCatalog.h"
#include "interpreters/Interpreters.h"
#include "interpreters/TableFromAST.h"
#include "interpreters/executeQuery.h"
#include "sql/ASTSetQuery.h"
#include "storage/StorageFactory.h"
#include "sql/ASTStorage.h"
#include "sql/ASTLiteral.h"
#include "sql/ASTFunction.h"
#include "sql/ASTColumnDeclaration.h"
#include "sql/ASTCreateQuery.h"
#include "sql/ASTDropQuery.h"
#include "sql/ASTExpressionList.h"
#include "sql/ASTInsertQuery.h"
#include "sql/ASTOptimizeQuery.h"
#include "sql/ASTIdentifier.h"
#include "sql/ASTRenameQuery.h"
#include "sql/ASTTableExpression.h"
#include "sql/ASTWithElement.h"
#include "sql/ASTUseQuery.h"
#include "sql/formatAST.h"
#include "storage/StorageMaterializedView.h"
#include "storage/StorageView.h"
#include "system/TableDescription.h"
#include "types/DataTypeLowCardinality.h"

namespace datastore::interpreters
{
std::string metadataText(const sql::ASTCreateQuery & create)
{
    auto copy = std::dynamic_pointer_cast<sql::ASTCreateQuery>(create.clone());
    copy->if_not_exists = false;
    /// A view is its query; a table made AS SELECT keeps only its structure.
    if (!copy->is_view && !copy->is_materialized_view)
        copy->select = nullptr;
    copy->is_populate = false;
    copy->updateChildren();
    return sql::formatAST(*copy, false) + "\n";
}

namespace
{
/// LowCardinality of a small number only costs: ClickHouse refuses it unless allowed.
void checkLowCardinalityIsUseful(const storage::ColumnDescription & column)
{
    const auto * low_cardinality = column.type->as<DataTypeLowCardinality>();
    if (!low_cardinality)
        return;
    const auto & dictionary = removeNullable(low_cardinality->getDictionaryType());
    bool is_small_value = dictionary->isValueRepresentedByNumber() || dictionary->getTypeId() == TypeIndex::IPv6;
    if (is_small_value && dictionary->getTypeId() != TypeIndex::FixedString)
        throw Exception(ErrorCodes::SUSPICIOUS_TYPE_FOR_LOW_CARDINALITY,
                        "Creating columns of type {} is prohibited by default due to expected negative impact on performance. It can be "
                        "enabled with the \"allow_suspicious_low_cardinality_types\" setting.",
                        column.type->getName());
}

/// Gives every table a stored query reads its database, as ClickHouse does for views, so the
/// query means the same whatever the current database of the session that reads it.
void qualifyTableNames(sql::IAST & node, const std::string & database, std::vector<std::string> & with_names)
{
    if (auto * with = node.as<sql::ASTWithElement>())
        with_names.push_back(with->name);
    if (auto * expression = node.as<sql::ASTTableExpression>())
        if (auto * identifier = expression->database_and_table_name ? expression->database_and_table_name->as<sql::ASTIdentifier>() : nullptr)
            if (!identifier->isCompound()
                && std::find(with_names.begin(), with_names.end(), identifier->shortName()) == with_names.end())
                identifier->name_parts.insert(identifier->name_parts.begin(), database);
    for (auto & child : node.children)
        qualifyTableNames(*child, database, with_names);
}

std::string generateUUID()
{
    static std::mutex mutex;
    static std::mt19937_64 generator{std::random_device{}()};
    UInt64 high;
    UInt64 low;
    {
        std::lock_guard lock(mutex);
        high = generator();
        low = generator();
    }
    /// Version 4, variant 1.
    high = (high & 0xFFFFFFFFFFFF0FFFULL) | 0x0000000000004000ULL;
    low = (low & 0x3FFFFFFFFFFFFFFFULL) | 0x8000000000000000ULL;
    return fmt::format("{:08x}-{:04x}-{:04x}-{:04x}-{:012x}", high >> 32, (high >> 16) & 0xFFFF, high & 0xFFFF, low >> 48,
                       low & 0xFFFFFFFFFFFFULL);
}

/// The column list of a CREATE query declaring these columns.
sql::ASTPtr columnDeclarationsOf(const storage::ColumnsDescription & columns)
{
    auto clone = [](const sql::ASTPtr & ast) { return ast ? ast->clone() : nullptr; };
    auto list = std::make_shared<sql::ASTExpressionList>();
    for (const auto & column : columns.getAll())
    {
        auto declaration = std::make_shared<sql::ASTColumnDeclaration>();
        declaration->name = column.name;
        declaration->type_text = column.type->getName();
        declaration->default_kind = system::defaultKindName(column.default_kind);
        declaration->default_expression = clone(column.default_expression);
        declaration->codec = clone(column.codec_ast);
        declaration->ttl = clone(column.ttl);
        if (!column.comment.empty())
            declaration->comment = std::make_shared<sql::ASTLiteral>(Field(column.comment));
        declaration->updateChildren();
        list->children.push_back(declaration);
    }
    return list;
}

/// Columns for CREATE TABLE ... AS SELECT: the names and types of the SELECT's result.
sql::ASTPtr columnsOfSelect(const sql::ASTPtr & select, QueryContext & context)
{
    storage::ColumnsDescription columns;
    for (const auto & column : analyzer::SelectPlanner(context).plan(select)->getHeader())
        columns.add({column.name, column.type});
    return columnDeclarationsOf(columns);
}
}

namespace
{
/// The engine of CREATE TABLE's ENGINE clause, empty without one.
std::string engineName(const sql::ASTCreateQuery & create)
{
    const auto * storage = create.storage ? create.storage->as<sql::ASTStorage>() : nullptr;
    const auto * engine = storage && storage->engine ? storage->engine->as<sql::ASTFunction>() : nullptr;
    return engine ? engine->name : "";
}

/// True when the table exists and the query says IF NOT EXISTS; throws TABLE_ALREADY_EXISTS
/// when it exists otherwise.
bool isCreatedAlready(const sql::ASTCreateQuery & create, const Database & database)
{
    if (!database.hasTable(create.table))
        return false;
    if (create.if_not_exists)
        return true;
    throw Exception(ErrorCodes::TABLE_ALREADY_EXISTS, "Table {}.{} already exists", create.database, create.table);
}

void insertSelect(const std::string & database, const std::string & table, const sql::ASTPtr & select, QueryContext & context)
{
    auto insert = std::make_shared<sql::ASTInsertQuery>();
    insert->database = database;
    insert->table = table;
    insert->select = select;
    insert->updateChildren();
    QueryIO no_data;
    executeInsert(insert, "", context, no_data);
}

/// CREATE [MATERIALIZED] VIEW. A materialized view with an ENGINE gets an inner table
/// `.inner_id.<uuid>` created beside it; its metadata names the table by `TO INNER UUID`.
void createView(const std::shared_ptr<sql::ASTCreateQuery> & create, QueryContext & context)
{
    auto & catalog = context.getCatalog();
    if (create->database.empty())
        create->database = context.current_database;
    if (create->is_materialized_view)
    {
        if (!create->to_table.empty() && create->is_populate)
            throw Exception(ErrorCodes::SYNTAX_ERROR, "When creating a materialized view you can't declare both 'TO [db].[table]' and 'POPULATE'");
        if (create->to_table.empty() && !create->storage)
            throw Exception(ErrorCodes::INCORRECT_QUERY,
                            "You must specify where to save results of a MaterializedView query: either ENGINE or an existing table in a TO clause");
        if (!create->to_table.empty() && create->to_database.empty())
            create->to_database = context.current_database;
    }
    std::vector<std::string> with_names;
    qualifyTableNames(*create->select, context.current_database, with_names);

    std::string inner_table;
    {
        std::lock_guard lock(catalog.ddlMutex());
        auto database = catalog.getDatabase(create->database);
        if (isCreatedAlready(*create, *database))
            return;
        if (create->is_materialized_view)
        {
            auto source = storage::firstTableOfSelect(create->select);
            if (!create->to_table.empty() && source.database == create->to_database && source.table == create->to_table)
                throw Exception(ErrorCodes::BAD_ARGUMENTS, "Materialized view {}.{} cannot write to its own source table {}", create->database,
                                create->table, source.getNameForLogs());
        }
        if (!create->columns)
            create->columns = columnsOfSelect(create->select, context);
        create->updateChildren();

        if (create->is_materialized_view && create->to_table.empty())
        {
            create->inner_uuid = generateUUID();
            auto inner = std::make_shared<sql::ASTCreateQuery>();
            inner->database = create->database;
            inner->table = storage::StorageMaterializedView::innerTableName(create->inner_uuid);
            inner->columns = create->columns->clone();
            inner->storage = create->storage->clone();
            inner->updateChildren();
            auto inner_storage = createTableFromAST(inner, *database, context.getServer(), true);
            database->attachTable(inner->table, inner_storage, metadataText(*inner));
            inner_storage->startup();
            inner_table = inner->table;
        }
        try
        {
            auto view = createTableFromAST(create, *database, context.getServer(), true);
            database->attachTable(create->table, view, metadataText(*create));
        }
        catch (...)
        {
            if (!inner_table.empty())
                database->detachTable(inner_table, true)->drop();
            throw;
        }
    }
    if (create->is_populate)
        insertSelect(create->database, inner_table, create->select, context);
}
}

/// ATTACH TABLE t: the table a DETACH left, read back from its metadata file.
void attachFromMetadata(const sql::ASTCreateQuery & attach, QueryContext & context)
{
    std::string database_name = attach.database.empty() ? context.current_database : attach.database;
    context.checkAccess(access::AccessType::CreateTable, database_name, attach.table);
    auto & catalog = context.getCatalog();
    std::lock_guard lock(catalog.ddlMutex());
    auto database = catalog.getDatabase(database_name);
    if (database->hasTable(attach.table))
    {
        if (attach.if_not_exists)
            return;
        throw Exception(ErrorCodes::TABLE_ALREADY_EXISTS, "Table {}.{} already exists.", database_name, attach.table);
    }
    std::string path = database->metadataFile(attach.table);
    std::ifstream file(path);
    if (!file)
        throw Exception(ErrorCodes::CANNOT_GET_CREATE_TABLE_QUERY, "There is no metadata of table {} in database {}",
                        sql::backQuoteIfNeed(attach.table), sql::backQuoteIfNeed(database_name));
    std::string metadata((std::istreambuf_iterator<char>(file)), std::istreambuf_iterator<char>());
    auto table = loadTableFromMetadata(*database, attach.table, metadata, context.getServer());
    database->attachTable(attach.table, table, "");
    table->startup();
}

void executeCreate(const sql::ASTPtr & query, QueryContext & context)
{
    auto create = std::dynamic_pointer_cast<sql::ASTCreateQuery>(query->clone());
    auto & catalog = context.getCatalog();
    if (create->is_database)
    {
        context.checkAccess(access::AccessType::CreateDatabase, create->database);
        std::lock_guard lock(catalog.ddlMutex());
        catalog.createDatabase(create->database, create->if_not_exists);
        return;
    }
    if (create->attach && !create->columns && !create->storage && !create->select && create->as_table.empty())
    {
        attachFromMetadata(*create, context);
        return;
    }
    context.checkAccess(create->is_view || create->is_materialized_view ? access::AccessType::CreateView : access::AccessType::CreateTable,
                        create->database.empty() ? context.current_database : create->database, create->table);
    if (create->is_view || create->is_materialized_view)
    {
        createView(create, context);
        return;
    }
    if (create->is_temporary)
        throw Exception(ErrorCodes::NOT_IMPLEMENTED, "Temporary tables are not supported yet");

    if (create->database.empty())
        create->database = context.current_database;
    bool fill_from_select = false;
    {
        std::lock_guard lock(catalog.ddlMutex());
        auto database = catalog.getDatabase(create->database);
        if (isCreatedAlready(*create, *database))
            return;
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
        bool has_columns = create->columns && !create->columns->children.empty();
        if (!has_columns && !storage::StorageFactory::instance().infersColumns(engineName(*create)))
            throw Exception(ErrorCodes::EMPTY_LIST_OF_COLUMNS_PASSED, "Empty list of columns passed");

        auto table = createTableFromAST(create, *database, context.getServer(), true);
        /// The metadata declares the columns the engine found, as ClickHouse writes them.
        if (!has_columns)
        {
            create->columns = columnDeclarationsOf(table->getColumns());
            create->updateChildren();
        }
        if (!context.settings.allow_suspicious_low_cardinality_types)
            for (const auto & column : table->getColumns().getAll())
                checkLowCardinalityIsUseful(column);
        database->attachTable(create->table, table, metadataText(*create));
        table->startup();
    }
    if (fill_from_select)
        insertSelect(create->database, create->table, create->select, context);
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
        context.checkAccess(access::AccessType::DropDatabase, drop.database);
        if (drop.database == "system" || drop.database == "default")
            throw Exception(ErrorCodes::DATABASE_ACCESS_DENIED, "Cannot drop database {}", drop.database);
        catalog.dropDatabase(drop.database, drop.if_exists);
        return;
    }
    std::string database_name = drop.database.empty() ? context.current_database : drop.database;
    context.checkAccess(drop.kind == sql::ASTDropQuery::Kind::Truncate ? access::AccessType::Truncate : access::AccessType::DropTable,
                        database_name, drop.table);
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
    auto materialized_view = std::dynamic_pointer_cast<storage::StorageMaterializedView>(table);
    if (drop.is_view && !materialized_view && !std::dynamic_pointer_cast<storage::StorageView>(table))
        throw Exception(ErrorCodes::INCORRECT_QUERY, "Table {}.{} is not a View", database_name, drop.table);
    switch (drop.kind)
    {
        case sql::ASTDropQuery::Kind::Truncate:
            table->truncate();
            return;
        case sql::ASTDropQuery::Kind::Drop:
            database->detachTable(drop.table, true);
            table->shutdown();
            table->drop();
            /// The inner table of a materialized view goes with it.
            if (materialized_view && materialized_view->hasInnerTable())
            {
                const auto & inner_id = materialized_view->getTargetID();
                if (auto inner_database = catalog.tryGetDatabase(inner_id.database); inner_database && inner_database->hasTable(inner_id.table))
                {
                    auto inner = inner_database->detachTable(inner_id.table, true);
                    inner->shutdown();
                    inner->drop();
                }
            }
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
        context.checkAccess(access::AccessType::DropTable, from->getName(), element.from_table);
        context.checkAccess(access::AccessType::CreateTable, to->getName(), element.to_table);
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
    std::string database = optimize.database.empty() ? context.current_database : optimize.database;
    context.checkAccess(access::AccessType::Optimize, database, optimize.table);
    auto table = context.getCatalog().getTable(database, optimize.table);
    table->optimize(context, optimize);
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
