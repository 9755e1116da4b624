"""The unknown-label sampler (stagenorm.sampling): bounded output, every label seen, nothing lost."""

from __future__ import annotations

import io
import json
import logging
import random
import subprocess
import sys
import threading
from collections import Counter
from typing import Any

import pytest

from stagenorm import logs
from stagenorm.sampling import (
    MAX_LABEL_CHARS,
    REPORT_EVENT,
    SUMMARY_EVENT,
    UNKNOWN_LABELS,
    UnknownLabelSampler,
)
from tests.harness import REPO


class FakeClock:
    """Time passed in: tests move it by hand."""

    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


class Lines(logging.Handler):
    """Every record the sampler logs, formatted by the real JSON formatter and parsed back."""

    def __init__(self) -> None:
        super().__init__()
        self.setFormatter(logs.JsonFormatter())
        self.events: list[dict[str, Any]] = []

    def emit(self, record: logging.LogRecord) -> None:
        line = self.format(record)
        assert "\n" not in line
        self.events.append(json.loads(line))

    def named(self, event: str) -> list[dict[str, Any]]:
        return [e for e in self.events if e["event"] == event]


@pytest.fixture
def lines() -> Lines:
    return Lines()


def sampler_for(lines: Lines, clock: FakeClock, **kw: Any) -> UnknownLabelSampler:
    logger = logging.getLogger(f"stagenorm.test_sampling.{id(lines)}")
    logger.handlers[:] = [lines]
    logger.propagate = False
    logger.setLevel(logging.DEBUG)
    return UnknownLabelSampler(logger, clock=clock, **kw)


def test_first_sighting_then_powers_of_two(lines: Lines) -> None:
    clock = FakeClock()
    sampler = sampler_for(lines, clock, interval=60)
    logged = [sampler.report("Series Z", ["series_a"]) for _ in range(20)]
    assert [i + 1 for i, x in enumerate(logged) if x] == [1, 2, 4, 8, 16]
    reports = lines.named(REPORT_EVENT)
    assert [r["occurrence"] for r in reports] == [1, 2, 4, 8, 16]
    assert all(r["label"] == "Series Z" and r["suggestions"] == ["series_a"] for r in reports)
    assert reports[0]["level"] == "warning"
    assert sampler.stats() == {"distinct": 1, "reported": 5, "suppressed": 15, "untracked": 0}
    assert sampler.flush() is True
    (summary,) = lines.named(SUMMARY_EVENT)
    assert summary["suppressed"] == 15
    assert summary["reported"] == 5
    assert summary["top_repeated"] == [{"label": "Series Z", "seen": 20}]
    assert sampler.flush() is False  # nothing left to say


def test_no_summary_when_nothing_was_held_back(lines: Lines) -> None:
    clock = FakeClock()
    sampler = sampler_for(lines, clock, interval=10)
    for label in ("a", "b", "c"):
        assert sampler.report(label)
    clock.now += 10
    assert sampler.report("a")  # a new interval: reported again
    assert sampler.flush() is False
    assert lines.named(SUMMARY_EVENT) == []
    assert [r["label"] for r in lines.named(REPORT_EVENT)] == ["a", "b", "c", "a"]


def test_every_label_again_in_each_interval(lines: Lines) -> None:
    clock = FakeClock()
    sampler = sampler_for(lines, clock, interval=30)
    for _ in range(100):
        sampler.report("x")
    assert sampler.report("x") is False
    clock.now += 29.999
    assert sampler.report("x") is False  # still the same interval (102nd sighting)
    clock.now += 0.001
    assert sampler.report("x") is True  # the interval ended: reported again
    (summary,) = lines.named(SUMMARY_EVENT)  # the old interval's summary came first
    assert summary["suppressed"] == 102 - 7  # 1, 2, 4, 8, 16, 32, 64 were logged
    assert lines.events[-1]["event"] == REPORT_EVENT and lines.events[-1]["occurrence"] == 1


def test_a_clock_that_goes_backwards_starts_a_new_interval(lines: Lines) -> None:
    clock = FakeClock()
    sampler = sampler_for(lines, clock, interval=30)
    sampler.report("x")
    sampler.report("x")
    sampler.report("x")
    clock.now -= 5
    assert sampler.report("x") is True
    assert lines.named(SUMMARY_EVENT)[0]["suppressed"] == 1


