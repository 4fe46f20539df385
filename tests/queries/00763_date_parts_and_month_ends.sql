-- toYYYYMMDDhhmmss (UInt64, local clock; a date at midnight), toLastDayOfMonth past Date's end
-- (wraps as ClickHouse's does), ISO weeks and years at year ends, toDayOfWeek modes, and
-- calendar arithmetic at month ends and leap days.
SELECT toYYYYMMDDhhmmss(toDateTime('2024-03-10 01:30:05', 'America/New_York')), toYYYYMMDDhhmmss(toDateTime64('1950-03-10 01:30:05.9', 1, 'Asia/Kolkata')), toYYYYMMDDhhmmss(toDate('2024-01-01')), toTypeName(toYYYYMMDDhhmmss(toDate('2024-01-01')));
SELECT toYYYYMMDDhhmmss(toDateTime('2024-03-10 07:00:00', 'UTC'), 'Asia/Kathmandu'), toYYYYMMDD(toDateTime64('2299-12-31 23:59:59', 0, 'UTC')), toYYYYMM(toDate32('1950-01-01'));
SELECT toLastDayOfMonth(toDate('2024-02-10')), toLastDayOfMonth(toDate('2023-02-10')), toLastDayOfMonth(toDate('2149-06-01')), toLastDayOfMonth(toDate32('1900-02-10')), toLastDayOfMonth(toDateTime64('2299-12-10 00:00:00', 0, 'UTC'));
SELECT toISOWeek(toDate('2021-01-03')), toISOYear(toDate('2021-01-03')), toISOWeek(toDate('2024-12-30')), toISOYear(toDate('2024-12-30')), toISOWeek(toDateTime('2024-12-29 23:00:00', 'UTC'), 'Asia/Kolkata');
SELECT toDayOfWeek(toDate('2024-03-10'), 0), toDayOfWeek(toDate('2024-03-10'), 1), toDayOfWeek(toDate('2024-03-10'), 2), toDayOfWeek(toDate('2024-03-10'), 3), toDayOfWeek(toDateTime('2024-03-10 01:00:00', 'Asia/Kolkata'), 1, 'America/New_York');
SELECT addMonths(toDate('2024-01-31'), 1), addMonths(toDate('2023-01-31'), 1), addMonths(toDate32('2024-03-31'), -1), addYears(toDate('2024-02-29'), 1), addYears(toDate('2024-02-29'), 4), subtractMonths(toDateTime('2024-03-31 10:00:00', 'UTC'), 1);
SELECT toDate('2024-01-31') + INTERVAL 1 MONTH, toDateTime('2024-01-31 23:00:00', 'UTC') + INTERVAL 1 MONTH, toDate('2024-03-01') - INTERVAL 1 DAY, toDate('2024-03-01') + INTERVAL 1 HOUR, dateAdd(quarter, -1, toDate('2024-05-31')), date_add(DAY, 1, toDate32('2299-12-30'));
-- Months that reach before 1970 give its first day (a Date) or instant (a DateTime); past 2299
-- a Date takes the calendar's last day, wrapped past Date's end; a float delta counts whole units.
SELECT addMonths(toDate('1970-01-01'), -1), addYears(toDate('2024-01-31'), -3000), addMonths(toDate('2024-01-31'), 100000), addYears(toDateTime('2024-01-31 12:00:00', 'UTC'), -3000), subtractQuarters(toDate('1970-02-01'), 1);
SELECT addDays(toDate('2024-01-31'), 1.5), addDays(toDateTime('2024-01-31 00:00:00', 'UTC'), -1.9), addMonths(toDate('2024-01-31'), 1.9), addMilliseconds(toDateTime64('2024-01-01 00:00:00', 3, 'UTC'), 1.5), addDays(toDate('2149-06-06'), 1);
SELECT addDays(toDate('2024-01-31'), '1'); -- { serverError ILLEGAL_TYPE_OF_ARGUMENT }
SELECT toYYYYMMDDhhmmss('2024-01-01'); -- { serverError ILLEGAL_TYPE_OF_ARGUMENT }
SELECT toLastDayOfMonth(1); -- { serverError ILLEGAL_TYPE_OF_ARGUMENT }
