"""`stagenorm serve`: the ops webhook under gunicorn, after the pre-flight checks pass.

Order of events:

1. ``PROMETHEUS_MULTIPROC_DIR`` is pointed at a fresh temporary directory. prometheus_client
   picks its value store when it is first imported, so when it already was (the ``stagenorm``
   command imports every feature module) the process re-executes itself as
   ``python -m stagenorm.web.serve`` with the variable set: the workers forked later then write
   their samples there and ``/metrics`` adds every worker up.
2. The pre-flight checks run (:func:`stagenorm.preflight.run_checks`, plus the signing
   secrets must decode). Each problem is one JSON log line; any error exits 1 before a
   socket is opened. Warnings are logged and the server starts.
3. gunicorn (its Python API, :class:`gunicorn.app.base.BaseApplication`) serves
   :func:`stagenorm.web.app.create_app` with threaded workers (``gthread``,
   ``--threads`` per worker, 8 by default); its own log lines are JSON too. A sync worker
   is held by one client that sends half a request and waits (two such clients held both
   workers for 30 s); a gthread worker waits for a connection's first bytes in its poller,
   not in a thread, and gives each thread's read and write a socket timeout
   (``--client-timeout``, 10 s by default), after which that client is disconnected. So
   ``/healthz`` keeps answering while fewer than ``workers x threads`` clients stall
   mid-request, and each of those is dropped after the client timeout. In front of the
   internet, put a proxy that buffers requests (nginx) ahead of it all the same.
4. The directory is removed when the command ends: stopped, refused by pre-flight, unable
   to bind its port, or terminated before gunicorn started (SIGKILL alone leaves it).
"""

from __future__ import annotations

import argparse
import logging
import os
import shutil
import socket
import sys
import tempfile
from collections.abc import Callable
from typing import Any

from gunicorn.app.base import BaseApplication
from gunicorn.workers.gthread import ThreadWorker as _GthreadWorker

from stagenorm import logs, preflight, signals
from stagenorm.config import Problem, Settings

log = logging.getLogger("stagenorm.serve")

MULTIPROC_ENV = "PROMETHEUS_MULTIPROC_DIR"
_OWN_DIR_ENV = "STAGENORM_SERVE_METRICS_DIR"  # the directory this command created
DEFAULT_HOST, DEFAULT_PORT, DEFAULT_WORKERS = "127.0.0.1", 8080, 2
DEFAULT_THREADS = 8  # per worker
DEFAULT_CLIENT_TIMEOUT = 10  # seconds a thread waits on a stalled client before dropping it


def startup_problems(settings: Settings) -> list[Problem]:
    """The pre-flight problems every entry point checks (:func:`stagenorm.preflight.startup_problems`)."""
    from stagenorm import preflight

    return preflight.startup_problems(settings)


def _fresh_metrics_dir() -> bool:
    """Point PROMETHEUS_MULTIPROC_DIR at a new directory; True when that needs a fresh process."""
    own = os.environ.get(_OWN_DIR_ENV)
    if own and os.environ.get(MULTIPROC_ENV) == own and os.path.isdir(own) and not os.listdir(own):
        return False  # set up by the command that re-executed us
    path = tempfile.mkdtemp(prefix="stagenorm-metrics-")
    os.environ[MULTIPROC_ENV] = path
    os.environ[_OWN_DIR_ENV] = path
    return "prometheus_client" in sys.modules


def serve(host: str, port: int, workers: int, *, threads: int = DEFAULT_THREADS,
          client_timeout: int = DEFAULT_CLIENT_TIMEOUT,
          execv: Callable[[str, list[str]], Any] = os.execv) -> int:
    if not 0 < port < 65536 or not 0 < workers <= 64 or not 0 < threads <= 256 or not 0 < client_timeout <= 3600:
        logs.event(log, "serve_refused", logging.ERROR, severity="error", subject="arguments",
                   problem="--port must be 1-65535, --workers 1-64, --threads 1-256 and --client-timeout 1-3600")
        return 2
    # Until gunicorn installs its own handlers, SIGTERM unwinds (and removes the directory)
    # instead of killing the process where it stands.
    signals.sigterm_exits()
    if _fresh_metrics_dir():
        sys.stdout.flush()
        sys.stderr.flush()
        execv(sys.executable, [sys.executable, "-m", "stagenorm.web.serve", "--host", host,
                               "--port", str(port), "--workers", str(workers), "--threads", str(threads),
                               "--client-timeout", str(client_timeout)])
    master = os.getpid()
    try:
        settings = Settings.from_env()
        try:
            preflight.require(settings, log)
        except preflight.PreflightFailed:
            return 1
        # gunicorn exits by SystemExit, also where it runs no on_exit hook (a port it cannot
        # bind); its forked workers unwind through here too, and must leave the directory.
        WebhookServer(settings, {"bind": f"{host}:{port}", "workers": workers, "threads": threads},
                      client_timeout=client_timeout).run()
        return 0
    finally:
        if os.getpid() == master:
            _remove_metrics_dir()


