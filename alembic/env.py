"""Alembic environment of stagenorm: its own history, in stagenorm.alembic_version.

The database, first found of: ``-x url=...``; the URL the caller passed
(``stagenorm migrate``, :func:`stagenorm.migrations.upgrade`); ``sqlalchemy.url`` of the
ini section (``alembic -n stagenorm ...``); ``DATABASE_URL``. A caller may instead hand
over an open connection (``config.attributes["connection"]``:
:func:`stagenorm.migrations.upgrade_in`, from an application's own env.py); stagenorm's
revisions then run in that connection's transaction.

Before Alembic reads the version, :func:`stagenorm.migrations.prepare_version_table`
makes stagenorm's version table (and moves stagenorm's revision out of an older
``public.alembic_version``); after a downgrade to base, the emptied schema is dropped.
Settings that choose what a revision installs are read in :func:`options`.

Role names: ``-x admin_role=... -x monitor_role=...`` or STAGENORM_ADMIN_ROLE /
STAGENORM_MONITOR_ROLE name existing roles to grant to instead of creating stagenorm_admin
and stagenorm_monitor (see stagenorm.migrations and docs/where-it-runs.md). A database
error ends in one message (SQLSTATE, message, detail, hint), never a traceback.
"""

from __future__ import annotations

import os
from typing import Any

import psycopg
from sqlalchemy import create_engine, pool
from sqlalchemy.exc import DBAPIError

from alembic import context
from alembic.util import CommandError
from stagenorm import migrations

config = context.config


def options() -> dict[str, str]:
    """``-x key=value`` arguments of the alembic command line."""
    return dict(context.get_x_argument(as_dictionary=True))


def database_url() -> str:
    url = (
        options().get("url")
        or config.attributes.get("url")
        or config.get_main_option("sqlalchemy.url")
        or os.environ.get("DATABASE_URL")
    )
    if not url:
        raise SystemExit("DATABASE_URL is not set: export DATABASE_URL=postgresql://user@host/db")
    return migrations.sqlalchemy_url(url)


def role_settings() -> dict[str, str]:
    """-x on the command line, else what stagenorm.migrations.upgrade passed in."""
    given = dict(config.attributes.get("role_settings") or {})
    given.update(options())
    return given


def run_migrations_on(connection: Any, own: bool) -> None:
    """Migrate on ``connection``; ``own``: ours alone (not an application's transaction)."""
    dbapi = connection.connection.dbapi_connection
    assert dbapi is not None
    with dbapi.cursor() as cursor:
        config.attributes["stagenorm_roles"] = migrations.resolve_role_names(cursor, role_settings())
    migrations.prepare_version_table(connection)
    try:
        context.configure(connection=connection, **migrations.context_options())
        with context.begin_transaction():
            context.run_migrations()
    except Exception:
        if own:  # a first install that failed leaves nothing behind, not even the version table
            connection.rollback()
            migrations.drop_version_schema_at_base(connection)
        raise
    migrations.drop_version_schema_at_base(connection)


def run_migrations_online() -> None:
    try:
        shared = config.attributes.get("connection")
        if shared is not None:
            run_migrations_on(shared, own=False)
            return
        engine = create_engine(database_url(), poolclass=pool.NullPool)
        with engine.connect() as connection:
            run_migrations_on(connection, own=True)
    except (psycopg.Error, DBAPIError) as exc:
        message, hint = migrations.explain(exc)
        raise CommandError(message + (f"\nHINT: {hint}" if hint else "")) from None
    except migrations.MigrationFailed as exc:
        raise CommandError(exc.message + (f"\nHINT: {exc.hint}" if exc.hint else "")) from None


def run_migrations_offline() -> None:
    """``alembic upgrade --sql``: the script, beginning with the version table's schema.
    (A revision recorded in an older public.alembic_version is moved online only; role
    names come from the settings alone, as there is no database to read them from.)"""
    named = migrations.requested_role_names(role_settings())
    config.attributes["stagenorm_roles"] = migrations.RoleNames(
        admin=named.get("admin_role", "stagenorm_admin"), monitor=named.get("monitor_role", "stagenorm_monitor"))
    context.configure(url=database_url(), literal_binds=True, **migrations.context_options())
    with context.begin_transaction():
        context.execute(f"CREATE SCHEMA IF NOT EXISTS {migrations.VERSION_SCHEMA}")
        context.run_migrations()


if context.is_offline_mode():
    run_migrations_offline()
else:
    run_migrations_online()
