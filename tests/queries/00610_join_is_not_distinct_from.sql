-- isNotDistinctFrom(a, b) in JOIN ON: an equality key under which NULL matches NULL
DROP TABLE IF EXISTS nl;
DROP TABLE IF EXISTS nr;
CREATE TABLE nl (id UInt32, k Nullable(UInt32), v String) ENGINE = Memory;
CREATE TABLE nr (id UInt32, k Nullable(UInt32), w String) ENGINE = Memory;
INSERT INTO nl VALUES (1, 10, 'a'), (2, NULL, 'b'), (3, 30, 'c'), (4, NULL, 'd');
INSERT INTO nr VALUES (1, 10, 'x'), (2, NULL, 'y'), (3, 31, 'z'), (5, NULL, 'q');
SELECT nl.k, v, w FROM nl JOIN nr ON isNotDistinctFrom(nl.k, nr.k) ORDER BY v, w;
SELECT nl.k, v, w FROM nl LEFT JOIN nr ON isNotDistinctFrom(nl.k, nr.k) ORDER BY v, w;
SELECT nl.k, v, w FROM nl FULL JOIN nr ON isNotDistinctFrom(nl.k, nr.k) ORDER BY v, w;
SELECT nl.k, v, w FROM nl JOIN nr ON nl.id = nr.id AND isNotDistinctFrom(nl.k, nr.k) ORDER BY v, w;
SELECT nl.k, v, w FROM nl JOIN nr ON isNotDistinctFrom(nr.k, nl.k) AND nl.id = nr.id ORDER BY v, w;
SELECT nl.k, v, w FROM nl JOIN nr ON isNotDistinctFrom(nl.k + 1, nr.k + 1) ORDER BY v, w;
-- With plain equality NULL keys never match.
SELECT nl.k, v, w FROM nl JOIN nr ON nl.k = nr.k ORDER BY v, w;
DROP TABLE nl;
DROP TABLE nr;
