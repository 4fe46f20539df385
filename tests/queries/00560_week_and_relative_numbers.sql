-- toWeek / toYearWeek: MySQL's week modes 0..7 (first day, range 0..53 or 1..53, first week rule)
-- and 8..15 (week 1 is the week holding January 1st); toYearWeek numbers weeks in their own year.
SELECT toWeek(toDate('2024-01-01'), 0), toWeek(toDate('2024-01-01'), 1), toWeek(toDate('2024-01-01'), 2), toWeek(toDate('2024-01-01'), 3), toWeek(toDate('2024-01-01'), 4), toWeek(toDate('2024-01-01'), 5), toWeek(toDate('2024-01-01'), 6), toWeek(toDate('2024-01-01'), 7);
SELECT toWeek(toDate('2021-01-01'), 0), toWeek(toDate('2021-01-01'), 1), toWeek(toDate('2021-01-01'), 2), toWeek(toDate('2021-01-01'), 3), toWeek(toDate('2021-01-01'), 4), toWeek(toDate('2021-01-01'), 5), toWeek(toDate('2021-01-01'), 6), toWeek(toDate('2021-01-01'), 7);
SELECT toYearWeek(toDate('2024-12-30'), 0), toYearWeek(toDate('2024-12-30'), 1), toYearWeek(toDate('2024-12-30'), 2), toYearWeek(toDate('2024-12-30'), 3), toYearWeek(toDate('2024-12-30'), 4), toYearWeek(toDate('2024-12-30'), 5), toYearWeek(toDate('2024-12-30'), 6), toYearWeek(toDate('2024-12-30'), 7);
SELECT groupArray(toWeek(d, 0)), groupArray(toWeek(d, 1)), groupArray(toWeek(d, 2)), groupArray(toWeek(d, 3)) FROM (SELECT toDate('2016-12-20') + number * 3 AS d FROM numbers(12));
SELECT groupArray(toWeek(d, 4)), groupArray(toWeek(d, 5)), groupArray(toWeek(d, 6)), groupArray(toWeek(d, 7)) FROM (SELECT toDate('2016-12-20') + number * 3 AS d FROM numbers(12));
SELECT groupArray(toYearWeek(d, 0)), groupArray(toYearWeek(d, 1)), groupArray(toYearWeek(d, 2)), groupArray(toYearWeek(d, 3)) FROM (SELECT toDate('2016-12-20') + number * 3 AS d FROM numbers(12));
SELECT groupArray(toWeek(d, 8)), groupArray(toWeek(d, 9)), groupArray(toYearWeek(d, 8)), groupArray(toYearWeek(d, 9)) FROM (SELECT toDate('2016-12-20') + number * 3 AS d FROM numbers(12));
SELECT groupArray(toWeek(d, 10)), groupArray(toWeek(d, 13)), groupArray(toWeek(d, 14)) FROM (SELECT toDate('2016-12-20') + number * 3 AS d FROM numbers(12));
SELECT groupArray(toWeek(d, 0)), groupArray(toYearWeek(d, 1)), groupArray(toWeek(d, 9)) FROM (SELECT toDate32('1900-12-20') + number * 3 AS d FROM numbers(12));
SELECT toWeek(toDateTime('2024-12-30 23:00:00', 'UTC'), 3, 'Asia/Tokyo'), toYearWeek(toDateTime('2024-12-30 23:00:00', 'UTC'), 3, 'Asia/Tokyo'), toWeek(toDateTime64('2024-06-01 00:00:00', 3), 1), toYearWeek(toDate32('2299-12-31'), 3);
SELECT toTypeName(toWeek(toDate('2024-01-01'))), toTypeName(toYearWeek(toDate('2024-01-01'))), WEEK(toDate('2024-05-05')), YEARWEEK(toDate('2024-05-05'), 1);
SELECT toWeek(toDate('2024-01-01'), 'a'); -- { serverError ILLEGAL_TYPE_OF_ARGUMENT }
SELECT toWeek(toDate('2024-01-01'), materialize(1)); -- { serverError ILLEGAL_COLUMN }

