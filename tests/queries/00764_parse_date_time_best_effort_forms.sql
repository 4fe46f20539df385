-- parseDateTimeBestEffort and friends over the usual forms: ISO 8601 with T, Z and offsets,
-- fractions of 1..9 digits, RFC 2822, unix times of 9..10 digits and of 13 (milliseconds),
-- YYYYMMDD, YYYYMMDDhhmmss, YYYYMMDDThhmmss, month names, DD/MM/YYYY against the US form;
-- other runs of digits are no time. parseDateTime32BestEffort is parseDateTimeBestEffort.
SELECT parseDateTimeBestEffort('2024-03-10T01:30:00Z', 'UTC'), parseDateTimeBestEffort('2024-03-10T01:30:00+05:30', 'UTC'), parseDateTimeBestEffort('2024-03-10T01:30:00-0800', 'UTC'), parseDateTimeBestEffort('2024-03-10T01:30:00', 'Asia/Kathmandu');
SELECT parseDateTime64BestEffort('2024-03-10 01:30:00.1', 3, 'UTC'), parseDateTime64BestEffort('2024-03-10 01:30:00.123456789', 9, 'UTC'), parseDateTime64BestEffort('2024-03-10T01:30:00.12+01:00', 6, 'UTC'), parseDateTime64BestEffort('2024-03-10 01:30:00.123456789', 2, 'UTC');
SELECT parseDateTimeBestEffort('Tue, 3 Jun 2008 11:05:30 GMT', 'UTC'), parseDateTimeBestEffort('Tue, 03 Jun 2008 11:05:30 +0200', 'UTC'), parseDateTimeBestEffort('June 3, 2008 11:05', 'UTC'), parseDateTimeBestEffort('17 Apr 2000 2:00:00 PM', 'UTC');
SELECT parseDateTimeBestEffort('1717200000', 'UTC'), parseDateTime64BestEffort('1717200000123', 3, 'UTC'), parseDateTimeBestEffort('1717200000123', 'UTC'), parseDateTime64BestEffort('1717200000.5', 1, 'UTC');
SELECT parseDateTimeBestEffort('20240310', 'UTC'), parseDateTimeBestEffort('20240310123456', 'UTC'), parseDateTimeBestEffort('20240310T013000', 'UTC'), parseDateTime32BestEffort('2024-03', 'UTC'), parseDateTime32BestEffortOrNull('x'), parseDateTime32BestEffortOrZero('x', 'UTC');
SELECT parseDateTimeBestEffort('10/03/2024', 'UTC'), parseDateTimeBestEffortUS('10/03/2024', 'UTC'), parseDateTimeBestEffortUS('13/03/2024', 'UTC'), parseDateTimeBestEffort('10.03.2024', 'UTC');
SELECT parseDateTimeBestEffortOrNull('123'), parseDateTimeBestEffortOrNull('12345678901'), parseDateTimeBestEffortOrNull('garbage'), parseDateTimeBestEffortOrNull(''), parseDateTimeBestEffortOrZero('2024-13-01', 'UTC'), parseDateTime64BestEffortOrNull('2024-02-30', 3);
-- Two-digit years: 70..99 are 1970..1999, the rest this century. Without a year the current one
-- (the last one if the date is still to come); a lone time is on January 1st.
SELECT parseDateTimeBestEffort('24-03-95', 'UTC'), parseDateTimeBestEffort('24/03/69', 'UTC'), parseDateTimeBestEffort('24.03.70', 'UTC'), parseDateTimeBestEffortUS('03/24/95', 'UTC');
SELECT toYear(parseDateTimeBestEffort('Jan 1', 'UTC')) = toYear(now('UTC')), toYear(parseDateTimeBestEffort('Dec 31 23:59:59', 'UTC')) = toYear(now('UTC')) - 1, formatDateTime(parseDateTimeBestEffort('10:20:30', 'UTC'), '%m-%d %T'), formatDateTime(parseDateTime64BestEffort('2 Jan 10:00', 3, 'UTC'), '%m-%d %T'), parseDateTimeBestEffortOrNull('T12');
-- Clock parts past their range roll over; MSK is +03:00; an hour past 12 ignores PM.
SELECT parseDateTimeBestEffort('2024-03-10 24:00:00', 'UTC'), parseDateTimeBestEffort('2024-03-10 10:61:00', 'UTC'), parseDateTimeBestEffort('2024-03-10 99:00:00', 'UTC'), parseDateTimeBestEffort('2024-03-10 01:30:00 MSK', 'UTC'), parseDateTimeBestEffort('2024-03-10 13:00 PM', 'UTC'), parseDateTimeBestEffort('2024-03-10 12:00 AM', 'UTC'), parseDateTimeBestEffortOrNull('2024-03-10 01:30:00 EST');
-- A DateTime64 that its scale cannot hold overflows.
SELECT parseDateTime64BestEffortOrNull('2299-12-31 23:59:59', 9, 'UTC'), parseDateTime64BestEffortOrZero('2299-12-31 23:59:59', 9, 'UTC'), parseDateTime64BestEffort('2262-04-11 23:47:16', 9, 'UTC');
SELECT parseDateTime64BestEffort('2299-12-31 23:59:59', 9); -- { serverError DECIMAL_OVERFLOW }
SELECT parseDateTimeBestEffort('garbage'); -- { serverError CANNOT_PARSE_DATETIME }
SELECT parseDateTimeBestEffort('123'); -- { serverError CANNOT_PARSE_DATETIME }
SELECT parseDateTimeBestEffort(123); -- { serverError ILLEGAL_TYPE_OF_ARGUMENT }
