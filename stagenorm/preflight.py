"""Pre-flight checks: configuration, database, Redis. Run before serving or deploying."""

from __future__ import annotations

import json
import sys
from typing import Any

import psycopg

from stagenorm import db
from stagenorm.config import Problem, Settings
from stagenorm.migrations import head_revision

KNOWN_LABEL, KNOWN_KEY = "Series A", "series_a"
IMPLEMENTATIONS = {
    "plpython": "PL/Python runs stagenorm/rules.py",
    "plpgsql": "portable PL/pgSQL, no PL/Python",
}


def reading_rules(settings: Settings) -> str | None:
    """The implementation of the reading rules the install chose (stagenorm.implementation()):
    'plpython' or 'plpgsql'; None when the database is unreachable or not migrated."""
    if not settings.database_url:
        return None
    try:
        with db.connect(settings.database_url, autocommit=True, application_name="stagenorm-preflight") as conn:
            if not db.one(conn, "preflight_function_exists", {"signature": "stagenorm.implementation()"})["present"]:
                return None
            return str(db.one(conn, "implementation")["implementation"])
    except Exception:  # unreachable: check_database reports it
        return None


def check_database(settings: Settings) -> list[Problem]:
    if not settings.database_url:
        return []  # already reported by the configuration checks
    try:
        conn = db.connect(settings.database_url, autocommit=True, application_name="stagenorm-preflight")
    except Exception as exc:
        return [Problem("error", "DATABASE_URL", f"unreachable: {exc}; check host, port, credentials")]
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
        if not db.one(conn, "preflight_function_exists", {"signature": "stagenorm.normalize_stage(text)"})["present"]:
            problems.append(Problem(
                "error", "stagenorm.normalize_stage(text)", "missing; run: stagenorm migrate",
            ))
        else:
            problems += check_default_mode(conn, settings)
            try:
                got = db.one(conn, "normalize_stage", {"label": KNOWN_LABEL})["key"]
            except psycopg.Error as exc:
                got = f"an error ({exc.sqlstate}: {exc})"
            if got != KNOWN_KEY:
                problems.append(Problem(
                    "error", "stagenorm.normalize_stage(text)",
                    f"answered {got!r} for {KNOWN_LABEL!r}, expected {KNOWN_KEY!r}; "
                    "check the taxonomy tables, then run: stagenorm migrate",
                ))
    return problems


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
            f"does not answer ({exc}); the mode will be read from PostgreSQL until it does",
        )]
    return []


def run_checks(settings: Settings) -> list[Problem]:
    return settings.problems() + check_database(settings) + check_redis(settings)


def report(problems: list[Problem], as_json: bool, out: Any = None, implementation: str | None = None) -> int:
    out = out or sys.stdout
    errors = [p for p in problems if p.severity == "error"]
    if as_json:
        json.dump({"ok": not errors, "problems": [vars(p) for p in problems],
                   "implementation": implementation}, out)
        out.write("\n")
    else:
        for problem in problems:
            out.write(problem.line() + "\n")
        if implementation is not None:
            out.write(f"reading rules: {implementation} ({IMPLEMENTATIONS.get(implementation, '?')})\n")
        if not errors:
            out.write("preflight: ok" + (f" ({len(problems)} warnings)" if problems else "") + "\n")
    return 1 if errors else 0


def preflight(args: Any) -> int:
    settings = Settings.from_env()
    return report(run_checks(settings), args.json, implementation=reading_rules(settings))


def register(commands: Any) -> None:
    parser = commands.add_parser(
        "preflight",
        help="check configuration, database and Redis; exit 0 or one line per problem",
        description="Check the configuration (DATABASE_URL, STAGE_VALIDATION_MODE, "
        "ALERTMANAGER_WEBHOOK_SECRET, ALERTMANAGER_WEBHOOK_TOKEN, REDIS_URL) and the database "
        "(Alembic head, stagenorm.normalize_stage; reports the reading rules' implementation). Errors exit 1; warnings do not.",
    )
    parser.add_argument("--json", action="store_true", help="print one JSON document instead of lines")
    parser.set_defaults(func=preflight)
