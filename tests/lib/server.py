"""Starts and stops a throwaway `datastore server` on 127.0.0.1 for tests and benchmarks."""
import os
import shutil
import signal
import socket
import subprocess
import tempfile
import threading
import time
import urllib.error
import urllib.parse
import urllib.request

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
BINARY = os.path.join(ROOT, "build", "release", "datastore")


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Server:
    def __init__(self, path=None, http_port=None, tcp_port=None, overrides=None, config_file=None):
        """`overrides`: more "--key=value" settings of the configuration. `config_file`: start
        from that configuration (with its config.d/, users.xml...); path and ports still go on
        the command line."""
        self.own_path = path is None
        self.config_file = config_file
        self.overrides = list(overrides or [])
        self.path = path or tempfile.mkdtemp(prefix="datastore-test-")
        self.http_port = http_port or free_port()
        self.tcp_port = tcp_port or free_port()
        self.process = None

    def start(self, timeout=30):
        log = open(os.path.join(self.path, "server.log"), "ab")
        config = [f"--config-file={self.config_file}"] if self.config_file else []
        self.process = subprocess.Popen(
            [BINARY, "server"] + config + ["--", f"--path={self.path}/", f"--http_port={self.http_port}",
             f"--tcp_port={self.tcp_port}", "--listen_host=127.0.0.1"] + self.overrides,
            stdout=log, stderr=log)
        deadline = time.time() + timeout
        while time.time() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"server exited with {self.process.returncode}; see {self.path}/server.log")
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{self.http_port}/ping", timeout=1) as r:
                    if r.read() == b"Ok.\n":
                        return self
            except (urllib.error.URLError, ConnectionError, socket.timeout):
                time.sleep(0.1)
        raise RuntimeError("server did not answer /ping in time")

    def stop(self, kill=False):
        if self.process and self.process.poll() is None:
            self.process.send_signal(signal.SIGKILL if kill else signal.SIGTERM)
            try:
                self.process.wait(timeout=20)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        self.process = None

    def cleanup(self):
        self.stop()
        if self.own_path:
            shutil.rmtree(self.path, ignore_errors=True)

    def query(self, sql, data=None, params=None, headers=None, method=None):
        """Returns (status, headers, body bytes). `data` (bytes) goes in the body after a query in the URL."""
        query_params = dict(params or {})
        if data is None:
            body = sql.encode()
        else:
            query_params["query"] = sql
            body = data
        url = f"http://127.0.0.1:{self.http_port}/?" + urllib.parse.urlencode(query_params)
        request = urllib.request.Request(url, data=body, headers=headers or {}, method=method or "POST")
        try:
            with urllib.request.urlopen(request, timeout=600) as r:
                return r.status, dict(r.headers), r.read()
        except urllib.error.HTTPError as e:
            return e.code, dict(e.headers), e.read()


def with_server(test):
    """Runs `test(server)` against a fresh server, stopped and removed afterwards."""
    def run():
        server = Server().start()
        try:
            test(server)
        finally:
            server.cleanup()
    run.__name__ = test.__name__
    return run


def expect(condition, message):
    if not condition:
        raise AssertionError(message)


def query_killed(server, sql, delay):
    """Runs `sql` and kills the server (SIGKILL) `delay` seconds in, to crash it in the middle of
    the work the query does; returns once the server is dead."""
    timer = threading.Timer(delay, lambda: server.stop(kill=True))
    timer.start()
    try:
        server.query(sql)
    except OSError:
        pass  # the server died under the query, as intended
    timer.join()


def query_ok(server, sql, data=None):
    """The body of a query that must succeed (status 200), as text."""
    status, _, body = server.query(sql, data=data)
    expect(status == 200, f"{sql}: {body!r}")
    return body.decode()
