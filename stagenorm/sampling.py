"""Unknown-label warnings that cannot flood the logs: an adaptive, per-label sampler.

A process in ``warn`` mode that receives the same unknown label a million times
must not write a million log lines, yet every distinct label has to reach the
logs so that someone can add an alias or fix the client. The rules, per
*interval* (default 60 s, fixed windows that start with the first report):

* the first sighting of each distinct label is logged (``stage_label_unknown``);
* repeats are sampled: the 2nd, 4th, 8th, 16th... sighting in the interval is
  logged (``occurrence`` says which), so one label costs at most
  ``log2(n) + 1`` lines for ``n`` sightings, and all repeats together at most
  ``max_repeat_lines`` lines per interval (first sightings always win);
* at the end of an interval (on the first report after it, or on
  :meth:`UnknownLabelSampler.flush`) one ``stage_labels_unknown_summary`` line
  says how many sightings were not logged, for how many distinct labels, and
  names the most repeated labels with their sightings;
* memory is bounded: at most ``max_labels`` distinct labels are tracked per
  interval and a label is kept to its first ``MAX_LABEL_CHARS`` characters.
  Labels beyond ``max_labels`` in one interval are not logged one by one; the
  summary counts them (``untracked``) and names a few.

Thread-safe (one lock; log lines are written outside it) and fork-safe (a child
starts with a fresh lock and an empty window). Time comes from ``clock``
(``time.monotonic`` by default) so that tests pass it in.

Typical use, in the warn path of :mod:`stagenorm.validation`::

    from stagenorm.sampling import UNKNOWN_LABELS
    UNKNOWN_LABELS.report(label, suggestions)   # logs when due, returns True then
"""

from __future__ import annotations

import atexit
import heapq
import logging
import os
import threading
import time
import weakref
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

from stagenorm import logs

MAX_LABEL_CHARS = 200
MAX_SUGGESTIONS = 3
TOP_LABELS = 10
UNTRACKED_EXAMPLES = 5
DEFAULT_INTERVAL = 60.0
DEFAULT_MAX_LABELS = 10_000
DEFAULT_MAX_REPEAT_LINES = 200

REPORT_EVENT = "stage_label_unknown"
_RESERVED = frozenset(vars(logging.makeLogRecord({}))) | {"message", "asctime"}
SUMMARY_EVENT = "stage_labels_unknown_summary"


def _text(value: object, limit: int = MAX_LABEL_CHARS) -> str:
    """A label as a bounded string: non-strings by ``repr``, cut to ``limit`` characters."""
    text = value if isinstance(value, str) else repr(value)
    if len(text) > limit:
        return text[: limit - 1] + "\u2026"
    return text


def _suggestions(value: Iterable[Any] | None) -> list[str]:
    if value is None or isinstance(value, str | bytes):
        return [] if value is None else [_text(value)]
    out: list[str] = []
    try:
        for item in value:
            if len(out) >= MAX_SUGGESTIONS:
                break
            out.append(_text(item))
    except TypeError:  # not iterable after all
        return [_text(value)]
    return out


@dataclass
class _Window:
    started: float
    counts: dict[str, int] = field(default_factory=dict)
    reported: int = 0
    repeats: int = 0
    suppressed: int = 0
    untracked: int = 0
    untracked_examples: list[str] = field(default_factory=list)


