"""kill -9 in the middle of a merge of a CollapsingMergeTree: after restart the table holds the
same collapsed state (no row lost, none counted twice), and the merge redone collapses it to
one row per key."""
from server import Server, expect, query_killed
from server import query_ok as query


KEYS = 2000000


def test_kill_during_collapsing_merge():
    server = Server().start()
    try:
        query(server, "CREATE TABLE states (id UInt64, v UInt32, sign Int8) ENGINE = CollapsingMergeTree(sign) ORDER BY id "
                      "SETTINGS index_granularity = 1024")
        query(server, "SYSTEM STOP MERGES states")
        # Every key gets a state; even keys are then cancelled and given a new state.
        query(server, f"INSERT INTO states SELECT number, 1, 1 FROM numbers({KEYS})")
        query(server, f"INSERT INTO states SELECT number * 2, 1, -1 FROM numbers({KEYS // 2})")
        query(server, f"INSERT INTO states SELECT number * 2, 2, 1 FROM numbers({KEYS // 2})")
        expected = f"{KEYS}\t{KEYS + KEYS // 2}\n"
        totals = "SELECT sum(sign), sum(v * sign) FROM states"
        got = query(server, totals)
        expect(got == expected, f"before the merge: {got!r}")

        query(server, "SYSTEM START MERGES states")
        query_killed(server, "OPTIMIZE TABLE states FINAL", 0.15)
        server.start()
        # The merge of these 4M rows takes about half a second: it was cut short.
        parts = int(query(server, "SELECT count() FROM system.parts WHERE table = 'states' AND active"))
        expect(parts > 1, f"the merge finished before the kill: {parts} part")
        got = query(server, totals)
        expect(got == expected, f"after the killed merge: {got!r}")
        got = query(server, "SELECT count(), uniqExact(id), sum(v) FROM states FINAL")
        expect(got == f"{KEYS}\t{KEYS}\t{KEYS + KEYS // 2}\n", f"FINAL after the killed merge: {got!r}")

        query(server, "OPTIMIZE TABLE states FINAL")
        got = query(server, "SELECT count(), uniqExact(id), sum(v), min(sign) FROM states")
        expect(got == f"{KEYS}\t{KEYS}\t{KEYS + KEYS // 2}\t1\n", f"after the merge was redone: {got!r}")
        parts = query(server, "SELECT count() FROM system.parts WHERE table = 'states' AND active")
        expect(parts == "1\n", f"parts after OPTIMIZE: {parts!r}")
    finally:
        server.stop()
        server.cleanup()
