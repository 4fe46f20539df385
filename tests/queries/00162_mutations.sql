-- Mutations: ALTER TABLE DELETE WHERE and UPDATE ... WHERE rewrite parts (names get the
-- mutation's version), system.mutations, mutations_sync, KILL MUTATION, DELETE FROM.
CREATE TABLE mut_t (d Date, id UInt32, v String, n UInt64) ENGINE = MergeTree PARTITION BY toYYYYMM(d) ORDER BY id;
INSERT INTO mut_t VALUES ('2026-01-01', 1, 'a', 10), ('2026-01-02', 2, 'b', 20);
INSERT INTO mut_t VALUES ('2026-02-01', 3, 'c', 30), ('2026-02-02', 4, 'd', 40);

ALTER TABLE mut_t DELETE WHERE id = 2 SETTINGS mutations_sync = 2;
SELECT id, v, n FROM mut_t ORDER BY id;
ALTER TABLE mut_t UPDATE v = upper(v), n = n + 1 WHERE id > 2 SETTINGS mutations_sync = 2;
SELECT id, v, n FROM mut_t ORDER BY id;
SELECT name FROM system.parts WHERE database = currentDatabase() AND table = 'mut_t' AND active ORDER BY name;
SELECT mutation_id, command, parts_to_do, is_done, latest_fail_reason FROM system.mutations WHERE database = currentDatabase() AND table = 'mut_t' ORDER BY mutation_id;

ALTER TABLE mut_t UPDATE id = 7 WHERE 1; -- { serverError CANNOT_UPDATE_COLUMN }
ALTER TABLE mut_t UPDATE d = today() WHERE 1; -- { serverError CANNOT_UPDATE_COLUMN }
ALTER TABLE mut_t UPDATE nothing = 1 WHERE 1; -- { serverError NO_SUCH_COLUMN_IN_TABLE }

-- a mutation that cannot succeed stays pending with its failure until it is killed
ALTER TABLE mut_t UPDATE n = toUInt64(if(id = 3, 'no', '5')) WHERE 1 SETTINGS mutations_sync = 2; -- { serverError UNFINISHED }
SELECT is_done, latest_fail_reason != '' FROM system.mutations WHERE database = currentDatabase() AND table = 'mut_t' AND NOT is_done;
KILL MUTATION WHERE database = currentDatabase() AND table = 'mut_t' AND NOT is_done FORMAT Null;
SELECT count() FROM system.mutations WHERE database = currentDatabase() AND table = 'mut_t' AND NOT is_done;
SELECT id, n FROM mut_t ORDER BY id;

-- lightweight delete
DELETE FROM mut_t WHERE v = 'C';
SELECT id FROM mut_t ORDER BY id;
-- a delete that empties a part leaves no rows in it
ALTER TABLE mut_t DELETE WHERE id = 1 SETTINGS mutations_sync = 1;
INSERT INTO mut_t VALUES ('2026-01-03', 5, 'e', 50);
SELECT id, v FROM mut_t ORDER BY id;
OPTIMIZE TABLE mut_t FINAL;
SELECT id, v FROM mut_t ORDER BY id;
