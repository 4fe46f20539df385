#include "base/Exception.h"
#include "analyzer/TableSource.h"

#include "analyzer/ArrayJoinSource.h"
#include "analyzer/JoinedTables.h"
#include "analyzer/Sampling.h"
#include "analyzer/SelectPlanner.h"
#include "analyzer/TableFunctionFactory.h"
#include "analyzer/TableReadAccess.h"
#include "interpreters/Context.h"
#include "interpreters/DatabaseCatalog.h"
#include "sql/ASTFunction.h"
#include "sql/ASTIdentifier.h"
#include "sql/ASTLiteral.h"
#include "sql/ASTSubquery.h"
#include "sql/ASTTableExpression.h"
#include "sql/ASTTableJoin.h"
#include "sql/formatAST.h"
#include "sql/ASTTablesInSelectQueryElement.h"

namespace datastore::analyzer
{
namespace
{
TableSource fromStorage(const storage::StoragePtr & storage, bool is_final, interpreters::QueryContext & context)
{
    TableSource source;
    const auto & columns = storage->getColumns();
    for (const auto * column : columns.getPhysical())
        source.header.insert({column->type->createColumn(), column->type, column->name});
    auto virtuals = storage->getVirtuals();
    for (const auto & column : virtuals.getAll())
        if (!source.header.has(column.name))
            source.header.insert({column.type->createColumn(), column.type, column.name});
    for (const auto * column : columns.getOrdinary())
        source.star_columns.push_back(column->name);
    for (const auto & column : columns.getAll())
        if (column.default_kind == storage::ColumnDefaultKind::Alias && column.default_expression)
            source.alias_columns[column.name] = column.default_expression;
    source.is_final = is_final;
    const auto & id = storage->getStorageID();
    source.description = storage->getName() + (id.table.empty() ? "" : " " + id.getFullName());
    /// The query owns both the context and the plan, so the context outlives the reads.
    source.read = [storage, &context](const storage::ReadRequest & request, storage::ReadStatistics & statistics) {
        return storage->read(request, context, &statistics);
    };
    restrictTableRead(source, *storage, context);
    return source;
}
}

storage::StoragePtr makeTableFunction(const sql::ASTPtr & ast, interpreters::QueryContext & context)
{
    return TableFunctionFactory::instance().make(*ast->as<sql::ASTFunction>(), context);
}

namespace
{
TableSource resolveTableExpression(const sql::ASTTableExpression & expression, interpreters::QueryContext & context)
{
    if (expression.database_and_table_name)
    {
        const auto & identifier = *expression.database_and_table_name->as<sql::ASTIdentifier>();
        std::string database = identifier.isCompound() ? identifier.name_parts[0] : context.current_database;
        auto storage = context.getTable(database, identifier.shortName());
        TableSource source = fromStorage(storage, expression.final, context);
        if (samplingKeyOf(*storage) || expression.sample_size)
        {
            Sample sample = expression.sample_size ? buildSample(expression, *storage, source.header, context) : Sample{};
            source.sample_condition = sample.condition;
            source.alias_columns["_sample_factor"] = std::make_shared<sql::ASTLiteral>(Field(sample.factor));
        }
        return source;
    }
    if (expression.sample_size)
        throw Exception(ErrorCodes::SAMPLING_NOT_SUPPORTED, "Storage {} doesn't support sampling",
                        expression.table_function ? "_table_function." + expression.table_function->as<sql::ASTFunction>()->name : "(subquery)");
    if (expression.table_function)
        return fromStorage(makeTableFunction(expression.table_function, context), expression.final, context);

    auto subquery = expression.subquery->as<sql::ASTSubquery>()->select;
    auto stream = SelectPlanner(context).plan(subquery);
    TableSource source;
    source.header = stream->getHeader().cloneEmpty();
    source.star_columns = source.header.getNames();
    source.description = "Subquery";
    source.is_subquery = true;
    source.read = [stream](const storage::ReadRequest &, storage::ReadStatistics &) { return exec::BlockStreams{stream}; };
    return source;
}
}

namespace
{
/// What may prefix a FROM element's columns: its alias, and a table's name with and without
/// its database (a table function or subquery has only its alias), as ClickHouse resolves them.
void addQualifiers(const sql::ASTPtr & table_expression, const interpreters::QueryContext & context, std::set<std::string> & qualifiers)
{
    if (std::string alias = tableQualifier(table_expression); !alias.empty())
        qualifiers.insert(alias);
    const auto & expression = *table_expression->as<sql::ASTTableExpression>();
    if (!expression.database_and_table_name)
        return;
    const auto & identifier = *expression.database_and_table_name->as<sql::ASTIdentifier>();
    qualifiers.insert(identifier.shortName());
    qualifiers.insert((identifier.isCompound() ? identifier.name_parts[0] : context.current_database) + "." + identifier.shortName());
}
}

TableSource resolveTableSource(const sql::ASTSelectQuery & select, interpreters::QueryContext & context)
{
    const sql::ASTs * tables = select.tables ? &select.tables->children : nullptr;
    if (!tables || tables->empty())
    {
        TableSource source = fromStorage(context.getTable("system", "one"), false, context);
        source.star_columns = {"dummy"};
        return source;
    }
    const auto * first = (*tables)[0]->as<sql::ASTTablesInSelectQueryElement>();
    TableSource source = resolveTableExpression(*first->table_expression->as<sql::ASTTableExpression>(), context);
    sql::ASTPtr sample_condition = source.sample_condition;
    std::vector<std::string> qualifiers{tableQualifier(first->table_expression)};
    std::set<std::string> all_qualifiers;
    addQualifiers(first->table_expression, context, all_qualifiers);
    for (size_t i = 1; i < tables->size(); ++i)
    {
        const auto * element = (*tables)[i]->as<sql::ASTTablesInSelectQueryElement>();
        if (element->array_join)
        {
            source = arrayJoinSource(std::move(source), *element->array_join->as<sql::ASTArrayJoin>(), select, context);
            continue;
        }
        TableSource right = resolveTableExpression(*element->table_expression->as<sql::ASTTableExpression>(), context);
        std::string qualifier = tableQualifier(element->table_expression);
        const auto & expression = *element->table_expression->as<sql::ASTTableExpression>();
        if (qualifier.empty() && context.settings.joined_subquery_requires_alias && (expression.subquery || expression.table_function))
            throw Exception(ErrorCodes::ALIAS_REQUIRED,
                            "No alias for subquery or table function in JOIN (set joined_subquery_requires_alias=0 to disable restriction). While processing '{}'",
                            sql::formatAST(*element->table_expression));
        source = joinTableSources(std::move(source), qualifiers, std::move(right), qualifier, *element->table_join->as<sql::ASTTableJoin>(),
                                  context);
        qualifiers.push_back(qualifier);
        addQualifiers(element->table_expression, context, all_qualifiers);
    }
    source.sample_condition = sample_condition;
    source.qualifiers = std::move(all_qualifiers);
    return source;
}
}
