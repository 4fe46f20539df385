"""Buffer tables and a server stop: a graceful stop (SIGTERM) flushes every buffer into its
destination, through the destination's materialized views, so no row is lost; the buffer
itself comes back empty and keeps working. Rows still buffered when the server is killed
are lost, as in ClickHouse."""
import threading
import time

from server import Server, expect, query_ok as query


def count(server, table):
    return int(query(server, f"SELECT count() FROM {table}"))


def test_graceful_stop_flushes_buffers():
    server = Server().start()
    try:
        query(server, "CREATE TABLE events (id UInt64, team UInt32) ENGINE = MergeTree ORDER BY id")
        query(server, "CREATE TABLE per_team (team UInt32, rows UInt64) ENGINE = SummingMergeTree ORDER BY team")
        query(server, "CREATE MATERIALIZED VIEW per_team_mv TO per_team AS SELECT team, count() AS rows FROM events GROUP BY team")
        # thresholds far away: nothing is flushed before the stop; 4 layers take the inserts;
        # no columns declared: the destination's, written into the metadata
        query(server, "CREATE TABLE events_buffer "
                      "ENGINE = Buffer(default, events, 4, 3600, 3600, 1000000000, 1000000000, 1000000000000, 1000000000000)")
        for batch in range(20):
            query(server, f"INSERT INTO events_buffer SELECT number + {batch * 1000}, number % 7 FROM numbers(1000)")
        expect(count(server, "events") == 0, "rows were flushed before the stop")
        expect(count(server, "events_buffer") == 20000, "the buffer does not show its rows")

        server.stop()
        server.start()

        expect(count(server, "events") == 20000, f"rows lost at the stop: {count(server, 'events')} of 20000 in the destination")
        expect(query(server, "SELECT count(DISTINCT id), min(id), max(id) FROM events") == "20000\t0\t19999\n", "flushed rows differ")
        expect(query(server, "SELECT sum(rows) FROM per_team") == "20000\n", "the view did not see the flushed rows")
        expect(count(server, "events_buffer") == 20000, "the buffer reads its destination after the restart")
        expect(query(server, "SELECT name, type FROM system.columns WHERE table = 'events_buffer' ORDER BY position")
               == "id\tUInt64\nteam\tUInt32\n", "the buffer's columns after the restart")

        query(server, "INSERT INTO events_buffer VALUES (100000, 1)")
        expect(count(server, "events_buffer") == 20001, "the buffer does not take rows after the restart")
        query(server, "OPTIMIZE TABLE events_buffer")
        expect(count(server, "events") == 20001, "OPTIMIZE did not flush after the restart")
    finally:
        server.cleanup()


def test_concurrent_inserts_flushes_and_reads():
    """Four writers into four layers flushed every 500 rows, a reader counting meanwhile: every
    count sees each committed row once (in a layer or in the destination, never both)."""
    server = Server().start()
    try:
        query(server, "CREATE TABLE dst (w UInt8, x UInt64) ENGINE = MergeTree ORDER BY x")
        query(server, "CREATE TABLE buf (w UInt8, x UInt64) ENGINE = Buffer(default, dst, 4, 3600, 3600, 1000000, 500, 1000000000, 1000000000)")
        inserted = [0] * 4
        errors = []

        def write(w):
            try:
                for batch in range(40):
                    query(server, f"INSERT INTO buf SELECT {w}, number + {batch * 100} FROM numbers(100)")
                    inserted[w] += 100
            except Exception as e:  # noqa: BLE001 - reported by the main thread
                errors.append(e)

        writers = [threading.Thread(target=write, args=(w,)) for w in range(4)]
        for writer in writers:
            writer.start()
        while any(writer.is_alive() for writer in writers):
            before = sum(inserted)
            seen = count(server, "buf")
            after = sum(inserted)
            # rows of an INSERT still running may or may not be visible yet
            expect(before <= seen <= after + 400, f"count {seen} outside [{before}, {after + 400}]")
        for writer in writers:
            writer.join()
        expect(not errors, f"writers failed: {errors}")
        expect(count(server, "buf") == 16000, "rows lost or doubled")
        expect(count(server, "dst") > 0, "no layer was flushed by max_rows")
        query(server, "OPTIMIZE TABLE buf")
        expect(query(server, "SELECT w, count(), count(DISTINCT x) FROM dst GROUP BY w ORDER BY w")
               == "".join(f"{w}\t4000\t4000\n" for w in range(4)), "the destination does not hold each row once")
    finally:
        server.cleanup()


def buffered_server(max_time):
    """A server with `buf` over `dst` (x UInt64), flushed only by max_time seconds."""
    server = Server().start()
    query(server, "CREATE TABLE dst (x UInt64) ENGINE = MergeTree ORDER BY x")
    query(server, f"CREATE TABLE buf (x UInt64) ENGINE = Buffer(default, dst, 1, 3600, {max_time}, 1000000, 1000000, 1000000000, 1000000000)")
    return server


def test_background_flush_by_time():
    # max_time = 1: flushed once more than one whole second passed since the first write
    server = buffered_server(1)
    try:
        query(server, "INSERT INTO buf VALUES (1), (2), (3)")
        expect(count(server, "dst") == 0, "flushed at once")
        deadline = time.time() + 10
        while count(server, "dst") != 3 and time.time() < deadline:
            time.sleep(0.1)
        expect(count(server, "dst") == 3, "the background thread did not flush by max_time")
        expect(count(server, "buf") == 3, "rows seen twice or lost after the flush")
    finally:
        server.cleanup()


def test_killed_server_loses_buffered_rows():
    server = buffered_server(3600)
    try:
        query(server, "INSERT INTO buf VALUES (1)")
        server.stop(kill=True)
        server.start()
        expect(count(server, "buf") == 0 and count(server, "dst") == 0, "a killed server cannot have flushed")
    finally:
        server.cleanup()
