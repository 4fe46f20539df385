-- dateName: one part of a date or time as text (week is the ISO week)
SELECT dateName('year', d), dateName('quarter', d), dateName('month', d), dateName('dayofyear', d), dateName('day', d), dateName('week', d), dateName('weekday', d) FROM (SELECT arrayJoin([toDate('2021-04-14'), toDate('2021-01-01'), toDate('2020-12-31'), toDate('2024-02-29')]) AS d);
SELECT dateName('hour', t), dateName('minute', t), dateName('second', t), dateName('hour', t, 'Asia/Tokyo'), dateName('day', t, 'Asia/Tokyo'), dateName('weekday', t, 'Pacific/Kiritimati') FROM (SELECT toDateTime('2021-04-14 11:02:03', 'UTC') AS t);
SELECT dateName('month', toDate32('1900-01-01')), dateName('second', toDateTime64('2021-04-14 11:22:33.999', 3, 'UTC')), dateName('year', NULL), dateName('day', materialize(toDate('2021-04-05')));
SELECT dateName('hour', toDate('2021-04-14')); -- { serverError ILLEGAL_TYPE_OF_ARGUMENT }
SELECT dateName('foo', toDate('2021-04-14')); -- { serverError BAD_ARGUMENTS }
SELECT dateName('Year', toDate('2021-04-14')); -- { serverError BAD_ARGUMENTS }
SELECT dateName('year', 1); -- { serverError ILLEGAL_TYPE_OF_ARGUMENT }
SELECT dateName('year'); -- { serverError NUMBER_OF_ARGUMENTS_DOESNT_MATCH }

-- toStartOfMillisecond / Microsecond / Nanosecond: rounded down, at least the unit's scale
SELECT toStartOfMillisecond(toDateTime64('2020-01-01 00:00:00.123456', 6)), toStartOfMicrosecond(toDateTime64('2020-01-01 00:00:00.123456789', 9)), toStartOfNanosecond(toDateTime64('2020-01-01 00:00:00.123456789', 9)), toStartOfMillisecond(toDateTime64('2020-01-01 00:00:00.12', 2));
SELECT toStartOfMillisecond(toDateTime64('1969-12-31 23:59:59.9999', 4, 'UTC')), toStartOfMicrosecond(toDateTime64('2020-01-01 00:00:00', 0, 'Asia/Tokyo')), toTypeName(toStartOfMicrosecond(toDateTime64('2020-01-01 00:00:00', 0, 'Asia/Tokyo')));
SELECT toStartOfMillisecond(toDateTime64('2020-01-01 00:00:00.123456', 6, 'UTC') + number) FROM numbers(2);
SELECT toStartOfMillisecond(toDateTime('2020-01-01 00:00:00')); -- { serverError ILLEGAL_TYPE_OF_ARGUMENT }
SELECT toStartOfMicrosecond(toDate('2020-01-01')); -- { serverError ILLEGAL_TYPE_OF_ARGUMENT }
