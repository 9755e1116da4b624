"""Prometheus metrics: every metric stagenorm exports, defined once, here (docs/metrics.md).

Names follow Prometheus conventions (units in the name, ``_total`` counters) and
label sets are bounded: never the raw label text. The families that only the
database knows (``stagenorm_db_values_total``, the backfill jobs and rows) come
from :mod:`stagenorm.collector` at scrape time.

Multi-process mode (gunicorn): when ``PROMETHEUS_MULTIPROC_DIR`` names a
directory *before prometheus_client is first imported* (``stagenorm serve``
arranges that), every process writes its samples to memory-mapped files there
and :func:`render` adds all of them up with
:class:`prometheus_client.multiprocess.MultiProcessCollector`: counters and
histograms are summed over processes (dead ones included, so totals never go
down), gauges follow their ``multiprocess_mode`` (``mostrecent``: the value
last written by any process).
"""

from __future__ import annotations

import os
import threading
from collections.abc import Callable, Iterable, Sequence
from typing import Any, TypeVar

from prometheus_client import (
    REGISTRY,
    CollectorRegistry,
    Counter,
    Gauge,
    Histogram,
    generate_latest,
    multiprocess,
)
from prometheus_client.metrics_core import Metric
from prometheus_client.registry import Collector

from stagenorm.policy import MODES

MULTIPROC_ENV = "PROMETHEUS_MULTIPROC_DIR"
DURATION_BUCKETS = (
    0.00001, 0.000025, 0.00005, 0.0001, 0.00025, 0.0005, 0.00075, 0.001,
    0.0025, 0.005, 0.01, 0.05, 0.25, 1.0,
)

# The six outcomes of stagenorm_webhook_requests_total (the alert rules and the dashboard
# use these). The webhook logs a finer outcome per request; the metric maps it here.
WEBHOOK_OUTCOMES = ("ok", "duplicate", "unauthorized", "bad_request", "too_large", "error")
_WEBHOOK_OUTCOME_MAP = {
    "ok": "ok", "applied": "ok", "ignored": "ok", "unchanged": "ok",
    "duplicate": "duplicate",
    "unauthorized": "unauthorized", "unauthenticated": "unauthorized", "bearer_invalid": "unauthorized",
    "signature_required": "unauthorized", "forbidden": "unauthorized",
    "bad_request": "bad_request", "bad_json": "bad_request", "invalid": "bad_request",
    "not_found": "bad_request", "method_not_allowed": "bad_request", "unsupported_media_type": "bad_request",
    "client_timeout": "bad_request",
    "too_large": "too_large",
    "error": "error", "unavailable": "error", "not_ready": "error",
}


def webhook_outcome(outcome: object) -> str:
    """The metric's outcome for the webhook's finer one: ``signature_*`` is ``unauthorized``,
    anything not listed is ``error`` (so that a new failure is seen, never hidden as ok)."""
    text = str(outcome)
    if text.startswith("signature_"):
        return "unauthorized"
    return _WEBHOOK_OUTCOME_MAP.get(text, "error")


_C = TypeVar("_C", bound="_WebhookRequestsCounter")


class _WebhookRequestsCounter(Counter):
    """A Counter whose ``outcome`` label is always one of :data:`WEBHOOK_OUTCOMES`."""

    def labels(self: _C, *labelvalues: Any, **labelkwargs: Any) -> _C:
        if "outcome" in labelkwargs:
            labelkwargs["outcome"] = webhook_outcome(labelkwargs["outcome"])
        elif len(labelvalues) == 2:
            labelvalues = (labelvalues[0], webhook_outcome(labelvalues[1]))
        return super().labels(*labelvalues, **labelkwargs)


