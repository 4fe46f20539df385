-- parseDateTime with MySQL-style formats; the result type carries the zone
SELECT parseDateTime('2021-01-04 23:00:00', '%Y-%m-%d %H:%i:%s', 'UTC'), parseDateTime('2021-01-04 23:00:00', '%Y-%m-%d %H:%i:%s', 'Asia/Tokyo'), toTypeName(parseDateTime('2021-01-04 23:00:00', '%Y-%m-%d %H:%i:%s', 'Asia/Tokyo'));
SELECT parseDateTime('Jan  4 2021', '%b %e %Y', 'UTC'), parseDateTime('Monday January 04 21 11:05 PM', '%W %M %d %y %r', 'UTC'), parseDateTime('2021-01-04 11:05 am', '%F %h:%i %p', 'UTC'), parseDateTime('01/04/21 23:05:07', '%D %T', 'UTC');
SELECT parseDateTime('2021 032', '%Y %j', 'UTC'), parseDateTime('2020 366', '%Y %j', 'UTC'), parseDateTime('2021-01-04 12:00:00 +0300', '%F %T %z', 'UTC'), parseDateTime('2021-01-04 12:00:00 -0130', '%F %T %z', 'UTC'), parseDateTime('2021-01-04 00:00:00.123456', '%F %T.%f', 'UTC');
SELECT parseDateTime('20 21', '%C %y', 'UTC'), parseDateTime('99', '%y', 'UTC'), parseDateTime('69', '%y', 'UTC'), parseDateTime('2021 3', '%Y %c', 'UTC'), parseDateTime('mon, 2021-01-04', '%a, %F', 'UTC'), parseDateTime('12:30 AM 2021-01-04', '%l:%i %p %F', 'UTC'), parseDateTime('7 2021', '%k %Y', 'UTC');
-- without a year, a month or day is read in 2000 (so Feb 29 exists); a day of the week moves within the week
SELECT parseDateTime('02', '%m', 'UTC'), parseDateTime('060', '%j', 'UTC'), parseDateTime('29 02', '%d %m', 'UTC'), parseDateTime('10', '%H', 'UTC'), parseDateTime('', '', 'UTC'), parseDateTime('2021-01-04 5', '%F %w', 'UTC'), parseDateTime('2021-01-06 1', '%F %u', 'UTC');
SELECT parseDateTime('2021%01', '%Y%%%m', 'UTC'), parseDateTime('2021\t01\n', '%Y%t%m%n', 'UTC'), parseDateTime('2021-01-04 12:34', '%F %R', 'UTC'), parseDateTime('2106-02-07 06:28:15', '%F %T', 'UTC');
-- local times in a zone: 02:30 is skipped on 2021-03-28 in Berlin and repeated on 2021-10-31
SELECT parseDateTime('2021-03-28 02:30:00', '%F %T', 'Europe/Berlin'), toUnixTimestamp(parseDateTime('2021-03-28 02:30:00', '%F %T', 'Europe/Berlin')), toUnixTimestamp(parseDateTime('2021-10-31 02:30:00', '%F %T', 'Europe/Berlin')), toUnixTimestamp(parseDateTime('2021-10-31 03:30:00', '%F %T', 'Europe/Berlin'));
SELECT s, parseDateTimeOrNull(s, '%Y-%m-%d', 'UTC'), parseDateTimeOrZero(s, '%Y-%m-%d', 'UTC'), str_to_date(s, '%Y-%m-%d', 'UTC') FROM (SELECT arrayJoin(['2021-12-01', '2021-13-01', '', '2021-02-29', '2020-02-29', '2021-01-01x', '1969-12-31']) AS s);
SELECT parseDateTime(NULL, '%F'), parseDateTimeOrNull(toNullable('2021-01-01'), '%F', 'UTC'), parseDateTime(materialize('2021-05-06'), '%F', 'UTC');
SELECT parseDateTime('2021-13-01', '%Y-%m-%d'); -- { serverError CANNOT_PARSE_DATETIME }
SELECT parseDateTime('2021-01-32', '%Y-%m-%d'); -- { serverError CANNOT_PARSE_DATETIME }
SELECT parseDateTime('2021-02-30', '%Y-%m-%d'); -- { serverError CANNOT_PARSE_DATETIME }
SELECT parseDateTime('2021-01-04x', '%Y-%m-%d'); -- { serverError CANNOT_PARSE_DATETIME }
SELECT parseDateTime('2021-01', '%Y-%m-%d'); -- { serverError CANNOT_PARSE_DATETIME }
SELECT parseDateTime('21-01-04', '%Y-%m-%d'); -- { serverError CANNOT_PARSE_DATETIME }
SELECT parseDateTime('abc', '%Y'); -- { serverError CANNOT_PARSE_DATETIME }
SELECT parseDateTime('1969-12-31', '%Y-%m-%d', 'UTC'); -- { serverError CANNOT_PARSE_DATETIME }
SELECT parseDateTime('2021-01-04 23:61:00', '%F %T'); -- { serverError CANNOT_PARSE_DATETIME }
SELECT parseDateTime('2021-01-04 13:00 PM', '%F %h:%i %p'); -- { serverError CANNOT_PARSE_DATETIME }
SELECT parseDateTime('12:30 XM', '%h:%i %p'); -- { serverError CANNOT_PARSE_DATETIME }
SELECT parseDateTime('Foo 2021', '%b %Y'); -- { serverError CANNOT_PARSE_DATETIME }
SELECT parseDateTime('2021 400', '%Y %j'); -- { serverError CANNOT_PARSE_DATETIME }
SELECT parseDateTime('2021 366', '%Y %j'); -- { serverError CANNOT_PARSE_DATETIME }
SELECT parseDateTime('2021-01-04 12:00:00 0300', '%F %T %z'); -- { serverError CANNOT_PARSE_DATETIME }
SELECT parseDateTime('', '%F'); -- { serverError CANNOT_PARSE_DATETIME }
SELECT parseDateTime('1970-01-01 00:00:00', '%F %T', 'Asia/Tokyo'); -- { serverError VALUE_IS_OUT_OF_RANGE_OF_DATA_TYPE }
SELECT parseDateTime('2021', '%Q'); -- { serverError NOT_IMPLEMENTED }
SELECT parseDateTime(1, '%Y'); -- { serverError ILLEGAL_TYPE_OF_ARGUMENT }
SELECT parseDateTime('2021', materialize('%Y')); -- { serverError ILLEGAL_COLUMN }
SELECT parseDateTime('2021-01-04', '%Y-%m-%d', materialize('UTC')); -- { serverError ILLEGAL_COLUMN }
SELECT parseDateTime(); -- { serverError NUMBER_OF_ARGUMENTS_DOESNT_MATCH }
