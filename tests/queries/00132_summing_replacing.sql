-- SummingMergeTree and ReplacingMergeTree: rows of equal sorting key merge into one, when an
-- insert writes its part, when parts merge (OPTIMIZE ... FINAL) and in SELECT ... FINAL.
CREATE TABLE sums (key UInt32, label String, hits UInt64, amount Float64, delta Int32, day Date) ENGINE = SummingMergeTree ORDER BY key;
SYSTEM STOP MERGES sums;
INSERT INTO sums VALUES (1, 'a', 1, 0.5, -1, '2024-01-01'), (2, 'b', 10, 1, 5, '2024-01-02'), (1, 'c', 2, 0.25, 3, '2024-01-03');
-- one insert is already merged: the first row's label and day, numeric columns summed
SELECT * FROM sums ORDER BY key;
INSERT INTO sums VALUES (1, 'd', 3, 1, 0, '2024-02-01'), (3, 'e', 0, 0, 0, '2024-02-02');
INSERT INTO sums VALUES (2, 'f', 5, 0.5, -5, '2024-02-03');
SELECT count() FROM sums;
SELECT * FROM sums FINAL ORDER BY key;
SELECT key, sum(hits) FROM sums GROUP BY key ORDER BY key;
SYSTEM START MERGES sums;
OPTIMIZE TABLE sums FINAL;
SELECT * FROM sums ORDER BY key;

-- rows whose sums are all zero disappear
INSERT INTO sums VALUES (4, 'z', 0, 1.5, 1, '2024-01-01');
INSERT INTO sums VALUES (4, 'z', 0, -1, -1, '2024-01-01');
INSERT INTO sums VALUES (4, 'z', 0, -0.5, 0, '2024-01-01');
SELECT * FROM sums FINAL WHERE key = 4;
OPTIMIZE TABLE sums FINAL;
SELECT count() FROM sums WHERE key = 4;

-- explicit columns to sum: others keep the first row's value
CREATE TABLE some_sums (k String, a UInt32, b UInt32) ENGINE = SummingMergeTree(a) ORDER BY k;
INSERT INTO some_sums VALUES ('x', 1, 100), ('x', 2, 200), ('y', 5, 7);
INSERT INTO some_sums VALUES ('x', 4, 300);
SELECT * FROM some_sums FINAL ORDER BY k;
CREATE TABLE two_sums (k String, a UInt32, b UInt32, c UInt32) ENGINE = SummingMergeTree((a, b)) ORDER BY k;
INSERT INTO two_sums VALUES ('x', 1, 2, 3), ('x', 1, 2, 3);
SELECT * FROM two_sums ORDER BY k;
SELECT engine FROM system.tables WHERE database = currentDatabase() AND name = 'some_sums';

-- ReplacingMergeTree: the last row inserted wins
CREATE TABLE users (id UInt64, name String, updated DateTime) ENGINE = ReplacingMergeTree ORDER BY id;
SYSTEM STOP MERGES users;
INSERT INTO users VALUES (1, 'first', '2024-01-01 00:00:00'), (2, 'two', '2024-01-01 00:00:00'), (1, 'second', '2024-01-01 00:00:00');
SELECT * FROM users ORDER BY id;
INSERT INTO users VALUES (1, 'third', '2023-01-01 00:00:00');
INSERT INTO users VALUES (2, 'two again', '2020-01-01 00:00:00');
SELECT count() FROM users;
SELECT * FROM users FINAL ORDER BY id;
SYSTEM START MERGES users;
OPTIMIZE TABLE users FINAL;
SELECT * FROM users ORDER BY id;

-- ReplacingMergeTree(ver): the highest version wins, the last one among equal versions
CREATE TABLE versions (id UInt64, name String, ver UInt32) ENGINE = ReplacingMergeTree(ver) ORDER BY id;
SYSTEM STOP MERGES versions;
INSERT INTO versions VALUES (1, 'v5', 5), (1, 'v3', 3), (2, 'a', 1);
INSERT INTO versions VALUES (1, 'v4', 4), (2, 'b', 1);
INSERT INTO versions VALUES (1, 'v5 later', 5);
SELECT * FROM versions FINAL ORDER BY id;
SELECT id, name FROM versions FINAL WHERE id = 1;
SYSTEM START MERGES versions;
OPTIMIZE TABLE versions FINAL;
SELECT * FROM versions ORDER BY id;
SELECT engine FROM system.tables WHERE database = currentDatabase() AND name = 'versions';

