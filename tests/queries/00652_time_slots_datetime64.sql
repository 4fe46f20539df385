-- timeSlots on a DateTime64 start: duration and size are Decimal64 seconds, slots are a
-- DateTime64 of the finest of the three scales; a start before 1970 finds its first slot by
-- division toward zero, as ClickHouse does.
SELECT timeSlots(toDateTime64('1980-12-12 21:01:02.1234', 4, 'UTC'), toDecimal64(600, 2), toDecimal64(30, 2)) AS x, toTypeName(x);
SELECT timeSlots(toDateTime64('1980-12-12 21:01:02.1234', 4, 'UTC'), toDecimal64(600.1, 1), toDecimal64(30.1, 1));
SELECT timeSlots(toDateTime64('1980-12-12 21:01:02.12', 2, 'UTC'), toDecimal64(3600.123, 3)) AS x, toTypeName(x);
SELECT timeSlots(toDateTime64('1980-12-12 21:01:02.12', 2, 'UTC'), toDecimal64(600, 0), toDecimal64(100.12345, 5)) AS x, toTypeName(x);
SELECT timeSlots(toDateTime64('1980-12-12 21:01:02.12', 2, 'UTC'), toDecimal64(-600, 0), toDecimal64(100, 2));
SELECT timeSlots(toDateTime64('1960-12-12 21:01:02.12', 2, 'UTC'), toDecimal64(100, 0), toDecimal64(30, 0));
SELECT timeSlots(toDateTime64('1980-12-12 21:01:02', 0, 'Asia/Kolkata'), toDecimal64(1800, 0), toDecimal64(3600, 0));
SELECT timeSlots(x, toDecimal64(100, 0), toDecimal64(30, 0)) FROM (SELECT toDateTime64('1980-12-12 21:01:02.12', 2, 'UTC') + number AS x FROM numbers(2));
SELECT timeSlots(toDateTime64('1980-12-12 21:01:02.12', 2, 'UTC'), d, toDecimal64(30, 0)) FROM (SELECT toDecimal64(number * 40, 1) AS d FROM numbers(3));
SELECT timeSlots(toDateTime('1980-12-12 21:01:02', 'UTC'), toUInt32(600), 300);
SELECT timeSlots(toDateTime64('1980-12-12 21:01:02.12', 2, 'UTC'), toDecimal64(600, 0), 100); -- { serverError ILLEGAL_TYPE_OF_ARGUMENT }
SELECT timeSlots(toDateTime64('1980-12-12 21:01:02.12', 2, 'UTC'), 600); -- { serverError ILLEGAL_TYPE_OF_ARGUMENT }
SELECT timeSlots(toDateTime64('1980-12-12 21:01:02.12', 2, 'UTC'), toDecimal32(600, 1)); -- { serverError ILLEGAL_TYPE_OF_ARGUMENT }
SELECT timeSlots(toDateTime64('1980-12-12 21:01:02.12', 2, 'UTC'), toDecimal64(600, 0), toDecimal64(0, 2)); -- { serverError ILLEGAL_COLUMN }
SELECT timeSlots(toDateTime64('1980-12-12 21:01:02.12', 2, 'UTC'), toDecimal64(60, 0), materialize(toDecimal64(30, 0))); -- { serverError ILLEGAL_COLUMN }
SELECT timeSlots(toDate('2020-01-01'), toUInt32(1)); -- { serverError ILLEGAL_TYPE_OF_ARGUMENT }
SELECT timeSlots(toDateTime64('1980-12-12 21:01:02.12', 2, 'UTC'), toDecimal64(600, 0), toDecimal64(100, 2), 1); -- { serverError NUMBER_OF_ARGUMENTS_DOESNT_MATCH }
