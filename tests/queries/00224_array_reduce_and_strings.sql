-- arrayReduce through the aggregate functions (with parameters and combinators), and the
-- functions between strings and arrays: splitByString, splitByRegexp, arrayStringConcat.
SELECT arrayReduce('sum', [1, 2, 3]), arrayReduce('max', ['a', 'b']), arrayReduce('uniqExact', [1, 1, 2]), arrayReduce('argMax', [1, 2], [5, 3]), arrayReduce('groupArray', [1, 2]);
SELECT arrayReduce('count', [NULL, 1]), arrayReduce('sum', [1, NULL]), toTypeName(arrayReduce('sum', [1, NULL])), arrayReduce('sumIf', [1, 2], [1, 0]), arrayReduce('avg', emptyArrayUInt8()), arrayReduce('quantile(0.5)', [1, 2, 3, 4]);
SELECT arrayReduce('sum', x), arrayReduce('min', x), arrayReduce('uniq', x) FROM (SELECT arrayMap(y -> y % 3, range(number)) AS x FROM numbers(5));
SELECT arrayReduce('sum', range(1000000)), arrayReduce('uniqExact', arrayMap(x -> x % 100, range(100000)));
SELECT arrayReduce('nope', [1]); -- { serverError UNKNOWN_AGGREGATE_FUNCTION }
SELECT arrayReduce('sum', [1], [2, 3]); -- { serverError NUMBER_OF_ARGUMENTS_DOESNT_MATCH }
SELECT arrayReduce(1, [1]); -- { serverError ILLEGAL_TYPE_OF_ARGUMENT }
SELECT arrayReduce('sum'); -- { serverError TOO_FEW_ARGUMENTS_FOR_FUNCTION }
SELECT arrayReduce('sum', 1); -- { serverError ILLEGAL_TYPE_OF_ARGUMENT }
SELECT splitByString(', ', 'a, b, c'), splitByString('', 'abc'), splitByString(',', ''), splitByString(',', ',a,'), splitByString('ab', 'xabyab'), splitByString(',', 'a,b,c', 2), splitByString('', 'abc', 2), splitByString(',', 'a,b', 0);
SELECT splitByRegexp('\\d+', 'a12bc23de345f'), splitByRegexp('', 'abcde'), splitByRegexp('[,;]', 'a,b;c'), splitByRegexp(',', ''), splitByRegexp('\\d', 'a1b2c', 2), splitByRegexp('a', 'a'), splitByRegexp('^', 'ab');
SELECT arrayStringConcat(['a', 'b']), arrayStringConcat(['a', 'b'], ', '), arrayStringConcat([]), arrayStringConcat([1, 2], '-'), arrayStringConcat(['a', NULL, 'c'], ','), arrayStringConcat([toNullable('x')]), arrayStringConcat([1.5, 2], ';');
SELECT arrayStringConcat([toDate('2020-01-02'), toDate('2021-03-04')], ' '), arrayStringConcat(arrayMap(x -> toString(x), range(5)));
SELECT s, splitByString(',', s), splitByRegexp('[;,]+', s), arrayStringConcat(splitByString(',', s), '|') FROM (SELECT arrayJoin(['', 'a', 'a,b', ',,', 'x;y,,z']) AS s);
SELECT length(splitByString(',', repeat('ab,', 100000))), length(arrayStringConcat(range(100000), ','));
SELECT arrayStringConcat(['a'], 1); -- { serverError ILLEGAL_TYPE_OF_ARGUMENT }
SELECT arrayStringConcat('a'); -- { serverError ILLEGAL_TYPE_OF_ARGUMENT }
SELECT arrayStringConcat(['a', 'b'], materialize(',')); -- { serverError ILLEGAL_COLUMN }
SELECT splitByString(materialize(','), 'a'); -- { serverError ILLEGAL_COLUMN }
SELECT splitByString(',', 1); -- { serverError ILLEGAL_TYPE_OF_ARGUMENT }
SELECT splitByRegexp('(', 'a'); -- { serverError CANNOT_COMPILE_REGEXP }
