-- t + (INTERVAL a, INTERVAL b), (INTERVAL ...) + t and t - (...), and the functions behind them,
-- addTupleOfIntervals and subtractTupleOfIntervals: each element goes through plus (minus) in
-- turn, so the order matters at month ends and the type is the last step's.
SELECT toDateTime('2020-01-01 00:00:00', 'UTC') + (INTERVAL 1 DAY, INTERVAL 1 HOUR) AS x, toTypeName(x);
SELECT toDate('2020-01-31') + (INTERVAL 1 MONTH, INTERVAL 1 DAY) AS x, toTypeName(x), toDate('2020-01-31') + (INTERVAL 1 DAY, INTERVAL 1 MONTH), toDate('2020-01-31') - (INTERVAL 1 MONTH, INTERVAL 1 DAY);
SELECT toDate('2020-01-31') + (INTERVAL 1 HOUR,) AS x, toTypeName(x);
SELECT toDate32('2020-01-01') - (INTERVAL 1 YEAR, INTERVAL 1 WEEK, INTERVAL 1 QUARTER) AS x, toTypeName(x);
SELECT addTupleOfIntervals(toDateTime64('2020-01-01 00:00:00.5', 1, 'UTC'), (INTERVAL 1 MILLISECOND, INTERVAL 2 YEAR)) AS x, toTypeName(x), subtractTupleOfIntervals(toDate('2020-01-01'), (INTERVAL 1 DAY,));
SELECT (INTERVAL 1 DAY, INTERVAL 1 HOUR) + toDateTime('2020-01-01 00:00:00', 'UTC'), toDate('2020-01-31') + (1, 2);
SELECT toDate('2020-01-01') + number + (INTERVAL number DAY, INTERVAL 1 MONTH) FROM numbers(3);
SELECT toDateTime('2020-01-01 00:00:00', 'UTC') + (INTERVAL 1 DAY, INTERVAL 1 HOUR) + (INTERVAL 1 MINUTE,);
SELECT toDateTime('2020-01-01 00:00:00', 'UTC') + ((INTERVAL 1 DAY) + (INTERVAL 1 HOUR)), toDateTime('2020-01-01 00:00:00', 'UTC') + ((INTERVAL 1 DAY) - (INTERVAL 1 HOUR));
SELECT addTupleOfIntervals(toDate('2020-01-31'), ('a', INTERVAL 1 DAY)); -- { serverError ILLEGAL_TYPE_OF_ARGUMENT }
SELECT (INTERVAL 1 DAY, INTERVAL 1 HOUR) - toDate('2020-01-01'); -- { serverError ILLEGAL_TYPE_OF_ARGUMENT }
SELECT addTupleOfIntervals(1, (INTERVAL 1 DAY,)); -- { serverError ILLEGAL_TYPE_OF_ARGUMENT }
SELECT addTupleOfIntervals(toDate('2020-01-01'), INTERVAL 1 DAY); -- { serverError ILLEGAL_TYPE_OF_ARGUMENT }
SELECT addTupleOfIntervals(toDate('2020-01-01')); -- { serverError NUMBER_OF_ARGUMENTS_DOESNT_MATCH }
