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
"""

from __future__ import annotations

import os
from typing import Any

from sqlalchemy import create_engine, pool

from alembic import context
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


def run_migrations_on(connection: Any) -> None:
    migrations.prepare_version_table(connection)
    context.configure(connection=connection, **migrations.context_options())
    with context.begin_transaction():
        context.run_migrations()
    migrations.drop_version_schema_at_base(connection)


def run_migrations_online() -> None:
    shared = config.attributes.get("connection")
    if shared is not None:
        run_migrations_on(shared)
        return
    engine = create_engine(database_url(), poolclass=pool.NullPool)
    with engine.connect() as connection:
        run_migrations_on(connection)


def run_migrations_offline() -> None:
    """``alembic upgrade --sql``: the script, beginning with the version table's schema.
    (A revision recorded in an older public.alembic_version is moved online only.)"""
    context.configure(url=database_url(), literal_binds=True, **migrations.context_options())
    with context.begin_transaction():
        context.execute(f"CREATE SCHEMA IF NOT EXISTS {migrations.VERSION_SCHEMA}")
        context.run_migrations()


if context.is_offline_mode():
    run_migrations_offline()
else:
    run_migrations_online()