VALIDATION_DURATION = Histogram(
    "stagenorm_validation_duration_seconds",
    "Time to validate one label or distribution",
    ["caller", "mode"],
    buckets=DURATION_BUCKETS,
)
VALIDATIONS = Counter("stagenorm_validations_total", "Labels validated", ["caller", "mode"])
UNKNOWN = Counter("stagenorm_unknown_total", "Labels that normalized to no stage", ["caller", "mode"])
REJECTED = Counter("stagenorm_rejected_total", "Labels rejected in enforce mode", ["caller", "mode"])
NORMALIZED = Counter(
    "stagenorm_normalized_total", "Labels rewritten to their canonical key", ["caller", "mode"]
)
MODE_FETCHES = Counter("stagenorm_mode_fetch_total", "Mode reads by the source that answered", ["source"])
MODE_FETCH_ERRORS = Counter(
    "stagenorm_mode_fetch_errors_total", "Mode reads that failed, by backend", ["backend"]
)
MODE_GAUGE = Gauge(
    "stagenorm_validation_mode", "1 for the validation mode in force, 0 for the others", ["mode"],
    multiprocess_mode="mostrecent",
)
MODE_CHANGES = Counter("stagenorm_mode_changes_total", "Mode changes", ["source", "to_mode"])
WEBHOOK_REQUESTS = _WebhookRequestsCounter(
    "stagenorm_webhook_requests_total", "Ops webhook requests by route and outcome", ["route", "outcome"]
)
BACKFILL_ROWS = Counter("stagenorm_backfill_rows_total", "Rows seen by batched normalization", ["kind"])
BACKFILL_JOBS = Gauge(
    "stagenorm_backfill_jobs", "Batched normalization jobs by status", ["status"],
    multiprocess_mode="mostrecent",
)
DB_COLLECTOR_ERRORS = Counter(
    "stagenorm_db_collector_errors_total",
    "Scrapes whose database query (stagenorm_db_values_total, backfill state) failed",
)

EXPORTED = (
    "stagenorm_validation_duration_seconds",
    "stagenorm_validations_total",
    "stagenorm_unknown_total",
    "stagenorm_rejected_total",
    "stagenorm_normalized_total",
    "stagenorm_db_values_total",
    "stagenorm_mode_fetch_total",
    "stagenorm_mode_fetch_errors_total",
    "stagenorm_validation_mode",
    "stagenorm_mode_changes_total",
    "stagenorm_webhook_requests_total",
    "stagenorm_backfill_rows_total",
    "stagenorm_backfill_jobs",
    "stagenorm_db_collector_errors_total",
)


def set_mode_gauge(mode: str) -> None:
    for name in MODES:
        MODE_GAUGE.labels(mode=name).set(1 if name == mode else 0)


def multiprocess_dir() -> str | None:
    """The multi-process directory in use, or None in single-process mode."""
    return os.environ.get(MULTIPROC_ENV) or None


class _Families(Collector):
    """Collects several sources into one exposition, one family per name.

    ``primary`` sources are read first (so that an error a collector counts while it
    runs is in the same scrape) and win: a ``secondary`` family of the same name is
    used only when the primary one has no samples. That way the database's backfill
    state wins over a process-side gauge of the same name.
    """

    def __init__(self, primary: Sequence[Collector], secondary: Sequence[Collector],
                 keep: Callable[[str], bool]) -> None:
        self.primary = primary
        self.secondary = secondary
        self.keep = keep

    def collect(self) -> Iterable[Metric]:
        found: dict[str, Metric] = {}
        for rank, sources in enumerate((self.primary, self.secondary)):
            for source in sources:
                for family in source.collect():
                    if not self.keep(family.name):
                        continue
                    held = found.get(family.name)
                    if held is None or (family.samples and (rank == 0 or not held.samples)):
                        found[family.name] = family
        return sorted(found.values(), key=lambda f: f.name)


_defaults: dict[int, list[Collector]] = {}
_defaults_lock = threading.Lock()


def default_collectors() -> list[Collector]:
    """The collectors :func:`render` adds when none are given: the database collector when
    ``DATABASE_URL`` is set (``STAGENORM_DB_METRICS=off`` turns it off). One per process."""
    pid = os.getpid()
    with _defaults_lock:
        if pid not in _defaults:  # first scrape in this process (a forked worker starts afresh)
            from stagenorm import collector  # imported late: collector imports this module

            _defaults.clear()
            made = collector.from_env()
            _defaults[pid] = [made] if made is not None else []
        return _defaults[pid]


def render(extra: Iterable[Collector] | None = None, *, stagenorm_only: bool = False) -> bytes:
    """The exposition text: this process's metrics, or every worker's in multi-process mode.

    ``extra`` collectors are read first (so that an error they count shows in the same
    scrape); None means :func:`default_collectors`. ``stagenorm_only`` leaves out the
    process/platform/GC metrics (for a node_exporter textfile, which has its own).
    """
    extras = list(default_collectors() if extra is None else extra)
    if multiprocess_dir():
        own = CollectorRegistry()
        multiprocess.MultiProcessCollector(own)  # type: ignore[no-untyped-call]
        base: Collector = own
    else:
        base = REGISTRY
    registry = CollectorRegistry()
    registry.register(_Families(extras, [base], keep=_stagenorm if stagenorm_only else _everything))
    return generate_latest(registry)


def _stagenorm(name: str) -> bool:
    return name.startswith("stagenorm_")


def _everything(_name: str) -> bool:
    return True


CollectorFactory = Callable[[], Collector]
