-- Interval values (toIntervalDay(3), INTERVAL 5 MINUTE), their arithmetic with dates and
-- times, dateAdd/dateSub/dateDiff with a bare unit keyword, toStartOfInterval and date_trunc.
SELECT INTERVAL 5 MINUTE, toIntervalDay(3), toTypeName(toIntervalDay(3)), INTERVAL '2 day', INTERVAL '3' HOUR FORMAT TSVWithNamesAndTypes;
SELECT toIntervalSecond(1.9), toIntervalYear('4'), toTypeName(toIntervalMillisecond(1)), toTypeName(toIntervalQuarter(1));
SELECT toIntervalDay(NULL), toTypeName(toIntervalWeek(CAST(NULL, 'Nullable(Int32)')));
SELECT toIntervalDay('x'); -- { serverError CANNOT_PARSE_TEXT }
SELECT toIntervalDay([1]); -- { serverError ILLEGAL_TYPE_OF_ARGUMENT }

-- Arithmetic: a literal interval, an interval column, either order; sums of two intervals are refused.
WITH toIntervalDay(1) AS i SELECT toDate('2020-01-01') + i, toDateTime('2020-01-01 00:00:00', 'UTC') - i;
SELECT toDate('2020-01-31') + toIntervalMonth(number), materialize(INTERVAL 1 HOUR) + toDateTime('2020-03-29 01:30:00', 'Europe/Berlin') FROM numbers(2);
SELECT INTERVAL 1 DAY - toDate('2020-01-01'); -- { serverError ILLEGAL_TYPE_OF_ARGUMENT }
SELECT toDate('2020-01-01') * INTERVAL 1 DAY; -- { serverError ILLEGAL_TYPE_OF_ARGUMENT }

-- dateAdd(DAY, 1, d) is d + INTERVAL 1 DAY (named so); dateDiff(DAY, a, b) is dateDiff('day', a, b).
SELECT dateAdd(DAY, 1, toDate('2020-01-01')), date_add(DAYS, 1, toDate('2020-01-01')), DATE_SUB(HOUR, 1, toDateTime('2020-01-01 00:00:00', 'UTC')), dateAdd(toDate('2020-01-01'), INTERVAL 1 WEEK), timestamp_sub(SQL_TSI_MONTH, 1, toDate('2020-03-31')) FORMAT TSVWithNames;
SELECT dateDiff(DAY, toDate('2020-01-01'), toDate('2020-02-01')), date_diff(HOUR, toDateTime('2020-01-01 00:00:00', 'UTC'), toDateTime('2020-01-02 00:00:00', 'UTC')) FORMAT TSVWithNames;