def _remove_metrics_dir() -> None:
    own = os.environ.get(_OWN_DIR_ENV)
    if own and os.environ.get(MULTIPROC_ENV) == own:
        shutil.rmtree(own, ignore_errors=True)


def _child_exit(_server: Any, worker: Any) -> None:
    from prometheus_client import multiprocess

    multiprocess.mark_process_dead(worker.pid)  # type: ignore[no-untyped-call]


def _log_config() -> dict[str, Any]:
    """gunicorn's own log lines (start, worker boot/exit, errors) as JSON on stderr."""
    return {
        "version": 1,
        "disable_existing_loggers": False,
        "formatters": {"json": {"()": "stagenorm.logs.JsonFormatter"}},
        "filters": {"client_timeout": {"()": "stagenorm.web.serve.ClientTimeoutFilter"}},
        "handlers": {"console": {"class": "logging.StreamHandler", "formatter": "json",
                                 "stream": "ext://sys.stderr", "filters": ["client_timeout"]}},
        "root": {"level": "INFO", "handlers": ["console"]},
        "loggers": {
            "gunicorn.error": {"level": "INFO", "handlers": ["console"], "propagate": False,
                               "qualname": "gunicorn.error"},
            "gunicorn.access": {"level": "WARNING", "handlers": [], "propagate": False,
                                "qualname": "gunicorn.access"},
        },
    }


class ClientTimeoutFilter(logging.Filter):
    """gunicorn logs a client dropped by the client timeout as a socket error with a traceback;
    it is an expected event: one warning line ``client_timeout``, no traceback."""

    def filter(self, record: logging.LogRecord) -> bool:
        exc = record.exc_info[1] if record.exc_info else None
        if isinstance(exc, TimeoutError) and record.name == "gunicorn.error":
            record.msg, record.args, record.exc_info, record.exc_text = "client_timeout", (), None, None
            record.levelno, record.levelname = logging.WARNING, "WARNING"
            record.client_timeout_seconds = ThreadWorker.client_timeout
        return True


class _ClientSocket(socket.socket):
    """A client connection whose "blocking" mode is a timeout: gunicorn's thread sets the
    socket blocking before it reads a request (every release from 22 to 27 does), and a
    read or write that then waits longer than ``client_timeout`` raises instead of holding
    the thread for good."""

    client_timeout: float = DEFAULT_CLIENT_TIMEOUT

    def setblocking(self, flag: bool) -> None:
        self.settimeout(self.client_timeout if flag else 0.0)


class ThreadWorker(_GthreadWorker):  # type: ignore[misc]  # gunicorn ships no type hints
    """gunicorn's gthread worker with a socket timeout on each connection a thread serves:
    a client that stalls mid-request (or does not read its answer) for ``client_timeout``
    seconds is disconnected and frees the thread. It only swaps the connection's socket for
    a :class:`_ClientSocket` on the same descriptor, so it does not depend on how a
    gunicorn release schedules connections."""

    client_timeout: float = DEFAULT_CLIENT_TIMEOUT

    def enqueue_req(self, conn: Any) -> None:
        if not isinstance(conn.sock, _ClientSocket):
            plain = conn.sock
            conn.sock = _ClientSocket(plain.family, plain.type, plain.proto, fileno=plain.detach())
            conn.sock.client_timeout = self.client_timeout
            conn.sock.setblocking(True)
        super().enqueue_req(conn)


class WebhookServer(BaseApplication):  # type: ignore[misc]  # gunicorn ships no type hints
    """gunicorn serving :func:`stagenorm.web.app.create_app` with ``options`` (bind, workers, ...)."""

    def __init__(self, settings: Settings, options: dict[str, Any], *,
                 client_timeout: int = DEFAULT_CLIENT_TIMEOUT) -> None:
        self.settings = settings
        self.options = options
        ThreadWorker.client_timeout = float(client_timeout)  # read in the forked workers
        super().__init__()

    def load_config(self) -> None:
        config = {
            "worker_class": ThreadWorker,
            "threads": DEFAULT_THREADS,
            "keepalive": 5,  # idle keep-alive connections wait in the poller, not in a thread
            "timeout": 30,
            "graceful_timeout": 10,
            "accesslog": None,  # the app logs every request as JSON itself
            "errorlog": "-",
            "logconfig_dict": _log_config(),
            "child_exit": _child_exit,
            "proc_name": "stagenorm-serve",
            **self.options,
        }
        for key, value in config.items():
            self.cfg.set(key, value)

    def load(self) -> Any:
        from .app import create_app

        return create_app(self.settings)


def main(argv: list[str] | None = None) -> int:
    logs.configure()
    from stagenorm.cli.serve import add_arguments

    parser = argparse.ArgumentParser(prog="stagenorm serve", description=__doc__)
    add_arguments(parser)
    args = parser.parse_args(argv)
    return serve(args.host, args.port, args.workers, threads=args.threads, client_timeout=args.client_timeout)


if __name__ == "__main__":
    raise SystemExit(main())
