"""Batched normalization survives its backend being killed and the server restarting
in the middle of a batch, several times, and a psql CALL killed twice on 400,000 rows.

A batch is stopped mid-flight deterministically: another session holds a row lock the
batch needs, so the batch has rewritten part of its rows (uncommitted) and waits; then
its backend is terminated or the server restarted. Afterwards every row must be right
(the Python reference), no row changed twice, no row skipped, the other columns as they
were, and revert_batched must give back the original bytes.
"""

from __future__ import annotations

import subprocess
from typing import Any

import psycopg
import pytest

from benchmarks.labels import labels as messy_labels
from stagenorm.taxonomy import normalize_stage as reference
from tests import harness
from tests.harness import wait_until
from tests.test_backfill import (
    assert_normalized_and_logged,
    backend_waits_for_a_lock,
    call,
    changes,
    connect,
    in_thread,
    job_row,
    keys_for,
    make_table,
    rows_of,
)


def candidate_at(before: dict[str, tuple[Any, ...]], ordered_keys: list[Any], position: int) -> Any:
    """The first key at or after ``position`` (in key order) whose label the job rewrites."""
    for key in ordered_keys[position:]:
        label = before[str(key)][0]
        if reference(label) is not None and reference(label) != label:
            return key
    raise AssertionError("no row to rewrite after that position")


def interrupt_mid_batch(db_url: str, server: harness.PostgresServer, blocked_key: Any, how: str,
                        procedure: str = "normalize", job_id: int | None = None) -> None:
    """Start a run, wait until its batch is stuck on ``blocked_key``, then kill its
    backend (``how="kill"``) or restart the server (``how="restart"``)."""
    blocker = connect(db_url)
    runner = connect(db_url)
    try:
        blocker.execute("BEGIN")
        blocker.execute("SELECT 1 FROM deals WHERE id = %s FOR UPDATE", [blocked_key])
        pid = runner.info.backend_pid
        if procedure == "normalize":
            def run() -> None:
                call(runner, "deals", batch_size=1000, lock_timeout="10 minutes")
        else:
            def run() -> None:
                runner.execute("CALL stagenorm.revert_batched(%s, lock_timeout => '10 minutes')", [job_id])
        with in_thread(run) as result:
            with connect(db_url) as watcher:
                wait_until(lambda: backend_waits_for_a_lock(watcher, pid), 120,
                           "the batch to wait for the blocked row")
                if how == "kill":
                    assert watcher.execute("SELECT pg_terminate_backend(%s) AS done", [pid]).fetchone()["done"]
            if how == "restart":
                server.restart()
        assert isinstance(result["error"], psycopg.OperationalError), result["error"]
    finally:
        for conn in (blocker, runner):
            conn.close()


