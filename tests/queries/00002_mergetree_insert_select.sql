-- A MergeTree table: create, insert in several batches, read back sorted and filtered.
CREATE TABLE t (id UInt64, name String, value Float64) ENGINE = MergeTree ORDER BY id;
INSERT INTO t VALUES (3, 'c', 3.5), (1, 'a', 1.5);
INSERT INTO t (id, name) VALUES (2, 'b');
SELECT * FROM t ORDER BY id;
SELECT count() FROM t;
SELECT name FROM t WHERE id >= 2 ORDER BY name DESC;
SELECT sum(value), min(id), max(name) FROM t;
INSERT INTO t SELECT number + 10, toString(number), number / 2 FROM numbers(5);
SELECT count(), sum(id) FROM t;
SELECT id, name FROM t ORDER BY id LIMIT 2 OFFSET 1;
TRUNCATE TABLE t;
SELECT count() FROM t;
DROP TABLE t;
SELECT * FROM t; -- { serverError UNKNOWN_TABLE }
