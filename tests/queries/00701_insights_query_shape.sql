-- Queries shaped as Insights generates them: a leading comment, operators written as
-- functions, DateTime64(6) timestamps compared through toTimeZone and toDateTime64, property
-- reads through JSONExtractRaw, person deduplication with argMax and HAVING on is_deleted,
-- and Insights' closing SETTINGS clause.
DROP TABLE IF EXISTS insights_events;
DROP TABLE IF EXISTS insights_persons;
CREATE TABLE insights_events (uuid UUID, event String, properties String, timestamp DateTime64(6, 'UTC'), team_id Int64, distinct_id String, person_id UUID)
ENGINE = MergeTree ORDER BY (team_id, toDate(timestamp), event);
CREATE TABLE insights_persons (id UUID, team_id Int64, properties String, is_deleted Int8, version UInt64)
ENGINE = ReplacingMergeTree(version) ORDER BY (team_id, id);
INSERT INTO insights_events SELECT
    toUUID(concat('00000000-0000-0000-0000-', leftPad(toString(number), 12, '0'))),
    ['$pageview', 'signup', '$pageleave'][number % 3 + 1],
    if(number % 4 = 0, '{"plan":"pro","$browser":"Chrome"}', if(number % 4 = 1, '{"plan":null,"$browser":"Firefox"}', if(number % 4 = 2, '{"$browser":"Safari"}', '{"plan":"free"}'))),
    toDateTime64('2026-01-01 00:00:00', 6, 'UTC') + toIntervalSecond(number * 3607),
    if(number % 10 = 0, 2, 1),
    concat('user-', toString(number % 17)),
    toUUID(concat('00000000-0000-0000-0000-', leftPad(toString(number % 17), 12, '0')))
FROM numbers(500);
INSERT INTO insights_persons SELECT toUUID(concat('00000000-0000-0000-0000-', leftPad(toString(number), 12, '0'))), 1, concat('{"email":"u', toString(number), '@x.io"}'), 0, 1 FROM numbers(17);
INSERT INTO insights_persons SELECT toUUID(concat('00000000-0000-0000-0000-', leftPad(toString(number), 12, '0'))), 1, concat('{"email":"new', toString(number), '@x.io"}'), if(number = 3, 1, 0), 2 FROM numbers(5);

/* user_id:1 request:trend_daily */ SELECT toStartOfDay(toTimeZone(insights_events.timestamp, 'UTC')) AS day, count() AS total
FROM insights_events
WHERE and(equals(insights_events.team_id, 1), equals(insights_events.event, '$pageview'),
          greaterOrEquals(toTimeZone(insights_events.timestamp, 'UTC'), toDateTime64('2026-01-02 00:00:00.000000', 6, 'UTC')),
          lessOrEquals(toTimeZone(insights_events.timestamp, 'UTC'), toDateTime64('2026-01-06 23:59:59.999999', 6, 'UTC')))
GROUP BY day ORDER BY day ASC
LIMIT 100
SETTINGS readonly=2, max_execution_time=60, allow_experimental_object_type=1, format_csv_allow_double_quotes=0, max_ast_elements=4000000, max_expanded_ast_elements=4000000, max_bytes_before_external_group_by=0, transform_null_in=1, optimize_min_equality_disjunction_chain_length=4294967295, allow_experimental_join_condition=1, use_hive_partitioning=0;

/* user_id:1 request:breakdown */ SELECT replaceRegexpAll(nullIf(nullIf(JSONExtractRaw(insights_events.properties, 'plan'), ''), 'null'), '^"|"$', '') AS breakdown_value, count() AS total,
       uniq(insights_events.distinct_id) AS users
FROM insights_events
WHERE and(equals(insights_events.team_id, 1), notEquals(insights_events.event, '$pageleave'), in(breakdown_value, ['pro', 'free', NULL]))
GROUP BY breakdown_value ORDER BY total DESC, breakdown_value ASC
SETTINGS readonly=2, transform_null_in=1;

/* user_id:1 request:persons */ SELECT persons.id, persons.email
FROM insights_events
INNER JOIN (SELECT argMax(replaceRegexpAll(JSONExtractRaw(insights_persons.properties, 'email'), '^"|"$', ''), insights_persons.version) AS email,
                   insights_persons.id AS id
            FROM insights_persons
            WHERE equals(insights_persons.team_id, 1)
            GROUP BY insights_persons.id
            HAVING equals(argMax(insights_persons.is_deleted, insights_persons.version), 0)) AS persons ON equals(insights_events.person_id, persons.id)
WHERE and(equals(insights_events.team_id, 1), ilike(insights_events.properties, '%chrome%'))
GROUP BY persons.id, persons.email ORDER BY persons.email LIMIT 5
SETTINGS readonly=2, max_execution_time=60, transform_null_in=1;

/* user_id:1 request:dedup_tuple */ SELECT id, argMax(tuple(properties, is_deleted), version) AS latest
FROM insights_persons WHERE lessOrEquals(plus(1, 1), 2) GROUP BY id ORDER BY id LIMIT 5;

SELECT argMax(x, v), argMin(x, v) FROM (SELECT arrayJoin([(NULL, 5), (1, 1), (2, 3), (NULL, 0)]) AS p, p.1 AS x, p.2 AS v);
SELECT multiply(divide(10, 4), minus(3, 1)), not(like('abc', 'a%')), notIn(2, (1, 3)), less(1, 2), greater('b', 'a');
SELECT count() FROM insights_events SETTINGS readonly=2, no_such_setting_anywhere=1; -- { serverError UNKNOWN_SETTING }
DROP TABLE insights_events;
DROP TABLE insights_persons;
