"""`make test` runs the short version of every benchmark and compares it with its baseline."""

from __future__ import annotations

import pytest

from benchmarks import common, run
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
