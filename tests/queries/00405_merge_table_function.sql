-- merge(['db',] 'regexp'): the matching tables as one, with the first table's columns.
CREATE TABLE t_1 (id UInt64, s String) ENGINE = MergeTree ORDER BY id;
CREATE TABLE t_2 (id UInt32, s String) ENGINE = MergeTree ORDER BY id;
CREATE TABLE t_3 (id UInt64) ENGINE = MergeTree ORDER BY id;
INSERT INTO t_1 VALUES (1, 'a'), (2, 'b');
INSERT INTO t_2 VALUES (3, 'c');
INSERT INTO t_3 VALUES (4);
SELECT id, s, _table FROM merge(currentDatabase(), '^t_') ORDER BY id;
SELECT id, _table FROM merge('^t_[12]$') ORDER BY id;
SELECT id, toTypeName(id) FROM merge(currentDatabase(), '^t_[12]$') ORDER BY id;
SELECT _table, count() FROM merge(currentDatabase(), '^t_') WHERE _table != 't_2' GROUP BY _table ORDER BY _table;
SELECT count() FROM merge(currentDatabase(), '^t_') WHERE _table = 't_1' AND id > 1;
SELECT _database = currentDatabase(), count() FROM merge(REGEXP('^test'), '^t_') GROUP BY 1;
SELECT count() FROM merge(REGEXP(currentDatabase()), '^t_'); -- { serverError BAD_ARGUMENTS }
SELECT count() FROM merge(REGEXP(''), '^t_'); -- { serverError BAD_ARGUMENTS }
DESCRIBE merge(currentDatabase(), '^t_[12]$');
SELECT * FROM merge(currentDatabase(), '^t_[23]$') ORDER BY id;
SELECT a.id, b.s FROM merge('^t_3$') AS a JOIN merge('^t_1$') AS b ON a.id = b.id + 3;
SELECT * FROM merge(); -- { serverError NUMBER_OF_ARGUMENTS_DOESNT_MATCH }
SELECT * FROM merge(currentDatabase(), 't', 3); -- { serverError NUMBER_OF_ARGUMENTS_DOESNT_MATCH }
SELECT * FROM merge(currentDatabase(), '^nothing$'); -- { serverError UNKNOWN_TABLE, CANNOT_EXTRACT_TABLE_STRUCTURE }
SELECT * FROM merge(no_such_database, 't'); -- { serverError UNKNOWN_DATABASE }
SELECT * FROM merge(currentDatabase(), '('); -- { serverError CANNOT_COMPILE_REGEXP }
SELECT * FROM merge(currentDatabase(), 1); -- { serverError BAD_ARGUMENTS }
