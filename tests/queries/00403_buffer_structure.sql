-- A destination whose columns differ from the buffer's: a flush writes the common columns
-- (cast to the destination's types, the others get their defaults); SELECT reads the common
-- columns of the destination and gives the buffer's defaults for the others.
CREATE TABLE dst (id UInt32, s String, only_dst UInt8 DEFAULT 7) ENGINE = MergeTree ORDER BY id;
CREATE TABLE buf (id UInt64, s String, only_buf String DEFAULT 'dflt') ENGINE = Buffer(currentDatabase(), dst, 1, 1000, 1000, 1000, 1000, 100000000, 1000000000);
INSERT INTO buf VALUES (1, 'a', 'x'), (2, 'b', 'y');
SELECT id, s, only_buf FROM buf ORDER BY id;
OPTIMIZE TABLE buf;
SELECT * FROM dst ORDER BY id;
SELECT id, s, only_buf, toTypeName(id) FROM buf ORDER BY id;
INSERT INTO buf (id, s) VALUES (3, 'c');
SELECT id, s, only_buf FROM buf ORDER BY id;
-- reading only columns the destination lacks skips the destination, as in ClickHouse
SELECT count() FROM buf WHERE only_buf = 'dflt';
SELECT sum(id) FROM buf WHERE s != 'b';
SELECT count() FROM buf;

-- a buffer made with no columns takes the destination's
CREATE TABLE buf2 AS dst ENGINE = Buffer(currentDatabase(), dst, 1, 1000, 1000, 1000, 1000, 100000000, 1000000000);
INSERT INTO buf2 (id, s) VALUES (10, 'z');
SELECT * FROM buf2 WHERE id >= 3 ORDER BY id;
OPTIMIZE TABLE buf2;
SELECT * FROM dst ORDER BY id;

-- a buffer declared without columns takes the destination's, defaults included
CREATE TABLE buf3 ENGINE = Buffer(currentDatabase(), dst, 1, 1000, 1000, 1000, 1000, 100000000, 1000000000);
DESCRIBE TABLE buf3;
INSERT INTO buf3 (id) VALUES (20);
SELECT * FROM buf3 WHERE id = 20;
CREATE TABLE buf4 ENGINE = Buffer(currentDatabase(), no_such_table, 1, 1000, 1000, 1000, 1000, 100000000, 1000000000); -- { serverError UNKNOWN_TABLE }
