-- tokenbf_v1 and ngrambf_v1 parameters are checked as ClickHouse checks them: the column types,
-- the number of arguments, unsigned integers, a filter of 1 byte to 1 GiB and at least one hash
-- function; ngrambf_v1's n is at least 1.
CREATE TABLE bad (s String, INDEX i s TYPE tokenbf_v1(256, 2) GRANULARITY 1) ENGINE = MergeTree ORDER BY tuple(); -- { serverError INCORRECT_QUERY }
CREATE TABLE bad (s String, INDEX i s TYPE tokenbf_v1(256, 2, 0, 1) GRANULARITY 1) ENGINE = MergeTree ORDER BY tuple(); -- { serverError INCORRECT_QUERY }
CREATE TABLE bad (s String, INDEX i s TYPE ngrambf_v1(3, 256, 2) GRANULARITY 1) ENGINE = MergeTree ORDER BY tuple(); -- { serverError INCORRECT_QUERY }
CREATE TABLE bad (s UInt32, INDEX i s TYPE tokenbf_v1(256, 2, 0) GRANULARITY 1) ENGINE = MergeTree ORDER BY tuple(); -- { serverError INCORRECT_QUERY }
CREATE TABLE bad (s Nullable(String), INDEX i s TYPE ngrambf_v1(3, 256, 2, 0) GRANULARITY 1) ENGINE = MergeTree ORDER BY tuple(); -- { serverError INCORRECT_QUERY }
CREATE TABLE bad (m Map(String, String), INDEX i m TYPE tokenbf_v1(256, 2, 0) GRANULARITY 1) ENGINE = MergeTree ORDER BY tuple(); -- { serverError INCORRECT_QUERY }
CREATE TABLE bad (s String, INDEX i s TYPE tokenbf_v1(256, 2, -1) GRANULARITY 1) ENGINE = MergeTree ORDER BY tuple(); -- { serverError BAD_ARGUMENTS }
CREATE TABLE bad (s String, INDEX i s TYPE tokenbf_v1(256, 2, 0.5) GRANULARITY 1) ENGINE = MergeTree ORDER BY tuple(); -- { serverError BAD_ARGUMENTS }
CREATE TABLE bad (s String, INDEX i s TYPE tokenbf_v1('256', 2, 0) GRANULARITY 1) ENGINE = MergeTree ORDER BY tuple(); -- { serverError BAD_ARGUMENTS }
CREATE TABLE bad (s String, INDEX i s TYPE tokenbf_v1(0, 2, 0) GRANULARITY 1) ENGINE = MergeTree ORDER BY tuple(); -- { serverError BAD_ARGUMENTS }
CREATE TABLE bad (s String, INDEX i s TYPE tokenbf_v1(256, 0, 0) GRANULARITY 1) ENGINE = MergeTree ORDER BY tuple(); -- { serverError BAD_ARGUMENTS }
CREATE TABLE bad (s String, INDEX i s TYPE tokenbf_v1(2000000000, 2, 0) GRANULARITY 1) ENGINE = MergeTree ORDER BY tuple(); -- { serverError BAD_ARGUMENTS }
CREATE TABLE bad (s String, INDEX i s TYPE ngrambf_v1(0, 256, 2, 0) GRANULARITY 1) ENGINE = MergeTree ORDER BY tuple(); -- { serverError BAD_ARGUMENTS }
CREATE TABLE bad (s String, INDEX i s TYPE ngrambf_v1(3, 0, 2, 0) GRANULARITY 1) ENGINE = MergeTree ORDER BY tuple(); -- { serverError BAD_ARGUMENTS }
CREATE TABLE bad (s String, INDEX i s TYPE ngrambf_v1(3, 256, 0, 0) GRANULARITY 1) ENGINE = MergeTree ORDER BY tuple(); -- { serverError BAD_ARGUMENTS }
-- ALTER ADD INDEX checks them too, and the table keeps its indexes
CREATE TABLE largest (s String, INDEX i s TYPE tokenbf_v1(1073741824, 1, 0) GRANULARITY 1) ENGINE = MergeTree ORDER BY tuple();
CREATE TABLE good (s String, a Array(FixedString(4)), l LowCardinality(String), INDEX i s TYPE tokenbf_v1(64, 1, 0) GRANULARITY 1, INDEX j a TYPE ngrambf_v1(1, 8, 300, 18446744073709551615) GRANULARITY 3, INDEX k l TYPE tokenbf_v1(1, 1, 1) GRANULARITY 1) ENGINE = MergeTree ORDER BY tuple();
ALTER TABLE good ADD INDEX x s TYPE ngrambf_v1(4, 256, 2) GRANULARITY 1; -- { serverError INCORRECT_QUERY }
ALTER TABLE good ADD INDEX x s TYPE tokenbf_v1(0, 1, 1) GRANULARITY 1; -- { serverError BAD_ARGUMENTS }
ALTER TABLE good ADD INDEX x s TYPE ngrambf_v1(4, 256, 2, 0) GRANULARITY 1;
SELECT name, type, type_full, expr, granularity FROM system.data_skipping_indices WHERE database = currentDatabase() ORDER BY table, name;
INSERT INTO good VALUES ('a b c', ['abcd', 'x'], 'lc');
SELECT count() FROM good WHERE hasToken(s, 'b') AND has(a, 'abcd') AND l = 'lc';
SELECT count() FROM good WHERE s LIKE '%a b%';
