-- sequenceNextNode(direction, base): the value after (or before) a chain of events from a base
-- row; experimental, as in ClickHouse, until allow_experimental_funnel_functions is on.
-- (The test runner has no session: each query sets it.)
SELECT sequenceNextNode('forward', 'head')(toUInt32(number), toString(number), 1, number = 0) FROM numbers(3); -- { serverError UNKNOWN_AGGREGATE_FUNCTION }

DROP TABLE IF EXISTS page_views;
CREATE TABLE page_views (dt DateTime('UTC'), uid UInt32, page String) ENGINE = Memory;
INSERT INTO page_views VALUES ('2024-01-01 00:00:01', 1, 'A'), ('2024-01-01 00:00:02', 1, 'B'), ('2024-01-01 00:00:03', 1, 'C'),
    ('2024-01-01 00:00:04', 1, 'D'), ('2024-01-01 00:00:05', 1, 'B'), ('2024-01-01 00:00:06', 1, 'E'),
    ('2024-01-01 00:00:03', 2, 'B'), ('2024-01-01 00:00:01', 2, 'A'), ('2024-01-01 00:00:02', 2, 'A'), ('2024-01-01 00:00:04', 2, 'C'),
    ('2024-01-01 00:00:01', 3, 'B'), ('2024-01-01 00:00:01', 3, 'A');

SELECT uid, sequenceNextNode('forward', 'head')(dt, page, page = 'A', page = 'A', page = 'B') FROM page_views GROUP BY uid ORDER BY uid SETTINGS allow_experimental_funnel_functions = 1;
SELECT uid, sequenceNextNode('forward', 'head')(dt, page, 1, page = 'A') FROM page_views GROUP BY uid ORDER BY uid SETTINGS allow_experimental_funnel_functions = 1;
SELECT uid, sequenceNextNode('forward', 'first_match')(dt, page, 1, page = 'B') FROM page_views GROUP BY uid ORDER BY uid SETTINGS allow_experimental_funnel_functions = 1;
SELECT uid, sequenceNextNode('forward', 'last_match')(dt, page, 1, page = 'B') FROM page_views GROUP BY uid ORDER BY uid SETTINGS allow_experimental_funnel_functions = 1;
SELECT uid, sequenceNextNode('backward', 'tail')(dt, page, page = 'E', page = 'E', page = 'B') FROM page_views GROUP BY uid ORDER BY uid SETTINGS allow_experimental_funnel_functions = 1;
SELECT uid, sequenceNextNode('backward', 'last_match')(dt, page, 1, page = 'B', page = 'A') FROM page_views GROUP BY uid ORDER BY uid SETTINGS allow_experimental_funnel_functions = 1;
SELECT uid, sequenceNextNode('backward', 'first_match')(dt, page, 1, page = 'C') FROM page_views GROUP BY uid ORDER BY uid SETTINGS allow_experimental_funnel_functions = 1;
SELECT uid, sequenceNextNode('forward', 'head')(dt, page, 1) FROM page_views GROUP BY uid ORDER BY uid SETTINGS allow_experimental_funnel_functions = 1;
SELECT uid, sequenceNextNode('backward', 'tail')(dt, page, 1) FROM page_views GROUP BY uid ORDER BY uid SETTINGS allow_experimental_funnel_functions = 1;
SELECT uid, sequenceNextNode('forward', 'first_match')(dt, page, page != 'A', page = 'A') FROM page_views GROUP BY uid ORDER BY uid SETTINGS allow_experimental_funnel_functions = 1;

