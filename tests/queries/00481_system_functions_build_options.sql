-- system.functions lists every scalar and aggregate function by each of its names, as
-- ClickHouse: aliases name their target, case-insensitive names say so, and combinations
-- such as sumIf are not listed (the combinators have their own table).
SELECT name, is_aggregate, case_insensitive, alias_to, origin FROM system.functions
WHERE name IN ('sum', 'count', 'median', 'lower', 'lcase', 'plus', 'toDate', 'quantile', 'uniqExact', 'if', 'concat')
ORDER BY name;
SELECT count() FROM system.functions WHERE name IN ('sumIf', 'countState', 'uniqArray');
SELECT count() > 300, countIf(is_aggregate) > 30, count() = uniqExact(name) FROM system.functions;
SELECT toTypeName(origin), toTypeName(is_aggregate) FROM system.functions LIMIT 1;

-- Every function a query can name is listed: each listed name works in a query.
SELECT sum(number), median(number), lcase('AbC'), SUM(number), COUNT() FROM numbers(5);

SELECT name, is_internal FROM system.aggregate_function_combinators
WHERE name IN ('If', 'Array', 'State', 'Merge', 'OrNull', 'OrDefault', 'ForEach', 'Distinct', 'Resample', 'Map')
ORDER BY name;

-- system.build_options: how this binary was built.
SELECT name FROM system.build_options ORDER BY name;
SELECT value = 'v' || version() || '-stable' FROM system.build_options WHERE name = 'VERSION_DESCRIBE';
SELECT value LIKE '%' || version() FROM system.build_options WHERE name = 'VERSION_FULL';
SELECT toUInt64(value) = 24003001 FROM system.build_options WHERE name = 'VERSION_INTEGER';
SELECT value != '' FROM system.build_options WHERE name IN ('BUILD_TYPE', 'CXX_COMPILER', 'CXX_COMPILER_VERSION', 'SYSTEM_PROCESSOR') ORDER BY name;
SELECT engine FROM system.tables WHERE database = 'system' AND name IN ('functions', 'build_options', 'aggregate_function_combinators') ORDER BY name;
-- Calls the analyzer handles itself, and window-only functions (listed as aggregate).
SELECT name, is_aggregate FROM system.functions WHERE name IN ('arrayJoin', 'in', 'notIn', 'nullIn', 'notNullIn', 'globalIn', 'globalNotIn', 'row_number', 'rank', 'dense_rank', 'lagInFrame', 'leadInFrame', 'nth_value', 'ntile', 'percent_rank') ORDER BY name;
SELECT count() FROM system.functions WHERE name = 'rank';
