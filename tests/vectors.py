"""The label vectors of tests/data/stage-vectors.tsv: (label, expected key or None)."""

from __future__ import annotations

import ast
from pathlib import Path

PATH = Path(__file__).resolve().parent / "data" / "stage-vectors.tsv"


def load(path: Path = PATH) -> list[tuple[str, str | None]]:
    rows = []
    for number, line in enumerate(path.read_text("utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        label, expected = line.split("\t")
        value = ast.literal_eval(label)
        if not isinstance(value, str):
            raise ValueError(f"{path.name}:{number}: the label must be a string literal")
        rows.append((value, expected.strip() or None))
    return rows


VECTORS = load()
