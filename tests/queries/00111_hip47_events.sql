-- The HIP-47 events table end to end: the schema of schemas/events.sql, a batch of events in
-- JSONEachRow as the capture service sends them (ISO timestamps, with best_effort parsing; LLM
-- requests with the basic form), and the spec's example queries: count by day, top browsers of a
-- team over a date range, the session rollup, hourly counts, daily token usage and the
-- "Monthly invoice line items" billing query.
CREATE TABLE events
(
    -- Identity
    uuid UUID DEFAULT generateUUIDv4() CODEC(LZ4),
    team_id UInt64 CODEC(Delta, LZ4),
    distinct_id String CODEC(ZSTD(3)),
    session_id String DEFAULT '' CODEC(ZSTD(3)),
    -- Event
    event String CODEC(ZSTD(1)),
    timestamp DateTime64(3, 'UTC') CODEC(DoubleDelta, LZ4),
    created_at DateTime64(3, 'UTC') DEFAULT now64(3),
    -- Properties (a JSON string, queried with JSONExtract)
    properties String DEFAULT '{}' CODEC(ZSTD(3)),
    -- Denormalized property columns
    url String DEFAULT '' CODEC(ZSTD(3)),
    referrer String DEFAULT '' CODEC(ZSTD(3)),
    host String DEFAULT '',
    pathname String DEFAULT '',
    -- Device
    browser LowCardinality(String) DEFAULT '' CODEC(ZSTD(1)),
    browser_version String DEFAULT '',
    os LowCardinality(String) DEFAULT '' CODEC(ZSTD(1)),
    os_version String DEFAULT '',
    device_type LowCardinality(String) DEFAULT '',
    -- Geo
    country_code LowCardinality(FixedString(2)) DEFAULT '\0\0' CODEC(LZ4),
    city LowCardinality(String) DEFAULT '',
    region LowCardinality(String) DEFAULT '',
    -- Attribution
    utm_source LowCardinality(String) DEFAULT '',
    utm_medium LowCardinality(String) DEFAULT '',
    utm_campaign LowCardinality(String) DEFAULT '',
    -- LLM-specific (Hanzo extension)
    model LowCardinality(String) DEFAULT '',
    provider LowCardinality(String) DEFAULT '',
    tokens_prompt UInt32 DEFAULT 0 CODEC(Delta, LZ4),
    tokens_completion UInt32 DEFAULT 0 CODEC(Delta, LZ4),
    cost_usd Decimal64(8) DEFAULT 0 CODEC(Delta, LZ4),
    -- Billing
    organization_id String DEFAULT '',
    project_id String DEFAULT '',
    api_key_id String DEFAULT ''
)
ENGINE = MergeTree
PARTITION BY toYYYYMM(timestamp)
ORDER BY (team_id, toDate(timestamp), event, cityHash64(distinct_id), uuid)
SETTINGS index_granularity = 8192;
INSERT INTO events SETTINGS date_time_input_format = 'best_effort' FORMAT JSONEachRow
{"team_id":1,"event":"$pageview","timestamp":"2026-01-30T09:07:13.137Z","distinct_id":"user_40","session_id":"s0","properties":"{\"url\": \"/page/0\"}","url":"https://hanzo.ai/page/0","host":"hanzo.ai","pathname":"/page/0","browser":"Safari","os":"Windows","device_type":"Desktop","country_code":"DE","utm_source":""}
{"team_id":1,"event":"$pageview","timestamp":"2026-01-30T12:14:26.274Z","distinct_id":"user_40","session_id":"s0","properties":"{\"url\": \"/page/1\"}","url":"https://hanzo.ai/page/1","host":"hanzo.ai","pathname":"/page/1","browser":"Firefox","os":"Linux","device_type":"Desktop","country_code":"JP","utm_source":"twitter"}
{"team_id":1,"event":"$autocapture","timestamp":"2026-01-30T15:21:39.411Z","distinct_id":"user_40","session_id":"s0","properties":"{\"url\": \"/page/2\"}","url":"https://hanzo.ai/page/2","host":"hanzo.ai","pathname":"/page/2","browser":"Chrome","os":"iOS","device_type":"Mobile","country_code":"US","utm_source":"google"}
{"team_id":2,"event":"$pageview","timestamp":"2026-01-31T10:28:52.548Z","distinct_id":"user_41","session_id":"s1","properties":"{\"url\": \"/page/0\"}","url":"https://hanzo.ai/page/0","host":"hanzo.ai","pathname":"/page/0","browser":"Edge","os":"macOS","device_type":"Desktop","country_code":"GB","utm_source":""}
{"team_id":1,"event":"$pageview","timestamp":"2026-01-31T13:35:05.685Z","distinct_id":"user_41","session_id":"s1","properties":"{\"url\": \"/page/1\"}","url":"https://hanzo.ai/page/1","host":"hanzo.ai","pathname":"/page/1","browser":"Chrome","os":"Windows","device_type":"Desktop","country_code":"US","utm_source":"twitter"}
{"team_id":1,"event":"$autocapture","timestamp":"2026-01-31T16:42:18.822Z","distinct_id":"user_41","session_id":"s1","properties":"{\"url\": \"/page/2\"}","url":"https://hanzo.ai/page/2","host":"hanzo.ai","pathname":"/page/2","browser":"Chrome","os":"Linux","device_type":"Mobile","country_code":"DE","utm_source":"google"}
{"team_id":1,"event":"$pageview","timestamp":"2026-02-01T11:49:31.959Z","distinct_id":"user_42","session_id":"s2","properties":"{\"url\": \"/page/0\"}","url":"https://hanzo.ai/page/0","host":"hanzo.ai","pathname":"/page/0","browser":"Safari","os":"iOS","device_type":"Desktop","country_code":"JP","utm_source":""}
{"team_id":2,"event":"$pageview","timestamp":"2026-02-01T14:56:44.096Z","distinct_id":"user_42","session_id":"s2","properties":"{\"url\": \"/page/1\"}","url":"https://hanzo.ai/page/1","host":"hanzo.ai","pathname":"/page/1","browser":"Firefox","os":"macOS","device_type":"Desktop","country_code":"US","utm_source":"twitter"}
{"team_id":1,"event":"$autocapture","timestamp":"2026-02-01T17:03:57.233Z","distinct_id":"user_42","session_id":"s2","properties":"{\"url\": \"/page/2\"}","url":"https://hanzo.ai/page/2","host":"hanzo.ai","pathname":"/page/2","browser":"Chrome","os":"Windows","device_type":"Mobile","country_code":"GB","utm_source":"google"}
{"team_id":1,"event":"$pageview","timestamp":"2026-02-02T12:10:10.370Z","distinct_id":"user_40","session_id":"s3","properties":"{\"url\": \"/page/0\"}","url":"https://hanzo.ai/page/0","host":"hanzo.ai","pathname":"/page/0","browser":"Edge","os":"Linux","device_type":"Desktop","country_code":"US","utm_source":""}
{"team_id":1,"event":"$pageview","timestamp":"2026-02-02T15:17:23.507Z","distinct_id":"user_40","session_id":"s3","properties":"{\"url\": \"/page/1\"}","url":"https://hanzo.ai/page/1","host":"hanzo.ai","pathname":"/page/1","browser":"Chrome","os":"iOS","device_type":"Desktop","country_code":"DE","utm_source":"twitter"}
{"team_id":2,"event":"$autocapture","timestamp":"2026-02-02T18:24:36.644Z","distinct_id":"user_40","session_id":"s3","properties":"{\"url\": \"/page/2\"}","url":"https://hanzo.ai/page/2","host":"hanzo.ai","pathname":"/page/2","browser":"Chrome","os":"macOS","device_type":"Mobile","country_code":"JP","utm_source":"google"}
{"team_id":1,"event":"$pageview","timestamp":"2026-02-02T13:31:49.781Z","distinct_id":"user_41","session_id":"s4","properties":"{\"url\": \"/page/0\"}","url":"https://hanzo.ai/page/0","host":"hanzo.ai","pathname":"/page/0","browser":"Safari","os":"Windows","device_type":"Desktop","country_code":"US","utm_source":""}
{"team_id":1,"event":"$pageview","timestamp":"2026-02-02T16:38:02.918Z","distinct_id":"user_41","session_id":"s4","properties":"{\"url\": \"/page/1\"}","url":"https://hanzo.ai/page/1","host":"hanzo.ai","pathname":"/page/1","browser":"Firefox","os":"Linux","device_type":"Desktop","country_code":"GB","utm_source":"twitter"}
{"team_id":1,"event":"$autocapture","timestamp":"2026-02-02T19:45:15.055Z","distinct_id":"user_41","session_id":"s4","properties":"{\"url\": \"/page/2\"}","url":"https://hanzo.ai/page/2","host":"hanzo.ai","pathname":"/page/2","browser":"Chrome","os":"iOS","device_type":"Mobile","country_code":"US","utm_source":"google"}
{"team_id":2,"event":"$pageview","timestamp":"2026-02-15T14:52:28.192Z","distinct_id":"user_42","session_id":"s5","properties":"{\"url\": \"/page/0\"}","url":"https://hanzo.ai/page/0","host":"hanzo.ai","pathname":"/page/0","browser":"Edge","os":"macOS","device_type":"Desktop","country_code":"DE","utm_source":""}
{"team_id":1,"event":"$pageview","timestamp":"2026-02-15T17:59:41.329Z","distinct_id":"user_42","session_id":"s5","properties":"{\"url\": \"/page/1\"}","url":"https://hanzo.ai/page/1","host":"hanzo.ai","pathname":"/page/1","browser":"Chrome","os":"Windows","device_type":"Desktop","country_code":"JP","utm_source":"twitter"}
{"team_id":1,"event":"$autocapture","timestamp":"2026-02-15T20:06:54.466Z","distinct_id":"user_42","session_id":"s5","properties":"{\"url\": \"/page/2\"}","url":"https://hanzo.ai/page/2","host":"hanzo.ai","pathname":"/page/2","browser":"Chrome","os":"Linux","device_type":"Mobile","country_code":"US","utm_source":"google"}
{"team_id":1,"event":"$pageview","timestamp":"2026-02-28T15:13:07.603Z","distinct_id":"user_40","session_id":"s6","properties":"{\"url\": \"/page/0\"}","url":"https://hanzo.ai/page/0","host":"hanzo.ai","pathname":"/page/0","browser":"Safari","os":"iOS","device_type":"Desktop","country_code":"GB","utm_source":""}
{"team_id":2,"event":"$pageview","timestamp":"2026-02-28T18:20:20.740Z","distinct_id":"user_40","session_id":"s6","properties":"{\"url\": \"/page/1\"}","url":"https://hanzo.ai/page/1","host":"hanzo.ai","pathname":"/page/1","browser":"Firefox","os":"macOS","device_type":"Desktop","country_code":"US","utm_source":"twitter"}
{"team_id":1,"event":"$autocapture","timestamp":"2026-02-28T21:27:33.877Z","distinct_id":"user_40","session_id":"s6","properties":"{\"url\": \"/page/2\"}","url":"https://hanzo.ai/page/2","host":"hanzo.ai","pathname":"/page/2","browser":"Chrome","os":"Windows","device_type":"Mobile","country_code":"DE","utm_source":"google"}
{"team_id":1,"event":"$pageview","timestamp":"2026-03-01T16:34:46.014Z","distinct_id":"user_41","session_id":"s7","properties":"{\"url\": \"/page/0\"}","url":"https://hanzo.ai/page/0","host":"hanzo.ai","pathname":"/page/0","browser":"Edge","os":"Linux","device_type":"Desktop","country_code":"JP","utm_source":""}
{"team_id":1,"event":"$pageview","timestamp":"2026-03-01T19:41:59.151Z","distinct_id":"user_41","session_id":"s7","properties":"{\"url\": \"/page/1\"}","url":"https://hanzo.ai/page/1","host":"hanzo.ai","pathname":"/page/1","browser":"Chrome","os":"iOS","device_type":"Desktop","country_code":"US","utm_source":"twitter"}
{"team_id":2,"event":"$autocapture","timestamp":"2026-03-01T22:48:12.288Z","distinct_id":"user_41","session_id":"s7","properties":"{\"url\": \"/page/2\"}","url":"https://hanzo.ai/page/2","host":"hanzo.ai","pathname":"/page/2","browser":"Chrome","os":"macOS","device_type":"Mobile","country_code":"GB","utm_source":"google"};
INSERT INTO events FORMAT JSONEachRow
{"uuid":"00000000-0000-4000-8000-000000000001","team_id":1,"distinct_id":"api_0","event":"$llm_request","timestamp":"2026-02-01 00:00:00.000","model":"gpt-4o","provider":"openai","tokens_prompt":1200,"tokens_completion":300,"cost_usd":"0.0105","organization_id":"org_123","project_id":"proj_0","api_key_id":"key_0"}
{"uuid":"00000000-0000-4000-8000-000000000002","team_id":1,"distinct_id":"api_1","event":"$llm_request","timestamp":"2026-02-03 10:15:00.250","model":"gpt-4o","provider":"openai","tokens_prompt":800,"tokens_completion":200,"cost_usd":"0.007","organization_id":"org_123","project_id":"proj_1","api_key_id":"key_1"}
{"uuid":"00000000-0000-4000-8000-000000000003","team_id":1,"distinct_id":"api_2","event":"$llm_request","timestamp":"2026-02-10 23:59:59.999","model":"claude-3-5","provider":"anthropic","tokens_prompt":1000,"tokens_completion":1000,"cost_usd":"0.018","organization_id":"org_123","project_id":"proj_0","api_key_id":"key_2"}
{"uuid":"00000000-0000-4000-8000-000000000004","team_id":1,"distinct_id":"api_0","event":"$llm_request","timestamp":"2026-02-14 12:00:00.000","model":"claude-3-5","provider":"anthropic","tokens_prompt":3,"tokens_completion":7,"cost_usd":"0.00000015","organization_id":"org_123","project_id":"proj_1","api_key_id":"key_3"}
{"uuid":"00000000-0000-4000-8000-000000000005","team_id":1,"distinct_id":"api_1","event":"$llm_request","timestamp":"2026-02-20 08:30:00.000","model":"mini","provider":"openai","tokens_prompt":100000,"tokens_completion":0,"cost_usd":"0.015","organization_id":"org_123","project_id":"proj_0","api_key_id":"key_0"}
{"uuid":"00000000-0000-4000-8000-000000000006","team_id":1,"distinct_id":"api_2","event":"$llm_request","timestamp":"2026-02-21 09:00:00.000","model":"gpt-4o","provider":"openai","tokens_prompt":50,"tokens_completion":50,"cost_usd":"0.0005","organization_id":"org_456","project_id":"proj_1","api_key_id":"key_1"}
{"uuid":"00000000-0000-4000-8000-000000000007","team_id":1,"distinct_id":"api_0","event":"$llm_request","timestamp":"2026-01-31 23:59:59.999","model":"gpt-4o","provider":"openai","tokens_prompt":10,"tokens_completion":10,"cost_usd":"0.0001","organization_id":"org_123","project_id":"proj_0","api_key_id":"key_2"}
{"uuid":"00000000-0000-4000-8000-000000000008","team_id":1,"distinct_id":"api_1","event":"$llm_request","timestamp":"2026-03-01 00:00:00.000","model":"claude-3-5","provider":"anthropic","tokens_prompt":2000,"tokens_completion":500,"cost_usd":"0.0225","organization_id":"org_123","project_id":"proj_1","api_key_id":"key_3"}
{"uuid":"00000000-0000-4000-8000-000000000009","team_id":1,"distinct_id":"api_2","event":"$llm_request","timestamp":"2026-02-27 17:45:00.500","model":"mini","provider":"openai","tokens_prompt":7,"tokens_completion":7,"cost_usd":"0.0000021","organization_id":"org_456","project_id":"proj_0","api_key_id":"key_0"}
{"uuid":"00000000-0000-4000-8000-000000000010","team_id":1,"distinct_id":"api_0","event":"$llm_request","timestamp":"2026-02-28 23:59:59.999","model":"mini","provider":"openai","tokens_prompt":1,"tokens_completion":1,"cost_usd":"0.0000003","organization_id":"org_123","project_id":"proj_1","api_key_id":"key_1"};
SELECT count(), uniqExact(uuid), countIf(created_at > timestamp), min(timestamp), max(timestamp) FROM events;
-- One partition per month of the timestamp.
SELECT partition, sum(rows) FROM system.parts WHERE database = currentDatabase() AND table = 'events' AND active GROUP BY partition ORDER BY partition;
-- Count by day.
SELECT toDate(timestamp) AS day, count() AS events FROM events WHERE team_id = 1 GROUP BY day ORDER BY day;
-- Top browsers of one team over a date range.
SELECT browser, count() AS c FROM events
WHERE team_id = 1 AND event = '$pageview' AND timestamp >= '2026-02-01' AND timestamp < '2026-03-01'
GROUP BY browser ORDER BY c DESC, browser LIMIT 3;
-- Monthly invoice line items (HIP-47 "Billing Analytics").
SELECT
    organization_id,
    model,
    sum(tokens_prompt + tokens_completion) AS total_tokens,
    sum(cost_usd) AS total_cost,
    count() AS api_calls
