-- A number of seconds converted to DateTime64 (toDateTime64, CAST) saturates at DateTime64's
-- range, 1900-01-01 00:00:00 .. 2299-12-31 23:59:59 UTC, as ClickHouse 24.x does (26.7 no longer
-- does; this reference follows 24.x). A Decimal keeps its value.
SELECT toDateTime64(-2300000000, 0, 'UTC'), toDateTime64(-3000000000, 3, 'UTC'), toDateTime64(-2208988800, 0, 'UTC'), toDateTime64(-2208988801, 0, 'UTC');
SELECT toDateTime64(20000000000, 0, 'UTC'), toDateTime64(10413791999, 0, 'UTC'), toDateTime64(toUInt64(20000000000), 2, 'UTC'), toDateTime64(1e12, 2, 'UTC');
SELECT toDateTime64(-2300000000.5, 1, 'UTC'), toDateTime64(-1.5, 1, 'UTC'), toDateTime64(1700000000, 3, 'UTC'), CAST(-5000000000 AS DateTime64(3, 'UTC'));
SELECT toDateTime64(number * -1000000000, 0, 'UTC') FROM numbers(4);
SELECT toDateTime64(toDecimal64(-2300000000.5, 1), 1, 'UTC');
