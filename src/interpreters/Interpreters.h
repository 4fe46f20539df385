// One function per kind of statement. Statements that return rows return a stream; the
// caller (executeQuery) writes it out in the requested format.
#pragma once

#include <functional>
#include <string>

#include "exec/IBlockStream.h"
#include "interpreters/Context.h"
#include "io/ReadBuffer.h"
#include "sql/IAST.h"

namespace datastore::sql
{
struct ASTCreateQuery;
}

namespace datastore::interpreters
{
/// `totals`, when given, receives the WITH TOTALS row's getter (see SelectPlanner::getTotals).
exec::BlockStreamPtr executeSelect(const sql::ASTPtr & query, QueryContext & context, std::function<Block()> * totals = nullptr);
/// Applies the SETTINGS clauses of a SELECT (of each SELECT of a UNION) to the context.
void applySelectSettings(const sql::ASTPtr & query, QueryContext & context);
struct QueryIO;
/// Returns rows written. `text` holds the statement and maybe the start of its data; the
/// rest of the data comes from io.input, or as blocks from io.make_insert_input.
UInt64 executeInsert(const sql::ASTPtr & query, const std::string & text, QueryContext & context, QueryIO & io);

void executeCreate(const sql::ASTPtr & query, QueryContext & context);
void executeDrop(const sql::ASTPtr & query, QueryContext & context);
void executeRename(const sql::ASTPtr & query, QueryContext & context);
void executeOptimize(const sql::ASTPtr & query, QueryContext & context);
void executeAlter(const sql::ASTPtr & query, QueryContext & context);
/// KILL MUTATION WHERE ...: one row per mutation it matched.
exec::BlockStreamPtr executeKillMutation(const sql::ASTPtr & query, QueryContext & context);
/// KILL QUERY WHERE ...: one row per running query it matched (kill_status, query_id, user, query).
exec::BlockStreamPtr executeKillQuery(const sql::ASTPtr & query, QueryContext & context);
void executeUse(const sql::ASTPtr & query, QueryContext & context);
void executeSet(const sql::ASTPtr & query, QueryContext & context);
void executeSystem(const sql::ASTPtr & query, QueryContext & context);
/// CREATE / ALTER / DROP USER, ROLE, SETTINGS PROFILE, QUOTA, ROW POLICY; GRANT, REVOKE, SET
/// DEFAULT ROLE. Throws ACCESS_DENIED when the user may not manage access.
void executeAccessStatement(const sql::ASTPtr & query, QueryContext & context);
/// SHOW GRANTS, SHOW CREATE USER / ROLE / ..., SHOW USERS / ROLES / ...: one String column.
exec::BlockStreamPtr executeShowAccess(const sql::ASTPtr & query, QueryContext & context);

exec::BlockStreamPtr executeShow(const sql::ASTPtr & query, QueryContext & context);
exec::BlockStreamPtr executeDescribe(const sql::ASTPtr & query, QueryContext & context);
exec::BlockStreamPtr executeExists(const sql::ASTPtr & query, QueryContext & context);
exec::BlockStreamPtr executeExplain(const sql::ASTPtr & query, QueryContext & context);

/// A table's CREATE query as its metadata file holds it.
std::string metadataText(const sql::ASTCreateQuery & create);
/// Applies a SETTINGS clause (an ASTSetQuery) to the query's settings.
void applySettings(const sql::ASTPtr & settings, QueryContext & context);
/// A stream of one block made of String columns (SHOW CREATE, EXPLAIN, DESCRIBE).
exec::BlockStreamPtr makeStringResult(const std::vector<std::string> & names, const std::vector<std::vector<std::string>> & rows);
}
