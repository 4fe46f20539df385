-- The common type of arrays, tuples and maps is built from their elements' common types
SELECT [[1], []], toTypeName([[1], []]);
SELECT [[], [1]], [(1, []), (2, [3])], toTypeName([(1, []), (2, [3])]);
SELECT x FROM (SELECT [1] AS x UNION ALL SELECT [-1]) ORDER BY x;
SELECT x, toTypeName(x) FROM (SELECT ([1], [1]) AS x UNION ALL SELECT ([1], [-1])) ORDER BY x;
SELECT if(number = 0, [1], []) FROM numbers(2);
SELECT [[1], [NULL]], [[], [NULL]], toTypeName([[1], [NULL]]);
SELECT map(1, [1], 2, []), toTypeName(map(1, [1], 2, []));
SELECT [map(1, 2), map(300, -1)], toTypeName([map(1, 2), map(300, -1)]);
SELECT sumMap(x.1, x.2) FROM (SELECT ([1, 2], [-1, 1]) AS x UNION ALL SELECT ([1], [1]));
SELECT [[1], ['a']]; -- { serverError NO_COMMON_TYPE }
SELECT [(1, 2), (1, 2, 3)]; -- { serverError NO_COMMON_TYPE }
SELECT [[1], 2]; -- { serverError NO_COMMON_TYPE }
