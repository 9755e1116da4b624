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


def require_direct_connection() -> None:
    """A migration needs its own session (stagenorm.pooling says why): refuse a pooled URL."""
    from stagenorm.exceptions import StagenormError
    from stagenorm.pooling import require_direct_connection as require

    url = database_url().replace("postgresql+psycopg://", "postgresql://", 1)
    try:
        require(url, "stagenorm migrate")
    except StagenormError as exc:  # one clear message, from `alembic` and `stagenorm migrate` alike
        raise SystemExit(f"stagenorm: {exc.message}" + (f"\nhint: {exc.hint}" if exc.hint else "")) from exc


def run_migrations_online() -> None:
    require_direct_connection()
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
    run_migrations_online()
