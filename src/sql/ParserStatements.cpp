// Statement dispatch and every statement other than SELECT and CREATE: INSERT, DROP/DETACH/TRUNCATE,
// RENAME, SHOW, DESCRIBE, USE, EXISTS, OPTIMIZE, SET, EXPLAIN, ALTER, SYSTEM, KILL QUERY.
#include "sql/ASTAlterCommand.h"
#include "sql/ASTAlterQuery.h"
#include "sql/ASTColumnDeclaration.h"
#include "sql/ASTDescribeQuery.h"
#include "sql/ASTDropQuery.h"
#include "sql/ASTExistsQuery.h"
#include "sql/ASTExplainQuery.h"
#include "sql/ASTFunction.h"
#include "sql/ASTIdentifier.h"
#include "sql/ASTInsertQuery.h"
#include "sql/ASTKillQueryQuery.h"
#include "sql/ASTLiteral.h"
#include "sql/ASTOptimizeQuery.h"
#include "sql/ASTRenameQuery.h"
#include "sql/ASTSetQuery.h"
#include "sql/ASTShowQuery.h"
#include "sql/ASTSubquery.h"
#include "sql/ASTSystemQuery.h"
#include "sql/ASTTableExpression.h"
#include "sql/ASTUseQuery.h"
#include "sql/QueryParser.h"

