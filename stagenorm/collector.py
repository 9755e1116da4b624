"""What the database knows, on ``/metrics``: a prometheus_client collector over one cheap query.

The enforcement triggers count every value they see in PostgreSQL
(``stagenorm.value_count``), and batched normalization keeps its jobs in
``stagenorm.backfill_job``. Neither lives in a Python process, so no in-process
counter can export them. :class:`DbCollector` reads them at scrape time with one
query (``collector_snapshot`` in queries.sql) and exports:

* ``stagenorm_db_values_total{table, outcome}`` (counter): values the triggers
  saw since install. ``outcome`` partitions them, as the alert rules assume:
  ``validated`` (already canonical, stored as written), ``normalized`` (a known
  label stored as its canonical key), ``unknown`` (stored as written, warn
  mode), ``rejected`` (refused in enforce mode). ``stagenorm.value_counts_total()``
  reports ``validated`` as *every* value checked (its superset), so the
  collector subtracts normalized and unknown from it;
* ``stagenorm_backfill_jobs{status}`` (gauge): jobs per status (every status,
  0 when none; a job being reverted counts as ``running``);
* ``stagenorm_backfill_rows_total{kind}`` (counter): rows scanned, changed and
  left unknown by all batched jobs (dry runs excluded).

Costs and failure, by design:

* at most one query per ``ttl`` seconds (default 10, env
  ``STAGENORM_DB_METRICS_CACHE_SECONDS``): concurrent scrapes in one process
  wait for the query in flight and share its answer; under gunicorn the
  workers share it too, through a file in ``PROMETHEUS_MULTIPROC_DIR`` guarded
  by ``flock``;
* the query runs on a short-lived connection with ``connect_timeout`` and
  ``statement_timeout``/``lock_timeout`` of ``timeout`` seconds (default 2, env
  ``STAGENORM_DB_METRICS_TIMEOUT``);
* it never raises into a scrape: when the database fails, these families are
  left out (Prometheus sees the series go stale rather than a wrong value),
  ``stagenorm_db_collector_errors_total`` goes up by one, a JSON log line says
  why, and the failure is cached for ``ttl`` like an answer so that a database
  that is down is not hammered by every scrape.
"""

from __future__ import annotations

import contextlib
import fcntl
import json
import logging
import math
import os
import threading
import time
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from prometheus_client.core import CounterMetricFamily, GaugeMetricFamily, Metric
from prometheus_client.registry import Collector

from stagenorm import db, logs, metrics

log = logging.getLogger("stagenorm.collector")

DEFAULT_TTL = 10.0
DEFAULT_TIMEOUT = 2.0
MAX_TABLES = 500  # tables exported one by one; the rest are summed into table="(other)"
OTHER_TABLES = "(other)"
OUTCOMES = ("validated", "normalized", "unknown", "rejected")
BACKFILL_STATUSES = ("running", "paused", "failed", "done", "reverted")
BACKFILL_STATUS_ALIASES = {"reverting": "running"}
BACKFILL_KINDS = ("scanned", "changed", "unknown")
SHARED_FILE = "stagenorm-db-collector.json"
SHARED_LOCK = "stagenorm-db-collector.lock"
ENV_SWITCH = "STAGENORM_DB_METRICS"
ENV_TTL = "STAGENORM_DB_METRICS_CACHE_SECONDS"
ENV_TIMEOUT = "STAGENORM_DB_METRICS_TIMEOUT"

Row = tuple[str, str, str | None, int]  # family, key, outcome, value


@dataclass(frozen=True)
class Snapshot:
    """One answer of the database (``rows``), or a failure (``rows`` is None, ``error`` says why)."""

    at: float
    rows: tuple[Row, ...] | None
    error: str | None = None


