"""`stagenorm serve`: the ops webhook under gunicorn (stagenorm.web.serve does it)."""

from __future__ import annotations

import argparse
import os
from typing import Any

from stagenorm.web.serve import (
    DEFAULT_CLIENT_TIMEOUT,
    DEFAULT_HOST,
    DEFAULT_PORT,
    DEFAULT_THREADS,
    DEFAULT_WORKERS,
    serve,
)


def _env_int(name: str, default: int) -> int:
    raw = os.environ.get(name, "")
    return int(raw) if raw.isdigit() else default


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--host", default=os.environ.get("STAGENORM_HOST", DEFAULT_HOST),
                        help="address to listen on (env STAGENORM_HOST, default %(default)s)")
    parser.add_argument("--port", type=int, default=_env_int("STAGENORM_PORT", DEFAULT_PORT),
                        help="TCP port (env STAGENORM_PORT, default %(default)s)")
    parser.add_argument("--workers", type=int, default=_env_int("STAGENORM_WORKERS", DEFAULT_WORKERS),
                        help="gunicorn worker processes (env STAGENORM_WORKERS, default %(default)s)")
    parser.add_argument("--threads", type=int, default=_env_int("STAGENORM_THREADS", DEFAULT_THREADS),
                        help="threads per worker (env STAGENORM_THREADS, default %(default)s)")
    parser.add_argument("--client-timeout", type=int,
                        default=_env_int("STAGENORM_CLIENT_TIMEOUT", DEFAULT_CLIENT_TIMEOUT),
                        help="seconds a client may stall mid-request or mid-response before it is "
                        "disconnected (env STAGENORM_CLIENT_TIMEOUT, default %(default)s)")


def register(commands: Any) -> None:
    parser = commands.add_parser(
        "serve",
        help="run the ops webhook under gunicorn (pre-flight checks first)",
        description="Run the ops webhook (GET/PUT /ops/stage-validation-mode, POST /ops/alertmanager, "
        "/healthz, /readyz, /metrics) under gunicorn. The pre-flight checks run first: any error "
        "is logged as one JSON line and the command exits 1 without serving. Configuration: "
        "DATABASE_URL, REDIS_URL, ALERTMANAGER_WEBHOOK_SECRET, ALERTMANAGER_WEBHOOK_TOKEN, "
        "STAGENORM_MAX_BODY_BYTES, STAGENORM_DOWNGRADE_ALERTS.",
    )
    add_arguments(parser)
    parser.set_defaults(func=lambda args: serve(args.host, args.port, args.workers, threads=args.threads,
                                                client_timeout=args.client_timeout))
