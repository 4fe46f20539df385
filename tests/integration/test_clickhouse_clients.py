"""Real ClickHouse clients against our server: the official JS client (@clickhouse/client,
HTTP), installed from npm into build/test-tools on first use."""
import os
import subprocess

from server import ROOT, Server

TOOLS = os.path.join(ROOT, "build", "test-tools")


def ensure_js_client():
    if not os.path.exists(os.path.join(TOOLS, "node_modules", "@clickhouse", "client")):
        os.makedirs(TOOLS, exist_ok=True)
        subprocess.run(["npm", "install", "--prefix", TOOLS, "--no-audit", "--no-fund", "@clickhouse/client@1"], check=True,
                       stdout=subprocess.DEVNULL)


def test_clickhouse_js_client():
    ensure_js_client()
    server = Server().start()
    try:
        script = os.path.join(os.path.dirname(os.path.abspath(__file__)), "js", "clickhouse_js_session.mjs")
        env = dict(os.environ, NODE_PATH=os.path.join(TOOLS, "node_modules"))
        # ES modules resolve packages from the script's location, so run a copy beside node_modules.
        runner = os.path.join(TOOLS, "clickhouse_js_session.mjs")
        with open(script) as source, open(runner, "w") as target:
            target.write(source.read())
        result = subprocess.run(["node", runner, str(server.http_port)], capture_output=True, text=True, env=env, timeout=120)
        if result.returncode != 0 or "ok" not in result.stdout:
            raise AssertionError(f"JS client session failed:\n{result.stdout}\n{result.stderr}")
    finally:
        server.cleanup()
