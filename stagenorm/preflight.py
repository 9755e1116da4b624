"""Pre-flight checks: configuration, database, Redis. Run before serving or deploying.

Every way of serving the webhook runs the same checks before it answers a request:
``stagenorm serve`` (before gunicorn starts) and ``gunicorn stagenorm.web.wsgi:app`` (when a
worker loads the app) both call :func:`require`, which logs each problem as one JSON line
and refuses to go on when one is an error: a secret or bearer token shorter than
``MIN_SECRET_LENGTH`` (32) characters, a secret that does not decode, a database that is
unreachable or not at the head revision. ``/readyz`` reports the same problems. No
message carries a password (:mod:`stagenorm.redaction`).
"""

from __future__ import annotations

import json
import logging
import sys
from typing import Any

import psycopg

from stagenorm import db, logs, redaction
from stagenorm.config import Problem, Settings
from stagenorm.exceptions import ConfigurationError
from stagenorm.migrations import head_revision

KNOWN_LABEL, KNOWN_KEY = "Series A", "series_a"


#: What stagenorm.implementation() answers, as preflight and migrate print it.
IMPLEMENTATIONS = {
    "plpython": "PL/Python runs stagenorm/rules.py",
    "plpgsql": "portable PL/pgSQL, no PL/Python",
}


def check_database(settings: Settings) -> list[Problem]:
    if not settings.database_url:
        return []  # already reported by the configuration checks
    try:
        conn = db.connect(settings.database_url, autocommit=True, application_name="stagenorm-preflight")
    except Exception as exc:
        message = redaction.redact(str(exc), settings.database_url)
        return [Problem("error", "DATABASE_URL", f"unreachable: {message}; check host, port, credentials")]
    problems: list[Problem] = []
    with conn:
        current = (
            db.one(conn, "preflight_alembic_version")["version"]
            if db.one(conn, "preflight_alembic_table")["present"] else None
        )
        head = head_revision()
        if current != head:
            problems.append(Problem(
                "error", "alembic",
                f"schema is at {current or 'no revision'}, head is {head}; run: stagenorm migrate",
            ))
            # A deploy will migrate: say now what the migrating role lacks, not half-way through.
            problems += check_install_privileges(conn)
        if not db.one(conn, "preflight_function_exists", {"signature": "stagenorm.normalize_stage(text)"})["present"]:
            problems.append(Problem(
                "error", "stagenorm.normalize_stage(text)", "missing; run: stagenorm migrate",
            ))
        else:
            problems += check_default_mode(conn, settings)
            try:
                got = db.one(conn, "normalize_stage", {"label": KNOWN_LABEL})["key"]
            except psycopg.Error as exc:
                got = f"an error ({exc.sqlstate}: {redaction.redact(str(exc), settings.database_url)})"
            if got != KNOWN_KEY:
                problems.append(Problem(
                    "error", "stagenorm.normalize_stage(text)",
                    f"answered {got!r} for {KNOWN_LABEL!r}, expected {KNOWN_KEY!r}; "
                    "check the taxonomy tables, then run: stagenorm migrate",
                ))
    return problems


# Trusted extensions the install creates, if any: the migrating role needs CREATE on the
# database for each one not yet installed (PostgreSQL 13+ lets a non-superuser create a
# trusted extension). The rules run in PL/pgSQL and SQL, so none is needed today.
NEEDED_EXTENSIONS: tuple[str, ...] = ()
DOCS = "docs/where-it-runs.md"


def check_install_privileges(conn: db.Connection, extensions: tuple[str, ...] = NEEDED_EXTENSIONS) -> list[Problem]:
    """What `stagenorm migrate`, run with this connection's role, could not do: each problem
    names the privilege and the fix (docs/where-it-runs.md). Checked before a deploy."""
    import os

    from psycopg.rows import tuple_row

    from stagenorm.migrations import ROLE_SETTINGS, installed_role_names

    with conn.cursor(row_factory=tuple_row) as cursor:
        installed = installed_role_names(cursor)
    names = {key: os.environ.get(env) or installed.get(key) or default for key, env, default in ROLE_SETTINGS}
    p = db.one(conn, "preflight_privileges", {"admin": names["admin_role"], "monitor": names["monitor_role"]})
    role, problems = p["role"], []
    if p["server_version_num"] < 140000:
        problems.append(Problem("error", "PostgreSQL", f"server is {p['server_version_num']}; stagenorm needs 14 or newer"))
    if p["schema_owner"] is None and not p["create_on_database"]:
        problems.append(Problem(
            "error", "CREATE on database",
            f"role {role} may not create the stagenorm schema in database {p['database']}; run: "
            f"GRANT CREATE ON DATABASE \"{p['database']}\" TO \"{role}\" (or migrate as the database owner)",
        ))
    if p["schema_owner"] is not None and not p["owns_schema"]:
        problems.append(Problem(
            "error", "schema stagenorm",
            f"is owned by {p['schema_owner']}, not by role {role}; run stagenorm migrate as {p['schema_owner']}",
        ))
    may_create_roles = p["superuser"] or p["createrole"]
    for key, env, _default in ROLE_SETTINGS:
        name = names[key]
        if not p[f"{key.split('_')[0]}_exists"] and not may_create_roles:
            problems.append(Problem(
                "error", f"role {name}",
                f"does not exist and role {role} has neither CREATEROLE nor SUPERUSER to create it; "
                f"run as a role that may: CREATE ROLE \"{name}\" NOLOGIN (or ALTER ROLE \"{role}\" CREATEROLE), "
                f"or name an existing role with {env}=<role>; see {DOCS}",
            ))
    if not (p["plpython_available"] and p["superuser"]):
        why = ("the server has no plpython3u" if not p["plpython_available"]
               else f"role {role} is not a superuser (only a superuser may create PL/Python functions)")
        problems.append(Problem(
            "warning", "plpython3u",
            f"PL/Python cannot be used: {why}. The install needs the portable implementation "
            f"(PL/pgSQL, the same answers) here; see {DOCS}",
        ))
    for name in extensions:
        ext = db.one(conn, "preflight_extension", {"name": name})
        if not ext["available"]:
            problems.append(Problem("error", f"extension {name}", f"is not available on this server; see {DOCS}"))
        elif not ext["installed"] and not p["superuser"] and not (ext["trusted"] and p["create_on_database"]):
            problems.append(Problem(
                "error", f"extension {name}",
                ("is not trusted on this server, so only a superuser may create it"
                 if not ext["trusted"] else f"needs CREATE on database {p['database']} to be created by {role}")
                + f"; run as a superuser: CREATE EXTENSION {name}; see {DOCS}",
            ))
    return problems


