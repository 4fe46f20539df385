"""The server's configuration as ClickHouse's: HIP-47's files and those the Altinity operator
writes load unchanged and show in system.clusters and system.macros; config.d/ merging with
replace/remove, YAML files, from_env and incl substitutions, command-line overrides, several
listen hosts, <logger> files with rotation; and clear errors for what does not load."""
import glob
import os
import shutil
import time

from config_fixtures import copy_fixture, http, http_error, http_ok, settings_of, run_server_expecting_failure, start_from, write
from server import expect


def cleanup(server, directory):
    server.cleanup()
    shutil.rmtree(directory, ignore_errors=True)


def test_hip47_cluster_and_keeper_files():
    directory = copy_fixture("hip47")
    write(os.path.join(directory, "users.d", "local.xml"),
          "<clickhouse><users><hanzo><networks replace='1'><ip>127.0.0.1</ip></networks></hanzo></users></clickhouse>")
    server = start_from(os.path.join(directory, "config.xml"))
    try:
        hanzo = ("hanzo", "hanzo-secret")
        clusters = http_ok(server, "SELECT cluster, shard_num, shard_weight, internal_replication, replica_num, host_name, port, is_local, user "
                                   "FROM system.clusters ORDER BY cluster, shard_num, replica_num", *hanzo)
        expect(clusters == "hanzo_cluster\t1\t1\t1\t1\tclickhouse-0\t9000\t0\tdefault\n"
                           "hanzo_cluster\t1\t1\t1\t2\tclickhouse-1\t9000\t0\tdefault\n", clusters)
        macros = http_ok(server, "SELECT * FROM system.macros ORDER BY macro", *hanzo)
        expect(macros == "cluster\thanzo_cluster\nreplica\tclickhouse-{replica_number}\nshard\t01\n", macros)
    finally:
        cleanup(server, directory)


def test_altinity_operator_files():
    """The operator's layout for HIP-47's ClickHouseInstallation: config.d/, conf.d/ and users.d/
    over the image's config.xml and users.xml, <yandex> roots, `replace` and `remove`, listen
    hosts :: and 0.0.0.0 with listen_try, a log file and an error log."""
    directory = copy_fixture("altinity")
    logs = os.path.join(directory, "logs")
    server = start_from(os.path.join(directory, "config.xml"),
                        [f"--logger.log={logs}/server.log", f"--logger.errorlog={logs}/server.err.log"])
    try:
        clusters = http_ok(server, "SELECT cluster, count(), uniqExact(shard_num), max(internal_replication) FROM system.clusters "
                                   "GROUP BY cluster ORDER BY cluster")
        expect(clusters == "all-replicated\t2\t1\t1\nall-sharded\t2\t2\t0\nhanzo_cluster\t2\t1\t1\n", clusters)
        macros = http_ok(server, "SELECT macro, substitution FROM system.macros ORDER BY macro")
        expect(macros == "all-sharded-shard\t0\ncluster\thanzo_cluster\ninstallation\thanzo-datastore\n"
                         "replica\tchi-hanzo-datastore-hanzo_cluster-0-0\nshard\t0\n", macros)
        # default: the image's user with the operator's networks merged over it (loopback and a
        # host_regexp), and the profiles of users.d applied in order.
        settings = settings_of(server, ["max_memory_usage", "max_execution_time", "load_balancing", "os_thread_priority", "log_queries"])
        expect(settings == ["10000000000", "300", "nearest_hostname", "2", "1"], settings)
        users = http_ok(server, "SELECT name, auth_type, host_ip, host_names_regexp FROM system.users ORDER BY name FORMAT TSV")
        expect(users.splitlines() == [
            "clickhouse_operator\tsha256_password\t['10.244.0.17']\t[]",
            "default\tplaintext_password\t['::1','127.0.0.1']\t['(chi-hanzo-datastore-[^.]+\\\\d+-\\\\d+|clickhouse\\\\-hanzo-datastore)\\\\.hanzo\\\\.svc\\\\.cluster\\\\.local$']",
            "hanzo\tsha256_password\t['10.0.0.0/8']\t[]",
            "readonly\tsha256_password\t['10.0.0.0/8']\t[]"], users)
        http_error(server, "SELECT 1", 516, "hanzo", "hanzo-secret")
        with open(os.path.join(logs, "server.log")) as f:
            text = f.read()
        expect("<Information> Application: Ready for connections." in text, "log file written")
        # 127.0.0.1 (the test's override of the first listen_host) and 0.0.0.0 share the port:
        # with listen_try the second is skipped with a warning, which the error log also gets.
        with open(os.path.join(logs, "server.err.log")) as f:
            errors = f.read()
        expect("<Warning> Application: Listen [0.0.0.0]" in errors and "<Information>" not in errors, errors)
    finally:
        cleanup(server, directory)


