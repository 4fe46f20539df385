"""HIP-47's rollups (schemas/rollups.sql) stay exact when the events of one session, hour or
day arrive in many batches out of time order: the dashboard queries against sessions,
events_hourly and token_usage_daily (with -Merge, with FINAL, after OPTIMIZE ... FINAL and
after a restart) return what the same aggregation over events returns. Aggregate states also
travel through RowBinary and TSV over HTTP and through the native protocol (clickhouse-client)."""
import datetime
import json
import os
import random
import subprocess

from server import BINARY, ROOT, Server, expect, query_ok as query

SCHEMAS = [os.path.join(ROOT, "schemas", name) for name in ("events.sql", "rollups.sql")]


def load_schemas(server):
    """As `make run` does (scripts/run-server): each schema file is one client query."""
    for path in SCHEMAS:
        with open(path) as f:
            subprocess.run([BINARY, "client", "--port", str(server.tcp_port), "--query", f.read()], check=True, timeout=60)


def make_events(seed=47):
    """Events of 60 sessions over 3 teams in the last 20 days, with distinct timestamps within a
    session (argMin/argMax have one answer) and LLM requests of 4 organizations."""
    rng = random.Random(seed)
    now = datetime.datetime.now(datetime.timezone.utc).replace(microsecond=0)
    events = []
    for session in range(60):
        team = session % 3 + 1
        user = f"user_{rng.randrange(25)}"
        start = now - datetime.timedelta(days=rng.randrange(20), seconds=rng.randrange(86400))
        for step in range(rng.randrange(3, 30)):
            ts = start + datetime.timedelta(seconds=step * 97 + rng.randrange(90), milliseconds=step)
            is_llm = rng.random() < 0.4
            events.append({
                "team_id": team, "distinct_id": user, "session_id": f"s{session}",
                "event": "$llm_request" if is_llm else rng.choice(["$pageview", "$pageview", "$click", "signup"]),
                "timestamp": ts.strftime("%Y-%m-%d %H:%M:%S.%f")[:-3],
                "url": f"/page/{rng.randrange(12)}", "referrer": rng.choice(["", "https://google.com", "https://hanzo.ai"]),
                "browser": rng.choice(["Chrome", "Firefox", "Safari"]), "os": rng.choice(["Linux", "macOS", "iOS"]),
                "device_type": rng.choice(["desktop", "mobile"]), "country_code": rng.choice(["US", "DE", "JP"]),
                "utm_source": rng.choice(["", "news", "ads"]), "utm_medium": rng.choice(["", "email"]), "utm_campaign": "",
                "model": rng.choice(["zen-1", "zen-2", "zen-mini"]) if is_llm else "",
                "provider": "hanzo" if is_llm else "", "organization_id": f"org_{team + session % 2}" if is_llm else "",
                "tokens_prompt": rng.randrange(2000) if is_llm else 0, "tokens_completion": rng.randrange(800) if is_llm else 0,
                "cost_usd": f"{rng.randrange(100000) / 1e6:.6f}" if is_llm else "0",
            })
    rng.shuffle(events)
    return events


def insert_in_batches(server, events, batches=14):
    """Uneven batches of shuffled events: every session, hour and day is split across several."""
    cuts = sorted(random.Random(1).sample(range(1, len(events)), batches - 1))
    for begin, end in zip([0] + cuts, cuts + [len(events)]):
        body = "\n".join(json.dumps(e) for e in events[begin:end]).encode()
        query(server, "INSERT INTO hanzo.events FORMAT JSONEachRow", data=body)


# Each pair: a HIP-47 dashboard query on a rollup, and the same aggregation over events.
SESSIONS_ROLLUP = """
SELECT team_id, session_id, distinct_id, min(session_start), max(session_end),
    dateDiff('second', min(session_start), max(session_end)) AS duration_seconds, sum(event_count), sum(pageview_count),
    argMinMerge(entry_url), argMaxMerge(exit_url), argMinMerge(initial_referrer), argMinMerge(initial_utm_source),
    argMinMerge(initial_utm_medium), argMinMerge(browser), argMinMerge(os), argMinMerge(device_type), argMinMerge(country_code)
FROM hanzo.sessions {final} GROUP BY team_id, session_id, distinct_id ORDER BY team_id, session_id, distinct_id"""
SESSIONS_EVENTS = """
SELECT team_id, session_id, distinct_id, min(timestamp), max(timestamp), dateDiff('second', min(timestamp), max(timestamp)),
    count(), countIf(event = '$pageview'), argMin(url, timestamp), argMax(url, timestamp), argMin(referrer, timestamp),
    argMin(utm_source, timestamp), argMin(utm_medium, timestamp), argMin(browser, timestamp), argMin(os, timestamp),
    argMin(device_type, timestamp), argMin(country_code, timestamp)
FROM hanzo.events GROUP BY team_id, session_id, distinct_id ORDER BY team_id, session_id, distinct_id"""

