"""App-side stage validation for Python services, following the validation mode.

:func:`validate_stage` and :func:`validate_distribution` apply the mode read from a
:class:`~stagenorm.modes.ModeStore` (the process-wide one unless ``store=`` is given;
Redis may tighten that mode but never relax it below what PostgreSQL says, so a value
planted in Redis cannot switch this validation off: ``docs/security.md``):

- ``off``: the value passes through untouched (nothing is checked);
- ``warn``: known labels come back as their canonical key (a valid distribution in
  normalized form), unknown ones as given, with warnings and suggestions;
- ``enforce``: canonical keys, and :class:`~stagenorm.exceptions.StageValidationError`
  (``invalid``, ``suggestions``) for anything unknown or invalid.

Every call records ``stagenorm_validation_duration_seconds`` and the validation,
unknown, rejected and normalized counters with ``caller="python"``. Unknown-label log
lines go through :mod:`stagenorm.sampling` so a flood of bad input cannot flood logs.

For Flask, :func:`init_app` turns the results into HTTP: in ``warn`` a response whose
request met unknown labels carries ``Deprecation``, ``Sunset``, ``Link`` and
``Warning: 299 - "unknown stage labels: ..."``; in ``enforce`` a
:class:`StageValidationError` becomes ``400 {"error": "INVALID_STAGE_DISTRIBUTION",
"details": {"invalid": [...], "suggestions": {...}}}``; ``off`` adds nothing.
"""

from __future__ import annotations

import logging
import os
import re
import threading
import time
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime
from typing import TYPE_CHECKING, Any

from stagenorm import metrics, taxonomy
from stagenorm.config import Settings
from stagenorm.exceptions import StageValidationError
from stagenorm.sampling import UNKNOWN_LABELS, UnknownLabelSampler

if TYPE_CHECKING:
    from flask import Flask, Response

    from stagenorm.modes import ModeStore

CALLER = "python"
ERROR_CODE = "INVALID_STAGE_DISTRIBUTION"
ERROR_CODE_LABEL = "INVALID_STAGE"
LABEL_SHOWN = 80  # characters of a label in messages and headers
HEADER_LABELS = 10  # unknown labels named in one Warning header
DEFAULT_DOCS_URL = "/docs/stage-taxonomy"
SUNSET_AFTER_WARN = timedelta(days=30)

logger = logging.getLogger("stagenorm.validation")


# -- results ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class StageResult:
    """What :func:`validate_stage` decided for one label."""

    input: object
    value: object  # what to store: the canonical key, or the input as given
    mode: str
    key: str | None = None  # canonical key; None when unknown or not checked (off)
    known: bool | None = None  # None in off: nothing was checked
    normalized: bool = False  # value differs from input
    suggestions: tuple[str, ...] = ()
    warnings: tuple[str, ...] = ()

    @property
    def unknown_labels(self) -> list[str]:
        return [_label_text(self.input)] if self.known is False else []

    @property
    def suggestion_map(self) -> dict[str, list[str]]:
        return {_label_text(self.input): list(self.suggestions)} if self.known is False else {}


@dataclass(frozen=True)
class DistributionResult:
    """What :func:`validate_distribution` decided for one stage distribution."""

    input: object
    value: object  # what to store: the normalized form when valid (warn, enforce), else the input
    mode: str
    is_valid: bool | None = None  # None in off
    normalized: dict[str, float] | None = None
    invalid: tuple[str, ...] = ()
    suggestions: dict[str, list[str]] = field(default_factory=dict)
    errors: tuple[dict[str, Any], ...] = ()
    warnings: tuple[str, ...] = ()

    @property
    def unknown_labels(self) -> list[str]:
        return list(self.invalid)

    @property
    def suggestion_map(self) -> dict[str, list[str]]:
        return {label: list(self.suggestions.get(label, [])) for label in self.invalid}


# -- sampling of unknown-label log lines ------------------------------------------------------

#: The sampler unknown labels are reported to (stagenorm.sampling: each distinct label on its
#: first sighting per interval, repeats sampled, a summary of what was not logged).
SAMPLER: UnknownLabelSampler = UNKNOWN_LABELS


# -- the mode ---------------------------------------------------------------------------------

_store: ModeStore | None = None
_store_lock = threading.Lock()


def default_store() -> ModeStore:
    """The process-wide ModeStore, made from the environment on first use."""
    global _store
    with _store_lock:
        if _store is None:
            from stagenorm.modes import ModeStore

            _store = ModeStore(Settings.from_env())
        return _store


def _mode_of(store: ModeStore | None) -> str:
    return (store if store is not None else default_store()).get().mode