-- toStartOfInterval: days and longer from Date, Date32, DateTime, DateTime64.
SELECT toStartOfInterval(toDateTime('2020-05-17 10:17:00', 'UTC'), INTERVAL 1 MONTH) a, toStartOfInterval(toDateTime('2020-05-17 10:17:00', 'UTC'), INTERVAL 2 DAY) b, toStartOfInterval(toDate('2020-05-17'), INTERVAL 2 DAY) c, toStartOfInterval(toDateTime64('2020-05-17 10:17:00.123', 3, 'UTC'), INTERVAL 1 YEAR) d, toStartOfInterval(toDate32('2020-05-17'), INTERVAL 1 WEEK) e FORMAT TSVWithNamesAndTypes;
SELECT toStartOfInterval(toDate('2020-05-17'), toIntervalYear(7)), toStartOfInterval(toDate('2020-05-17'), toIntervalMonth(7)), toStartOfInterval(toDate('2020-05-17'), toIntervalQuarter(3)), toStartOfInterval(toDate('2020-05-17'), toIntervalWeek(3)), toStartOfInterval(toDate('2020-05-17'), toIntervalDay(7));
-- Hours count from the local midnight, minutes and seconds from the epoch (Kathmandu is +05:45).
SELECT toStartOfInterval(toDateTime('2020-05-17 10:17:00', 'Asia/Kolkata'), toIntervalHour(5)), toStartOfInterval(toDateTime('2020-05-17 10:17:00', 'Asia/Kolkata'), toIntervalMinute(7)), toStartOfInterval(toDateTime('2020-05-17 10:17:00', 'Asia/Kolkata'), toIntervalSecond(7)), toStartOfInterval(toDateTime('2020-05-17 10:17:00', 'Asia/Kolkata'), toIntervalDay(5)), toStartOfInterval(toDateTime('2020-05-17 10:17:00', 'Asia/Kolkata'), toIntervalHour(48)), toStartOfInterval(toDateTime('2020-05-17 10:17:00', 'Asia/Kathmandu'), toIntervalMinute(60));
-- Across DST changes in Berlin: the skipped hour of March, the repeated hour of October.
SELECT toStartOfInterval(toDateTime('2021-03-28 03:17:00', 'Europe/Berlin'), INTERVAL 2 HOUR), toStartOfInterval(toDateTime('2021-10-31 02:47:00', 'Europe/Berlin'), INTERVAL 30 MINUTE), toStartOfInterval(toDateTime('2021-10-31 02:47:00', 'Europe/Berlin') + 3600, INTERVAL 2 HOUR);
SELECT toStartOfInterval(toDateTime('2020-05-17 10:17:00', 'UTC'), INTERVAL 1 DAY, 'Asia/Tokyo') AS t, toTypeName(t);
-- Finer than a second: DateTime64 of the finer scale, floored also before 1970.
SELECT toStartOfInterval(toDateTime64('1969-12-31 23:59:59.999', 3, 'UTC'), toIntervalMillisecond(7)) a, toStartOfInterval(toDateTime64('2020-05-17 10:17:33.123456', 6, 'UTC'), toIntervalMicrosecond(100)) b, toStartOfInterval(toDateTime64('2020-05-17 10:17:33.123', 3, 'UTC'), toIntervalNanosecond(100)) c FORMAT TSVWithNamesAndTypes;
SELECT toStartOfInterval(CAST(NULL, 'Nullable(DateTime)'), toIntervalDay(1)) AS t, toTypeName(t);
SELECT toStartOfInterval(toDateTime('2020-01-01 10:17:00', 'UTC') + number * 600, INTERVAL 15 MINUTE) AS t, count() FROM numbers(6) GROUP BY t ORDER BY t;
SELECT toStartOfInterval(toDateTime('2020-05-17 10:17:00', 'UTC'), INTERVAL 0 DAY); -- { serverError ARGUMENT_OUT_OF_BOUND }
SELECT toStartOfInterval(toDateTime('2020-05-17 10:17:00', 'UTC'), INTERVAL 1 MILLISECOND); -- { serverError ILLEGAL_TYPE_OF_ARGUMENT }
SELECT toStartOfInterval(toDate('2020-05-17'), INTERVAL 1 HOUR); -- { serverError ILLEGAL_TYPE_OF_ARGUMENT }
SELECT toStartOfInterval(toDateTime('2020-05-17 10:17:00', 'UTC'), 1); -- { serverError ILLEGAL_TYPE_OF_ARGUMENT }
SELECT toStartOfInterval('2020-05-17', toIntervalDay(1)); -- { serverError ILLEGAL_TYPE_OF_ARGUMENT }
SELECT toStartOfInterval(now(), toIntervalHour(number + 1)) FROM numbers(1); -- { serverError ILLEGAL_COLUMN }
SELECT toStartOfInterval(toDateTime('2020-05-17 10:17:00', 'UTC'), toIntervalDay(1), 'Bad/Zone'); -- { serverError BAD_ARGUMENTS }

-- date_trunc: Date/DateTime for the plain types, Date32/DateTime64 for the extended ones.
SELECT date_trunc('month', toDateTime('2020-05-17 10:17:00', 'UTC')) a, date_trunc('week', toDateTime64('2020-05-17 10:17:00.5', 3, 'UTC')) b, date_trunc('hour', toDateTime64('2020-05-17 10:17:00.5', 3, 'UTC')) c, date_trunc('day', toDate32('2020-05-17')) d, date_trunc('MONTH', toDate32('2020-05-17')) e, date_trunc('Quarter', toDate('2020-05-17')) f, date_trunc('day', toDate('2020-05-17')) g FORMAT TSVWithNamesAndTypes;
SELECT date_trunc('millisecond', toDateTime64('2020-05-17 10:17:00.1234', 4, 'UTC')) a, date_trunc('second', toDateTime64('2020-05-17 10:17:00.1234', 4, 'UTC')) b, dateTrunc('DAY', toDateTime('2020-05-17 10:17:33', 'UTC')) c, date_trunc('hour', toDateTime('2020-05-17 10:17:00', 'UTC'), 'Asia/Kolkata') d FORMAT TSVWithNamesAndTypes;
SELECT date_trunc('fortnight', now()); -- { serverError BAD_ARGUMENTS }
SELECT date_trunc('hour', toDate('2020-05-17')); -- { serverError ILLEGAL_TYPE_OF_ARGUMENT }
SELECT date_trunc(materialize('day'), toDate('2020-05-17')); -- { serverError ILLEGAL_TYPE_OF_ARGUMENT }

-- timeSlots(start, duration[, size]).
SELECT timeSlots(toDateTime('2012-01-01 12:20:00', 'UTC'), toUInt32(600)), timeSlots(toDateTime('1980-12-12 21:01:02', 'UTC'), toUInt32(600), 299);
SELECT timeSlots(toDateTime('2012-01-01 12:20:00', 'UTC'), toUInt32(number * 1000), 1000) FROM numbers(3);
SELECT timeSlots(toDateTime('2012-01-01 12:20:00', 'UTC'), toUInt32(600), 0); -- { serverError ILLEGAL_COLUMN }
SELECT timeSlots(toDateTime('2012-01-01 12:20:00', 'UTC'), 600); -- { serverError ILLEGAL_TYPE_OF_ARGUMENT }
