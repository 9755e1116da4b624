"""`stagenorm backup create/verify` and `stagenorm restore-test` (stagenorm.backup does the work)."""

from __future__ import annotations

import argparse
import logging
import os
import sys
from pathlib import Path
from typing import Any

from stagenorm import logs, signals
from stagenorm.backup import (
    SCRATCH_PREFIX,
    create_backup,
    drop_scratch,
    dump_path_for,
    leftover_scratch_databases,
    log_,
    restore_test,
    verify_backup,
)
from stagenorm.exceptions import ConfigurationError, InvalidArgument
from stagenorm.pooling import require_direct_connection


def _database_url(args: argparse.Namespace, command: str) -> str:
    """DATABASE_URL, refused when it goes through a transaction pooler (pg_dump's session
    settings and snapshot, CREATE DATABASE: see stagenorm.pooling)."""
    if not args.database_url:
        raise ConfigurationError("DATABASE_URL is not set", hint="export DATABASE_URL=postgresql://user@host/db")
    require_direct_connection(str(args.database_url), command)
    return str(args.database_url)


def cmd_create(args: argparse.Namespace) -> int:
    try:
        with signals.signals_raise():
            create_backup(_database_url(args, "stagenorm backup create"), Path(args.out), args.table or (),
                          [tuple(p) for p in args.stage_column or ()])
    except signals.Interrupted as exc:
        print(f"backup: interrupted by {signals.name(exc.signum)}; no partial file left", file=sys.stderr)
        return 128 + exc.signum
    return 0


def cmd_verify(args: argparse.Namespace) -> int:
    problems, manifest = verify_backup(Path(args.file))
    for problem in problems:
        print(f"FAIL: {problem}")
    if problems:
        print(f"verify: {len(problems)} problem(s)")
        return 1
    assert manifest is not None
    print(f"verify: ok {dump_path_for(Path(args.file))} (sha256 {manifest['sha256'][:16]}..., "
          f"{manifest['size_bytes']:,} bytes, {len(manifest['tables'])} tables in the manifest, "
          f"alembic {manifest.get('alembic_revision') or 'none'})")
    return 0


def cmd_restore_test(args: argparse.Namespace) -> int:
    url = _database_url(args, "stagenorm restore-test")
    try:
        report = restore_test(Path(args.file), url, maintenance_db=args.maintenance_db, no_owner=args.no_owner)
    except signals.Interrupted as exc:
        print(f"restore-test: interrupted by {signals.name(exc.signum)}; "
              "the scratch database was dropped", file=sys.stderr)
        return 128 + exc.signum
    logs.event(log_, "restore_test_finished", logging.INFO if report.ok else logging.ERROR,
               file=str(args.file), ok=report.ok, restore_seconds=report.restore_seconds,
               checks=len(report.checks), failed=[c.name for c in report.checks if not c.ok],
               error=report.error, scratch_dropped=report.dropped)
    if report.error:
        print(f"FAIL: {report.error}")
    restore = f"{report.restore_seconds:.2f} s" if report.restore_seconds is not None else "not restored"
    verdict = "passed" if report.ok else "FAILED"
    print(f"restore-test: {verdict} ({sum(c.ok for c in report.checks)}/{len(report.checks)} checks, "
          f"restore {restore}, scratch database {'dropped' if report.dropped else 'not created'})")
    return 0 if report.ok else 1


def cmd_cleanup(args: argparse.Namespace) -> int:
    url = _database_url(args, "stagenorm restore-test --drop-leftovers")
    names = leftover_scratch_databases(url, args.maintenance_db)
    for name in names:
        drop_scratch(url, args.maintenance_db, name, sys.stdout)
    print(f"restore-test: {len(names)} leftover scratch database(s) dropped")
    return 0


def register(commands: Any) -> None:
    env_url = os.environ.get("DATABASE_URL")
    backup = commands.add_parser(
        "backup", help="checksummed pg_dump backups with a manifest",
        description="Checksummed backups: pg_dump custom format plus <dump>.manifest.json "
        "(SHA-256, versions, Alembic revision, row and stage counts).")
    actions = backup.add_subparsers(dest="backup_command", required=True, metavar="ACTION")
    create = actions.add_parser(
        "create", help="dump the database (or tables) and write the manifest",
        description="pg_dump -Fc of the database, or of --table tables, and a manifest whose counts "
        "come from the same snapshot as the dump.")
    create.add_argument("--out", required=True, help="directory to write the dump and manifest into")
    create.add_argument("--table", action="append", metavar="TABLE",
                        help="dump only this table (repeatable; schema.table)")
    create.add_argument("--stage-column", action="append", nargs=2, metavar=("TABLE", "COLUMN"),
                        help="also count the labels of this column (enforced columns are counted anyway)")
    create.add_argument("--database-url", default=env_url, help="libpq URL (default: $DATABASE_URL)")
    create.set_defaults(func=cmd_create)
    verify = actions.add_parser(
        "verify", help="recompute the SHA-256 and list the archive with pg_restore -l",
        description="Exit 0 when the dump matches its manifest and pg_restore can list it; "
        "otherwise exit 1 with one line per problem.")
    verify.add_argument("file", help="the .dump file (or its .manifest.json)")
    verify.set_defaults(func=cmd_verify)

    restore = commands.add_parser(
        "restore-test", help="restore a backup into a scratch database and run smoke queries",
        description="Restore FILE with pg_restore --exit-on-error --single-transaction into a "
        f"scratch database ({SCRATCH_PREFIX}*) on the DATABASE_URL server, compare row and stage "
        "counts with the manifest, check normalize_stage and the Alembic revision, report the "
        "restore time, and drop the scratch database (also on failure, SIGINT and SIGTERM). "
        "Exit 0 when every check passed.")
    restore.add_argument("file", nargs="?", help="the .dump file (or its .manifest.json)")
    restore.add_argument("--database-url", default=env_url,
                         help="libpq URL of the server to restore on (default: $DATABASE_URL)")
    restore.add_argument("--maintenance-db", default="postgres",
                         help="database to connect to for CREATE/DROP DATABASE (default: postgres)")
    restore.add_argument("--no-owner", action="store_true",
                         help="restore without ownership and grants (a server without the same roles)")
    restore.add_argument("--drop-leftovers", action="store_true",
                         help=f"instead of testing, drop {SCRATCH_PREFIX}* databases a killed run left")

    def dispatch(args: argparse.Namespace) -> int:
        if args.drop_leftovers:
            return cmd_cleanup(args)
        if not args.file:
            raise InvalidArgument("restore-test needs FILE", hint="stagenorm restore-test DIR/x.dump")
        return cmd_restore_test(args)

    restore.set_defaults(func=dispatch)
