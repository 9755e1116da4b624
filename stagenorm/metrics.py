"""Prometheus metrics: every metric stagenorm exports, defined once, here.

Names follow Prometheus conventions (units in the name, ``_total`` counters) and
label sets are bounded: never the raw label text. Under gunicorn, set
``PROMETHEUS_MULTIPROC_DIR`` before the workers start (``stagenorm serve`` does)
and :func:`render` aggregates every worker.
"""

from __future__ import annotations

import os
from collections.abc import Callable

from prometheus_client import (
    CollectorRegistry,
    Counter,
    Gauge,
    Histogram,
    generate_latest,
    multiprocess,
)
from prometheus_client.registry import Collector

MODES = ("off", "warn", "enforce")
DURATION_BUCKETS = (
    0.00001, 0.000025, 0.00005, 0.0001, 0.00025, 0.0005, 0.00075, 0.001,
    0.0025, 0.005, 0.01, 0.05, 0.25, 1.0,
)

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
WEBHOOK_REQUESTS = Counter(
    "stagenorm_webhook_requests_total", "Ops webhook requests by route and outcome", ["route", "outcome"]
)
BACKFILL_ROWS = Counter("stagenorm_backfill_rows_total", "Rows seen by batched normalization", ["kind"])
BACKFILL_JOBS = Gauge(
    "stagenorm_backfill_jobs", "Batched normalization jobs by status", ["status"],
    multiprocess_mode="mostrecent",
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
)


def set_mode_gauge(mode: str) -> None:
    for name in MODES:
        MODE_GAUGE.labels(mode=name).set(1 if name == mode else 0)


def render(extra: list[Collector] | None = None) -> bytes:
    """The exposition text: this process's metrics, or every worker's in multi-process mode."""
    if os.environ.get("PROMETHEUS_MULTIPROC_DIR"):
        registry = CollectorRegistry()
        multiprocess.MultiProcessCollector(registry)  # type: ignore[no-untyped-call]
    else:
        from prometheus_client import REGISTRY

        registry = CollectorRegistry()
        for collector in list(REGISTRY._collector_to_names):
            registry.register(collector)
    for collector in extra or []:
        registry.register(collector)
    return generate_latest(registry)


CollectorFactory = Callable[[], Collector]
