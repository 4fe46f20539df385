-- min, max, argMin and argMax order arrays, tuples and FixedString as ClickHouse compares them
SELECT min(x), max(x), argMax(number, x), argMin(number, x), toTypeName(min(x)) FROM (SELECT number, [number % 3, number] AS x FROM numbers(5));
SELECT min(x), max(x), argMax(number, x), argMin(number, x) FROM (SELECT number, (number % 3, -number) AS x FROM numbers(5));
SELECT min(x), max(x), any(x), argMax(number, x) FROM (SELECT number, toFixedString(toString(number % 3), 2) AS x FROM numbers(5));
SELECT min(x), max(x) FROM (SELECT [toNullable(number), NULL] AS x FROM numbers(3));
SELECT max(x), min(x) FROM (SELECT [[number], []] AS x FROM numbers(3));
SELECT min(x), max(x) FROM (SELECT [number % 2, number] AS x FROM numbers(4) WHERE number > 0);
SELECT max(x) FROM (SELECT [number] AS x FROM numbers(3)) WHERE 0;
SELECT min(x) FROM (SELECT number, (number % 3, [number]) AS x FROM numbers(5));
SELECT argMax((toString(number), number), (number % 3, number)), argMin(number, (toString(number % 4), number)) FROM numbers(10);
SELECT k, min(x), max(x) FROM (SELECT number % 2 AS k, [number * 2, 1] AS x FROM numbers(100000)) GROUP BY k ORDER BY k;
SELECT maxMerge(s) FROM (SELECT maxState([number]) AS s FROM numbers(10) GROUP BY number % 3);
SELECT minIf(x, x[1] > 0), maxOrNull(x) FROM (SELECT [number] AS x FROM numbers(3));
