-- Date and time functions on Date, DateTime and DateTime64 in UTC: conversion, truncation,
-- calendar parts and dateDiff.
SELECT toDate('2026-02-23'), toDateTime('2026-02-23 12:34:56', 'UTC'), toDateTime64('2026-02-23 12:34:56.789', 3, 'UTC');
SELECT toTypeName(toDate('2026-02-23')), toTypeName(toDateTime('2026-02-23 12:34:56', 'UTC')), toTypeName(toDateTime64('2026-02-23 12:34:56', 3, 'UTC'));
SELECT toDate(toDateTime64('2026-02-23 23:59:59.999', 3, 'UTC'));
SELECT toDateTime64('2026-02-23 12:00:00', 3, 'UTC'), toDateTime64('2026-02-23 12:00:00', 6, 'UTC'), toDateTime64('2026-02-23 12:00:00', 0, 'UTC');
SELECT toYYYYMM(toDate('2026-02-23')), toYYYYMM(toDateTime64('2026-12-31 23:59:59.999', 3, 'UTC')), toYYYYMMDD(toDate('2026-02-23'));
SELECT toYear(toDate('2026-02-23')), toMonth(toDate('2026-02-23')), toDayOfMonth(toDate('2026-02-23')), toHour(toDateTime('2026-02-23 12:34:56', 'UTC')), toMinute(toDateTime('2026-02-23 12:34:56', 'UTC')), toSecond(toDateTime('2026-02-23 12:34:56', 'UTC'));
-- Truncation keeps the argument's time zone; toStartOfHour/Day of a DateTime64 return DateTime.
WITH toDateTime('2026-02-25 13:45:12', 'UTC') AS t
SELECT toStartOfHour(t), toStartOfDay(t), toStartOfWeek(t), toStartOfMonth(t);
WITH toDateTime64('2026-02-25 13:45:12.345', 3, 'UTC') AS t
SELECT toStartOfHour(t), toStartOfDay(t), toStartOfMonth(t), toTypeName(toStartOfHour(t));
SELECT toStartOfMonth(toDate('2026-02-23')), toStartOfWeek(toDate('2026-02-23')), toTypeName(toStartOfMonth(toDate('2026-02-23')));
-- toDayOfWeek modes: 0 (default) Monday = 1 .. Sunday = 7; 1 Monday = 0; 2 Sunday = 0; 3 Sunday = 1.
SELECT d, toDayOfWeek(d), toDayOfWeek(d, 1), toDayOfWeek(d, 2), toDayOfWeek(d, 3) FROM (SELECT toDate('2026-02-21') + number AS d FROM numbers(7)) ORDER BY d;
-- toStartOfWeek: even modes (default 0) start weeks on Sunday, odd modes on Monday.
SELECT d, toStartOfWeek(d), toStartOfWeek(d, 0), toStartOfWeek(d, 1), toStartOfWeek(d, 2), toStartOfWeek(d, 3) FROM (SELECT toDate('2026-02-21') + number AS d FROM numbers(9)) ORDER BY d;
SELECT toStartOfWeek(toDate('2026-01-01'), 1), toStartOfWeek(toDate('2026-01-01'));
-- dateDiff counts unit boundaries crossed, not elapsed whole units.
SELECT dateDiff('day', toDate('2026-02-01'), toDate('2026-03-01')), dateDiff('month', toDate('2026-01-31'), toDate('2026-02-01')), dateDiff('year', toDate('2025-12-31'), toDate('2026-01-01'));
SELECT dateDiff('second', toDateTime('2026-02-23 12:00:00', 'UTC'), toDateTime('2026-02-23 12:01:30', 'UTC')), dateDiff('minute', toDateTime('2026-02-23 12:00:59', 'UTC'), toDateTime('2026-02-23 12:01:00', 'UTC')), dateDiff('hour', toDateTime('2026-02-23 12:00:00', 'UTC'), toDateTime('2026-02-23 10:00:00', 'UTC'));
SELECT dateDiff('week', toDate('2026-02-01'), toDate('2026-02-23')), dateDiff('day', toDateTime64('2026-02-23 23:59:59.999', 3, 'UTC'), toDateTime64('2026-02-24 00:00:00.000', 3, 'UTC'));
SELECT dateDiff('second', toDateTime64('2026-02-23 12:00:00.000', 3, 'UTC'), toDateTime64('2026-02-23 12:00:02.500', 3, 'UTC'));
-- Date arithmetic.
SELECT toDate('2026-02-28') + 1, toDate('2026-03-01') - 1, toDate('2024-02-28') + 1, toDate('2026-03-01') - toDate('2026-02-01');
SELECT toDateTime('2026-02-23 23:59:59', 'UTC') + 1, toDateTime('2026-02-23 00:00:00', 'UTC') - 1;
-- Edges of the Date range and bad input.
SELECT toDate('1970-01-01'), toDate('2149-06-06'), toDate32('1900-01-01'), toDate32('2299-12-31');
SELECT toDate('not a date'); -- { serverError CANNOT_PARSE_DATE }
SELECT toDateTime('yesterday noon', 'UTC'); -- { serverError CANNOT_PARSE_DATETIME }
SELECT dateDiff('fortnight', toDate('2026-02-01'), toDate('2026-02-23')); -- { serverError BAD_ARGUMENTS }
SELECT toStartOfHour(1); -- { serverError ILLEGAL_TYPE_OF_ARGUMENT }
