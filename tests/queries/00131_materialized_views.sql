-- Materialized views run on every block inserted into their source, inside the INSERT.
CREATE TABLE events (ts DateTime, team_id UInt64, event String, cost Float64) ENGINE = MergeTree ORDER BY (team_id, ts);

-- TO form: the result goes to an existing table, matched by column name; missing columns get defaults.
CREATE TABLE per_event (team_id UInt64, event String, n UInt64, note String DEFAULT 'none') ENGINE = MergeTree ORDER BY (team_id, event);
CREATE MATERIALIZED VIEW per_event_mv TO per_event AS SELECT event, team_id, count() AS n FROM events GROUP BY team_id, event;
CREATE MATERIALIZED VIEW IF NOT EXISTS per_event_mv TO per_event AS SELECT 1 AS n;
CREATE MATERIALIZED VIEW per_event_mv TO per_event AS SELECT 1 AS n; -- { serverError TABLE_ALREADY_EXISTS }

INSERT INTO events VALUES ('2024-01-01 10:00:00', 1, 'click', 0.5), ('2024-01-01 10:05:00', 1, 'view', 1.5), ('2024-01-01 11:00:00', 2, 'click', 2);
INSERT INTO events VALUES ('2024-01-02 09:00:00', 1, 'click', 0.25);
SELECT * FROM per_event ORDER BY team_id, event, n;
-- reading the view reads its target, with the view's columns
SELECT * FROM per_event_mv ORDER BY team_id, event, n;
SELECT team_id, sum(n) FROM per_event_mv GROUP BY team_id ORDER BY team_id;

-- ENGINE form with POPULATE: an inner table named .inner_id.<uuid> is created and filled from the source.
CREATE MATERIALIZED VIEW daily ENGINE = MergeTree ORDER BY (day, team_id) POPULATE AS
    SELECT toDate(ts) AS day, team_id, count() AS events, sum(cost) AS cost FROM events GROUP BY day, team_id;
SELECT * FROM daily ORDER BY day, team_id;
SELECT startsWith(name, '.inner_id.'), engine FROM system.tables WHERE database = currentDatabase() AND name LIKE '.inner%';
SELECT name, engine FROM system.tables WHERE database = currentDatabase() AND name NOT LIKE '.inner%' ORDER BY name;
INSERT INTO events VALUES ('2024-01-02 12:00:00', 2, 'view', 4);
SELECT day, team_id, sum(events), sum(cost) FROM daily GROUP BY day, team_id ORDER BY day, team_id;

-- a chain: the target of one view is the source of another
CREATE TABLE per_team (team_id UInt64, total UInt64) ENGINE = Memory;
CREATE MATERIALIZED VIEW per_team_mv TO per_team AS SELECT team_id, n * 10 AS total FROM per_event;
INSERT INTO events VALUES ('2024-01-03 00:00:00', 3, 'click', 1), ('2024-01-03 00:00:01', 3, 'click', 1);
SELECT * FROM per_team ORDER BY team_id;
SELECT * FROM per_event WHERE team_id = 3;

-- a Null source keeps nothing, its views still see every row
CREATE TABLE raw (team_id UInt64, value Int64) ENGINE = Null;
CREATE TABLE raw_totals (team_id UInt64, total Int64, rows UInt64) ENGINE = MergeTree ORDER BY team_id;
CREATE MATERIALIZED VIEW raw_mv TO raw_totals AS SELECT team_id, sum(value) AS total, count() AS rows FROM raw GROUP BY team_id;
INSERT INTO raw SELECT number % 3, number FROM numbers(100);
SELECT count() FROM raw;
SELECT * FROM raw_totals ORDER BY team_id;

-- POPULATE with TO is refused
CREATE MATERIALIZED VIEW bad TO per_team POPULATE AS SELECT team_id, 1 AS total FROM events; -- { serverError SYNTAX_ERROR }

-- A failing view fails the INSERT with the view's name, and nothing of the INSERT is stored:
-- not in the source, not in any target. (ClickHouse keeps the source's rows here; we keep none.)
CREATE TABLE parsed (team_id UInt64, code UInt8) ENGINE = MergeTree ORDER BY team_id;
CREATE MATERIALIZED VIEW parse_mv TO parsed AS SELECT team_id, toUInt8(event) AS code FROM events;
INSERT INTO events VALUES ('2024-01-04 00:00:00', 4, '7', 1);
INSERT INTO events VALUES ('2024-01-04 00:00:00', 5, '8', 1), ('2024-01-04 00:00:00', 5, 'not a number', 1); -- { serverError CANNOT_PARSE_TEXT }
SELECT count() FROM events WHERE team_id = 5;
SELECT count() FROM per_event WHERE team_id = 5;
SELECT count() FROM daily WHERE team_id = 5;
SELECT * FROM parsed ORDER BY team_id;
DROP TABLE parse_mv;
INSERT INTO events VALUES ('2024-01-04 00:00:00', 5, 'ok now', 1);
SELECT count() FROM events WHERE team_id = 5;

-- plain views: a stored query
CREATE VIEW clicks AS SELECT team_id, ts FROM events WHERE event = 'click';
SELECT * FROM clicks ORDER BY team_id, ts;
SELECT team_id, count() FROM clicks WHERE team_id < 3 GROUP BY team_id ORDER BY team_id;
SELECT count() FROM clicks;
SELECT name, engine FROM system.tables WHERE database = currentDatabase() AND name = 'clicks';
INSERT INTO clicks VALUES (1, '2024-01-01 00:00:00'); -- { serverError NOT_IMPLEMENTED }
DROP VIEW events; -- { serverError INCORRECT_QUERY }
DROP VIEW clicks;
DROP TABLE per_team_mv;
DROP VIEW daily;
SELECT count() FROM system.tables WHERE database = currentDatabase() AND (name LIKE '.inner%' OR name IN ('clicks', 'daily', 'per_team_mv'));
INSERT INTO per_event VALUES (9, 'x', 1, 'y');
SELECT * FROM per_team ORDER BY team_id;
