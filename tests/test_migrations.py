"""Migrations build the same database as sql/, and downgrade removes everything."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import psycopg
import pytest

from stagenorm import install
from stagenorm.migrations import alembic_config, head_revision
from tests import harness
from tests.conftest import create_database, drop_database
from tests.harness import REPO

DATA_QUERIES = {
    "stage": "SELECT key, display_name, position FROM stagenorm.stage ORDER BY key",
    "stage_alias": "SELECT alias, stage_key, decorable FROM stagenorm.stage_alias ORDER BY alias",
    "taxonomy_word": "SELECT word, kind FROM stagenorm.taxonomy_word ORDER BY word",
    "python_module": "SELECT name, sha256 FROM stagenorm.python_module ORDER BY name",
    "taxonomy_state": "SELECT version FROM stagenorm.taxonomy_state",
}


def schema_dump(server: harness.PostgresServer, dbname: str) -> str:
    bindir = harness.find_pg_bindir()
    pg_dump = str(bindir / "pg_dump") if bindir else "pg_dump"
    out = subprocess.run(
        # Alembic's version table is the one thing a migrated database has in addition.
        [pg_dump, "--schema-only", "--no-owner", "--schema=stagenorm",
         "--exclude-table=stagenorm.alembic_version", server.url_for(dbname)],
        capture_output=True, text=True, check=True,
    ).stdout
    # Drop what differs between any two dumps: version banners, \restrict nonces.
    noise = ("-- Dumped", "\\restrict", "\\unrestrict")
    return "\n".join(line for line in out.splitlines() if not line.startswith(noise))


def data_of(url: str) -> dict[str, list[tuple[object, ...]]]:
    with psycopg.connect(url) as conn:
        return {name: conn.execute(q).fetchall() for name, q in DATA_QUERIES.items()}  # type: ignore[arg-type]


@pytest.fixture
def sql_built(pg_server: harness.PostgresServer) -> str:
    name = "stagenorm_from_sql"
    url = create_database(pg_server, name)
    with psycopg.connect(url, autocommit=True) as conn:
        conn.execute(install.render().encode())
    yield name
    drop_database(pg_server, name)


def test_migrations_and_sql_build_the_same_catalog(
    pg_server: harness.PostgresServer, template_db: str, sql_built: str
) -> None:
    migrated = schema_dump(pg_server, template_db)
    from_sql = schema_dump(pg_server, sql_built)
    assert "CREATE FUNCTION stagenorm.normalize_stage" in migrated
    assert migrated == from_sql
    assert data_of(pg_server.url_for(template_db)) == data_of(pg_server.url_for(sql_built))


def test_frozen_migration_is_the_rendered_sql() -> None:
    """Until 0001 ships it is re-rendered by `make freeze`; this keeps it in step with sql/."""
    frozen = (REPO / "alembic" / "versions" / "0001_initial.sql").read_text("utf-8")
    assert frozen == install.render(), "run: make freeze"


def test_every_sql_file_is_installed() -> None:
    """A file outside sql/<capability>/<kind>/ (or a new capability not listed) would be left out."""
    on_disk = {path.relative_to(install.SQL_DIR) for path in install.SQL_DIR.rglob("*.sql")}
    rendered = [path.relative_to(install.SQL_DIR) for path in install.object_files()]
    assert len(rendered) == len(set(rendered))
    assert on_disk == set(rendered)


def test_every_sql_file_opens_with_a_comment() -> None:
    for path in install.object_files():
        first = path.read_text("utf-8").lstrip().splitlines()[0]
        assert first.startswith("--"), f"{path} must open with a comment saying what it is for"


def test_upgrade_then_downgrade_base_removes_everything(pg_server: harness.PostgresServer) -> None:
    from alembic import command

    name = "stagenorm_updown"
    url = create_database(pg_server, name)
    try:
        cfg = alembic_config(url)
        command.upgrade(cfg, "head")
        with psycopg.connect(url) as conn:
            assert conn.execute("SELECT stagenorm.normalize_stage('Series A')").fetchone() == ("series_a",)
            assert conn.execute("SELECT version_num FROM stagenorm.alembic_version").fetchone() == (head_revision(),)
            assert conn.execute("SELECT to_regclass('public.alembic_version')").fetchone() == (None,)
        command.downgrade(cfg, "base")
        with psycopg.connect(url) as conn:
            assert conn.execute("SELECT count(*) FROM pg_namespace WHERE nspname = 'stagenorm'").fetchone() == (0,)
            assert conn.execute("SELECT count(*) FROM pg_extension WHERE extname = 'plpython3u'").fetchone() == (0,)
    finally:
        drop_database(pg_server, name)


def test_alembic_cli_from_repo_root(pg_server: harness.PostgresServer) -> None:
    """What a deployer types: `alembic upgrade head` in the repository root with DATABASE_URL set."""
    name = "stagenorm_cli_upgrade"
    url = create_database(pg_server, name)
    try:
        alembic = Path(sys.executable).parent / "alembic"
        done = subprocess.run([str(alembic), "upgrade", "head"], cwd=REPO, env={"DATABASE_URL": url, "PATH": "/usr/bin:/bin"},
                              capture_output=True, text=True, check=False)
        assert done.returncode == 0, done.stderr
        with psycopg.connect(url) as conn:
            assert conn.execute("SELECT stagenorm.normalize_stage('pre-IPO')").fetchone() == ("late_stage",)
    finally:
        drop_database(pg_server, name)
