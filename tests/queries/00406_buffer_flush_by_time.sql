-- The background thread flushes a layer once a time threshold passes (in whole seconds since
-- its first write, strictly more than the threshold), and applies the flush_* thresholds.
CREATE TABLE dst (x UInt64, tag String) ENGINE = MergeTree ORDER BY x;
-- max_time = 0: flushed at the next whole second
CREATE TABLE by_max_time (x UInt64, tag String) ENGINE = Buffer(currentDatabase(), dst, 1, 1000, 0, 1000000, 1000000, 1000000000, 1000000000);
-- all min_* passed once a whole second went by
CREATE TABLE by_min (x UInt64, tag String) ENGINE = Buffer(currentDatabase(), dst, 1, 0, 1000, 1, 1000000, 1, 1000000000);
-- flush_rows = 1: more than one row is flushed by the background thread, not by the INSERT
-- (24.x checks it at least every second while rows are buffered; chDB 26.7 waits for a time threshold)
CREATE TABLE by_flush_rows (x UInt64, tag String) ENGINE = Buffer(currentDatabase(), dst, 1, 1000, 1000, 1000000, 1000000, 1000000000, 1000000000, 0, 1, 0);
-- nothing passes within the test
CREATE TABLE never (x UInt64, tag String) ENGINE = Buffer(currentDatabase(), dst, 1, 1000, 1000, 1000000, 1000000, 1000000000, 1000000000);

INSERT INTO by_max_time VALUES (1, 'max_time');
INSERT INTO by_min VALUES (2, 'min'), (3, 'min');
INSERT INTO by_flush_rows VALUES (4, 'flush_rows'), (5, 'flush_rows');
INSERT INTO never VALUES (6, 'never');
SELECT 'right after the inserts', count() FROM dst WHERE tag IN ('max_time', 'min');
SELECT sleep(2.5) FORMAT Null;
SELECT tag, count() FROM dst GROUP BY tag ORDER BY tag;
SELECT tag, count() FROM never GROUP BY tag ORDER BY tag;
-- each row is read once: from the destination or from the buffer
SELECT count(), sum(x) FROM by_max_time;
