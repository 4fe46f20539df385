-- ANY INNER joins each key once; ANY/SEMI/ANTI RIGHT joins; ANY FULL is refused; USING Nullable keys in FULL JOIN
DROP TABLE IF EXISTS jl;
DROP TABLE IF EXISTS jr;
CREATE TABLE jl (id UInt32, k Nullable(UInt32), v String) ENGINE = Memory;
CREATE TABLE jr (id UInt32, k Nullable(UInt32), w String) ENGINE = Memory;
INSERT INTO jl VALUES (1, 10, 'a'), (2, NULL, 'b'), (3, 30, 'c'), (3, 31, 'c2'), (5, 50, 'e');
INSERT INTO jr VALUES (1, 10, 'x'), (1, 11, 'x2'), (2, NULL, 'y'), (3, 30, 'z'), (4, 40, 'q');
SELECT jl.id, v, w FROM jl ANY INNER JOIN jr ON jl.id = jr.id ORDER BY jl.id, v;
SELECT jl.id, v, w FROM jl ANY LEFT JOIN jr ON jl.id = jr.id ORDER BY jl.id, v;
SELECT jr.id, v, w FROM jl ANY RIGHT JOIN jr ON jl.id = jr.id ORDER BY jr.id, w;
SELECT jr.id, w, v FROM jl RIGHT SEMI JOIN jr ON jl.id = jr.id ORDER BY jr.id, w;
SELECT jr.id, w, v FROM jl RIGHT ANTI JOIN jr ON jl.id = jr.id ORDER BY jr.id, w;
SELECT jl.id, v, w FROM jl LEFT SEMI JOIN jr ON jl.id = jr.id ORDER BY jl.id, v;
SELECT jl.id, v, w FROM jl LEFT ANTI JOIN jr ON jl.id = jr.id ORDER BY jl.id, v;
SELECT id, k, v, w FROM jl FULL JOIN jr USING (id, k) ORDER BY id, k, v, w;
SELECT jl.id FROM jl ANY FULL JOIN jr ON jl.id = jr.id; -- { serverError NOT_IMPLEMENTED }
DROP TABLE jl;
DROP TABLE jr;
