"""The test tiers: every test module belongs to exactly one, and conftest marks its tests with it.

- ``fast``: the inner loop. Pure Python (rules, signing, sampling, configuration, redaction,
  the repository's own files) plus the few tests that need only the session's PostgreSQL
  and Redis through the library (validation). ``make test-fast`` runs this tier alone.
- ``database``: SQL and the Python that drives it, against the session's real PostgreSQL
  and Redis, in-process.
- ``system``: whole programs as a user runs them: subprocesses (``stagenorm ...``, psql,
  pg_dump, gunicorn), live servers, the wheel in a fresh virtualenv, the docs' sessions
  and runbook, the benchmarks' tools.
- ``compat``: ``tests/compat/``, other PostgreSQL versions, a non-superuser owner and
  PgBouncer (``make test-compat``).

``make test`` runs every tier. A new test module must be added here: collection fails
otherwise (conftest), and ``tests/test_tiers.py`` checks this table against the files.
``python -m tests.tiers fast`` prints a tier's files (what ``make test-fast`` runs).
"""

from __future__ import annotations

import sys
from pathlib import Path

TESTS = Path(__file__).resolve().parent
REPO = TESTS.parent

TIERS: dict[str, tuple[str, ...]] = {
    "fast": (
        "tests/test_config.py",
        "tests/test_layout.py",
        "tests/test_packaging.py",
        "tests/test_repository.py",
        "tests/test_rules.py",
        "tests/test_sampling.py",
        "tests/test_signing.py",
        "tests/test_tiers.py",
        "tests/test_validation.py",
        "tests/security/test_redaction.py",
    ),
    "database": (
        "tests/test_backfill.py",
        "tests/test_collector.py",
        "tests/test_compose.py",
        "tests/test_consumers.py",
        "tests/test_distribution_sql.py",
        "tests/test_osa_distance_sql.py",
        "tests/test_enforce.py",
        "tests/test_enforce_attacks.py",
        "tests/test_harness.py",
        "tests/test_metrics_cli.py",
        "tests/test_metrics_contract.py",
        "tests/test_migration_history.py",
        "tests/test_migrations.py",
        "tests/test_modes_cli.py",
        "tests/test_modes_gate.py",
        "tests/test_modes_sql.py",
        "tests/test_modes_store.py",
        "tests/test_observability.py",
        "tests/test_orm.py",
        "tests/test_parity.py",
        "tests/test_portable.py",
        "tests/test_policy.py",
        "tests/test_preflight.py",
        "tests/test_search_path.py",
        "tests/test_sqlstates.py",
        "tests/test_taxonomy_sql.py",
        "tests/test_webhook.py",
        "tests/test_webhook_replay.py",
        "tests/security/test_redis_is_a_cache.py",
        "tests/security/test_webhook_edges.py",
    ),
    "system": (
        "tests/test_alertmanager_e2e.py",
        "tests/test_backfill_cli.py",
        "tests/test_backfill_crash.py",
        "tests/test_backup.py",
        "tests/test_benchmarks.py",
        "tests/test_demo.py",
        "tests/test_doc_sessions.py",
        "tests/test_instructions_tool.py",
        "tests/test_managed_install.py",
        "tests/test_metrics_e2e.py",
        "tests/test_metrics_multiprocess.py",
        "tests/test_openapi.py",
        "tests/test_runbook.py",
        "tests/test_webhook_live.py",
        "tests/test_wheel.py",
        "tests/security/test_private_backups.py",
    ),
    "compat": (
        "tests/compat/test_compat.py",
        "tests/compat/test_pooler.py",
        "tests/compat/test_test_servers.py",
    ),
}

TIER_OF: dict[str, str] = {path: tier for tier, paths in TIERS.items() for path in paths}


def tier_of(path: Path) -> str | None:
    """The tier of a test module given by path, or None when the table does not list it."""
    try:
        relative = path.resolve().relative_to(REPO).as_posix()
    except ValueError:
        return None
    return TIER_OF.get(relative)


def in_tree(path: Path) -> bool:
    """Whether a test module is one of the repository's (not one a test writes elsewhere and
    runs with this conftest as a plugin)."""
    return path.resolve().is_relative_to(TESTS)


def test_modules() -> list[str]:
    """Every test module in the tree, as pytest collects them (``test_*.py`` under tests/)."""
    return sorted(path.relative_to(REPO).as_posix() for path in TESTS.rglob("test_*.py"))


if __name__ == "__main__":
    names = sys.argv[1:] or ["fast"]
    unknown = [name for name in names if name not in TIERS]
    if unknown:
        sys.exit(f"tests.tiers: no tier {', '.join(unknown)}; tiers: {', '.join(TIERS)}")
    print(" ".join(path for name in names for path in TIERS[name]))
