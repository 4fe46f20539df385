-- Outer JOIN ON with conditions beyond the keys (on the left side, or on both sides): a pair
-- of rows matches only where they hold; in LEFT and FULL joins a left row with no match left
-- keeps one row with defaults (NULLs under join_use_nulls), and in RIGHT and FULL joins so
-- does each right row no kept pair used, as in ClickHouse.
DROP TABLE IF EXISTS jl;
DROP TABLE IF EXISTS jr;
CREATE TABLE jl (x UInt32, s String) ENGINE = MergeTree ORDER BY x;
CREATE TABLE jr (y UInt32, z Nullable(Int64), t String) ENGINE = MergeTree ORDER BY y;
INSERT INTO jl SELECT number, toString(number) FROM numbers(6);
INSERT INTO jr SELECT number % 3, if(number = 4, NULL, toInt64(number)), concat('r', toString(number)) FROM numbers(9);

SELECT jl.x, jr.z, jr.t FROM jl LEFT JOIN jr ON jl.x % 3 = jr.y AND jr.z > jl.x ORDER BY 1, 2, 3;
SELECT jl.x, jr.t FROM jl LEFT JOIN jr ON jl.x % 3 = jr.y AND jl.x > 2 ORDER BY 1, 2;
SELECT jl.x, jr.z FROM jl LEFT JOIN jr ON jl.x % 3 = jr.y AND jr.z + jl.x > 8 ORDER BY 1, 2 SETTINGS join_use_nulls = 1;
SELECT jl.s FROM jl LEFT JOIN jr ON jl.x % 3 = jr.y AND jr.t LIKE concat('%', jl.s) ORDER BY 1;
SELECT count(), countIf(jr.t = '') FROM jl LEFT JOIN jr ON jl.x % 3 = jr.y AND 0;
SELECT jl.x, jr.t FROM jl LEFT JOIN jr ON jl.x % 3 = jr.y AND jr.z > jl.x WHERE jr.t != '' ORDER BY 1, 2 LIMIT 3;
SELECT count(), sum(b.z) FROM (SELECT number x FROM numbers(100000)) a LEFT JOIN (SELECT number % 1000 y, number z FROM numbers(5000)) b ON a.x % 1000 = b.y AND b.z < a.x;
SELECT jl.x, jr.z, jr.t FROM jl RIGHT JOIN jr ON jl.x % 3 = jr.y AND jr.z > jl.x + 3 ORDER BY 1, 2, 3;
SELECT jl.x, jr.t FROM jl FULL JOIN jr ON jl.x % 3 = jr.y AND jr.z > jl.x + 3 ORDER BY 1, 2;
SELECT jl.x, jr.t FROM jl FULL JOIN jr ON jl.x % 3 = jr.y AND jr.z > jl.x + 3 ORDER BY 1, 2 SETTINGS join_use_nulls = 1;
SELECT count(), sum(a.x), sum(b.z) FROM (SELECT number x FROM numbers(100000)) a RIGHT JOIN (SELECT number % 1000 y, number z FROM numbers(5000)) b ON a.x % 1000 = b.y AND a.x < b.z;
DROP TABLE jl;
DROP TABLE jr;
