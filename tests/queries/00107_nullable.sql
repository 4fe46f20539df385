-- Nullable: NULL propagates through arithmetic and comparisons, aggregates skip NULLs, and
-- count(*) / count(x) differ; isNull, ifNull, coalesce and nullIf handle it explicitly.
SELECT NULL + 1, 1 + NULL, NULL * 0, NULL = NULL, NULL != 1, NULL AND 0, NULL OR 1, NOT NULL;
SELECT toTypeName(toNullable(1) + 1), toTypeName(toNullable(1) = 1), toTypeName(NULL + 1);
SELECT isNull(NULL), isNotNull(NULL), isNull(1), ifNull(NULL, 5), ifNull(3, 5), coalesce(NULL, NULL, 7, 8), nullIf(1, 1), nullIf(1, 2);
CREATE TABLE n (id UInt32, team Nullable(String), tokens Nullable(UInt32), cost Nullable(Decimal64(8))) ENGINE = MergeTree ORDER BY id;
INSERT INTO n VALUES (1, 'a', 10, 0.5), (2, 'a', NULL, 0.25), (3, NULL, 30, NULL), (4, 'b', NULL, NULL), (5, NULL, NULL, NULL), (6, 'b', 5, 1);
SELECT id, team, tokens, cost, tokens + 1, tokens * 2, cost * 2, isNull(tokens) FROM n ORDER BY id;
SELECT count(), count(*), count(tokens), count(team), sum(tokens), avg(tokens), min(tokens), max(tokens), sum(cost) FROM n;
SELECT toTypeName(sum(tokens)), toTypeName(min(tokens)), toTypeName(count(tokens)) FROM n;
SELECT uniq(tokens), uniqExact(team), countIf(tokens > 5), sumIf(tokens, team = 'a') FROM n;
-- Aggregates over nothing but NULLs give NULL, except count.
SELECT sum(tokens), avg(tokens), min(tokens), count(tokens) FROM n WHERE id IN (2, 4, 5);
-- NULL is one group key; comparisons with NULL filter rows out.
SELECT team, count(), sum(tokens) FROM n GROUP BY team ORDER BY team;
SELECT id FROM n WHERE tokens > 5 ORDER BY id;
SELECT id FROM n WHERE tokens IS NULL ORDER BY id;
SELECT id FROM n WHERE team IS NOT NULL AND tokens IS NOT NULL ORDER BY id;
SELECT id, ifNull(tokens, 0) + 1, coalesce(team, 'none') FROM n ORDER BY id;
SELECT id, tokens FROM n ORDER BY tokens DESC, id;
SELECT id, tokens FROM n ORDER BY tokens NULLS FIRST, id;
SELECT DISTINCT team FROM n ORDER BY team;
SELECT id, if(tokens > 5, 'big', 'small') FROM n ORDER BY id;
INSERT INTO n (id) VALUES (7);
SELECT id, team, tokens, cost FROM n WHERE id = 7;
CREATE TABLE nn (id UInt32, v UInt32) ENGINE = MergeTree ORDER BY id;
-- A NULL for a non-Nullable column stores the type's default (input_format_null_as_default = 1).
INSERT INTO nn VALUES (1, NULL);
INSERT INTO nn FORMAT JSONEachRow
{"id": 2, "v": null};
SELECT id, v FROM nn ORDER BY id;
INSERT INTO nn SETTINGS input_format_null_as_default = 0 VALUES (3, NULL); -- { serverError TYPE_MISMATCH }
SELECT count() FROM nn;
