// The ClickHouse settings we act on, as typed members of Settings, with ClickHouse's names and
// defaults (24.x). Every other ClickHouse setting is in ClickHouseSettingsCatalog.inc: accepted
// and checked, with no effect. A value is checked against the catalog's type before it is stored
// here, so a member's type only needs to hold what that type accepts.
#pragma once

// M(type, name, default, description)
#define DATASTORE_SETTINGS(M) \
    M(UInt64, max_threads, 0, "Maximum threads of query execution; 0 means the number of cores.") \
    M(UInt64, max_block_size, 65536, "Maximum rows in a block of processing.") \
    M(UInt64, min_insert_block_size_rows, 1048576, "Rows squashed together into one block on INSERT.") \
    M(UInt64, min_insert_block_size_bytes, 268435456, "Bytes squashed together into one block on INSERT.") \
    M(UInt64, max_insert_block_size, 1048576, "Rows per block formed when parsing INSERT data.") \
    M(UInt64, max_query_size, 262144, "Maximum bytes of query text parsed.") \
    M(UInt64, max_parser_depth, 1000, "Maximum recursion depth of the parser.") \
    M(UInt64, max_ast_depth, 1000, "Maximum depth of the query syntax tree.") \
    M(UInt64, max_ast_elements, 50000, "Maximum number of nodes of the query syntax tree.") \
    M(UInt64, max_expanded_ast_elements, 500000, "Maximum nodes of the syntax tree after alias expansion.") \
    M(UInt64, readonly, 0, "0: all queries; 1: only reads; 2: reads and changing settings.") \
    M(Seconds, max_execution_time, 0, "Maximum query execution time in seconds; 0 is unlimited.") \
    M(String, timeout_overflow_mode, "throw", "What to do when the time limit is exceeded: throw or break.") \
    M(UInt64, max_memory_usage, 0, "Maximum memory of one query in bytes; 0 is unlimited.") \
    M(UInt64, max_memory_usage_for_user, 0, "Maximum memory of all queries of a user.") \
    M(UInt64, max_bytes_before_external_group_by, 0, "Spill GROUP BY to disk beyond this many bytes; 0 disables.") \
    M(UInt64, max_bytes_before_external_sort, 0, "Spill ORDER BY to disk beyond this many bytes; 0 disables.") \
    M(UInt64, max_rows_to_read, 0, "Limit on rows read from tables.") \
    M(UInt64, max_bytes_to_read, 0, "Limit on bytes read from tables.") \
    M(String, read_overflow_mode, "throw", "What to do when a read limit is exceeded.") \
    M(UInt64, max_rows_to_group_by, 0, "Limit on unique GROUP BY keys.") \
    M(String, group_by_overflow_mode, "throw", "What to do when max_rows_to_group_by is exceeded.") \
    M(UInt64, max_result_rows, 0, "Limit on result rows.") \
    M(UInt64, max_result_bytes, 0, "Limit on result bytes.") \
    M(String, result_overflow_mode, "throw", "What to do when the result limit is exceeded: throw or break.") \
    M(UInt64, max_rows_in_set, 0, "Limit on rows of a set made by IN.") \
    M(UInt64, max_rows_in_join, 0, "Limit on rows of the right side of a JOIN.") \
    M(UInt64, max_concurrent_queries_for_user, 0, "Limit on simultaneous queries of a user.") \
    M(Bool, log_queries, true, "Write queries to system.query_log.") \
    M(String, log_queries_min_type, "QUERY_START", "Minimal type of entries written to query_log: QUERY_START, QUERY_FINISH, EXCEPTION_BEFORE_START or EXCEPTION_WHILE_PROCESSING.") \
    M(UInt64, log_queries_min_query_duration_ms, 0, "Queries faster than this are not written to query_log (and QueryStart is not written at all when it is set).") \
    M(String, log_comment, "", "Comment written to query_log.") \
    M(UInt64, log_queries_cut_to_length, 100000, "Longer query texts are cut to this many bytes in query_log and the server log.") \
    M(Bool, send_progress_in_http_headers, false, "Send X-ClickHouse-Progress headers.") \
    M(UInt64, http_headers_progress_interval_ms, 100, "Interval of progress headers.") \
    M(Bool, enable_http_compression, false, "Compress HTTP responses per Accept-Encoding.") \
    M(Int64, http_zlib_compression_level, 3, "Compression level of HTTP responses.") \
    M(UInt64, http_response_buffer_size, 0, "Bytes buffered before the HTTP response is sent.") \
    M(Bool, add_http_cors_header, false, "Add Access-Control-Allow-Origin to HTTP responses.") \
    M(Bool, output_format_json_quote_64bit_integers, true, "Quote 64-bit integers in JSON output.") \
    M(Bool, output_format_json_quote_64bit_floats, false, "Quote 64-bit floats in JSON output.") \
    M(Bool, output_format_json_quote_denormals, false, "Write NaN and inf in JSON output.") \
    M(Bool, output_format_json_quote_decimals, false, "Quote decimals in JSON output.") \
    M(Bool, output_format_json_escape_forward_slashes, true, "Escape / in JSON strings.") \
    M(Bool, output_format_json_named_tuples_as_objects, true, "Write named tuples as JSON objects.") \
    M(Bool, output_format_write_statistics, true, "Write statistics in JSON formats.") \
    M(UInt64, output_format_pretty_max_rows, 10000, "Rows shown by Pretty formats.") \
    M(UInt64, output_format_pretty_max_column_pad_width, 250, "Maximum padding in Pretty formats.") \
    M(UInt64, output_format_pretty_max_value_width, 10000, "Maximum value width in Pretty formats.") \
    M(String, output_format_pretty_color, "auto", "Colors in Pretty formats.") \
    M(Bool, output_format_pretty_row_numbers, false, "Row numbers in Pretty formats.") \
    M(Bool, input_format_skip_unknown_fields, true, "Skip unknown columns in input.") \
    M(Bool, input_format_defaults_for_omitted_fields, true, "Fill omitted fields with column defaults.") \
    M(Bool, input_format_null_as_default, true, "Insert NULL into non-Nullable columns as the default.") \
    M(Bool, input_format_tsv_empty_as_default, false, "Empty TSV fields as defaults.") \
    M(Bool, input_format_csv_empty_as_default, true, "Empty CSV fields as defaults.") \
    M(UInt64, input_format_allow_errors_num, 0, "Rows with errors allowed in input.") \
    M(Float, input_format_allow_errors_ratio, 0, "Share of rows with errors allowed in input.") \
    M(Bool, input_format_import_nested_json, false, "Map nested JSON objects to Nested columns.") \
    M(Bool, input_format_values_interpret_expressions, true, "Evaluate expressions in VALUES.") \
    M(Bool, format_csv_allow_single_quotes, false, "Accept single-quoted CSV strings.") \
    M(Bool, format_csv_allow_double_quotes, true, "Accept double-quoted CSV strings.") \
    M(String, format_csv_delimiter, ",", "CSV delimiter.") \
    M(String, format_tsv_null_representation, "\\N", "NULL in TSV.") \
    M(String, format_csv_null_representation, "\\N", "NULL in CSV.") \
    M(String, date_time_input_format, "basic", "How DateTime text is parsed: basic or best_effort.") \
    M(String, date_time_output_format, "simple", "How DateTime is printed: simple, iso or unix_timestamp.") \
    M(String, session_timezone, "", "Time zone of the session; empty is the server's.") \
    M(Bool, transform_null_in, false, "NULL IN (NULL) is true.") \
    M(String, union_default_mode, "", "Mode of a UNION without ALL or DISTINCT: ALL, DISTINCT or empty (an error).") \
    M(String, except_default_mode, "ALL", "Mode of an EXCEPT without ALL or DISTINCT.") \
    M(String, intersect_default_mode, "ALL", "Mode of an INTERSECT without ALL or DISTINCT.") \
    M(Bool, join_use_nulls, false, "Fill non-matched JOIN columns with NULL rather than defaults.") \
    M(String, join_algorithm, "default", "JOIN algorithm.") \
    M(String, join_default_strictness, "ALL", "Strictness of JOIN without ALL/ANY.") \
    M(Bool, any_join_distinct_right_table_keys, false, "Old ANY JOIN semantics.") \
    M(Bool, allow_experimental_join_condition, false, "Allow JOIN ON with non-equality conditions.") \
    M(Bool, allow_experimental_object_type, false, "Allow the Object('json') type.") \
    M(Bool, allow_experimental_funnel_functions, false, "Allow the experimental funnel aggregate function sequenceNextNode.") \
    M(Bool, allow_experimental_analyzer, true, "Use the new analyzer.") \
    M(Bool, allow_suspicious_low_cardinality_types, false, "Allow LowCardinality of small fixed types.") \
    M(Bool, enable_lightweight_delete, true, "Allow DELETE FROM.") \
    M(Bool, allow_nondeterministic_mutations, false, "Allow nondeterministic functions in mutations.") \
    M(Bool, allow_ddl, true, "Allow DDL queries.") \
    M(Bool, allow_introspection_functions, false, "Allow introspection functions.") \
    M(UInt64, optimize_min_equality_disjunction_chain_length, 3, "Minimal OR chain of equalities turned into IN.") \
    M(Bool, optimize_move_to_prewhere, true, "Move WHERE conditions to PREWHERE.") \
    M(Bool, optimize_aggregation_in_order, false, "GROUP BY in the order of the sorting key.") \
    M(Bool, optimize_read_in_order, true, "ORDER BY in the order of the sorting key.") \
    M(Bool, optimize_trivial_count_query, true, "count() from table metadata.") \
    M(Bool, optimize_throw_if_noop, false, "Throw if OPTIMIZE did nothing.") \
    M(Bool, force_index_by_date, false, "Throw if the partition key cannot be used.") \
    M(Bool, force_primary_key, false, "Throw if the primary key cannot be used.") \
    M(Bool, use_index_for_in_with_subqueries, true, "Use the primary key for IN with subqueries.") \
    M(Bool, use_skip_indexes, true, "Use data skipping indexes.") \
    M(Bool, use_hive_partitioning, false, "Hive-style partitions in file table functions.") \
    M(Bool, use_uncompressed_cache, false, "Cache uncompressed blocks.") \
    M(UInt64, mutations_sync, 0, "Wait for mutations: 0 no, 1 this replica, 2 all.") \
    M(UInt64, lightweight_deletes_sync, 2, "Wait for lightweight deletes: 0 no, 1 this replica, 2 all.") \
    M(UInt64, alter_sync, 1, "Wait for ALTER on replicas.") \
    M(String, insert_quorum, "0", "Replicas that must confirm an insert, or auto.") \
    M(Bool, insert_deduplicate, true, "Deduplicate inserted blocks in replicated tables.") \
    M(Bool, async_insert, false, "Buffer inserts on the server.") \
    M(Bool, wait_for_async_insert, true, "Wait for async inserts to be flushed.") \
    M(Bool, insert_null_as_default, true, "Insert NULL as the default for non-Nullable columns in INSERT SELECT.") \
    M(Bool, insert_allow_materialized_columns, false, "Allow inserting into MATERIALIZED columns.") \
    M(Bool, materialized_views_ignore_errors, false, "Ignore errors of materialized views.") \
    M(UInt64, parts_to_throw_insert, 0, "Override of the MergeTree setting of the same name.") \
    M(UInt64, max_partitions_per_insert_block, 100, "Maximum partitions touched by one inserted block.") \
    M(Bool, throw_on_max_partitions_per_insert_block, true, "Throw when max_partitions_per_insert_block is exceeded.") \
    M(String, distributed_product_mode, "deny", "Rewrite subqueries of distributed tables.") \
    M(Bool, prefer_localhost_replica, true, "Prefer the local replica.") \
    M(String, load_balancing, "random", "Replica choice.") \
    M(Bool, skip_unavailable_shards, false, "Skip shards that are not available.") \
    M(Bool, distributed_aggregation_memory_efficient, true, "Merge partial aggregates of remote servers in memory-saving mode.") \
    M(UInt64, connect_timeout_with_failover_ms, 1000, "Milliseconds to connect to a remote server when there are replicas to fail over to.") \
    M(Seconds, http_connection_timeout, 1, "Seconds to connect to a remote HTTP server.") \
    M(UInt64, max_concurrent_queries_for_all_users, 0, "Refuse a query when this many run; 0 is unlimited.") \
    M(Int64, os_thread_priority, 0, "Nice value of the threads running a query.") \
    M(Bool, parallel_view_processing, false, "Push an insert to the attached views in parallel rather than one after another.") \
    M(Bool, extremes, false, "Compute minimums and maximums of result columns.") \
    M(String, totals_mode, "after_having_exclusive", "How TOTALS are computed with HAVING.") \
    M(Bool, group_by_use_nulls, false, "ROLLUP/CUBE keys become Nullable.") \
    M(Bool, enable_unaligned_array_join, false, "ARRAY JOIN of arrays of different sizes pads the shorter with defaults.") \
    M(Bool, aggregate_functions_null_for_empty, false, "Aggregates of empty input return NULL.") \
    M(Bool, cast_keep_nullable, false, "CAST keeps Nullable.") \
    M(Bool, cast_ipv4_ipv6_default_on_conversion_error, false, "Default instead of error in IP casts.") \
    M(Bool, enable_optimize_predicate_expression, true, "Push predicates into subqueries.") \
    M(Bool, joined_subquery_requires_alias, true, "Subqueries in JOIN need an alias.") \
    M(Bool, prefer_column_name_to_alias, false, "Prefer column names over aliases.") \
    M(Bool, allow_experimental_window_functions, true, "Allow window functions.") \
    M(Bool, count_distinct_optimization, false, "Rewrite count(DISTINCT) as a subquery.") \
    M(String, count_distinct_implementation, "uniqExact", "Function used for count(DISTINCT).") \
    M(Bool, use_query_cache, false, "Use the query cache.") \
    M(Bool, enable_positional_arguments, true, "GROUP BY 1, ORDER BY 2 refer to SELECT positions.") \
    M(Bool, async_socket_for_remote, true, "Asynchronous reads from remote sockets.") \
    M(UInt64, max_distributed_connections, 1024, "Connections for distributed queries.") \
    M(UInt64, connect_timeout, 10, "Connection timeout in seconds.") \
    M(UInt64, receive_timeout, 300, "Receive timeout in seconds.") \
    M(UInt64, send_timeout, 300, "Send timeout in seconds.") \
    M(UInt64, http_receive_timeout, 30, "HTTP receive timeout in seconds.") \
    M(UInt64, http_send_timeout, 30, "HTTP send timeout in seconds.") \
    M(UInt64, tcp_keep_alive_timeout, 290, "TCP keep-alive timeout in seconds.") \
    M(UInt64, idle_connection_timeout, 3600, "Idle connection timeout in seconds.") \
    M(UInt64, queue_max_wait_ms, 0, "Wait for a query slot when max_concurrent_queries is reached.") \
    M(UInt64, priority, 0, "Query priority.") \
    M(String, network_compression_method, "LZ4", "Native protocol compression method.") \
    M(Int64, network_zstd_compression_level, 1, "ZSTD level of the native protocol.") \
    M(UInt64, interactive_delay, 100000, "Microseconds between progress packets.") \
    M(UInt64, max_network_bandwidth, 0, "Network bandwidth limit of a query.") \
    M(UInt64, preferred_block_size_bytes, 1000000, "Preferred block size in bytes.") \
    M(UInt64, merge_tree_min_rows_for_concurrent_read, 163840, "Rows of a range read by one thread.") \
    M(Bool, do_not_merge_across_partitions_select_final, false, "FINAL merges within partitions only.") \
    M(Bool, optimize_on_insert, true, "Merge rows of one block on insert (Replacing, Summing...).") \
    M(Bool, apply_mutations_on_fly, false, "Apply unfinished mutations in SELECT.") \
    M(Bool, final, false, "Add FINAL to every table of the query.") \
    M(Bool, calculate_text_stack_trace, true, "Stack traces in exceptions.") \
    M(Bool, enable_global_with_statement, true, "WITH visible in subqueries.") \
    M(Bool, allow_settings_after_format_in_insert, false, "SETTINGS after FORMAT in INSERT.") \
    M(Bool, data_type_default_nullable, false, "Columns are Nullable by default.") \
    M(String, default_table_engine, "MergeTree", "Engine of CREATE TABLE without ENGINE.") \
    M(Bool, flatten_nested, true, "Flatten Nested columns.") \
    M(Bool, asterisk_include_materialized_columns, false, "SELECT * includes MATERIALIZED columns.") \
    M(Bool, asterisk_include_alias_columns, false, "SELECT * includes ALIAS columns.") \
    M(UInt64, max_temporary_columns, 0, "Limit on temporary columns.") \
    M(UInt64, max_subquery_depth, 100, "Limit on subquery nesting.") \
    M(UInt64, max_pipeline_depth, 1000, "Limit on pipeline depth.") \
    M(UInt64, max_sessions_for_user, 0, "Limit on sessions of a user.") \
    M(Int64, max_partitions_to_read, -1, "Limit on partitions read by a query; -1 is unlimited.") \
    M(UInt64, allow_experimental_parallel_reading_from_replicas, 0, "Parallel replicas.") \
    M(Bool, allow_suspicious_codecs, false, "Allow meaningless codec combinations.") \
    M(Bool, allow_create_index_without_type, false, "CREATE INDEX without TYPE.") \
    M(Bool, describe_include_subcolumns, false, "DESCRIBE shows subcolumns.") \
    M(Bool, show_table_uuid_in_table_create_query_if_not_nil, false, "SHOW CREATE prints UUIDs.") \
    M(Bool, output_format_tsv_crlf_end_of_line, false, "TSV rows end with CRLF.") \
    M(Bool, output_format_csv_crlf_end_of_line, false, "CSV rows end with CRLF.") \
    M(Bool, output_format_parallel_formatting, true, "Format output in parallel.") \
    M(Bool, input_format_parallel_parsing, true, "Parse input in parallel.") \
    M(UInt64, min_chunk_bytes_for_parallel_parsing, 10485760, "Bytes of input each parsing thread takes at a time.") \
    M(UInt64, insert_keeper_max_retries, 20, "Keeper retries on insert.") \
    M(UInt64, use_structure_from_insertion_table_in_table_functions, 2, "Table function structure from the insertion table.") \
    M(String, compatibility, "", "Settings defaults of an older version.")
