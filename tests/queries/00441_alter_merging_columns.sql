-- The columns a merge reads cannot be dropped or renamed, and keep a type the merge accepts;
-- the table stays usable (and attachable) after every refused ALTER.
CREATE TABLE c (k UInt64, sign Int8, x UInt32) ENGINE = CollapsingMergeTree(sign) ORDER BY k;
ALTER TABLE c DROP COLUMN sign; -- { serverError ALTER_OF_COLUMN_IS_FORBIDDEN }
ALTER TABLE c RENAME COLUMN sign TO s2; -- { serverError ALTER_OF_COLUMN_IS_FORBIDDEN }
ALTER TABLE c MODIFY COLUMN sign Int16; -- { serverError ALTER_OF_COLUMN_IS_FORBIDDEN }
ALTER TABLE c DROP COLUMN x;
INSERT INTO c VALUES (1, 1);
SELECT * FROM c;
DETACH TABLE c;
ATTACH TABLE c;
SELECT * FROM c;

CREATE TABLE r (k UInt64, v UInt32, d UInt8, s String) ENGINE = ReplacingMergeTree(v, d) ORDER BY k;
ALTER TABLE r DROP COLUMN v; -- { serverError ALTER_OF_COLUMN_IS_FORBIDDEN }
ALTER TABLE r RENAME COLUMN v TO v2; -- { serverError ALTER_OF_COLUMN_IS_FORBIDDEN }
ALTER TABLE r MODIFY COLUMN v String; -- { serverError ALTER_OF_COLUMN_IS_FORBIDDEN }
ALTER TABLE r MODIFY COLUMN v Int64; -- { serverError ALTER_OF_COLUMN_IS_FORBIDDEN }
ALTER TABLE r MODIFY COLUMN v UInt16; -- { serverError ALTER_OF_COLUMN_IS_FORBIDDEN }
ALTER TABLE r DROP COLUMN d; -- { serverError ALTER_OF_COLUMN_IS_FORBIDDEN }
ALTER TABLE r MODIFY COLUMN d UInt16; -- { serverError ALTER_OF_COLUMN_IS_FORBIDDEN }
INSERT INTO r VALUES (1, 4000000000, 0, 'a');
ALTER TABLE r MODIFY COLUMN v UInt64 SETTINGS mutations_sync = 2;
INSERT INTO r VALUES (1, 5000000000, 0, 'b');
SELECT * FROM r FINAL;
SELECT type FROM system.columns WHERE database = currentDatabase() AND table = 'r' AND name = 'v';

CREATE TABLE vc (k UInt64, sign Int8, ver UInt8) ENGINE = VersionedCollapsingMergeTree(sign, ver) ORDER BY k;
ALTER TABLE vc DROP COLUMN sign; -- { serverError ALTER_OF_COLUMN_IS_FORBIDDEN }
ALTER TABLE vc RENAME COLUMN ver TO w; -- { serverError ALTER_OF_COLUMN_IS_FORBIDDEN }

CREATE TABLE sm (k UInt64, x UInt64, y UInt64) ENGINE = SummingMergeTree(x) ORDER BY k;
ALTER TABLE sm DROP COLUMN x; -- { serverError ALTER_OF_COLUMN_IS_FORBIDDEN }
ALTER TABLE sm DROP COLUMN y;
SELECT name FROM system.columns WHERE database = currentDatabase() AND table = 'sm' ORDER BY position;
