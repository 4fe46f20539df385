#include "interpreters/QueryLogScope.h"

#include <algorithm>

#include "base/Exception.h"
#include "base/MemoryTracker.h"
#include "interpreters/ProfileEvents.h"
#include "interpreters/QueryLog.h"
#include "sql/ASTAlterQuery.h"
#include "sql/ASTCreateQuery.h"
#include "sql/ASTDescribeQuery.h"
#include "sql/ASTDropQuery.h"
#include "sql/ASTExistsQuery.h"
#include "sql/ASTExplainQuery.h"
#include "sql/ASTInsertQuery.h"
#include "sql/ASTKillQueryQuery.h"
#include "sql/ASTOptimizeQuery.h"
#include "sql/ASTRenameQuery.h"
#include "sql/ASTSelectQuery.h"
#include "sql/ASTSelectWithUnionQuery.h"
#include "sql/ASTSetQuery.h"
#include "sql/ASTShowQuery.h"
#include "sql/ASTSystemQuery.h"
#include "sql/ASTUseQuery.h"
#include "sql/normalizedQueryHash.h"

namespace datastore::interpreters
{
namespace
{
/// ClickHouse's IAST::QueryKind names.
std::string queryKindOf(const sql::IAST & ast)
{
    if (ast.as<sql::ASTSelectWithUnionQuery>() || ast.as<sql::ASTSelectQuery>())
        return "Select";
    if (ast.as<sql::ASTInsertQuery>())
        return "Insert";
    if (ast.as<sql::ASTCreateQuery>())
        return "Create";
    if (ast.as<sql::ASTDropQuery>())
        return "Drop";
    if (ast.as<sql::ASTRenameQuery>())
        return "Rename";
    if (ast.as<sql::ASTOptimizeQuery>())
        return "Optimize";
    if (ast.as<sql::ASTAlterQuery>())
        return "Alter";
    if (ast.as<sql::ASTSystemQuery>())
        return "System";
    if (ast.as<sql::ASTSetQuery>())
        return "Set";
    if (ast.as<sql::ASTUseQuery>())
        return "Use";
    if (ast.as<sql::ASTShowQuery>())
        return "Show";
    if (ast.as<sql::ASTExistsQuery>())
        return "Exists";
    if (ast.as<sql::ASTDescribeQuery>())
        return "Describe";
    if (ast.as<sql::ASTExplainQuery>())
        return "Explain";
    if (ast.as<sql::ASTKillQueryQuery>())
        return "KillQuery";
    return "None";
}

std::vector<std::pair<std::string, std::string>> targetTablesOf(const sql::IAST & ast, const std::string & current_database)
{
    auto qualified = [&](const std::string & database, const std::string & table)
    { return std::pair{database.empty() ? current_database : database, table}; };
    if (const auto * insert = ast.as<sql::ASTInsertQuery>(); insert && !insert->table.empty())
        return {qualified(insert->database, insert->table)};
    if (const auto * create = ast.as<sql::ASTCreateQuery>(); create && !create->is_database)
        return {qualified(create->database, create->table)};
    if (const auto * drop = ast.as<sql::ASTDropQuery>(); drop && !drop->is_database)
        return {qualified(drop->database, drop->table)};
    if (const auto * alter = ast.as<sql::ASTAlterQuery>())
        return {qualified(alter->database, alter->table)};
    if (const auto * optimize = ast.as<sql::ASTOptimizeQuery>())
        return {qualified(optimize->database, optimize->table)};
    if (const auto * rename = ast.as<sql::ASTRenameQuery>(); rename && !rename->is_database)
    {
        std::vector<std::pair<std::string, std::string>> tables;
        for (const auto & element : rename->elements)
        {
            tables.push_back(qualified(element.from_database, element.from_table));
            tables.push_back(qualified(element.to_database, element.to_table));
        }
        return tables;
    }
    return {};
}

/// As ClickHouse prints a client's address: IPv4 mapped into IPv6.
std::string addressAsIPv6(const std::string & address)
{
    if (address.empty())
        return "::";
    return address.find(':') == std::string::npos ? "::ffff:" + address : address;
}

Int64 nowMicroseconds()
{
    return std::chrono::duration_cast<std::chrono::microseconds>(std::chrono::system_clock::now().time_since_epoch()).count();
}
}

QueryLogScope::QueryLogScope(QueryContext & context_) : context(context_), statement(context.query_text) {}

void QueryLogScope::setQuery(const sql::IAST & ast, std::string_view statement_)
{
    statement = statement_;
    query_kind = queryKindOf(ast);
    target_tables = targetTablesOf(ast, context.current_database);
}

bool QueryLogScope::isLogged(QueryLogElement::Type type, UInt64 duration_ms) const
{
    const auto & settings = context.settings;
    if (!settings.log_queries || !context.getServer().getQueryLog())
        return false;
    if (type < parseLogQueriesType(settings.log_queries_min_type))
        return false;
    /// With a minimal duration, only entries of ended queries are kept, as in ClickHouse.
    if (settings.log_queries_min_query_duration_ms)
        return (type == QueryLogElement::Type::QueryFinish || type == QueryLogElement::Type::ExceptionWhileProcessing)
            && duration_ms >= settings.log_queries_min_query_duration_ms;
    return true;
}

void QueryLogScope::add(QueryLogElement element) const
{
    context.getServer().getQueryLog()->add(std::move(element));
}

void QueryLogScope::onStart()
{
    is_started = true;
    if (isLogged(QueryLogElement::Type::QueryStart, 0))
        add(makeElement(QueryLogElement::Type::QueryStart));
}

void QueryLogScope::onFinish()
{
    auto element = makeElement(QueryLogElement::Type::QueryFinish);
    if (isLogged(element.type, element.query_duration_ms))
        add(std::move(element));
}

void QueryLogScope::onException()
{
    auto type = is_started ? QueryLogElement::Type::ExceptionWhileProcessing : QueryLogElement::Type::ExceptionBeforeStart;
    try
    {
        auto element = makeElement(type);
        if (!isLogged(type, element.query_duration_ms))
            return;
        Exception exception = currentException();
        element.exception_code = exception.code();
        element.exception = exception.displayText();
        add(std::move(element));
    }
    catch (...)
    {
        /// A bad log_queries_min_type already failed the query; the log must not fail it again.
    }
}

QueryLogElement QueryLogScope::makeElement(QueryLogElement::Type type) const
{
    QueryLogElement element;
    element.type = type;
    element.query_start_time_us = context.start_time_us;
    bool is_ended = type != QueryLogElement::Type::QueryStart;
    element.event_time_us = is_ended ? nowMicroseconds() : context.start_time_us;
    if (is_ended)
        element.query_duration_ms = static_cast<UInt64>(
            std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now() - context.start_time).count());
    if (is_ended)
    {
        const auto & progress = context.progress;
        element.read_rows = progress.read_rows;
        element.read_bytes = progress.read_bytes;
        element.written_rows = progress.written_rows;
        element.written_bytes = progress.written_bytes;
        /// An INSERT's result is what it wrote, as ClickHouse counts it.
        bool is_insert = query_kind == "Insert";
        element.result_rows = is_insert ? progress.written_rows.load() : progress.result_rows.load();
        element.result_bytes = is_insert ? progress.written_bytes.load() : progress.result_bytes.load();
        if (context.memory_tracker)
            element.memory_usage = static_cast<UInt64>(std::max<Int64>(context.memory_tracker->peak(), 0));
        bool is_failed = type == QueryLogElement::Type::ExceptionWhileProcessing;
        if (type != QueryLogElement::Type::ExceptionBeforeStart)
            element.profile_events = profileEvents(is_failed);
    }
    element.current_database = context.current_database;
    element.query = statement.substr(0, context.settings.log_queries_cut_to_length);
    if (!normalized_query_hash)
        normalized_query_hash = sql::normalizedQueryHash(element.query);
    element.normalized_query_hash = *normalized_query_hash;
    element.query_kind = query_kind;

