-- Catalog statements and system tables.
CREATE TABLE s1 (a UInt32, b String DEFAULT 'x' COMMENT 'the b') ENGINE = MergeTree ORDER BY a;
CREATE TABLE s2 (a UInt32) ENGINE = Memory;
SHOW TABLES;
DESCRIBE TABLE s1;
EXISTS TABLE s1;
EXISTS TABLE nope;
SELECT name, engine FROM system.tables WHERE database = currentDatabase() ORDER BY name;
SELECT name, type, position FROM system.columns WHERE database = currentDatabase() AND table = 's1' ORDER BY position;
RENAME TABLE s2 TO s3;
SHOW TABLES;
CREATE TABLE s1 (a UInt8) ENGINE = Memory; -- { serverError TABLE_ALREADY_EXISTS }
CREATE TABLE IF NOT EXISTS s1 (a UInt8) ENGINE = Memory;
SELECT number FROM system.numbers LIMIT 3;
SELECT sum(number) FROM numbers_mt(100000);
