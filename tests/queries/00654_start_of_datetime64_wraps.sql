-- toStartOfDay/Hour/Minute/FiveMinutes/TenMinutes/FifteenMinutes of a DateTime64 return a
-- DateTime cut to 32 bits, so a start before 1970 or after 2106 wraps around, as in ClickHouse;
-- from a Date32 the result saturates, and within range nothing changes.
WITH toDateTime64('1950-01-01 10:11:12', 0, 'UTC') AS t SELECT toStartOfDay(t), toStartOfHour(t), toStartOfMinute(t), toStartOfFiveMinutes(t), toStartOfTenMinutes(t), toStartOfFifteenMinutes(t);
WITH toDateTime64('2200-01-01 10:11:12.5', 1, 'UTC') AS t SELECT toStartOfDay(t), toStartOfHour(t), toStartOfMinute(t), toStartOfFifteenMinutes(t);
-- The whole seconds are truncated toward zero here, unlike toSecond's floor.
WITH toDateTime64('1969-12-31 23:59:59.9', 1, 'UTC') AS t SELECT toStartOfMinute(t), toStartOfDay(t, 'Asia/Tokyo'), toSecond(t);
WITH toDateTime64('1969-12-31 23:58:59.9', 1, 'UTC') AS t SELECT toStartOfMinute(t), toMinute(t), toSecond(t);
WITH toDateTime64('1900-01-01 00:00:00', 0, 'UTC') - 100 AS t SELECT toStartOfDay(t), toStartOfMinute(t);
WITH toDateTime64('2024-05-19 10:11:12.345', 3, 'Europe/Berlin') AS t SELECT toStartOfDay(t), toStartOfHour(t), toStartOfMinute(t), toStartOfTenMinutes(t);
SELECT toStartOfDay(toDate32('1950-01-01')), toStartOfDay(toDate32('2200-01-01')), toStartOfDay(toDateTime('1970-01-01 00:00:10', 'UTC'));
