"""`stagenorm metrics`: the database's counts as Prometheus text, for node_exporter's textfile collector.

Where no process serves ``/metrics`` with the database collector (a database
host, a batch box), run this from cron or a systemd timer::

    stagenorm metrics --out /var/lib/node_exporter/textfile/stagenorm.prom

It writes the families of :mod:`stagenorm.collector` (``stagenorm_db_values_total``,
``stagenorm_backfill_jobs``, ``stagenorm_backfill_rows_total``) and nothing else:
no process metrics (node_exporter has its own, and a name twice fails its
scrape) and no in-process counters (they would be this short-lived command's).
The file is replaced atomically (a temporary file in the same directory, fsync,
rename), so node_exporter never reads half of it. When the database does not
answer, the command exits 1 and leaves the previous file as it was: the
staleness shows in ``node_textfile_mtime_seconds``.

Export the same counts from one place only (this textfile, or the webhook's
``/metrics``, see docs/metrics.md): the alert rules add sources up.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import sys
import tempfile
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from prometheus_client import CollectorRegistry, generate_latest
from prometheus_client.metrics_core import Metric
from prometheus_client.registry import Collector

from stagenorm import collector
from stagenorm.exceptions import ConfigurationError, InvalidArgument


class _Fixed(Collector):
    def __init__(self, families: list[Metric]) -> None:
        self.families = families

    def collect(self) -> Iterable[Metric]:
        return self.families


def exposition(database_url: str, timeout: float = collector.DEFAULT_TIMEOUT) -> bytes:
    """The text for a textfile collector; raises ConfigurationError when the database fails."""
    source = collector.DbCollector(database_url, ttl=0, timeout=timeout)  # shares nothing
    snapshot = source.snapshot()
    if snapshot.rows is None:
        raise ConfigurationError(
            f"the database did not answer the metrics query ({snapshot.error})",
            hint="check DATABASE_URL and that stagenorm is installed (stagenorm preflight)",
        )
    registry = CollectorRegistry()
    registry.register(_Fixed(list(collector.families(snapshot.rows))))
    return generate_latest(registry)


def write_atomically(path: Path, data: bytes) -> None:
    """Replace ``path`` with ``data``: write a temporary file beside it, fsync, rename."""
    directory = path.parent
    if path.is_dir():
        raise InvalidArgument(f"--out {str(path)!r} is a directory", hint="name a file, e.g. stagenorm.prom")
    try:
        fd, tmp = tempfile.mkstemp(dir=directory, prefix=f".{path.name}.", suffix=".tmp")
    except OSError as exc:
        raise InvalidArgument(f"cannot write in {str(directory)!r}: {exc.strerror}",
                              hint="create the directory or choose one this user can write") from exc
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(data)
            f.flush()
            os.fsync(f.fileno())
        os.chmod(tmp, 0o644)  # node_exporter usually runs as another user
        os.replace(tmp, path)
    except OSError as exc:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise InvalidArgument(f"cannot write {str(path)!r}: {exc.strerror}",
                              hint="check the permissions and free space of its directory") from exc
    with contextlib.suppress(OSError):  # make the rename itself durable
        dir_fd = os.open(directory, os.O_RDONLY)
        try:
            os.fsync(dir_fd)
        finally:
            os.close(dir_fd)


def run(args: argparse.Namespace) -> int:
    if not args.database_url:
        raise ConfigurationError("DATABASE_URL is not set",
                                 hint="export DATABASE_URL=postgresql://user@host/db or pass --database-url")
    if not 0 < args.timeout <= 300:
        raise InvalidArgument("--timeout must be more than 0 and at most 300 seconds", hint="e.g. --timeout 2")
    try:
        text = exposition(args.database_url, args.timeout)
    except ConfigurationError as exc:
        where = "stdout" if args.out in (None, "-") else repr(args.out)
        print(f"stagenorm: {exc.message}; nothing written to {where}", file=sys.stderr)
        if exc.hint:
            print(f"hint: {exc.hint}", file=sys.stderr)
        return 1
    if args.out in (None, "-"):
        sys.stdout.buffer.write(text)
        sys.stdout.flush()
    else:
        write_atomically(Path(args.out), text)
    return 0


def register(commands: Any) -> None:
    parser = commands.add_parser(
        "metrics",
        help="print or write the database's counts as Prometheus text (node_exporter textfile)",
        description="Write stagenorm_db_values_total, stagenorm_backfill_jobs and "
        "stagenorm_backfill_rows_total, read from the database with one query, in the Prometheus "
        "text format: to stdout, or atomically to --out for node_exporter's textfile collector "
        "(--collector.textfile.directory; the file name must end in .prom). Exit 1, leaving the "
        "file as it was, when the database does not answer.",
    )
    parser.add_argument("--out", metavar="FILE",
                        help="file to replace atomically (default: stdout; '-' is stdout too)")
    parser.add_argument("--database-url", default=os.environ.get("DATABASE_URL"),
                        help="libpq URL (env DATABASE_URL)")
    parser.add_argument("--timeout", type=float,
                        default=collector.env_seconds(collector.ENV_TIMEOUT, collector.DEFAULT_TIMEOUT),
                        help="seconds to connect and to run the query (env STAGENORM_DB_METRICS_TIMEOUT, "
                        "default %(default)s)")
    parser.set_defaults(func=run)
