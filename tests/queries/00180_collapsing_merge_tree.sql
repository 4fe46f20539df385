-- CollapsingMergeTree(sign) and VersionedCollapsingMergeTree(sign, version): rows of equal key
-- cancel in pairs of opposite sign when an insert writes its part, when parts merge and in
-- SELECT ... FINAL; what is left of a run follows ClickHouse's rules for unmatched rows.
CREATE TABLE states (k UInt32, v String, sign Int8) ENGINE = CollapsingMergeTree(sign) ORDER BY k;
SYSTEM STOP MERGES states;
INSERT INTO states VALUES (1, 'a', 1);
INSERT INTO states VALUES (1, 'b', -1);
INSERT INTO states VALUES (2, 'a', -1);
INSERT INTO states VALUES (2, 'b', 1);
INSERT INTO states VALUES (3, 'a', 1), (3, 'b', 1), (3, 'c', -1);
INSERT INTO states VALUES (4, 'a', -1), (4, 'b', -1), (4, 'c', 1);
INSERT INTO states VALUES (5, 'a', 1), (5, 'b', 1), (5, 'c', -1), (5, 'd', -1), (5, 'e', -1);
SELECT count() FROM states;
-- FINAL shows the last +1 row of a run where +1 rows are not outnumbered, nothing else
SELECT * FROM states FINAL ORDER BY k, v;
SELECT k, sum(sign) FROM states GROUP BY k ORDER BY k;
SYSTEM START MERGES states;
OPTIMIZE TABLE states FINAL;
-- a merge keeps the first -1 row when -1 rows are not outnumbered and the last +1 row when +1
-- rows are not, the -1 row first: a balanced run ending with -1 is gone, one ending with +1 is not
SELECT * FROM states;
SELECT * FROM states FINAL ORDER BY k, v;

-- one insert collapses too; runs spanning several granules and parts
CREATE TABLE visits (k UInt32, v String, sign Int8) ENGINE = CollapsingMergeTree(sign) ORDER BY k SETTINGS index_granularity = 2;
INSERT INTO visits VALUES (1, 'a', 1), (1, 'b', -1), (2, 'x', -1), (2, 'y', 1), (2, 'z', 1), (1, 'c', 1);
SELECT * FROM visits;
SYSTEM STOP MERGES visits;
INSERT INTO visits SELECT 10 + intDiv(number, 5), toString(number), if(number % 5 IN (0, 1), 1, -1) FROM numbers(20);
INSERT INTO visits SELECT 10 + intDiv(number, 5), toString(number + 100), 1 FROM numbers(20) WHERE number % 5 = 4;
SELECT * FROM visits FINAL ORDER BY k, v;
SELECT * FROM visits FINAL WHERE v > '1' ORDER BY k, v;
SYSTEM START MERGES visits;
OPTIMIZE TABLE visits FINAL;
SELECT * FROM visits ORDER BY k, sign;

-- the typical use: a state row cancelled and replaced, the total stays right before any merge
CREATE TABLE page_views (user UInt64, views UInt32, duration UInt32, sign Int8) ENGINE = CollapsingMergeTree(sign) ORDER BY user;
INSERT INTO page_views VALUES (4324182021466249494, 5, 146, 1);
INSERT INTO page_views VALUES (4324182021466249494, 5, 146, -1), (4324182021466249494, 6, 185, 1);
SELECT user, sum(views * sign) AS views, sum(duration * sign) AS duration FROM page_views GROUP BY user HAVING sum(sign) > 0;
SELECT * FROM page_views FINAL;
OPTIMIZE TABLE page_views FINAL;
SELECT * FROM page_views;

-- VersionedCollapsingMergeTree: rows cancel within equal key and version, in any order
CREATE TABLE versions (k UInt32, v String, sign Int8, ver UInt32) ENGINE = VersionedCollapsingMergeTree(sign, ver) ORDER BY k;
SYSTEM STOP MERGES versions;
INSERT INTO versions VALUES (1, 'a', 1, 1);
INSERT INTO versions VALUES (1, 'a', -1, 1), (1, 'b', 1, 2);
INSERT INTO versions VALUES (2, 'b', 1, 2);
INSERT INTO versions VALUES (2, 'a', -1, 1);
INSERT INTO versions VALUES (3, 'a', 1, 1), (3, 'b', 1, 1), (3, 'c', -1, 1);
INSERT INTO versions VALUES (3, 'd', -1, 1), (3, 'e', -1, 1), (3, 'f', 1, 1);
INSERT INTO versions VALUES (4, 'a', -1, 5), (4, 'b', 1, 5), (4, 'c', -1, 5);
SELECT * FROM versions FINAL ORDER BY k, v;
SYSTEM START MERGES versions;
OPTIMIZE TABLE versions FINAL;
SELECT * FROM versions ORDER BY k, v;
-- the version ends the sorting key, not the primary key
SELECT sorting_key, primary_key, engine FROM system.tables WHERE database = currentDatabase() AND name = 'versions';
-- equal signs stack; any other value cancels
CREATE TABLE odd_signs (k UInt32, v String, sign Int8, ver UInt32) ENGINE = VersionedCollapsingMergeTree(sign, ver) ORDER BY k;
INSERT INTO odd_signs VALUES (7, 'a', 0, 1), (8, 'a', 0, 1), (8, 'b', 0, 1), (9, 'a', -1, 1), (9, 'b', 0, 1), (10, 'a', 1, 1), (10, 'b', 0, 1), (11, 'a', 1, 1), (11, 'b', 1, 1);
SELECT * FROM odd_signs ORDER BY k, v;

-- bad input
INSERT INTO states VALUES (6, 'a', 2); -- { serverError INCORRECT_DATA }
SELECT count() FROM states WHERE k = 6;
CREATE TABLE bad (k UInt32, sign UInt8) ENGINE = CollapsingMergeTree(sign) ORDER BY k; -- { serverError BAD_TYPE_OF_FIELD }
CREATE TABLE bad (k UInt32, sign Int8) ENGINE = CollapsingMergeTree ORDER BY k; -- { serverError NUMBER_OF_ARGUMENTS_DOESNT_MATCH }
CREATE TABLE bad (k UInt32, sign Int8) ENGINE = CollapsingMergeTree(sign, k) ORDER BY k; -- { serverError NUMBER_OF_ARGUMENTS_DOESNT_MATCH }
CREATE TABLE bad (k UInt32, sign Int8) ENGINE = CollapsingMergeTree(x) ORDER BY k; -- { serverError NO_SUCH_COLUMN_IN_TABLE }
CREATE TABLE bad (k UInt32, sign Int8, ver String) ENGINE = VersionedCollapsingMergeTree(sign, ver) ORDER BY k; -- { serverError BAD_TYPE_OF_FIELD }
CREATE TABLE bad (k UInt32, sign Int8, ver UInt8) ENGINE = VersionedCollapsingMergeTree(sign) ORDER BY k; -- { serverError NUMBER_OF_ARGUMENTS_DOESNT_MATCH }
CREATE TABLE bad (k UInt32, sign Int8, ver UInt64) ENGINE = VersionedCollapsingMergeTree(sign, nover) ORDER BY k; -- { serverError NO_SUCH_COLUMN_IN_TABLE }
CREATE TABLE bad (k UInt32, sign UInt8, ver UInt64) ENGINE = VersionedCollapsingMergeTree(sign, ver) ORDER BY k; -- { serverError BAD_TYPE_OF_FIELD }
