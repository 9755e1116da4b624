"""`stagenorm migrate`: install or upgrade stagenorm in DATABASE_URL (stagenorm.migrations does it)."""

from __future__ import annotations

import argparse
import os
from typing import Any

from stagenorm.migrations import IMPLEMENTATIONS, MigrationFailed, explain, upgrade


def register(commands: Any) -> None:
    parser = commands.add_parser(
        "migrate",
        help="alembic upgrade head for DATABASE_URL",
        description="Install or upgrade stagenorm in the database (alembic upgrade head). Run it as "
        "the database owner (a superuser is not needed where PL/Python is not used) over a direct "
        "connection, not a transaction pooler. The roles stagenorm_admin and stagenorm_monitor are "
        "created when missing (needs CREATEROLE); or name existing roles with STAGENORM_ADMIN_ROLE "
        "and STAGENORM_MONITOR_ROLE. See docs/where-it-runs.md.",
    )
    parser.add_argument("--database-url", default=os.environ.get("DATABASE_URL"),
                        help="libpq URL (default: $DATABASE_URL)")
    parser.add_argument("--revision", default="head", help="target revision (default: head)")
    parser.add_argument("--admin-role", default=os.environ.get("STAGENORM_ADMIN_ROLE"),
                        help="existing role to grant the admin privileges to, instead of creating "
                        "stagenorm_admin (default: $STAGENORM_ADMIN_ROLE)")
    parser.add_argument(
        "--implementation", choices=IMPLEMENTATIONS,
        default=os.environ.get("STAGENORM_IMPLEMENTATION") or "auto",
        help="reading rules: plpython (PL/Python; needs a superuser or plpython3u created), "
        "plpgsql (portable, e.g. managed services) or auto: plpython where it can be installed "
        "(default: $STAGENORM_IMPLEMENTATION, else auto)",
    )
    parser.add_argument("--monitor-role", default=os.environ.get("STAGENORM_MONITOR_ROLE"),
                        help="existing role to grant the read-only monitoring privileges to, instead of "
                        "creating stagenorm_monitor (default: $STAGENORM_MONITOR_ROLE)")

    def migrate(args: argparse.Namespace) -> int:
        if not args.database_url:
            from stagenorm.exceptions import ConfigurationError

            raise ConfigurationError("DATABASE_URL is not set", hint="export DATABASE_URL=postgresql://user@host/db")
        from alembic.util import CommandError

        try:
            upgrade(args.database_url, args.revision,
                    {"admin_role": args.admin_role, "monitor_role": args.monitor_role}, args.implementation)
        except CommandError as exc:  # alembic/env.py explained a database error
            text, _, given = str(exc).partition("\nHINT: ")
            raise MigrationFailed(text, hint=given or None) from exc
        except Exception as exc:  # a database error before or after env.py ran
            import psycopg
            import sqlalchemy.exc

            if not isinstance(exc, psycopg.Error | sqlalchemy.exc.DBAPIError):
                raise
            message, hint = explain(exc)
            raise MigrationFailed(message, hint=hint) from exc
        from stagenorm.config import Settings
        from stagenorm.preflight import implementation

        installed = implementation(Settings(database_url=args.database_url))
        rules = f" (reading rules: {installed})" if installed else ""
        print(f"stagenorm: database at revision {args.revision}{rules}")
        return 0

    parser.set_defaults(func=migrate)
