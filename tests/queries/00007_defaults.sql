-- DEFAULT, MATERIALIZED and ALIAS columns; omitted JSONEachRow fields take defaults.
CREATE TABLE d (
    id UInt64,
    name String DEFAULT 'anon',
    doubled UInt64 MATERIALIZED id * 2,
    label String ALIAS concat(name, '#', toString(id)),
    day Date DEFAULT toDate('2026-01-01')
) ENGINE = MergeTree ORDER BY id;
INSERT INTO d (id) VALUES (1);
INSERT INTO d FORMAT JSONEachRow
{"id": 2, "name": "bob"}
{"id": 3, "day": "2026-03-04"};
SELECT id, name, doubled, label, day FROM d ORDER BY id;
SELECT * FROM d ORDER BY id;
INSERT INTO d SETTINGS input_format_skip_unknown_fields = 0 FORMAT JSONEachRow
{"id": 4, "nope": 1}; -- { serverError INCORRECT_DATA }
SELECT count() FROM d;
INSERT INTO d (doubled) VALUES (1); -- { serverError ILLEGAL_COLUMN }
