"""`stagenorm backfill TABLE COLUMN`: batched normalization from Python (stagenorm.backfill)."""

from __future__ import annotations

import argparse
import logging
import os
import sys
from typing import Any

from tqdm import tqdm
from tqdm.contrib.logging import logging_redirect_tqdm

from stagenorm import db, signals
from stagenorm.backfill import EXIT_PAUSED, Options, run, summary
from stagenorm.exceptions import ConfigurationError
from stagenorm.pooling import require_direct_connection


def command(args: argparse.Namespace) -> int:
    if not args.database_url:
        raise ConfigurationError("DATABASE_URL is not set", hint="export DATABASE_URL=postgresql://user@host/db")
    options = Options(
        batch_size=args.batch_size, dry_run=args.dry_run, pause=args.pause, lock_timeout=args.lock_timeout,
        statement_timeout=args.statement_timeout, max_retries=args.max_retries,
    )
    options.check()
    require_direct_connection(args.database_url, "stagenorm backfill")
    with db.connection(args.database_url, autocommit=True, application_name="stagenorm-backfill") as conn:
        conn.add_notice_handler(
            lambda diag: tqdm.write(f"{(diag.severity or 'NOTICE').lower()}: {diag.message_primary}", file=sys.stderr)
        )
        bar: tqdm[Any] | None = None
        totals = {"changed": 0, "unknown": 0}

        def on_batch(job: dict[str, Any], batch: dict[str, Any]) -> None:
            nonlocal bar
            if bar is None:
                bar = tqdm(total=job["rows_estimate"] or None, initial=job["rows_scanned"], unit="rows",
                           unit_scale=True, dynamic_ncols=True, file=sys.stderr,
                           desc=f"job {job['id']}", disable=args.quiet)
                totals.update(changed=job["rows_changed"], unknown=job["rows_unknown"])
            bar.update(batch["scanned"])
            if bar.total is not None and bar.n > bar.total:
                bar.total = bar.n
            totals["changed"] += batch["changed"]
            totals["unknown"] += batch["unknown"]
            bar.set_postfix(totals, refresh=False)

        # Log lines go above the bar instead of through it.
        with signals.Stopper() as stopper, logging_redirect_tqdm(loggers=[logging.getLogger("stagenorm")]):
            try:
                outcome = run(conn, args.table, args.column, options, should_stop=lambda: stopper.requested,
                              on_batch=on_batch)
            finally:
                if bar is not None:
                    bar.close()
        print(summary(outcome))
    return 0 if outcome.state == "done" else EXIT_PAUSED


def register(commands: Any) -> None:
    parser = commands.add_parser(
        "backfill",
        help="normalize a table column in batches (resumable, reversible)",
        description="Rewrite TABLE.COLUMN to canonical stage keys in batches of --batch-size rows, one "
        "transaction each, in primary-key order, with a progress bar. Unknown labels are left as "
        "they are and listed with suggestions. The same command again resumes an unfinished job; "
        "Ctrl-C stops after the current batch. Undo with: "
        "psql -c 'CALL stagenorm.revert_batched(JOB_ID)'. See docs/runbooks/batched-normalization.md.",
    )
    parser.add_argument("table", help="the table, as in SQL: schema-qualified if needed, "
                        "double-quoted when its name needs it ('\"My Deals\"')")
    parser.add_argument("column", help="the text column to normalize")
    parser.add_argument("--batch-size", type=int, default=5000, help="rows per batch (default: 5000)")
    parser.add_argument("--dry-run", action="store_true",
                        help="count what would change; write nothing to the table and no checkpoint")
    parser.add_argument("--pause", type=float, default=0.0, metavar="S",
                        help="seconds to wait between batches (default: 0)")
    parser.add_argument("--lock-timeout", type=float, default=1.0, metavar="S",
                        help="per batch: give up waiting for a row lock after S seconds and retry (default: 1)")
    parser.add_argument("--statement-timeout", type=float, default=60.0, metavar="S",
                        help="per batch: cancel a batch running longer than S seconds and retry it "
                        "at half the size (default: 60; 0: no limit)")
    parser.add_argument("--max-retries", type=int, default=5,
                        help="retries of one batch before the job stops as failed (default: 5)")
    parser.add_argument("--quiet", action="store_true", help="no progress bar")
    parser.add_argument("--database-url", default=os.environ.get("DATABASE_URL"),
                        help="libpq URL (default: $DATABASE_URL)")
    parser.set_defaults(func=command)
