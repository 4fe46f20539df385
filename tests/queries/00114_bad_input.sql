-- Bad input is rejected with ClickHouse's error codes, and a failed INSERT stores none of its rows.
CREATE TABLE b (id UInt32, code FixedString(2), level Enum8('low' = 1, 'high' = 2), amount Decimal64(2), day Date, tags Array(UInt8)) ENGINE = MergeTree ORDER BY id;
INSERT INTO b VALUES (1, 'US', 'low', 1.5, '2026-02-01', [1]);
INSERT INTO b VALUES (2, 'U', 'high', 2, '2026-02-02', []);
SELECT id, code, length(code), hex(code) FROM b ORDER BY id;
-- Oversized FixedString.
INSERT INTO b VALUES (3, 'USA', 'low', 0, '2026-02-03', []); -- { serverError TOO_LARGE_STRING_SIZE }
INSERT INTO b FORMAT JSONEachRow
{"id": 3, "code": "USA", "level": "low", "amount": 0, "day": "2026-02-03", "tags": []}; -- { serverError TOO_LARGE_STRING_SIZE }
INSERT INTO b FORMAT CSV
3,USA,low,0,2026-02-03,"[]"
; -- { serverError TOO_LARGE_STRING_SIZE }
-- Unknown enum element, by name and by number.
INSERT INTO b VALUES (4, 'DE', 'medium', 0, '2026-02-04', []); -- { serverError UNKNOWN_ELEMENT_OF_ENUM }
INSERT INTO b FORMAT JSONEachRow
{"id": 4, "code": "DE", "level": "medium", "amount": 0, "day": "2026-02-04", "tags": []}; -- { serverError UNKNOWN_ELEMENT_OF_ENUM }
INSERT INTO b FORMAT TabSeparated
4	DE	medium	0	2026-02-04	[]
; -- { serverError UNKNOWN_ELEMENT_OF_ENUM }
-- Wrong types.
INSERT INTO b FORMAT JSONEachRow
{"id": "five", "code": "FR", "level": "low", "amount": 0, "day": "2026-02-05", "tags": []}; -- { serverError CANNOT_PARSE_INPUT_ASSERTION_FAILED }
INSERT INTO b FORMAT TabSeparated
five	FR	low	0	2026-02-05	[]
; -- { serverError CANNOT_PARSE_INPUT_ASSERTION_FAILED }
INSERT INTO b FORMAT CSV
6,FR,low,abc,2026-02-06,"[]"
; -- { serverError CANNOT_PARSE_INPUT_ASSERTION_FAILED, CANNOT_PARSE_NUMBER }
INSERT INTO b FORMAT JSONEachRow
{"id": 7, "code": "FR", "level": "low", "amount": 0, "day": "yesterday", "tags": []}; -- { serverError CANNOT_PARSE_DATE }
INSERT INTO b VALUES (9, 'FR', 'low', 12345678901234567890, '2026-02-09', []); -- { serverError ARGUMENT_OUT_OF_BOUND }
-- Malformed rows: too few or too many fields, broken JSON, garbage after a row.
INSERT INTO b FORMAT CSV
10,FR,low
; -- { serverError CANNOT_PARSE_INPUT_ASSERTION_FAILED }
INSERT INTO b FORMAT TabSeparated
11	FR	low	0	2026-02-11	[]	extra
; -- { serverError CANNOT_PARSE_INPUT_ASSERTION_FAILED }
INSERT INTO b FORMAT JSONEachRow
{"id": 12, "code": "FR"; -- { serverError CANNOT_READ_ALL_DATA }
INSERT INTO b FORMAT JSONEachRow
not json at all; -- { serverError CANNOT_PARSE_INPUT_ASSERTION_FAILED }
INSERT INTO b VALUES (13, 'FR', 'low', 0, '2026-02-13', []) garbage; -- { serverError CANNOT_PARSE_INPUT_ASSERTION_FAILED }
INSERT INTO b VALUES (14, 'FR'); -- { serverError SYNTAX_ERROR }
-- A bad row in the middle of a batch: the good rows before it are not stored either.
INSERT INTO b FORMAT JSONEachRow
{"id": 20, "code": "AA", "level": "low", "amount": 1, "day": "2026-03-01", "tags": []}
{"id": 21, "code": "BB", "level": "low", "amount": 1, "day": "2026-03-01", "tags": []}
{"id": 22, "code": "CCC", "level": "low", "amount": 1, "day": "2026-03-01", "tags": []}
{"id": 23, "code": "DD", "level": "low", "amount": 1, "day": "2026-03-01", "tags": []}; -- { serverError TOO_LARGE_STRING_SIZE }
-- Statements that name what does not exist.
INSERT INTO b (id, nope) VALUES (30, 1); -- { serverError NO_SUCH_COLUMN_IN_TABLE }
INSERT INTO missing_table VALUES (1); -- { serverError UNKNOWN_TABLE }
INSERT INTO b FORMAT NoSuchFormat
1; -- { serverError UNKNOWN_FORMAT }
SELECT id, code, level, amount, day, tags FROM b ORDER BY id;
SELECT count() FROM b;
