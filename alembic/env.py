"""Alembic environment: the database comes from DATABASE_URL (or -x url=...)."""

from __future__ import annotations

import os

from sqlalchemy import create_engine, pool

from alembic import context


def database_url() -> str:
    url = context.get_x_argument(as_dictionary=True).get("url") or os.environ.get("DATABASE_URL")
    if not url:
        raise SystemExit("DATABASE_URL is not set: export DATABASE_URL=postgresql://user@host/db")
    # SQLAlchemy needs the driver named; users give plain libpq URLs.
    for prefix in ("postgresql://", "postgres://"):
        if url.startswith(prefix):
            return "postgresql+psycopg://" + url[len(prefix):]
    return url


def run_migrations_online() -> None:
    engine = create_engine(database_url(), poolclass=pool.NullPool)
    with engine.connect() as connection:
        context.configure(connection=connection, transaction_per_migration=True)
        with context.begin_transaction():
            context.run_migrations()


if context.is_offline_mode():
    context.configure(url=database_url(), literal_binds=True)
    with context.begin_transaction():
        context.run_migrations()
else:
    from stagenorm.pooling import exit_unless_direct  # a migration needs a session of its own

    exit_unless_direct(database_url(), "stagenorm migrate")
    run_migrations_online()
