"""stagenorm's own migration history beside an application's: the two ways to deploy.

Every test starts from a database whose application already uses Alembic: an
``alembic_version`` row ``a1b2c3d4e5f6`` and a table ``public.deals`` with rows. stagenorm
must leave both as they were, both when it is a separate deploy step (``stagenorm migrate``,
``alembic -n stagenorm ...``) and when it runs inside the application's own Alembic
(:func:`stagenorm.migrations.upgrade_in` in the application's env.py).
"""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import psycopg
import pytest

from alembic.util import CommandError
from stagenorm import migrations
from tests import harness
from tests.conftest import create_database, drop_database
from tests.harness import REPO

APP_REVISION = "a1b2c3d4e5f6"
ALEMBIC = str(Path(sys.executable).parent / "alembic")

APP_SCHEMA = f"""
CREATE TABLE public.alembic_version (
  version_num varchar(32) NOT NULL,
  CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)
);
INSERT INTO public.alembic_version VALUES ('{APP_REVISION}');
CREATE TABLE public.deals (id bigserial PRIMARY KEY, company text NOT NULL, stage text);
INSERT INTO public.deals (company, stage) VALUES ('Acme', 'Series-A'), ('Globex', 'seeed'), ('Initech', NULL);
"""


@pytest.fixture
def app_db(pg_server: harness.PostgresServer) -> Iterator[str]:
    """A database of an application that uses Alembic, without stagenorm."""
    name = f"stagenorm_app_{os.getpid()}"
    url = create_database(pg_server, name)
    with psycopg.connect(url, autocommit=True) as conn:
        conn.execute(APP_SCHEMA.encode())
    yield url
    drop_database(pg_server, name)


def one(url: str, sql: str) -> Any:
    with psycopg.connect(url) as conn:
        row = conn.execute(sql.encode()).fetchone()
        return row[0] if row else None


def rows(url: str, sql: str) -> list[tuple[Any, ...]]:
    with psycopg.connect(url) as conn:
        return conn.execute(sql.encode()).fetchall()


def application_state(url: str) -> dict[str, Any]:
    """Everything of the application's: its catalog (pg_dump of schema public) and its rows."""
    bindir = harness.find_pg_bindir()
    pg_dump = str(bindir / "pg_dump") if bindir else "pg_dump"
    dump = subprocess.run([pg_dump, "--schema-only", "--no-owner", "--schema=public", url],
                          capture_output=True, text=True, check=True).stdout
    noise = ("-- Dumped", "\\restrict", "\\unrestrict")
    return {
        "catalog": [line for line in dump.splitlines() if not line.startswith(noise)],
        "alembic_version": rows(url, "SELECT version_num FROM public.alembic_version"),
        "deals": rows(url, "SELECT id, company, stage FROM public.deals ORDER BY id"),
    }


def stagenorm_revision(url: str) -> str | None:
    if one(url, "SELECT to_regclass('stagenorm.alembic_version')") is None:
        return None
    return one(url, "SELECT max(version_num) FROM stagenorm.alembic_version")  # type: ignore[no-any-return]


def stagenorm_left(url: str) -> int:
    return one(url, "SELECT count(*) FROM pg_namespace WHERE nspname LIKE 'stagenorm%'")  # type: ignore[no-any-return]


