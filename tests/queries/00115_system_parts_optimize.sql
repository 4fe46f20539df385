-- MergeTree parts as system.parts shows them: one part per partition per INSERT, level 0 when
-- written (merges are stopped so the count is stable), and OPTIMIZE TABLE ... FINAL rewriting each
-- partition into one part of a higher level.
-- system.columns and system.tables describe the same table.
CREATE TABLE p (day Date, id UInt64, v String) ENGINE = MergeTree PARTITION BY toYYYYMM(day) ORDER BY id SETTINGS index_granularity = 8192;
SYSTEM STOP MERGES p;
INSERT INTO p VALUES ('2026-01-15', 1, 'a'), ('2026-02-01', 2, 'b'), ('2026-02-02', 3, 'c');
INSERT INTO p VALUES ('2026-02-10', 4, 'd');
INSERT INTO p SELECT toDate('2026-03-01') + number % 20, number + 100, toString(number) FROM numbers(1000);
SELECT partition, rows, active, level FROM system.parts WHERE database = currentDatabase() AND table = 'p' ORDER BY partition, min_block_number;
SELECT count(), sum(rows), uniqExact(partition) FROM system.parts WHERE database = currentDatabase() AND table = 'p' AND active;
SELECT countIf(bytes_on_disk > 0), countIf(data_compressed_bytes > 0), countIf(data_uncompressed_bytes >= rows) FROM system.parts WHERE database = currentDatabase() AND table = 'p' AND active;
SYSTEM START MERGES p;
OPTIMIZE TABLE p FINAL;
SELECT partition, rows, level > 0 FROM system.parts WHERE database = currentDatabase() AND table = 'p' AND active ORDER BY partition;
SELECT count() FROM p;
SELECT toYYYYMM(day) AS m, count(), min(id), max(id) FROM p GROUP BY m ORDER BY m;
-- system.columns and system.tables.
SELECT name, type, position, is_in_partition_key, is_in_sorting_key, is_in_primary_key FROM system.columns WHERE database = currentDatabase() AND table = 'p' ORDER BY position;
SELECT name, engine, partition_key, sorting_key, primary_key FROM system.tables WHERE database = currentDatabase() ORDER BY name;
CREATE TABLE m (x UInt8) ENGINE = Memory;
SELECT name, engine FROM system.tables WHERE database = currentDatabase() ORDER BY name;
SELECT count() FROM system.parts WHERE database = currentDatabase() AND table = 'm';
SELECT count() FROM system.databases WHERE name = currentDatabase();
TRUNCATE TABLE p;
SELECT count() FROM system.parts WHERE database = currentDatabase() AND table = 'p' AND active;
OPTIMIZE TABLE nope FINAL; -- { serverError UNKNOWN_TABLE }
