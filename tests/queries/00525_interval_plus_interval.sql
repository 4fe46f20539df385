-- Interval +/- Interval: one unit adds up; different units make a Tuple of both
SELECT INTERVAL 1 DAY + INTERVAL 2 DAY, INTERVAL 3 MONTH - INTERVAL 5 MONTH, INTERVAL 1 DAY + INTERVAL 2 HOUR, INTERVAL 1 DAY - INTERVAL 2 HOUR;
SELECT toTypeName(INTERVAL 1 DAY + INTERVAL 2 DAY), toTypeName(INTERVAL 1 YEAR + INTERVAL 2 SECOND);
SELECT toIntervalDay(number) + toIntervalHour(number * 2), toIntervalMinute(number) - toIntervalMinute(1) FROM numbers(3);
SELECT INTERVAL 1 DAY * INTERVAL 2 DAY; -- { serverError ILLEGAL_TYPE_OF_ARGUMENT }