    auto tables = context.getAccessedTables();
    for (const auto & target : target_tables)
        if (std::find(tables.begin(), tables.end(), target) == tables.end())
            tables.push_back(target);
    std::sort(tables.begin(), tables.end());
    for (const auto & [database, table] : tables)
    {
        if (element.databases.empty() || element.databases.back() != database)
            element.databases.push_back(database);
        element.tables.push_back(database + "." + table);
    }
    std::sort(element.databases.begin(), element.databases.end());
    element.databases.erase(std::unique(element.databases.begin(), element.databases.end()), element.databases.end());

    element.user = context.user;
    element.query_id = context.query_id;
    element.address = addressAsIPv6(context.client_address);
    element.client_info = context.client_info;
    element.log_comment = context.settings.log_comment;
    for (const auto & description : Settings::all())
        if (context.settings.isChanged(description.name))
            element.settings.emplace_back(std::string(description.name), context.settings.getString(description.name));
    return element;
}

std::vector<std::pair<std::string, UInt64>> QueryLogScope::profileEvents(bool is_failed) const
{
    namespace events = ProfileEvents;
    bool is_select = query_kind == "Select";
    bool is_insert = query_kind == "Insert";
    auto microseconds = static_cast<UInt64>(
        std::chrono::duration_cast<std::chrono::microseconds>(std::chrono::steady_clock::now() - context.start_time).count());
    const auto & progress = context.progress;
    const std::pair<events::Event, UInt64> counts[] = {
        {events::Query, 1},
        {events::SelectQuery, is_select},
        {events::InsertQuery, is_insert},
        {events::FailedQuery, is_failed},
        {events::FailedSelectQuery, is_failed && is_select},
        {events::FailedInsertQuery, is_failed && is_insert},
        {events::QueryTimeMicroseconds, microseconds},
        {events::SelectQueryTimeMicroseconds, is_select ? microseconds : 0},
        {events::InsertQueryTimeMicroseconds, is_insert ? microseconds : 0},
        {events::InsertedRows, is_insert && !is_failed ? progress.written_rows.load() : 0},
        {events::InsertedBytes, is_insert && !is_failed ? progress.written_bytes.load() : 0},
        {events::SelectedRows, progress.read_rows.load()},
        {events::SelectedBytes, progress.read_bytes.load()},
    };
    /// Only the counters the query moved, as ClickHouse's map.
    std::vector<std::pair<std::string, UInt64>> result;
    for (const auto & [event, count] : counts)
        if (count)
            result.emplace_back(events::nameOf(event), count);
    return result;
}
}