namespace datastore::sql
{
namespace
{
/// SYSTEM actions we know; those marked take an optional table name.
struct SystemAction
{
    std::string_view words;
    bool takes_table;
};

constexpr SystemAction system_actions[] = {
    {"STOP TTL MERGES", true}, {"START TTL MERGES", true}, {"STOP MERGES", true}, {"START MERGES", true}, {"STOP MOVES", true},
    {"START MOVES", true}, {"SYNC REPLICA", true}, {"FLUSH LOGS", false}, {"DROP MARK CACHE", false},
    {"DROP UNCOMPRESSED CACHE", false}, {"DROP DNS CACHE", false}, {"DROP QUERY CACHE", false}, {"DROP FILESYSTEM CACHE", false},
    {"RELOAD CONFIG", false}, {"RELOAD DICTIONARIES", false}, {"RELOAD FUNCTIONS", false}, {"SHUTDOWN", false}};
}

ASTPtr QueryParser::parseQueryBody()
{
    ASTPtr query;
    bool with_output = false;
    if (peekSelectStart())
    {
        query = parseSelectWithUnion();
        with_output = true;
    }
    else if (peekAccessStatement())
    {
        query = parseAccessStatement();
        with_output = dynamic_cast<ASTQueryWithOutput *>(query.get()) != nullptr;
    }
    else if (tryKeyword("CREATE"))
        query = parseCreate(false);
    else if (tryKeyword("ATTACH"))
        query = parseCreate(true);
    else if (peekKeyword("INSERT"))
        query = parseInsert();
    else if (peekKeyword("DROP") || peekKeyword("DETACH") || peekKeyword("TRUNCATE"))
        query = parseDrop();
    else if (peekKeyword("RENAME") || peekKeyword("EXCHANGE"))
        query = parseRename();
    else if (peekKeyword("SHOW"))
        query = parseShow(), with_output = true;
    else if (peekKeyword("DESCRIBE") || peekKeyword("DESC"))
        query = parseDescribe(), with_output = true;
    else if (peekKeyword("USE"))
        query = parseUse();
    else if (peekKeyword("EXISTS"))
        query = parseExists(), with_output = true;
    else if (peekKeyword("OPTIMIZE"))
        query = parseOptimize();
    else if (peekKeyword("SET"))
        query = parseSet();
    else if (peekKeyword("EXPLAIN"))
        query = parseExplain(), with_output = true;
    else if (peekKeyword("ALTER"))
        query = parseAlter(), with_output = true;
    else if (peekKeyword("DELETE"))
        query = parseDeleteFrom(), with_output = true;
    else if (peekKeyword("SYSTEM"))
        query = parseSystem();
    else if (peekKeyword("KILL"))
        query = parseKill(), with_output = true;
    else
    {
        for (const char * keyword : {"SELECT", "WITH", "CREATE", "ATTACH", "INSERT", "DROP", "DETACH", "TRUNCATE", "RENAME", "EXCHANGE", "SHOW",
                                     "DESCRIBE", "USE", "EXISTS", "OPTIMIZE", "SET", "EXPLAIN", "ALTER", "DELETE", "SYSTEM", "KILL"})
            noteExpected(keyword);
        fail();
    }
    if (with_output)
    {
        auto * output = dynamic_cast<ASTQueryWithOutput *>(query.get());
        if (tryKeyword("FORMAT"))
            output->format = parseIdentifierName();
        if (tryKeyword("SETTINGS"))
            output->output_settings = parseSettings(false);
        query->updateChildren();
    }
    return query;
}

ASTPtr QueryParser::parseInsert()
{
    auto insert = std::make_shared<ASTInsertQuery>();
    expectKeyword("INSERT");
    expectKeyword("INTO");
    if (tryKeyword("TABLE FUNCTION") || tryKeyword("FUNCTION"))
    {
        std::string name = parseIdentifierName();
        insert->table_function = parseFunctionCall(std::move(name));
    }
    else
    {
        tryKeyword("TABLE");
        parseTableName(insert->database, insert->table);
    }
    if (peek().type == TokenType::OpeningRoundBracket && !peekSelectStart())
    {
        ++index;
        auto columns = std::make_shared<ASTExpressionList>();
        do
            columns->children.push_back(std::make_shared<ASTIdentifier>(std::vector<std::string>{parseIdentifierName()}));
        while (tryToken(TokenType::Comma, "Comma"));
        expectToken(TokenType::ClosingRoundBracket, "ClosingRoundBracket");
        insert->columns = columns;
    }
    if (tryKeyword("SETTINGS"))
        insert->settings = parseSettings(false);

    auto skip_spaces = [&](size_t offset, bool one_line_only)
    {
        while (offset < text.size() && (text[offset] == ' ' || text[offset] == '\t' || text[offset] == '\f' || (!one_line_only && (text[offset] == '\n' || text[offset] == '\r'))))
            ++offset;
        return offset;
    };
    if (peekKeyword("VALUES"))
    {
        insert->format = "Values";
        insert->data_offset = skip_spaces(peek().end, false);
        insert->has_inline_data = true;
        ++index;
    }
    else if (tryKeyword("FORMAT"))
    {
        const Token & name = peek();
        insert->format = parseIdentifierName();
        /// The data starts after the spaces that follow the name, and after one line break.
        size_t offset = skip_spaces(name.end, true);
        if (offset < text.size() && text[offset] == '\r')
            ++offset;
        if (offset < text.size() && text[offset] == '\n')
            ++offset;
        insert->data_offset = offset;
        insert->has_inline_data = true;
    }
    else if (peekSelectStart())
        insert->select = parseSelectWithUnion();
    else
    {
        noteExpected("VALUES");
        noteExpected("FORMAT");
        noteExpected("SELECT");
        fail();
    }
    insert->updateChildren();
    return insert;
}

ASTPtr QueryParser::parseDrop()
{
    auto drop = std::make_shared<ASTDropQuery>();
    if (tryKeyword("DETACH"))
        drop->kind = ASTDropQuery::Kind::Detach;
    else if (tryKeyword("TRUNCATE"))
        drop->kind = ASTDropQuery::Kind::Truncate;
    else
        expectKeyword("DROP");
    drop->is_temporary = tryKeyword("TEMPORARY");
    if (tryKeyword("DATABASE"))
        drop->is_database = true;
    else if (tryKeyword("VIEW"))
        drop->is_view = true;
    else if (tryKeyword("DICTIONARY"))
        drop->is_dictionary = true;
    else if (!tryKeyword("TABLE") && drop->kind != ASTDropQuery::Kind::Truncate)
        fail();
    drop->if_exists = tryKeyword("IF EXISTS");
    if (drop->is_database)
        drop->database = parseIdentifierName();
    else
        parseTableName(drop->database, drop->table);
    drop->permanently = tryKeyword("PERMANENTLY");
    drop->sync = tryKeyword("SYNC");
    return drop;
}

ASTPtr QueryParser::parseRename()
{
    auto rename = std::make_shared<ASTRenameQuery>();
    const char * separator = "TO";
    if (tryKeyword("EXCHANGE"))
    {
        rename->exchange = true;
        separator = "AND";
        if (!tryKeyword("TABLES"))
            expectKeyword("DICTIONARIES");
    }
    else
    {
        expectKeyword("RENAME");
        if (tryKeyword("DATABASE"))
            rename->is_database = true;
        else if (!tryKeyword("TABLE"))
            expectKeyword("DICTIONARY");
    }
    do
    {
        ASTRenameQuery::Element element;
        if (rename->is_database)
            element.from_database = parseIdentifierName();
        else
            parseTableName(element.from_database, element.from_table);
        expectKeyword(separator);
        if (rename->is_database)
            element.to_database = parseIdentifierName();
        else
            parseTableName(element.to_database, element.to_table);
        rename->elements.push_back(std::move(element));
    } while (!rename->is_database && tryToken(TokenType::Comma, "Comma"));
    return rename;
}

ASTPtr QueryParser::parseShow()
{
    auto show = std::make_shared<ASTShowQuery>();
    expectKeyword("SHOW");
    auto parse_like = [&]
    {
        show->not_like = tryKeyword("NOT");
        if (tryKeyword("ILIKE"))
            show->case_insensitive_like = true;
        else if (!tryKeyword("LIKE"))
        {
            if (show->not_like)
                fail();
            return;
        }
        show->like = parseStringLiteral()->as<ASTLiteral>()->value.get<std::string>();
    };
    if (tryKeyword("DATABASES"))
    {
        show->kind = ASTShowQuery::Kind::Databases;
        parse_like();
    }
    else if (tryKeyword("TABLES"))
    {
        show->kind = ASTShowQuery::Kind::Tables;
        if (tryKeyword("FROM") || tryKeyword("IN"))
            show->database = parseIdentifierName();
        parse_like();
    }
    else if (tryKeyword("CREATE"))
    {
        show->kind = ASTShowQuery::Kind::CreateTable;
        if (tryKeyword("DATABASE"))
        {
            show->kind = ASTShowQuery::Kind::CreateDatabase;
            show->database = parseIdentifierName();
            return show;
        }
        if (tryKeyword("VIEW"))
            show->kind = ASTShowQuery::Kind::CreateView;
        else
            tryKeyword("TABLE");
        parseTableName(show->database, show->table);
        return show;
    }
    else if (tryKeyword("PROCESSLIST"))
        show->kind = ASTShowQuery::Kind::Processlist;
    else if (tryKeyword("SETTINGS"))
    {
        show->kind = ASTShowQuery::Kind::Settings;
        parse_like();
    }
    else if (tryKeyword("COLUMNS"))
    {
        show->kind = ASTShowQuery::Kind::Columns;
        if (!tryKeyword("FROM"))
            expectKeyword("IN");
        parseTableName(show->database, show->table);
        if (tryKeyword("FROM") || tryKeyword("IN"))
            show->database = parseIdentifierName();
        parse_like();
    }
    else
        fail();
    if (tryKeyword("LIMIT"))
        show->limit_length = parseExpression();
    show->updateChildren();
    return show;
}

ASTPtr QueryParser::parseDescribe()
{
    auto describe = std::make_shared<ASTDescribeQuery>();
    if (!tryKeyword("DESCRIBE"))
        expectKeyword("DESC");
    if (!(isKeyword(peek(), "TABLE") && peek(1).type == TokenType::OpeningRoundBracket))
        tryKeyword("TABLE");
    describe->table_expression = parseTableExpression();
    describe->updateChildren();
    return describe;
}

ASTPtr QueryParser::parseUse()
{
    auto use = std::make_shared<ASTUseQuery>();
    expectKeyword("USE");
    use->database = parseIdentifierName();
    return use;
}

ASTPtr QueryParser::parseExists()
{
    auto exists = std::make_shared<ASTExistsQuery>();
    expectKeyword("EXISTS");
    exists->temporary = tryKeyword("TEMPORARY");
    if (tryKeyword("DATABASE"))
    {
        exists->kind = ASTExistsQuery::Kind::Database;
        exists->database = parseIdentifierName();
        return exists;
    }
    if (tryKeyword("VIEW"))
        exists->kind = ASTExistsQuery::Kind::View;
    else if (tryKeyword("DICTIONARY"))
        exists->kind = ASTExistsQuery::Kind::Dictionary;
    else
        tryKeyword("TABLE");
    parseTableName(exists->database, exists->table);
    return exists;
}

ASTPtr QueryParser::parseOptimize()
{
    auto optimize = std::make_shared<ASTOptimizeQuery>();
    expectKeyword("OPTIMIZE");
    expectKeyword("TABLE");
    parseTableName(optimize->database, optimize->table);
    if (tryKeyword("PARTITION"))
        optimize->partition = parseExpression();
    optimize->final = tryKeyword("FINAL");
    optimize->deduplicate = tryKeyword("DEDUPLICATE");
    optimize->cleanup = tryKeyword("CLEANUP");
    optimize->updateChildren();
    return optimize;
}

ASTPtr QueryParser::parseSet()
{
    expectKeyword("SET");
    return parseSettings(true);
}

ASTPtr QueryParser::parseExplain()
{
    auto explain = std::make_shared<ASTExplainQuery>();
    expectKeyword("EXPLAIN");
    if (tryKeyword("AST"))
        explain->kind = ASTExplainQuery::Kind::AST;
    else if (tryKeyword("SYNTAX"))
        explain->kind = ASTExplainQuery::Kind::Syntax;
    else if (tryKeyword("PLAN"))
        explain->kind = ASTExplainQuery::Kind::Plan;
    else if (tryKeyword("PIPELINE"))
        explain->kind = ASTExplainQuery::Kind::Pipeline;
    else if (tryKeyword("ESTIMATE"))
        explain->kind = ASTExplainQuery::Kind::Estimate;
    if (peek().type == TokenType::BareWord && peek(1).type == TokenType::Equals)
        explain->settings = parseSettings(false);
    explain->query = parseQueryBody();
    explain->updateChildren();
    return explain;
}

ASTPtr QueryParser::parseAlter()
{
    auto alter = std::make_shared<ASTAlterQuery>();
    expectKeyword("ALTER");
    expectKeyword("TABLE");
    parseTableName(alter->database, alter->table);
    /// A single node is its own cluster.
    if (tryKeyword("ON CLUSTER"))
    {
        if (peek().type == TokenType::StringLiteral)
            parseStringLiteral();
        else
            parseIdentifierName();
    }
    auto commands = std::make_shared<ASTExpressionList>();
    do
    {
        auto command = std::make_shared<ASTAlterCommand>();
        using Type = ASTAlterCommand::Type;
        /// PARTITION expr | PARTITION ID 'id' | PART 'name' (after the command's keywords).
        auto parse_partition = [&](bool allow_part)
        {
            if (allow_part && tryKeyword("PART"))
            {
                command->is_part = true;
                command->partition_id = parseStringLiteral()->as<ASTLiteral>()->value.get<std::string>();
                return;
            }
            expectKeyword("PARTITION");
            if (tryKeyword("ID"))
                command->partition_id = parseStringLiteral()->as<ASTLiteral>()->value.get<std::string>();
            else
                command->partition = parseExpression();
        };
        auto parse_position = [&]
        {
            if (tryKeyword("FIRST"))
                command->first = true;
            else if (tryKeyword("AFTER"))
                command->after_column = parseIdentifierName();
        };
        if (tryKeyword("ADD COLUMN"))
        {
            command->type = Type::AddColumn;
            command->if_not_exists = tryKeyword("IF NOT EXISTS");
            command->column_declaration = parseColumnDeclaration(true);
            parse_position();
        }
        else if (tryKeyword("DROP COLUMN"))
        {
            command->type = Type::DropColumn;
            command->if_exists = tryKeyword("IF EXISTS");
            command->column = parseIdentifierName();
        }
        else if (tryKeyword("MODIFY COLUMN"))
        {
            command->type = Type::ModifyColumn;
            command->if_exists = tryKeyword("IF EXISTS");
            command->column_declaration = parseColumnDeclaration(false);
            parse_position();
        }
        else if (tryKeyword("COMMENT COLUMN"))
        {
            command->type = Type::CommentColumn;
            command->if_exists = tryKeyword("IF EXISTS");
            command->column = parseIdentifierName();
            command->comment = parseStringLiteral();
        }
        else if (tryKeyword("RENAME COLUMN"))
        {
            command->type = Type::RenameColumn;
            command->if_exists = tryKeyword("IF EXISTS");
            command->column = parseIdentifierName();
            expectKeyword("TO");
            command->rename_to = parseIdentifierName();
        }
        else if (tryKeyword("DELETE WHERE"))
        {
            command->type = Type::DeleteWhere;
            command->predicate = parseExpression();
        }
        else if (tryKeyword("UPDATE"))
        {
            command->type = Type::Update;
            auto assignments = std::make_shared<ASTExpressionList>();
            do
            {
                std::string column = parseIdentifierName();
                expectToken(TokenType::Equals, "Equals");
                assignments->children.push_back(makeASTFunction("equals", {std::make_shared<ASTIdentifier>(std::vector<std::string>{column}), parseExpression()}));
            } while (tryToken(TokenType::Comma, "Comma"));
            command->update_assignments = assignments;
            expectKeyword("WHERE");
            command->predicate = parseExpression();
        }
        else if (peekKeyword("DROP PARTITION") || peekKeyword("DROP PART"))
        {
            command->type = Type::DropPartition;
            expectKeyword("DROP");
            parse_partition(true);
        }
        else if (peekKeyword("DETACH PARTITION") || peekKeyword("DETACH PART"))
        {
            command->type = Type::DetachPartition;
            expectKeyword("DETACH");
            parse_partition(true);
        }
        else if (peekKeyword("ATTACH PARTITION") || peekKeyword("ATTACH PART"))
        {
            command->type = Type::AttachPartition;
            expectKeyword("ATTACH");
            parse_partition(true);
        }
        else if (tryKeyword("FREEZE"))
        {
            command->type = Type::FreezePartition;
            if (peekKeyword("PARTITION"))
                parse_partition(false);
        }
        else if (tryKeyword("REPLACE"))
        {
            command->type = Type::ReplacePartition;
            parse_partition(false);
            expectKeyword("FROM");
            parseTableName(command->other_database, command->other_table);
        }
        else if (tryKeyword("MOVE"))
        {
            command->type = Type::MovePartitionToTable;
            parse_partition(false);
            expectKeyword("TO TABLE");
            parseTableName(command->other_database, command->other_table);
        }
        else if (tryKeyword("ADD INDEX"))
        {
            command->type = Type::AddIndex;
            command->if_not_exists = tryKeyword("IF NOT EXISTS");
            command->index_declaration = parseIndexDeclaration();
        }
        else if (peekKeyword("DROP INDEX") || peekKeyword("MATERIALIZE INDEX") || peekKeyword("CLEAR INDEX"))
        {
            command->type = tryKeyword("DROP INDEX") ? Type::DropIndex : tryKeyword("CLEAR INDEX") ? Type::ClearIndex : Type::MaterializeIndex;
            if (command->type == Type::MaterializeIndex)
                expectKeyword("MATERIALIZE INDEX");
            command->if_exists = tryKeyword("IF EXISTS");
            command->index = parseIdentifierName();
            if (command->type == Type::ClearIndex && tryKeyword("IN"))
                parse_partition(false);
        }
        else if (tryKeyword("REMOVE TTL"))
            command->type = Type::RemoveTTL;
        else if (tryKeyword("MATERIALIZE TTL"))
            command->type = Type::MaterializeTTL;
        else if (tryKeyword("MODIFY TTL"))
        {
            command->type = Type::ModifyTTL;
            command->ttl = parseTTLList();
        }
        else if (tryKeyword("MODIFY SETTING"))
        {
            command->type = Type::ModifySetting;
            command->settings_changes = parseSettings(false);
        }
        else if (tryKeyword("RESET SETTING"))
        {
            command->type = Type::ResetSetting;
            do
                command->settings_resets.push_back(parseIdentifierName());
            while (tryToken(TokenType::Comma, "Comma"));
        }
        else
            fail();
        command->updateChildren();
        commands->children.push_back(command);
    } while (tryToken(TokenType::Comma, "Comma"));
    alter->commands = commands;
    alter->updateChildren();
    return alter;
}

ASTPtr QueryParser::parseDeleteFrom()
{
    auto alter = std::make_shared<ASTAlterQuery>();
    alter->is_lightweight_delete = true;
    expectKeyword("DELETE");
    expectKeyword("FROM");
    parseTableName(alter->database, alter->table);
    auto command = std::make_shared<ASTAlterCommand>();
    command->type = ASTAlterCommand::Type::DeleteWhere;
    expectKeyword("WHERE");
    command->predicate = parseExpression();
    command->updateChildren();
    auto commands = std::make_shared<ASTExpressionList>();
    commands->children.push_back(command);
    alter->commands = commands;
    alter->updateChildren();
    return alter;
}

ASTPtr QueryParser::parseSystem()
{
    auto system = std::make_shared<ASTSystemQuery>();
    expectKeyword("SYSTEM");
    for (const auto & action : system_actions)
    {
        if (!tryKeyword(action.words))
            continue;
        system->action = std::string(action.words);
        if (action.takes_table && (peek().type == TokenType::BareWord || peek().type == TokenType::QuotedIdentifier))
            parseTableName(system->database, system->table);
        return system;
    }
    fail();
}

ASTPtr QueryParser::parseKill()
{
    auto kill = std::make_shared<ASTKillQueryQuery>();
    expectKeyword("KILL");
    if (tryKeyword("MUTATION"))
        kill->is_mutation = true;
    else
        expectKeyword("QUERY");
    expectKeyword("WHERE");
    kill->where = parseExpression();
    if (tryKeyword("SYNC"))
        kill->sync = true;
    else if (tryKeyword("TEST"))
        kill->test = true;
    else
        tryKeyword("ASYNC");
    kill->updateChildren();
    return kill;
}
}