-- toRelative*Num: counts from a fixed point, for differences.
SELECT toRelativeYearNum(toDate('2024-05-17')), toRelativeQuarterNum(toDate('2024-05-17')), toRelativeMonthNum(toDate('2024-05-17')), toRelativeWeekNum(toDate('2024-05-17')), toRelativeDayNum(toDate('2024-05-17'));
SELECT toRelativeWeekNum(toDate('1970-01-01')), toRelativeWeekNum(toDate('1970-01-05')), toRelativeHourNum(toDate('2024-05-17')), toRelativeSecondNum(toDate('2024-05-17'));
SELECT toTypeName(toRelativeYearNum(toDate('2024-05-17'))), toTypeName(toRelativeHourNum(toDate('2024-05-17'))), toTypeName(toRelativeSecondNum(toDateTime64('2024-05-17 00:00:00', 3))), toTypeName(toRelativeDayNum(toDate32('2024-05-17')));
-- Hours in zones whose offset is not always a whole hour count from a day earlier, as ClickHouse.
SELECT toRelativeHourNum(toDateTime('2024-05-17 10:00:00', 'UTC')), toRelativeHourNum(toDateTime('2024-05-17 10:00:00', 'Asia/Tokyo')), toRelativeHourNum(toDateTime('2024-05-17 10:00:00', 'Asia/Kolkata')), toRelativeHourNum(toDateTime(0, 'Asia/Kathmandu')), toRelativeHourNum(toDateTime(3600, 'Asia/Kathmandu'));
SELECT toRelativeHourNum(toDateTime(0, 'Australia/Lord_Howe')), toRelativeHourNum(toDateTime(1715904000, 'Australia/Lord_Howe')), toRelativeHourNum(toDateTime(1715904000, 'America/St_Johns')), toRelativeHourNum(toDateTime(1715904000, 'Europe/Amsterdam')), toRelativeHourNum(toDateTime(1715904000, 'America/New_York'));
SELECT toRelativeMinuteNum(toDateTime('2024-05-17 10:00:00', 'Asia/Kathmandu')), toRelativeMinuteNum(toDateTime(100, 'Asia/Kathmandu')), toRelativeSecondNum(toDateTime(100, 'Asia/Kathmandu'));
SELECT toRelativeDayNum(toDateTime('2024-05-17 10:00:00', 'UTC'), 'Asia/Tokyo'), toRelativeHourNum(toDateTime('2024-05-17 10:00:00', 'UTC'), 'Asia/Kathmandu'), toRelativeDayNum(toDateTime('2024-03-31 01:00:00', 'Europe/Berlin'));
-- Before 1970: Date32 reads as 1970-01-01 for days and finer; DateTime64 keeps ClickHouse's wrapping.
SELECT toRelativeYearNum(toDate32('1900-05-17')), toRelativeQuarterNum(toDate32('1900-05-17')), toRelativeMonthNum(toDate32('1900-05-17')), toRelativeWeekNum(toDate32('1900-05-17')), toRelativeDayNum(toDate32('1900-05-17')), toRelativeHourNum(toDate32('1900-01-01'));
SELECT toRelativeDayNum(toDateTime64('1900-05-17 00:00:00', 0, 'UTC')), toRelativeWeekNum(toDateTime64('1969-12-29 00:00:00', 0, 'UTC')), toRelativeHourNum(toDateTime64('1969-12-31 23:00:00', 3, 'UTC')), toRelativeMinuteNum(toDateTime64('1969-12-31 23:59:00', 3, 'UTC')), toRelativeSecondNum(toDateTime64('1969-12-31 23:59:59', 3, 'UTC'));
SELECT toRelativeMonthNum(toDateTime64('2299-12-29 00:00:00', 0, 'UTC')), toRelativeDayNum(toDateTime64('2200-01-01 00:00:00', 0, 'UTC')), toRelativeSecondNum(toDateTime64('2200-01-01 00:00:00', 0, 'UTC'));
SELECT toRelativeHourNum('2024-01-01'); -- { serverError ILLEGAL_TYPE_OF_ARGUMENT }
