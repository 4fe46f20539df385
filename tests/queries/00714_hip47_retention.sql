-- HIP-47's retention query as written: its cohort is the minimum timestamp within one
-- (distinct_id, day) group, so every period is 0. docs/hip47-queries.md explains it and gives
-- a correct retention query, checked here on the same events.
DROP TABLE IF EXISTS events;
CREATE TABLE events (team_id UInt64, distinct_id String, event String, timestamp DateTime64(3)) ENGINE = MergeTree ORDER BY (team_id, timestamp);
-- Five users: u3 and u4 first seen on 2026-01-12, the others on 2026-01-05; user i comes back
-- every week for i % 4 weeks, with two events on each active day. One event of another team and
-- one of another kind are left out by both queries.
INSERT INTO events SELECT 1, concat('u', toString(u)), if(number % 2 = 0, '$pageview', '$screen'),
    toDateTime64('2026-01-05 10:00:00', 3) + toIntervalDay(7 * (u >= 3) + 7 * w) + toIntervalHour(number % 2)
FROM (SELECT number, number % 5 AS u, intDiv(number, 10) AS w FROM numbers(40)) WHERE w <= u % 4;
INSERT INTO events VALUES (2, 'u0', '$pageview', '2026-01-20 10:00:00'), (1, 'u1', 'purchase', '2026-03-01 10:00:00');

-- As HIP-47 writes it.
SELECT
cohort_date,
period,
count(DISTINCT distinct_id) AS retained_users
FROM
(
SELECT
distinct_id,
toDate(min(timestamp)) AS cohort_date,
dateDiff('week', toDate(min(timestamp)), toDate(timestamp)) AS period
FROM events
WHERE team_id = 1
AND event IN ('$pageview', '$screen')
AND timestamp >= '2026-01-01'
GROUP BY distinct_id, toDate(timestamp)
)
GROUP BY cohort_date, period
ORDER BY cohort_date, period;

-- Corrected: each user's cohort is their first active day, and each period a week after it
-- in which they were active.
SELECT cohort_date, dateDiff('week', cohort_date, activity_date) AS period, count(DISTINCT distinct_id) AS retained_users
FROM
(
    SELECT distinct_id, toDate(timestamp) AS activity_date
    FROM events
    WHERE team_id = 1 AND event IN ('$pageview', '$screen') AND timestamp >= '2026-01-01'
    GROUP BY distinct_id, activity_date
) AS activity
INNER JOIN
(
    SELECT distinct_id, toDate(min(timestamp)) AS cohort_date
    FROM events
    WHERE team_id = 1 AND event IN ('$pageview', '$screen') AND timestamp >= '2026-01-01'
    GROUP BY distinct_id
) AS cohorts USING (distinct_id)
GROUP BY cohort_date, period
ORDER BY cohort_date, period;
DROP TABLE events;
