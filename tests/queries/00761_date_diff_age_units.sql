-- dateDiff and age as ClickHouse counts them: minutes from the unix epoch, hours on a grid shifted
-- by a day less each zone's offset at 1970 (so two zones differ by twice their offsets), weeks by
-- a division that truncates before 1970, sub-second units truncated toward zero; age takes one
-- off when the parts below the unit of the later time have not come round (for weeks, the first
-- argument's day of the week against the second's).
SELECT dateDiff('minute', toDateTime('2024-11-03 01:30:00', 'America/New_York'), toDateTime64('2024-11-03 01:10:00.5', 1, 'Europe/London')), dateDiff('hour', toDateTime('2024-11-03 01:30:00', 'America/New_York'), toDateTime64('2024-11-03 01:10:00.5', 1, 'Europe/London'));
SELECT dateDiff('hour', toDateTime(0, 'UTC'), toDateTime(0, 'Asia/Kolkata')), dateDiff('hour', toDateTime(0, 'UTC'), toDateTime(0, 'America/New_York')), dateDiff('minute', toDateTime(0, 'UTC'), toDateTime(0, 'Asia/Kathmandu'));
SELECT dateDiff('hour', toDateTime('2024-03-10 01:30:00', 'America/New_York'), toDateTime('2024-03-10 03:30:00', 'America/New_York')), age('hour', toDateTime('2024-03-10 01:30:00', 'America/New_York'), toDateTime('2024-03-10 03:30:00', 'America/New_York'));
SELECT dateDiff('week', toDate32('1950-02-28'), toDateTime('2024-02-29 12:00:00', 'UTC')), age('week', toDate32('1950-02-28'), toDateTime('2024-02-29 12:00:00', 'UTC')), dateDiff('week', toDate32('1950-02-28'), toDate32('1950-03-08'));
SELECT age('week', toDate('2024-02-29'), toDate('2023-02-28')), age('week', toDate('2023-02-28'), toDate('2024-02-29')), age('week', toDate('2024-01-01'), toDate('2024-01-08')), age('week', toDate('2024-01-08'), toDate('2024-01-01'));
SELECT dateDiff('millisecond', toDateTime64('1969-12-31 23:59:59.123456', 6, 'Asia/Kolkata'), toDate32('2100-01-01')), age('millisecond', toDateTime64('1969-12-31 23:59:59.123456', 6, 'Asia/Kolkata'), toDate32('2100-01-01'));
SELECT dateDiff('minute', toDateTime64('1969-12-31 23:59:59.123456', 6, 'Asia/Kolkata'), toDate32('2100-01-01')), dateDiff('hour', toDateTime64('1969-12-31 23:59:59.123456', 6, 'Asia/Kolkata'), toDate32('2100-01-01'), 'Asia/Kathmandu');
SELECT age('quarter', toDate('2024-01-31'), toDate('2024-04-30')), age('quarter', toDate('2024-01-31'), toDate('2024-05-01')), age('quarter', toDate('2024-03-01'), toDate('2024-04-01')), age('year', toDate('2023-03-01'), toDate('2024-02-29')), age('year', toDate('2024-02-29'), toDate('2023-03-01'));
SELECT age('month', toDateTime64('2024-01-31 10:00:00', 0, 'UTC'), toDateTime64('2024-02-29 09:59:59', 0, 'UTC')), age('day', toDateTime64('2023-12-31 23:59:59.999', 3, 'UTC'), toDateTime64('2024-01-01 00:00:00.001', 3, 'UTC')), dateDiff('day', toDateTime64('2023-12-31 23:59:59.999', 3, 'UTC'), toDateTime64('2024-01-01 00:00:00.001', 3, 'UTC'));
SELECT timestampDiff('day', toDate('2020-01-01'), toDate('2024-02-01')), timestamp_diff('yy', toDate('2020-01-01'), toDate('2024-02-01')), DATE_DIFF('qq', toDate('2020-01-01'), toDate('2024-02-01'));
SELECT dateDiff('fortnight', toDate('2020-01-01'), toDate('2024-02-01')); -- { serverError BAD_ARGUMENTS }
SELECT dateDiff('day', 'x', toDate('2024-02-01')); -- { serverError ILLEGAL_TYPE_OF_ARGUMENT }
SELECT dateDiff('day', toDate('2020-01-01')); -- { serverError NUMBER_OF_ARGUMENTS_DOESNT_MATCH }
