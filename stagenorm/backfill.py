"""``stagenorm backfill TABLE COLUMN``: batched normalization from the shell.

Runs the same job as ``CALL stagenorm.normalize_batched(...)`` (the same job row,
checkpoint, change log, advisory lock and one-batch function), with a progress
bar. The loop lives here rather than in a CALL because a client that sends every
batch as its own statement gets a real per-batch ``statement_timeout`` (inside a
CALL, PostgreSQL times the whole CALL as one statement), and because Ctrl-C can
then stop cleanly after the current batch: the job is left ``paused`` at its
last committed batch, and the same command resumes it. A second Ctrl-C cancels
the batch in flight (it is rolled back) and pauses the job the same way.
"""

from __future__ import annotations

import logging
import math
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import timedelta
from typing import Any

import psycopg

from stagenorm import db, logs, metrics, taxonomy
from stagenorm.exceptions import (
    InvalidArgument,
    StagenormError,
)

log = logging.getLogger("stagenorm.backfill")

EXIT_PAUSED = 130  # stopped by Ctrl-C: the job is resumable
UNKNOWNS_SHOWN = 20
BACKOFF_MAX = 5.0


@dataclass(frozen=True)
class Options:
    batch_size: int = 5000
    dry_run: bool = False
    pause: float = 0.0  # seconds between batches
    lock_timeout: float = 1.0  # seconds, per batch (0: wait without limit)
    statement_timeout: float = 60.0  # seconds, per batch (0: no limit)
    max_retries: int = 5

    def check(self) -> None:
        if not 1 <= self.batch_size <= 1_000_000:
            raise InvalidArgument(f"--batch-size must be between 1 and 1000000, not {self.batch_size}")
        for name in ("pause", "lock_timeout", "statement_timeout"):
            value = getattr(self, name)
            if not value >= 0:  # also refuses NaN
                raise InvalidArgument(f"--{name.replace('_', '-')} must be a number of seconds >= 0, not {value}")
        if not 0 <= self.max_retries <= 100:
            raise InvalidArgument(f"--max-retries must be between 0 and 100, not {self.max_retries}")


@dataclass
class Outcome:
    """How a run ended and what the job looks like afterwards."""

    job: dict[str, Any]
    state: str  # "done", "paused" (stop requested, Ctrl-C) or "failed"
    by_stage: dict[str, int] = field(default_factory=dict)  # rows (would be) changed per stage
    unknowns: list[dict[str, Any]] = field(default_factory=list)
    unknown_labels: int = 0


def _seconds(value: float) -> timedelta:
    return timedelta(seconds=value)


def _error_for(state: str | None, message: str, hint: str | None) -> StagenormError:
    """The stagenorm exception of a SQLSTATE a batch reported (the root class for others)."""
    classes: list[type[StagenormError]] = [StagenormError]
    while classes:
        cls = classes.pop()
        if cls.sqlstate is not None and cls.sqlstate == state:
            return cls(message, hint=hint)
        classes.extend(cls.__subclasses__())
    return StagenormError(f"{message} (SQLSTATE {state})", hint=hint)


def _start(conn: db.Connection, table: str, column: str, options: Options) -> dict[str, Any]:
    try:
        return db.one(conn, "backfill_start", {
            "table": table, "column": column, "batch_size": options.batch_size, "dry_run": options.dry_run,
        })
    except (psycopg.errors.UndefinedTable, psycopg.errors.InvalidName,
            psycopg.errors.InvalidSchemaName, psycopg.errors.InvalidTextRepresentation) as exc:
        raise InvalidArgument(
            f"no table {table!r}: {exc.diag.message_primary or exc}",
            hint="write it as in SQL, schema-qualified if needed; quote unusual names: '\"My Table\"'",
        ) from exc


