-- formatDateTime with each specifier (but %f) in zones of odd offsets, MySQL's week specifiers
-- (known, not implemented, as ClickHouse), and toUnixTimestamp64*/fromUnixTimestamp64* at the
-- edges: a DateTime64 whose ticks do not fit Int64 at the finer scale is DECIMAL_OVERFLOW.
-- %e pads the day with a space as 24.x does (26.7 no longer pads by default).
SELECT formatDateTime(toDateTime('2024-03-10 01:30:05', 'America/New_York'), '%a %b %c %C %d %D %e %F %g %G %h %H %i %I %j %k %l %m %M %n %p %Q %r %R %s %S %t %T %u %V %w %W %y %Y %z %%');
SELECT formatDateTime(toDateTime64('1969-12-31 23:59:59.123456', 6, 'Asia/Kolkata'), '%c %D %I %l %p %r %z'), formatDateTime(toDateTime('2024-01-01 12:00:00', 'Asia/Kathmandu'), '%z %H:%i'), formatDateTime(toDateTime64('2024-04-07 13:45:00.5', 1, 'Australia/Lord_Howe'), '%z %T');
SELECT formatDateTime(toDate('2024-12-30'), '%G %g %V %u %j'), formatDateTime(toDate32('1950-01-01'), '%F %a %e'), formatDateTime(toDateTime('2024-03-10 01:30:05', 'UTC'), '%Y', 'Asia/Kolkata'), formatDateTime(toDateTime('2024-03-10 01:30:05', 'UTC'), 'abc'), DATE_FORMAT(toDateTime('2024-03-10 01:30:05', 'UTC'), '%Q');
SELECT toString(toDateTime64('1969-12-31 23:59:59.123456789', 0, 'UTC')), toString(toDateTime64('1969-12-31 23:59:59.123456789', 1, 'UTC')), toString(toDateTime64('1969-12-31 23:59:59.123456789', 5, 'UTC')), toString(toDateTime64('1969-12-31 23:59:59.123456789', 9, 'UTC')), toString(toDateTime64(-0.5, 3, 'UTC'));
SELECT toUnixTimestamp64Milli(toDateTime64('1969-12-31 23:59:59.9999', 4, 'UTC')), toUnixTimestamp64Micro(toDateTime64('2024-01-01 00:00:00.123', 3, 'UTC')), toUnixTimestamp64Nano(toDateTime64('2262-04-11 23:47:16', 0, 'UTC')), fromUnixTimestamp64Milli(toInt64(-1), 'Asia/Kolkata'), fromUnixTimestamp64Micro(1710034205123456, 'America/New_York'), fromUnixTimestamp64Nano(1710034205123456789, 'UTC');
SELECT formatDateTime(now(), '%U'); -- { serverError NOT_IMPLEMENTED }
SELECT formatDateTime(now(), '%x'); -- { serverError NOT_IMPLEMENTED }
SELECT formatDateTime(now(), '%K'); -- { serverError BAD_ARGUMENTS }
SELECT formatDateTime(now(), '%'); -- { serverError BAD_ARGUMENTS }
SELECT toUnixTimestamp64Nano(toDateTime64('2299-12-31 00:00:00', 0, 'UTC')); -- { serverError DECIMAL_OVERFLOW }
SELECT toUnixTimestamp64Milli(toDateTime('2024-01-01 00:00:00')); -- { serverError ILLEGAL_TYPE_OF_ARGUMENT }
