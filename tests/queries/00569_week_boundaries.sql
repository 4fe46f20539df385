-- toLastDayOfWeek(t[, mode[, zone]]): the week's last day (Saturday, or Sunday with Monday
-- first), toStartOfISOYear: the Monday of ISO week 1. Week modes must be constants.
SELECT toLastDayOfWeek(toDate('2024-05-19')), toLastDayOfWeek(toDate('2024-05-19'), 1), toLastDayOfWeek(toDate('2024-05-19'), 2), toLastDayOfWeek(toDate('2024-05-19'), 3), toLastDayOfWeek(toDateTime('2024-05-19 23:00:00', 'UTC'), 1, 'Asia/Tokyo'), toTypeName(toLastDayOfWeek(toDate32('2024-05-19')));
SELECT toLastDayOfWeek(toDate32('1950-01-01'), 1), groupArray(toLastDayOfWeek(toDate('2024-05-13') + number, 1)) FROM numbers(8);
SELECT toStartOfISOYear(toDate('2024-01-01')), toStartOfISOYear(toDate('2021-01-03')), toStartOfISOYear(toDate32('1950-01-01')), toStartOfISOYear(toDateTime('2024-12-30 10:00:00', 'UTC')), toStartOfISOYear(toDate('2020-12-31')), toStartOfISOYear(toDateTime64('2024-01-01 00:00:00', 3, 'UTC'));
SELECT toStartOfISOYear('2024-01-01'); -- { serverError ILLEGAL_TYPE_OF_ARGUMENT }
SELECT groupArray(toLastDayOfWeek(toDate('2024-05-13') + number, number % 4)) FROM numbers(8); -- { serverError ILLEGAL_COLUMN }
SELECT groupArray(toStartOfWeek(toDate('2024-05-13') + number, number % 4)) FROM numbers(8); -- { serverError ILLEGAL_COLUMN }
SELECT groupArray(toDayOfWeek(toDate('2024-05-13') + number, number % 4)) FROM numbers(8); -- { serverError ILLEGAL_COLUMN }
SELECT groupArray(toStartOfWeek(toDate('2024-05-13') + number, 1)), groupArray(toDayOfWeek(toDate('2024-05-13') + number, 2)) FROM numbers(8);
