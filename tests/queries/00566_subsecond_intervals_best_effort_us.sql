-- Dates and times plus or minus intervals finer than a second: DateTime64 of the unit's scale
-- (or the value's, if finer).
SELECT toDate('2024-01-31') + INTERVAL 1 HOUR, toDateTime64('2024-01-31 00:00:00.123', 3, 'UTC') + INTERVAL 1 SECOND, toDateTime64('2024-01-31 00:00:00.123', 3, 'UTC') - INTERVAL 1 MILLISECOND;
SELECT toDateTime('2024-01-01 00:00:00', 'UTC') + INTERVAL 1 MICROSECOND, toTypeName(toDateTime('2024-01-01 00:00:00', 'UTC') + INTERVAL 1 MICROSECOND);
SELECT toDateTime64('2024-01-01 00:00:00.5', 1, 'UTC') + INTERVAL 250 MILLISECOND, toTypeName(toDateTime64('2024-01-01 00:00:00.5', 1, 'UTC') + INTERVAL 250 MILLISECOND), INTERVAL 5 NANOSECOND + toDateTime64('2024-01-01 00:00:00', 9, 'UTC'), toDateTime64('2024-01-01 00:00:00.123456', 6, 'UTC') - INTERVAL 1 NANOSECOND;
SELECT toDateTime64('1969-12-31 23:59:59.999', 3, 'UTC') + INTERVAL 2 MILLISECOND, materialize(toDateTime('2024-01-01 00:00:00', 'UTC')) + toIntervalMillisecond(number) FROM numbers(2);
SELECT toDate('2024-01-01') + INTERVAL 1 MILLISECOND; -- { serverError ILLEGAL_TYPE_OF_ARGUMENT }
SELECT INTERVAL 1 MILLISECOND - toDateTime('2024-01-01 00:00:00'); -- { serverError ILLEGAL_TYPE_OF_ARGUMENT }

-- parseDateTimeBestEffortUS and parseDateTime64BestEffortUS (with -OrNull and -OrZero) read
-- NN/NN/YYYY month first, unless the first number cannot be a month.
SELECT parseDateTimeBestEffort('07/05/2024', 'UTC'), parseDateTimeBestEffortUS('07/05/2024', 'UTC'), parseDateTimeBestEffortUS('15/08/2020', 'UTC'), parseDateTimeBestEffortUS('12/13/2024', 'UTC'), parseDateTimeBestEffortUS('2024-05-07 08:09:03', 'UTC'), parseDateTimeBestEffortUS('07-05-2024 10:00', 'UTC'), parseDateTimeBestEffortUS('07.05.2024', 'UTC');
SELECT parseDateTimeBestEffortUSOrNull('13/13/2024', 'UTC'), parseDateTimeBestEffortUSOrZero('13/13/2024', 'UTC'), parseDateTimeBestEffortUSOrZero('12/13/2024', 'UTC'), parseDateTimeBestEffortUSOrNull('x', 'UTC'), parseDateTimeBestEffortUS('May 7, 2024', 'UTC');
SELECT parseDateTime64BestEffortUS('05/07/2024 08:09:03.12', 2, 'UTC'), parseDateTime64BestEffortUSOrNull('x'), parseDateTime64BestEffortUSOrZero('05/07/2024', 3, 'Asia/Kathmandu'), toTypeName(parseDateTime64BestEffortUS('05/07/2024', 3, 'UTC'));
SELECT parseDateTimeBestEffortUS('07/05/2024', 'Asia/Kathmandu'), toTypeName(parseDateTimeBestEffortUS('07/05/2024', 'Asia/Kathmandu')), parseDateTimeBestEffortUS('7/5/2024', 'UTC'), parseDateTimeBestEffortUS('31/12/2024', 'UTC');
SELECT parseDateTimeBestEffortUS('13/13/2024'); -- { serverError CANNOT_PARSE_DATETIME }
