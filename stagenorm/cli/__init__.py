"""The `stagenorm` command: every subcommand's argparse code lives in this package, one module
per command (`stagenorm.cli.<command>`, each with `register(subparsers)`), and calls the
feature module that does the work (`stagenorm.backup`, `stagenorm.web.serve`, ...)."""

from __future__ import annotations

import argparse
import importlib
import sys

from stagenorm import logs, redaction
from stagenorm.exceptions import StagenormError

# Modules with a register(subparsers) function, in the order --help lists them.
COMMAND_MODULES = (
    "stagenorm.cli.migrate",
    "stagenorm.cli.preflight",
    "stagenorm.cli.backup",
    "stagenorm.cli.consumers",
    "stagenorm.cli.serve",
    "stagenorm.cli.mode",
    "stagenorm.cli.metrics",
    "stagenorm.cli.backfill",
)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="stagenorm",
        description="Canonical venture-deal stage labels, kept canonical inside PostgreSQL. "
        "Configuration comes from the environment: DATABASE_URL, REDIS_URL, "
        "STAGE_VALIDATION_MODE, ALERTMANAGER_WEBHOOK_SECRET, ALERTMANAGER_WEBHOOK_TOKEN.",
    )
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    for name in COMMAND_MODULES:
        importlib.import_module(name).register(commands)
    return parser


def main(argv: list[str] | None = None) -> int:
    logs.configure()
    args = build_parser().parse_args(argv)
    try:
        return int(args.func(args) or 0)
    except StagenormError as exc:
        print(f"stagenorm: {redaction.redact(exc.message)}", file=sys.stderr)
        if exc.hint:
            print(f"hint: {redaction.redact(exc.hint)}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("stagenorm: interrupted", file=sys.stderr)
        return 130
