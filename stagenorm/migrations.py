"""Helpers for Alembic revisions, which apply frozen SQL files."""

from __future__ import annotations

from pathlib import Path
from typing import Any


def run_frozen_sql(op: Any, revision_file: str, name: str) -> None:
    """Execute ``name``, a file beside the revision whose text never changes after it ships."""
    sql = (Path(revision_file).parent / name).read_text("utf-8")
    # Straight to the driver's cursor, without parameters: the text reaches PostgreSQL as
    # it is (no placeholder parsing of '%' or ':'), inside Alembic's transaction.
    with op.get_bind().connection.dbapi_connection.cursor() as cursor:
        cursor.execute(sql)


REPO = Path(__file__).resolve().parents[1]


def alembic_config(url: str | None = None) -> Any:
    """The Alembic configuration of the repository (alembic.ini at its root)."""
    from alembic.config import Config

    config = Config(str(REPO / "alembic.ini"))
    if url:
        config.cmd_opts = None
        config.set_main_option("sqlalchemy.url", url)
        config.attributes["url"] = url
    return config


def head_revision() -> str | None:
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(alembic_config()).get_current_head()


IMPLEMENTATIONS = ("auto", "plpython", "plpgsql")


def upgrade(url: str, revision: str = "head", implementation: str | None = None) -> None:
    """`alembic upgrade head` for ``url``. ``implementation`` (auto, plpython, plpgsql;
    default: $STAGENORM_IMPLEMENTATION, else auto) chooses the reading rules' implementation
    where the migration installs them (sql/implementation.sql)."""
    import os

    from alembic import command

    config = alembic_config()
    if implementation is not None:
        config.attributes["implementation"] = implementation
    previous = os.environ.get("DATABASE_URL")
    os.environ["DATABASE_URL"] = url
    try:
        command.upgrade(config, revision)
    finally:
        if previous is None:
            os.environ.pop("DATABASE_URL", None)
        else:
            os.environ["DATABASE_URL"] = previous


def register(commands: Any) -> None:
    import argparse
    import os

    parser = commands.add_parser(
        "migrate",
        help="alembic upgrade head for DATABASE_URL",
        description="Install or upgrade stagenorm in the database (alembic upgrade head).",
    )
    parser.add_argument("--database-url", default=os.environ.get("DATABASE_URL"),
                        help="libpq URL (default: $DATABASE_URL)")
    parser.add_argument("--revision", default="head", help="target revision (default: head)")
    parser.add_argument(
        "--implementation", choices=IMPLEMENTATIONS,
        default=os.environ.get("STAGENORM_IMPLEMENTATION") or "auto",
        help="reading rules: plpython (PL/Python; needs a superuser or plpython3u created), "
        "plpgsql (portable, e.g. managed services) or auto: plpython where it can be installed "
        "(default: $STAGENORM_IMPLEMENTATION, else auto)",
    )

    def migrate(args: argparse.Namespace) -> int:
        if not args.database_url:
            from stagenorm.exceptions import ConfigurationError

            raise ConfigurationError("DATABASE_URL is not set", hint="export DATABASE_URL=postgresql://user@host/db")
        upgrade(args.database_url, args.revision, args.implementation)
        from stagenorm.config import Settings
        from stagenorm.preflight import reading_rules

        implementation = reading_rules(Settings(database_url=args.database_url))
        rules = f" (reading rules: {implementation})" if implementation else ""
        print(f"stagenorm: database at revision {args.revision}{rules}")
        return 0

    parser.set_defaults(func=migrate)
