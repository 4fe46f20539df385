-- Aggregate states from a client are checked before anything is allocated for them.
SELECT finalizeAggregation(CAST(unhex('0000000000000020') AS AggregateFunction(sumForEach, Array(UInt64)))); -- { serverError TOO_LARGE_ARRAY_SIZE }
SELECT finalizeAggregation(CAST(unhex('808080808020') AS AggregateFunction(groupArrayInsertAt, UInt64, UInt64))); -- { serverError TOO_LARGE_ARRAY_SIZE }
SELECT finalizeAggregation(sumForEachState([1, 2, 3])), finalizeAggregation(groupArrayInsertAtState(toUInt64(5), toUInt64(2)));
