"""`stagenorm backfill TABLE COLUMN` end to end, as a subprocess: dry run, a real run with
its summary, Ctrl-C (once: stop after the batch; twice: cancel the batch) leaving a
resumable job, refusals, per-batch statement_timeout; and psql -1 refused."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager

import psycopg
import pytest
from prometheus_client import REGISTRY

from stagenorm import backfill, metrics
from stagenorm.exceptions import InvalidArgument
from tests import harness
from tests.harness import wait_until
from tests.test_backfill import (
    assert_normalized_and_logged,
    backend_waits_for_a_lock,
    changes,
    connect,
    job_row,
    keys_for,
    make_table,
    rows_of,
)

TIMEOUT = 300


def cli(db_url: str | None, *args: str) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ)
    env.pop("DATABASE_URL", None)
    if db_url:
        env["DATABASE_URL"] = db_url
    return subprocess.run([sys.executable, "-m", "stagenorm.cli", "backfill", *args], env=env,
                          capture_output=True, text=True, timeout=TIMEOUT, check=False)


@contextmanager
def cli_running(db_url: str, *args: str) -> Iterator[tuple[subprocess.Popen[str], list[str]]]:
    """The command in the background; its stderr lines collected as they come."""
    env = dict(os.environ, DATABASE_URL=db_url)
    proc = subprocess.Popen([sys.executable, "-m", "stagenorm.cli", "backfill", *args], env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    lines: list[str] = []
    assert proc.stderr is not None
    reader = threading.Thread(target=lambda: lines.extend(proc.stderr or []), daemon=True)
    reader.start()
    try:
        yield proc, lines
    finally:
        if proc.poll() is None:
            proc.kill()
        proc.wait(TIMEOUT)
        reader.join(TIMEOUT)
        for pipe in (proc.stdout, proc.stderr):
            if pipe is not None:
                pipe.close()


def stdout_of(proc: subprocess.Popen[str]) -> str:
    """Its stdout to the end, leaving stderr to the reader thread (communicate() would take
    lines from under it)."""
    assert proc.stdout is not None
    out = proc.stdout.read()
    proc.wait(TIMEOUT)
    return out


def test_dry_run_then_run_print_what_changed_per_stage_and_the_unknowns(db_url: str) -> None:
    with connect(db_url) as conn:
        make_table(conn, "deals", 5000)
        before = rows_of(conn, "deals")
        dry = cli(db_url, "deals", "stage", "--dry-run", "--batch-size", "700")
        assert dry.returncode == 0, dry.stderr
        assert rows_of(conn, "deals") == before
        assert conn.execute("SELECT count(*) AS n FROM stagenorm.backfill_change").fetchone()["n"] == 0
        job = job_row(conn)
        assert (job["dry_run"], job["status"], job["last_key"]) == (True, "done", None)
        assert dry.stdout.startswith(f"dry run job {job['id']} deals.stage: done")
        assert "would change per stage:" in dry.stdout and "unknown labels" in dry.stdout

        done = cli(db_url, "deals", "stage", "--batch-size", "700")
        assert done.returncode == 0, done.stderr
        job = job_row(conn)
        assert_normalized_and_logged(conn, "deals", before, job["id"])
        out = done.stdout
        assert out.startswith(f"job {job['id']} deals.stage: done")
        assert f"changed {job['rows_changed']}, unknown {job['rows_unknown']}" in out
        by_stage = conn.execute("SELECT * FROM stagenorm.backfill_changed_by_stage(%s)", [job["id"]]).fetchall()
        assert by_stage
        for stage, rows in ((r["stage"], r["rows"]) for r in by_stage):
            assert any(line.split() == [stage, str(rows)] for line in out.splitlines()), (stage, out)
        # unknown labels printed with their suggestions, as backfill_unknowns has them
        unknowns = conn.execute("SELECT label, suggestions FROM stagenorm.backfill_unknowns(%s)",
                                [job["id"]]).fetchall()
        assert [u for u in unknowns if u["suggestions"] and f"'{u['label']}'  {u['suggestions'][0]}" in out]
        assert "rows/s" in done.stderr  # the progress bar: rows, rate, ETA
        assert '"event": "backfill_finished"' in done.stderr


def test_ctrl_c_stops_after_the_current_batch_and_the_same_command_resumes(db_url: str) -> None:
    with connect(db_url) as conn:
        make_table(conn, "deals", 20_000)
        before = rows_of(conn, "deals")
        with cli_running(db_url, "deals", "stage", "--batch-size", "500", "--pause", "0.1") as (proc, lines):
            wait_until(lambda: conn.execute(
                "SELECT coalesce(max(rows_scanned), 0) AS n FROM stagenorm.backfill_job").fetchone()["n"] >= 1500,
                TIMEOUT, "the command to make progress")
            proc.send_signal(signal.SIGINT)
            out = stdout_of(proc)
        assert proc.returncode == backfill.EXIT_PAUSED, lines
        assert any("stopping after the current batch" in line for line in lines)
        job = job_row(conn)
        assert job["status"] == "paused" and job["backend_pid"] is None
        assert 1500 <= job["rows_scanned"] < 20_000 and job["rows_scanned"] % 500 == 0
        assert f"paused after key {job['last_key']}" in out
        assert conn.execute("SELECT count(*) AS n FROM pg_locks WHERE locktype = 'advisory'").fetchone()["n"] == 0
        logged = {c["key"] for c in changes(conn, job["id"])}
        assert len(logged) == job["rows_changed"]  # every committed batch is whole

        again = cli(db_url, "deals", "stage", "--batch-size", "5000")
        assert again.returncode == 0, again.stderr
        job = job_row(conn)
        assert job["runs"] == 2
        assert_normalized_and_logged(conn, "deals", before, job["id"])


def test_a_second_ctrl_c_cancels_the_batch_in_flight_and_leaves_the_job_resumable(db_url: str) -> None:
    with connect(db_url) as conn:
        make_table(conn, "deals", 3000, "integer", labels=["Seed"] * 3000)
        before = rows_of(conn, "deals")
        blocked = keys_for("integer", 3000)[1500]
        with connect(db_url) as blocker:
            blocker.execute("BEGIN")
            blocker.execute("SELECT 1 FROM deals WHERE id = %s FOR UPDATE", [blocked])
            with cli_running(db_url, "deals", "stage", "--batch-size", "1000", "--lock-timeout", "600") as (
                    proc, lines):
                def waiting() -> bool:
                    row = conn.execute("SELECT backend_pid FROM stagenorm.backfill_job").fetchone()
                    return row is not None and backend_waits_for_a_lock(conn, row["backend_pid"])

                wait_until(waiting, TIMEOUT, "the second batch to wait for the blocked row")
                proc.send_signal(signal.SIGINT)
                wait_until(lambda: any("stopping after" in line for line in lines), TIMEOUT, "the first Ctrl-C")
                proc.send_signal(signal.SIGINT)
                out = stdout_of(proc)
            blocker.execute("ROLLBACK")
        assert proc.returncode == backfill.EXIT_PAUSED, lines
        job = job_row(conn)
        assert (job["status"], job["rows_scanned"], job["rows_changed"]) == ("paused", 1000, 1000)
        assert "paused after key" in out
        again = cli(db_url, "deals", "stage")
        assert again.returncode == 0, again.stderr
        assert_normalized_and_logged(conn, "deals", before, job_row(conn)["id"])


def test_refusals_exit_2_with_a_message_and_a_hint(db_url: str) -> None:
    with connect(db_url) as conn:
        conn.execute("CREATE TABLE nopk (id bigint, stage text)")
        make_table(conn, 'x"; DROP TABLE nopk; --', 500)
        no_key = cli(db_url, "nopk", "stage")
        assert no_key.returncode == 2
        assert "stagenorm: table public.nopk has no primary key" in no_key.stderr and "hint: ALTER TABLE" in no_key.stderr
        raw = cli(db_url, 'x"; DROP TABLE nopk; --', "stage")
        assert raw.returncode == 2 and "stagenorm: no table" in raw.stderr
        quoted = cli(db_url, '"x""; DROP TABLE nopk; --"', "stage")
        assert quoted.returncode == 0, quoted.stderr
        assert conn.execute("SELECT to_regclass('nopk') IS NOT NULL AS here").fetchone()["here"]
        for args in (["--batch-size", "0"], ["--pause", "-1"], ["--lock-timeout", "nan"], ["--max-retries", "101"]):
            bad = cli(db_url, "nopk", "stage", *args)
            assert bad.returncode == 2 and "stagenorm: --" in bad.stderr, (args, bad.stderr)
        missing = cli(None, "nopk", "stage")
        assert missing.returncode == 2 and "DATABASE_URL" in missing.stderr
        with connect(db_url) as holder:
            holder_pid = holder.info.backend_pid
            make_table(conn, "deals", 100)
            holder.execute("SELECT stagenorm._backfill_lock('deals'::regclass, 'stage')")
            busy = cli(db_url, "deals", "stage")
        assert busy.returncode == 2
        assert "another batched normalization is working on column stage of table public.deals" in busy.stderr
        assert f"pg_terminate_backend({holder_pid})" in busy.stderr


def test_statement_timeout_per_batch_retries_smaller_then_fails_resumable(db_url: str) -> None:
    with connect(db_url) as conn:
        make_table(conn, "deals", 4000)
        before = rows_of(conn, "deals")
        slow = cli(db_url, "deals", "stage", "--statement-timeout", "0.001", "--max-retries", "2")
        assert slow.returncode == 2, slow.stderr
        assert "statement timeout" in slow.stderr and "SQLSTATE 57014" in slow.stderr
        job = job_row(conn)
        assert (job["status"], job["retries"], job["rows_scanned"]) == ("failed", 3, 0)
        assert rows_of(conn, "deals") == before
        ok = cli(db_url, "deals", "stage", "--statement-timeout", "0")
        assert ok.returncode == 0, ok.stderr
        assert job_row(conn)["runs"] == 2


def test_psql_single_transaction_is_refused_with_sn006(db_url: str) -> None:
    with connect(db_url) as conn:
        make_table(conn, "deals", 100)
    bindir = harness.find_pg_bindir()
    psql = str(bindir / "psql") if bindir else "psql"
    done = subprocess.run([psql, db_url, "-1", "-v", "VERBOSITY=verbose", "-c",
                           "CALL stagenorm.normalize_batched('deals', 'stage')"],
                          capture_output=True, text=True, timeout=TIMEOUT, check=False)
    assert done.returncode != 0
    assert "SN006" in done.stderr and "HINT:  Run the CALL on its own" in done.stderr


@pytest.fixture
def process_metrics() -> Iterator[None]:
    """The process-wide backfill metrics, emptied again after the test: other tests read
    the exposition of this process and expect no backfill samples of their own."""
    yield
    metrics.BACKFILL_ROWS.clear()
    metrics.BACKFILL_JOBS.clear()


def test_run_updates_the_backfill_metrics(db_url: str, process_metrics: None) -> None:
    def sample(name: str, labels: dict[str, str]) -> float:
        return REGISTRY.get_sample_value(name, labels) or 0.0

    with connect(db_url) as conn:
        make_table(conn, "deals", 1500)
    scanned = sample("stagenorm_backfill_rows_total", {"kind": "scanned"})
    changed = sample("stagenorm_backfill_rows_total", {"kind": "changed"})
    with psycopg.connect(db_url, autocommit=True, row_factory=psycopg.rows.dict_row) as conn:
        outcome = backfill.run(conn, "deals", "stage", backfill.Options(batch_size=400))
        assert outcome.state == "done"
        assert sample("stagenorm_backfill_rows_total", {"kind": "scanned"}) - scanned == 1500
        assert sample("stagenorm_backfill_rows_total", {"kind": "changed"}) - changed == outcome.job["rows_changed"]
        assert sample("stagenorm_backfill_jobs", {"status": "done"}) == 1
        text = backfill.summary(outcome)
        assert text.startswith(f"job {outcome.job['id']} deals.stage: done")
        with pytest.raises(InvalidArgument):
            backfill.run(conn, "deals", "stage", backfill.Options(batch_size=0))
        with pytest.raises(InvalidArgument):
            backfill.run(conn, "no such table", "stage", backfill.Options())
