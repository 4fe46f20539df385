-- A flush is an INSERT into the destination: the destination's materialized views see the rows.
CREATE TABLE events (team UInt32, tokens UInt64) ENGINE = MergeTree ORDER BY team;
CREATE TABLE per_team (team UInt32, tokens UInt64, requests UInt64) ENGINE = SummingMergeTree ORDER BY team;
CREATE MATERIALIZED VIEW per_team_mv TO per_team AS SELECT team, sum(tokens) AS tokens, count() AS requests FROM events GROUP BY team;
CREATE TABLE events_buffer AS events ENGINE = Buffer(currentDatabase(), events, 1, 1000, 1000, 1000, 1000000, 100000000, 1000000000);

INSERT INTO events_buffer VALUES (1, 10), (2, 5);
INSERT INTO events_buffer VALUES (1, 7);
SELECT 'before flush', count() FROM per_team;
SELECT team, sum(tokens) FROM events_buffer GROUP BY team ORDER BY team;
OPTIMIZE TABLE events_buffer;
SELECT team, sum(tokens), sum(requests) FROM per_team GROUP BY team ORDER BY team;
SELECT count() FROM events;

-- a view reading the buffer itself runs at insert time, as for any table
CREATE TABLE raw_copy (team UInt32, tokens UInt64) ENGINE = MergeTree ORDER BY team;
CREATE MATERIALIZED VIEW raw_copy_mv TO raw_copy AS SELECT team, tokens FROM events_buffer;
INSERT INTO events_buffer VALUES (3, 1);
SELECT 'copied at insert', count() FROM raw_copy;
SELECT 'not flushed yet', count() FROM events WHERE team = 3;
DROP TABLE events_buffer;
SELECT team, sum(tokens), sum(requests) FROM per_team GROUP BY team ORDER BY team;
