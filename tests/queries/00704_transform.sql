-- transform(x, from, to [, default]): constant arrays looked up by value in their common
-- type, a NULL x taking the default, result types as ClickHouse's, and its errors.
SELECT transform(number, [1, 2], ['a', 'b'], 'z'), toTypeName(transform(number, [1, 2], ['a', 'b'], 'z')) FROM numbers(3);
SELECT transform(number, [1, 2], [10, 20]), toTypeName(transform(number, [1, 2], [10, 20])) FROM numbers(3);
SELECT transform(toString(number), ['1', '2'], ['a', 'b'], toString(number * 10)) FROM numbers(3);
SELECT transform(number, [1, 2], [1000, 2000], 7), toTypeName(transform(number, [1, 2], [1000, 2000], 7)) FROM numbers(3);
SELECT transform(number, [1, 2], [-1.5, 2], 0), toTypeName(transform(number, [1, 2], [-1.5, 2], 0)) FROM numbers(3);
SELECT transform(if(number = 1, NULL, number), [1, 2], ['a', 'b'], 'z'), toTypeName(transform(toNullable(number), [1, 2], ['a', 'b'], 'z')) FROM numbers(3);
SELECT transform('x', ['x'], ['y']), transform(1, [1.0], ['one'], 'no'), transform(toInt8(-1), [255], ['a'], 'b');
SELECT transform(number, [], [], 'z') FROM numbers(2);
SELECT transform(b, ['chrome', 'firefox'], ['Chrome', 'Firefox'], 'Other') AS browser, count() FROM (SELECT ['chrome', 'safari', 'firefox', 'edge'][number % 4 + 1] AS b FROM numbers(10)) GROUP BY browser ORDER BY browser;
SELECT transform(number, [1, 2], ['a', 'b']) FROM numbers(3); -- { serverError ILLEGAL_TYPE_OF_ARGUMENT }
SELECT transform(number, [1, 2], ['a'], 'z') FROM numbers(3); -- { serverError BAD_ARGUMENTS }
SELECT transform(number, [1, 2]) FROM numbers(3); -- { serverError NUMBER_OF_ARGUMENTS_DOESNT_MATCH }
