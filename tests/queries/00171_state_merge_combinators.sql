-- -State returns the state of an aggregate, -Merge finishes states, -MergeState merges states
-- into a state; finalizeAggregation and initializeAggregation do it per row.
SELECT toTypeName(uniqMergeState(s)), toTypeName(uniqMerge(s)), toTypeName(sumMergeState(t)), uniqMerge(s), sumMerge(t)
    FROM (SELECT uniqState(number) AS s, sumState(number) AS t FROM numbers(10));
-- states of groups merged across groups
SELECT uniqMerge(s), sumMerge(t), avgMerge(a), quantilesMerge(0.5, 0.9)(q), argMinMerge(m)
    FROM (SELECT number % 7 AS k, uniqState(number % 13) AS s, sumState(number) AS t, avgState(number) AS a,
        quantilesState(0.5, 0.9)(number) AS q, argMinState(toString(number), number) AS m FROM numbers(1000) GROUP BY k);
SELECT uniq(number % 13), sum(number), avg(number), quantiles(0.5, 0.9)(number), argMin(toString(number), number) FROM numbers(1000);
-- -MergeState: partial states merged into bigger ones, then finished
SELECT k % 2 AS kk, finalizeAggregation(uniqMergeState(s)), sumMerge(t) FROM (
    SELECT number % 6 AS k, uniqState(number) AS s, sumState(number) AS t FROM numbers(100) GROUP BY k) GROUP BY kk ORDER BY kk;
SELECT number % 2 AS kk, uniq(number), sum(number) FROM numbers(100) GROUP BY kk ORDER BY kk;
-- levels of quantiles only choose what is reported
SELECT quantilesMerge(0.5)(s), quantileMerge(s) FROM (SELECT quantilesState(0.5, 0.9)(number) AS s FROM numbers(10));

-- -State with other combinators, in either order, and over Nullable arguments
SELECT hex(s), toTypeName(s), finalizeAggregation(s) FROM (SELECT sumIfState(number, number > 5) AS s FROM numbers(10));
SELECT sumIfMerge(s) FROM (SELECT number % 3 AS k, sumIfState(number, number > 5) AS s FROM numbers(10) GROUP BY k);
SELECT toTypeName(sumStateIf(number, number > 5)), finalizeAggregation(sumStateIf(number, number > 5)) FROM numbers(10);
SELECT toTypeName(s), hex(s), finalizeAggregation(s) FROM (SELECT sumState(if(number = 1, NULL, number)) AS s FROM numbers(3));
SELECT hex(sumState(CAST(NULL, 'Nullable(UInt64)'))), toTypeName(countState(toNullable(number))), hex(countState(toNullable(number))) FROM numbers(3);
SELECT sumMerge(s) FROM (SELECT sumState(toNullable(number)) AS s FROM numbers(3) WHERE number > 10);

-- finalizeAggregation and initializeAggregation
SELECT finalizeAggregation(s), toTypeName(finalizeAggregation(s)) FROM (SELECT sumState(number) AS s FROM numbers(10));
SELECT toTypeName(initializeAggregation('sumState', number)), finalizeAggregation(initializeAggregation('uniqState', number)),
    initializeAggregation('sum', number) FROM numbers(3);
SELECT hex(initializeAggregation('sumState', toNullable(number))), toTypeName(initializeAggregation('argMaxState', 'a', number)) FROM numbers(2);
SELECT uniqMerge(s) FROM (SELECT initializeAggregation('uniqState', number % 5) AS s FROM numbers(100));

-- errors
SELECT uniqMerge(s) FROM (SELECT sumState(number) AS s FROM numbers(3)); -- { serverError ILLEGAL_TYPE_OF_ARGUMENT }
SELECT sumMerge(number) FROM numbers(3); -- { serverError ILLEGAL_TYPE_OF_ARGUMENT }
SELECT uniqCombinedMerge(s) FROM (SELECT uniqCombinedState(12)(number) AS s FROM numbers(10)); -- { serverError ILLEGAL_TYPE_OF_ARGUMENT }
SELECT finalizeAggregation(number) FROM numbers(3); -- { serverError ILLEGAL_TYPE_OF_ARGUMENT }
SELECT finalizeAggregation(); -- { serverError NUMBER_OF_ARGUMENTS_DOESNT_MATCH }
SELECT initializeAggregation('sumState'); -- { serverError BAD_ARGUMENTS }
SELECT initializeAggregation(toString(number), number) FROM numbers(2); -- { serverError ILLEGAL_TYPE_OF_ARGUMENT }
SELECT initializeAggregation('nosuch', 2); -- { serverError UNKNOWN_AGGREGATE_FUNCTION }
SELECT sumState(number) + 1 FROM numbers(2); -- { serverError ILLEGAL_TYPE_OF_ARGUMENT }
