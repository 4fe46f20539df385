"""Monitoring as HIP-47 uses it: system.events counters (queries, inserts, failures),
system.metrics, system.asynchronous_metrics, system.disks, the alert queries of HIP-47 run as
written, and the Prometheus endpoint checked against the text exposition format (and by
Debian's promtool when installed) and scraped by Debian's prometheus."""
import os
import re
import shutil
import subprocess
import urllib.error
import urllib.request

from server import Server, expect, free_port, query_ok

# One sample line: name, optional labels, value (Prometheus' text format 0.0.4).
SAMPLE = re.compile(r'^([a-zA-Z_:][a-zA-Z0-9_:]*)(\{[^}]*\})? (-?[0-9.eE+-]+|NaN|[+-]Inf)$')
COMMENT = re.compile(r'^# (HELP|TYPE) ([a-zA-Z_:][a-zA-Z0-9_:]*) (.*)$')


def parse_exposition(text):
    """Values by name; raises on any line the format does not allow, a sample without its
    TYPE, or a name given twice."""
    values = {}
    types = {}
    expect(text.endswith("\n"), "exposition must end with a line feed")
    for line in text.splitlines():
        comment = COMMENT.match(line)
        if comment:
            kind, name, rest = comment.groups()
            if kind == "TYPE":
                expect(rest in ("counter", "gauge", "histogram", "summary", "untyped"), line)
                expect(name not in types, f"TYPE twice for {name}")
                types[name] = rest
            continue
        sample = SAMPLE.match(line)
        expect(sample is not None, f"not a sample line: {line!r}")
        name, _, value = sample.groups()
        expect(name in types, f"sample before its TYPE: {line!r}")
        expect(name not in values, f"sample twice: {name}")
        values[name] = float(value)
    return values


def event(server, name):
    text = query_ok(server, f"SELECT value FROM system.events WHERE event = '{name}'")
    return int(text) if text else 0


def test_events_and_hip47_alert_queries():
    server = Server().start()
    try:
        query_ok(server, "CREATE TABLE events (ts DateTime, n UInt32) ENGINE = MergeTree PARTITION BY toYYYYMM(ts) ORDER BY ts")
        selects, inserts, failed = event(server, "SelectQuery"), event(server, "InsertQuery"), event(server, "FailedInsertQuery")
        for i in range(3):
            query_ok(server, f"INSERT INTO events VALUES ('2026-01-0{i + 1} 00:00:00', {i})")
        query_ok(server, "SELECT count() FROM events")
        status, _, _ = server.query("INSERT INTO events VALUES ('not a time', 1)")
        expect(status != 200, "bad insert must fail")
        expect(event(server, "InsertQuery") == inserts + 4, "InsertQuery")
        expect(event(server, "FailedInsertQuery") == failed + 1, "FailedInsertQuery")
        expect(event(server, "InsertedRows") >= 3, "InsertedRows")
        # The SELECT asking counts itself.
        expect(event(server, "SelectQuery") >= selects + 2, "SelectQuery")
        expect(event(server, "Query") >= event(server, "SelectQuery"), "Query")

        # HIP-47's alerts, as written: Too Many Parts, Disk Usage, Insert Failures.
        parts = int(query_ok(server, "SELECT count() FROM system.parts WHERE active AND table = 'events'"))
        expect(1 <= parts <= 3, parts)
        free = int(query_ok(server, "SELECT free_space FROM system.disks WHERE name = 'default'"))
        total = int(query_ok(server, "SELECT total_space FROM system.disks WHERE name = 'default'"))
        expect(0 < free <= total, (free, total))
        expect(query_ok(server, "SELECT value FROM system.events WHERE event = 'FailedInsertQuery'") == f"{failed + 1}\n", "alert query")

        metrics = query_ok(server, "SELECT metric, value FROM system.metrics WHERE metric = 'Query'")
        expect(metrics == "Query\t1\n", metrics)
        uptime = float(query_ok(server, "SELECT value FROM system.asynchronous_metrics WHERE metric = 'Uptime'"))
        expect(uptime > 0, uptime)
        resident = float(query_ok(server, "SELECT value FROM system.asynchronous_metrics WHERE metric = 'MemoryResident'"))
        expect(resident > 1e6, resident)
        expect(query_ok(server, "SELECT toTypeName(value) FROM system.asynchronous_metrics LIMIT 1") == "Float64\n", "type")
        with urllib.request.urlopen(f"http://127.0.0.1:{server.http_port}/replicas_status") as r:
            expect(r.read() == b"Ok.\n", "/replicas_status")
    finally:
        server.cleanup()


