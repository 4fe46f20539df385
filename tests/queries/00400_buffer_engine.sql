-- Buffer: rows wait in RAM until a threshold passes, then go to the destination table.
-- SELECT from the buffer reads the destination and the buffered rows together.
CREATE TABLE dst (id UInt64, s String) ENGINE = MergeTree ORDER BY id;
-- one layer; flushed when more than 5 rows (max_rows) would be in it; times and bytes far away
CREATE TABLE buf (id UInt64, s String) ENGINE = Buffer(currentDatabase(), dst, 1, 1000, 1000, 1000, 5, 100000000, 1000000000);

INSERT INTO buf VALUES (1, 'a'), (2, 'b');
SELECT 'buffered', count() FROM dst;
SELECT * FROM buf ORDER BY id;
INSERT INTO buf VALUES (3, 'c'), (4, 'd');
SELECT 'still buffered', count() FROM dst;
-- 4 + 2 rows would pass max_rows: the 4 buffered rows are flushed first, the 2 new ones wait
INSERT INTO buf VALUES (5, 'e'), (6, 'f');
SELECT 'flushed by rows', count() FROM dst;
SELECT * FROM buf ORDER BY id;
SELECT count(), sum(id) FROM buf WHERE id > 2;
SELECT s FROM buf WHERE id IN (2, 5) ORDER BY s;
-- PREWHERE filters the destination's and the buffered rows alike
SELECT id, s FROM buf PREWHERE id >= 3 WHERE s != 'd' ORDER BY id;
SELECT id FROM buf PREWHERE s = 'b' OR id = 6 ORDER BY id;
SELECT 'total_rows', total_rows FROM system.tables WHERE database = currentDatabase() AND name = 'buf';

-- a block larger than max_rows skips the buffer
INSERT INTO buf SELECT number + 100, 'big' FROM numbers(10);
SELECT 'direct', count() FROM dst WHERE s = 'big';

-- OPTIMIZE flushes every layer; PARTITION, FINAL and DEDUPLICATE are refused
OPTIMIZE TABLE buf FINAL; -- { serverError NOT_IMPLEMENTED }
OPTIMIZE TABLE buf DEDUPLICATE; -- { serverError NOT_IMPLEMENTED }
OPTIMIZE TABLE buf PARTITION tuple(); -- { serverError NOT_IMPLEMENTED }
OPTIMIZE TABLE buf;
SELECT 'after optimize', count() FROM dst;
SELECT count() FROM buf;
TRUNCATE TABLE buf; -- { serverError NOT_IMPLEMENTED }

-- flush by bytes: 3 UInt64 rows are 24 bytes, over max_bytes = 20
CREATE TABLE dst_bytes (x UInt64) ENGINE = MergeTree ORDER BY x;
CREATE TABLE buf_bytes (x UInt64) ENGINE = Buffer(currentDatabase(), dst_bytes, 1, 1000, 1000, 1000, 1000, 1000, 20);
INSERT INTO buf_bytes VALUES (1);
INSERT INTO buf_bytes VALUES (2);
SELECT 'bytes buffered', count() FROM dst_bytes;
INSERT INTO buf_bytes VALUES (3);
SELECT 'bytes flushed', count() FROM dst_bytes;
INSERT INTO buf_bytes VALUES (4);
-- all min_* thresholds passed: min_time 0 needs a second, so min_rows and min_bytes alone do not flush
CREATE TABLE buf_min (x UInt64) ENGINE = Buffer(currentDatabase(), dst_bytes, 1, 0, 1000, 1, 1000, 1, 1000000);
INSERT INTO buf_min VALUES (10), (11);
SELECT 'min not passed', count() FROM dst_bytes WHERE x >= 10;
SELECT * FROM buf_bytes ORDER BY x;

-- DROP of the buffer flushes it
DROP TABLE buf_bytes;
SELECT 'after drop', count() FROM dst_bytes;
DETACH TABLE buf_min;
SELECT 'after detach', count() FROM dst_bytes WHERE x >= 10;