-- FINAL merges rows of equal key across partitions too, as ClickHouse does by default
-- (do_not_merge_across_partitions_select_final = 0), though merges never cross partitions
CREATE TABLE parted (day Date, k UInt8, v UInt64) ENGINE = SummingMergeTree PARTITION BY toYYYYMM(day) ORDER BY k;
SYSTEM STOP MERGES parted;
INSERT INTO parted VALUES ('2024-01-01', 1, 1), ('2024-02-01', 1, 10);
INSERT INTO parted VALUES ('2024-01-05', 1, 2), ('2024-02-05', 1, 20);
SELECT toYYYYMM(day), k, v FROM parted FINAL ORDER BY day;

-- HIP-47's token_usage_daily rollup: a SummingMergeTree target of a materialized view stays
-- correct when the requests of one day arrive in many batches, out of order.
CREATE TABLE events (timestamp DateTime64(3, 'UTC'), event String, organization_id String, model String, provider String,
    tokens_prompt UInt32, tokens_completion UInt32, cost_usd Float64) ENGINE = MergeTree ORDER BY timestamp;
CREATE TABLE token_usage_daily (organization_id String, model String, provider String, day Date, total_prompt_tokens UInt64,
    total_completion_tokens UInt64, total_cost_usd Float64, request_count UInt64)
    ENGINE = SummingMergeTree PARTITION BY toYYYYMM(day) ORDER BY (organization_id, day, model, provider);
CREATE MATERIALIZED VIEW token_usage_daily_mv TO token_usage_daily AS SELECT organization_id, model, provider, toDate(timestamp) AS day,
    sum(tokens_prompt) AS total_prompt_tokens, sum(tokens_completion) AS total_completion_tokens, sum(cost_usd) AS total_cost_usd,
    count() AS request_count FROM events WHERE event = '$llm_request' GROUP BY organization_id, model, provider, day;
INSERT INTO events SELECT toDateTime64('2026-02-01 00:00:00', 3, 'UTC') + (number * 7919) % 864000, if(number % 5 = 0, '$pageview', '$llm_request'),
    concat('org', toString(number % 3)), if(number % 2 = 0, 'zen-1', 'zen-2'), 'hanzo', number % 100, number % 37, (number % 10) / 4
    FROM numbers(0, 400);
INSERT INTO events SELECT toDateTime64('2026-02-01 00:00:00', 3, 'UTC') + (number * 7919) % 864000, if(number % 5 = 0, '$pageview', '$llm_request'),
    concat('org', toString(number % 3)), if(number % 2 = 0, 'zen-1', 'zen-2'), 'hanzo', number % 100, number % 37, (number % 10) / 4
    FROM numbers(400, 700);
INSERT INTO events SELECT toDateTime64('2026-02-01 00:00:00', 3, 'UTC') + (number * 7919) % 864000, if(number % 5 = 0, '$pageview', '$llm_request'),
    concat('org', toString(number % 3)), if(number % 2 = 0, 'zen-1', 'zen-2'), 'hanzo', number % 100, number % 37, (number % 10) / 4
    FROM numbers(1100, 300);
SELECT count() > 30 FROM token_usage_daily;
-- the rows of the rollup and of the same aggregation over events cancel out exactly
SELECT count() FROM (
    SELECT organization_id, model, provider, day, p, c, cost, n, sum(sign) AS s FROM (
        SELECT organization_id, model, provider, day, total_prompt_tokens AS p, total_completion_tokens AS c,
            round(total_cost_usd, 6) AS cost, request_count AS n, 1 AS sign
        FROM token_usage_daily FINAL
        UNION ALL
        SELECT organization_id, model, provider, toDate(timestamp) AS day, sum(tokens_prompt) AS p, sum(tokens_completion) AS c,
            round(sum(cost_usd), 6) AS cost, count() AS n, -1 AS sign
        FROM events WHERE event = '$llm_request' GROUP BY organization_id, model, provider, day)
    GROUP BY organization_id, model, provider, day, p, c, cost, n HAVING s != 0);
SELECT organization_id, sum(total_prompt_tokens), sum(request_count) FROM token_usage_daily GROUP BY organization_id ORDER BY organization_id;
OPTIMIZE TABLE token_usage_daily FINAL;
SELECT count() = uniqExact(organization_id, day, model, provider) FROM token_usage_daily;
SELECT organization_id, day, sum(total_prompt_tokens) AS p, sum(request_count) AS n FROM token_usage_daily
    GROUP BY organization_id, day ORDER BY organization_id, day LIMIT 4;
SELECT organization_id, toDate(timestamp) AS day, sum(tokens_prompt) AS p, count() AS n FROM events WHERE event = '$llm_request'
    GROUP BY organization_id, day ORDER BY organization_id, day LIMIT 4;
