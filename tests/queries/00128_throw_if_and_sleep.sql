-- throwIf fails a query where its argument is non-zero, with its message; sleep and
-- sleepEachRow pause and return 0, and refuse more than 3 seconds per block.
SELECT throwIf(number = 3) FROM numbers(5); -- { serverError FUNCTION_THROW_IF_VALUE_IS_NON_ZERO }
SELECT throwIf(number = 3, 'custom message') FROM numbers(5); -- { serverError FUNCTION_THROW_IF_VALUE_IS_NON_ZERO }
SELECT sum(throwIf(number > 10)), count() FROM numbers(5);
SELECT throwIf('a'); -- { serverError ILLEGAL_TYPE_OF_ARGUMENT }
SELECT sleep(0.01), toTypeName(sleep(0.01));
SELECT sum(sleepEachRow(0.001)) FROM numbers(10);
SELECT sleep(4); -- { serverError TOO_SLOW }
