-- ORDER BY ... WITH FILL ... INTERPOLATE: added rows take the listed columns' expressions over
-- the row before them (an added row's too), alone it repeats every other column's previous value.
SELECT n, v FROM (SELECT 1 AS n, 10 AS v UNION ALL SELECT 4, 40) ORDER BY n WITH FILL INTERPOLATE (v AS v + 1);
SELECT n, v, s FROM (SELECT 1 AS n, 10 AS v, 'a' AS s UNION ALL SELECT 4, 40, 'b') ORDER BY n WITH FILL FROM 0 TO 7 INTERPOLATE;
SELECT n, v, s FROM (SELECT 1 AS n, 10 AS v, 'a' AS s UNION ALL SELECT 4, 40, 'b') ORDER BY n WITH FILL INTERPOLATE (s AS s || 'x', v AS v * 2);
SELECT n, v FROM (SELECT 1 AS n, 10 AS v) ORDER BY n WITH FILL TO 4 INTERPOLATE (v AS n);
SELECT n, v FROM (SELECT 1 AS n, toUInt8(250) AS v) ORDER BY n WITH FILL TO 10 INTERPOLATE (v AS v + 1);
SELECT n, v FROM (SELECT 1 AS n, 10 AS v) ORDER BY n WITH FILL TO 4 INTERPOLATE ();
-- Over many blocks: the row before an added row may end the previous block.
SELECT n, v FROM (SELECT number * 3 AS n, number AS v FROM numbers(100000)) ORDER BY n WITH FILL INTERPOLATE (v AS v + 100)
    LIMIT 3 OFFSET 150000 SETTINGS max_block_size = 1000;
-- Dates, a step and a prefix key.
SELECT g, d, c FROM (SELECT 1 AS g, toDate('2026-01-01') AS d, 5 AS c UNION ALL SELECT 1, toDate('2026-01-05'), 9)
    ORDER BY g, d WITH FILL STEP 1 INTERPOLATE (c AS c + 10);
SELECT n, v FROM (SELECT 1 AS n, 10 AS v) ORDER BY n WITH FILL TO 4 INTERPOLATE (n AS n + 1); -- { serverError INVALID_WITH_FILL_EXPRESSION }
SELECT n, v FROM (SELECT 1 AS n, 10 AS v) ORDER BY n WITH FILL TO 4 INTERPOLATE (zz AS 1); -- { serverError UNKNOWN_IDENTIFIER }
