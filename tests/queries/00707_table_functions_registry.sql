-- The table functions are listed in system.table_functions; zeros is not for readonly users.
SELECT name, allow_readonly FROM system.table_functions WHERE name IN ('numbers', 'numbers_mt', 'zeros', 'zeros_mt', 'values', 'merge', 'generateRandom') ORDER BY name;
SELECT count() FROM numbers(10) SETTINGS readonly = 1;
SELECT count() FROM zeros(10) SETTINGS readonly = 2;
SELECT count() FROM zeros(10) SETTINGS readonly = 1; -- { serverError READONLY }
SELECT * FROM no_such_table_function(1); -- { serverError UNKNOWN_FUNCTION }
SELECT * FROM numbers(1, 2, 3, 4); -- { serverError NUMBER_OF_ARGUMENTS_DOESNT_MATCH }