class DbCollector(Collector):
    """Exports ``stagenorm_db_values_total`` and the backfill state from the database.

    ``database_url`` is a libpq URL; ``ttl`` how long one answer (or failure) is
    reused; ``timeout`` bounds connecting and the query, in seconds; ``clock``
    gives monotonic seconds (passed in by tests); ``shared_dir`` is a directory
    where processes share the answer (:func:`from_env` passes
    ``PROMETHEUS_MULTIPROC_DIR``), None for none.
    """

    def __init__(
        self,
        database_url: str,
        *,
        ttl: float = DEFAULT_TTL,
        timeout: float = DEFAULT_TIMEOUT,
        clock: Callable[[], float] = time.monotonic,
        shared_dir: str | os.PathLike[str] | None = None,
    ) -> None:
        if not isinstance(database_url, str) or not database_url:
            raise ValueError("database_url must be a non-empty libpq URL")
        if not (isinstance(ttl, int | float) and math.isfinite(ttl) and ttl >= 0):
            raise ValueError("ttl must be a finite number of seconds >= 0")
        if not (isinstance(timeout, int | float) and math.isfinite(timeout) and timeout > 0):
            raise ValueError("timeout must be a finite number of seconds > 0")
        self.database_url = database_url
        self.ttl = float(ttl)
        self.timeout = float(timeout)
        self.clock = clock
        self.shared_dir = Path(shared_dir) if shared_dir else None
        self.queries = 0  # queries this instance sent (for tests and debugging)
        self._lock = threading.Lock()
        self._snapshot: Snapshot | None = None
        self._pid = os.getpid()

    # -- prometheus_client's Collector protocol -------------------------------------------

    def describe(self) -> Iterable[Metric]:
        """Nothing: registering this collector must not query the database."""
        return []

    def collect(self) -> Iterable[Metric]:
        try:
            snapshot = self.snapshot()
        except Exception:  # never raise into a scrape, whatever happened
            log.exception("db_collector_failed")
            return []
        if snapshot.rows is None:
            return []
        return list(families(snapshot.rows))

    # -- the cached answer ------------------------------------------------------------------

    def snapshot(self) -> Snapshot:
        """The database's answer, at most ``ttl`` seconds old (one query per ``ttl``)."""
        if self._pid != os.getpid():  # forked: the parent's lock may be held forever
            self._lock = threading.Lock()
            self._pid = os.getpid()
        with self._lock:
            now = self.clock()
            if self._fresh(self._snapshot, now):
                assert self._snapshot is not None
                return self._snapshot
            if self.shared_dir is None:
                self._snapshot = self._query(now)
            else:
                self._snapshot = self._shared(now)
            return self._snapshot

    def _fresh(self, snapshot: Snapshot | None, now: float) -> bool:
        return snapshot is not None and 0 <= now - snapshot.at < self.ttl

    def _shared(self, now: float) -> Snapshot:
        """Read the answer another process left, or query under an exclusive file lock."""
        assert self.shared_dir is not None
        try:
            lock = os.open(self.shared_dir / SHARED_LOCK, os.O_RDWR | os.O_CREAT, 0o600)
        except OSError as exc:
            logs.event(log, "db_collector_shared_cache_unusable", logging.WARNING,
                       directory=str(self.shared_dir), error=str(exc))
            return self._query(now)
        try:
            fcntl.flock(lock, fcntl.LOCK_EX)  # the holder queries for at most ~2 x timeout
            shared = _read_shared(self.shared_dir / SHARED_FILE)
            now = self.clock()
            if self._fresh(shared, now):
                assert shared is not None
                return shared
            snapshot = self._query(now)
            _write_shared(self.shared_dir / SHARED_FILE, snapshot)
            return snapshot
        finally:
            os.close(lock)  # releases the flock

    def _query(self, now: float) -> Snapshot:
        self.queries += 1
        timeout_ms = str(max(1, int(self.timeout * 1000)))
        try:
            # One transaction: the timeouts are local to it, so nothing stays behind on a
            # server session when DATABASE_URL goes through a transaction pooler.
            with db.connection(self.database_url, application_name="stagenorm-metrics",
                               connect_timeout=self.timeout) as conn, conn.transaction():
                db.run(conn, "collector_timeouts", {"ms": timeout_ms})
                rows = db.run(conn, "collector_snapshot")
        except Exception as exc:
            metrics.DB_COLLECTOR_ERRORS.inc()
            logs.event(log, "db_collector_error", logging.WARNING, error_type=type(exc).__name__,
                       error=str(exc).strip()[:500], sqlstate=getattr(exc, "sqlstate", None),
                       retry_in_seconds=self.ttl)
            return Snapshot(now, None, f"{type(exc).__name__}: {str(exc).strip()[:500]}")
        return Snapshot(now, tuple(_rows(rows)))


def _rows(raw: Iterable[dict[str, Any]]) -> Iterator[Row]:
    """The query's rows, with anything malformed left out (never a wrong sample)."""
    for row in raw:
        family, key, outcome, value = row.get("family"), row.get("key"), row.get("outcome"), row.get("value")
        if not isinstance(family, str) or not isinstance(key, str):
            continue
        if outcome is not None and not isinstance(outcome, str):
            continue
        if isinstance(value, bool) or not isinstance(value, int) or value < 0:
            continue
        yield (family, key, outcome, value)


