"""The servers of the compatibility suite: where stagenorm must run besides Debian's 15.

Each target is a PostgreSQL a user may have, started once per session (pytest groups the
tests by target, so one extra server runs at a time):

- ``pg14``, ``pg16``, ``pg17``, ``pg18``: the upstream servers of
  ``scripts/ensure-test-postgres.sh`` (fetched and cached on first use), whose PL/Python
  cannot load: a server without PL/Python, as managed services are. Installed by the
  bootstrap superuser.
- ``pg15-owner``: Debian's PostgreSQL 15 (PL/Python available) in a cluster of its own,
  installed and used by a database owner that is not superuser (``LOGIN CREATEROLE
  CREATEDB NOSUPERUSER``), as on Neon, RDS or Cloud SQL: it cannot create ``plpython3u``.
- ``pg15-pgbouncer``: the session's PostgreSQL 15 behind PgBouncer in transaction pooling
  mode. Installed over the direct URL (``migrate`` refuses the pooled one); everything an
  application does goes through the pooler.
"""

from __future__ import annotations

import contextlib
import itertools
import os
import shutil
import subprocess
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import psycopg
import pytest
from psycopg import sql
from psycopg.rows import dict_row

from stagenorm import embedded
from stagenorm.migrations import upgrade
from tests import harness

REPO = harness.REPO
ENSURE = REPO / "scripts" / "ensure-test-postgres.sh"
OWNER = "sn_owner"  # the managed-service database owner of pg15-owner
UPSTREAM = {"pg14": 14, "pg16": 16, "pg17": 17, "pg18": 18}  # scripts/test-postgres.lock
TARGETS = (*UPSTREAM, "pg15-owner", "pg15-pgbouncer")
_counter = itertools.count()


def upstream_bindir(major: int) -> Path:
    """The cached server binaries of ``major`` (fetched, verified and cached when missing)."""
    done = subprocess.run([str(ENSURE), "--bindir", str(major)], capture_output=True, text=True,
                          timeout=900, check=False)
    if done.returncode != 0:
        raise harness.ServiceUnavailable(
            f"PostgreSQL {major} test binaries unavailable: {done.stderr.strip()}")
    return Path(done.stdout.strip())


@dataclass
class Target:
    """One server a user may have, and how stagenorm reaches it there."""

    name: str
    server: harness.PostgresServer  # its superuser URL creates databases and roles
    owner: str  # the role that installs stagenorm and owns the databases
    superuser: bool  # whether ``owner`` is superuser
    plpython: bool  # whether the install can create plpython3u there
    major: int
    pooler: embedded.PgBouncer | None = None

    def direct_url(self, dbname: str) -> str:
        """As the owner, straight to PostgreSQL: install, backfill, backup."""
        url = self.server.url_for(dbname)
        return url.replace("postgres@", f"{self.owner}@", 1)

    def app_url(self, dbname: str) -> str:
        """As the owner, the way applications connect (through the pooler where there is one)."""
        if self.pooler is not None:
            return self.pooler.url_for(dbname, self.owner)
        return self.direct_url(dbname)

    def admin(self) -> psycopg.Connection[dict[str, Any]]:
        return psycopg.connect(self.server.url, autocommit=True, row_factory=dict_row)

    def create_database(self, name: str, template: str = "template0") -> None:
        """A database owned by the owner (CREATE DATABASE as the owner: it has CREATEDB)."""
        with psycopg.connect(self.direct_url("postgres"), autocommit=True) as conn:
            conn.execute(sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(sql.Identifier(name)))
            conn.execute(sql.SQL("CREATE DATABASE {} TEMPLATE {}").format(
                sql.Identifier(name), sql.Identifier(template)))

    def drop_database(self, name: str) -> None:
        with self.admin() as conn:
            conn.execute(sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(sql.Identifier(name)))

    @property
    def expected_implementation(self) -> str:
        return "plpython" if self.plpython else "plpgsql"


@contextlib.contextmanager
def _workdir(prefix: str) -> Iterator[Path]:
    path = Path(tempfile.mkdtemp(prefix=prefix))
    try:
        yield path
    finally:
        shutil.rmtree(path, ignore_errors=True)


def _owner_role(server: harness.PostgresServer) -> None:
    with psycopg.connect(server.url, autocommit=True) as conn:
        conn.execute(sql.SQL("CREATE ROLE {} LOGIN CREATEROLE CREATEDB NOSUPERUSER").format(
            sql.Identifier(OWNER)))


@pytest.fixture(scope="session", params=TARGETS)
def target(request: pytest.FixtureRequest) -> Iterator[Target]:
    name: str = request.param
    if name in UPSTREAM:
        major = UPSTREAM[name]
        with _workdir(f"stagenorm-{name}-") as work:
            server = embedded.start_local_postgres(work, upstream_bindir(major), shared_buffers="32MB")
            try:
                yield Target(name, server, "postgres", True, False, major)
            finally:
                server.stop()
    elif name == "pg15-owner":
        with _workdir("stagenorm-pg15-owner-") as work:
            server = embedded.start_local_postgres(work, shared_buffers="32MB")
            try:
                _owner_role(server)
                yield Target(name, server, OWNER, False, False, 15)
            finally:
                server.stop()
    elif name == "pg15-pgbouncer":
        pg_server: harness.PostgresServer = request.getfixturevalue("pg_server")
        with _workdir("stagenorm-pgbouncer-") as work:
            bouncer = embedded.start_pgbouncer(work, pg_server, pool_mode="transaction")
            try:
                yield Target(name, pg_server, "postgres", True, True, 15, pooler=bouncer)
            finally:
                bouncer.stop()
    else:  # pragma: no cover - TARGETS and this function go together
        raise AssertionError(name)


@pytest.fixture(scope="session")
def installed(target: Target) -> str:
    """A database of the target migrated to head by its owner: the template of ``compat_db``."""
    name = f"compat_template_{target.name.replace('-', '_')}"
    target.create_database(name)
    upgrade(target.direct_url(name))
    return name


@pytest.fixture(scope="session")
def shared_db(target: Target, installed: str) -> str:
    """A migrated database for tests that only read (the template itself must stay
    unconnected: a pooler keeps server connections open to what it was asked for)."""
    name = f"compat_shared_{target.name.replace('-', '_')}"
    target.create_database(name, installed)
    return name


@pytest.fixture
def compat_db(target: Target, installed: str) -> Iterator[str]:
    """A fresh migrated database of this test's own on the target (name; URLs from target)."""
    name = f"compat_t{os.getpid()}_{next(_counter)}"
    target.create_database(name, installed)
    yield name
    target.drop_database(name)