def run(args: list[str], url: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    env = {"DATABASE_URL": url, "PATH": f"{Path(sys.executable).parent}:/usr/bin:/bin"}
    return subprocess.run(args, cwd=cwd, env=env, capture_output=True, text=True, timeout=300, check=False)


# -- a separate deploy step ------------------------------------------------------------------


def test_stagenorm_migrate_then_alembic_downgrade_leave_the_application_as_it_was(app_db: str) -> None:
    before = application_state(app_db)
    done = run([sys.executable, "-m", "stagenorm.cli", "migrate"], app_db, REPO)
    assert done.returncode == 0, done.stderr
    assert stagenorm_revision(app_db) == migrations.head_revision()
    assert one(app_db, "SELECT stagenorm.normalize_stage('Series-A')") == "series_a"
    assert application_state(app_db) == before

    # Again: nothing to do, still nothing of the application's touched.
    done = run([sys.executable, "-m", "stagenorm.cli", "migrate"], app_db, REPO)
    assert done.returncode == 0, done.stderr
    assert application_state(app_db) == before

    # `alembic -n stagenorm`: the [stagenorm] section of the repository's alembic.ini.
    done = run([ALEMBIC, "-n", "stagenorm", "current"], app_db, REPO)
    assert done.returncode == 0 and str(migrations.head_revision()) in done.stdout, done.stderr
    done = run([ALEMBIC, "-n", "stagenorm", "downgrade", "base"], app_db, REPO)
    assert done.returncode == 0, done.stderr
    assert stagenorm_left(app_db) == 0
    assert application_state(app_db) == before

    done = run([ALEMBIC, "-n", "stagenorm", "upgrade", "head"], app_db, REPO)
    assert done.returncode == 0, done.stderr
    assert stagenorm_revision(app_db) == migrations.head_revision()
    assert application_state(app_db) == before


def test_downgrade_refuses_while_application_objects_depend_on_stagenorm(app_db: str) -> None:
    migrations.upgrade(app_db)
    with psycopg.connect(app_db, autocommit=True) as conn:
        conn.execute("SELECT stagenorm.enforce_stage_column('public.deals', 'stage')")
        conn.execute("CREATE INDEX deals_stage_key ON public.deals (stagenorm.normalize_stage(stage))")
    before = application_state(app_db)

    # env.py turns the database's refusal into one message with its SQLSTATE, detail and hint
    with pytest.raises(CommandError, match=r"SQLSTATE 2BP01") as refused:
        migrations.downgrade(app_db, "base")
    assert "index deals_stage_key" in str(refused.value) and "Nothing was changed" in str(refused.value)
    assert stagenorm_revision(app_db) == migrations.head_revision()
    assert application_state(app_db) == before  # the trigger and the index are still there
    assert one(app_db, "SELECT count(*) FROM stagenorm.enforced_columns()") == 1

    with psycopg.connect(app_db, autocommit=True) as conn:
        conn.execute("SELECT stagenorm.release_stage_column('public.deals', 'stage')")
        conn.execute("DROP INDEX public.deals_stage_key")
    released = application_state(app_db)
    migrations.downgrade(app_db, "base")
    assert stagenorm_left(app_db) == 0
    assert application_state(app_db) == released


# -- inside the application's own Alembic ----------------------------------------------------

APP_ENV = '''
"""An application's env.py, as Alembic's template writes it, plus one line for stagenorm."""
import os

from sqlalchemy import create_engine, pool

from alembic import context
from stagenorm.migrations import sqlalchemy_url, upgrade_in

engine = create_engine(sqlalchemy_url(os.environ["DATABASE_URL"]), poolclass=pool.NullPool)
with engine.connect() as connection:
    context.configure(connection=connection, target_metadata=None)
    with context.begin_transaction():
        upgrade_in(connection)  # stagenorm first: the application's revisions may use it
        context.run_migrations()
'''

APP_REVISIONS = {
    APP_REVISION: ("None", "CREATE TABLE public.deals (id bigserial PRIMARY KEY, company text NOT NULL, stage text)",
                   "DROP TABLE public.deals"),
    "b2c3d4e5f6a7": (repr(APP_REVISION),
                     "CREATE INDEX deals_stage_key ON public.deals (stagenorm.normalize_stage(stage))",
                     "DROP INDEX public.deals_stage_key"),
    "c3d4e5f6a7b8": ('"b2c3d4e5f6a7"', "SELECT 1 / 0", "SELECT 1"),
}


def write_app_revision(versions: Path, revision: str) -> None:
    down, up_sql, down_sql = APP_REVISIONS[revision]
    versions.joinpath(f"{revision}.py").write_text(textwrap.dedent(f'''
        from alembic import op

        revision = "{revision}"
        down_revision = {down}
        branch_labels = None
        depends_on = None


        def upgrade() -> None:
            op.execute("{up_sql}")


        def downgrade() -> None:
            op.execute("{down_sql}")
    '''))


@pytest.fixture
def app_project(tmp_path: Path) -> Path:
    """An application's Alembic project: alembic.ini, env.py and its first revision."""
    (tmp_path / "alembic.ini").write_text("[alembic]\nscript_location = %(here)s/migrations\n")
    (tmp_path / "migrations" / "versions").mkdir(parents=True)
    (tmp_path / "migrations" / "env.py").write_text(APP_ENV)
    (tmp_path / "migrations" / "script.py.mako").write_text("")
    write_app_revision(tmp_path / "migrations" / "versions", APP_REVISION)
    return tmp_path


def test_application_alembic_upgrade_brings_stagenorm_along(app_db: str, app_project: Path) -> None:
    before = application_state(app_db)
    done = run([ALEMBIC, "upgrade", "head"], app_db, app_project)
    assert done.returncode == 0, done.stderr
    assert stagenorm_revision(app_db) == migrations.head_revision()
    assert application_state(app_db) == before  # the application was at its head already

    # The application's next revision uses stagenorm; its own downgrade leaves stagenorm be.
    write_app_revision(app_project / "migrations" / "versions", "b2c3d4e5f6a7")
    done = run([ALEMBIC, "upgrade", "head"], app_db, app_project)
    assert done.returncode == 0, done.stderr
    assert rows(app_db, "SELECT version_num FROM public.alembic_version") == [("b2c3d4e5f6a7",)]
    assert one(app_db, "SELECT to_regclass('public.deals_stage_key')::text") == "deals_stage_key"
    done = run([ALEMBIC, "downgrade", APP_REVISION], app_db, app_project)
    assert done.returncode == 0, done.stderr
    assert application_state(app_db) == before
    assert stagenorm_revision(app_db) == migrations.head_revision()


def test_one_transaction_with_the_application(app_db: str, app_project: Path) -> None:
    """When the application's revision fails, stagenorm's rolls back with it."""
    before = application_state(app_db)
    versions = app_project / "migrations" / "versions"
    write_app_revision(versions, "b2c3d4e5f6a7")
    write_app_revision(versions, "c3d4e5f6a7b8")  # divides by zero
    done = run([ALEMBIC, "upgrade", "head"], app_db, app_project)
    assert done.returncode != 0 and "DivisionByZero" in done.stderr
    assert stagenorm_left(app_db) == 0
    assert application_state(app_db) == before


# -- installs from before stagenorm had its own version table ---------------------------------


def test_migrate_moves_an_older_install_out_of_public_alembic_version(db_url: str) -> None:
    # An install made when 0001 recorded itself in public.alembic_version.
    with psycopg.connect(db_url, autocommit=True) as conn:
        conn.execute("DROP TABLE stagenorm.alembic_version")
        conn.execute("CREATE TABLE public.alembic_version (version_num varchar(32) PRIMARY KEY)")
        conn.execute("INSERT INTO public.alembic_version VALUES ('0001')")
        conn.execute("SELECT stagenorm.add_alias('round alpha', 'series_a', 'ops', 'kept across the move')")
    migrations.upgrade(db_url)
    assert stagenorm_revision(db_url) == migrations.head_revision()
    assert one(db_url, "SELECT to_regclass('public.alembic_version')") is None
    assert one(db_url, "SELECT stagenorm.normalize_stage('Round Alpha')") == "series_a"  # 0001 did not run again


def test_an_applications_own_0001_is_not_taken_for_stagenorms(app_db: str) -> None:
    with psycopg.connect(app_db, autocommit=True) as conn:
        conn.execute("UPDATE public.alembic_version SET version_num = '0001'")
    before = application_state(app_db)
    migrations.upgrade(app_db)
    assert stagenorm_revision(app_db) == migrations.head_revision()
    assert application_state(app_db) == before


def test_offline_script_installs_stagenorm_with_psql(app_db: str, tmp_path: Path) -> None:
    """`alembic -n stagenorm upgrade head --sql`, for deploys that hand SQL to a DBA."""
    done = run([ALEMBIC, "-n", "stagenorm", "upgrade", "head", "--sql"], app_db, REPO)
    assert done.returncode == 0, done.stderr
    script = tmp_path / "stagenorm.sql"
    script.write_text(done.stdout)
    before = application_state(app_db)
    bindir = harness.find_pg_bindir()
    psql = str(bindir / "psql") if bindir else "psql"
    applied = subprocess.run([psql, "-X", "-q", "-v", "ON_ERROR_STOP=1", "-f", str(script), app_db],
                             capture_output=True, text=True, timeout=300, check=False)
    assert applied.returncode == 0, applied.stderr
    assert stagenorm_revision(app_db) == migrations.head_revision()
    assert one(app_db, "SELECT stagenorm.normalize_stage('Series-A')") == "series_a"
    assert application_state(app_db) == before
