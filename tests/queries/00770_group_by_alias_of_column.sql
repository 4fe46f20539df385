-- GROUP BY names the alias of a plain column (`e.person_id AS target ... GROUP BY target`): the
-- SELECT item, and the same expression elsewhere, read the key (it was NOT_AN_AGGREGATE: the
-- column is no longer an input), as in
-- Insights' retention query, verbatim but for the table name.
DROP TABLE IF EXISTS ph_events;
CREATE TABLE ph_events (uuid UUID, team_id Int64, event String, timestamp DateTime64(6, 'UTC'), person_id UUID, distinct_id String, properties String, `$session_id` String) ENGINE = MergeTree ORDER BY (team_id, toDate(timestamp), event, cityHash64(distinct_id));
INSERT INTO ph_events SELECT toUUID(concat('00000000-0000-4000-8000-', leftPad(toString(number), 12, '0'))), 1, ['step one', 'step two', 'step three', '$pageview'][number % 4 + 1], toDateTime64('2026-01-01 00:00:00', 6, 'UTC') + toIntervalSecond(number * 3571 % (86400 * 14)), toUUID(concat('00000000-0000-4000-9000-', leftPad(toString(number % 37), 12, '0'))), concat('d', toString(number % 37)), concat('{"$browser": "', ['Chrome', 'Firefox', 'Safari', '', 'Edge'][number % 5 + 1], '", "plan": ', if(number % 5 = 0, 'null', concat('"p', toString(number % 3), '"')), ', "amount": ', toString(number % 100 / 4), '}'), concat('s', toString(number % 37), '_', toString(intDiv(number * 3571 % (86400 * 14), 7200))) FROM numbers(3000);
CREATE TABLE person (id UUID, team_id Int64, properties String, is_identified Int8, is_deleted Int8, created_at DateTime64(3, 'UTC'), version UInt64) ENGINE = ReplacingMergeTree(version) ORDER BY (team_id, id);
SELECT number AS t FROM numbers(3) GROUP BY t ORDER BY t;
SELECT number AS t, count() FROM numbers(5) GROUP BY t HAVING t > 2 ORDER BY t DESC;
SELECT e.number AS t, t + 1 FROM numbers(3) AS e GROUP BY t ORDER BY t;
SELECT number AS t, number FROM numbers(2) GROUP BY t, number ORDER BY t;
SELECT number AS t, v FROM numbers(3) GROUP BY t; -- { serverError UNKNOWN_IDENTIFIER }
SELECT number AS t, number + 1 FROM numbers(3) GROUP BY t % 2; -- { serverError NOT_AN_AGGREGATE }
-- The key's expression written again reads the key too.
SELECT number AS t, number AS u FROM numbers(3) GROUP BY t ORDER BY t;
SELECT number + 1 AS t, number + 1, (number + 1) * 2 FROM numbers(3) GROUP BY t ORDER BY t;
SELECT e.person_id AS target, count() FROM ph_events AS e GROUP BY target ORDER BY target LIMIT 3;
SELECT e.person_id AS target, toString(e.person_id) FROM ph_events AS e GROUP BY target ORDER BY target LIMIT 2;
SELECT target_event.event_date AS event_date, dateDiff('day', target_event.event_date, returning_event.event_date) AS intervals_from_base, count(DISTINCT target_event.target) AS c FROM (SELECT toStartOfDay(min(toTimeZone(e.timestamp, 'UTC'))) AS event_date, e.person_id AS target FROM ph_events AS e WHERE and(equals(e.team_id, 1), equals(e.event, 'step one')) GROUP BY target HAVING greaterOrEquals(event_date, toDateTime('2026-01-01 00:00:00', 'UTC'))) AS target_event INNER JOIN (SELECT DISTINCT toStartOfDay(toTimeZone(e.timestamp, 'UTC')) AS event_date, e.person_id AS target FROM ph_events AS e WHERE equals(e.event, 'step two')) AS returning_event ON equals(returning_event.target, target_event.target) WHERE greaterOrEquals(returning_event.event_date, target_event.event_date) GROUP BY event_date, intervals_from_base ORDER BY event_date, intervals_from_base LIMIT 100 SETTINGS readonly=2, max_execution_time=60, allow_experimental_object_type=1, format_csv_allow_double_quotes=0, max_ast_elements=4000000, max_expanded_ast_elements=4000000, max_bytes_before_external_group_by=0, transform_null_in=1, optimize_min_equality_disjunction_chain_length=4294967295, allow_experimental_join_condition=1, use_hive_partitioning=0;
DROP TABLE ph_events;
