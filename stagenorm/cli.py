"""The `stagenorm` command. Each feature module registers its own subcommands."""

from __future__ import annotations

import argparse
import importlib
import sys

from stagenorm import logs, redaction
from stagenorm.exceptions import StagenormError

# Modules with a register(subparsers) function, in the order --help lists them.
COMMAND_MODULES = (
    "stagenorm.migrations",
    "stagenorm.preflight",
    "stagenorm.backup",
    "stagenorm.consumers",
    "stagenorm.web.serve",
    "stagenorm.mode_cli",
    "stagenorm.metrics_cli",
    "stagenorm.backfill",
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


if __name__ == "__main__":
    raise SystemExit(main())
