"""Helpers for Alembic revisions, which apply frozen SQL files, and `stagenorm migrate`.

The frozen SQL grants to two roles, ``stagenorm_admin`` and ``stagenorm_monitor``, and
creates them when missing (which needs CREATEROLE). Where the migrating role cannot create
roles, existing roles may be named instead (:data:`ROLE_SETTINGS`: ``STAGENORM_ADMIN_ROLE``
/ ``STAGENORM_MONITOR_ROLE``, or ``alembic -x admin_role=... -x monitor_role=...``); the
frozen text is then applied with those names in place of the defaults, as a migration tool
fills in placeholders: the file never changes, and every grant, membership check and
comment names the role the database really has. A name must be a plain lower-case SQL
identifier, so that it reads the same as an identifier and inside a string literal.

Whatever the install cannot do ends in one message (SQLSTATE, message, detail, hint, and
what to do for the privileges we know of), never a traceback: :func:`explain` is used by
``alembic/env.py`` (``alembic upgrade head``) and by ``stagenorm migrate``.
"""

from __future__ import annotations

import os
import re
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from stagenorm.exceptions import StagenormError

# (alembic -x key, environment variable, default role name)
ROLE_SETTINGS = (
    ("admin_role", "STAGENORM_ADMIN_ROLE", "stagenorm_admin"),
    ("monitor_role", "STAGENORM_MONITOR_ROLE", "stagenorm_monitor"),
)
_PLAIN_NAME = re.compile(r"^[a-z_][a-z0-9_]{0,62}$")
DOCS = "docs/where-it-runs.md"


class MigrationFailed(StagenormError):
    """The migration failed; nothing was changed (each revision is one transaction)."""


@dataclass(frozen=True)
class RoleNames:
    """The roles the migration grants to: the defaults, or existing roles named instead."""

    admin: str = "stagenorm_admin"
    monitor: str = "stagenorm_monitor"

    def substitute(self, sql: str) -> str:
        """``sql`` with the default role names replaced by these (whole words only)."""
        mapping = {"stagenorm_admin": self.admin, "stagenorm_monitor": self.monitor}
        if all(k == v for k, v in mapping.items()):
            return sql
        return re.sub(r"(?<![A-Za-z0-9_$])(stagenorm_admin|stagenorm_monitor)(?![A-Za-z0-9_$])",
                      lambda m: mapping[m.group(1)], sql)


def requested_role_names(x_args: Mapping[str, str], environ: Mapping[str, str] | None = None) -> dict[str, str]:
    """The role names the user set (``-x`` first, then the environment), by -x key."""
    environ = os.environ if environ is None else environ
    chosen: dict[str, str] = {}
    for key, env, _default in ROLE_SETTINGS:
        value = (x_args.get(key) or environ.get(env) or "").strip()
        if not value:
            continue
        if not _PLAIN_NAME.match(value) or value.startswith("pg_"):
            raise MigrationFailed(
                f"{env} (alembic -x {key}) is {value!r}: a role name here must be a plain lower-case "
                "SQL identifier (letters, digits, _; not starting with pg_)",
                hint=f"rename the role or create one with such a name; see {DOCS}",
            )
        chosen[key] = value
    return chosen


def installed_role_names(cursor: Any) -> dict[str, str]:
    """The roles an installed schema grants to, read from the privileges of two functions
    only those roles may run (set_mode: admin; value_counts_total: monitor and admin)."""
    grantees = (
        "SELECT r.rolname FROM pg_catalog.pg_proc AS p"
        "  CROSS JOIN LATERAL pg_catalog.aclexplode(p.proacl) AS a"
        "  JOIN pg_catalog.pg_roles AS r ON r.oid = a.grantee"
        " WHERE p.oid = pg_catalog.to_regprocedure(%s) AND a.grantee <> p.proowner"
        "   AND a.privilege_type = 'EXECUTE' ORDER BY 1"
    )
    cursor.execute(grantees, ["stagenorm.set_mode(text, text, text, text, text, boolean)"])
    admins = [row[0] for row in cursor.fetchall()]
    cursor.execute(grantees, ["stagenorm.value_counts_total()"])
    monitors = [row[0] for row in cursor.fetchall() if row[0] not in admins]
    found: dict[str, str] = {}
    if len(admins) == 1:
        found["admin_role"] = admins[0]
    if len(monitors) == 1:
        found["monitor_role"] = monitors[0]
    return found


