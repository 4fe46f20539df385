-- ASOF JOIN: per left row, the closest right row of the same keys satisfying the inequality
DROP TABLE IF EXISTS al;
DROP TABLE IF EXISTS ar;
CREATE TABLE al (id UInt32, v String, ts DateTime) ENGINE = Memory;
CREATE TABLE ar (id UInt32, w String, ts DateTime, n Nullable(Int32)) ENGINE = Memory;
INSERT INTO al VALUES (1, 'a', '2024-01-01 00:00:05'), (2, 'b', '2024-01-01 00:00:10'), (3, 'c', '2024-01-01 00:00:15'), (3, 'c2', '2024-01-01 00:00:20'), (5, 'e', '2024-01-01 00:00:01');
INSERT INTO ar VALUES (1, 'x', '2024-01-01 00:00:01', 1), (1, 'x2', '2024-01-01 00:00:07', 2), (1, 'x3', '2024-01-01 00:00:05', NULL), (2, 'y', '2024-01-01 00:00:03', 3), (3, 'z', '2024-01-01 00:00:16', 4), (4, 'q', '2024-01-01 00:00:00', 5);
SELECT al.id, v, w, ar.ts FROM al ASOF JOIN ar ON al.id = ar.id AND al.ts >= ar.ts ORDER BY al.id, v;
SELECT al.id, v, w, ar.ts FROM al ASOF JOIN ar ON al.id = ar.id AND al.ts > ar.ts ORDER BY al.id, v;
SELECT al.id, v, w, ar.ts FROM al ASOF JOIN ar ON al.id = ar.id AND al.ts <= ar.ts ORDER BY al.id, v;
SELECT al.id, v, w, ar.ts FROM al ASOF JOIN ar ON al.id = ar.id AND al.ts < ar.ts ORDER BY al.id, v;
SELECT al.id, v, w, ar.ts FROM al ASOF JOIN ar ON al.id = ar.id AND ar.ts <= al.ts ORDER BY al.id, v;
SELECT al.id, v, w, ar.ts FROM al ASOF LEFT JOIN ar ON al.id = ar.id AND al.ts >= ar.ts ORDER BY al.id, v;
SELECT al.id, v, w, ar.ts FROM al ASOF LEFT JOIN ar ON al.id = ar.id AND al.ts < ar.ts ORDER BY al.id, v;
SELECT al.id, v, w, toTypeName(w) FROM al ASOF LEFT JOIN ar ON al.id = ar.id AND al.ts < ar.ts ORDER BY al.id, v SETTINGS join_use_nulls = 1;
SELECT id, v, w FROM al ASOF JOIN ar USING (id, ts) ORDER BY id, v;
-- The ASOF column may be Nullable (NULLs never match) and of another type than the left one.
SELECT al.id, v, n FROM al ASOF JOIN ar ON al.id = ar.id AND toInt64(toSecond(al.ts)) >= ar.n ORDER BY al.id, v;
SELECT count() FROM (SELECT number AS k, number * 10 AS t FROM numbers(1000)) AS a ASOF JOIN (SELECT number % 10 AS k, number AS t FROM numbers(10000)) AS b ON a.k = b.k AND a.t >= b.t;
SELECT al.id FROM al ASOF JOIN ar ON al.id = ar.id; -- { serverError INVALID_JOIN_ON_EXPRESSION }
SELECT al.id FROM al ASOF RIGHT JOIN ar ON al.id = ar.id AND al.ts >= ar.ts; -- { serverError NOT_IMPLEMENTED }
DROP TABLE al;
DROP TABLE ar;
SELECT * FROM numbers(3) AS a ASOF JOIN numbers(3) AS b USING number; -- { serverError NOT_IMPLEMENTED }
SELECT * FROM numbers(3) AS a ASOF JOIN numbers(3) AS b ON a.number >= b.number; -- { serverError NOT_IMPLEMENTED }
