"""kill -9 in the middle of a mutation and of a merge: after restart the mutation resumes from
its mutation_N.txt and completes, the merge's leftovers are cleaned up, and no row is lost or
counted twice."""
import time

from server import Server, expect, query_killed
from server import query_ok as query


ROWS_PER_INSERT = 200000
INSERTS = 6


def fill(server, table):
    query(server, f"CREATE TABLE {table} (id UInt64, team UInt32, v String) ENGINE = MergeTree ORDER BY id "
                  "SETTINGS index_granularity = 1024")
    query(server, f"SYSTEM STOP MERGES {table}")
    for i in range(INSERTS):
        query(server, f"INSERT INTO {table} SELECT number + {i * ROWS_PER_INSERT}, number % 10, toString(number) "
                      f"FROM numbers({ROWS_PER_INSERT})")


def test_kill_during_mutation_and_merge():
    server = Server().start()
    total = ROWS_PER_INSERT * INSERTS
    try:
        # A mutation: rows of team 3 deleted, team 5 updated; killed while parts are being rewritten.
        fill(server, "mut")
        query(server, "SYSTEM START MERGES mut")
        query(server, "ALTER TABLE mut DELETE WHERE team = 3")
        query(server, "ALTER TABLE mut UPDATE v = 'x' WHERE team = 5")
        time.sleep(0.05)
        server.stop(kill=True)
        server.start()
        query(server, "ALTER TABLE mut DELETE WHERE 0 SETTINGS mutations_sync = 2")
        expected = total - total // 10
        got = query(server, "SELECT count(), uniqExact(id), countIf(team = 3), countIf(team = 5 AND v != 'x') FROM mut")
        expect(got == f"{expected}\t{expected}\t0\t0\n", f"after the killed mutation: {got!r}")
        done = query(server, "SELECT count(), sum(is_done) FROM system.mutations WHERE table = 'mut'")
        expect(done == "3\t3\n", f"mutations after restart: {done!r}")

        # A merge: OPTIMIZE FINAL of six parts killed part-way.
        fill(server, "mer")
        query(server, "SYSTEM START MERGES mer")
        query_killed(server, "OPTIMIZE TABLE mer FINAL", 0.3)
        server.start()
        got = query(server, "SELECT count(), uniqExact(id), sum(id) FROM mer")
        expect(got == f"{total}\t{total}\t{total * (total - 1) // 2}\n", f"after the killed merge: {got!r}")
        query(server, "OPTIMIZE TABLE mer FINAL")
        got = query(server, "SELECT count(), uniqExact(id) FROM mer")
        expect(got == f"{total}\t{total}\n", f"after the merge was redone: {got!r}")
        parts = query(server, "SELECT count() FROM system.parts WHERE table = 'mer' AND active")
        expect(parts == "1\n", f"parts after OPTIMIZE: {parts!r}")
    finally:
        server.stop()
        server.cleanup()
