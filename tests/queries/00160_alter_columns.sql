-- ALTER TABLE column changes: ADD (old parts read the DEFAULT), DROP, MODIFY (type changes
-- rewrite parts as a mutation), RENAME, COMMENT; SHOW CREATE reflects each change.
CREATE TABLE alter_t (d Date, id UInt32, name String) ENGINE = MergeTree PARTITION BY toYYYYMM(d) ORDER BY id;
INSERT INTO alter_t VALUES ('2026-02-01', 1, 'a'), ('2026-03-01', 2, 'b');

ALTER TABLE alter_t ADD COLUMN score UInt64 DEFAULT id * 10 AFTER id;
ALTER TABLE alter_t ADD COLUMN IF NOT EXISTS score UInt64;
ALTER TABLE alter_t ADD COLUMN score UInt8; -- { serverError ILLEGAL_COLUMN }
ALTER TABLE alter_t ADD COLUMN first_col String FIRST;
SELECT * FROM alter_t ORDER BY id;
INSERT INTO alter_t (d, id, name) VALUES ('2026-02-02', 3, 'c');
SELECT id, score FROM alter_t ORDER BY id;

ALTER TABLE alter_t DROP COLUMN first_col;
ALTER TABLE alter_t DROP COLUMN IF EXISTS nothing;
ALTER TABLE alter_t DROP COLUMN nothing; -- { serverError NO_SUCH_COLUMN_IN_TABLE }
ALTER TABLE alter_t DROP COLUMN id; -- { serverError ILLEGAL_COLUMN }

ALTER TABLE alter_t MODIFY COLUMN score String;
SELECT id, score, toTypeName(score) FROM alter_t ORDER BY id;
SELECT DISTINCT name LIKE '%\\_5' FROM system.parts WHERE database = currentDatabase() AND table = 'alter_t' AND active;
ALTER TABLE alter_t MODIFY COLUMN id UInt64; -- { serverError ALTER_OF_COLUMN_IS_FORBIDDEN }
ALTER TABLE alter_t MODIFY COLUMN name String CODEC(ZSTD(1));
SELECT DISTINCT name LIKE '%\\_5' FROM system.parts WHERE database = currentDatabase() AND table = 'alter_t' AND active;

ALTER TABLE alter_t RENAME COLUMN name TO title;
ALTER TABLE alter_t RENAME COLUMN id TO key; -- { serverError ALTER_OF_COLUMN_IS_FORBIDDEN }
ALTER TABLE alter_t COMMENT COLUMN title 'what it is called';
SELECT * FROM alter_t ORDER BY id;
SELECT name, type, comment FROM system.columns WHERE database = currentDatabase() AND table = 'alter_t' ORDER BY position;
SELECT replaceRegexpOne(replace(create_table_query, currentDatabase() || '.', ''), ' SETTINGS index_granularity = 8192', '') FROM system.tables WHERE database = currentDatabase() AND name = 'alter_t';
SELECT mutation_id, command, is_done FROM system.mutations WHERE database = currentDatabase() AND table = 'alter_t' ORDER BY mutation_id;
OPTIMIZE TABLE alter_t FINAL;
SELECT * FROM alter_t ORDER BY id;
DROP TABLE alter_t;
