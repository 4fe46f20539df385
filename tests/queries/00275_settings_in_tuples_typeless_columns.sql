-- Settings Insights sends are accepted (and transform_null_in honoured); an unknown one is
-- UNKNOWN_SETTING. Tuples in IN against lists and subqueries. Columns declared without a type
-- take their expression's, and SHOW CREATE and system.tables print what was stored.
SELECT 1 SETTINGS readonly = 2, max_execution_time = 60, allow_experimental_object_type = 1, format_csv_allow_double_quotes = 0,
    max_ast_elements = 4000000, max_expanded_ast_elements = 4000000, max_bytes_before_external_group_by = 0, transform_null_in = 1,
    optimize_min_equality_disjunction_chain_length = 4294967295, allow_experimental_join_condition = 1, use_hive_partitioning = 0;
SELECT 1 SETTINGS no_such_setting = 1; -- { serverError UNKNOWN_SETTING }
SELECT NULL IN (NULL), 1 IN (NULL, 1) SETTINGS transform_null_in = 1;
SELECT number FROM numbers(3) WHERE toNullable(if(number = 1, NULL, number)) IN (NULL, 2) ORDER BY number SETTINGS transform_null_in = 1;
SELECT number FROM numbers(3) WHERE toNullable(if(number = 1, NULL, number)) IN (NULL, 2) ORDER BY number;

SELECT (1, 2) IN ((1, 2), (3, 4)), (1, 3) IN ((1, 2), (3, 4)), (3, 4) NOT IN ((1, 2), (3, 4));
SELECT (number, toString(number)) IN ((1, '1'), (2, 'x')) FROM numbers(3);
SELECT (1, 2) IN (SELECT number, number + 1 FROM numbers(3));
SELECT number FROM numbers(6) WHERE (number % 2, number % 3) IN (SELECT 1, 2) ORDER BY number;
SELECT (1, 2) IN ((1, 2, 3)); -- { serverError NUMBER_OF_COLUMNS_DOESNT_MATCH }

CREATE TABLE typeless (a UInt32, x ALIAS a * 2, y DEFAULT a + 1, z MATERIALIZED toString(a)) ENGINE = Memory;
INSERT INTO typeless (a) VALUES (1), (5);
SELECT a, x, y, z, toTypeName(x), toTypeName(y), toTypeName(z) FROM typeless ORDER BY a;
SELECT replaceOne(create_table_query, concat(currentDatabase(), '.'), '') FROM system.tables WHERE database = currentDatabase() AND name = 'typeless';
SELECT name, type, default_kind, default_expression FROM system.columns WHERE database = currentDatabase() AND table = 'typeless' ORDER BY name;
SELECT engine, engine_full FROM system.tables WHERE database = currentDatabase() AND name = 'typeless';
CREATE TABLE mt (a UInt32, d Date) ENGINE = MergeTree PARTITION BY toYYYYMM(d) ORDER BY a SETTINGS index_granularity = 8192;
SELECT engine, engine_full FROM system.tables WHERE database = currentDatabase() AND name = 'mt';
