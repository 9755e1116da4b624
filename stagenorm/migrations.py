"""stagenorm's Alembic migrations: its own history, recorded in its own version table.

stagenorm is installed into databases whose applications often use Alembic too, so it
never shares their ``alembic_version``: its revisions are recorded in
``stagenorm.alembic_version`` (:data:`VERSION_SCHEMA`, :data:`VERSION_TABLE`). Two ways to
deploy (``UPGRADING.md``):

- a separate step: ``stagenorm migrate`` (or ``alembic -n stagenorm upgrade head`` with a
  ``[stagenorm]`` section whose ``script_location = stagenorm:alembic``);
- inside the application's own Alembic: its ``env.py`` calls :func:`upgrade_in` on its
  connection, so ``alembic upgrade head`` brings stagenorm to head in the same transaction,
  before the application's own revisions (which may then use stagenorm's functions).

Every revision applies a frozen SQL file beside it (:func:`run_frozen_sql`). The
migrations come from :func:`stagenorm.resources.product_dir` (the installed package, or
the checkout), and ``alembic/env.py`` is the one place the migration context is set up.
"""

from __future__ import annotations

import argparse
import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

from stagenorm.resources import product_dir

if TYPE_CHECKING:
    from sqlalchemy.engine import Connection

    from alembic.config import Config

VERSION_SCHEMA = "stagenorm"
VERSION_TABLE = "alembic_version"
#: Where revision 0001 recorded itself before stagenorm had its own version table.
LEGACY_VERSION_TABLE = "public.alembic_version"


def run_frozen_sql(op: Any, revision_file: str, name: str) -> None:
    """Execute ``name``, a file beside the revision whose text never changes after it ships."""
    sql = (Path(revision_file).parent / name).read_text("utf-8")
    context = op.get_context()
    if context.as_sql:  # `alembic upgrade --sql`: the text into the script, as it is
        context.impl.static_output(sql)
        return
    # Straight to the driver's cursor, without parameters: the text reaches PostgreSQL as
    # it is (no placeholder parsing of '%' or ':'), inside Alembic's transaction.
    with op.get_bind().connection.dbapi_connection.cursor() as cursor:
        cursor.execute(sql)


# -- configuration -------------------------------------------------------------------------


def script_location() -> str:
    """The folder of env.py and versions/: stagenorm/alembic installed, alembic/ in a checkout."""
    return str(product_dir("alembic"))


def alembic_config(url: str | None = None) -> Config:
    """stagenorm's Alembic configuration; no ini file needed (the logging is the caller's)."""
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", script_location())
    if url:
        # Not sqlalchemy.url: an ini value goes through ConfigParser interpolation, and a
        # password may hold '%'. env.py reads this attribute first.
        config.attributes["url"] = url
    return config


def sqlalchemy_url(url: str) -> str:
    """SQLAlchemy needs the driver named; users give plain libpq URLs."""
    for prefix in ("postgresql://", "postgres://"):
        if url.startswith(prefix):
            return "postgresql+psycopg://" + url[len(prefix):]
    return url


def context_options() -> dict[str, Any]:
    """What ``context.configure`` needs besides the connection (alembic/env.py)."""
    return {
        "version_table": VERSION_TABLE,
        "version_table_schema": VERSION_SCHEMA,
        "transaction_per_migration": True,
    }


def head_revision() -> str | None:
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(alembic_config()).get_current_head()


def revisions() -> set[str]:
    from alembic.script import ScriptDirectory

    return {script.revision for script in ScriptDirectory.from_config(alembic_config()).walk_revisions()}


# -- the version table ---------------------------------------------------------------------

# Each step only when missing: CREATE SCHEMA checks the database privilege before IF NOT
# EXISTS, and COMMENT needs the owner, and a later migrate may run as a role with neither.
_CREATE_VERSION_TABLE = f"""
DO $$
BEGIN
  IF pg_catalog.to_regnamespace('{VERSION_SCHEMA}') IS NULL THEN
    CREATE SCHEMA {VERSION_SCHEMA};
  END IF;
  IF pg_catalog.to_regclass('{VERSION_SCHEMA}.{VERSION_TABLE}') IS NULL THEN
    CREATE TABLE {VERSION_SCHEMA}.{VERSION_TABLE} (
      version_num varchar(32) NOT NULL,
      CONSTRAINT {VERSION_TABLE}_pkc PRIMARY KEY (version_num)
    );
    COMMENT ON TABLE {VERSION_SCHEMA}.{VERSION_TABLE} IS
      'The Alembic revision stagenorm''s schema is at (stagenorm migrate); stagenorm''s own, never the application''s alembic_version.';
  END IF;
END
$$;
"""


@contextmanager
def _transaction(connection: Connection) -> Iterator[None]:
    """The caller's transaction when there is one (it commits), else one of our own."""
    if connection.in_transaction():
        yield
    else:
        with connection.begin():
            yield


