-- toMillisecond(t[, zone]): the millisecond within the second of a DateTime64 (UInt16), 0 for a
-- DateTime; before 1970 the millisecond of the second the time falls in. Alias MILLISECOND.
SELECT toMillisecond(toDateTime64('2023-04-21 10:20:30.456789', 6, 'UTC')) AS a, toTypeName(a), toMillisecond(toDateTime64('2023-04-21 10:20:30.456789123', 9, 'UTC'));
SELECT toMillisecond(toDateTime64('2023-04-21 10:20:30.5', 1, 'UTC')), toMillisecond(toDateTime64('2023-04-21 10:20:30.45', 2, 'UTC')), toMillisecond(toDateTime64('2023-04-21 10:20:30', 0, 'UTC'));
SELECT toMillisecond(toDateTime('2023-04-21 10:20:30', 'UTC')), MILLISECOND(toDateTime64('2023-04-21 10:20:30.007', 3, 'UTC')), millisecond(toDateTime64('2023-04-21 10:20:30.999', 3, 'UTC'));
SELECT toMillisecond(toDateTime64('1969-12-31 23:59:59.123', 3, 'UTC')), toMillisecond(toDateTime64('1950-01-01 00:00:00.001', 3, 'UTC')), toMillisecond(toDateTime64('2023-04-21 10:20:30.456', 3, 'UTC'), 'Asia/Kolkata');
SELECT toMillisecond(toDateTime64('2023-04-21 10:20:30', 3, 'UTC') + toIntervalMillisecond(number * 250)) FROM numbers(5);
SELECT toMillisecond(NULL), toMillisecond(toNullable(toDateTime64('2023-04-21 10:20:30.456', 3, 'UTC'))), toMillisecond(materialize(toDateTime64('2023-04-21 10:20:30.321', 3, 'UTC')));
SELECT toMillisecond(toDate('2023-01-01')); -- { serverError ILLEGAL_TYPE_OF_ARGUMENT }
SELECT toMillisecond(toDate32('2023-01-01')); -- { serverError ILLEGAL_TYPE_OF_ARGUMENT }
SELECT toMillisecond(1); -- { serverError ILLEGAL_TYPE_OF_ARGUMENT }
SELECT toMillisecond('2023-01-01 00:00:00.123'); -- { serverError ILLEGAL_TYPE_OF_ARGUMENT }
SELECT toMillisecond(); -- { serverError NUMBER_OF_ARGUMENTS_DOESNT_MATCH }
SELECT toMillisecond(toDateTime64('2023-04-21 10:20:30.456', 3, 'UTC'), 'Bad/Zone'); -- { serverError BAD_ARGUMENTS }
SELECT toMillisecond(toDateTime64('2023-04-21 10:20:30.456', 3, 'UTC'), 1); -- { serverError ILLEGAL_TYPE_OF_ARGUMENT }
