-- HIP-47 "Events Table": the table Insights writes events to and queries.
-- Single-node form: HIP-47 names ReplicatedMergeTree ON CLUSTER, and replication comes with its
-- own issue, so this schema uses MergeTree with the same partitioning, key and codecs.
CREATE DATABASE IF NOT EXISTS hanzo;

CREATE TABLE IF NOT EXISTS hanzo.events
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