def prepare_version_table(connection: Connection) -> str | None:
    """Make ``stagenorm.alembic_version``, and move stagenorm's revision over from
    ``public.alembic_version`` where an older stagenorm recorded it. Returns the revision
    moved, if any.

    This runs before Alembic reads the version, which is why it is here and not in a
    revision: a database at 0001 in the old table has no row in the new one, so Alembic
    would take it for an empty database and run 0001 again. A row is moved only when it is
    stagenorm's: the table's only row, naming one of stagenorm's revisions, in a database
    where stagenorm's schema is installed. The old table is dropped when that leaves it
    empty (stagenorm created it); an application's rows are never touched.
    """
    from sqlalchemy import text
    from sqlalchemy.exc import DBAPIError

    with _transaction(connection):
        connection.exec_driver_sql(_CREATE_VERSION_TABLE)
        if connection.execute(text(f"SELECT to_regclass('{LEGACY_VERSION_TABLE}') IS NULL")).scalar():
            return None
        if connection.execute(text(f"SELECT count(*) FROM {VERSION_SCHEMA}.{VERSION_TABLE}")).scalar():
            return None  # already moved, or recorded here from the start
        if connection.execute(text(
            "SELECT to_regprocedure('stagenorm.normalize_stage(text)') IS NULL"
        )).scalar():
            return None  # stagenorm's schema is not installed: the old table is not ours
        rows: list[str] = list(connection.execute(text(f"SELECT version_num FROM {LEGACY_VERSION_TABLE}")).scalars())
        if len(rows) != 1 or rows[0] not in revisions():
            return None
        moved = str(rows[0])
        connection.execute(text(f"INSERT INTO {VERSION_SCHEMA}.{VERSION_TABLE} (version_num) VALUES (:v)"),
                           {"v": moved})
        connection.execute(text(f"DELETE FROM {LEGACY_VERSION_TABLE} WHERE version_num = :v"), {"v": moved})
        try:
            with connection.begin_nested():
                connection.exec_driver_sql(f"DROP TABLE {LEGACY_VERSION_TABLE}")
        except DBAPIError as exc:
            # Not the owner, or a view on it: an empty table left behind is harmless.
            if getattr(exc.orig, "sqlstate", None) not in ("42501", "2BP01"):
                raise
        return moved


def drop_version_schema_at_base(connection: Connection) -> bool:
    """After a downgrade to base: drop schema stagenorm when all it holds is the empty
    version table, so that nothing of stagenorm is left. True when it was dropped."""
    from sqlalchemy import text
    from sqlalchemy.exc import DBAPIError

    with _transaction(connection):
        if connection.execute(text(f"SELECT to_regclass('{VERSION_SCHEMA}.{VERSION_TABLE}') IS NULL")).scalar():
            return False
        if connection.execute(text(f"SELECT count(*) FROM {VERSION_SCHEMA}.{VERSION_TABLE}")).scalar():
            return False  # stagenorm is installed
        try:
            with connection.begin_nested():
                connection.exec_driver_sql(f"DROP TABLE {VERSION_SCHEMA}.{VERSION_TABLE}")
                connection.exec_driver_sql(f"DROP SCHEMA {VERSION_SCHEMA} RESTRICT")
        except DBAPIError as exc:
            if getattr(exc.orig, "sqlstate", None) == "2BP01":
                return False  # something else lives in the schema: leave it all
            raise
        return True


# -- deploying -----------------------------------------------------------------------------


def upgrade(url: str, revision: str = "head") -> None:
    """``alembic upgrade head`` of stagenorm for ``url`` (what ``stagenorm migrate`` runs)."""
    from alembic import command

    command.upgrade(alembic_config(url), revision)


def downgrade(url: str, revision: str) -> None:
    from alembic import command

    command.downgrade(alembic_config(url), revision)


def upgrade_in(connection: Connection, revision: str = "head") -> None:
    """Bring stagenorm to ``revision`` on an application's connection, from its ``env.py``::

        from stagenorm.migrations import upgrade_in

        with connectable.connect() as connection:
            context.configure(connection=connection, target_metadata=target_metadata)
            with context.begin_transaction():
                upgrade_in(connection)  # stagenorm first: the app's revisions may use it
                context.run_migrations()

    stagenorm's revisions run in the application's transaction when it has one (they
    commit together), else in one of their own, and are recorded in
    ``stagenorm.alembic_version``; the application's ``alembic_version`` is not touched.
    It only upgrades: the application's ``alembic downgrade`` leaves stagenorm alone (remove
    stagenorm with ``alembic -n stagenorm downgrade base``).
    """
    import alembic.context
    import alembic.op
    from alembic import command

    config = alembic_config()
    config.attributes["connection"] = connection
    # alembic.context and alembic.op are module-level proxies to the one running
    # environment; a nested command replaces and then clears them, so the application's
    # env.py would find them gone. Put the application's back afterwards.
    saved = [(module, getattr(module, "_proxy", None)) for module in (alembic.context, alembic.op)]
    try:
        with _transaction(connection):
            command.upgrade(config, revision)
    finally:
        for module, proxy in saved:
            if proxy is not None and getattr(module, "_proxy", None) is not proxy:
                proxy._install_proxy()


# -- the command ---------------------------------------------------------------------------


def register(commands: Any) -> None:
    parser = commands.add_parser(
        "migrate",
        help="alembic upgrade head for DATABASE_URL",
        description="Install or upgrade stagenorm in the database (alembic upgrade head). stagenorm "
        "records its revision in stagenorm.alembic_version, never in the application's alembic_version.",
    )
    parser.add_argument("--database-url", default=os.environ.get("DATABASE_URL"),
                        help="libpq URL (default: $DATABASE_URL)")
    parser.add_argument("--revision", default="head", help="target revision (default: head)")

    def migrate(args: argparse.Namespace) -> int:
        if not args.database_url:
            from stagenorm.exceptions import ConfigurationError

            raise ConfigurationError("DATABASE_URL is not set", hint="export DATABASE_URL=postgresql://user@host/db")
        upgrade(args.database_url, args.revision)
        print(f"stagenorm: database at revision {args.revision}")
        return 0

    parser.set_defaults(func=migrate)
