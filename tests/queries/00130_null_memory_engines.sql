-- ENGINE = Null takes inserts and keeps nothing; ENGINE = Memory keeps blocks in memory.
CREATE TABLE sink (id UInt64, name String) ENGINE = Null;
INSERT INTO sink VALUES (1, 'a'), (2, 'b');
INSERT INTO sink SELECT number, toString(number) FROM numbers(1000);
SELECT count() FROM sink;
SELECT * FROM sink;
SELECT name, engine FROM system.tables WHERE database = currentDatabase() AND name = 'sink';
TRUNCATE TABLE sink; -- { serverError NOT_IMPLEMENTED }

CREATE TABLE mem (id UInt64, name String, d Date DEFAULT '2024-01-02') ENGINE = Memory;
INSERT INTO mem (id, name) VALUES (1, 'one'), (2, 'two');
INSERT INTO mem SELECT number + 10, concat('n', toString(number)), toDate('2024-03-01') + number FROM numbers(5);
SELECT * FROM mem ORDER BY id;
SELECT count(), sum(id), min(d), max(d) FROM mem;
SELECT name FROM mem WHERE id > 12 ORDER BY name;
SELECT name, engine, total_rows FROM system.tables WHERE database = currentDatabase() AND name = 'mem';

-- many blocks read in parallel give the same answer as one
INSERT INTO mem SELECT number + 100, 'x', '2024-01-01' FROM numbers(100000) SETTINGS max_block_size = 1000, min_insert_block_size_rows = 1000;
SELECT count(), sum(id), uniqExact(name) FROM mem SETTINGS max_threads = 4;
SELECT count(), sum(id), uniqExact(name) FROM mem SETTINGS max_threads = 1;

TRUNCATE TABLE mem;
SELECT count() FROM mem;
INSERT INTO mem (id, name) VALUES (7, 'seven');
SELECT * FROM mem;
DROP TABLE mem;
SELECT count() FROM system.tables WHERE database = currentDatabase() AND name = 'mem';
DROP TABLE sink;
