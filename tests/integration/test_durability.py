"""An acknowledged INSERT survives kill -9 at any moment; an unfinished one leaves nothing,
not even temporary files, after the restart."""
import os
import signal
import threading
import time

from server import Server


def expect(condition, message):
    if not condition:
        raise AssertionError(message)


def rows(start, count):
    return b"".join(b'{"id": %d, "v": "value-%d"}\n' % (i, i) for i in range(start, start + count))


def test_kill_during_insert_keeps_acknowledged_rows():
    server = Server().start()
    try:
        server.query("CREATE TABLE t (id UInt64, v String) ENGINE = MergeTree ORDER BY id")
        acknowledged = 0
        for batch in range(5):
            status, _, body = server.query("INSERT INTO t FORMAT JSONEachRow", data=rows(batch * 10000, 10000))
            expect(status == 200, f"insert {batch}: {body!r}")
            acknowledged += 10000

        # A large insert streamed slowly; the server is killed in the middle of it.
        def slow_body():
            for chunk in range(200):
                yield rows(1_000_000 + chunk * 5000, 5000)
                time.sleep(0.01)

        def run_slow_insert():
            try:
                server.query("INSERT INTO t FORMAT JSONEachRow", data=slow_body())
            except Exception:
                pass

        writer = threading.Thread(target=run_slow_insert)
        writer.start()
        time.sleep(0.8)
        server.process.send_signal(signal.SIGKILL)
        server.process.wait()
        writer.join(timeout=30)

        server.start()
        _, _, body = server.query("SELECT count() FROM t")
        expect(body == b"%d\n" % acknowledged, f"after restart: {body!r}, expected {acknowledged}")
        table_dir = os.path.join(server.path, "data", "default", "t")
        leftovers = [name for name in os.listdir(table_dir) if name.startswith("tmp")]
        expect(not leftovers, f"temporary parts left: {leftovers}")
    finally:
        server.cleanup()


def test_data_survives_restart():
    server = Server().start()
    try:
        server.query("CREATE TABLE t (id UInt64, s String) ENGINE = MergeTree PARTITION BY id % 3 ORDER BY id")
        server.query("INSERT INTO t SELECT number, toString(number) FROM numbers(100000)")
        server.stop()
        server.start()
        _, _, body = server.query("SELECT count(), sum(id), max(s) FROM t")
        expect(body == b"100000\t4999950000\t99999\n", f"{body!r}")
        _, _, body = server.query("SHOW CREATE TABLE t FORMAT TSVRaw")
        expect(b"PARTITION BY id % 3" in body, f"{body!r}")
    finally:
        server.cleanup()


def test_second_server_on_the_same_path_refuses_to_start():
    server = Server().start()
    second = Server(path=server.path)
    try:
        try:
            second.start(timeout=10)
            raise AssertionError("a second server started on a locked data directory")
        except RuntimeError:
            pass
        with open(os.path.join(server.path, "server.log"), "rb") as log:
            text = log.read()
        expect(b"Code: 76. DB::Exception: Cannot lock file " in text and b"Another server instance in same directory is already running" in text,
               f"{text[-500:]!r}")
        _, _, body = server.query("SELECT 1")
        expect(body == b"1\n", f"{body!r}")
    finally:
        second.stop()
        server.cleanup()
