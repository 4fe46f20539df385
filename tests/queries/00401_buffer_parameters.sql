-- Buffer's engine parameters, checked as ClickHouse checks them.
CREATE TABLE dst (id UInt64, s String) ENGINE = MergeTree ORDER BY id;
CREATE TABLE b1 (id UInt64, s String) ENGINE = Buffer(currentDatabase(), dst, 1, 10, 100, 10, 100, 10); -- { serverError NUMBER_OF_ARGUMENTS_DOESNT_MATCH }
CREATE TABLE b1 (id UInt64, s String) ENGINE = Buffer(currentDatabase(), dst, 1, 10, 100, 10, 100, 10, 100, 1, 1, 1, 1); -- { serverError NUMBER_OF_ARGUMENTS_DOESNT_MATCH }
CREATE TABLE b1 (id UInt64, s String) ENGINE = Buffer; -- { serverError NUMBER_OF_ARGUMENTS_DOESNT_MATCH }
CREATE TABLE b1 (id UInt64, s String) ENGINE = Buffer(currentDatabase(), dst, 0, 10, 100, 10, 100, 10, 100, 1000); -- { serverError BAD_ARGUMENTS }
CREATE TABLE b1 (id UInt64, s String) ENGINE = Buffer(currentDatabase(), dst, -1, 10, 100, 10, 100, 10, 100, 1000); -- { serverError BAD_ARGUMENTS }
CREATE TABLE b1 (id UInt64, s String) ENGINE = Buffer(currentDatabase(), dst, 1, -10, 100, 10, 100, 10, 100, 1000); -- { serverError BAD_ARGUMENTS }
CREATE TABLE b1 (id UInt64, s String) ENGINE = Buffer(currentDatabase(), dst, 'x', 10, 100, 10, 100, 10, 100, 1000); -- { serverError CANNOT_CONVERT_TYPE }
CREATE TABLE b1 (id UInt64, s String) ENGINE = Buffer(currentDatabase(), dst, 1, NULL, 100, 10, 100, 10, 100, 1000); -- { serverError CANNOT_CONVERT_TYPE }
CREATE TABLE b1 (id UInt64, s String) ENGINE = Buffer(currentDatabase(), dst, 1 + 1, 10, 100, 10, 100, 10, 100, 1000); -- { serverError BAD_ARGUMENTS }
CREATE TABLE b1 (id UInt64, s String) ENGINE = Buffer(1, dst, 1, 10, 100, 10, 100, 10, 100, 1000); -- { serverError BAD_GET }
CREATE TABLE b1 (id UInt64, s String) ENGINE = Buffer(currentDatabase(), dst, 1, 10, 100, 10, 100, 10, 1000) ORDER BY id; -- { serverError BAD_ARGUMENTS }
CREATE TABLE b1 (id UInt64, s String) ENGINE = Buffer(currentDatabase(), dst, 1, 10, 100, 10, 100, 10, 1000) SETTINGS index_granularity = 1; -- { serverError BAD_ARGUMENTS }
-- the destination need not exist yet; times may be fractional; flush_* are optional
CREATE TABLE b2 (id UInt64, s String) ENGINE = Buffer(currentDatabase(), 'later', 16, 1.5, 100.5, 10, 100, 10, 1000, 5, 50, 500);
CREATE TABLE b3 (id UInt64, s String) ENGINE = Buffer(currentDatabase(), dst, 1, 10, 100, 10, 100, 10, 1000, 0, 0, 0);
SELECT name, engine FROM system.tables WHERE database = currentDatabase() ORDER BY name;
-- the database and table are stored as strings
SELECT replaceOne(engine_full, currentDatabase(), 'DB') FROM system.tables WHERE database = currentDatabase() AND name = 'b3';

-- rows of a buffer whose destination does not exist are readable, and dropped at flush
INSERT INTO b2 VALUES (1, 'x');
SELECT * FROM b2;
OPTIMIZE TABLE b2;
SELECT count() FROM b2;

-- a buffer with no destination ('') discards the rows it flushes
CREATE TABLE b4 (id UInt64) ENGINE = Buffer('', '', 1, 1000, 1000, 1000, 1000, 100000, 1000000);
INSERT INTO b4 VALUES (1), (2);
SELECT count() FROM b4;
OPTIMIZE TABLE b4;
SELECT count() FROM b4;

-- a buffer into itself
CREATE TABLE b5 (id UInt64) ENGINE = Buffer(currentDatabase(), b5, 1, 1000, 1000, 1000, 1000, 100000, 1000000);
INSERT INTO b5 VALUES (1); -- { serverError INFINITE_LOOP }
SELECT * FROM b5; -- { serverError INFINITE_LOOP }
