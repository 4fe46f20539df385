-- SELECT clauses over a small events table: WITH (constants and subqueries), DISTINCT,
-- GROUP BY ... HAVING, ORDER BY ... LIMIT n BY, LIMIT/OFFSET.
CREATE TABLE ev (team_id UInt64, user String, event String, ts DateTime('UTC'), tokens UInt32) ENGINE = MergeTree ORDER BY (team_id, ts);
INSERT INTO ev SELECT
    number % 3 + 1,
    concat('u', toString(number % 7)),
    ['$pageview', '$llm_request', 'signup', '$pageview'][number % 4 + 1],
    toDateTime('2026-02-01 00:00:00', 'UTC') + number * 3600,
    if(number % 4 = 1, (number * 37) % 1000, 0)
FROM numbers(120);
-- WITH: named constants, expressions and scalar subqueries.
WITH 2 AS team, '$llm_request' AS kind SELECT count(), sum(tokens) FROM ev WHERE team_id = team AND event = kind;
WITH toDateTime('2026-02-03 00:00:00', 'UTC') AS since, tokens * 2 AS doubled SELECT count(), max(doubled) FROM ev WHERE ts >= since;
WITH (SELECT max(tokens) FROM ev) AS top SELECT team_id, user, tokens FROM ev WHERE tokens = top ORDER BY team_id, user;
WITH (SELECT avg(tokens) FROM ev WHERE event = '$llm_request') AS mean SELECT team_id, countIf(tokens > mean) FROM ev GROUP BY team_id ORDER BY team_id;
-- DISTINCT over one and several columns.
SELECT DISTINCT event FROM ev ORDER BY event;
SELECT DISTINCT team_id, event FROM ev WHERE event != '$pageview' ORDER BY team_id, event;
SELECT count(DISTINCT user), uniqExact(user), count(DISTINCT team_id, event) FROM ev;
-- HAVING filters groups, with aggregates that are or are not in the SELECT list.
SELECT user, count() AS c FROM ev GROUP BY user HAVING c > 17 ORDER BY user;
SELECT team_id, sum(tokens) AS t FROM ev GROUP BY team_id HAVING max(tokens) > 900 AND t > 0 ORDER BY team_id;
SELECT event, count() FROM ev GROUP BY event HAVING event LIKE '$%' ORDER BY event;
-- LIMIT n BY: the first n rows of each key, in ORDER BY order.
SELECT team_id, ts, tokens FROM ev WHERE tokens > 0 ORDER BY team_id, tokens DESC, ts LIMIT 2 BY team_id;
SELECT team_id, event, ts FROM ev ORDER BY team_id, event, ts LIMIT 1 BY team_id, event;
SELECT user, ts FROM ev ORDER BY user, ts DESC LIMIT 1 BY user LIMIT 3;
SELECT team_id, ts FROM ev ORDER BY team_id, ts LIMIT 1, 1 BY team_id;
-- LIMIT and OFFSET.
SELECT ts FROM ev ORDER BY ts DESC LIMIT 3 OFFSET 2;
SELECT ts FROM ev ORDER BY ts LIMIT 118, 5;
SELECT count() FROM (SELECT * FROM ev ORDER BY ts LIMIT 0);
SELECT team_id, count() FROM ev GROUP BY team_id HAVING count() > 1000;
SELECT user FROM ev GROUP BY user HAVING tokens > 0; -- { serverError NOT_AN_AGGREGATE }
