"""`stagenorm preflight`: the configuration, database and Redis checks of stagenorm.preflight."""

from __future__ import annotations

from typing import Any

from stagenorm.config import Settings
from stagenorm.preflight import implementation, report, run_checks


def main(args: Any) -> int:
    settings = Settings.from_env()
    problems = run_checks(settings)
    return report(problems, args.json, implementation=implementation(settings) if settings.database_url else None)


def register(commands: Any) -> None:
    parser = commands.add_parser(
        "preflight",
        help="check configuration, database and Redis; exit 0 or one line per problem",
        description="Check the configuration (DATABASE_URL, STAGE_VALIDATION_MODE, "
        "ALERTMANAGER_WEBHOOK_SECRET, ALERTMANAGER_WEBHOOK_TOKEN, REDIS_URL) and the database "
        "(Alembic head, stagenorm.normalize_stage, and, when a migration is due, the privileges it "
        "needs: CREATE on the database or the schema's ownership, CREATEROLE or the roles existing, "
        "PL/Python). Prints the rules implementation in use. Errors exit 1; warnings do not. "
        "See docs/where-it-runs.md.",
    )
    parser.add_argument("--json", action="store_true", help="print one JSON document instead of lines")
    parser.set_defaults(func=main)