-- large input, empty input, NULLs, -If, -State and -Merge
SELECT sequenceNextNode('forward', 'first_match')(number, toString(number % 100), 1, number % 100 = 42, number % 100 = 43) FROM numbers(100000) SETTINGS allow_experimental_funnel_functions = 1;
SELECT count(), countIf(isNull(v)) FROM (SELECT sequenceNextNode('forward', 'head')(number, toString(number), 1, number % 3 = 0) AS v FROM numbers(30000) GROUP BY number % 1000) SETTINGS allow_experimental_funnel_functions = 1;
SELECT sequenceNextNode('forward', 'head')(dt, page, 1, page = 'A') FROM page_views WHERE uid = 100 SETTINGS allow_experimental_funnel_functions = 1;
SELECT sequenceNextNode('forward', 'head')(toUInt32(number), x, 1, 1) FROM (SELECT number, if(number = 0, NULL, toString(number)) AS x FROM numbers(3)) SETTINGS allow_experimental_funnel_functions = 1;
SELECT sequenceNextNodeIf('forward', 'head')(dt, page, 1, page = 'A', uid = 1) FROM page_views SETTINGS allow_experimental_funnel_functions = 1;
SELECT hex(sequenceNextNodeState('forward', 'head')(dt, page, 1, page = 'A')) FROM page_views WHERE uid = 1 SETTINGS allow_experimental_funnel_functions = 1;
SELECT hex(sequenceNextNodeState('forward', 'first_match')(dt, page, 1, page = 'C')) FROM page_views WHERE uid = 2 SETTINGS allow_experimental_funnel_functions = 1;
SELECT sequenceNextNodeMerge('forward', 'first_match')(s) FROM (SELECT sequenceNextNodeState('forward', 'first_match')(dt, page, 1, page = 'C') AS s FROM page_views GROUP BY uid) SETTINGS allow_experimental_funnel_functions = 1;
DROP TABLE page_views;

-- parameters and arguments
SELECT sequenceNextNode('forward')(toUInt32(number), toString(number), 1, 1) FROM numbers(3) SETTINGS allow_experimental_funnel_functions = 1; -- { serverError NUMBER_OF_ARGUMENTS_DOESNT_MATCH }
SELECT sequenceNextNode('forward', 1)(toUInt32(number), toString(number), 1, 1) FROM numbers(3) SETTINGS allow_experimental_funnel_functions = 1; -- { serverError ILLEGAL_TYPE_OF_ARGUMENT }
SELECT sequenceNextNode('sideways', 'head')(toUInt32(number), toString(number), 1, 1) FROM numbers(3) SETTINGS allow_experimental_funnel_functions = 1; -- { serverError BAD_ARGUMENTS }
SELECT sequenceNextNode('forward', 'middle')(toUInt32(number), toString(number), 1, 1) FROM numbers(3) SETTINGS allow_experimental_funnel_functions = 1; -- { serverError BAD_ARGUMENTS }
SELECT sequenceNextNode('backward', 'head')(toUInt32(number), toString(number), 1, 1) FROM numbers(3) SETTINGS allow_experimental_funnel_functions = 1; -- { serverError BAD_ARGUMENTS }
SELECT sequenceNextNode('forward', 'tail')(toUInt32(number), toString(number), 1, 1) FROM numbers(3) SETTINGS allow_experimental_funnel_functions = 1; -- { serverError BAD_ARGUMENTS }
SELECT sequenceNextNode('forward', 'head')(toUInt32(number), toString(number)) FROM numbers(3) SETTINGS allow_experimental_funnel_functions = 1; -- { serverError NUMBER_OF_ARGUMENTS_DOESNT_MATCH }
SELECT sequenceNextNode('forward', 'first_match')(toUInt32(number), toString(number), 1) FROM numbers(3) SETTINGS allow_experimental_funnel_functions = 1; -- { serverError NUMBER_OF_ARGUMENTS_DOESNT_MATCH }
SELECT sequenceNextNode('forward', 'head')(toUInt32(number), toString(number), number, 1) FROM numbers(3) SETTINGS allow_experimental_funnel_functions = 1; -- { serverError ILLEGAL_TYPE_OF_ARGUMENT }
SELECT sequenceNextNode('forward', 'head')(toUInt32(number), number, 1, 1) FROM numbers(3) SETTINGS allow_experimental_funnel_functions = 1; -- { serverError ILLEGAL_TYPE_OF_ARGUMENT }
SELECT sequenceNextNode('forward', 'head')(toInt32(number), toString(number), 1, 1) FROM numbers(3) SETTINGS allow_experimental_funnel_functions = 1; -- { serverError ILLEGAL_TYPE_OF_ARGUMENT }
SELECT sequenceNextNode('forward', 'head')(toUInt32(number), toString(number), 1, number) FROM numbers(3) SETTINGS allow_experimental_funnel_functions = 1; -- { serverError ILLEGAL_TYPE_OF_ARGUMENT }
