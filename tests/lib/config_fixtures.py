"""Helpers of the configuration and access-control tests: a copy of a fixture under
tests/integration/configs/ in a scratch directory, servers started from it, and requests made
as a given user over HTTP (basic auth, X-ClickHouse headers or URL parameters) and the native
protocol (Debian's clickhouse-client)."""
import base64
import os
import shutil
import subprocess
import tempfile
import urllib.error
import urllib.parse
import urllib.request

from server import BINARY, Server, expect, free_port

CONFIGS = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "integration", "configs")
CLICKHOUSE_CLIENT = "/usr/bin/clickhouse-client"


def copy_fixture(name):
    """A scratch copy of configs/<name>, to add files to; returns its directory."""
    directory = tempfile.mkdtemp(prefix=f"datastore-config-{name}-")
    shutil.copytree(os.path.join(CONFIGS, name), directory, dirs_exist_ok=True)
    return directory


def write(path, text):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w") as f:
        f.write(text)


def start_from(config_file, overrides=()):
    return Server(config_file=config_file, overrides=list(overrides)).start()


def run_server_expecting_failure(config_file, overrides=()):
    """Starts a server that must refuse its configuration; returns (exit code, stderr text)."""
    path = tempfile.mkdtemp(prefix="datastore-test-")
    command = [BINARY, "server", f"--config-file={config_file}", "--", f"--path={path}/", f"--http_port={free_port()}",
               f"--tcp_port={free_port()}", "--listen_host=127.0.0.1"] + list(overrides)
    try:
        result = subprocess.run(command, capture_output=True, text=True, timeout=60)
    finally:
        shutil.rmtree(path, ignore_errors=True)
    return result.returncode, result.stderr


def http(server, sql, user=None, password=None, how="basic", params=None, method="POST"):
    """Runs `sql` as `user`; `how` is basic, headers or params. Returns (status, body text)."""
    query = dict(params or {})
    headers = {}
    if user is not None:
        if how == "basic":
            headers["Authorization"] = "Basic " + base64.b64encode(f"{user}:{password or ''}".encode()).decode()
        elif how == "headers":
            headers["X-ClickHouse-User"] = user
            if password is not None:
                headers["X-ClickHouse-Key"] = password
        else:
            query["user"] = user
            if password is not None:
                query["password"] = password
    if method == "GET":
        query["query"] = sql
        body = None
    else:
        body = sql.encode()
    url = f"http://127.0.0.1:{server.http_port}/?" + urllib.parse.urlencode(query)
    request = urllib.request.Request(url, data=body, headers=headers, method=method)
    try:
        with urllib.request.urlopen(request, timeout=60) as r:
            return r.status, r.read().decode()
    except urllib.error.HTTPError as e:
        return e.code, e.read().decode()


def http_ok(server, sql, user=None, password=None, **kwargs):
    status, body = http(server, sql, user, password, **kwargs)
    expect(status == 200, f"{user}: {sql}: {status} {body}")
    return body


def http_error(server, sql, code, user=None, password=None, **kwargs):
    """The error text of a query that must fail with ClickHouse error `code`."""
    status, body = http(server, sql, user, password, **kwargs)
    expect(status != 200 and body.startswith(f"Code: {code}."), f"{user}: {sql}: expected code {code}, got {status} {body}")
    return body


def native(server, sql, user="default", password=""):
    """Runs `sql` through clickhouse-client over the native protocol: (exit code, stdout, stderr)."""
    command = [CLICKHOUSE_CLIENT, "--host", "127.0.0.1", "--port", str(server.tcp_port), "--user", user, "--query", sql]
    if password:
        command += ["--password", password]
    result = subprocess.run(command, capture_output=True, text=True, timeout=60)
    return result.returncode, result.stdout, result.stderr


def settings_of(server, names, user=None, password=None, **kwargs):
    """The values of settings `names` in a query of `user`, as system.settings shows them."""
    listed = ", ".join(f"'{name}'" for name in names)
    body = http_ok(server, f"SELECT name, value FROM system.settings WHERE name IN ({listed})", user, password, **kwargs)
    values = dict(line.split("\t", 1) for line in body.splitlines())
    return [values.get(name) for name in names]
