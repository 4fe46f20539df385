-- JOIN ON with OR: each OR-ed clause has its own equality keys and is hashed on its own; a
-- right row matched through several clauses joins a left row once. Conditions on one side
-- of a clause exclude that side's rows from the clause; conditions over both sides decide
-- which of the candidate pairs match, for every strictness (ANY, SEMI and ANTI take the
-- first pair that holds), as ClickHouse's.
DROP TABLE IF EXISTS jol;
DROP TABLE IF EXISTS jor;
CREATE TABLE jol (n UInt64, s String, k Nullable(UInt64)) ENGINE = MergeTree ORDER BY n;
CREATE TABLE jor (m UInt64, s String, k Nullable(UInt64)) ENGINE = MergeTree ORDER BY m;
INSERT INTO jol SELECT number, toString(number), if(number = 1, NULL, number % 2) FROM numbers(4);
INSERT INTO jor SELECT number, toString(number + 1), if(number = 2, NULL, number % 2) FROM numbers(6);

-- OR of equalities, in every kind of join.
SELECT l.n, r.m FROM jol l JOIN jor r ON l.n = r.m OR l.n + 1 = r.m ORDER BY 1, 2;
SELECT l.n, r.m FROM jol l JOIN jor r ON l.n = r.m OR l.n = r.m OR l.s = r.s ORDER BY 1, 2;
SELECT l.n, r.m, r.k FROM jol l LEFT JOIN jor r ON l.s = r.s OR l.k = r.k ORDER BY 1, 2 SETTINGS join_use_nulls = 1;
SELECT l.n, r.m FROM jol l RIGHT JOIN jor r ON l.n = r.m OR l.n + 3 = r.m ORDER BY 1, 2;
SELECT l.n, r.m FROM jol l FULL JOIN jor r ON l.n = r.m + 1 OR (l.n = r.m AND r.m > 1) ORDER BY 1, 2;
SELECT l.n, r.m FROM jol l JOIN jor r ON isNotDistinctFrom(l.k, r.k) OR l.n = r.m ORDER BY 1, 2;
-- An AND over an OR of keys is distributed into clauses.
SELECT l.n, r.m FROM jol l JOIN jor r ON (l.n = r.m OR l.n + 1 = r.m) AND r.m > 2 ORDER BY 1, 2;
-- An OR without keys in it is one condition of its clause.
SELECT l.n, r.m FROM jol l JOIN jor r ON l.k = r.k AND (l.n = 0 OR r.m = 5) ORDER BY 1, 2;
-- ANY, SEMI and ANTI over clauses. (The reference is chDB's with query_plan_join_swap_table = false: 24.x
-- never swaps the sides of a join.)
SELECT l.n, r.m FROM jol l ANY LEFT JOIN jor r ON l.n = r.m + 10 OR l.n + 1 = r.m ORDER BY 1, 2;
SELECT l.n, r.m FROM jol l ANY INNER JOIN jor r ON l.n = r.m OR l.n + 2 = r.m ORDER BY 1, 2;
SELECT l.n, r.m FROM jol l SEMI LEFT JOIN jor r ON l.n = r.m OR l.n + 2 = r.m ORDER BY 1, 2;
SELECT l.n, r.m FROM jol l ANTI LEFT JOIN jor r ON l.n = r.m + 2 OR l.n = r.m + 3 ORDER BY 1, 2;
SELECT l.n, r.m FROM jol l SEMI RIGHT JOIN jor r ON l.n % 2 = r.m % 2 OR l.n = r.m ORDER BY 1, 2;