def run(
    conn: db.Connection,
    table: str,
    column: str,
    options: Options,
    *,
    should_stop: Callable[[], bool] = lambda: False,
    on_batch: Callable[[dict[str, Any], dict[str, Any]], None] = lambda job, batch: None,
    sleep: Callable[[float], None] = time.sleep,
) -> Outcome:
    """Start or resume the job of ``table``.``column`` and run batches until it is done,
    stopped (``should_stop``, ``pause_backfill``) or failed. ``conn`` is in autocommit
    mode; each batch is one transaction. ``on_batch(job, batch)`` sees every committed
    batch (``job`` as it was when the run started)."""
    options.check()
    job = _start(conn, table, column, options)
    job_id = int(job["id"])
    logs.event(log, "backfill_started", job_id=job_id, table=str(job["table_name"]),
               column=job["column_name"], dry_run=job["dry_run"], resumed=job["runs"] > 1,
               last_key=job["last_key"])
    try:
        state, error = _batches(conn, job, options, should_stop=should_stop, on_batch=on_batch, sleep=sleep)
    except KeyboardInterrupt:
        # Second Ctrl-C: psycopg cancelled the batch in flight; it was rolled back.
        state, error = "paused", None
    except psycopg.OperationalError as exc:
        raise StagenormError(
            f"lost the database connection during job {job_id}: {str(exc).strip()}",
            hint="the job keeps its last committed batch: run the same command again to resume it",
        ) from exc
    final = _finish(conn, job_id, state, error)
    if error is not None:
        raise error
    return _outcome(conn, job_id, final, state)


def _batches(
    conn: db.Connection,
    job: dict[str, Any],
    options: Options,
    *,
    should_stop: Callable[[], bool],
    on_batch: Callable[[dict[str, Any], dict[str, Any]], None],
    sleep: Callable[[float], None],
) -> tuple[str, StagenormError | None]:
    """Run batches from the job's checkpoint: ``("done" | "paused", None)``, or
    ``("failed", error)`` when a batch failed for good. A statement timeout retries the batch
    at half the size; a lock timeout or serialization failure retries it with a back-off."""
    job_id = int(job["id"])
    after_key: str | None = job["last_key"]
    size = options.batch_size
    attempt = 0
    while True:
        status, batch, size = _one_batch(conn, job_id, after_key, size, options)
        if status == "ok":
            attempt = 0
            after_key = batch["last_key"] or after_key
            metrics.BACKFILL_ROWS.labels(kind="scanned").inc(batch["scanned"])
            metrics.BACKFILL_ROWS.labels(kind="changed").inc(batch["changed"])
            metrics.BACKFILL_ROWS.labels(kind="unknown").inc(batch["unknown"])
            on_batch(job, batch)
            if batch["done"]:
                return "done", None
            if should_stop() or db.one(conn, "backfill_stop_requested", {"job_id": job_id})["stop_requested"]:
                return "paused", None
            if options.pause:
                sleep(options.pause)
        elif status == "retry":
            attempt += 1
            db.run(conn, "backfill_count_retry", {"job_id": job_id})
            if attempt > options.max_retries:
                return "failed", _error_for(
                    batch.get("err_state"), batch.get("err_message") or "batch failed",
                    "run the same command again to resume; a longer --lock-timeout or "
                    "--statement-timeout, or a smaller --batch-size, may help")
            logs.event(log, "backfill_retry", logging.WARNING, job_id=job_id, attempt=attempt,
                       after_key=after_key, sqlstate=batch.get("err_state"),
                       reason=batch.get("err_message"), batch_size=size)
            sleep(min(BACKOFF_MAX, 0.1 * 2 ** (attempt - 1)))
        else:  # "error": the batch raised something that retrying will not fix
            return "failed", _error_for(batch.get("err_state"), batch.get("err_message") or "batch failed",
                                        batch.get("err_hint") or "fix the cause, then run the same command again")


