-- AggregateFunction(f[(params)], T...): the type of -State results. Names print as ClickHouse's,
-- and states are in ClickHouse's binary format (hex shows the bytes; TSV writes them escaped).
SELECT toTypeName(uniqState(number)), toTypeName(sumState(toNullable(number))), toTypeName(quantilesState(0.5, 0.9)(toFloat64(number))),
    toTypeName(argMinState(toString(number), toDateTime64(number, 3, 'UTC'))) FROM numbers(1);
SELECT toTypeName(quantileState(0.9)(number)), toTypeName(uniqCombinedState(12)(number)), toTypeName(groupArrayState(10)(number)),
    toTypeName(sumIfState(number, number > 5)), toTypeName(countState()) FROM numbers(3);

-- the bytes of each function's state
SELECT hex(countState()), hex(sumState(number)), hex(avgState(number)), hex(sumState(toNullable(number))), hex(minState(number)),
    hex(anyState(toString(number))), hex(argMinState(toString(number), number)) FROM numbers(10);
SELECT hex(uniqState(number)), hex(uniqHLL12State(number)), hex(uniqCombinedState(number)) FROM numbers(10);
SELECT hex(groupArrayState(number)), hex(quantileState(number)), hex(quantileExactState(number)), hex(groupArrayState(toString(number))),
    hex(argMaxState(number, toString(number))), hex(maxState(toString(number))) FROM numbers(10);
SELECT hex(avgState(toFloat64(number))), hex(avgState(toDecimal64(number, 2))), hex(sumState(toDecimal64(number, 2))),
    hex(minState(toDateTime64(number, 3))), hex(anyState(toFixedString('ab', 2))), hex(anyState(toUUID('00000000-0000-0000-0000-000000000001')))
    FROM numbers(10);
SELECT hex(argMinState(toFixedString(toString(number), 2), toDateTime64(number, 3, 'UTC'))), hex(uniqCombinedState(12)(number)),
    hex(windowFunnelState(10)(toDateTime(number, 'UTC'), number = 1, number = 2)), hex(anyLastState(number)), hex(medianState(number)),
    hex(countState(number)) FROM numbers(10);
-- states of no rows
SELECT hex(minState(toString(number))), hex(sumState(toFloat64(number))), hex(avgState(toNullable(number))), hex(argMaxState(toString(number), number))
    FROM numbers(0);

-- text formats write the raw state bytes as a string of the format
SELECT sumState(number), countState() FROM numbers(300) FORMAT TSV;
SELECT sumState(number) AS s FROM numbers(3) FORMAT JSONEachRow;

-- a table column of the type, written in parts and read back in every format
CREATE TABLE states (k UInt8, u AggregateFunction(uniq, UInt64), q AggregateFunction(quantiles(0.5, 0.9), Float64),
    a AggregateFunction(argMin, String, DateTime64(3, 'UTC'))) ENGINE = MergeTree ORDER BY k;
INSERT INTO states SELECT number % 2, uniqState(number), quantilesState(0.5, 0.9)(toFloat64(number)),
    argMinState(toString(number), toDateTime64(1000 - number, 3, 'UTC')) FROM numbers(100) GROUP BY number % 2;
SELECT k, finalizeAggregation(u), finalizeAggregation(q), finalizeAggregation(a) FROM states ORDER BY k;
SELECT name, type FROM system.columns WHERE database = currentDatabase() AND table = 'states' ORDER BY name;
-- INSERT ... SELECT copies the states into another table's parts
CREATE TABLE copies AS states;
INSERT INTO copies SELECT * FROM states;
SELECT k, finalizeAggregation(u), finalizeAggregation(q), finalizeAggregation(a) FROM copies ORDER BY k;
SELECT k, hex(u) = hex(u2) FROM (SELECT k, u FROM states) AS s JOIN (SELECT k, u AS u2 FROM copies) AS c USING k ORDER BY k;

-- types that are not valid
CREATE TABLE bad (s AggregateFunction()) ENGINE = Memory; -- { serverError NUMBER_OF_ARGUMENTS_DOESNT_MATCH }
CREATE TABLE bad (s AggregateFunction(nosuch, UInt64)) ENGINE = Memory; -- { serverError UNKNOWN_AGGREGATE_FUNCTION }
CREATE TABLE bad (s AggregateFunction(quantiles(x), UInt64)) ENGINE = Memory; -- { serverError BAD_ARGUMENTS }
CREATE TABLE bad (s AggregateFunction(sum, String)) ENGINE = Memory; -- { serverError ILLEGAL_TYPE_OF_ARGUMENT }
-- states convert only to the same function's type
SELECT CAST(sumState(number) AS AggregateFunction(sum, UInt32)) FROM numbers(2); -- { serverError CANNOT_CONVERT_TYPE }
SELECT toTypeName(CAST(sumState(number) AS AggregateFunction(sum, UInt64))) FROM numbers(2);
SELECT CAST(1 AS AggregateFunction(sum, UInt64)); -- { serverError CANNOT_CONVERT_TYPE }
