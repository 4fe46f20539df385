"""system.merges shows a merge and a mutation while they run: the parts they read, the part
they write, and progress that grows; it is empty again once they finish."""
import threading
import time

from server import Server, expect
from server import query_ok as query


ROWS_PER_INSERT = 300000
INSERTS = 6


def watch(server, condition, seconds=60):
    """Polls system.merges until a row matching `condition` shows; returns every sighting."""
    seen = []
    deadline = time.time() + seconds
    while time.time() < deadline:
        rows = query(server, "SELECT num_parts, arraySort(source_part_names), result_part_name, progress, rows_read, "
                             f"is_mutation, merge_type, total_size_marks > 0, columns_written FROM system.merges WHERE {condition}")
        if rows:
            seen.append(rows)
        elif seen:
            return seen
        time.sleep(0.005)
    return seen


def test_merge_and_mutation_in_system_merges():
    server = Server().start()
    try:
        query(server, "CREATE TABLE t (id UInt64, v String) ENGINE = MergeTree ORDER BY id SETTINGS index_granularity = 1024")
        query(server, "SYSTEM STOP MERGES t")
        for i in range(INSERTS):
            query(server, f"INSERT INTO t SELECT number + {i * ROWS_PER_INSERT}, repeat(toString(number), 5) FROM numbers({ROWS_PER_INSERT})")
        parts = query(server, "SELECT arraySort(groupArray(name)) FROM system.parts WHERE table = 't' AND active").strip()
        query(server, "SYSTEM START MERGES t")

        merge = threading.Thread(target=lambda: query(server, "OPTIMIZE TABLE t FINAL"))
        merge.start()
        seen = watch(server, "table = 't' AND NOT is_mutation")
        merge.join()
        expect(seen, "the merge never showed in system.merges")
        fields = seen[0].rstrip("\n").split("\t")
        expect(fields[0] == str(INSERTS) and fields[1] == parts, f"the merge's source parts: {fields}")
        expect(fields[2] == f"all_1_{INSERTS}_1", f"the merge's result part: {fields}")
        expect(fields[5:] == ["0", "Regular", "1", "2"], f"the merge's kind: {fields}")
        progress = [float(rows.split("\t")[3]) for rows in seen]
        expect(all(0 <= p <= 1 for p in progress) and progress == sorted(progress), f"progress: {progress}")
        expect(query(server, "SELECT count() FROM system.merges") == "0\n", "system.merges after the merge")

        query(server, "ALTER TABLE t UPDATE v = 'x' WHERE id % 2 = 0")
        seen = watch(server, "table = 't' AND is_mutation")
        expect(seen, "the mutation never showed in system.merges")
        fields = seen[0].rstrip("\n").split("\t")
        expect(fields[0] == "1" and fields[1] == f"['all_1_{INSERTS}_1']", f"the mutation's part: {fields}")
        expect(fields[2].startswith(f"all_1_{INSERTS}_1_"), f"the mutated part: {fields}")
        expect(fields[5:7] == ["1", ""], f"the mutation's kind: {fields}")
        query(server, "ALTER TABLE t DELETE WHERE 0 SETTINGS mutations_sync = 2")
        got = query(server, "SELECT count(), countIf(v = 'x') FROM t")
        total = ROWS_PER_INSERT * INSERTS
        expect(got == f"{total}\t{total // 2}\n", f"rows after the mutation: {got!r}")
    finally:
        server.stop()
        server.cleanup()