def test_killed_and_restarted_mid_batch_four_times_then_resumed(
    pg_server: harness.PostgresServer, db_url: str
) -> None:
    rows = 30_000
    with connect(db_url) as conn:
        make_table(conn, "deals", rows, "bigint")
        before = rows_of(conn, "deals")
    ordered = sorted(keys_for("bigint", rows))
    done = 0
    for round_no, how in enumerate(("kill", "restart", "kill", "restart")):
        blocked = candidate_at(before, ordered, (round_no + 1) * 6000 + 500)
        interrupt_mid_batch(db_url, pg_server, blocked, how)
        with connect(db_url) as conn:
            job = job_row(conn)
            # The interrupted batch left nothing: the checkpoint is the batch before it.
            committed = ordered.index(blocked) // 1000 * 1000
            assert (job["status"], job["rows_scanned"]) == ("running", committed), how
            assert job["last_key"] == str(ordered[committed - 1])
            assert len(changes(conn, job["id"])) == sum(
                1 for k in ordered[:committed]
                if reference(before[str(k)][0]) not in (None, before[str(k)][0]))
            assert conn.execute("SELECT count(*) AS n FROM pg_locks WHERE locktype = 'advisory'").fetchone()["n"] == 0
            status = conn.execute("SELECT active FROM stagenorm.backfill_status(%s)", [job["id"]]).fetchone()
            assert status["active"] is False  # "running", but nobody runs it: resumable
        assert committed > done
        done = committed
    with connect(db_url) as conn:
        call(conn, "deals", batch_size=1000)
        job = job_row(conn)
        assert job["runs"] == 5
        assert_normalized_and_logged(conn, "deals", before, job["id"])
    # The revert is cut short the same way, then resumed: the original bytes come back.
    with connect(db_url) as conn:
        newest_batch = conn.execute("SELECT max(batch) AS b FROM stagenorm.backfill_change").fetchone()["b"]
        second_newest_keys = conn.execute(
            "SELECT keys FROM stagenorm.backfill_change WHERE batch = %s", [newest_batch - 1]).fetchone()["keys"]
    interrupt_mid_batch(db_url, pg_server, int(second_newest_keys[len(second_newest_keys) // 2]), "kill",
                        procedure="revert", job_id=job["id"])
    with connect(db_url) as conn:
        job = job_row(conn, job["id"])
        assert job["status"] == "reverting" and job["rows_reverted"] > 0
        conn.execute("CALL stagenorm.revert_batched(%s)", [job["id"]])
        assert rows_of(conn, "deals") == before
        job = job_row(conn, job["id"])
        assert (job["status"], job["rows_reverted"], job["rows_revert_skipped"]) == (
            "reverted", job["rows_changed"], 0)


def test_a_server_crash_keeps_each_batch_whole_with_its_checkpoint_and_log(
    pg_server: harness.PostgresServer, db_url: str
) -> None:
    """Batches commit with synchronous_commit off (the session itself keeps it on, as on
    a production server): a crash (immediate shutdown, WAL writer held back) loses the
    batch in flight and may lose the last committed ones, but each goes with its
    checkpoint and its change log, so what survives is consistent and the resumed job
    redoes exactly the lost ones.

    The crash is made to land inside a batch for sure: a trigger of the table's own holds
    the UPDATE of batch 11 on an advisory lock the watcher keeps until the server is
    killed, so that batch is lost (asserted), whatever the WAL writer managed to write of
    the committed ones."""
    rows = 20_000
    with connect(db_url) as conn:
        make_table(conn, "deals", rows, "bigint")
        before = rows_of(conn, "deals")
        conn.execute("ALTER SYSTEM SET wal_writer_delay = '10s'")
        conn.execute("ALTER SYSTEM SET wal_writer_flush_after = '64MB'")
        conn.execute("SELECT pg_reload_conf()")
    ordered = sorted(keys_for("bigint", rows))
    held = candidate_at(before, ordered, 5000)  # a row batch 11 rewrites
    position = ordered.index(held)
    assert 5000 <= position < 5500
    with connect(db_url) as conn:
        conn.execute("CREATE FUNCTION public.hold_batch() RETURNS trigger LANGUAGE plpgsql "
                     "AS 'BEGIN PERFORM pg_catalog.pg_advisory_xact_lock(4242); RETURN NEW; END'")
        conn.execute(f"CREATE TRIGGER hold BEFORE UPDATE ON deals FOR EACH ROW WHEN (OLD.id = {held}) "
                     "EXECUTE FUNCTION public.hold_batch()")
    try:
        runner = connect(db_url)
        runner.execute("SET synchronous_commit = on")
        pid = runner.info.backend_pid
        watcher = connect(db_url)
        watcher.execute("SELECT pg_catalog.pg_advisory_lock(4242)")
        with in_thread(lambda: call(runner, "deals", batch_size=500, pause="20 milliseconds")) as result:
            wait_until(lambda: backend_waits_for_a_lock(watcher, pid), 120, "batch 11 to reach the held row")
            seen = watcher.execute("SELECT rows_scanned FROM stagenorm.backfill_job").fetchone()["rows_scanned"]
            assert seen == 5000  # ten batches committed, the eleventh in flight
            pg_server.restart("immediate")
        watcher.close()
        assert isinstance(result["error"], psycopg.OperationalError), result["error"]
        runner.close()
    finally:
        with connect(db_url) as conn:
            conn.execute("ALTER SYSTEM RESET wal_writer_delay")
            conn.execute("ALTER SYSTEM RESET wal_writer_flush_after")
            conn.execute("SELECT pg_reload_conf()")
    with connect(db_url) as conn:
        job = job_row(conn)
        done = job["rows_scanned"]
        assert job["status"] == "running" and done % 500 == 0 and job["batches"] == done // 500
        # The batch in flight is lost whole: no checkpoint past it, its rows as before.
        assert done <= seen <= position < seen + 500  # the held row is in the batch after the checkpoint seen
        assert rows_of(conn, "deals")[str(held)] == before[str(held)]
        conn.execute("DROP TRIGGER hold ON deals")
        assert job["last_key"] == (str(ordered[done - 1]) if done else None)
        # Rows up to the checkpoint normalized and logged, the rest exactly as before,
        # the log holding the surviving batches only.
        after = rows_of(conn, "deals")
        assert all(after[str(k)] == before[str(k)] for k in ordered[done:])
        logged = changes(conn, job["id"])
        assert {c["batch"] for c in logged} <= set(range(1, job["batches"] + 1))
        assert {c["key"] for c in logged} == {
            str(k) for k in ordered[:done] if reference(before[str(k)][0]) not in (None, before[str(k)][0])}
        assert all(after[c["key"]][0] == c["new_value"] and before[c["key"]][0] == c["old_value"] for c in logged)
        call(conn, "deals", batch_size=500)
        job = job_row(conn)
        assert job["runs"] == 2
        assert_normalized_and_logged(conn, "deals", before, job["id"])
        conn.execute("CALL stagenorm.revert_batched(%s)", [job["id"]])
        assert rows_of(conn, "deals") == before


def psql_binary() -> str:
    bindir = harness.find_pg_bindir()
    return str(bindir / "psql") if bindir else "psql"


@pytest.mark.slow
def test_400k_rows_psql_call_killed_twice_then_resumed_equals_the_reference(db_url: str) -> None:
    rows = 400_000
    call_sql = "CALL stagenorm.normalize_batched('big', 'stage', 5000, pause => '10 milliseconds')"
    with connect(db_url) as conn:
        conn.execute("CREATE TABLE big (id bigint PRIMARY KEY, stage text, amount numeric, note text)")
        with conn.cursor().copy("COPY big (id, stage, amount, note) FROM STDIN") as copy:
            for i, label in enumerate(messy_labels(rows, seed=400), 1):
                copy.write_row((i, label, i * 0.5, f"deal {i}"))
        conn.execute("ANALYZE big")
        conn.execute("CREATE TABLE big_orig AS SELECT * FROM big")
        for threshold in (100_000, 250_000):
            proc = subprocess.Popen([psql_binary(), db_url, "-v", "ON_ERROR_STOP=1", "-c", call_sql],
                                    stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
            try:
                wait_until(lambda t=threshold: conn.execute(
                    "SELECT coalesce(max(rows_scanned), 0) AS n FROM stagenorm.backfill_job").fetchone()["n"] >= t,
                    300, "the psql CALL to get that far")
                pid = job_row(conn)["backend_pid"]
                assert conn.execute("SELECT pg_terminate_backend(%s) AS done", [pid]).fetchone()["done"]
                _, err = proc.communicate(timeout=120)
            finally:
                if proc.poll() is None:
                    proc.kill()
                    proc.wait()
            assert proc.returncode != 0 and "terminating connection" in err, err
            job = job_row(conn)
            assert job["status"] == "running" and job["rows_scanned"] % 5000 == 0
            assert threshold <= job["rows_scanned"] < rows
        done = subprocess.run([psql_binary(), db_url, "-v", "ON_ERROR_STOP=1", "-c", call_sql],
                              capture_output=True, text=True, timeout=600, check=False)
        assert done.returncode == 0, done.stderr
        job = job_row(conn)
        assert "resumed after key" in done.stderr and f"job {job['id']} big.stage: done" in done.stderr
        assert (job["status"], job["runs"], job["rows_scanned"]) == ("done", 3, rows)

        conn.execute("CREATE TEMP TABLE ref (label text PRIMARY KEY, expected text)")
        labels = [r["stage"] for r in conn.execute("SELECT DISTINCT stage FROM big_orig WHERE stage IS NOT NULL")]
        with conn.cursor().copy("COPY ref (label, expected) FROM STDIN") as copy:
            for label in labels:
                copy.write_row((label, reference(label)))
        wrong = conn.execute("""
            SELECT count(*) AS n FROM big JOIN big_orig AS o USING (id) LEFT JOIN ref ON ref.label = o.stage
             WHERE big.stage IS DISTINCT FROM coalesce(ref.expected, o.stage)
                OR big.amount IS DISTINCT FROM o.amount OR big.note IS DISTINCT FROM o.note""").fetchone()
        assert wrong["n"] == 0
        log = conn.execute("SELECT count(*) AS n, count(DISTINCT key) AS keys FROM stagenorm.backfill_changes(%s)",
                           [job["id"]]).fetchone()
        assert log["n"] == log["keys"] == job["rows_changed"] > 300_000

        reverted = subprocess.run(
            [psql_binary(), db_url, "-v", "ON_ERROR_STOP=1", "-c", f"CALL stagenorm.revert_batched({job['id']})"],
            capture_output=True, text=True, timeout=600, check=False)
        assert reverted.returncode == 0, reverted.stderr
        differ = conn.execute("""
            SELECT count(*) AS n FROM big FULL JOIN big_orig AS o USING (id)
             WHERE big.stage COLLATE "C" IS DISTINCT FROM o.stage COLLATE "C"
                OR big.amount IS DISTINCT FROM o.amount OR big.note IS DISTINCT FROM o.note""").fetchone()
        assert differ["n"] == 0