def test_merge_rules_yaml_and_substitutions():
    directory = copy_fixture("hip47")
    write(os.path.join(directory, "metrika.xml"), """<clickhouse>
  <local_networks><ip>127.0.0.1</ip></local_networks>
  <extra_region>eu</extra_region>
</clickhouse>""")
    # remove drops the cluster, replace swaps <macros> whole, a plain element merges; incl fills
    # an element from the include_from file.
    write(os.path.join(directory, "config.d", "z-overrides.xml"), f"""<clickhouse>
  <include_from>{directory}/metrika.xml</include_from>
  <remote_servers><hanzo_cluster remove="1"/><solo><shard><replica><host>localhost</host><port>9000</port></replica></shard></solo></remote_servers>
  <macros replace="replace"><shard>02</shard><region incl="extra_region"/></macros>
</clickhouse>""")
    write(os.path.join(directory, "config.d", "zz-display.yaml"), """
display_name: yaml-node
macros:
  replica: from-yaml
remote_servers:
  legacy:
    node:
      - host: 127.0.0.1
        port: 9000
      - host: localhost
        port: 9001
""")
    write(os.path.join(directory, "users.d", "users.yaml"), """
users:
  hanzo:
    networks:
      "@replace": replace
      ip: ["::1", "127.0.0.1"]
  envuser:
    password:
      "@from_env": DATASTORE_TEST_PASSWORD
    networks:
      "@incl": local_networks
""")
    os.environ["DATASTORE_TEST_PASSWORD"] = "from-the-environment"
    server = start_from(os.path.join(directory, "config.xml"))
    try:
        macros = http_ok(server, "SELECT * FROM system.macros ORDER BY macro", "hanzo", "hanzo-secret")
        expect(macros == "region\teu\nreplica\tfrom-yaml\nshard\t02\n", macros)
        clusters = http_ok(server, "SELECT cluster, shard_num, host_name, port FROM system.clusters ORDER BY cluster, shard_num",
                           "hanzo", "hanzo-secret")
        expect(clusters == "legacy\t1\t127.0.0.1\t9000\nlegacy\t2\tlocalhost\t9001\nsolo\t1\tlocalhost\t9000\n", clusters)
        expect(http_ok(server, "SELECT 1", "envuser", "from-the-environment") == "1\n", "from_env password, incl networks")
        status, headers_body = http(server, "SELECT 1", "hanzo", "hanzo-secret")
        expect(status == 200, headers_body)
    finally:
        del os.environ["DATASTORE_TEST_PASSWORD"]
        cleanup(server, directory)


def expect_refused(directory, *fragments, overrides=()):
    code, stderr = run_server_expecting_failure(os.path.join(directory, "config.xml"), overrides)
    expect(code != 0, f"the server must not start: {stderr}")
    for fragment in fragments:
        expect(fragment in stderr, f"expected {fragment!r} in: {stderr}")


