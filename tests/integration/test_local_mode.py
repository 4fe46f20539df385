"""`datastore local`: queries over a directory without a server, with clickhouse-local's
output: results on stdout, an error once on stderr with its code as the exit status, and
server log lines only when --log-level asks for them."""
import os
import subprocess
import tempfile

from server import BINARY, expect


def local(*arguments, stdin=None):
    return subprocess.run([BINARY, "local", *arguments], input=stdin, capture_output=True, text=True, timeout=60)


def test_results_errors_and_log_level():
    answer = local("-q", "SELECT 1; SELECT throwIf(1); SELECT 2")
    expect(answer.stdout == "1\n", answer.stdout)
    # The exit status is the code modulo 256, as clickhouse-local's.
    expect(answer.returncode == 395 % 256, answer.returncode)
    lines = answer.stderr.splitlines()
    expect(len(lines) == 1 and lines[0].startswith("Code: 395. DB::Exception: "), answer.stderr)

    answer = local("--ignore-error", "-q", "SELECT 1; SELECT throwIf(1); SELECT 2")
    expect(answer.stdout == "1\n2\n", answer.stdout)

    answer = local("--log-level=debug", "-q", "SELECT 1")
    expect(answer.stdout == "1\n" and "<Debug> executeQuery: SELECT 1" in answer.stderr, answer.stderr)
    answer = local("--log-level=loud", "-q", "SELECT 1")
    expect(answer.returncode != 0 and "Code: 36." in answer.stderr, answer.stderr)


def test_path_keeps_tables_between_runs():
    with tempfile.TemporaryDirectory() as directory:
        answer = local("--path", directory, "-q", "CREATE TABLE t (x UInt32) ENGINE = MergeTree ORDER BY x; INSERT INTO t VALUES (3), (1)")
        expect(answer.returncode == 0, answer.stderr)
        answer = local("--path", directory, "-q", "SELECT x FROM t ORDER BY x FORMAT CSV")
        expect(answer.stdout == "1\n3\n", answer.stdout)
        # Data given on stdin is the input of an INSERT.
        answer = local("--path", directory, "-q", "INSERT INTO t FORMAT TSV", stdin="7\nx\n")
        expect(answer.returncode == 27 and "Cannot parse" in answer.stderr, answer.stderr)
        answer = local("--path", directory, "-q", "SELECT count() FROM t")
        expect(answer.stdout == "2\n", answer.stdout)