-- Conditions over both sides with ANY, SEMI and ANTI: the first pair that holds.
SELECT l.n, r.m FROM jol l ANY INNER JOIN jor r ON l.n % 2 = r.m % 2 AND l.n + r.m > 2 ORDER BY 1, 2;
SELECT l.n, r.m FROM jol l ANY LEFT JOIN jor r ON l.n % 2 = r.m % 2 AND l.n + r.m > 4 ORDER BY 1, 2;
SELECT l.n, r.m FROM jol l SEMI LEFT JOIN jor r ON l.n % 2 = r.m % 2 AND l.n + r.m > 4 ORDER BY 1, 2;
SELECT l.n, r.m FROM jol l ANTI LEFT JOIN jor r ON l.n % 2 = r.m % 2 AND l.n + r.m > 4 ORDER BY 1, 2;
SELECT l.n, r.m FROM jol l ANY RIGHT JOIN jor r ON l.n % 2 = r.m % 2 AND l.n > r.m ORDER BY 1, 2;
SELECT l.n, r.m FROM jol l SEMI RIGHT JOIN jor r ON l.n % 2 = r.m % 2 AND l.n > r.m ORDER BY 1, 2;
SELECT l.n, r.m FROM jol l ANTI RIGHT JOIN jor r ON l.n % 2 = r.m % 2 AND l.n > r.m ORDER BY 1, 2;
SELECT l.n, r.m FROM jol l ANY LEFT JOIN jor r ON l.n % 2 = r.m % 2 AND l.n > 2 ORDER BY 1, 2;
-- The condition is not evaluated for a left row without candidates.
SELECT l.n, r.m FROM jol l ANY LEFT JOIN jor r ON l.n = r.m + 2 AND intDiv(l.n, length(r.s)) >= 1 ORDER BY 1, 2;

-- Right-side conditions keep the rows they exclude in RIGHT and FULL joins.
SELECT l.n, r.m FROM jol l RIGHT JOIN jor r ON l.n % 2 = r.m % 2 AND r.m > 2 ORDER BY 1, 2;
SELECT l.n, r.m FROM jol l FULL JOIN jor r ON l.n % 2 = r.m % 2 AND r.m > 3 ORDER BY 1, 2;
SELECT l.n, r.m FROM jol l ANTI RIGHT JOIN jor r ON l.n % 2 = r.m % 2 AND r.m > 3 ORDER BY 1, 2;

-- Many blocks, several threads.
SELECT count(), sum(a.number), sum(b.number) FROM numbers(300000) a JOIN numbers(300000) b ON a.number = b.number * 2 OR a.number = b.number * 3;
SELECT count(), sum(a.number), sum(b.number) FROM numbers(300000) a LEFT JOIN numbers(300000) b ON a.number = b.number * 2 AND a.number % 3 = b.number % 5;
SELECT count(), sum(b.number) FROM numbers(100000) a RIGHT JOIN numbers(200000) b ON a.number = b.number OR a.number * 2 = b.number;

-- A left block whose keys match many right rows is joined in blocks of max_block_size pairs:
-- the results stay whole, and 400 million pairs pass under a 200 MB memory limit.
SELECT count(), sum(a.number), sum(b.number) FROM numbers(100) a JOIN numbers(100) b ON a.number % 3 = b.number % 3 SETTINGS max_block_size = 7;
SELECT count(), sum(a.number), sum(b.number) FROM numbers(100) a JOIN numbers(100) b ON a.number = b.number * 2 OR a.number = b.number * 3 SETTINGS max_block_size = 7;
SELECT count(), sum(a.number), sum(b.number) FROM numbers(100) a FULL JOIN numbers(150) b ON a.number % 7 = b.number % 5 AND a.number < b.number SETTINGS max_block_size = 5;
SELECT count(), sum(a.number), countIf(a.number % 7 = b.number % 5 AND a.number < b.number) FROM numbers(100) a ANY LEFT JOIN numbers(150) b ON a.number % 7 = b.number % 5 AND a.number < b.number SETTINGS max_block_size = 5;
SELECT count() FROM numbers(3) a CROSS JOIN numbers(40) b SETTINGS max_block_size = 7;
SELECT count() FROM numbers(4000) a JOIN (SELECT number % 2 AS k FROM numbers(200000)) b ON a.number % 2 = b.k SETTINGS max_memory_usage = 200000000;

-- Bad ON clauses.
SELECT l.n FROM jol l JOIN jor r ON l.n = r.m OR l.k = 1; -- { serverError INVALID_JOIN_ON_EXPRESSION }
SELECT l.n FROM jol l JOIN jor r ON l.n < r.m OR l.n > r.m; -- { serverError INVALID_JOIN_ON_EXPRESSION }
SELECT l.n FROM jol l ASOF JOIN jor r ON l.k = r.k AND l.n >= r.m OR l.n = r.m; -- { serverError INVALID_JOIN_ON_EXPRESSION }
DROP TABLE jol;
DROP TABLE jor;
