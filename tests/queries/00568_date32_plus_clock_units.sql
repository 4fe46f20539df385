-- A Date32 plus hours, minutes or seconds is a DateTime64(3) (a Date gives a DateTime), counted
-- from the date's midnight in the zone; before 1970 and after 2106 it keeps its value.
SELECT addHours(toDate('2024-01-01'), 5), toTypeName(addHours(toDate('2024-01-01'), 5)), addMinutes(toDate32('2024-01-01'), 5), toTypeName(addMinutes(toDate32('2024-01-01'), 5));
SELECT addSeconds(toDate32('1950-06-01'), 90), addHours(toDate32('2200-01-01'), -1), subtractMinutes(toDate32('1900-01-02'), 1), toDate32('2024-01-01') + INTERVAL 36 HOUR;
SELECT dateAdd(hour, 2, toDate32('2024-03-31')), date_sub(MINUTE, 1, toDate32('2024-03-31'));
SELECT addHours(toDate32('2024-01-01') + number, number) FROM numbers(3);
SELECT addDays(toDate32('2024-01-01'), 1), toTypeName(addDays(toDate32('2024-01-01'), 1)), addMonths(toDate32('1950-01-31'), 1);