def test_one_million_reports_bounded_output_every_label_present(lines: Lines) -> None:
    """1,000,000 sightings of 2,000 distinct labels (Zipf-like) over 5 intervals."""
    clock = FakeClock()
    sampler = sampler_for(lines, clock, interval=60)
    rng = random.Random(7)
    distinct = [f"label-{i}" for i in range(2000)]
    weights = [1 / (i + 1) for i in range(len(distinct))]
    total = 1_000_000
    per_window = total // 5
    seen_per_window: list[Counter[str]] = []
    logged = 0
    for _window in range(5):
        chosen = rng.choices(distinct, weights, k=per_window)
        seen_per_window.append(Counter(chosen))
        report = sampler.report
        for label in chosen:
            logged += report(label)
        clock.now += 60  # the next report (or flush) closes this interval
    sampler.flush()

    reports = lines.named(REPORT_EVENT)
    summaries = lines.named(SUMMARY_EVENT)
    assert len(reports) == logged
    assert len(summaries) == 5  # one per interval, each with something held back
    # bounded: per interval and label, at most log2(n) + 1 lines
    first = [r for r in reports if r["occurrence"] == 1]
    repeats = [r for r in reports if r["occurrence"] > 1]
    assert len(first) == sum(len(seen) for seen in seen_per_window)
    assert len(repeats) == 5 * sampler.max_repeat_lines
    assert all(r["occurrence"] & (r["occurrence"] - 1) == 0 for r in repeats)
    assert len(reports) + len(summaries) <= 5 * (len(distinct) + sampler.max_repeat_lines + 1)
    # every distinct label of every interval is reported in that interval
    by_window: list[set[str]] = [set() for _ in range(5)]
    window = 0
    for event in lines.events:
        if event["event"] == SUMMARY_EVENT:
            window += 1
        else:
            by_window[window].add(event["label"])
    assert [set(seen) for seen in seen_per_window] == by_window
    # nothing is lost: logged + suppressed == sightings
    assert len(reports) + sum(s["suppressed"] for s in summaries) == total
    assert all(s["untracked"] == 0 for s in summaries)
    assert summaries[0]["top_repeated"][0]["label"] == "label-0"
    assert len(summaries[0]["top_repeated"]) == 10


def test_distinct_labels_beyond_the_cap_are_counted_not_logged(lines: Lines) -> None:
    clock = FakeClock()
    sampler = sampler_for(lines, clock, interval=60, max_labels=100)
    for i in range(1000):
        sampler.report(f"l{i}")
    assert len(lines.named(REPORT_EVENT)) == 100
    assert sampler.flush()
    (summary,) = lines.named(SUMMARY_EVENT)
    assert summary["untracked"] == 900
    assert summary["distinct_labels"] == 100
    assert summary["untracked_examples"] == ["l100", "l101", "l102", "l103", "l104"]


def test_repeat_lines_have_a_budget_first_sightings_do_not(lines: Lines) -> None:
    clock = FakeClock()
    sampler = sampler_for(lines, clock, interval=60, max_repeat_lines=3)
    for _ in range(1000):
        sampler.report("hot")
    assert [r["occurrence"] for r in lines.named(REPORT_EVENT)] == [1, 2, 4, 8]
    assert sampler.report("new") is True  # a first sighting is always logged
    assert sampler.report("new") is False  # its repeat is over the budget
    clock.now += 60
    assert sampler.report("hot") and sampler.report("hot")  # a new interval, a new budget
    summary = lines.named(SUMMARY_EVENT)[0]
    assert summary["suppressed"] == 1000 - 4 + 1
    assert summary["top_repeated"] == [{"label": "hot", "seen": 1000}, {"label": "new", "seen": 2}]


@pytest.mark.parametrize(
    ("label", "shown"),
    [
        (None, "None"),
        (b"Series\xff A", "b'Series\\xff A'"),
        (42, "42"),
        ("x" * 5_000_000, "x" * (MAX_LABEL_CHARS - 1) + "\u2026"),
        ('"}\n{"event": "forged"', '"}\n{"event": "forged"'),
        ("\x00\u202e", "\x00\u202e"),
    ],
)
def test_hostile_labels_stay_one_bounded_json_line(lines: Lines, label: object, shown: str) -> None:
    clock = FakeClock()
    sampler = sampler_for(lines, clock)
    assert sampler.report(label, object()) is True
    (event,) = lines.events
    assert event["label"] == shown
    assert len(event["label"]) <= MAX_LABEL_CHARS
    assert len(event["suggestions"]) == 1


def test_extra_fields_are_logged_but_cannot_overwrite(lines: Lines) -> None:
    sampler = sampler_for(lines, FakeClock())
    sampler.report("x", ["seed"], mode="warn", kind="distribution", label="forged", msg="boom",
                   occurrence=99, _private=1)
    (event,) = lines.events
    assert (event["mode"], event["kind"], event["label"], event["occurrence"]) == ("warn", "distribution", "x", 1)
    assert "msg" not in event and "_private" not in event


