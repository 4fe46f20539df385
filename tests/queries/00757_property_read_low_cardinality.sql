-- The Insights property read over String, Nullable and LowCardinality columns of JSON;
-- nullIf of a LowCardinality(T) value is LowCardinality(Nullable(T)).
DROP TABLE IF EXISTS events_00757;
CREATE TABLE events_00757 (id UInt32, properties String, lc_properties LowCardinality(String), n_properties Nullable(String)) ENGINE = MergeTree ORDER BY id;
INSERT INTO events_00757 SELECT number, p, p, if(number = 3, NULL, p)
FROM (SELECT number, ['{"plan":"pro"}', '{"plan":null}', '{}', '{"plan":5}', '{"plan":"a\\"b"}', 'bad', '', '{"plan":"\\u00e9"}', '{"plan":""}'][number + 1] AS p FROM numbers(9));
SELECT id,
    replaceRegexpAll(nullIf(nullIf(JSONExtractRaw(properties, 'plan'), ''), 'null'), '^"|"$', '') AS s,
    replaceRegexpAll(nullIf(nullIf(JSONExtractRaw(lc_properties, 'plan'), ''), 'null'), '^"|"$', '') AS lc,
    replaceRegexpAll(nullIf(nullIf(JSONExtractRaw(n_properties, 'plan'), ''), 'null'), '^"|"$', '') AS n
FROM events_00757 ORDER BY id;
SELECT replaceRegexpAll(nullIf(nullIf(JSONExtractRaw(lc_properties, 'plan'), ''), 'null'), '^"|"$', '') AS plan, count() FROM events_00757 GROUP BY plan ORDER BY plan;
SELECT nullIf(lc_properties, ''), toTypeName(nullIf(lc_properties, '')) FROM events_00757 WHERE id IN (0, 6) ORDER BY id;
SELECT nullIf(toLowCardinality('a'), 'a'), nullIf(toLowCardinality(toNullable('a')), 'b'), toTypeName(nullIf(toLowCardinality(toNullable('a')), 'b')), nullIf(toLowCardinality(1), materialize(1));
DROP TABLE events_00757;