HOURLY_ROLLUP = """
SELECT team_id, event, hour, sum(count), uniqHLL12Merge(unique_users)
FROM hanzo.events_hourly {final} GROUP BY team_id, event, hour ORDER BY team_id, event, hour"""
HOURLY_EVENTS = """
SELECT team_id, event, toStartOfHour(timestamp) AS hour, count(), uniqHLL12(distinct_id)
FROM hanzo.events GROUP BY team_id, event, hour ORDER BY team_id, event, hour"""
DAILY_USERS_ROLLUP = """
SELECT team_id, toDate(hour) AS day, sum(count), uniqHLL12Merge(unique_users)
FROM hanzo.events_hourly {final} GROUP BY team_id, day ORDER BY team_id, day"""
DAILY_USERS_EVENTS = """
SELECT team_id, toDate(timestamp) AS day, count(), uniqHLL12(distinct_id)
FROM hanzo.events GROUP BY team_id, day ORDER BY team_id, day"""

# HIP-47's token usage dashboard, as written, and the same over events.
TOKENS_ROLLUP = """
SELECT organization_id, model, sum(total_prompt_tokens) AS prompt_tokens, sum(total_completion_tokens) AS completion_tokens,
    sum(total_cost_usd) AS total_cost
FROM hanzo.token_usage_daily {final} WHERE day >= today() - 30 GROUP BY organization_id, model ORDER BY total_cost DESC LIMIT 100"""
TOKENS_EVENTS = """
SELECT organization_id, model, sum(tokens_prompt) AS prompt_tokens, sum(tokens_completion) AS completion_tokens,
    sum(cost_usd) AS total_cost
FROM hanzo.events WHERE event = '$llm_request' AND toDate(timestamp) >= today() - 30
GROUP BY organization_id, model ORDER BY total_cost DESC LIMIT 100"""

PAIRS = [("sessions", SESSIONS_ROLLUP, SESSIONS_EVENTS), ("events_hourly", HOURLY_ROLLUP, HOURLY_EVENTS),
         ("events_hourly by day", DAILY_USERS_ROLLUP, DAILY_USERS_EVENTS), ("token_usage_daily", TOKENS_ROLLUP, TOKENS_EVENTS)]


def check_rollups(server, when, final=""):
    for name, rollup, events in PAIRS:
        expected = query(server, events)
        actual = query(server, rollup.format(final=final))
        expect(expected.count("\n") > 3, f"{name}: too few rows to compare: {expected!r}")
        expect(actual == expected, f"{name} {when} {final}: rollup differs from events\nrollup:\n{actual}\nevents:\n{expected}")


def test_rollups_exact_over_batches():
    server = Server().start()
    try:
        load_schemas(server)
        query(server, "SYSTEM STOP MERGES hanzo.sessions")
        events = make_events()
        insert_in_batches(server, events)
        expect(query(server, "SELECT count() FROM hanzo.events") == f"{len(events)}\n", "events lost")
        # one partial row per batch that saw a session: the merge is still to do
        partial = int(query(server, "SELECT count() FROM hanzo.sessions"))
        sessions = int(query(server, "SELECT uniqExact(session_id) FROM hanzo.events"))
        expect(partial > sessions, f"sessions were not split across batches: {partial} rows for {sessions} sessions")

        check_rollups(server, "before merges")
        check_rollups(server, "before merges", final="FINAL")
        query(server, "SYSTEM START MERGES hanzo.sessions")
        for table in ("sessions", "events_hourly", "token_usage_daily"):
            query(server, f"OPTIMIZE TABLE hanzo.{table} FINAL")
        check_rollups(server, "after OPTIMIZE FINAL")
        merged = int(query(server, "SELECT count() FROM hanzo.sessions"))
        expect(merged < partial, f"OPTIMIZE FINAL merged no session rows: {merged} of {partial}")

        server.stop()
        server.start()
        check_rollups(server, "after restart")
    finally:
        server.cleanup()


