-- DateTime64 text forms: fractional digits by precision, and the inputs a DateTime64(3) column
-- accepts in VALUES and JSONEachRow. The ISO form HIP-47 sends (`2026-02-23T12:00:00.000Z`) needs
-- date_time_input_format = 'best_effort'; the default 'basic' parser reads `YYYY-MM-DD hh:mm:ss[.fff]`.
SELECT toDateTime64('2026-02-23 12:00:00', 3, 'UTC'), toDateTime64('2026-02-23 12:00:00.5', 3, 'UTC'), toDateTime64('2026-02-23 12:00:00.123456', 6, 'UTC'), toDateTime64('2026-02-23 12:00:00.123456789', 9, 'UTC');
SELECT toDateTime64('2026-02-23 12:00:00.1239', 3, 'UTC');
SELECT toDateTime64(1771848000.5, 3, 'UTC'), toDateTime64(1771848000, 3, 'UTC'), toUnixTimestamp64Milli(toDateTime64('2026-02-23 12:00:00.123', 3, 'UTC'));
SELECT toDateTime64('2026-02-23 12:00:00.123', 3, 'UTC') < toDateTime64('2026-02-23 12:00:00.124', 3, 'UTC'), toDateTime64('2026-02-23 12:00:00', 3, 'UTC') = toDateTime('2026-02-23 12:00:00', 'UTC');
SELECT toString(toDateTime64('2026-02-23 12:00:00.007', 3, 'UTC')), length(toString(toDateTime64('2026-02-23 12:00:00', 3, 'UTC')));
SELECT parseDateTime64BestEffort('2026-02-23T12:00:00.000Z', 3, 'UTC'), parseDateTime64BestEffort('2026-02-23T14:00:00.250+02:00', 3, 'UTC');
CREATE TABLE ev (id UInt32, ts DateTime64(3, 'UTC')) ENGINE = MergeTree ORDER BY id;
INSERT INTO ev VALUES (1, '2026-02-23 12:00:00.000'), (2, '2026-02-23 12:00:01'), (3, '2026-02-23 12:00:02.5');
INSERT INTO ev FORMAT JSONEachRow
{"id": 10, "ts": "2026-02-23T12:00:04.000"}
{"id": 11, "ts": "2026-02-23 12:00:05.250"};
INSERT INTO ev SETTINGS date_time_input_format = 'best_effort' FORMAT JSONEachRow
{"id": 20, "ts": "2026-02-23T12:00:00.000Z"}
{"id": 21, "ts": "2026-02-23T12:00:01.000Z"}
{"id": 22, "ts": "2026-02-23T23:59:59.999Z"}
{"id": 23, "ts": "2026-02-23T12:00:06Z"}
{"id": 24, "ts": "2026-02-23T14:00:07.125+02:00"}
{"id": 25, "ts": "2026-02-23 12:00:08.000"};
SELECT id, ts, toUnixTimestamp64Milli(ts) FROM ev ORDER BY id;
SELECT id, ts FROM ev WHERE ts >= '2026-02-23 12:00:01' AND ts < '2026-02-23 12:00:03' ORDER BY id;
SELECT toDate(ts) AS day, count(), min(ts), max(ts) FROM ev GROUP BY day ORDER BY day;
SELECT id, ts FROM ev WHERE id IN (20, 22) ORDER BY id FORMAT JSONEachRow;
SELECT id, toTimeZone(ts, 'America/New_York') FROM ev WHERE id = 22;
INSERT INTO ev FORMAT JSONEachRow
{"id": 30, "ts": "not a time"}; -- { serverError CANNOT_PARSE_DATETIME }
SELECT count() FROM ev;
