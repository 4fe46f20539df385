-- Aggregate states from a client are checked before anything is allocated for them.
SELECT finalizeAggregation(CAST(unhex('0000000000000020') AS AggregateFunction(sumForEach, Array(UInt64)))); -- { serverError TOO_LARGE_ARRAY_SIZE }
SELECT finalizeAggregation(CAST(unhex('808080808020') AS AggregateFunction(groupArrayInsertAt, UInt64, UInt64))); -- { serverError TOO_LARGE_ARRAY_SIZE }
SELECT finalizeAggregation(sumForEachState([1, 2, 3])), finalizeAggregation(groupArrayInsertAtState(toUInt64(5), toUInt64(2)));
-- -Distinct over strings: a value cut short is an error, not a read past the state.
SELECT finalizeAggregation(CAST(unhex('0105ab') AS AggregateFunction(groupArrayDistinct, String))); -- { serverError CANNOT_READ_ALL_DATA }
SELECT arraySort(finalizeAggregation(CAST(unhex(hex(groupArrayDistinctState(toString(number % 3)))) AS AggregateFunction(groupArrayDistinct, String)))) FROM numbers(10);
SELECT finalizeAggregation(CAST(unhex(hex(countDistinctState(toString(number % 4), number % 2))) AS AggregateFunction(countDistinct, String, UInt64))) FROM numbers(10);
