-- Column defaults that are computed per row: generateUUIDv4() and now64(3) as in the HIP-47
-- schema, DEFAULT / MATERIALIZED / ALIAS expressions over other columns. Random and current
-- values are checked by their properties, never printed.
CREATE TABLE g (
    uuid UUID DEFAULT generateUUIDv4(),
    ts DateTime64(3, 'UTC'),
    created_at DateTime64(3, 'UTC') DEFAULT now64(3),
    url String DEFAULT '',
    day Date DEFAULT toDate(ts),
    month UInt32 MATERIALIZED toYYYYMM(ts),
    url_len UInt64 ALIAS length(url)
) ENGINE = MergeTree PARTITION BY toYYYYMM(ts) ORDER BY (ts, uuid);
INSERT INTO g (ts, url) VALUES ('2026-02-23 12:00:00.000', '/a'), ('2026-02-23 12:00:01.500', '/bb');
INSERT INTO g FORMAT JSONEachRow
{"ts": "2026-03-01 00:00:00.000"}
{"ts": "2026-03-01 00:00:00.001", "url": "/ccc", "uuid": "123e4567-e89b-42d3-a456-426614174000", "day": "2000-01-01"};
INSERT INTO g (ts) SELECT toDateTime64('2026-01-01 00:00:00', 3, 'UTC') FROM numbers(1000);
SELECT count(), uniqExact(uuid), countIf(uuid = toUUID('00000000-0000-0000-0000-000000000000')) FROM g;
-- Version 4 and the RFC 4122 variant in every generated UUID.
SELECT countIf(substring(toString(uuid), 15, 1) = '4'), countIf(substring(toString(uuid), 20, 1) IN ('8', '9', 'a', 'b')), countIf(length(toString(uuid)) = 36) FROM g;
SELECT countIf(created_at >= now64(3) - 600 AND created_at <= now64(3) + 1), toTypeName(any(created_at)), toTypeName(now64(3)) FROM g;
SELECT ts, url, day, month, url_len FROM g WHERE ts >= '2026-02-01' ORDER BY ts;
SELECT uuid FROM g WHERE url = '/ccc';
SELECT day, count(), uniqExact(uuid) FROM g GROUP BY day ORDER BY day;
-- SELECT * skips MATERIALIZED and ALIAS columns.
SELECT * FROM g LIMIT 0 FORMAT TSVWithNames;
-- Identical calls are one expression; an argument tells them apart.
SELECT generateUUIDv4(1) != generateUUIDv4(2), toTypeName(generateUUIDv4()), length(toString(generateUUIDv4()));
INSERT INTO g (ts, month) VALUES ('2026-02-23 12:00:00.000', 1); -- { serverError ILLEGAL_COLUMN }
INSERT INTO g (ts, url_len) VALUES ('2026-02-23 12:00:00.000', 1); -- { serverError ILLEGAL_COLUMN, NO_SUCH_COLUMN_IN_TABLE }
INSERT INTO g FORMAT JSONEachRow
{"ts": "2026-02-23 12:00:00.000", "uuid": "not-a-uuid"}; -- { serverError CANNOT_PARSE_UUID }
SELECT count() FROM g;
