// What executeQuery writes to system.query_log for one query, as ClickHouse does: a
// QueryStart entry once the query starts running, then QueryFinish or
// ExceptionWhileProcessing when it ends; a query that fails before it runs (a syntax error,
// an unknown table) gets one ExceptionBeforeStart entry. Honours log_queries,
// log_queries_min_type and log_queries_min_query_duration_ms.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "interpreters/Context.h"
#include "interpreters/QueryLogElement.h"
#include "sql/IAST.h"

namespace datastore::interpreters
{
class QueryLogScope
{
public:
    explicit QueryLogScope(QueryContext & context_);

    /// The statement is parsed: its kind and target tables are known. `statement` is its
    /// text without INSERT data.
    void setQuery(const sql::IAST & ast, std::string_view statement);
    /// The query starts running; later exceptions are ExceptionWhileProcessing. Throws
    /// BAD_ARGUMENTS for an unknown log_queries_min_type.
    void onStart();
    /// The query ended, successfully or (called from a catch block) by the current exception.
    void onFinish();
    void onException();

private:
    QueryLogElement makeElement(QueryLogElement::Type type) const;
    void add(QueryLogElement element) const;
    bool isLogged(QueryLogElement::Type type, UInt64 duration_ms) const;
    std::vector<std::pair<std::string, UInt64>> profileEvents(bool is_failed) const;

    QueryContext & context;
    std::string query_kind;
    /// The statement without INSERT data (a view of context.query_text), cut to
    /// log_queries_cut_to_length when logged.
    std::string_view statement;
    /// Computed once, by the first entry.
    mutable std::optional<UInt64> normalized_query_hash;
    /// Tables the statement names as its target (INSERT INTO t, CREATE TABLE t ...).
    std::vector<std::pair<std::string, std::string>> target_tables;
    bool is_started = false;
};
}