def test_suggestions_are_bounded(lines: Lines) -> None:
    sampler = sampler_for(lines, FakeClock())
    sampler.report("x", (f"s{i}" * 1000 for i in range(10**9)))  # a huge generator
    sampler.report("y", "series_a")  # a bare string is one suggestion, not its letters
    sampler.report("z", None)
    a, b, c = lines.events
    assert len(a["suggestions"]) == 3 and all(len(s) <= MAX_LABEL_CHARS for s in a["suggestions"])
    assert b["suggestions"] == ["series_a"]
    assert c["suggestions"] == []


@pytest.mark.parametrize(
    "kw", [{"interval": 0}, {"interval": -1}, {"interval": float("nan")}, {"max_labels": 0},
           {"max_labels": True}, {"max_labels": 1.5}, {"max_repeat_lines": -1}],
)
def test_bad_settings_are_refused(kw: dict[str, Any]) -> None:
    with pytest.raises(ValueError):
        UnknownLabelSampler(**kw)


def test_concurrent_reports_are_counted_exactly(lines: Lines) -> None:
    clock = FakeClock()
    sampler = sampler_for(lines, clock, interval=60, max_repeat_lines=10**6)
    threads, per_thread = 8, 25_000
    barrier = threading.Barrier(threads)

    def work(n: int) -> None:
        barrier.wait()
        for i in range(per_thread):
            sampler.report("hot")
            sampler.report(f"t{n}-{i % 10}")

    workers = [threading.Thread(target=work, args=(n,)) for n in range(threads)]
    for t in workers:
        t.start()
    for t in workers:
        t.join()
    sampler.flush()
    hot = [r for r in lines.named(REPORT_EVENT) if r["label"] == "hot"]
    total_hot = threads * per_thread
    assert sorted(r["occurrence"] for r in hot) == [2**k for k in range(total_hot.bit_length())]
    (summary,) = lines.named(SUMMARY_EVENT)
    reported = len(lines.named(REPORT_EVENT))
    assert summary["reported"] == reported
    assert reported + summary["suppressed"] == 2 * total_hot
    assert summary["distinct_labels"] == 1 + threads * 10


def test_default_sampler_logs_json_through_stagenorm_logging() -> None:
    """The process-wide sampler writes real JSON lines through logs.configure()."""
    script = (
        "import io, sys\n"
        "from stagenorm import logs\n"
        "from stagenorm.sampling import UNKNOWN_LABELS\n"
        "logs.configure(stream=sys.stdout)\n"
        "for _ in range(1000):\n"
        "    UNKNOWN_LABELS.report('Seires A', ['series_a'])\n"
        # no flush: the summary is written at exit (atexit)
    )
    done = subprocess.run([sys.executable, "-c", script], cwd=REPO, capture_output=True, text=True,
                          timeout=60, check=True)
    events = [json.loads(line) for line in done.stdout.splitlines()]
    assert [e["event"] for e in events] == [REPORT_EVENT] * 10 + [SUMMARY_EVENT]
    assert events[0]["logger"] == "stagenorm.validation"
    assert events[-1]["suppressed"] == 1000 - 10
    assert UNKNOWN_LABELS.interval == 60


def test_a_forked_child_does_not_inherit_a_held_lock() -> None:
    """Fork while another thread holds the sampler's lock: the child still reports."""
    script = (
        "import os, sys, threading, logging\n"
        "from stagenorm.sampling import UnknownLabelSampler\n"
        "s = UnknownLabelSampler(logging.getLogger('x'))\n"
        "held = threading.Event(); release = threading.Event()\n"
        "def hold():\n"
        "    with s._lock:\n"
        "        held.set(); release.wait()\n"
        "t = threading.Thread(target=hold); t.start(); held.wait()\n"
        "pid = os.fork()\n"
        "if pid == 0:\n"
        "    os._exit(0 if s.report('child-label') else 3)\n"
        "release.set(); t.join()\n"
        "_, status = os.waitpid(pid, 0)\n"
        "sys.exit(os.waitstatus_to_exitcode(status))\n"
    )
    done = subprocess.run([sys.executable, "-W", "ignore::DeprecationWarning", "-c", script],
                          cwd=REPO, capture_output=True, text=True, timeout=60, check=False)
    assert done.returncode == 0, done.stderr


def test_report_output_stream_is_one_line_per_event() -> None:
    """With the real JsonFormatter on a stream, a flood becomes a handful of lines."""
    stream = io.StringIO()
    logger = logging.getLogger("stagenorm.test_sampling.stream")
    handler = logging.StreamHandler(stream)
    handler.setFormatter(logs.JsonFormatter())
    logger.handlers[:] = [handler]
    logger.propagate = False
    clock = FakeClock()
    sampler = UnknownLabelSampler(logger, clock=clock)
    for _ in range(100_000):
        sampler.report("Pre-Seed-ish\nwith a newline")
    sampler.flush()
    text = stream.getvalue().splitlines()
    assert len(text) == (100_000).bit_length() + 1
    assert all(json.loads(line) for line in text)
