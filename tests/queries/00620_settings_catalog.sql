-- Every query-level setting of ClickHouse 24.8 is known: those we do not act on are accepted in
-- SET and SETTINGS, checked against their type, and listed in system.settings.
SELECT 1 SETTINGS max_final_threads = 4, use_concurrency_control = 0, s3_max_connections = 10, optimize_use_projections = 0;
SELECT 1 SETTINGS input_format_parquet_max_block_size = '10Ki', max_download_threads = 'auto', async_insert_busy_timeout_ms = 150;
SET max_download_threads = 8, allow_experimental_window_functions = 1;
SELECT getSetting('max_download_threads'), toTypeName(getSetting('max_download_threads')) SETTINGS max_download_threads = 8;
SELECT name, value, changed, type, default FROM system.settings WHERE name = 'max_download_threads' SETTINGS max_download_threads = 8;
SELECT value, changed FROM system.settings WHERE name = 's3_max_connections' SETTINGS s3_max_connections = '2G';
SELECT getSetting('handshake_timeout_ms'), getSetting('connect_timeout_with_failover_secure_ms')
SETTINGS handshake_timeout_ms = 1.9, connect_timeout_with_failover_secure_ms = '250';
SELECT getSetting('opentelemetry_start_trace_probability'), toTypeName(getSetting('opentelemetry_start_trace_probability'))
SETTINGS opentelemetry_start_trace_probability = 0.25;
SELECT name, value FROM system.settings WHERE name IN ('format_custom_escaping_rule', 'output_format_parquet_compression_method') ORDER BY name
SETTINGS format_custom_escaping_rule = 'CSV', output_format_parquet_compression_method = 'gzip';
SELECT getSetting('use_skip_indexes_if_final'), getSetting('input_format_parallel_parsing')
SETTINGS use_skip_indexes_if_final = true, input_format_parallel_parsing = 'FALSE';
SELECT value FROM system.settings WHERE name IN ('additional_table_filters', 'format_csv_delimiter') ORDER BY name
SETTINGS additional_table_filters = '', format_csv_delimiter = ';';

-- Enum-like settings take their values, several at once where the type allows it.
SELECT getSetting('join_algorithm') SETTINGS join_algorithm = 'hash, parallel_hash';
SELECT name, value, type FROM system.settings WHERE name IN ('load_balancing', 'distributed_product_mode', 'totals_mode') ORDER BY name
SETTINGS load_balancing = 'nearest_hostname', distributed_product_mode = 'global', totals_mode = 'before_having';

-- Obsolete settings that 24.8 still accepts.
SELECT name, value, is_obsolete FROM system.settings WHERE name IN ('allow_experimental_window_functions', 'max_alter_threads', 'multiple_joins_rewriter_version') ORDER BY name
SETTINGS allow_experimental_window_functions = 1, max_alter_threads = 2, multiple_joins_rewriter_version = 2;

-- An alias sets the setting it stands for; both rows show the value.
SELECT name, value, changed, type, default, alias_for FROM system.settings WHERE name IN ('insert_distributed_sync', 'distributed_foreground_insert') ORDER BY name
SETTINGS insert_distributed_sync = 1;
SELECT getSetting('distributed_foreground_insert'), getSetting('insert_distributed_sync') SETTINGS insert_distributed_sync = 1;
SELECT getSetting('enable_lightweight_delete') SETTINGS allow_experimental_lightweight_delete = 0;

-- Rows of system.settings: the columns of 24.8, one row per setting.
SELECT name, type, default, min, max, readonly, alias_for, is_obsolete FROM system.settings
WHERE name IN ('join_algorithm', 'connect_timeout', 'handshake_timeout_ms', 'insert_quorum', 'input_format_parquet_max_block_size', 'session_timezone', 'date_time_input_format', 'count_distinct_implementation', 'max_memory_usage_for_user')
ORDER BY name;
SELECT count() > 1000, countIf(alias_for != '') > 10, countIf(is_obsolete) > 50, uniqExact(name) = count() FROM system.settings;
SELECT type, count() FROM system.settings WHERE type IN ('OverflowMode', 'SetOperationMode', 'Char') GROUP BY type ORDER BY type;
SELECT value LIKE 'auto(%)', changed, type FROM system.settings WHERE name = 'max_threads';
SELECT value, changed FROM system.settings WHERE name = 'max_threads' SETTINGS max_threads = 3;
SELECT readonly FROM system.settings WHERE name = 'max_threads' SETTINGS readonly = 1;
