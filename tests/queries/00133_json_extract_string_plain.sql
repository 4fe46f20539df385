-- JSONExtractString(json, 'key') scans plain documents without building a tree; every answer
-- must be the one a full parse gives: valid or not, escaped or not, key at the top or deeper.
CREATE TABLE docs (id UInt32, j String) ENGINE = Memory;
INSERT INTO docs VALUES (1, '{"plan":"free","ab":1}'), (2, '{"ab":1, "plan" : "pro" }'), (3, '{"plan":"a","plan":"b"}'), (4, '{"x":{"plan":"deep"},"plan":"top"}'), (5, '{"x":{"plan":"deep"}}'), (6, '{"plan":1.5e3}'), (7, '{"plan":null}'), (8, '{"plan":"fr\\"ee"}'), (9, '{"plan":"caf\u00e9"}'), (10, '{"plan":"free",}'), (11, '{"plan":"free"'), (12, '["plan","free"]'), (13, '"plan"'), (14, ''), (15, '{"plan":"free"} x'), (16, '{"plan":01}'), (17, '{"a":[1,2,{"b":[true,false,null]}],"plan":"ok"}'), (18, '  {"plan":"spaced"}  '), (19, '{"plan":"x","n":-0.5,"m":123456789012345678}'), (20, '{"plan":"x","n":1234567890123456789012}'), (21, '{"plan":"tab\there"}'), (22, '{"PLAN":"upper"}'), (23, '{"plan":[]}'), (24, '{}'), (25, '{"plan":"x","e":1e}'), (26, '{"plan":"y","t":tru}');
SELECT id, JSONExtractString(j, 'plan') FROM docs ORDER BY id;
SELECT id, JSONExtractString(j, 'x', 'plan') FROM docs WHERE id IN (4, 5) ORDER BY id;
SELECT JSONExtractString(materialize('{"k":"v"}'), 'k'), JSONExtractString('{"k":"v"}', 'k'), JSONExtractString(materialize('{"k":"v"}'), materialize('k'));
SELECT JSONExtractString(toNullable('{"k":"v"}'), 'k'), JSONExtractString(CAST(NULL, 'Nullable(String)'), 'k');
