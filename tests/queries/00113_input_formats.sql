-- Input formats for INSERT ... FORMAT: CSV, CSVWithNames, TabSeparated, TSVWithNames, Values,
-- JSONEachRow (omitted fields take DEFAULTs; unknown fields are skipped unless
-- input_format_skip_unknown_fields = 0), and column lists.
CREATE TABLE i (id UInt32, name String DEFAULT 'anon', score Float64 DEFAULT 1.5, day Date DEFAULT '2026-01-01', tags Array(String) DEFAULT ['none'], n Nullable(UInt8)) ENGINE = MergeTree ORDER BY id;
INSERT INTO i FORMAT CSV
1,"csv one",2.5,2026-02-01,"['a','b']",1
2,"with ""quotes"", and comma",0,"2026-02-02","[]",\N
;
INSERT INTO i FORMAT CSVWithNames
"id","name","day"
3,"csv names",2026-02-03
;
INSERT INTO i FORMAT TabSeparated
4	tsv\tescaped\\	3.25	2026-02-04	['t']	4
;
INSERT INTO i FORMAT TSVWithNames
name	id
tsv names	5
;
INSERT INTO i VALUES (6, 'values', 6.5, '2026-02-06', ['v'], NULL), (7, DEFAULT, DEFAULT, DEFAULT, DEFAULT, 7);
INSERT INTO i (id, n) VALUES (8, 8);
INSERT INTO i FORMAT JSONEachRow
{"id": 9, "name": "json", "score": 9.5, "day": "2026-02-09", "tags": ["j"], "n": 9}
{"id": 10}
{"n": null, "id": 11, "name": "reordered"}
{"id": "12", "score": "12.25"};
INSERT INTO i (id, name) FORMAT JSONEachRow
{"id": 13, "name": "column list"};
SELECT * FROM i ORDER BY id;
-- Unknown fields: skipped by default (as since ClickHouse 22.6), refused when the setting is off.
INSERT INTO i SETTINGS input_format_skip_unknown_fields = 0 FORMAT JSONEachRow
{"id": 20, "browser": "Chrome"}; -- { serverError INCORRECT_DATA }
INSERT INTO i FORMAT JSONEachRow
{"id": 21, "browser": "Chrome", "nested": {"a": [1, 2]}, "name": "skipped extra"};
SELECT id, name, score FROM i WHERE id >= 20 ORDER BY id;
-- INSERT ... SELECT with a column list.
INSERT INTO i (id, name) SELECT number + 100, concat('sel', toString(number)) FROM numbers(3);
SELECT id, name, day FROM i WHERE id >= 100 ORDER BY id;
SELECT count() FROM i;
