"""`stagenorm serve`: the ops webhook under gunicorn, after the pre-flight checks pass.

Order of events:

1. ``PROMETHEUS_MULTIPROC_DIR`` is pointed at a fresh temporary directory. prometheus_client
   picks its value store when it is first imported, so when it already was (the ``stagenorm``
   command imports every feature module) the process re-executes itself as
   ``python -m stagenorm.serve`` with the variable set: the workers forked later then write
   their samples there and ``/metrics`` adds every worker up.
2. The pre-flight checks run (:func:`stagenorm.preflight.run_checks`, plus the signing
   secrets must decode). Each problem is one JSON log line; any error exits 1 before a
   socket is opened. Warnings are logged and the server starts.
3. gunicorn (its Python API, :class:`gunicorn.app.base.BaseApplication`) serves
   :func:`stagenorm.webhook.create_app` with sync workers; its own log lines are JSON too.
4. The directory is removed when the command ends: stopped, refused by pre-flight, unable
   to bind its port, or terminated before gunicorn started (SIGKILL alone leaves it).
"""

from __future__ import annotations

import argparse
import logging
import os
import shutil
import signal
import sys
import tempfile
from collections.abc import Callable
from typing import Any

from gunicorn.app.base import BaseApplication

from stagenorm import logs
from stagenorm.config import Problem, Settings

log = logging.getLogger("stagenorm.serve")

MULTIPROC_ENV = "PROMETHEUS_MULTIPROC_DIR"
_OWN_DIR_ENV = "STAGENORM_SERVE_METRICS_DIR"  # the directory this command created
DEFAULT_HOST, DEFAULT_PORT, DEFAULT_WORKERS = "127.0.0.1", 8080, 2


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
    parser.set_defaults(func=lambda args: serve(args.host, args.port, args.workers))


def startup_problems(settings: Settings) -> list[Problem]:
    """The pre-flight problems, plus secrets that do not decode (the app would refuse to start)."""
    from stagenorm import preflight, signing

    problems = preflight.run_checks(settings)
    try:
        signing.load_keys(settings.webhook_secrets)
    except signing.SecretError as exc:
        problems.append(Problem("error", "ALERTMANAGER_WEBHOOK_SECRET", str(exc)))
    if not settings.webhook_token and not settings.webhook_secrets:
        problems.append(Problem(
            "warning", "ALERTMANAGER_WEBHOOK_TOKEN",
            "neither a token nor a secret is set: every /ops request will be refused with 401",
        ))
    return problems


def _fresh_metrics_dir() -> bool:
    """Point PROMETHEUS_MULTIPROC_DIR at a new directory; True when that needs a fresh process."""
    own = os.environ.get(_OWN_DIR_ENV)
    if own and os.environ.get(MULTIPROC_ENV) == own and os.path.isdir(own) and not os.listdir(own):
        return False  # set up by the command that re-executed us
    path = tempfile.mkdtemp(prefix="stagenorm-metrics-")
    os.environ[MULTIPROC_ENV] = path
    os.environ[_OWN_DIR_ENV] = path
    return "prometheus_client" in sys.modules


def serve(host: str, port: int, workers: int, *,
          execv: Callable[[str, list[str]], Any] = os.execv) -> int:
    if not 0 < port < 65536 or not 0 < workers <= 64:
        logs.event(log, "serve_refused", logging.ERROR, severity="error", subject="arguments",
                   problem="--port must be 1-65535 and --workers 1-64")
        return 2
    # Until gunicorn installs its own handlers, SIGTERM unwinds (and removes the directory)
    # instead of killing the process where it stands.
    signal.signal(signal.SIGTERM, _exit_on_sigterm)
    if _fresh_metrics_dir():
        sys.stdout.flush()
        sys.stderr.flush()
        execv(sys.executable, [sys.executable, "-m", "stagenorm.serve", "--host", host,
                               "--port", str(port), "--workers", str(workers)])
    master = os.getpid()
    try:
        settings = Settings.from_env()
        problems = startup_problems(settings)
        for problem in problems:
            logs.event(log, "preflight_problem",
                       logging.ERROR if problem.severity == "error" else logging.WARNING,
                       severity=problem.severity, subject=problem.subject, problem=problem.message)
        if any(p.severity == "error" for p in problems):
            logs.event(log, "serve_refused", logging.ERROR,
                       errors=sum(p.severity == "error" for p in problems),
                       hint="pre-flight found errors; fix them (stagenorm preflight) and start again")
            return 1
        # gunicorn exits by SystemExit, also where it runs no on_exit hook (a port it cannot
        # bind); its forked workers unwind through here too, and must leave the directory.
        WebhookServer(settings, {"bind": f"{host}:{port}", "workers": workers}).run()
        return 0
    finally:
        if os.getpid() == master:
            _remove_metrics_dir()


def _exit_on_sigterm(signum: int, _frame: Any) -> None:
    raise SystemExit(128 + signum)


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
        "handlers": {"console": {"class": "logging.StreamHandler", "formatter": "json",
                                 "stream": "ext://sys.stderr"}},
        "root": {"level": "INFO", "handlers": ["console"]},
        "loggers": {
            "gunicorn.error": {"level": "INFO", "handlers": ["console"], "propagate": False,
                               "qualname": "gunicorn.error"},
            "gunicorn.access": {"level": "WARNING", "handlers": [], "propagate": False,
                                "qualname": "gunicorn.access"},
        },
    }


class WebhookServer(BaseApplication):  # type: ignore[misc]  # gunicorn ships no type hints
    """gunicorn serving :func:`stagenorm.webhook.create_app` with ``options`` (bind, workers, ...)."""

    def __init__(self, settings: Settings, options: dict[str, Any]) -> None:
        self.settings = settings
        self.options = options
        super().__init__()

    def load_config(self) -> None:
        config = {
            "worker_class": "sync",
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
        from stagenorm.webhook import create_app

        return create_app(self.settings)


def main(argv: list[str] | None = None) -> int:
    logs.configure()
    parser = argparse.ArgumentParser(prog="stagenorm serve", description=__doc__)
    add_arguments(parser)
    args = parser.parse_args(argv)
    return serve(args.host, args.port, args.workers)


if __name__ == "__main__":
    raise SystemExit(main())