def test_prometheus_scrape():
    port = free_port()
    server = Server(overrides=[f"--prometheus.port={port}", "--prometheus.endpoint=/metrics"]).start()
    try:
        query_ok(server, "CREATE TABLE t (n UInt8) ENGINE = Memory")
        query_ok(server, "INSERT INTO t VALUES (1)")
        server.query("INSERT INTO t VALUES ('x')")
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/metrics") as r:
            expect(r.headers["Content-Type"].startswith("text/plain; version=0.0.4"), r.headers["Content-Type"])
            text = r.read().decode()
        values = parse_exposition(text)
        expect(values["ClickHouseProfileEvents_InsertQuery"] == 2, values["ClickHouseProfileEvents_InsertQuery"])
        expect(values["ClickHouseProfileEvents_FailedInsertQuery"] == 1, "FailedInsertQuery")
        expect(values["ClickHouseProfileEvents_InsertedRows"] == 1, "InsertedRows")
        expect(values["ClickHouseMetrics_Query"] == 0, "no query runs during a scrape")
        expect(values["ClickHouseAsyncMetrics_Uptime"] > 0, "uptime")
        expect("ClickHouseAsyncMetrics_jemalloc_allocated" in values, "names made Prometheus-safe")
        expect("# TYPE ClickHouseProfileEvents_Query counter" in text and "# TYPE ClickHouseMetrics_Query gauge" in text, "types")
        # Only the endpoint is served on that port.
        try:
            urllib.request.urlopen(f"http://127.0.0.1:{port}/other")
            raise AssertionError("/other must be 404")
        except urllib.error.HTTPError as e:
            expect(e.code == 404, e.code)
        promtool = shutil.which("promtool")
        if promtool:
            # promtool's style lints (snake_case, _total) hold for ClickHouse's own names too;
            # any other complaint is a format error.
            result = subprocess.run([promtool, "check", "metrics"], input=text, capture_output=True, text=True)
            problems = [line for line in (result.stdout + result.stderr).splitlines()
                        if line and "should be written in 'snake_case'" not in line and 'should have "_total" suffix' not in line]
            expect(not problems, f"promtool: {problems}")
    finally:
        server.cleanup()


def test_debian_prometheus_scrapes_the_endpoint():
    import json
    import tempfile
    import time
    port = free_port()
    server = Server(overrides=[f"--prometheus.port={port}"]).start()
    directory = tempfile.mkdtemp(prefix="datastore-prometheus-")
    web_port = free_port()
    with open(os.path.join(directory, "prometheus.yml"), "w") as f:
        f.write(f"global:\n  scrape_interval: 1s\nscrape_configs:\n  - job_name: datastore\n"
                f"    static_configs:\n      - targets: ['127.0.0.1:{port}']\n")
    prometheus = subprocess.Popen(["prometheus", f"--config.file={directory}/prometheus.yml", f"--storage.tsdb.path={directory}/data",
                                   f"--web.listen-address=127.0.0.1:{web_port}"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        query_ok(server, "SELECT 1")
        url = f"http://127.0.0.1:{web_port}/api/v1/query?query=ClickHouseProfileEvents_SelectQuery"
        deadline = time.time() + 60
        value = None
        while time.time() < deadline and value is None:
            time.sleep(0.5)
            try:
                with urllib.request.urlopen(url, timeout=2) as r:
                    result = json.loads(r.read())["data"]["result"]
                    if result:
                        value = float(result[0]["value"][1])
            except (urllib.error.URLError, ConnectionError, KeyError):
                pass
        expect(value is not None and value >= 1, f"Prometheus did not scrape ClickHouseProfileEvents_SelectQuery: {value}")
        with urllib.request.urlopen(f"http://127.0.0.1:{web_port}/api/v1/targets", timeout=2) as r:
            targets = json.loads(r.read())["data"]["activeTargets"]
        expect(targets and targets[0]["health"] == "up", targets)
    finally:
        prometheus.terminate()
        prometheus.wait(10)
        server.cleanup()
        shutil.rmtree(directory, ignore_errors=True)