def test_bad_configuration_fails_at_start():
    directory = copy_fixture("hip47")
    try:
        typo = os.path.join(directory, "config.d", "typo.xml")
        write(typo, "<clickhouse><htp_port>8123</htp_port></clickhouse>")
        expect_refused(directory, "Code: 137", "Unknown element <htp_port> in configuration file", typo)
        write(typo, "<clickhouse>\n<http_port>8123</http_port>\n<macros><a>1</b></macros></clickhouse>")
        expect_refused(directory, "Code: 347", "Cannot parse configuration file", typo, "at line 3")
        write(typo, "<config><http_port>8123</http_port></config>")
        expect_refused(directory, "must have <clickhouse> as its root element, not <config>")
        write(typo, "<clickhouse><max_concurrent_queries>eighty</max_concurrent_queries></clickhouse>")
        expect_refused(directory, "Code: 318", "Configuration key max_concurrent_queries (in " + typo + ") must be a non-negative integer, got 'eighty'")
        write(typo, "<clickhouse><remote_servers><c><shard><replica><host>h</host></replica></shard></c></remote_servers></clickhouse>")
        expect_refused(directory, "Code: 139", "Element <port> is missing in <remote_servers><c><shard><replica>")
        write(typo, "<clickhouse><logger><level>loud</level></logger></clickhouse>")
        expect_refused(directory, "Unknown log level 'loud'")
        os.remove(typo)
        write(os.path.join(directory, "config.d", "bad.yaml"), "macros:\n  a: [1, 2\n")
        expect_refused(directory, "Cannot parse YAML configuration file", "bad.yaml", "line")
        os.remove(os.path.join(directory, "config.d", "bad.yaml"))

        users_d = os.path.join(directory, "users.d", "bad.xml")
        write(users_d, "<clickhouse><profiles><default><max_memry_usage>1</max_memry_usage></default></profiles></clickhouse>")
        expect_refused(directory, "Code: 115", "Unknown setting 'max_memry_usage'", "<profiles><default><max_memry_usage>", users_d)
        write(users_d, "<clickhouse><users><hanzo><password_sha256_hex>${CLICKHOUSE_PASSWORD_SHA256}</password_sha256_hex></hanzo></users></clickhouse>")
        expect_refused(directory, "Password hash for the 'SHA256_PASSWORD' authentication type", "<users><hanzo><password_sha256_hex>")
        write(users_d, "<clickhouse><users><hanzo><networks><ip>10.0.0.0/33</ip></networks></hanzo></users></clickhouse>")
        expect_refused(directory, "Cannot parse IP address or subnet '10.0.0.0/33'", "<users><hanzo><networks>")
        write(users_d, "<clickhouse><users><hanzo><profile>missing</profile></hanzo></users></clickhouse>")
        expect_refused(directory, "Code: 180", "There is no profile 'missing'")
        write(users_d, "<clickhouse><users><hanzo><pasword>x</pasword></hanzo></users></clickhouse>")
        expect_refused(directory, "Code: 137", "Unknown element <users><hanzo><pasword>", users_d)
        write(users_d, "<clickhouse><users><hanzo><password>x</password></hanzo></users></clickhouse>")
        expect_refused(directory, "More than one field of 'password', 'password_sha256_hex'")
        write(users_d, "<clickhouse><profiles><a><profile>b</profile></a><b><profile>a</profile></b></profiles></clickhouse>")
        expect_refused(directory, "inherits itself")
        os.remove(users_d)
        expect_refused(directory, "Cannot open configuration file", overrides=["--users_config=missing.xml"])
    finally:
        shutil.rmtree(directory, ignore_errors=True)


def test_logger_rotates_files():
    directory = copy_fixture("hip47")
    logs = os.path.join(directory, "logs")
    write(os.path.join(directory, "users.d", "local.xml"),
          "<clickhouse><users><hanzo><networks replace='1'><ip>127.0.0.1</ip></networks></hanzo></users></clickhouse>")
    write(os.path.join(directory, "config.d", "logger.xml"), f"""<clickhouse><logger>
  <level>trace</level><log>{logs}/datastore.log</log><size>1K</size><count>2</count><console>0</console>
</logger></clickhouse>""")
    server = start_from(os.path.join(directory, "config.xml"))
    try:
        # Failed logins are logged (one line each) until the files rotate.
        for _ in range(40):
            http(server, "SELECT 1", "hanzo", "wrong")
        names = sorted(os.path.basename(p) for p in glob.glob(os.path.join(logs, "*")))
        expect(names == ["datastore.log", "datastore.log.0", "datastore.log.1"], names)
        for name in names:
            expect(os.path.getsize(os.path.join(logs, name)) <= 1024, f"{name} over the size")
        with open(os.path.join(server.path, "server.log")) as f:
            expect("Ready for connections" not in f.read(), "console is off")
    finally:
        cleanup(server, directory)
