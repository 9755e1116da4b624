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
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from stagenorm.exceptions import StagenormError
from stagenorm.resources import product_dir

if TYPE_CHECKING:
    from sqlalchemy.engine import Connection

    from alembic.config import Config

VERSION_SCHEMA = "stagenorm"
VERSION_TABLE = "alembic_version"
#: Where revision 0001 recorded itself before stagenorm had its own version table.
LEGACY_VERSION_TABLE = "public.alembic_version"

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
    context = op.get_context()
    config = context.config
    roles = (config.attributes.get("stagenorm_roles") if config is not None else None) or RoleNames()
    if context.as_sql:  # `alembic upgrade --sql`: the text into the script
        context.impl.static_output(roles.substitute(sql))
        return
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


#: The implementations of the reading rules the install can choose (sql/implementation.sql).
IMPLEMENTATIONS = ("auto", "plpython", "plpgsql")


def upgrade(url: str, revision: str = "head", roles: Mapping[str, str | None] | None = None,
            implementation: str | None = None) -> None:
    """``alembic upgrade head`` of stagenorm for ``url`` (what ``stagenorm migrate`` runs);
    ``roles`` may name existing roles by -x key (``admin_role``, ``monitor_role``), as
    ``-x`` does on alembic's command line. ``implementation`` (auto, plpython, plpgsql;
    default: $STAGENORM_IMPLEMENTATION, else auto) chooses the reading rules'
    implementation where the migration installs them."""
    from alembic import command

    config = alembic_config(url)
    config.attributes["role_settings"] = {k: v for k, v in (roles or {}).items() if v}
    if implementation is not None:
        config.attributes["implementation"] = implementation
    command.upgrade(config, revision)


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
