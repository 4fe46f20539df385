-- ISO weeks and years, day of year, last day of month (LAST_DAY)
SELECT d, toISOWeek(d), toISOYear(d), toDayOfYear(d), toLastDayOfMonth(d), LAST_DAY(d) FROM (SELECT arrayJoin([toDate('2020-12-31'), toDate('2021-01-03'), toDate('2021-01-04'), toDate('2024-02-10'), toDate('2027-01-01'), toDate('1970-01-01')]) AS d);
SELECT toISOWeek(toDate32('1900-01-01')), toISOYear(toDate32('1900-01-01')), toLastDayOfMonth(toDate32('2100-02-10')), DAYOFYEAR(toDate('2020-12-31'));
SELECT toISOWeek(toDateTime('2021-01-03 23:30:00', 'UTC'), 'Asia/Tokyo'), toDayOfYear(toDateTime('2020-12-31 20:00:00', 'UTC'), 'Asia/Tokyo'), toLastDayOfMonth(toDateTime64('2021-04-30 23:00:00', 3, 'UTC'), 'Europe/Berlin');
SELECT toISOWeek('2021-01-01'); -- { serverError ILLEGAL_TYPE_OF_ARGUMENT }
SELECT toLastDayOfMonth(); -- { serverError NUMBER_OF_ARGUMENTS_DOESNT_MATCH }

-- makeDate, makeDate32, makeDateTime, makeDateTime64
SELECT makeDate(2023, 2, 28), makeDate(2023, 2, 30), makeDate(2023, 13, 1), makeDate(2023, 1, 0), makeDate(1969, 1, 1), makeDate(2150, 1, 1), makeDate(2023.7, 2.9, 1);
SELECT makeDate(2023, 1), makeDate(2023, 365), makeDate(2024, 366), makeDate(2023, 0), makeDate32(1900, 1, 1), makeDate32(1899, 12, 31), makeDate32(2299, 12, 31), makeDate32(2023, 40);
SELECT makeDate(number + 2020, number + 1, number * 10 + 1) FROM numbers(4);
SELECT makeDate(toNullable(2023), 1, 1), makeDate(NULL, 1, 1);
SELECT makeDateTime(2023, 2, 28, 17, 12, 33, 'UTC'), makeDateTime(2023, 2, 28, 25, 12, 33, 'UTC'), makeDateTime(2023, 1, 1, 99, 0, 0, 'UTC'), makeDateTime(2023, 1, 1, 100, 0, 0, 'UTC'), makeDateTime(2023, 1, 1, 0, 0, -1, 'UTC');
SELECT makeDateTime(2200, 1, 1, 0, 0, 0, 'UTC'), makeDateTime(1960, 1, 1, 0, 0, 0, 'UTC'), makeDateTime(2023, 13, 1, 0, 0, 0, 'Asia/Tokyo');
-- 02:30 does not exist on this day in Berlin (DST starts), 02:30 on 2021-10-31 happens twice
SELECT makeDateTime(2021, 3, 28, 2, 30, 0, 'Europe/Berlin'), makeDateTime(2021, 10, 31, 2, 30, 0, 'Europe/Berlin'), toUnixTimestamp(makeDateTime(2021, 10, 31, 2, 30, 0, 'Europe/Berlin'));
SELECT makeDateTime64(2023, 5, 15, 10, 30, 45, 779, 5, 'UTC'), makeDateTime64(2023, 5, 15, 10, 30, 45, 779, 3, 'Asia/Tokyo'), makeDateTime64(2023, 1, 1, 0, 0, 0, 12345, 3, 'UTC'), makeDateTime64(2023, 1, 1, 0, 0, 0, -5, 3, 'UTC'), makeDateTime64(2023, 1, 1, 0, 0, 0, 7, 0, 'UTC');
SELECT makeDateTime64(1899, 1, 1, 0, 0, 0, 5, 3, 'UTC'), makeDateTime64(2300, 1, 1, 0, 0, 0, 0, 3, 'UTC'), makeDateTime64(2023, 13, 1, 0, 0, 0, 5, 3, 'Asia/Tokyo');
SELECT toTypeName(makeDateTime64(2023, 5, 15, 10, 30, 45)), toTypeName(makeDateTime(2023, 5, 15, 10, 30, 45, 'Asia/Tokyo'));
SELECT makeDate(2023); -- { serverError NUMBER_OF_ARGUMENTS_DOESNT_MATCH }
SELECT makeDate('2023', 1, 1); -- { serverError ILLEGAL_TYPE_OF_ARGUMENT }
SELECT makeDateTime(2023, 1, 1, 0, 0); -- { serverError NUMBER_OF_ARGUMENTS_DOESNT_MATCH }
SELECT makeDateTime(2023, 1, 1, 0, 0, 0, 5); -- { serverError ILLEGAL_TYPE_OF_ARGUMENT }
SELECT makeDateTime(2023, 1, 1, 0, 0, 0, materialize('UTC')); -- { serverError ILLEGAL_COLUMN }
SELECT makeDateTime64(2023, 1, 1, 0, 0, 0, 0, 10); -- { serverError ARGUMENT_OUT_OF_BOUND }
SELECT makeDateTime64(2023, 1, 1, 0, 0, 0, 0, materialize(3)); -- { serverError ILLEGAL_COLUMN }

