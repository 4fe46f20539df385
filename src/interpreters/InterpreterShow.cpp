#include "base/Exception.h"
#include "analyzer/SelectPlanner.h"
#include "analyzer/TableSource.h"
#include "columns/ColumnString.h"
#include "columns/ColumnVector.h"
#include "exec/TransformStreams.h"
#include "interpreters/DatabaseCatalog.h"
#include "interpreters/Interpreters.h"
#include "sql/ASTDescribeQuery.h"
#include "sql/ASTExistsQuery.h"
#include "sql/ASTExplainQuery.h"
#include "sql/ASTIdentifier.h"
#include "sql/ASTSetQuery.h"
#include "sql/ASTShowQuery.h"
#include "sql/ASTSubquery.h"
#include "sql/ASTTableExpression.h"
#include "sql/Parser.h"
#include "sql/formatAST.h"
#include "system/TableDescription.h"
#include "types/DataTypeFactory.h"

namespace datastore::interpreters
{
namespace
{
std::string quoteString(const std::string & value)
{
    std::string quoted = "'";
    for (char c : value)
    {
        if (c == '\'' || c == '\\')
            quoted += '\\';
        quoted += c;
    }
    return quoted + "'";
}

exec::BlockStreamPtr runSelectText(const std::string & text, QueryContext & context)
{
    return analyzer::SelectPlanner(context).plan(sql::parseQuery(text));
}
}

exec::BlockStreamPtr makeStringResult(const std::vector<std::string> & names, const std::vector<std::vector<std::string>> & rows)
{
    auto string_type = DataTypeFactory::instance().get("String");
    Block block;
    for (size_t i = 0; i < names.size(); ++i)
    {
        auto column = ColumnString::create();
        for (const auto & row : rows)
            column->insertData(row[i]);
        block.insert({std::move(column), string_type, names[i]});
    }
    Block header = block.cloneEmpty();
    return std::make_shared<exec::BlocksStream>(header, Blocks{std::move(block)});
}

exec::BlockStreamPtr executeShow(const sql::ASTPtr & query, QueryContext & context)
{
    const auto & show = *query->as<sql::ASTShowQuery>();
    std::string limit = show.limit_length ? " LIMIT " + sql::formatAST(*show.limit_length) : "";
    std::string like;
    if (!show.like.empty())
        like = std::string(show.not_like ? " NOT" : "") + (show.case_insensitive_like ? " ILIKE " : " LIKE ") + quoteString(show.like);
    switch (show.kind)
    {
        case sql::ASTShowQuery::Kind::Databases:
            return runSelectText("SELECT name FROM system.databases" + (like.empty() ? "" : " WHERE name" + like) + " ORDER BY name" + limit, context);
        case sql::ASTShowQuery::Kind::Tables:
        {
            std::string database = show.database.empty() ? context.current_database : show.database;
            context.getCatalog().getDatabase(database);
            return runSelectText("SELECT name FROM system.tables WHERE database = " + quoteString(database) + (like.empty() ? "" : " AND name" + like)
                                     + " ORDER BY name" + limit,
                                 context);
        }
        case sql::ASTShowQuery::Kind::CreateTable:
        case sql::ASTShowQuery::Kind::CreateView:
        {
            auto table = context.getCatalog().getTable(show.database.empty() ? context.current_database : show.database, show.table);
            std::string statement = system::describeCreateQuery(*table, false);
            return makeStringResult({"statement"}, {{statement}});
        }
        case sql::ASTShowQuery::Kind::CreateDatabase:
        {
            auto database = context.getCatalog().getDatabase(show.database);
            return makeStringResult({"statement"}, {{"CREATE DATABASE " + database->getName() + "\nENGINE = " + database->getEngineName()}});
        }
        case sql::ASTShowQuery::Kind::Settings:
            return runSelectText("SELECT name, type, value FROM system.settings WHERE changed" + (like.empty() ? "" : " AND name" + like)
                                     + " ORDER BY name",
                                 context);
        case sql::ASTShowQuery::Kind::Columns:
        {
            std::string database = show.database.empty() ? context.current_database : show.database;
            return runSelectText("SELECT name AS field, type, default_kind AS default, default_expression AS extra FROM system.columns WHERE database = "
                                     + quoteString(database) + " AND table = " + quoteString(show.table) + " ORDER BY position",
                                 context);
        }
        case sql::ASTShowQuery::Kind::Processlist:
            throw Exception(ErrorCodes::NOT_IMPLEMENTED, "SHOW PROCESSLIST is not supported yet");
    }
    throw Exception(ErrorCodes::NOT_IMPLEMENTED, "This SHOW query is not supported");
}

exec::BlockStreamPtr executeDescribe(const sql::ASTPtr & query, QueryContext & context)
{
    const auto & describe = *query->as<sql::ASTDescribeQuery>();
    const auto & expression = *describe.table_expression->as<sql::ASTTableExpression>();
    std::vector<std::vector<std::string>> rows;
    auto add_columns = [&rows](const storage::ColumnsDescription & columns) {
        for (const auto & column : columns.getAll())
            rows.push_back({column.name, column.type->getName(), system::defaultKindName(column.default_kind),
                            system::describeDefaultExpression(column), column.comment, column.codec.empty() ? "" : "CODEC(" + column.codec + ")",
                            column.ttl ? sql::formatAST(*column.ttl) : ""});
    };
    if (expression.database_and_table_name)
    {
        const auto & identifier = *expression.database_and_table_name->as<sql::ASTIdentifier>();
        std::string database = identifier.isCompound() ? identifier.name_parts[0] : context.current_database;
        add_columns(context.getCatalog().getTable(database, identifier.shortName())->getColumns());
    }
    else if (expression.table_function)
        add_columns(analyzer::makeTableFunction(expression.table_function, context)->getColumns());
    else
    {
        auto header = analyzer::SelectPlanner(context).plan(expression.subquery->as<sql::ASTSubquery>()->select)->getHeader();
        for (const auto & column : header)
            rows.push_back({column.name, column.type->getName(), "", "", "", "", ""});
    }
    return makeStringResult({"name", "type", "default_type", "default_expression", "comment", "codec_expression", "ttl_expression"}, rows);
}

exec::BlockStreamPtr executeExists(const sql::ASTPtr & query, QueryContext & context)
{
    const auto & exists = *query->as<sql::ASTExistsQuery>();
    bool found = false;
    auto & catalog = context.getCatalog();
    if (exists.kind == sql::ASTExistsQuery::Kind::Database)
        found = catalog.hasDatabase(exists.database);
    else
        found = catalog.tryGetTable(exists.database.empty() ? context.current_database : exists.database, exists.table) != nullptr;
    auto type = DataTypeFactory::instance().get("UInt8");
    auto column = ColumnUInt8::create(1, found ? 1 : 0);
    Block block;
    block.insert({std::move(column), type, "result"});
    Block header = block.cloneEmpty();
    return std::make_shared<exec::BlocksStream>(header, Blocks{std::move(block)});
}

exec::BlockStreamPtr executeExplain(const sql::ASTPtr & query, QueryContext & context)
{
    const auto & explain = *query->as<sql::ASTExplainQuery>();
    bool show_indexes = false;
    if (explain.settings)
        for (const auto & [name, value] : explain.settings->as<sql::ASTSetQuery>()->changes)
        {
            if (name == "indexes")
                show_indexes = !(value == Field(UInt64(0)));
            else if (name != "header" && name != "description" && name != "actions")
                throw Exception(ErrorCodes::UNKNOWN_SETTING, "Unknown setting for EXPLAIN PLAN query: {}", name);
        }
    std::vector<std::vector<std::string>> rows;
    switch (explain.kind)
    {
        case sql::ASTExplainQuery::Kind::AST:
        {
            std::function<void(const sql::IAST &, size_t)> dump = [&](const sql::IAST & node, size_t depth) {
                std::string line(depth, ' ');
                line += node.getID(' ');
                if (!node.children.empty())
                    line += " (children " + std::to_string(node.children.size()) + ")";
                rows.push_back({line});
                for (const auto & child : node.children)
                    dump(*child, depth + 1);
            };
            dump(*explain.query, 0);
            break;
        }
        case sql::ASTExplainQuery::Kind::Syntax:
        {
            /// One row per line of the query, as ClickHouse returns it.
            std::string text = sql::formatAST(*explain.query, false);
            for (size_t begin = 0; begin <= text.size();)
            {
                size_t end = std::min(text.find('\n', begin), text.size());
                rows.push_back({text.substr(begin, end - begin)});
                begin = end + 1;
            }
            break;
        }
        case sql::ASTExplainQuery::Kind::Plan:
        case sql::ASTExplainQuery::Kind::Pipeline:
        case sql::ASTExplainQuery::Kind::Estimate:
        {
            applySelectSettings(explain.query, context);
            analyzer::SelectPlanner planner(context);
            planner.plan(explain.query);
            const auto & steps = planner.getPlanDescription();
            size_t depth = 0;
            for (auto it = steps.rbegin(); it != steps.rend(); ++it, ++depth)
            {
                rows.push_back({std::string(depth * 2, ' ') + *it});
                if (show_indexes && it->rfind("ReadFromStorage", 0) == 0)
                    for (const auto & [source, statistics] : planner.getReadStatistics())
                    {
                        std::string indent(depth * 2 + 2, ' ');
                        rows.push_back({indent + "Indexes:"});
                        rows.push_back({indent + "  Parts: " + std::to_string(statistics.parts_selected) + "/" + std::to_string(statistics.parts_total)});
                        rows.push_back({indent + "  Granules: " + std::to_string(statistics.granules_selected) + "/"
                                        + std::to_string(statistics.granules_total)});
                        for (const auto & note : statistics.notes)
                            rows.push_back({indent + "  " + note});
                    }
            }
            break;
        }
    }
    return makeStringResult({"explain"}, rows);
}
}
