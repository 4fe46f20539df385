-- Time zones: a DateTime is an instant; the zone only changes how it is printed and how
-- calendar functions cut it. America/New_York crosses DST on 2026-03-08 and 2026-11-01.
SELECT toDateTime('2026-02-23 12:00:00', 'UTC') AS t, toTimeZone(t, 'America/New_York'), toTimeZone(t, 'Asia/Tokyo'), toTimeZone(t, 'Asia/Kolkata');
SELECT toUnixTimestamp(toDateTime('2026-02-23 12:00:00', 'UTC')), toUnixTimestamp(toDateTime('2026-02-23 07:00:00', 'America/New_York')), toUnixTimestamp(toDateTime('2026-07-23 08:00:00', 'America/New_York'));
SELECT toTypeName(toDateTime('2026-02-23 12:00:00', 'America/New_York')), toTypeName(toDateTime64('2026-02-23 12:00:00', 3, 'Europe/Berlin'));
-- Same instant, different calendar day depending on the zone.
WITH toDateTime('2026-02-24 03:30:00', 'UTC') AS t
SELECT toDate(t), toDate(t, 'America/New_York'), toDate(t, 'Asia/Tokyo'), toYYYYMM(toDateTime('2026-03-01 02:00:00', 'UTC'), 'America/New_York');
-- The spring-forward gap: 02:00 -> 03:00 local on 2026-03-08, so that day has 23 hours.
SELECT toDateTime('2026-03-08 06:00:00', 'UTC') + number * 1800 AS t, toTimeZone(t, 'America/New_York') AS local, toHour(t, 'America/New_York')
FROM numbers(5) ORDER BY t;
SELECT dateDiff('hour', toDateTime('2026-03-08 00:00:00', 'America/New_York'), toDateTime('2026-03-09 00:00:00', 'America/New_York')),
       dateDiff('hour', toDateTime('2026-11-01 00:00:00', 'America/New_York'), toDateTime('2026-11-02 00:00:00', 'America/New_York')),
       dateDiff('day', toDateTime('2026-03-08 00:00:00', 'America/New_York'), toDateTime('2026-03-09 00:00:00', 'America/New_York'));
-- The fall-back overlap: local 01:00-02:00 happens twice on 2026-11-01.
SELECT toDateTime('2026-11-01 04:30:00', 'UTC') + number * 1800 AS t, toTimeZone(t, 'America/New_York') AS local, toStartOfHour(toTimeZone(t, 'America/New_York')) AS hour_start
FROM numbers(5) ORDER BY t;
-- Truncation happens in the value's zone.
WITH toDateTime('2026-03-08 12:34:56', 'America/New_York') AS t
SELECT toStartOfDay(t), toUnixTimestamp(toStartOfDay(t)), toStartOfHour(t), toStartOfWeek(t), toStartOfMonth(t), toDayOfWeek(t);
WITH toDateTime64('2026-11-01 23:30:00.250', 3, 'America/New_York') AS t
SELECT t, toTimeZone(t, 'UTC'), toStartOfDay(t), toDate(t), toDate(t, 'UTC');
-- Zones with non-hour offsets and the southern hemisphere.
SELECT toTimeZone(toDateTime('2026-01-15 00:00:00', 'UTC'), 'Asia/Kathmandu'), toTimeZone(toDateTime('2026-01-15 00:00:00', 'UTC'), 'Australia/Sydney'), toTimeZone(toDateTime('2026-07-15 00:00:00', 'UTC'), 'Australia/Sydney');
-- A column with a zone: inserted text is read in that zone.
CREATE TABLE tz (id UInt8, ny DateTime('America/New_York'), utc DateTime64(3, 'UTC')) ENGINE = MergeTree ORDER BY id;
INSERT INTO tz VALUES (1, '2026-03-08 01:59:59', '2026-03-08 06:59:59.000'), (2, '2026-03-08 03:00:00', '2026-03-08 07:00:00.000'), (3, '2026-11-01 12:00:00', '2026-11-01 17:00:00.000');
SELECT id, ny, utc, toUnixTimestamp(ny), toUnixTimestamp(utc), ny = utc FROM tz ORDER BY id;
SELECT toDate(ny) AS d, count() FROM tz GROUP BY d ORDER BY d;
SELECT toDateTime('2026-02-23 12:00:00', 'Mars/Olympus_Mons'); -- { serverError BAD_ARGUMENTS }