def test_states_through_formats_and_native_protocol():
    server = Server().start()
    try:
        query(server, "CREATE TABLE states (k UInt8, u AggregateFunction(uniq, UInt64), s AggregateFunction(sum, UInt64), "
                      "a AggregateFunction(argMin, String, DateTime('UTC')), m SimpleAggregateFunction(max, UInt64)) "
                      "ENGINE = AggregatingMergeTree ORDER BY k")
        query(server, "INSERT INTO states SELECT number % 4, uniqState(number), sumState(number), "
                      "argMinState(toString(number), toDateTime(number, 'UTC')), max(number) FROM numbers(1000) GROUP BY number % 4")
        finalized = "SELECT k, finalizeAggregation(u), finalizeAggregation(s), finalizeAggregation(a), m FROM {} ORDER BY k"
        expected = query(server, finalized.format("states"))
        expect(expected.startswith("0\t250\t124500\t0\t996\n"), f"states: {expected!r}")

        # RowBinary and TSV written by SELECT are read back by INSERT into the same states
        for fmt in ("RowBinary", "TabSeparated", "Native"):
            query(server, f"CREATE TABLE copy_{fmt} AS states")
            status, _, body = server.query(f"SELECT * FROM states FORMAT {fmt}")
            expect(status == 200, f"SELECT FORMAT {fmt}: {body!r}")
            query(server, f"INSERT INTO copy_{fmt} FORMAT {fmt}", data=body)
            copied = query(server, finalized.format(f"copy_{fmt}"))
            expect(copied == expected, f"{fmt} round trip: {copied!r} != {expected!r}")

        # a bad state is an error, and nothing is inserted
        status, _, body = server.query("INSERT INTO copy_RowBinary FORMAT RowBinary", data=b"\x01\x05")
        expect(status != 200, f"truncated RowBinary state accepted: {body!r}")

        # clickhouse-client (the native protocol) reads the states as ClickHouse's and sends them back;
        # the one installed is 18.16, which knows neither DateTime64 nor SimpleAggregateFunction
        client = ["clickhouse-client", "--host", "127.0.0.1", "--port", str(server.tcp_port)]
        # (a uniq state of a few hundred values may list them in another order once re-encoded by
        # ClickHouse's hash table: the same set, so it is compared finalized below)
        select = "SELECT k, s, a FROM states ORDER BY k FORMAT RowBinary"
        raw = subprocess.run(client + ["--query", select], capture_output=True, timeout=60)
        expect(raw.returncode == 0, f"clickhouse-client SELECT: {raw.stderr!r}")
        status, _, ours = server.query(select)
        expect(raw.stdout == ours, "clickhouse-client re-encoded the states differently")
        raw = subprocess.run(client + ["--query", "SELECT k, u, s, a FROM states ORDER BY k FORMAT RowBinary"], capture_output=True, timeout=60)
        expect(raw.returncode == 0, f"clickhouse-client SELECT: {raw.stderr!r}")
        query(server, "CREATE TABLE copy_native (k UInt8, u AggregateFunction(uniq, UInt64), s AggregateFunction(sum, UInt64), "
                      "a AggregateFunction(argMin, String, DateTime('UTC'))) ENGINE = AggregatingMergeTree ORDER BY k")
        sent = subprocess.run(client + ["--query", "INSERT INTO copy_native FORMAT RowBinary"], input=raw.stdout, capture_output=True,
                              timeout=60)
        expect(sent.returncode == 0, f"clickhouse-client INSERT: {sent.stderr!r}")
        copied = query(server, "SELECT k, finalizeAggregation(u), finalizeAggregation(s), finalizeAggregation(a) FROM copy_native ORDER BY k")
        expect(copied == query(server, "SELECT k, finalizeAggregation(u), finalizeAggregation(s), finalizeAggregation(a) FROM states ORDER BY k"),
               f"native protocol round trip: {copied!r}")
    finally:
        server.cleanup()
