-- system.query_log: a persisted MergeTree table in the system database, filled in batches
-- and on SYSTEM FLUSH LOGS. Each query below carries a tag the checks select it by.
SELECT count() FROM numbers(10) WHERE 'tag-00480-select' != '';
SELECT throwIf(number = 3, 'tag-00480-while') FROM numbers(5); -- { serverError FUNCTION_THROW_IF_VALUE_IS_NON_ZERO }
SELEC 'tag-00480-syntax'; -- { serverError SYNTAX_ERROR }
SELECT 'tag-00480-unknown-table' FROM no_such_table; -- { serverError UNKNOWN_TABLE }
SELECT 'tag-00480-off' SETTINGS log_queries = 0;
SELECT 'tag-00480-finish-only' SETTINGS log_queries_min_type = 'QUERY_FINISH';
SELECT 'tag-00480-too-fast' SETTINGS log_queries_min_query_duration_ms = 100000;
SELECT 'tag-00480-bad-type' SETTINGS log_queries_min_type = 'SOMETIMES'; -- { serverError BAD_ARGUMENTS }
CREATE TABLE t (x UInt64) ENGINE = MergeTree ORDER BY x;
INSERT INTO t SELECT number FROM numbers(5) WHERE 'tag-00480-insert' != '';
SELECT 'tag-00480-comment' SETTINGS log_comment = 'the comment';
SYSTEM FLUSH LOGS;

SELECT 'entries by tag and type';
SELECT extract(query, 'tag-00480-[a-z-]+') AS tag, type, exception_code, query_kind
FROM system.query_log
WHERE current_database = currentDatabase() AND query LIKE '%tag-00480-%' AND query NOT LIKE '%FROM system.query_log%'
ORDER BY event_time_microseconds, type;

SELECT 'what a finished SELECT read and returned';
SELECT read_rows, result_rows, written_rows, is_initial_query, user, interface, http_method, query_duration_ms < 60000, memory_usage > 0
FROM system.query_log
WHERE current_database = currentDatabase() AND query LIKE '%tag-00480-select%' AND type = 'QueryFinish' AND query NOT LIKE '%FROM system.query_log%';

SELECT 'what the INSERT wrote';
SELECT type, read_rows, written_rows, result_rows, written_bytes, length(databases) = 1 AND databases[1] = currentDatabase(), length(tables) = 1 AND tables[1] = (currentDatabase() || '.t'), ProfileEvents['InsertedRows'], ProfileEvents.Values[indexOf(ProfileEvents.Names, 'InsertedRows')]
FROM system.query_log
WHERE current_database = currentDatabase() AND query LIKE 'INSERT INTO t %tag-00480-insert%'
ORDER BY type;

SELECT 'log_comment and the changed settings';
SELECT log_comment, Settings['log_comment'] FROM system.query_log
WHERE current_database = currentDatabase() AND query LIKE '%tag-00480-comment%' AND type = 'QueryFinish' AND query NOT LIKE '%FROM system.query_log%';

SELECT 'query ids are the server''s, the same for both entries of a query';
SELECT uniqExact(query_id), count(), min(length(query_id))
FROM system.query_log
WHERE current_database = currentDatabase() AND query LIKE '%tag-00480-select%' AND query NOT LIKE '%FROM system.query_log%';

SELECT 'queries that differ only in constants share normalized_query_hash';
SELECT 'tag-00480-hash', 1, [1, 2, 3];
SELECT 'tag-00480-hash-other', 2, [4, 5];
SELECT 'tag-00480-no-from';
SYSTEM FLUSH LOGS;
SELECT uniqExact(normalized_query_hash), count()
FROM system.query_log
WHERE current_database = currentDatabase() AND query LIKE 'SELECT \'tag-00480-hash%' AND type = 'QueryFinish';

SELECT 'a SELECT without FROM reads system.one';
SELECT databases, tables, read_rows FROM system.query_log
WHERE current_database = currentDatabase() AND query = 'SELECT \'tag-00480-no-from\'' AND type = 'QueryFinish';

SELECT 'the table';
SELECT engine, partition_key, sorting_key FROM system.tables WHERE database = 'system' AND name = 'query_log';
SELECT name, type FROM system.columns WHERE database = 'system' AND table = 'query_log' ORDER BY position;
SELECT name, engine FROM system.databases WHERE name = 'system';

SELECT 'TRUNCATE empties it';
TRUNCATE TABLE system.query_log;
SELECT count() FROM system.query_log;