FROM events
WHERE event = '$llm_request'
  AND organization_id = 'org_123'
  AND timestamp >= '2026-02-01'
  AND timestamp < '2026-03-01'
GROUP BY organization_id, model
ORDER BY total_cost DESC;
-- The same rows in the output formats a dashboard asks for.
SELECT model, sum(cost_usd) AS total_cost, count() AS api_calls FROM events
WHERE event = '$llm_request' AND timestamp >= '2026-02-01' AND timestamp < '2026-03-01'
GROUP BY model ORDER BY model FORMAT JSONEachRow;
-- Daily token usage by organization and model (the token_usage_daily rollup as a query).
SELECT organization_id, model, provider, toDate(timestamp) AS day, sum(tokens_prompt), sum(tokens_completion), sum(cost_usd), count()
FROM events WHERE event = '$llm_request'
GROUP BY organization_id, model, provider, day ORDER BY day, organization_id, model;
-- Hourly event counts with unique users (events_hourly).
SELECT team_id, event, toStartOfHour(timestamp) AS hour, count(), uniqExact(distinct_id)
FROM events WHERE event != '$llm_request' AND timestamp < '2026-02-01'
GROUP BY team_id, event, hour ORDER BY team_id, event, hour;
-- Session rollup (sessions_mv as a query).
SELECT team_id, session_id, distinct_id, min(timestamp) AS session_start, max(timestamp) AS session_end,
       dateDiff('second', min(timestamp), max(timestamp)) AS duration_seconds, count() AS event_count,
       countIf(event = '$pageview') AS pageview_count, argMin(url, timestamp) AS entry_url, argMax(url, timestamp) AS exit_url,
       argMin(browser, timestamp) AS browser, argMin(country_code, timestamp) AS country_code