def resolve_role_names(cursor: Any, x_args: Mapping[str, str], environ: Mapping[str, str] | None = None) -> RoleNames:
    """The names to apply: as set by the user, else as installed, else the defaults. A setting
    that contradicts an installed schema is refused: its grants would go to another role."""
    chosen = requested_role_names(x_args, environ)
    installed = installed_role_names(cursor)
    for key, env, _default in ROLE_SETTINGS:
        if key in chosen and key in installed and chosen[key] != installed[key]:
            raise MigrationFailed(
                f"{env} is {chosen[key]!r}, but the installed schema grants to {installed[key]!r}",
                hint=f"unset {env} (upgrades keep the installed roles), or set it to {installed[key]!r}",
            )
    names = {key: chosen.get(key) or installed.get(key) or default for key, _env, default in ROLE_SETTINGS}
    if names["admin_role"] == names["monitor_role"]:
        raise MigrationFailed(f"the admin and monitor roles would both be {names['admin_role']!r}",
                              hint="the monitor role must be a separate, read-only role")
    return RoleNames(admin=names["admin_role"], monitor=names["monitor_role"])


def run_frozen_sql(op: Any, revision_file: str, name: str) -> None:
    """Execute ``name``, a file beside the revision whose text never changes after it ships,
    with the role names ``alembic/env.py`` resolved (the defaults when it resolved none)."""
    sql = (Path(revision_file).parent / name).read_text("utf-8")
    config = op.get_context().config
    roles = (config.attributes.get("stagenorm_roles") if config is not None else None) or RoleNames()
    # Straight to the driver's cursor, without parameters: the text reaches PostgreSQL as
    # it is (no placeholder parsing of '%' or ':'), inside Alembic's transaction.
    with op.get_bind().connection.dbapi_connection.cursor() as cursor:
        cursor.execute(roles.substitute(sql))


# What to do, for the refusals a non-superuser install meets, when the server gives no hint.
_FIXES: tuple[tuple[str, str, str], ...] = (
    ("42501", "plpython3u",
     "plpython3u is an untrusted language: only a superuser may create it or functions in it. "
     "Run the migration as a superuser, or, on a server where no superuser is available "
     f"(managed services), install the portable implementation; see {DOCS}"),
    ("42501", "permission denied for database",
     "the migrating role needs CREATE on the database: GRANT CREATE ON DATABASE <db> TO <role>, "
     "or run the migration as the database owner"),
    ("42501", "must be owner of",
     "run the migration as the role that owns the database and the stagenorm schema"),
    ("42501", "permission denied to create extension",
     "the extension is not trusted on this server: have a superuser create it, or see " + DOCS),
    ("42501", "",
     f"the migrating role lacks a privilege: run `stagenorm preflight` to list what the install needs ({DOCS})"),
    ("58P01", "plpython3",
     "PL/Python is missing or does not load on this server (e.g. apt-get install postgresql-plpython3-NN); "
     f"on a server without it, see {DOCS}"),
    ("08", "", "check DATABASE_URL: host, port, database, user, password"),
    ("28", "", "check DATABASE_URL: user and password"),
)


def explain(exc: BaseException) -> tuple[str, str | None]:
    """A database error as one message and a hint: SQLSTATE, message, detail, and the fix."""
    import psycopg

    orig = getattr(exc, "orig", None)  # SQLAlchemy wraps the driver's error
    err = orig if isinstance(orig, psycopg.Error) else exc
    if not isinstance(err, psycopg.Error):
        return str(exc), None
    diag = err.diag
    state = err.sqlstate or ""
    primary: str = diag.message_primary or (str(err).strip().splitlines() or ["no message"])[0]
    message = f"migration failed: {primary}" + (f" (SQLSTATE {state})" if state else "")
    if diag.message_detail:
        message += f"\nDETAIL: {diag.message_detail}"
    hint: str | None = diag.message_hint
    if hint is None or DOCS not in hint:  # our own SQL's hints already say what to do
        text = f"{primary} {diag.message_detail or ''}"
        fix = next((fix for code, needle, fix in _FIXES if state.startswith(code) and needle in text), None)
        if fix is None and not state and isinstance(err, psycopg.OperationalError):
            fix = "check DATABASE_URL: host, port, database, user, password"
        if fix:
            hint = f"{hint} {fix}" if hint else fix
    return message, hint


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


def upgrade(url: str, revision: str = "head", roles: Mapping[str, str | None] | None = None) -> None:
    """`alembic upgrade head` for ``url``; ``roles`` may name existing roles by -x key
    (``admin_role``, ``monitor_role``), as ``-x`` does on alembic's command line."""
    from alembic import command

    config = alembic_config()
    config.attributes["role_settings"] = {k: v for k, v in (roles or {}).items() if v}
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
                    {"admin_role": args.admin_role, "monitor_role": args.monitor_role})
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
        print(f"stagenorm: database at revision {args.revision}")
        return 0

    parser.set_defaults(func=migrate)
