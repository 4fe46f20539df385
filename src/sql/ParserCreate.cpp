// CREATE / ATTACH of databases, tables, views and materialized views, with column declarations
// and the storage clauses (ENGINE, PARTITION BY, PRIMARY KEY, ORDER BY, SAMPLE BY, TTL, SETTINGS).
#include "sql/ASTColumnDeclaration.h"
#include "sql/ASTConstraintDeclaration.h"
#include "sql/ASTIndexDeclaration.h"
#include "sql/ASTLiteral.h"
#include "sql/ASTCreateQuery.h"
#include "sql/ASTFunction.h"
#include "sql/ASTStorage.h"
#include "sql/ASTTTLElement.h"
#include "base/Exception.h"
#include "sql/QueryParser.h"
#include "sql/formatAST.h"

namespace datastore::sql
{
ASTPtr QueryParser::parseColumnDeclaration(bool require_type)
{
    auto column = std::make_shared<ASTColumnDeclaration>();
    column->name = parseIdentifierName();
    bool has_type = peek().type == TokenType::BareWord || peek().type == TokenType::QuotedIdentifier;
    for (std::string_view keyword : {"DEFAULT", "MATERIALIZED", "ALIAS", "EPHEMERAL", "COMMENT", "CODEC", "TTL", "NULL", "NOT", "AFTER", "FIRST"})
        has_type = has_type && !isKeyword(peek(), keyword);
    if (has_type)
    {
        column->type = parseDataTypeAST();
        column->type_text = formatAST(*column->type);
    }
    else if (require_type && !peekKeyword("DEFAULT") && !peekKeyword("MATERIALIZED") && !peekKeyword("ALIAS"))
    {
        /// Without a type a column takes its expression's: `x ALIAS a * 2`.
        noteExpected("data type");
        fail();
    }
    if (tryKeyword("NOT NULL"))
        column->nullable = 0;
    else if (tryKeyword("NULL"))
        column->nullable = 1;
    for (std::string_view kind : {"DEFAULT", "MATERIALIZED", "ALIAS", "EPHEMERAL"})
    {
        if (!tryKeyword(kind))
            continue;
        column->default_kind = std::string(kind);
        bool has_expression = kind != "EPHEMERAL" || !(peek().type == TokenType::Comma || peek().type == TokenType::ClosingRoundBracket || peek().isEnd()
                                                       || peekKeyword("COMMENT") || peekKeyword("CODEC") || peekKeyword("TTL"));
        if (has_expression)
            column->default_expression = parseExpression();
        break;
    }
    if (!has_type && column->default_kind.empty() && require_type)
        fail();
    /// ClickHouse prints COMMENT, CODEC, TTL in this order; accept them in any order.
    for (int clause = 0; clause < 3; ++clause)
    {
        if (!column->comment && tryKeyword("COMMENT"))
            column->comment = parseStringLiteral();
        else if (!column->codec && peekKeyword("CODEC"))
        {
            ++index;
            column->codec = parseFunctionCall("CODEC");
        }
        else if (!column->ttl && tryKeyword("TTL"))
            column->ttl = parseExpression();
        else
            break;
    }
    column->updateChildren();
    return column;
}

ASTPtr QueryParser::parseStorage()
{
    auto storage = std::make_shared<ASTStorage>();
    bool any = false;
    while (true)
    {
        if (!storage->engine && tryKeyword("ENGINE"))
        {
            tryToken(TokenType::Equals, "Equals");
            std::string name = parseIdentifierName();
            if (peek().type == TokenType::OpeningRoundBracket)
                storage->engine = parseFunctionCall(std::move(name));
            else
            {
                auto engine = std::make_shared<ASTFunction>();
                engine->name = std::move(name);
                storage->engine = engine;
            }
        }
        else if (!storage->partition_by && tryKeyword("PARTITION BY"))
            storage->partition_by = parseExpression();
        else if (!storage->primary_key && tryKeyword("PRIMARY KEY"))
            storage->primary_key = parseExpression();
        else if (!storage->order_by && tryKeyword("ORDER BY"))
            storage->order_by = parseExpression();
        else if (!storage->sample_by && tryKeyword("SAMPLE BY"))
            storage->sample_by = parseExpression();
        else if (!storage->ttl_table && tryKeyword("TTL"))
            storage->ttl_table = parseTTLList();
        else if (!storage->settings && tryKeyword("SETTINGS"))
            storage->settings = parseSettings(false);
        else
            break;
        any = true;
    }
    if (!any)
        return nullptr;
    storage->updateChildren();
    return storage;
}

ASTPtr QueryParser::parseTTLList()
{
    auto list = std::make_shared<ASTExpressionList>();
    do
    {
        auto element = std::make_shared<ASTTTLElement>();
        element->expression = parseExpression();
        if (peekKeyword("TO") || peekKeyword("RECOMPRESS") || peekKeyword("GROUP BY"))
            throw Exception(ErrorCodes::NOT_IMPLEMENTED, "TTL ... TO DISK/VOLUME, RECOMPRESS and GROUP BY are not supported yet");
        tryKeyword("DELETE");
        if (tryKeyword("WHERE"))
            element->where = parseExpression();
        element->updateChildren();
        list->children.push_back(element);
    } while (tryToken(TokenType::Comma, "Comma"));
    return list;
}

ASTPtr QueryParser::parseCreate(bool attach)
{
    auto create = std::make_shared<ASTCreateQuery>();
    create->attach = attach;
    if (!attach && tryKeyword("OR REPLACE"))
        create->or_replace = true;
    if (tryKeyword("TEMPORARY"))
        create->is_temporary = true;

    if (tryKeyword("DATABASE"))
    {
        create->is_database = true;
        create->if_not_exists = tryKeyword("IF NOT EXISTS");
        create->database = parseIdentifierName();
        create->storage = parseStorage();
        if (tryKeyword("COMMENT"))
            create->comment = parseStringLiteral();
        create->updateChildren();
        return create;
    }
    if (tryKeyword("MATERIALIZED VIEW"))
        create->is_materialized_view = true;
    else if (tryKeyword("VIEW"))
        create->is_view = true;
    else
        expectKeyword("TABLE");
    create->if_not_exists = tryKeyword("IF NOT EXISTS");
    parseTableName(create->database, create->table);

    if (create->is_materialized_view && tryKeyword("TO INNER UUID"))
        create->inner_uuid = parseStringLiteral()->as<ASTLiteral>()->value.get<std::string>();
    else if (create->is_materialized_view && tryKeyword("TO"))
        parseTableName(create->to_database, create->to_table);
    if (tryToken(TokenType::OpeningRoundBracket, "OpeningRoundBracket"))
    {
        auto columns = std::make_shared<ASTExpressionList>();
        auto indices = std::make_shared<ASTExpressionList>();
        auto constraints = std::make_shared<ASTExpressionList>();
        ASTPtr primary_key;
        do
        {
            if (tryKeyword("INDEX"))
                indices->children.push_back(parseIndexDeclaration());
            else if (tryKeyword("CONSTRAINT"))
            {
                auto constraint = std::make_shared<ASTConstraintDeclaration>();
                constraint->name = parseIdentifierName();
                if (tryKeyword("ASSUME"))
                    constraint->is_assume = true;
                else
                    expectKeyword("CHECK");
                constraint->expression = parseExpression();
                constraint->updateChildren();
                constraints->children.push_back(constraint);
            }
            else if (!primary_key && tryKeyword("PRIMARY KEY"))
                primary_key = parseExpression();
            else
                columns->children.push_back(parseColumnDeclaration(!create->is_view && !create->is_materialized_view));
        } while (tryToken(TokenType::Comma, "Comma"));
        expectToken(TokenType::ClosingRoundBracket, "ClosingRoundBracket");
        create->columns = columns;
        if (!indices->children.empty())
            create->indices = indices;
        if (!constraints->children.empty())
            create->constraints = constraints;
        create->storage = parseStorage();
        if (primary_key)
        {
            if (!create->storage)
                create->storage = std::make_shared<ASTStorage>();
            auto & storage = *create->storage->as<ASTStorage>();
            if (storage.primary_key)
                throw Exception(ErrorCodes::BAD_ARGUMENTS, "Multiple primary keys are not allowed.");
            storage.primary_key = primary_key;
            storage.updateChildren();
        }
    }
    else
        create->storage = parseStorage();
    if (create->is_materialized_view && tryKeyword("POPULATE"))
        create->is_populate = true;
    if (tryKeyword("AS"))
    {
        if (peekSelectStart())
            create->select = parseSelectWithUnion();
        else
        {
            std::string name = parseIdentifierName();
            if (peek().type == TokenType::OpeningRoundBracket)
                create->as_table_function = parseFunctionCall(std::move(name));
            else
            {
                create->as_table = std::move(name);
                if (tryToken(TokenType::Dot, "Dot"))
                {
                    create->as_database = std::move(create->as_table);
                    create->as_table = parseIdentifierName();
                }
                if (!create->storage)
                    create->storage = parseStorage();
            }
        }
    }
    else if (create->is_view || create->is_materialized_view)
        fail();
    if (tryKeyword("COMMENT"))
        create->comment = parseStringLiteral();
    create->updateChildren();
    return create;
}

ASTPtr QueryParser::parseIndexDeclaration()
{
    auto index_declaration = std::make_shared<ASTIndexDeclaration>();
    index_declaration->name = parseIdentifierName();
    index_declaration->expression = parseExpression();
    expectKeyword("TYPE");
    index_declaration->type = parseDataTypeAST();
    if (tryKeyword("GRANULARITY"))
    {
        ASTPtr granularity = parseExpression();
        const auto * literal = granularity->as<ASTLiteral>();
        if (!literal || !literal->value.holds<UInt64>())
            fail();
        index_declaration->granularity = literal->value.get<UInt64>();
    }
    index_declaration->updateChildren();
    return index_declaration;
}
}
