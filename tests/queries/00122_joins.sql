-- JOIN: every kind and strictness, ON with several keys, expressions and conditions on the
-- right side, USING, keys of different types, NULL keys, join_use_nulls, subqueries and
-- chains of tables, and the errors of shapes that cannot be joined.
CREATE TABLE users (id UInt64, team_id UInt32, name String, plan LowCardinality(String)) ENGINE = MergeTree ORDER BY id;
CREATE TABLE hits (user_id UInt32, url String, n UInt32, plan String) ENGINE = MergeTree ORDER BY user_id;
CREATE TABLE teams (team_id UInt64, title String) ENGINE = MergeTree ORDER BY team_id;
INSERT INTO users VALUES (1, 10, 'ann', 'pro'), (2, 10, 'bob', 'free'), (3, 20, 'cid', 'pro'), (4, 30, 'dee', 'free'), (5, 20, 'eve', 'team');
INSERT INTO hits VALUES (1, '/a', 3, 'pro'), (1, '/b', 1, 'free'), (3, '/a', 7, 'pro'), (5, '/c', 2, 'team'), (5, '/a', 1, 'pro'), (9, '/ghost', 4, 'free');
INSERT INTO teams VALUES (10, 'red'), (20, 'blue'), (40, 'none');
-- INNER, the right columns named by their table when the left has the name.
SELECT * FROM users AS u JOIN hits AS h ON u.id = h.user_id ORDER BY id, url;
SELECT u.name, h.url, h.n FROM users u INNER JOIN hits h ON h.user_id = u.id ORDER BY u.name, h.url;
-- OUTER joins: defaults where nothing matched.
SELECT u.id, u.name, h.url, h.n FROM users u LEFT JOIN hits h ON u.id = h.user_id ORDER BY u.id, h.url;
SELECT u.id, u.name, h.user_id, h.url FROM users u RIGHT JOIN hits h ON u.id = h.user_id ORDER BY h.user_id, h.url;
SELECT u.id, u.name, h.user_id, h.url FROM users u FULL OUTER JOIN hits h ON u.id = h.user_id ORDER BY u.id, h.user_id, h.url;
SELECT u.id, h.url, h.n FROM users u LEFT JOIN hits h ON u.id = h.user_id ORDER BY u.id, h.url SETTINGS join_use_nulls = 1;
SELECT toTypeName(h.n), toTypeName(u.name) FROM users u FULL JOIN hits h ON u.id = h.user_id LIMIT 1 SETTINGS join_use_nulls = 1;
-- Strictness.
SELECT u.id, h.url FROM users u ANY LEFT JOIN hits h ON u.id = h.user_id ORDER BY u.id;
SELECT u.id, u.name FROM users u LEFT SEMI JOIN hits h ON u.id = h.user_id ORDER BY u.id;
SELECT u.id, u.name FROM users u LEFT ANTI JOIN hits h ON u.id = h.user_id ORDER BY u.id;
SELECT u.id, h.url FROM users u SEMI LEFT JOIN hits h ON u.id = h.user_id ORDER BY u.id;
-- CROSS and comma joins.
SELECT count() FROM users, teams;
SELECT u.name, t.title FROM users u CROSS JOIN teams t WHERE u.team_id = t.team_id ORDER BY u.name;
-- Several keys, expressions as keys, keys of different types (UInt64 = UInt32, LowCardinality = String).
SELECT u.name, h.url FROM users u JOIN hits h ON u.id = h.user_id AND u.plan = h.plan ORDER BY u.name, h.url;
SELECT u.name, h.url FROM users u JOIN hits h ON u.id + 1 = h.user_id + 1 AND lower(u.plan) = h.plan ORDER BY u.name, h.url;
-- Conditions on the right side filter it before the join; other conditions of an INNER join filter its rows.
SELECT u.name, h.url, h.n FROM users u LEFT JOIN hits h ON u.id = h.user_id AND h.n > 1 ORDER BY u.name, h.url;
SELECT u.name, h.url FROM users u JOIN hits h ON u.id = h.user_id AND u.team_id = 20 ORDER BY u.name, h.url;
-- USING: the key once; FULL JOIN takes it from whichever side has the row.
SELECT team_id, u.name, t.title FROM users u JOIN teams t USING (team_id) ORDER BY team_id, u.name;
SELECT team_id, name, title FROM users FULL JOIN teams USING (team_id) ORDER BY team_id, name;
SELECT * FROM users JOIN teams USING team_id ORDER BY id;
-- NULL keys never match.
SELECT a.k, b.v FROM (SELECT toNullable(1) AS k UNION ALL SELECT NULL UNION ALL SELECT 3) AS a LEFT JOIN (SELECT toNullable(1) AS k, 'one' AS v UNION ALL SELECT NULL, 'null') AS b ON a.k = b.k ORDER BY a.k;
-- Subqueries, aggregates over joins, joins of three tables.
SELECT u.name, s.total FROM users u JOIN (SELECT user_id, sum(n) AS total FROM hits GROUP BY user_id) AS s ON u.id = s.user_id ORDER BY u.name;
SELECT t.title, count() AS hits, sum(h.n) FROM hits h JOIN users u ON h.user_id = u.id JOIN teams t ON u.team_id = t.team_id GROUP BY t.title ORDER BY t.title;
SELECT t.title, uniqExact(u.id) FROM teams t LEFT JOIN users u ON t.team_id = u.team_id GROUP BY t.title ORDER BY t.title;
SELECT h.url, count() FROM hits h JOIN users u ON h.user_id = u.id WHERE u.plan = 'pro' AND h.n >= 1 GROUP BY h.url ORDER BY h.url;
SELECT number, u.name FROM numbers(4) AS n LEFT JOIN users AS u ON n.number = u.id ORDER BY number;
-- Errors. Without equalities of the two sides there are no keys (24.x, where
-- allow_experimental_join_condition is off; 25.x joins on such conditions).
SELECT * FROM users u JOIN hits h ON u.id < h.user_id; -- { serverError INVALID_JOIN_ON_EXPRESSION }
SELECT * FROM users u JOIN (SELECT 1 AS id) ON u.id = id; -- { serverError ALIAS_REQUIRED }
SELECT * FROM users u JOIN teams t USING (nothing); -- { serverError UNKNOWN_IDENTIFIER }