def _one_batch(conn: db.Connection, job_id: int, after_key: str | None, size: int,
               options: Options) -> tuple[str, dict[str, Any], int]:
    """One batch in one transaction (``stagenorm._normalize_batch`` under this run's
    statement_timeout): its status (``ok``, ``retry``, ``error``), its row, and the batch size
    for the next one. Anything but ``ok`` is rolled back."""
    batch: dict[str, Any] = {}
    try:
        with conn.transaction():
            db.run(conn, "backfill_statement_timeout", {"ms": str(math.ceil(options.statement_timeout * 1000))})
            batch = db.one(conn, "backfill_batch", {
                "job_id": job_id, "after_key": after_key, "batch_size": size,
                "lock_timeout": _seconds(options.lock_timeout),
            })
            if batch["status"] != "ok":
                raise _Rollback
    except _Rollback:
        pass
    except psycopg.errors.QueryCanceled as exc:
        # statement_timeout (the batch was rolled back): retry at half the size.
        return "retry", {"err_state": exc.sqlstate, "err_message": exc.diag.message_primary or str(exc)}, max(1, size // 2)
    return str(batch["status"]), batch, size


def _finish(conn: db.Connection, job_id: int, state: str, error: StagenormError | None) -> dict[str, Any]:
    """Record how the run ended in backfill_job, refresh the jobs gauge, log it."""
    finish_error = None if error is None else f"{error.sqlstate or 'error'}: {error.message}"
    final = db.one(conn, "backfill_finish", {
        "job_id": job_id,
        "status": None if state == "done" else ("paused" if error is None else "failed"),
        "error": finish_error,
    })
    for row in db.run(conn, "backfill_jobs_by_status"):
        metrics.BACKFILL_JOBS.labels(status=row["status"]).set(row["jobs"])
    logs.event(log, "backfill_finished", job_id=job_id, state=state if error is None else "failed",
               rows_scanned=final["rows_scanned"], rows_changed=final["rows_changed"],
               rows_unknown=final["rows_unknown"], last_key=final["last_key"])
    return final


def _outcome(conn: db.Connection, job_id: int, final: dict[str, Any], state: str) -> Outcome:
    """What the job did, read back from its change log: per stage, and the unknown labels."""
    unknowns = db.run(conn, "backfill_unknowns", {"job_id": job_id, "limit": UNKNOWNS_SHOWN})
    total_labels = int(db.one(conn, "backfill_unknown_label_count", {"job_id": job_id})["labels"])
    by_stage = {row["stage"]: int(row["rows"]) for row in db.run(conn, "backfill_changed_by_stage", {"job_id": job_id})}
    return Outcome(job=final, state=state, by_stage=by_stage, unknowns=unknowns, unknown_labels=total_labels)


class _Rollback(Exception):
    """Leaves a batch's transaction without committing it."""


def summary(outcome: Outcome) -> str:
    """What the job did, per canonical stage, and the unknown labels with suggestions."""
    job = outcome.job
    verb = "would change" if job["dry_run"] else "changed"
    where = f"{job['table_name']}.{job['column_name']}"
    head = {
        "done": "done",
        "paused": f"paused after key {job['last_key']}; run the same command again to resume",
    }.get(outcome.state, outcome.state)
    if job["dry_run"] and outcome.state != "done":
        head = "stopped (a dry run is not resumed; it wrote nothing)"
    lines = [
        f"{'dry run ' if job['dry_run'] else ''}job {job['id']} {where}: {head}",
        f"rows scanned {job['rows_scanned']}, {verb} {job['rows_changed']}, unknown {job['rows_unknown']}, "
        f"NULL {job['rows_null']}, skipped (clients kept rewriting them) {job['rows_skipped']}",
    ]
    by_stage = outcome.by_stage
    order = list(taxonomy.default_taxonomy().keys)
    if by_stage:
        lines.append(f"{verb} per stage:")
        width = max(len(k) for k in by_stage)
        for key in sorted(by_stage, key=lambda k: (order.index(k) if k in order else len(order), k)):
            lines.append(f"  {key:<{width}}  {by_stage[key]:>10}")
    if outcome.unknowns:
        lines.append("unknown labels (left as they are): rows, label, suggestions")
        for row in outcome.unknowns:
            suggestions = ", ".join(row["suggestions"]) or "-"
            lines.append(f"  {row['rows']:>10}  {row['label']!r}  {suggestions}")
        more = outcome.unknown_labels - len(outcome.unknowns)
        if more > 0 or job["unknown_unlisted"]:
            lines.append(f"  ... {max(more, 0)} more labels: SELECT * FROM stagenorm.backfill_unknowns({job['id']});")
    return "\n".join(lines)
