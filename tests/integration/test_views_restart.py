"""Views, materialized views (TO a table, and with their own inner table) and Memory tables
across a server restart: the views come back from metadata/ and keep working; Memory tables
come back empty, as in ClickHouse."""
from server import Server, expect, query_ok as query


def test_views_survive_restart():
    server = Server().start()
    try:
        query(server, "CREATE DATABASE analytics")
        query(server, "CREATE TABLE analytics.events (ts DateTime, team_id UInt64, tokens UInt64) ENGINE = MergeTree ORDER BY ts")
        query(server, "CREATE TABLE analytics.per_team (team_id UInt64, tokens UInt64, requests UInt64) "
                      "ENGINE = SummingMergeTree ORDER BY team_id")
        query(server, "CREATE MATERIALIZED VIEW analytics.per_team_mv TO analytics.per_team AS "
                      "SELECT team_id, sum(tokens) AS tokens, count() AS requests FROM analytics.events GROUP BY team_id")
        # the view's query names its table without a database: it is the current one at CREATE
        status, _, body = server.query("CREATE MATERIALIZED VIEW daily ENGINE = SummingMergeTree ORDER BY (day, team_id) AS "
                                       "SELECT toDate(ts) AS day, team_id, sum(tokens) AS tokens FROM events GROUP BY day, team_id",
                                       params={"database": "analytics"})
        expect(status == 200, f"create daily: {body!r}")
        query(server, "CREATE VIEW analytics.big_teams AS SELECT team_id, tokens FROM analytics.per_team FINAL WHERE tokens > 100")
        query(server, "CREATE TABLE analytics.scratch (x UInt8) ENGINE = Memory")
        query(server, "INSERT INTO analytics.scratch VALUES (1)")
        query(server, "INSERT INTO analytics.events VALUES ('2024-01-01 10:00:00', 1, 60), ('2024-01-01 11:00:00', 2, 5)")

        server.stop()
        server.start()

        tables = query(server, "SELECT name, engine FROM system.tables WHERE database = 'analytics' AND name NOT LIKE '.inner%' ORDER BY name")
        expect(tables == "big_teams\tView\ndaily\tMaterializedView\nevents\tMergeTree\nper_team\tSummingMergeTree\n"
                         "per_team_mv\tMaterializedView\nscratch\tMemory\n", f"tables after restart: {tables!r}")
        inner = query(server, "SELECT count() FROM system.tables WHERE database = 'analytics' AND name LIKE '.inner_id.%'")
        expect(inner == "1\n", f"inner tables: {inner!r}")
        expect(query(server, "SELECT count() FROM analytics.scratch") == "0\n", "Memory table kept its rows")

        query(server, "INSERT INTO analytics.events VALUES ('2024-01-01 12:00:00', 1, 70), ('2024-01-02 09:00:00', 2, 1)")
        per_team = query(server, "SELECT team_id, tokens, requests FROM analytics.per_team FINAL ORDER BY team_id")
        expect(per_team == "1\t130\t2\n2\t6\t2\n", f"per_team after restart: {per_team!r}")
        daily = query(server, "SELECT day, team_id, tokens FROM analytics.daily FINAL ORDER BY day, team_id")
        expect(daily == "2024-01-01\t1\t130\n2024-01-01\t2\t5\n2024-01-02\t2\t1\n", f"daily after restart: {daily!r}")
        big = query(server, "SELECT * FROM analytics.big_teams")
        expect(big == "1\t130\n", f"view after restart: {big!r}")
        create = query(server, "SHOW CREATE TABLE analytics.daily")
        expect("INNER UUID" not in create and "ENGINE = SummingMergeTree" in create and "FROM analytics.events" in create,
               f"SHOW CREATE of daily: {create!r}")

        # dropping the view drops its inner table, and both stay dropped after a restart
        query(server, "DROP VIEW analytics.daily")
        query(server, "DROP VIEW analytics.big_teams")
        server.stop()
        server.start()
        left = query(server, "SELECT name FROM system.tables WHERE database = 'analytics' ORDER BY name")
        expect(left == "events\nper_team\nper_team_mv\nscratch\n", f"tables after drops: {left!r}")
        query(server, "INSERT INTO analytics.events VALUES ('2024-01-03 00:00:00', 3, 9)")
        expect(query(server, "SELECT tokens FROM analytics.per_team_mv FINAL WHERE team_id = 3") == "9\n", "view after second restart")
    finally:
        server.cleanup()
