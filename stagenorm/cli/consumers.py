"""`stagenorm consumers`: which clients still write unknown or non-canonical labels (stagenorm.consumers)."""

from __future__ import annotations

import argparse
import os
import sys
from typing import Any

from stagenorm import db
from stagenorm.consumers import parse_since, render_json, render_text, report
from stagenorm.exceptions import ConfigurationError


def run(args: argparse.Namespace) -> int:
    if not args.database_url:
        raise ConfigurationError("DATABASE_URL is not set", hint="export DATABASE_URL=postgresql://user@host/db")
    since = parse_since(args.since)
    with db.connection(args.database_url, autocommit=True, application_name="stagenorm-consumers") as conn:
        rows = report(conn, since, args.examples)
    (render_json if args.json else render_text)(rows, since, sys.stdout)
    return 0


def register(commands: Any) -> None:
    parser = commands.add_parser(
        "consumers", help="which clients still write unknown or non-canonical stage labels",
        description="Report, from what the enforcement triggers recorded (stagenorm.label_writer), "
        "each application_name and role that wrote unknown or non-canonical stage labels: how "
        "often, when last seen, and the labels with what they became or the suggestions. Clients "
        "with unknown writes would be refused under enforce.")
    parser.add_argument("--json", action="store_true", help="one JSON document instead of a table")
    parser.add_argument("--since", help="only clients seen since: a duration ago (24h, 7d, 30m) or a time")
    parser.add_argument("--examples", type=int, default=3, help="labels shown per client (0-20, default 3)")
    parser.add_argument("--database-url", default=os.environ.get("DATABASE_URL"),
                        help="libpq URL (default: $DATABASE_URL)")
    parser.set_defaults(func=run)
