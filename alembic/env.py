"""Alembic environment: the database comes from DATABASE_URL (or -x url=...).

Role names: ``-x admin_role=... -x monitor_role=...`` or STAGENORM_ADMIN_ROLE /
STAGENORM_MONITOR_ROLE name existing roles to grant to instead of creating stagenorm_admin
and stagenorm_monitor (see stagenorm.migrations and docs/where-it-runs.md). A database
error ends in one message (SQLSTATE, message, detail, hint), never a traceback.
"""

from __future__ import annotations

import os

import psycopg
from sqlalchemy import create_engine, pool
from sqlalchemy.exc import DBAPIError

from alembic import context
from alembic.util import CommandError
from stagenorm import migrations


def database_url() -> str:
    url = context.get_x_argument(as_dictionary=True).get("url") or os.environ.get("DATABASE_URL")
    if not url:
        raise SystemExit("DATABASE_URL is not set: export DATABASE_URL=postgresql://user@host/db")
    # SQLAlchemy needs the driver named; users give plain libpq URLs.
    for prefix in ("postgresql://", "postgres://"):
        if url.startswith(prefix):
            return "postgresql+psycopg://" + url[len(prefix):]
    return url


def role_settings() -> dict[str, str]:
    """-x on the command line, else what stagenorm.migrations.upgrade passed in."""
    given = dict(context.config.attributes.get("role_settings") or {})
    given.update(context.get_x_argument(as_dictionary=True))
    return given


def run_migrations_online() -> None:
    try:
        engine = create_engine(database_url(), poolclass=pool.NullPool)
        with engine.connect() as connection:
            dbapi = connection.connection.dbapi_connection
            assert dbapi is not None
            with dbapi.cursor() as cursor:
                roles = migrations.resolve_role_names(cursor, role_settings())
            dbapi.rollback()
            context.config.attributes["stagenorm_roles"] = roles
            context.configure(connection=connection, transaction_per_migration=True)
            with context.begin_transaction():
                context.run_migrations()
    except (psycopg.Error, DBAPIError) as exc:
        message, hint = migrations.explain(exc)
        raise CommandError(message + (f"\nHINT: {hint}" if hint else "")) from None
    except migrations.MigrationFailed as exc:
        raise CommandError(exc.message + (f"\nHINT: {exc.hint}" if exc.hint else "")) from None


if context.is_offline_mode():
    context.configure(url=database_url(), literal_binds=True)
    with context.begin_transaction():
        context.run_migrations()
else:
    run_migrations_online()
