#include "storage/StorageMerge.h"

#include "analyzer/SelectPlanner.h"
#include "base/Exception.h"
#include "exec/FilterMask.h"
#include "exec/TransformStreams.h"
#include "functions/CastColumn.h"
#include "functions/Regexps.h"
#include "interpreters/Context.h"
#include "interpreters/DatabaseCatalog.h"
#include "sql/ASTFunction.h"
#include "sql/ASTLiteral.h"
#include "storage/EngineArguments.h"
#include "storage/StorageFactory.h"
#include "types/DataTypeLowCardinality.h"
#include "types/DataTypeString.h"

namespace datastore::storage
{
namespace
{
constexpr const char * kDatabaseColumn = "_database";
constexpr const char * kTableColumn = "_table";
/// Merge tables reading each other would recurse without end.
constexpr size_t kMaxNestedMerges = 32;
thread_local size_t nested_merges = 0;

class NestedMergeGuard
{
public:
    explicit NestedMergeGuard(const StorageID & id)
    {
        if (++nested_merges > kMaxNestedMerges)
        {
            --nested_merges;
            throw Exception(ErrorCodes::TOO_DEEP_RECURSION, "Merge table {} reads itself through other Merge tables (more than {} levels)",
                            id.getNameForLogs(), kMaxNestedMerges);
        }
    }
    ~NestedMergeGuard() { --nested_merges; }
};

const DataTypePtr & virtualType()
{
    static const DataTypePtr type = std::make_shared<DataTypeLowCardinality>(std::make_shared<DataTypeString>());
    return type;
}

bool isVirtual(const std::string & name)
{
    return name == kDatabaseColumn || name == kTableColumn;
}

bool isReadable(const ColumnDescription * column)
{
    return column && column->default_kind != ColumnDefaultKind::Alias && column->default_kind != ColumnDefaultKind::Ephemeral;
}

ColumnPtr constantColumn(const DataTypePtr & type, const Field & value, size_t rows)
{
    return type->createColumnConst(rows, value)->convertToFullColumnIfConst();
}
}

StorageMerge::StorageMerge(StorageID id_, ColumnsDescription columns_, Source source_, interpreters::ServerContext & server_)
    : IStorage(std::move(id_), std::move(columns_))
    , source(std::move(source_))
    , database_regexp(source.is_database_regexp ? functions::compileRegexp(source.database) : nullptr)
    , table_regexp(functions::compileRegexp(source.table_regexp))
    , server(server_)
{
}

StorageMerge::Source StorageMerge::parseSource(sql::ASTPtr & database_argument, sql::ASTPtr & table_argument,
                                               interpreters::QueryContext & context)
{
    Source result;
    const auto * regexp = database_argument->as<sql::ASTFunction>();
    if (regexp && regexp->name == "REGEXP")
    {
        const auto * pattern = regexp->argumentList().size() == 1 ? regexp->argumentList()[0]->as<sql::ASTLiteral>() : nullptr;
        const auto * text = pattern ? pattern->value.tryGet<std::string>() : nullptr;
        if (!text || text->empty())
            throw Exception(ErrorCodes::BAD_ARGUMENTS, "Argument for REGEXP in Merge ENGINE should be a non empty String Literal");
        result.database = *text;
        result.is_database_regexp = true;
    }
    else
        result.database = evaluateStringArgument(database_argument, context);
    Field table = analyzer::evaluateConstantExpression(table_argument, context);
    const auto * text = table.tryGet<std::string>();
    if (!text)
        throw Exception(ErrorCodes::BAD_ARGUMENTS, "Argument 'table_name_regexp' must be a literal with type String, got {}",
                        fieldTypeName(table.which()));
    result.table_regexp = *text;
    table_argument = std::make_shared<sql::ASTLiteral>(table);
    return result;
}

ColumnsDescription StorageMerge::getVirtuals() const
{
    ColumnsDescription virtuals;
    for (const char * name : {kTableColumn, kDatabaseColumn})
        virtuals.add({name, virtualType()});
    return virtuals;
}

std::vector<StorageMerge::SourceTable> StorageMerge::getSourceTables() const
{
    auto & catalog = server.getCatalog();
    std::vector<interpreters::DatabasePtr> databases;
    if (source.is_database_regexp)
    {
        for (auto & database : catalog.getDatabases())
            if (RE2::PartialMatch(database->getName(), *database_regexp))
                databases.push_back(std::move(database));
    }
    else
        databases.push_back(catalog.getDatabase(source.database));

    std::vector<SourceTable> tables;
    for (const auto & database : databases)
        for (const auto & name : database->getTableNames())
            if (RE2::PartialMatch(name, *table_regexp))
                if (auto table = database->tryGetTable(name); table && table.get() != this)
                    tables.push_back({database->getName(), name, std::move(table)});
    return tables;
}

std::vector<StorageMerge::SourceTable> StorageMerge::pruneByVirtuals(std::vector<SourceTable> tables, const PrewhereFilter & filter) const
{
    Block virtuals;
    {
        auto databases = virtualType()->createColumn();
        auto names = virtualType()->createColumn();
        for (const auto & table : tables)
        {
            databases->insert(Field(table.database));
            names->insert(Field(table.table));
        }
        virtuals.insert({std::move(databases), virtualType(), kDatabaseColumn});
        virtuals.insert({std::move(names), virtualType(), kTableColumn});
    }
    std::optional<exec::FilterMask> passing;
    for (const auto & condition : filter.conditions)
    {
        bool reads_only_virtuals = std::all_of(condition.columns.begin(), condition.columns.end(), isVirtual);
        if (!reads_only_virtuals)
            continue;
        Block computed = virtuals;
        condition.actions->execute(computed);
        auto mask = exec::buildFilterMask(computed.getByName(condition.result));
        if (passing)
            exec::intersectFilterMask(*passing, mask);
        else
            passing = std::move(mask);
    }
    if (!passing)
        return tables;
    std::vector<SourceTable> kept;
    for (size_t i = 0; i < tables.size(); ++i)
        if (passing->is_constant ? passing->constant_value : passing->mask[i] != 0)
            kept.push_back(std::move(tables[i]));
    return kept;
}

Block StorageMerge::headerOf(const std::vector<std::string> & names) const
{
    Block header;
    for (const auto & name : names)
    {
        const auto & type = isVirtual(name) ? virtualType() : columns.get(name).type;
        header.insert({type->createColumn(), type, name});
    }
    return header;
}

exec::BlockStreams StorageMerge::readTable(const SourceTable & table, const ReadRequest & request, interpreters::QueryContext & context,
                                           ReadStatistics * statistics) const
{
    const auto & table_columns = table.storage->getColumns();
    auto table_virtuals = table.storage->getVirtuals();
    ReadRequest table_request = request;
    /// The table would apply a PREWHERE in its own types and drop the columns only it reads:
    /// the query filters instead.
    table_request.prewhere = nullptr;
    table_request.columns.clear();
    bool is_same_types = true;
    for (const auto & name : request.columns)
    {
        const auto * column = table_columns.tryGet(name);
        if (isReadable(column))
        {
            is_same_types = is_same_types && column->type->equals(*(isVirtual(name) ? virtualType() : columns.get(name).type));
            table_request.columns.push_back(name);
        }
        /// A nested Merge names the tables it read itself.
        else if (isVirtual(name) && table_virtuals.has(name))
            table_request.columns.push_back(name);
    }
    /// Index analysis compares constants of this table's types: only valid if the source's match.
    if (!is_same_types)
    {
        table_request.filter = nullptr;
        table_request.key_ranges = std::make_shared<KeyRanges>();
    }

    Block header = headerOf(request.columns);
    auto transform = [header, table](Block block)
    {
        size_t rows = block.rows();
        Block result;
        for (const auto & target : header)
        {
            if (const auto * read = block.findByName(target.name))
            {
                ColumnPtr column = read->type->equals(*target.type) ? read->column : functions::castColumn(read->column, read->type, target.type);
                result.insert({std::move(column), target.type, target.name});
            }
            else if (target.name == kTableColumn)
                result.insert({constantColumn(target.type, Field(table.table), rows), target.type, target.name});
            else if (target.name == kDatabaseColumn)
                result.insert({constantColumn(target.type, Field(table.database), rows), target.type, target.name});
            else
                result.insert({constantColumn(target.type, target.type->getDefault(), rows), target.type, target.name});
        }
        if (result.empty())
            result.setRowsWithoutColumns(rows);
        return result;
    };
    return exec::transformEach(table.storage->read(table_request, context, statistics), [&](const exec::BlockStreamPtr & stream) {
        return std::make_shared<exec::MapStream>(stream, header, transform);
    });
}

exec::BlockStreams StorageMerge::read(const ReadRequest & request, interpreters::QueryContext & context, ReadStatistics * statistics)
{
    NestedMergeGuard guard(id);
    auto tables = getSourceTables();
    if (request.prewhere)
        tables = pruneByVirtuals(std::move(tables), *request.prewhere);

    exec::BlockStreams all;
    for (const auto & table : tables)
        for (auto & stream : readTable(table, request, context, statistics))
            all.push_back(std::move(stream));
    if (all.empty())
        return {std::make_shared<exec::BlocksStream>(headerOf(request.columns), Blocks{})};
    /// Every table gives up to max_threads streams: they are read max_threads at a time.
    size_t threads = std::max<size_t>(1, std::min(request.max_threads, all.size()));
    if (all.size() == threads)
        return all;
    std::vector<exec::BlockStreams> groups(threads);
    for (size_t i = 0; i < all.size(); ++i)
        groups[i % threads].push_back(std::move(all[i]));
    exec::BlockStreams streams;
    for (auto & group : groups)
        streams.push_back(std::make_shared<exec::ConcatStream>(std::move(group)));
    return streams;
}

exec::BlockSinkPtr StorageMerge::write(interpreters::QueryContext &)
{
    throw Exception(ErrorCodes::NOT_IMPLEMENTED, "Method write is not supported by storage Merge");
}

void registerStorageMerge()
{
    StorageFactory::instance().registerStorage("Merge", [](const StorageArguments & arguments)
    {
        checkNoKeysOrSettings(arguments, "Merge");
        sql::ASTs * engine_arguments = engineArgumentsOf(arguments);
        if (!engine_arguments || engine_arguments->size() != 2)
            throw Exception(ErrorCodes::NUMBER_OF_ARGUMENTS_DOESNT_MATCH,
                            "Storage Merge requires exactly 2 parameters - name of source database and regexp for table names");
        auto context = makeEngineContext(arguments);
        auto source = StorageMerge::parseSource((*engine_arguments)[0], (*engine_arguments)[1], *context);
        auto storage = std::make_shared<StorageMerge>(arguments.id, arguments.columns, source, *arguments.server);
        if (!arguments.columns.getAll().empty())
            return storage;
        /// Without declared columns, those of the first matching table (ClickHouse 24.x).
        auto tables = storage->getSourceTables();
        if (tables.empty())
            throw Exception(ErrorCodes::CANNOT_EXTRACT_TABLE_STRUCTURE,
                            "There are no tables satisfied provided regexp, you must specify table structure manually");
        return std::make_shared<StorageMerge>(arguments.id, tables.front().storage->getColumns(), std::move(source), *arguments.server);
    }, true);
}
}
