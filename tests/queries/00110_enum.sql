-- Enum8/Enum16 columns: values are read and written by name, stored as numbers, compared and
-- sorted by number, and unknown names or numbers are rejected.
CREATE TABLE e (id UInt32, level Enum8('debug' = 1, 'info' = 2, 'warn' = 3, 'error' = 4), kind Enum16('pageview' = 100, 'llm_request' = 1000, 'signup' = -5)) ENGINE = MergeTree ORDER BY id;
INSERT INTO e VALUES (1, 'info', 'pageview'), (2, 'error', 'llm_request'), (3, 1, 'signup'), (4, 'warn', 1000);
INSERT INTO e FORMAT JSONEachRow
{"id": 5, "level": "debug", "kind": "signup"}
{"id": 6, "level": 4, "kind": 100};
INSERT INTO e FORMAT CSV
7,"info","pageview"
8,warn,llm_request
;
SELECT * FROM e ORDER BY id;
SELECT id, toInt8(level), toInt16(kind), toString(level), CAST(level AS String), toTypeName(level), toTypeName(kind) FROM e WHERE id IN (1, 3) ORDER BY id;
-- Comparison and sorting use the numeric value; literals are converted by name.
SELECT id, level FROM e WHERE level >= 'warn' ORDER BY id;
SELECT id, level FROM e ORDER BY level, id;
SELECT level, count() FROM e GROUP BY level ORDER BY level;
SELECT kind, count() FROM e GROUP BY kind ORDER BY kind;
SELECT id FROM e WHERE level IN ('debug', 'error') ORDER BY id;
SELECT id, level = 'info', level = 2 FROM e WHERE id IN (1, 2) ORDER BY id;
SELECT id, level FROM e WHERE id < 3 ORDER BY id FORMAT JSONEachRow;
SELECT CAST('warn' AS Enum8('debug' = 1, 'info' = 2, 'warn' = 3, 'error' = 4)) AS x, toTypeName(x), CAST(x AS UInt8);
INSERT INTO e VALUES (10, 'fatal', 'signup'); -- { serverError UNKNOWN_ELEMENT_OF_ENUM }
INSERT INTO e VALUES (11, 9, 'signup'); -- { serverError UNKNOWN_ELEMENT_OF_ENUM }
INSERT INTO e FORMAT JSONEachRow
{"id": 12, "level": "trace", "kind": "signup"}; -- { serverError UNKNOWN_ELEMENT_OF_ENUM }
SELECT count() FROM e;
CREATE TABLE e2 (x Enum8('a' = 1, 'a' = 2)) ENGINE = Memory; -- { serverError SYNTAX_ERROR }
CREATE TABLE e3 (x Enum8('a' = 1000)) ENGINE = Memory; -- { serverError ARGUMENT_OUT_OF_BOUND }