class UnknownLabelSampler:
    """Decides which unknown-label sightings are logged, and logs them (see the module doc).

    ``logger`` receives the JSON events; ``interval`` is the window in seconds;
    ``max_labels`` bounds the distinct labels tracked per window and
    ``max_repeat_lines`` the repeat lines logged per window, so that one window
    writes at most ``max_labels + max_repeat_lines + 1`` lines; ``clock``
    returns seconds (monotonic).
    """

    def __init__(
        self,
        logger: logging.Logger | None = None,
        *,
        interval: float = DEFAULT_INTERVAL,
        max_labels: int = DEFAULT_MAX_LABELS,
        max_repeat_lines: int = DEFAULT_MAX_REPEAT_LINES,
        clock: Callable[[], float] = time.monotonic,
        level: int = logging.WARNING,
    ) -> None:
        if not interval > 0:  # also refuses NaN
            raise ValueError("interval must be a positive number of seconds")
        if isinstance(max_labels, bool) or not isinstance(max_labels, int) or max_labels < 1:
            raise ValueError("max_labels must be a positive integer")
        if (isinstance(max_repeat_lines, bool) or not isinstance(max_repeat_lines, int)
                or max_repeat_lines < 0):
            raise ValueError("max_repeat_lines must be an integer >= 0")
        self.logger = logger or logging.getLogger("stagenorm.validation")
        self.interval = float(interval)
        self.max_labels = max_labels
        self.max_repeat_lines = max_repeat_lines
        self.clock = clock
        self.level = level
        self._lock = threading.Lock()
        self._window: _Window | None = None
        ref = weakref.ref(self)
        os.register_at_fork(after_in_child=lambda: _after_fork(ref))

    def report(self, label: object, suggestions: Iterable[Any] | None = None, /, **fields: Any) -> bool:
        """Count one sighting of an unknown ``label``; log it when due. True when logged.

        ``fields`` (e.g. ``mode=``, ``kind=``) are added to the logged line; the
        sampler's own fields and the names logging reserves win over them."""
        key = label if type(label) is str and len(label) <= MAX_LABEL_CHARS else _text(label)
        now = self.clock()
        summary: dict[str, Any] | None = None
        with self._lock:
            window = self._window
            if window is None or now - window.started >= self.interval or now < window.started:
                summary = self._close(window, now)
                window = self._window = _Window(started=now)
            seen = window.counts.get(key)
            if seen is None:
                if len(window.counts) >= self.max_labels:
                    window.untracked += 1
                    if len(window.untracked_examples) < UNTRACKED_EXAMPLES:
                        window.untracked_examples.append(key)
                    due, count = False, 0
                else:
                    window.counts[key] = count = 1
                    due = True
            else:
                window.counts[key] = count = seen + 1
                due = count & (count - 1) == 0  # 1, 2, 4, 8, ...
                if due:
                    if window.repeats >= self.max_repeat_lines:
                        due = False
                    else:
                        window.repeats += 1
            if due:
                window.reported += 1
            elif count:
                window.suppressed += 1
        if summary is not None:
            self._emit_summary(summary)
        if due:
            extra = {k: v for k, v in fields.items() if k not in _RESERVED and not k.startswith("_")}
            extra.update(label=key, suggestions=_suggestions(suggestions), occurrence=count,
                         next_report_at=count * 2, interval_seconds=self.interval)
            logs.event(self.logger, REPORT_EVENT, self.level, **extra)
        return due

    def flush(self) -> bool:
        """End the current window now: log its summary if anything was held back. True then."""
        with self._lock:
            summary = self._close(self._window, self.clock())
            self._window = None
        if summary is None:
            return False
        self._emit_summary(summary)
        return True

    def stats(self) -> dict[str, int]:
        """The current window's counts (for tests and debugging)."""
        with self._lock:
            w = self._window
            if w is None:
                return {"distinct": 0, "reported": 0, "suppressed": 0, "untracked": 0}
            return {"distinct": len(w.counts), "reported": w.reported, "suppressed": w.suppressed,
                    "untracked": w.untracked}

    # -- internals ------------------------------------------------------------------------

    def _forked(self) -> None:
        """In a forked child: the parent's lock may be held by a thread that does not exist here."""
        self._lock = threading.Lock()
        self._window = None

    def _close(self, window: _Window | None, now: float) -> dict[str, Any] | None:
        """The summary of ``window`` (called under the lock), or None when nothing was held back."""
        if window is None or (window.suppressed == 0 and window.untracked == 0):
            return None
        top = heapq.nlargest(TOP_LABELS, ((n, key) for key, n in window.counts.items() if n > 1))
        return {
            "suppressed": window.suppressed,
            "untracked": window.untracked,
            "reported": window.reported,
            "distinct_labels": len(window.counts),
            "window_seconds": round(max(0.0, now - window.started), 3),
            "interval_seconds": self.interval,
            "top_repeated": [{"label": key, "seen": n} for n, key in top],
            "untracked_examples": list(window.untracked_examples),
        }

    def _emit_summary(self, summary: dict[str, Any]) -> None:
        logs.event(self.logger, SUMMARY_EVENT, self.level, **summary)




def _after_fork(ref: weakref.ReferenceType[UnknownLabelSampler]) -> None:
    sampler = ref()
    if sampler is not None:
        sampler._forked()


UNKNOWN_LABELS = UnknownLabelSampler()
"""The process-wide sampler for unknown stage labels (logger ``stagenorm.validation``)."""
atexit.register(UNKNOWN_LABELS.flush)
