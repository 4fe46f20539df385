-- Rounding times down in zones whose offsets are not whole hours, and near 1970, as ClickHouse:
-- minute steps count from the unix epoch where every offset is whole minutes (Asia/Kathmandu,
-- +05:45: ten-minute steps end in 5), hours and odd seconds from the local day's start where
-- offsets are not whole hours (after Lord Howe's half-hour DST change the hour of 03:30 starts at
-- 03:30), and a DateTime's day that began before 1970 gives the next day's start.
SELECT toStartOfTenMinutes(toDateTime('2024-03-10 01:30:00', 'Asia/Kathmandu')), toStartOfFiveMinutes(toDateTime('2024-11-03 00:59:59', 'Asia/Kathmandu')), toStartOfFifteenMinutes(toDateTime('2024-11-03 00:59:59', 'Asia/Kathmandu'));
SELECT toStartOfTenMinutes(toDateTime('2024-09-29 02:45:00', 'Pacific/Chatham')), toStartOfTenMinutes(toDateTime64('2038-01-19 03:14:07', 3, 'Pacific/Chatham')), toStartOfMinute(toDateTime('2024-09-29 02:45:59', 'Asia/Kathmandu'));
SELECT toStartOfInterval(toDateTime('2024-09-29 02:45:00', 'Asia/Kathmandu'), INTERVAL 7 MINUTE), toStartOfInterval(toDateTime('2024-09-29 02:45:17', 'Asia/Kathmandu'), INTERVAL 13 SECOND), toStartOfInterval(toDateTime('2024-09-29 02:45:17', 'Asia/Kathmandu'), INTERVAL 120 SECOND);
SELECT toStartOfHour(toDateTime('2024-04-07 03:30:00', 'Australia/Lord_Howe')), toStartOfHour(toDateTime64('2024-04-07 03:30:00', 3, 'Australia/Lord_Howe')), date_trunc('hour', toDateTime64('2024-04-07 03:30:00', 3, 'Australia/Lord_Howe')), toStartOfInterval(toDateTime('2024-04-07 03:30:00', 'Australia/Lord_Howe'), INTERVAL 2 HOUR);
SELECT toStartOfHour(toDateTime('2024-04-07 01:45:00', 'Australia/Lord_Howe')), toStartOfHour(toDateTime('2024-03-10 03:30:00', 'America/New_York')), toStartOfHour(toDateTime('2024-11-03 01:30:00', 'America/New_York')), toStartOfHour(toDateTime('2024-06-01 10:59:00', 'Asia/Kolkata'));
SELECT toStartOfDay(toDateTime('1970-01-01 00:00:00', 'Asia/Kolkata')), toStartOfDay(toDateTime(0, 'America/New_York')), toStartOfDay(toDateTime(100, 'America/New_York')), toStartOfDay(toDate('1970-01-01'), 'Asia/Kolkata'), toStartOfDay(toDateTime('1970-01-01 05:00:00', 'Europe/London'));
SELECT toStartOfInterval(toDateTime('1970-01-01 03:00:00', 'Asia/Kolkata'), INTERVAL 1 DAY), toStartOfInterval(toDateTime('1970-01-01 03:00:00', 'Asia/Kolkata'), INTERVAL 2 DAY), date_trunc('day', toDateTime('1970-01-01 03:00:00', 'Asia/Kolkata'));
-- A DateTime64 is read as its seconds truncated toward zero, and a result outside DateTime's or
-- Date's range wraps around.
SELECT date_trunc('second', toDateTime64('1950-05-05 11:11:11.123', 3, 'UTC')), toStartOfInterval(toDateTime64(-100.5, 1, 'UTC'), INTERVAL 1 SECOND), toStartOfInterval(toDateTime64('1950-09-29 10:11:12.345', 3, 'UTC'), INTERVAL 3 DAY);
SELECT toStartOfInterval(toDate32('1950-09-29'), INTERVAL 7 YEAR), toStartOfInterval(toDate32('1950-09-29'), INTERVAL 5 MONTH), toStartOfInterval(toDate32('1950-09-29'), INTERVAL 3 WEEK), toStartOfInterval(toDateTime64('1950-09-29 10:11:12.345', 3, 'UTC'), INTERVAL 3 WEEK);
-- toStartOfISOYear of a day past Date's end is that of 2149-06-06.
SELECT toStartOfISOYear(toDateTime64('2299-12-31 23:59:59', 3, 'UTC')), toStartOfISOYear(toDate32('2200-01-01')), toStartOfISOYear(toDateTime('2024-12-30 00:00:00', 'UTC')), toStartOfISOYear(toDate('2021-01-03'));
SELECT toStartOfInterval(toDate('2024-09-29'), INTERVAL 0 DAY); -- { serverError ARGUMENT_OUT_OF_BOUND }
SELECT toStartOfInterval(toDate('2024-09-29'), INTERVAL 1 HOUR); -- { serverError ILLEGAL_TYPE_OF_ARGUMENT }
SELECT toStartOfTenMinutes(toDate('2024-09-29')); -- { serverError ILLEGAL_TYPE_OF_ARGUMENT }
