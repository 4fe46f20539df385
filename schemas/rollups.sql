-- HIP-47 "Sessions Table" and "Metrics Rollup Tables": rollups of hanzo.events kept up to date by
-- materialized views, which run on every INSERT into events and see only that INSERT's rows.
-- A session, hour or day whose events arrive in several batches therefore gets one partial row
-- per batch; AggregatingMergeTree folds rows of equal sorting key together when it merges parts,
-- and readers fold what is not merged yet (GROUP BY with -Merge, or FINAL). Every non-key
-- column is an AggregateFunction (a state, finished by -Merge) or a SimpleAggregateFunction
-- (a value merged with its function), so the partial rows combine exactly. Single-node form of
-- HIP-47's Replicated engines ON CLUSTER, as for events.

-- HIP-47's sessions view selects plain min/max/argMin/count into an AggregatingMergeTree; merged
-- that way, the table would keep one batch's values for a session (whichever row a merge picks
-- first), not the session's. Here session_start/session_end are SimpleAggregateFunction(min/max),
-- the counts SimpleAggregateFunction(sum), and the first/last-touch columns argMin/argMax states
-- written with -State and read with argMinMerge/argMaxMerge. duration_seconds is not stored: a
-- partial session's duration cannot be merged; it is dateDiff('second', min(session_start),
-- max(session_end)) at query time.
CREATE TABLE IF NOT EXISTS hanzo.sessions
(
    team_id UInt64,
    session_id String,
    distinct_id String,
    session_start SimpleAggregateFunction(min, DateTime64(3, 'UTC')),
    session_end SimpleAggregateFunction(max, DateTime64(3, 'UTC')),
    event_count SimpleAggregateFunction(sum, UInt64),
    pageview_count SimpleAggregateFunction(sum, UInt64),
    entry_url AggregateFunction(argMin, String, DateTime64(3, 'UTC')),
    exit_url AggregateFunction(argMax, String, DateTime64(3, 'UTC')),
    initial_referrer AggregateFunction(argMin, String, DateTime64(3, 'UTC')),
    initial_utm_source AggregateFunction(argMin, String, DateTime64(3, 'UTC')),
    initial_utm_medium AggregateFunction(argMin, String, DateTime64(3, 'UTC')),
    initial_utm_campaign AggregateFunction(argMin, String, DateTime64(3, 'UTC')),
    browser AggregateFunction(argMin, String, DateTime64(3, 'UTC')),
    os AggregateFunction(argMin, String, DateTime64(3, 'UTC')),
    device_type AggregateFunction(argMin, String, DateTime64(3, 'UTC')),
    country_code AggregateFunction(argMin, FixedString(2), DateTime64(3, 'UTC'))
)
ENGINE = AggregatingMergeTree
PARTITION BY toYYYYMM(session_start)
ORDER BY (team_id, session_id, distinct_id);

CREATE MATERIALIZED VIEW IF NOT EXISTS hanzo.sessions_mv TO hanzo.sessions
AS SELECT
    team_id,
    session_id,
    distinct_id,
    min(timestamp) AS session_start,
    max(timestamp) AS session_end,
    count() AS event_count,
    countIf(event = '$pageview') AS pageview_count,
    argMinState(url, timestamp) AS entry_url,
    argMaxState(url, timestamp) AS exit_url,
    argMinState(referrer, timestamp) AS initial_referrer,
    argMinState(utm_source, timestamp) AS initial_utm_source,
    argMinState(utm_medium, timestamp) AS initial_utm_medium,
    argMinState(utm_campaign, timestamp) AS initial_utm_campaign,
    argMinState(browser, timestamp) AS browser,
    argMinState(os, timestamp) AS os,
    argMinState(device_type, timestamp) AS device_type,
    argMinState(country_code, timestamp) AS country_code
FROM hanzo.events
GROUP BY team_id, session_id, distinct_id;

-- Hourly event counts by team and event type. Counts of several batches add up; unique users
-- do not, so they are kept as uniqHLL12 states and read with uniqHLL12Merge, which also gives
-- the exact same estimate for a day or a month as uniqHLL12 over the raw events.
CREATE TABLE IF NOT EXISTS hanzo.events_hourly
(
    team_id UInt64,
    event String,
    hour DateTime('UTC'),
    count SimpleAggregateFunction(sum, UInt64),
    unique_users AggregateFunction(uniqHLL12, String)
)
ENGINE = AggregatingMergeTree
PARTITION BY toYYYYMM(hour)
ORDER BY (team_id, event, hour)
TTL hour + INTERVAL 36 MONTH DELETE;

CREATE MATERIALIZED VIEW IF NOT EXISTS hanzo.events_hourly_mv TO hanzo.events_hourly
AS SELECT
    team_id,
    event,
    toStartOfHour(timestamp) AS hour,
    count() AS count,
    uniqHLL12State(distinct_id) AS unique_users
FROM hanzo.events
GROUP BY team_id, event, hour;

-- Daily token usage by organization and model: sums and counts, each a
-- SimpleAggregateFunction(sum) so that partial days add up. HIP-47's token usage dashboard
-- query (sum(...) GROUP BY organization_id, model) runs on it unchanged.
CREATE TABLE IF NOT EXISTS hanzo.token_usage_daily
(
    organization_id String,
    model String,
    provider String,
    day Date,
    total_prompt_tokens SimpleAggregateFunction(sum, UInt64),
    total_completion_tokens SimpleAggregateFunction(sum, UInt64),
    total_cost_usd SimpleAggregateFunction(sum, Decimal128(8)),
    request_count SimpleAggregateFunction(sum, UInt64)
)
ENGINE = AggregatingMergeTree
PARTITION BY toYYYYMM(day)
ORDER BY (organization_id, day, model, provider)
TTL day + INTERVAL 36 MONTH DELETE;

CREATE MATERIALIZED VIEW IF NOT EXISTS hanzo.token_usage_daily_mv TO hanzo.token_usage_daily
AS SELECT
    organization_id,
    model,
    provider,
    toDate(timestamp) AS day,
    sum(tokens_prompt) AS total_prompt_tokens,
    sum(tokens_completion) AS total_completion_tokens,
    sum(cost_usd) AS total_cost_usd,
    count() AS request_count
FROM hanzo.events
WHERE event = '$llm_request'
GROUP BY organization_id, model, provider, day;