-- age: whole units elapsed (dateDiff counts boundaries)
SELECT age('month', toDate('2021-01-31'), toDate('2021-02-28')), dateDiff('month', toDate('2021-01-31'), toDate('2021-02-28')), age('month', toDate('2021-03-31'), toDate('2021-01-31')), age('month', toDate('2021-02-28'), toDate('2021-01-31'));
SELECT age('year', toDate('2020-02-29'), toDate('2021-02-28')), age('year', toDate('2020-02-29'), toDate('2021-03-01')), age('year', toDate('2021-06-01'), toDate('2019-06-02')), age('yy', toDate32('1950-01-01'), toDate32('2100-01-01'));
SELECT age('quarter', toDate('2021-03-15'), toDate('2021-04-15')), age('quarter', toDate('2021-01-15'), toDate('2021-04-15')), age('week', toDate('2021-01-02'), toDate('2021-01-04')), age('week', toDate('2021-01-03'), toDate('2021-01-10')), age('week', toDate('2021-01-10'), toDate('2021-01-03'));
SELECT age('day', toDateTime('2021-01-01 10:00:00', 'UTC'), toDateTime('2021-01-02 09:00:00', 'UTC')), age('day', toDateTime('2021-01-02 09:00:00', 'UTC'), toDateTime('2021-01-01 10:00:00', 'UTC')), age('hour', toDateTime('2021-01-01 10:30:00', 'UTC'), toDateTime('2021-01-01 11:29:59', 'UTC')), age('minute', toDateTime('2021-01-01 10:30:30', 'UTC'), toDateTime('2021-01-01 10:32:29', 'UTC'));
SELECT age('second', toDateTime64('2021-01-01 00:00:00.9', 1, 'UTC'), toDateTime64('2021-01-01 00:00:01.1', 1, 'UTC')), age('millisecond', toDateTime64('2021-01-01 00:00:00.9', 1, 'UTC'), toDateTime64('2021-01-01 00:00:01.1', 1, 'UTC')), age('microsecond', toDateTime64('2021-01-01 00:00:00.000001', 6, 'UTC'), toDateTime64('2021-01-01 00:00:00.000003', 6, 'UTC')), age('ns', toDateTime64('2021-01-01 00:00:00.9', 1, 'UTC'), toDateTime64('2021-01-01 00:00:01.1', 1, 'UTC'));
-- across the DST change in Berlin: 01:30 CET to 03:10 CEST is 40 minutes
SELECT age('hour', toDateTime('2021-03-28 01:30:00', 'Europe/Berlin'), toDateTime('2021-03-28 03:10:00', 'Europe/Berlin')), age('minute', toDateTime('2021-03-28 01:30:00', 'Europe/Berlin'), toDateTime('2021-03-28 03:10:00', 'Europe/Berlin')), age('day', toDateTime('2021-03-27 12:00:00', 'Europe/Berlin'), toDateTime('2021-03-28 11:30:00', 'Europe/Berlin')), age('day', toDateTime('2021-03-27 12:00:00', 'Europe/Berlin'), toDateTime('2021-03-28 12:00:00', 'Europe/Berlin'));
SELECT age('day', toDateTime('2021-01-01 23:00:00', 'UTC'), toDateTime('2021-01-03 01:00:00', 'UTC'), 'Asia/Tokyo'), age('month', d, d + number) FROM (SELECT toDate('2021-01-31') AS d, number FROM numbers(3)) ORDER BY number;
SELECT dateDiff('millisecond', toDateTime64('2021-01-01 00:00:00.9', 1, 'UTC'), toDateTime64('2021-01-01 00:00:01.1', 1, 'UTC')), dateDiff('us', toDateTime('2021-01-01 00:00:00', 'UTC'), toDateTime('2021-01-01 00:00:01', 'UTC'));
SELECT age('fortnight', toDate('2021-01-01'), toDate('2021-01-02')); -- { serverError BAD_ARGUMENTS }
SELECT age('day', toDate('2021-01-01')); -- { serverError NUMBER_OF_ARGUMENTS_DOESNT_MATCH }
SELECT age('day', 1, toDate('2021-01-01')); -- { serverError ILLEGAL_TYPE_OF_ARGUMENT }

-- add/subtract milliseconds, microseconds, nanoseconds: DateTime64 of at least the unit's scale
SELECT addMilliseconds(toDateTime('2020-01-01 00:00:00', 'UTC'), 1500), addMicroseconds(toDateTime64('2020-01-01 00:00:00.123', 3, 'UTC'), 1), subtractMilliseconds(toDateTime64('2020-01-01 00:00:00.123456', 6, 'UTC'), 1), addMilliseconds(toDateTime64('2020-01-01 00:00:00.123456789', 9, 'UTC'), 1), addNanoseconds(toDateTime64('2020-01-01 00:00:00', 0, 'UTC'), -1);
SELECT subtractNanoseconds(toDateTime('2020-01-01 00:00:00', 'Asia/Tokyo'), 1), subtractMicroseconds(toDateTime64('1970-01-01 00:00:00', 6, 'UTC'), 1), addMilliseconds(toDateTime64('2020-01-01 00:00:00', 3, 'UTC'), number) FROM numbers(2);
SELECT toTypeName(addMilliseconds(toDateTime('2020-01-01 00:00:00', 'Asia/Tokyo'), 1)), toTypeName(addMicroseconds(toDateTime64('2020-01-01 00:00:00', 9), 1)), addMilliseconds(NULL, 1);
SELECT addMilliseconds(toDate('2020-01-01'), 1); -- { serverError ILLEGAL_TYPE_OF_ARGUMENT }
SELECT addNanoseconds(toDate32('2020-01-01'), 1); -- { serverError ILLEGAL_TYPE_OF_ARGUMENT }
SELECT addMilliseconds(toDateTime('2020-01-01 00:00:00'), 'a'); -- { serverError ILLEGAL_TYPE_OF_ARGUMENT }
