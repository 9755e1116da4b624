"""Session fixtures: one real PostgreSQL and one real Redis (see tests/harness.py)."""

from __future__ import annotations

import itertools
import os
from collections.abc import Iterator
from typing import Any

import psycopg
import pytest
from psycopg.rows import dict_row

from stagenorm import signals
from stagenorm.migrations import upgrade
from tests import harness, tiers

TEMPLATE = "stagenorm_template"
SHARED = "stagenorm_shared"
PORTABLE_TEMPLATE = "stagenorm_portable_template"
PORTABLE_SHARED = "stagenorm_portable_shared"
_counter = itertools.count()


def pytest_configure(config: pytest.Config) -> None:
    """SIGTERM (a CI time limit, ``kill``) ends the run as Ctrl-C does: the fixtures'
    finalizers run and stop the servers the session started, instead of leaving them."""
    signals.install_sigterm_interrupts()


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Mark each test with its module's tier (tests/tiers.py); a module in no tier is an error,
    so a new file cannot fall out of ``make test-fast`` or the others unnoticed."""
    unlisted: set[str] = set()
    for item in items:
        if not tiers.in_tree(item.path):
            continue
        tier = tiers.tier_of(item.path)
        if tier is None:
            unlisted.add(str(item.path))
        else:
            item.add_marker(getattr(pytest.mark, tier))
    if unlisted:
        raise pytest.UsageError(
            "test modules in no tier (add them to tests/tiers.py): " + ", ".join(sorted(unlisted))
        )


@pytest.fixture(scope="session")
def pg_server() -> Iterator[harness.PostgresServer]:
    with harness.postgres_server() as server:
        yield server


@pytest.fixture(scope="session")
def redis_server() -> Iterator[harness.RedisServer]:
    with harness.redis_server() as server:
        yield server


def admin(server: harness.PostgresServer) -> psycopg.Connection[Any]:
    return psycopg.connect(server.url, autocommit=True)


def create_database(server: harness.PostgresServer, name: str, template: str = "template0") -> str:
    with admin(server) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        conn.execute(f'CREATE DATABASE "{name}" TEMPLATE "{template}"')
    return server.url_for(name)


def drop_database(server: harness.PostgresServer, name: str) -> None:
    with admin(server) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@pytest.fixture(scope="session")
def template_db(pg_server: harness.PostgresServer) -> str:
    """A database migrated to head, used as the template of every per-test database."""
    url = create_database(pg_server, TEMPLATE)
    upgrade(url)
    return TEMPLATE


@pytest.fixture(scope="session")
def shared_db_url(pg_server: harness.PostgresServer, template_db: str) -> str:
    return create_database(pg_server, SHARED, template_db)


@pytest.fixture
def conn(shared_db_url: str) -> Iterator[psycopg.Connection[dict[str, Any]]]:
    """A connection to a migrated database inside a transaction rolled back afterwards."""
    with psycopg.connect(shared_db_url, row_factory=dict_row) as connection:
        yield connection
        connection.rollback()


@pytest.fixture
def db_url(pg_server: harness.PostgresServer, template_db: str) -> Iterator[str]:
    """A fresh migrated database of this test's own, for tests that commit."""
    name = f"stagenorm_t{os.getpid()}_{next(_counter)}"
    url = create_database(pg_server, name, template_db)
    yield url
    drop_database(pg_server, name)


@pytest.fixture(scope="session")
def portable_template_db(pg_server: harness.PostgresServer) -> str:
    """A database migrated to head with the portable implementation of the reading rules
    (``--implementation plpgsql``) on the same server: stagenorm.implementation() is
    'plpgsql', no _rules_py exists and the database has no PL/Python at all, as on a
    managed service."""
    url = create_database(pg_server, PORTABLE_TEMPLATE)
    upgrade(url, implementation="plpgsql")
    with psycopg.connect(url) as conn:
        assert conn.execute("SELECT count(*) FROM pg_catalog.pg_language WHERE lanname LIKE 'plpython%'"
                            ).fetchone() == (0,)
    return PORTABLE_TEMPLATE


@pytest.fixture(scope="session")
def portable_shared_db_url(pg_server: harness.PostgresServer, portable_template_db: str) -> str:
    return create_database(pg_server, PORTABLE_SHARED, portable_template_db)


@pytest.fixture
def portable_conn(portable_shared_db_url: str) -> Iterator[psycopg.Connection[dict[str, Any]]]:
    """``conn`` for the portable implementation: a transaction rolled back afterwards."""
    with psycopg.connect(portable_shared_db_url, row_factory=dict_row) as connection:
        yield connection
        connection.rollback()


@pytest.fixture
def portable_db_url(pg_server: harness.PostgresServer, portable_template_db: str) -> Iterator[str]:
    """``db_url`` for the portable implementation: a fresh database of this test's own."""
    name = f"stagenorm_p{os.getpid()}_{next(_counter)}"
    url = create_database(pg_server, name, portable_template_db)
    yield url
    drop_database(pg_server, name)


@pytest.fixture
def redis_url(redis_server: harness.RedisServer) -> Iterator[str]:
    """The session's Redis, flushed before each test."""
    import redis

    client = redis.Redis.from_url(redis_server.url)
    client.flushdb()
    client.close()
    yield redis_server.url


@pytest.fixture(scope="session", autouse=True)
def _flush_process_samplers() -> Iterator[None]:
    """Tests feed the process-wide unknown-label sampler; flush it before pytest's summary,
    not at interpreter exit (where it would print after the summary line)."""
    yield
    from stagenorm.sampling import UNKNOWN_LABELS

    UNKNOWN_LABELS.flush()
