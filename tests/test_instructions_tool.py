"""benchmarks/instructions.py, the stable (instruction-count) view of the batched job's speed, still runs."""

from __future__ import annotations

import re

import pytest

from benchmarks import instructions


def test_counts_the_plain_update_and_each_batch_size(capsys: pytest.CaptureFixture[str]) -> None:
    assert instructions.main(["--rows", "3000", "--batch-size", "500", "3000"]) == 0
    out = capsys.readouterr().out
    rows = re.findall(r"^\s+(\w+):\s+[\d,]+ M\s+plain UPDATE / this: ([\d.]+)\s+lean UPDATE / this: ([\d.]+)$",
                      out, re.MULTILINE)
    counts = {name: plain for name, plain, _ in rows}
    assert set(counts) == {"update", "lean_update", "batched_500", "batched_3000"}, out
    assert float(counts["update"]) == 1.0
    # One evaluation of normalize_stage fewer per row: fewer instructions.
    assert float(counts["lean_update"]) > 1.0, out
    # More, smaller batches cost more instructions per row: the counts are real.
    assert 0 < float(counts["batched_500"]) < float(counts["batched_3000"]), out
