-- Merge reads every table of a database whose name matches a regexp, as one table.
CREATE TABLE hits_1 (id UInt64, url String) ENGINE = MergeTree ORDER BY id;
CREATE TABLE hits_2 (id UInt32, url String, extra UInt8) ENGINE = MergeTree ORDER BY id;
CREATE TABLE hits_3 (id UInt64) ENGINE = MergeTree ORDER BY id;
CREATE TABLE other (id UInt64, url String) ENGINE = Memory;
INSERT INTO hits_1 VALUES (1, 'a'), (2, 'b');
INSERT INTO hits_2 VALUES (3, 'c', 1), (4, 'd', 2);
INSERT INTO hits_3 VALUES (5);
INSERT INTO other VALUES (6, 'z');

CREATE TABLE hits (id UInt64, url String) ENGINE = Merge(currentDatabase(), '^hits_');
-- a table's own types are cast to the Merge's, a column it lacks is the type's default
SELECT id, url, _table, _database = currentDatabase() FROM hits ORDER BY id;
SELECT * FROM hits ORDER BY id;
SELECT toTypeName(_table), toTypeName(_database) FROM hits LIMIT 1;
SELECT count() FROM hits;
SELECT _table, count(), sum(id) FROM hits GROUP BY _table ORDER BY _table;
-- WHERE on _table skips tables, the rest of it filters rows
SELECT id, _table FROM hits WHERE _table = 'hits_2' ORDER BY id;
SELECT id, _table FROM hits WHERE _table IN ('hits_1', 'hits_3') AND id > 1 ORDER BY id;
SELECT id FROM hits WHERE _table LIKE '%3' OR id = 1 ORDER BY id;
SELECT count() FROM hits WHERE _table = 'nothing';
SELECT id, _table FROM hits FINAL WHERE id < 3 ORDER BY id;

-- a table whose values cannot be cast fails the query, unless a condition on _table leaves it unread
CREATE TABLE hits_text (id String) ENGINE = MergeTree ORDER BY id;
INSERT INTO hits_text VALUES ('not a number');
SELECT count(), sum(id) FROM hits WHERE _table != 'hits_text';
SELECT count(), sum(id) FROM hits WHERE _table NOT LIKE '%text' AND id > 1;
SELECT sum(id) FROM hits; -- { serverError CANNOT_PARSE_TEXT }
DROP TABLE hits_text;

-- other declared columns: a String column from numbers, and a column only some tables have
CREATE TABLE as_text (id String, extra UInt8) ENGINE = Merge(currentDatabase(), '^hits_[12]$');
SELECT id, toTypeName(id), extra FROM as_text ORDER BY id;

-- a Merge over everything includes other Merge tables (whose _table names their own tables) but not itself
CREATE TABLE everything (id UInt64) ENGINE = Merge(currentDatabase(), '');
SELECT _table, count() FROM everything GROUP BY _table ORDER BY _table;

-- read-only; Merge has exactly two parameters and a valid regexp
INSERT INTO hits VALUES (9, 'q'); -- { serverError NOT_IMPLEMENTED }
TRUNCATE TABLE hits; -- { serverError NOT_IMPLEMENTED }
CREATE TABLE m_bad (id UInt64) ENGINE = Merge(currentDatabase()); -- { serverError NUMBER_OF_ARGUMENTS_DOESNT_MATCH }
CREATE TABLE m_bad (id UInt64) ENGINE = Merge(currentDatabase(), '^h', 1); -- { serverError NUMBER_OF_ARGUMENTS_DOESNT_MATCH }
CREATE TABLE m_bad (id UInt64) ENGINE = Merge; -- { serverError NUMBER_OF_ARGUMENTS_DOESNT_MATCH }
CREATE TABLE m_bad (id UInt64) ENGINE = Merge(currentDatabase(), '('); -- { serverError CANNOT_COMPILE_REGEXP }
CREATE TABLE m_bad (id UInt64) ENGINE = Merge(currentDatabase(), 1); -- { serverError BAD_ARGUMENTS }
CREATE TABLE m_bad (id UInt64) ENGINE = Merge(currentDatabase(), '^h') ORDER BY id; -- { serverError BAD_ARGUMENTS }
-- no matching table: no rows
CREATE TABLE empty_merge (id UInt64) ENGINE = Merge(currentDatabase(), '^nothing$');
SELECT count() FROM empty_merge;
SELECT replaceOne(engine_full, currentDatabase(), 'DB') FROM system.tables WHERE database = currentDatabase() AND name = 'hits';
-- a Merge declared without columns takes the first matching table's
CREATE TABLE inferred ENGINE = Merge(currentDatabase(), '^hits_1$');
DESCRIBE TABLE inferred;
SELECT *, _table FROM inferred ORDER BY id;
CREATE TABLE inferred_none ENGINE = Merge(currentDatabase(), '^nothing$'); -- { serverError CANNOT_EXTRACT_TABLE_STRUCTURE }
