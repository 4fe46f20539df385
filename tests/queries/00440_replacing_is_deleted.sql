-- ReplacingMergeTree(ver, is_deleted): merges keep the deleted row of a key (it must still
-- replace older versions inserted later), FINAL leaves it out, and OPTIMIZE ... FINAL CLEANUP
-- drops it for good when the table allows it.
CREATE TABLE r (k UInt64, v UInt32, d UInt8, s String) ENGINE = ReplacingMergeTree(v, d) ORDER BY k;
INSERT INTO r VALUES (1, 1, 0, 'a'), (1, 2, 1, 'b'), (2, 1, 0, 'c'), (3, 5, 1, 'x'), (3, 4, 0, 'y');
SELECT * FROM r ORDER BY k, v;
SELECT * FROM r FINAL ORDER BY k;
-- A later insert of an older version of key 1 stays replaced by the deleted row.
INSERT INTO r VALUES (1, 0, 0, 'old'), (4, 1, 0, 'd');
SELECT * FROM r FINAL ORDER BY k;
OPTIMIZE TABLE r FINAL;
SELECT * FROM r ORDER BY k;
SELECT count() FROM r FINAL;
-- A newer state brings a deleted key back.
INSERT INTO r VALUES (3, 6, 0, 'back');
SELECT * FROM r FINAL ORDER BY k;
INSERT INTO r VALUES (5, 1, 2, 'bad'); -- { serverError INCORRECT_DATA }
OPTIMIZE TABLE r FINAL CLEANUP; -- { serverError SUPPORT_IS_DISABLED }
SELECT * FROM r FINAL ORDER BY k;

CREATE TABLE rc (k UInt64, v UInt32, d UInt8) ENGINE = ReplacingMergeTree(v, d) ORDER BY k
    SETTINGS allow_experimental_replacing_merge_with_cleanup = 1;
INSERT INTO rc VALUES (1, 1, 0), (2, 1, 0);
INSERT INTO rc VALUES (1, 2, 1), (3, 1, 1);
OPTIMIZE TABLE rc FINAL;
SELECT * FROM rc ORDER BY k;
OPTIMIZE TABLE rc FINAL CLEANUP;
SELECT * FROM rc ORDER BY k;

CREATE TABLE m (k UInt64) ENGINE = MergeTree ORDER BY k;
OPTIMIZE TABLE m FINAL CLEANUP; -- { serverError CANNOT_ASSIGN_OPTIMIZE }

-- Bad declarations.
CREATE TABLE bad1 (k UInt64, v UInt32, d UInt16) ENGINE = ReplacingMergeTree(v, d) ORDER BY k; -- { serverError BAD_TYPE_OF_FIELD }
CREATE TABLE bad2 (k UInt64, v UInt32, d UInt8) ENGINE = ReplacingMergeTree(v, x) ORDER BY k; -- { serverError NO_SUCH_COLUMN_IN_TABLE }
CREATE TABLE bad3 (k UInt64, v UInt32, d UInt8) ENGINE = ReplacingMergeTree(v, d, k) ORDER BY k; -- { serverError NUMBER_OF_ARGUMENTS_DOESNT_MATCH }