def implementation(settings: Settings) -> str | None:
    """The rules implementation the database runs (stagenorm.implementation()), if installed."""
    try:
        with db.connect(settings.database_url, autocommit=True, application_name="stagenorm-preflight") as conn:
            if not db.one(conn, "preflight_function_exists", {"signature": "stagenorm.implementation()"})["present"]:
                return None
            return str(db.one(conn, "preflight_implementation")["implementation"])
    except Exception:  # reported by check_database already
        return None


def check_default_mode(conn: db.Connection, settings: Settings) -> list[Problem]:
    """While no mode was ever set, triggers and applications must fall back to the same one."""
    if settings.default_mode_raw is None:
        return []
    try:
        info = db.one(conn, "preflight_mode_info")
    except psycopg.Error:
        return []  # an older schema without modes: reported as not at head
    if info["source"] != "default" or info["mode"] == settings.default_mode:
        return []
    return [Problem(
        "warning", "STAGE_VALIDATION_MODE",
        f"is {settings.default_mode!r} but the database's triggers fall back to {info['mode']!r}; "
        f"run: ALTER DATABASE \"{info['database']}\" SET stagenorm.default_mode = '{settings.default_mode}' "
        "(or stagenorm mode set to record a mode)",
    )]


def check_redis(settings: Settings) -> list[Problem]:
    if not settings.redis_url:
        return []
    import redis

    try:
        client = redis.Redis.from_url(settings.redis_url, socket_timeout=1, socket_connect_timeout=1)
        client.ping()
        client.close()
    except (redis.RedisError, ValueError) as exc:
        return [Problem(
            "warning", "REDIS_URL",
            f"does not answer ({redaction.redact(str(exc), settings.redis_url)}); "
            "the mode will be read from PostgreSQL until it does",
        )]
    return []


def run_checks(settings: Settings) -> list[Problem]:
    return settings.problems() + check_database(settings) + check_redis(settings)


def startup_problems(settings: Settings) -> list[Problem]:
    """What an entry point that serves the webhook checks: :func:`run_checks`, plus secrets
    that must decode (the app would refuse to start) and a note when no credential is set."""
    from stagenorm.web import signing

    problems = run_checks(settings)
    try:
        signing.load_keys(settings.webhook_secrets)
    except signing.SecretError as exc:
        problems.append(Problem("error", "ALERTMANAGER_WEBHOOK_SECRET", str(exc)))
    if not settings.webhook_token and not settings.webhook_secrets:
        problems.append(Problem(
            "warning", "ALERTMANAGER_WEBHOOK_TOKEN",
            "neither a token nor a secret is set: every /ops request will be refused with 401",
        ))
    return problems


class PreflightFailed(ConfigurationError):
    """The pre-flight checks found errors; the webhook does not start."""


def require(settings: Settings, logger: logging.Logger | None = None) -> list[Problem]:
    """Run :func:`startup_problems`, log each problem as one JSON line, and raise
    :class:`PreflightFailed` when one is an error. The warnings are returned."""
    log = logger or logging.getLogger("stagenorm.preflight")
    problems = startup_problems(settings)
    for problem in problems:
        logs.event(log, "preflight_problem", logging.ERROR if problem.severity == "error" else logging.WARNING,
                   severity=problem.severity, subject=problem.subject, problem=problem.message)
    errors = [p for p in problems if p.severity == "error"]
    if errors:
        logs.event(log, "serve_refused", logging.ERROR, errors=len(errors),
                   hint="pre-flight found errors; fix them (stagenorm preflight) and start again")
        raise PreflightFailed(f"pre-flight found {len(errors)} error(s): "
                              + "; ".join(f"{p.subject}: {p.message}" for p in errors),
                              hint="run: stagenorm preflight")
    return problems


def report(problems: list[Problem], as_json: bool, out: Any = None, implementation: str | None = None) -> int:
    out = out or sys.stdout
    errors = [p for p in problems if p.severity == "error"]
    if as_json:
        json.dump({"ok": not errors, "implementation": implementation,
                   "problems": [vars(p) for p in problems]}, out)
        out.write("\n")
    else:
        for problem in problems:
            out.write(problem.line() + "\n")
        if implementation:
            out.write(f"reading rules: {implementation} ({IMPLEMENTATIONS.get(implementation, '?')})\n")
        if not errors:
            out.write("preflight: ok" + (f" ({len(problems)} warnings)" if problems else "") + "\n")
    return 1 if errors else 0
