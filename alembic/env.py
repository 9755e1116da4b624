"""Alembic environment: the database comes from DATABASE_URL (or -x url=...).

The implementation of the reading rules comes from -x implementation=auto|plpython|plpgsql
(or STAGENORM_IMPLEMENTATION; default auto) and reaches the migration as the setting
stagenorm.implementation of the migrating session only (sql/implementation.sql).
"""

from __future__ import annotations

import os

from sqlalchemy import Connection, create_engine, pool, text

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


IMPLEMENTATIONS = ("auto", "plpython", "plpgsql")


def implementation() -> str:
    chosen = (
        context.get_x_argument(as_dictionary=True).get("implementation")
        or context.config.attributes.get("implementation")
        or os.environ.get("STAGENORM_IMPLEMENTATION")
        or "auto"
    )
    if chosen not in IMPLEMENTATIONS:
        raise SystemExit(
            f"stagenorm: unknown implementation {chosen!r}: use one of {', '.join(IMPLEMENTATIONS)} "
            "(-x implementation=... or STAGENORM_IMPLEMENTATION)"
        )
    return chosen


def check_plpython(connection: Connection) -> None:
    """plpython asked for where it cannot be installed: one clear message, no traceback."""
    row = connection.execute(text(
        "SELECT EXISTS (SELECT FROM pg_catalog.pg_extension WHERE extname = 'plpython3u') AS installed, "
        "EXISTS (SELECT FROM pg_catalog.pg_available_extensions WHERE name = 'plpython3u') AS available, "
        "(SELECT rolsuper FROM pg_catalog.pg_roles WHERE rolname = current_user) AS superuser, "
        "current_user AS role, current_setting('server_version_num')::integer / 10000 AS major"
    )).one()
    connection.rollback()
    if row.installed or (row.available and row.superuser):
        return
    if not row.available:
        raise SystemExit(
            "stagenorm: --implementation plpython needs PL/Python, and this server has no plpython3u "
            f"package; install it (Debian: apt-get install postgresql-plpython3-{row.major}), or "
            "migrate with --implementation plpgsql (or auto)"
        )
    raise SystemExit(
        f"stagenorm: --implementation plpython needs PL/Python, and role {row.role} is not a superuser, "
        "which creating plpython3u (an untrusted language) requires; run the migration as a superuser, "
        "have one run CREATE EXTENSION plpython3u first, or migrate with --implementation plpgsql (or auto)"
    )


def run_migrations_online() -> None:
    chosen = implementation()
    engine = create_engine(database_url(), poolclass=pool.NullPool)
    with engine.connect() as connection:
        if chosen == "plpython":
            check_plpython(connection)
        # For this session only (is_local false: it outlives each migration's transaction).
        connection.execute(text("SELECT pg_catalog.set_config('stagenorm.implementation', :v, false)"),
                           {"v": chosen})
        connection.commit()
        context.configure(connection=connection, transaction_per_migration=True)
        with context.begin_transaction():
            context.run_migrations()


if context.is_offline_mode():
    context.configure(url=database_url(), literal_binds=True)
    with context.begin_transaction():
        context.run_migrations()
else:
    run_migrations_online()
