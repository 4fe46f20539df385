-- ALTER TABLE ADD/DROP/MATERIALIZE INDEX: an added index covers the parts written after it, and
-- MATERIALIZE INDEX builds it in the older ones; DROP INDEX removes it from every part.
DROP DATABASE IF EXISTS alter_indexes_00182;
CREATE DATABASE alter_indexes_00182;
CREATE TABLE alter_indexes_00182.t (k UInt32, v UInt32) ENGINE = MergeTree ORDER BY k SETTINGS index_granularity = 4;
SYSTEM STOP MERGES alter_indexes_00182.t;
INSERT INTO alter_indexes_00182.t SELECT number, number * 10 FROM numbers(32);
ALTER TABLE alter_indexes_00182.t ADD INDEX iv v TYPE minmax GRANULARITY 1;
SHOW CREATE TABLE alter_indexes_00182.t;
INSERT INTO alter_indexes_00182.t SELECT number + 32, (number + 32) * 10 FROM numbers(32);
-- the first part has no index yet: only the second one's granules are skipped
SELECT count(), sum(k) FROM alter_indexes_00182.t WHERE v = 500;
EXPLAIN indexes = 1 SELECT count() FROM alter_indexes_00182.t WHERE v = 500;
SELECT table, name, marks FROM system.data_skipping_indices WHERE database = 'alter_indexes_00182';
ALTER TABLE alter_indexes_00182.t MATERIALIZE INDEX iv SETTINGS mutations_sync = 2;
SELECT count(), sum(k) FROM alter_indexes_00182.t WHERE v = 500;
EXPLAIN indexes = 1 SELECT count() FROM alter_indexes_00182.t WHERE v = 500;
SELECT table, name, marks FROM system.data_skipping_indices WHERE database = 'alter_indexes_00182';
ALTER TABLE alter_indexes_00182.t ADD INDEX iv v TYPE set(10) GRANULARITY 1; -- { serverError ILLEGAL_INDEX }
ALTER TABLE alter_indexes_00182.t ADD INDEX IF NOT EXISTS iv v TYPE set(10) GRANULARITY 1;
ALTER TABLE alter_indexes_00182.t DROP INDEX iv;
SELECT count() FROM system.data_skipping_indices WHERE database = 'alter_indexes_00182';
SELECT count(), sum(k) FROM alter_indexes_00182.t WHERE v = 500;
-- the same name again, now a set: the old minmax files are gone with DROP INDEX
ALTER TABLE alter_indexes_00182.t ADD INDEX iv k TYPE set(4) GRANULARITY 1;
ALTER TABLE alter_indexes_00182.t MATERIALIZE INDEX iv SETTINGS mutations_sync = 2;
SELECT count(), sum(v) FROM alter_indexes_00182.t WHERE k = 50;
EXPLAIN indexes = 1 SELECT count() FROM alter_indexes_00182.t WHERE k = 50;
SELECT table, name, type_full, expr FROM system.data_skipping_indices WHERE database = 'alter_indexes_00182';
ALTER TABLE alter_indexes_00182.t DROP INDEX nope; -- { serverError BAD_ARGUMENTS }
ALTER TABLE alter_indexes_00182.t DROP INDEX IF EXISTS nope;
ALTER TABLE alter_indexes_00182.t MATERIALIZE INDEX nope; -- { serverError BAD_ARGUMENTS }
ALTER TABLE alter_indexes_00182.t ADD INDEX bad v TYPE unknown GRANULARITY 1; -- { serverError INCORRECT_QUERY }
SHOW CREATE TABLE alter_indexes_00182.t;
DROP DATABASE alter_indexes_00182;
