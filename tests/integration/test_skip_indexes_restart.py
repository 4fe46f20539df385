"""Data-skipping indexes across a server restart: tokenbf_v1, ngrambf_v1 and bloom_filter files are
read back from the parts and skip the same granules as before; a cleared index (CLEAR INDEX)
stays cleared, and MATERIALIZE INDEX after the restart builds it again."""
from server import Server, expect, query_ok as query

TABLE = ("CREATE TABLE logs.events (k UInt32, msg String, url String, user String, "
         "INDEX it msg TYPE tokenbf_v1(512, 3, 0) GRANULARITY 1, "
         "INDEX ing url TYPE ngrambf_v1(3, 512, 2, 0) GRANULARITY 1, "
         "INDEX ibf user TYPE bloom_filter GRANULARITY 1) "
         "ENGINE = MergeTree PARTITION BY k % 2 ORDER BY k SETTINGS index_granularity = 4")
ROWS = ("INSERT INTO logs.events SELECT number, concat('event ', toString(number), if(number = 13, ' failure', ' ok')), "
        "concat('/page/', toString(intDiv(number, 8)), '/view'), concat('user', toString(intDiv(number, 4))) FROM numbers(64)")
QUERIES = {
    "hasToken(msg, 'failure')": "1",
    "url LIKE '%/page/5/%'": "8",
    "user IN ('user3', 'user9')": "8",
}


def skip_lines(server, condition):
    """The granule counts EXPLAIN indexes = 1 gives for the query with this condition."""
    plan = query(server, f"EXPLAIN indexes = 1 SELECT count() FROM logs.events WHERE {condition}")
    return [line.strip() for line in plan.splitlines() if "Granules" in line or "Name" in line]


def test_skip_indexes_survive_restart():
    server = Server().start()
    try:
        query(server, "CREATE DATABASE logs")
        query(server, TABLE)
        query(server, ROWS)
        before = {condition: skip_lines(server, condition) for condition in QUERIES}
        for condition, count in QUERIES.items():
            expect(query(server, f"SELECT count() FROM logs.events WHERE {condition}") == count + "\n", condition)
            expect(any(line.startswith("Granules: ") and not line.endswith("16/16") for line in before[condition]),
                   f"{condition} skipped nothing: {before[condition]}")
        query(server, "ALTER TABLE logs.events CLEAR INDEX it IN PARTITION 1 SETTINGS mutations_sync = 1")
        cleared = skip_lines(server, "hasToken(msg, 'failure')")

        server.stop()
        server.start()

        for condition, count in QUERIES.items():
            expect(query(server, f"SELECT count() FROM logs.events WHERE {condition}") == count + "\n", f"{condition} after restart")
            if condition != "hasToken(msg, 'failure')":
                after = skip_lines(server, condition)
                expect(after == before[condition], f"{condition}: {before[condition]} before, {after} after restart")
        after = skip_lines(server, "hasToken(msg, 'failure')")
        expect(after == cleared, f"cleared index: {cleared} before, {after} after restart")
        # partition 1 (odd k, row 13 among them) is read whole, partition 0 is skipped
        expect("Granules: 8/16" in after, f"cleared partition not read whole: {after}")
        query(server, "ALTER TABLE logs.events MATERIALIZE INDEX it SETTINGS mutations_sync = 1")
        rebuilt = skip_lines(server, "hasToken(msg, 'failure')")
        expect("Granules: 1/16" in rebuilt, f"after MATERIALIZE INDEX: {rebuilt}")
    finally:
        server.cleanup()


if __name__ == "__main__":
    test_skip_indexes_survive_restart()
    print("ok")