# -- validation -------------------------------------------------------------------------------


def _label_text(label: object) -> str:
    return label if isinstance(label, str) else repr(label)


def _shown(label: str) -> str:
    return label if len(label) <= LABEL_SHOWN else label[:LABEL_SHOWN] + "..."


def _unknown_message(label: str, suggestions: Iterable[str]) -> str:
    hint = ", ".join(suggestions)
    return f"unknown stage label {_shown(label)!r}" + (f"; did you mean {hint}?" if hint else "")


def _log_unknown(label: str, suggestions: list[str], mode: str, what: str) -> None:
    SAMPLER.report(label, suggestions, mode=mode, kind=what, caller=CALLER)


def validate_stage(label: object, *, store: ModeStore | None = None) -> StageResult:
    """Validate one stage label under the mode in force (see the module documentation).
    ``None`` passes through in every mode; any other non-string is an unknown label.
    Inside a Flask request the result is remembered for :func:`init_app`'s headers."""
    result = _validate_stage(label, store)
    _record(result)
    return result


def _validate_stage(label: object, store: ModeStore | None) -> StageResult:
    mode = _mode_of(store)
    start = time.perf_counter()
    try:
        metrics.VALIDATIONS.labels(caller=CALLER, mode=mode).inc()
        if mode == "off" or label is None:
            return StageResult(label, label, mode)
        key = taxonomy.normalize_stage(label) if isinstance(label, str) else None
        if key is not None:
            changed = key != label
            if changed:
                metrics.NORMALIZED.labels(caller=CALLER, mode=mode).inc()
            return StageResult(label, key, mode, key=key, known=True, normalized=changed)
        text = _label_text(label)
        suggestions = taxonomy.suggest_stages(text) if isinstance(label, str) else []
        metrics.UNKNOWN.labels(caller=CALLER, mode=mode).inc()
        _log_unknown(text, suggestions, mode, "label")
        if mode == "enforce":
            metrics.REJECTED.labels(caller=CALLER, mode=mode).inc()
            raise StageValidationError(
                _unknown_message(text, suggestions), invalid=[text], suggestions={text: suggestions},
                hint="use a canonical stage key or a known alias", error=ERROR_CODE_LABEL,
            )
        return StageResult(label, label, mode, known=False, suggestions=tuple(suggestions),
                           warnings=(_unknown_message(text, suggestions),))
    finally:
        metrics.VALIDATION_DURATION.labels(caller=CALLER, mode=mode).observe(time.perf_counter() - start)


def validate_distribution(dist: object, *, store: ModeStore | None = None) -> DistributionResult:
    """Validate one stage distribution (``{"Seed": 30, ...}`` or ``[{"stage", "weight"}]``)
    under the mode in force. A valid one is stored in normalized form (every canonical key
    with its share 0..1); ``None`` passes through in every mode. Inside a Flask request
    the result is remembered for :func:`init_app`'s headers."""
    result = _validate_distribution(dist, store)
    _record(result)
    return result


def _validate_distribution(dist: object, store: ModeStore | None) -> DistributionResult:
    mode = _mode_of(store)
    start = time.perf_counter()
    try:
        metrics.VALIDATIONS.labels(caller=CALLER, mode=mode).inc()
        if mode == "off" or dist is None:
            return DistributionResult(dist, dist, mode)
        parsed = taxonomy.parse_stage_distribution(dist)
        invalid = tuple(str(label) for label in parsed["invalid_inputs"])
        suggestions = {str(k): list(v) for k, v in parsed["suggestions"].items()}
        errors = tuple(parsed["errors"])
        if parsed["is_valid"]:
            normalized = dict(parsed["normalized"])
            if normalized != dist:
                metrics.NORMALIZED.labels(caller=CALLER, mode=mode).inc()
            return DistributionResult(dist, normalized, mode, is_valid=True, normalized=normalized)
        if invalid:
            metrics.UNKNOWN.labels(caller=CALLER, mode=mode).inc()
            for label in invalid:
                _log_unknown(label, suggestions.get(label, []), mode, "distribution")
        messages = tuple(str(e.get("message")) for e in errors)
        if mode == "enforce":
            metrics.REJECTED.labels(caller=CALLER, mode=mode).inc()
            raise StageValidationError(
                "invalid stage distribution: " + "; ".join(messages)[:500],
                invalid=list(invalid), suggestions={k: suggestions.get(k, []) for k in invalid},
                hint="use canonical stage keys or known aliases, and weights that add up to 100 or 1",
                error=ERROR_CODE, errors=list(errors),
            )
        return DistributionResult(dist, dist, mode, is_valid=False, invalid=invalid,
                                  suggestions={k: suggestions.get(k, []) for k in invalid},
                                  errors=errors, warnings=messages)
    finally:
        metrics.VALIDATION_DURATION.labels(caller=CALLER, mode=mode).observe(time.perf_counter() - start)


