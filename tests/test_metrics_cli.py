"""`stagenorm metrics`: the database's counts for node_exporter's textfile collector (real CLI)."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import psycopg
import pytest
from prometheus_client.parser import text_string_to_metric_families

from tests import harness
from tests.harness import REPO


def stagenorm(*args: str, database_url: str | None, timeout: float = 120) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k not in ("DATABASE_URL", "PROMETHEUS_MULTIPROC_DIR")}
    if database_url is not None:
        env["DATABASE_URL"] = database_url
    return subprocess.run([sys.executable, "-m", "stagenorm.cli", "metrics", *args], cwd=REPO, env=env,
                          capture_output=True, text=True, timeout=timeout, check=False)


def parse(text: str) -> dict[tuple[str, tuple[tuple[str, str], ...]], float]:
    found = {}
    for family in text_string_to_metric_families(text):
        for s in family.samples:
            found[(s.name, tuple(sorted(s.labels.items())))] = s.value
    return found


@pytest.fixture
def counted(db_url: str) -> Iterator[str]:
    """A database with an enforced table and some values counted by its trigger."""
    with psycopg.connect(db_url, autocommit=True) as conn:
        conn.execute("CREATE TABLE deals (id serial PRIMARY KEY, stage text)")
        conn.execute("SELECT stagenorm.enforce_stage_column('deals', 'stage')")
        conn.execute("SELECT stagenorm.set_mode('warn', 'test', 'metrics cli test')")
        conn.execute("INSERT INTO deals (stage) VALUES ('seed'), ('Series A'), ('no such stage')")
    yield db_url


def values(found: dict[tuple[str, tuple[tuple[str, str], ...]], Any]) -> dict[str, float]:
    return {dict(labels)["outcome"]: v for (name, labels), v in found.items()
            if name == "stagenorm_db_values_total" and dict(labels)["table"] == "public.deals"}


def test_stdout(counted: str) -> None:
    done = stagenorm(database_url=counted)
    assert done.returncode == 0, done.stderr
    found = parse(done.stdout)
    assert values(found) == {"validated": 1, "normalized": 1, "unknown": 1, "rejected": 0}
    names = {name for name, _ in found}
    # only the database's families: no process metrics (node_exporter has its own) and no
    # counters of this short-lived command
    assert names == {"stagenorm_db_values_total", "stagenorm_backfill_jobs", "stagenorm_backfill_rows_total"}


def test_out_file_is_replaced_atomically(counted: str, tmp_path: Path) -> None:
    out = tmp_path / "stagenorm.prom"
    out.write_text("# an older export\n")
    old_inode = out.stat().st_ino
    done = stagenorm("--out", str(out), database_url=counted)
    assert done.returncode == 0, done.stderr
    assert done.stdout == ""
    assert out.stat().st_ino != old_inode  # a new file renamed over the old one, not rewritten in place
    assert oct(out.stat().st_mode & 0o777) == oct(0o644)
    assert values(parse(out.read_text()))["normalized"] == 1
    assert sorted(p.name for p in tmp_path.iterdir()) == ["stagenorm.prom"]  # no temporary left


def test_database_down_leaves_the_previous_file(tmp_path: Path) -> None:
    out = tmp_path / "stagenorm.prom"
    out.write_text("stagenorm_db_values_total{table=\"t\",outcome=\"unknown\"} 5\n")
    before = out.read_bytes()
    url = f"postgresql://postgres@127.0.0.1:{harness.free_port()}/postgres"
    done = stagenorm("--out", str(out), "--timeout", "1", database_url=url)
    assert done.returncode == 1
    assert out.read_bytes() == before
    assert "nothing written" in done.stderr and "hint:" in done.stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == ["stagenorm.prom"]


def test_no_database_url(tmp_path: Path) -> None:
    done = stagenorm("--out", str(tmp_path / "x.prom"), database_url=None)
    assert done.returncode == 2
    assert "DATABASE_URL" in done.stderr
    assert not (tmp_path / "x.prom").exists()


@pytest.mark.parametrize("where", ["missing-dir/x.prom", "a-directory"])
def test_unwritable_destinations_are_clear_errors(counted: str, tmp_path: Path, where: str) -> None:
    (tmp_path / "a-directory").mkdir()
    done = stagenorm("--out", str(tmp_path / where), database_url=counted)
    assert done.returncode == 2
    assert done.stderr.startswith("stagenorm: ") and "hint:" in done.stderr
    assert "Traceback" not in done.stderr


@pytest.mark.parametrize("timeout", ["0", "-1", "1e9", "nan"])
def test_bad_timeouts_are_refused(timeout: str) -> None:
    done = stagenorm("--timeout", timeout, database_url="postgresql://x/y")
    assert done.returncode == 2
    assert "--timeout" in done.stderr


def test_help_names_the_environment() -> None:
    done = stagenorm("--help", database_url=None)
    assert done.returncode == 0
    assert "DATABASE_URL" in done.stdout and "STAGENORM_DB_METRICS_TIMEOUT" in done.stdout