FROM events WHERE session_id != ''
GROUP BY team_id, session_id, distinct_id
ORDER BY team_id, session_id, distinct_id
LIMIT 6;
-- Events per user, and the defaults of columns the batch left out.
SELECT distinct_id, count() FROM events GROUP BY distinct_id ORDER BY distinct_id;
SELECT event, properties, referrer, country_code, browser, tokens_prompt, cost_usd, session_id, url FROM events WHERE uuid = '00000000-0000-4000-8000-000000000001';
SELECT toTypeName(timestamp), toTypeName(browser), toTypeName(country_code), toTypeName(cost_usd), toTypeName(uuid) FROM events LIMIT 1;
-- Retention-style weekly periods.
SELECT distinct_id, toDate(min(timestamp)) AS first_day, dateDiff('week', toDate(min(timestamp)), toDate(max(timestamp))) AS weeks
FROM events WHERE team_id = 1 AND event IN ('$pageview', '$autocapture') GROUP BY distinct_id ORDER BY distinct_id;
-- A row for another month opens another partition; a bad row stores nothing of its batch.
INSERT INTO events FORMAT JSONEachRow
{"team_id": 3, "distinct_id": "late", "event": "$pageview", "timestamp": "2026-04-01 00:00:00.000"};
INSERT INTO events FORMAT JSONEachRow
{"team_id": 3, "distinct_id": "ok", "event": "$pageview", "timestamp": "2026-04-02 00:00:00.000"}
{"team_id": "three", "distinct_id": "bad", "event": "$pageview", "timestamp": "2026-04-02 00:00:00.000"}; -- { serverError CANNOT_PARSE_TEXT, CANNOT_PARSE_INPUT_ASSERTION_FAILED }
SELECT partition, sum(rows) FROM system.parts WHERE database = currentDatabase() AND table = 'events' AND active GROUP BY partition ORDER BY partition;
SELECT count() FROM events WHERE team_id = 3;