def families(rows: Iterable[Row]) -> Iterator[Metric]:
    """The metric families for a snapshot's rows."""
    per_table: dict[str, dict[str, int]] = {}
    jobs = dict.fromkeys(BACKFILL_STATUSES, 0)
    backfill_rows = dict.fromkeys(BACKFILL_KINDS, 0)
    for family, key, outcome, value in rows:
        if family == "db_values" and outcome in ("checked", "normalized", "unknown", "rejected"):
            per_table.setdefault(key, {})[outcome] = value
        elif family == "backfill_jobs":
            status = BACKFILL_STATUS_ALIASES.get(key, key)
            if status in jobs:
                jobs[status] += value
        elif family == "backfill_rows" and key in backfill_rows:
            backfill_rows[key] = value

    values = CounterMetricFamily(
        "stagenorm_db_values", "Values the enforcement triggers saw, by table and outcome (from the database)",
        labels=["table", "outcome"],
    )
    tables = sorted(per_table)
    kept, other = tables[:MAX_TABLES], tables[MAX_TABLES:]
    for table in kept:
        for outcome, n in _partition(per_table[table]).items():
            values.add_metric([table, outcome], n)
    if other:
        summed = dict.fromkeys(OUTCOMES, 0)
        for table in other:
            for outcome, n in _partition(per_table[table]).items():
                summed[outcome] += n
        for outcome, n in summed.items():
            values.add_metric([OTHER_TABLES, outcome], n)
    yield values

    gauge = GaugeMetricFamily("stagenorm_backfill_jobs", "Batched normalization jobs by status (from the database)",
                              labels=["status"])
    for status, n in jobs.items():
        gauge.add_metric([status], n)
    yield gauge

    counter = CounterMetricFamily(
        "stagenorm_backfill_rows", "Rows seen by batched normalization, all jobs (from the database)",
        labels=["kind"],
    )
    for kind, n in backfill_rows.items():
        counter.add_metric([kind], n)
    yield counter


def _partition(counts: dict[str, int]) -> dict[str, int]:
    """checked (every value, a superset) minus normalized and unknown is ``validated``: a partition."""
    checked = counts.get("checked", 0)
    normalized = counts.get("normalized", 0)
    unknown = counts.get("unknown", 0)
    return {
        "validated": max(0, checked - normalized - unknown),
        "normalized": normalized,
        "unknown": unknown,
        "rejected": counts.get("rejected", 0),
    }


def _read_shared(path: Path) -> Snapshot | None:
    try:
        data = json.loads(path.read_text("utf-8"))
        rows = data["rows"]
        error = data.get("error")
        return Snapshot(float(data["at"]),
                        None if rows is None else tuple(_rows(dict(zip(("family", "key", "outcome", "value"),
                                                                       r, strict=True)) for r in rows)),
                        error if isinstance(error, str) else None)
    except (OSError, ValueError, KeyError, TypeError):
        return None


def _write_shared(path: Path, snapshot: Snapshot) -> None:
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    with contextlib.suppress(OSError):
        tmp.write_text(json.dumps({"at": snapshot.at, "rows": snapshot.rows, "error": snapshot.error}), "utf-8")
        os.replace(tmp, path)


def env_seconds(name: str, default: float, environ: Mapping[str, str] | None = None) -> float:
    """A number of seconds >= 0 from the environment, ``default`` when unset or invalid."""
    raw = (os.environ if environ is None else environ).get(name, "")
    try:
        value = float(raw) if raw.strip() else default
    except ValueError:
        return default
    return value if math.isfinite(value) and value >= 0 else default


def from_env(environ: Mapping[str, str] | None = None) -> DbCollector | None:
    """The collector the environment asks for: ``DATABASE_URL`` set and ``STAGENORM_DB_METRICS`` not off."""
    env = os.environ if environ is None else environ
    url = env.get("DATABASE_URL") or ""
    if not url or env.get(ENV_SWITCH, "on").strip().lower() in ("off", "0", "false", "no"):
        return None
    timeout = env_seconds(ENV_TIMEOUT, DEFAULT_TIMEOUT, env) or DEFAULT_TIMEOUT
    return DbCollector(url, ttl=env_seconds(ENV_TTL, DEFAULT_TTL, env), timeout=timeout,
                       shared_dir=env.get(metrics.MULTIPROC_ENV) or None)
