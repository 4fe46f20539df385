-- A value a setting's type does not take fails as in ClickHouse, whether we act on the setting or not.
SELECT 1 SETTINGS max_download_threads = 'abc'; -- { serverError CANNOT_PARSE_INPUT_ASSERTION_FAILED }
SELECT 1 SETTINGS max_threads = 'abc'; -- { serverError CANNOT_PARSE_INPUT_ASSERTION_FAILED }
SELECT 1 SETTINGS s3_max_connections = '1.5'; -- { serverError CANNOT_PARSE_INPUT_ASSERTION_FAILED }
SELECT 1 SETTINGS s3_max_connections = '10KB'; -- { serverError CANNOT_PARSE_INPUT_ASSERTION_FAILED }
SELECT 1 SETTINGS s3_max_connections = ''; -- { serverError ATTEMPT_TO_READ_AFTER_EOF }
SELECT 1 SETTINGS s3_max_connections = '-1'; -- { serverError CANNOT_PARSE_NUMBER }
SELECT 1 SETTINGS s3_max_connections = -1; -- { serverError CANNOT_CONVERT_TYPE }
SELECT 1 SETTINGS max_memory_usage = -1.5; -- { serverError CANNOT_CONVERT_TYPE }
SELECT 1 SETTINGS max_memory_usage = 'lots'; -- { serverError CANNOT_PARSE_INPUT_ASSERTION_FAILED }
SELECT 1 SETTINGS use_concurrency_control = 2; -- { serverError CANNOT_CONVERT_TYPE }
SELECT 1 SETTINGS use_concurrency_control = 'yes'; -- { serverError CANNOT_PARSE_BOOL }
SELECT 1 SETTINGS extremes = '2'; -- { serverError CANNOT_PARSE_BOOL }
SELECT 1 SETTINGS extremes = 1.5; -- { serverError CANNOT_CONVERT_TYPE }
SELECT 1 SETTINGS extremes = NULL; -- { serverError CANNOT_CONVERT_TYPE }
SELECT 1 SETTINGS max_block_size = 0; -- { serverError BAD_ARGUMENTS }
SELECT 1 SETTINGS connect_timeout = 'soon'; -- { serverError CANNOT_PARSE_NUMBER }
SELECT 1 SETTINGS opentelemetry_start_trace_probability = 'half'; -- { serverError CANNOT_PARSE_NUMBER }
SELECT 1 SETTINGS log_comment = 5; -- { serverError BAD_GET }
SELECT 1 SETTINGS s3queue_default_zookeeper_path = true; -- { serverError BAD_GET }
SELECT 1 SETTINGS format_csv_delimiter = 'ab'; -- { serverError SIZE_OF_FIXED_STRING_DOESNT_MATCH }
SELECT 1 SETTINGS session_timezone = 'Mars/Olympus'; -- { serverError BAD_ARGUMENTS }
SELECT 1 SETTINGS additional_table_filters = 'a=b'; -- { serverError CANNOT_PARSE_INPUT_ASSERTION_FAILED }

-- Enum-like settings reject values they do not list, each with ClickHouse's code.
SELECT 1 SETTINGS join_algorithm = 'fastest'; -- { serverError UNKNOWN_JOIN }
SELECT 1 SETTINGS join_algorithm = 'hash,fastest'; -- { serverError UNKNOWN_JOIN }
SELECT 1 SETTINGS join_algorithm = 'HASH'; -- { serverError UNKNOWN_JOIN }
SELECT 1 SETTINGS join_default_strictness = 'SOME'; -- { serverError UNKNOWN_JOIN }
SELECT 1 SETTINGS distributed_product_mode = 'everywhere'; -- { serverError UNKNOWN_DISTRIBUTED_PRODUCT_MODE }
SELECT 1 SETTINGS date_time_input_format = 'guess'; -- { serverError BAD_ARGUMENTS }
SELECT 1 SETTINGS load_balancing = 'nowhere'; -- { serverError UNKNOWN_LOAD_BALANCING }
SELECT 1 SETTINGS totals_mode = 'sometimes'; -- { serverError UNKNOWN_TOTALS_MODE }
SELECT 1 SETTINGS read_overflow_mode = 'ignore'; -- { serverError UNKNOWN_OVERFLOW_MODE }
SELECT 1 SETTINGS union_default_mode = 'ANY'; -- { serverError UNKNOWN_UNION }
SELECT 1 SETTINGS mysql_datatypes_support_level = 'decimal,money'; -- { serverError UNKNOWN_MYSQL_DATATYPES_SUPPORT_LEVEL }
SELECT 1 SETTINGS join_algorithm = 1; -- { serverError BAD_GET }
SET load_balancing = 'nowhere'; -- { serverError UNKNOWN_LOAD_BALANCING }

-- A failed SET changes nothing.
SELECT value, changed FROM system.settings WHERE name = 'load_balancing';
