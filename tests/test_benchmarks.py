"""`make test` runs the short version of every benchmark and compares it with its baseline
(a smoke check, 3x); the speed gate (benchmarks/gate.py, `make bench-check`) is checked here
by its arithmetic only: it measures speed, so it runs alone, after the tests."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from benchmarks import common, gate, run
from benchmarks.labels import distinct_labels
from stagenorm import normalize_stage, rules, taxonomy
from tests import harness
from tests.conftest import create_database


@pytest.mark.parametrize("name", run.discover())
def test_quick_benchmark_within_3x_of_baseline(
    name: str, pg_server: harness.PostgresServer, template_db: str, redis_url: str
) -> None:
    url = create_database(pg_server, f"bench_{name}", template_db)
    ctx = common.Context(database_url=url, redis_url=redis_url, quick=True)
    measurements = run.run_module(name, ctx)
    assert measurements, f"{name} measured nothing"
    assert common.check(name, True, measurements) == []


def figure(name: str, *samples: float, gated: bool = True) -> gate.Figure:
    return gate.Figure(name, list(samples), "reference", gated=gated)


def test_gate_reads_the_median_and_fails_outside_a_band_of_1_5x() -> None:
    baseline = {"a": 10.0, "b": 10.0, "c": 10.0}
    within = [figure("a", 14.0, 9.0, 100.0), figure("b", 7.0, 6.0, 7.0), figure("c", 10.0, 10.0, 10.0)]
    assert gate.check(within, baseline) == []
    slower, faster = figure("a", 16.0, 15.5, 1.0), figure("b", 6.0, 6.5, 6.6)
    failures = gate.check([slower, faster, figure("c", 10.0, 10.0, 10.0)], baseline)
    assert len(failures) == 2
    assert failures[0].startswith("a: 15.5 vs baseline 10: 1.55x slower")
    assert failures[1].startswith("b: 6.5 vs baseline 10: 1.54x faster")


def test_gate_fails_on_a_figure_missing_from_the_run_or_from_the_baseline() -> None:
    produced = [figure("a", 10.0, 10.0, 10.0), figure("new", 1.0, 1.0, 1.0),
                figure("reported", 1.0, 1.0, 1.0, gated=False)]
    failures = gate.check(produced, {"a": 10.0, "gone": 3.0})
    assert failures == [
        "gone: in gate.json but this run did not produce it",
        "new: no baseline; run: make bench-check SAVE=1",
    ]


def test_the_saved_gate_baseline_has_every_gated_figure_and_nothing_else() -> None:
    assert set(json.loads(gate.BASELINE.read_text())) == set(gate.GATED)


def test_common_check_fails_on_a_baseline_figure_the_run_did_not_produce(tmp_path: Path,
                                                                           monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(common, "BASELINES", tmp_path)
    (tmp_path / "bench_x.quick.json").write_text(json.dumps({"kept": 1.0, "x_cpu_ratio": 1.0}))
    measured = [common.Measurement("kept", 1.0, "ratio", "lower")]
    assert common.check("bench_x", True, measured) == [
        "bench_x:x_cpu_ratio: in the baseline but this run did not produce it"]


def test_uncached_labels_are_distinct_across_rounds_and_miss_the_fast_path() -> None:
    rounds = [distinct_labels(2000, 1_000_000 + r * 2000) for r in range(4)]
    every = [label for labels in rounds for label in labels]
    assert len(set(every)) == len(every) == 8000
    fast = rules.fast_path_labels(taxonomy.default_taxonomy())
    assert not fast.keys() & {label for label in every if label is not None}
    keys = [normalize_stage(label) for label in every]
    assert sum(k is not None for k in keys) > len(keys) / 2  # mostly known labels, read by the rules