# -- HTTP (Flask) -----------------------------------------------------------------------------

_UNSAFE = re.compile(r'[^\x20-\x7e]|["\\]')


def _header_safe(label: str) -> str:
    """A label as it can appear inside a quoted-string of an HTTP header: printable ASCII,
    quotes and backslashes escaped, control and non-ASCII characters as \\uXXXX."""
    def escape(match: re.Match[str]) -> str:
        char = match.group()
        return "\\" + char if char in '"\\' else f"\\u{ord(char):04x}"

    return _UNSAFE.sub(escape, _shown(label))


def stage_headers(results: Iterable[StageResult | DistributionResult], *,
                  docs_url: str | None = None, sunset: datetime | None = None,
                  deprecated_since: datetime | None = None) -> dict[str, str]:
    """The headers a response gets in warn when its request met unknown stage labels;
    empty otherwise (no unknown label, or mode off or enforce)."""
    unknown: list[str] = []
    for result in results:
        if result.mode == "warn":
            for label in result.unknown_labels:
                if label not in unknown:
                    unknown.append(label)
    if not unknown:
        return {}
    docs = docs_url or os.environ.get("STAGENORM_STAGE_DOCS_URL") or DEFAULT_DOCS_URL
    since = deprecated_since or datetime.now(UTC)
    shown = ", ".join(_header_safe(label) for label in unknown[:HEADER_LABELS])
    more = len(unknown) - HEADER_LABELS
    if more > 0:
        shown += f" and {more} more"
    headers = {
        "Deprecation": f"@{int(since.timestamp())}",
        "Link": f'<{docs}>; rel="deprecation"; type="text/html"',
        "Warning": f'299 - "unknown stage labels: {shown}"',
    }
    when = sunset or (since + SUNSET_AFTER_WARN)
    headers["Sunset"] = format_datetime(when.astimezone(UTC), usegmt=True)
    return headers


def invalid_stage_response(exc: StageValidationError) -> Response:
    """The 400 answer for a StageValidationError (enforce)."""
    import json

    from flask import Response

    details: dict[str, Any] = {"invalid": list(exc.invalid), "suggestions": dict(exc.suggestions)}
    if exc.details.get("errors"):
        details["errors"] = exc.details["errors"]
    body = {"error": exc.details.get("error", ERROR_CODE), "message": exc.message, "details": details}
    return Response(json.dumps(body) + "\n", 400, content_type="application/json")


def _record(result: StageResult | DistributionResult) -> None:
    """Remember a result on the current Flask request, if there is one."""
    if result.mode != "warn" or not result.unknown_labels:
        return  # only unknown labels in warn produce headers
    try:
        from flask import g, has_request_context
    except ImportError:  # pragma: no cover - Flask is a dependency; a service may not use it
        return
    if has_request_context():
        g.setdefault("_stagenorm_results", []).append(result)


def init_app(app: Flask, *, docs_url: str | None = None, sunset: datetime | None = None,
             store: ModeStore | None = None) -> None:
    """Make ``validate_stage``/``validate_distribution`` speak HTTP in this app: a 400 for
    StageValidationError, and the deprecation headers in warn (see :func:`stage_headers`)."""
    from flask import g

    app.register_error_handler(StageValidationError, invalid_stage_response)

    @app.after_request
    def _stage_headers(response: Response) -> Response:
        results = g.pop("_stagenorm_results", None)
        if results:
            reading = (store if store is not None else default_store()).get()
            since = reading.since if reading.mode == "warn" else None
            for name, value in stage_headers(results, docs_url=docs_url, sunset=sunset,
                                             deprecated_since=since).items():
                response.headers[name] = value
        return response

    app.extensions.setdefault("stagenorm_validation", {"docs_url": docs_url, "sunset": sunset})


def summarize(results: Iterable[StageResult | DistributionResult]) -> Mapping[str, Any]:
    """Unknown labels and suggestions across results (for an API's own response body)."""
    invalid: list[str] = []
    suggestions: dict[str, list[str]] = {}
    for result in results:
        for label, keys in result.suggestion_map.items():
            if label not in suggestions:
                invalid.append(label)
                suggestions[label] = keys
    return {"invalid": invalid, "suggestions": suggestions}
