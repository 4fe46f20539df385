-- A DateTime64 before 1900-01-01 or after 2299-12-31 (reached by arithmetic) prints its real
-- calendar date and clock time in every format, and its parts read the same way, instead of
-- clock times such as 46:26:36 on the table's edge day. Parsing still clamps the year to 1900..2299.
SELECT toDateTime64('1900-01-01 00:00:00', 3, 'UTC') - 100 AS t, toYear(t), toMonth(t), toDayOfMonth(t), toHour(t), toMinute(t), toSecond(t), toMillisecond(t), toString(t), formatDateTime(t, '%F %T');
SELECT toDateTime64('1900-01-01 00:00:00.25', 2, 'UTC') - toIntervalMillisecond(500) AS t, toSecond(t), toMillisecond(t);
SELECT toDateTime64('2299-12-31 23:59:59', 3, 'UTC') + 100 AS t, toYear(t), toHour(t), toMinute(t), toSecond(t), toString(t), formatDateTime(t, '%F %T');
SELECT toDateTime64('1900-01-01 00:00:00', 0, 'UTC') - 86400 * 365 AS t, toYear(t), toDayOfWeek(t), toYYYYMMDD(t);
SELECT toDateTime64('1900-01-01 00:00:00', 3, 'Europe/Berlin') - 100 AS t, toYear(t), toHour(t), toMinute(t), toSecond(t);
SELECT toDateTime64('1900-01-01 00:00:00', 3, 'UTC') - 100 AS t FORMAT CSV;
SELECT toDateTime64('1900-01-01 00:00:00', 3, 'UTC') - 100 AS t FORMAT JSONEachRow;
SELECT toDateTime64('1900-01-01 00:00:00', 3, 'UTC') - 100 AS t FORMAT Values;
-- 24.x reads a year before 1900 as 1900, keeping the rest (26.7 reads it as written).
SELECT toDateTime64('1899-12-31 23:59:00', 0, 'UTC'), toDateTime64('1900-01-01 00:00:01', 3, 'UTC'), toDateTime64('2299-12-31 23:59:59', 0, 'UTC');
SELECT arrayMap(x -> toDateTime64('1900-01-01 00:00:00', 0, 'UTC') - x, [1, 60, 3600, 86400]);
-- Date32 keeps to its range, as 24.x (26.7 gives 1899-12-31 and 2300-01-01).
SELECT toDate32(toDateTime64('1900-01-01 00:00:00', 0, 'UTC') - 1), toDate32(toDateTime64('2299-12-31 23:59:59', 0, 'UTC') + 1);
