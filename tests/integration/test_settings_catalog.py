"""ClickHouse 24.8's settings that we keep without acting on them (ClickHouseSettingsCatalog.inc)
are accepted and type-checked wherever settings come from: HTTP URL parameters, the native
protocol (clickhouse_driver, and Debian's clickhouse-client 18.16 with binary settings), and
settings profiles (SQL and users.xml) with their constraints. An unknown name is UNKNOWN_SETTING (115)."""
import os
import shutil
import subprocess

from config_fixtures import copy_fixture, http_error, http_ok, native, start_from, write
from server import expect, with_server

PYTHON = "/usr/bin/python3"
DRIVER_QUERY = """
import sys
from clickhouse_driver import Client
from clickhouse_driver.errors import ServerException
client = Client("127.0.0.1", port=int(sys.argv[1]))
settings = dict(item.split("=", 1) for item in sys.argv[3:])
try:
    for row in client.execute(sys.argv[2], settings=settings):
        print("\\t".join(str(value) for value in row))
except ServerException as error:
    print("error", error.code)
"""


def driver(server, sql, **settings):
    """`sql` through clickhouse_driver with `settings`: its rows as TSV, or `error <code>`."""
    command = [PYTHON, "-c", DRIVER_QUERY, str(server.tcp_port), sql] + [f"{name}={value}" for name, value in settings.items()]
    result = subprocess.run(command, capture_output=True, text=True, timeout=60)
    expect(result.returncode == 0, f"driver: {result.stderr}")
    return result.stdout


@with_server
def test_url_parameters(server):
    sql = "SELECT getSetting('max_download_threads'), getSetting('join_algorithm'), getSetting('insert_distributed_sync')"
    body = http_ok(server, sql, params={"max_download_threads": "6", "join_algorithm": "hash,direct", "distributed_foreground_insert": "1"})
    expect(body == "6\thash,direct\ttrue\n", body)
    # Every value of a URL is text: a number is fine for a string setting.
    expect(http_ok(server, "SELECT getSetting('log_comment')", params={"log_comment": "5"}) == "5\n", "log_comment from a URL")
    http_error(server, "SELECT 1", 115, params={"no_such_setting": "1"})
    http_error(server, "SELECT 1", 418, params={"join_algorithm": "fastest"})
    http_error(server, "SELECT 1", 27, params={"max_download_threads": "many"})
    http_error(server, "SELECT 1", 467, params={"use_concurrency_control": "yes"})


@with_server
def test_native_protocol(server):
    sql = "SELECT getSetting('max_download_threads'), getSetting('load_balancing')"
    expect(driver(server, sql, max_download_threads=6, load_balancing="in_order") == "6\tin_order\n", "driver settings")
    expect(driver(server, "SELECT 1", load_balancing="nowhere") == "error 212\n", "bad enum value over the driver")
    expect(driver(server, "SELECT 1", max_download_threads="many") == "error 27\n", "bad number over the driver")
    # clickhouse-client 18.16 sends settings in binary, laid out by type: Seconds and enums too.
    code, out, err = native(server, "SELECT getSetting('connect_timeout'), getSetting('load_balancing')")
    expect(code == 0 and out == "10\trandom\n", f"{code} {out} {err}")


@with_server
def test_old_client_binary_settings(server):
    command = ["/usr/bin/clickhouse-client", "--host", "127.0.0.1", "--port", str(server.tcp_port), "--connect_timeout=7",
               "--load_balancing=in_order", "--max_threads=3", "--query",
               "SELECT getSetting('connect_timeout'), getSetting('load_balancing'), getSetting('max_threads')"]
    result = subprocess.run(command, capture_output=True, text=True, timeout=60)
    expect(result.returncode == 0 and result.stdout == "7\tin_order\t3\n", f"{result.stdout} {result.stderr}")


@with_server
def test_profile_constraints_on_catalog_settings(server):
    http_ok(server, "CREATE SETTINGS PROFILE catalog_profile SETTINGS max_download_threads = 6 MIN 2 MAX 8, insert_distributed_sync = 1 CONST")
    http_ok(server, "CREATE USER catalog_user IDENTIFIED WITH plaintext_password BY 'pw' SETTINGS PROFILE catalog_profile")
    user = ("catalog_user", "pw")
    sql = "SELECT getSetting('max_download_threads'), getSetting('distributed_foreground_insert')"
    expect(http_ok(server, sql, *user) == "6\ttrue\n", "profile values")
    expect(http_ok(server, sql, *user, params={"max_download_threads": "8"}) == "8\ttrue\n", "at the bound")
    http_error(server, "SELECT 1", 452, *user, params={"max_download_threads": "9"})
    # A CONST on an alias holds for the setting it stands for.
    http_error(server, "SELECT 1", 452, *user, params={"distributed_foreground_insert": "0"})
    # system.settings shows the user's bounds, and CONST as readonly, under every name.
    rows = http_ok(server, "SELECT name, min, max, readonly FROM system.settings WHERE name IN "
                   "('max_download_threads', 'insert_distributed_sync', 'distributed_foreground_insert', 'max_threads') ORDER BY name", *user)
    expect(rows == "distributed_foreground_insert\t\\N\t\\N\t1\ninsert_distributed_sync\t\\N\t\\N\t1\n"
                   "max_download_threads\t2\t8\t0\nmax_threads\t\\N\t\\N\t0\n", rows)
    http_error(server, "CREATE SETTINGS PROFILE bad_profile SETTINGS no_such_setting = 1", 115)


CATALOG_USERS = """<clickhouse>
  <profiles>
    <default>
      <max_download_threads>5</max_download_threads>
      <load_balancing>in_order</load_balancing>
      <constraints>
        <max_download_threads><min>2</min><max>6</max></max_download_threads>
        <insert_distributed_sync><readonly/></insert_distributed_sync>
      </constraints>
    </default>
  </profiles>
  <users><plain><password>p</password></plain></users>
</clickhouse>"""


def test_users_xml_profiles_and_constraints():
    directory = copy_fixture("hip47")
    write(os.path.join(directory, "users.xml"), CATALOG_USERS)
    server = start_from(os.path.join(directory, "config.xml"))
    try:
        user = ("plain", "p")
        sql = "SELECT getSetting('max_download_threads'), getSetting('load_balancing')"
        expect(http_ok(server, sql, *user) == "5\tin_order\n", "users.xml profile values")
        http_error(server, "SELECT 1", 452, *user, params={"max_download_threads": "7"})
        http_error(server, "SELECT 1 SETTINGS distributed_foreground_insert = 1", 452, *user)
        rows = http_ok(server, "SELECT name, min, max, readonly FROM system.settings WHERE name IN "
                       "('max_download_threads', 'distributed_foreground_insert') ORDER BY name", *user)
        expect(rows == "distributed_foreground_insert\t\\N\t\\N\t1\nmax_download_threads\t2\t6\t0\n", rows)
    finally:
        server.cleanup()
        shutil.rmtree(directory, ignore_errors=True)
