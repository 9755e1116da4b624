"""The ops webhook: Alertmanager and signed operator requests read and change the mode.

:func:`create_app` builds the Flask app from its parts: ``auth`` (signatures and the bearer
token), ``payloads`` (the body and the documents accepted), ``routes`` (what each route
does, as ``docs/api/ops-stage-validation.yml`` describes), ``answers`` (JSON and refusals).
This module adds what every request shares: its log line and metric, and the error handlers.

Every answer is JSON (``/metrics`` excepted); client mistakes are 4xx and change nothing;
every request is one JSON log line (route, outcome, status, delivery id; never a secret).
A PUT whose ``Content-Type`` is not ``application/json`` is refused with 415 before its
body is parsed (a signature proves who sent the bytes, not how to read them). The app
refuses to be built with a secret or token shorter than ``MIN_SECRET_LENGTH``, whatever
entry point builds it (``stagenorm serve`` and ``webhook/wsgi.py`` also run the whole
pre-flight first: :func:`stagenorm.preflight.require`).
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable

import psycopg
from flask import Flask, Response, g, request
from werkzeug.exceptions import HTTPException

from stagenorm import logs, metrics
from stagenorm.config import Settings
from stagenorm.exceptions import ConfigurationError, InvalidArgument, InvalidMode, StagenormError
from stagenorm.modes import ModeStore

from . import replay, routes
from .answers import Refusal, json_response
from .auth import Authenticator

log = logging.getLogger("stagenorm.webhook")


def create_app(settings: Settings | None = None, store: ModeStore | None = None, *,
               clock: Callable[[], float] = time.time,
               replay_store: replay.ReplayStore | None = None) -> Flask:
    """The Flask app. ``settings`` default to the environment; ``clock`` gives Unix seconds."""
    config: Settings = settings if settings is not None else Settings.from_env()
    auth = Authenticator.from_settings(config, clock)  # a bad or weak credential fails here
    modes = store if store is not None else ModeStore(config)
    replays = replay_store if replay_store is not None else replay.ReplayStore.from_url(
        config.redis_url, timeout=config.redis_timeout)

    app = Flask(__name__)
    app.extensions["stagenorm"] = routes.Services(config, modes, replays, auth, clock)
    app.before_request(start_clock)
    app.after_request(log_request)
    app.register_error_handler(Refusal, refused)
    app.register_error_handler(HTTPException, http_error)
    app.register_error_handler(psycopg.OperationalError, database_down)
    app.register_error_handler(StagenormError, stagenorm_error)
    app.register_error_handler(Exception, server_error)
    routes.register(app)
    return app


# -- every request -------------------------------------------------------------------------------


def start_clock() -> None:
    g.started = time.perf_counter()
    g.outcome = "ok"
    g.delivery = None


def log_request(response: Response) -> Response:
    route = (request.url_rule.rule if request.url_rule is not None
             else request.path if request.path in routes.ROUTES else "unmatched")  # bounded label set
    outcome = str(g.get("outcome", "ok"))
    metrics.WEBHOOK_REQUESTS.labels(route=route, outcome=outcome).inc()
    logs.event(
        log, "webhook_request",
        logging.WARNING if response.status_code >= 500 else logging.INFO,
        route=route, method=request.method, outcome=outcome, status=response.status_code,
        delivery_id=g.get("delivery"), auth=g.get("auth_kind"),
        duration_ms=round((time.perf_counter() - g.get("started", time.perf_counter())) * 1000, 3),
        remote_addr=request.remote_addr,
    )
    return response


# -- errors --------------------------------------------------------------------------------------

UNAVAILABLE = {"error": "unavailable", "message": "the database does not answer; retry later"}


def refused(exc: Refusal) -> Response:
    g.outcome = exc.outcome
    return json_response({"error": exc.outcome, "message": exc.message, **exc.extra}, exc.status)


def http_error(exc: HTTPException) -> Response:
    status = exc.code or 500
    outcome = {404: "not_found", 405: "method_not_allowed", 413: "too_large"}.get(status, "bad_request")
    g.outcome = outcome
    response = json_response({"error": outcome, "message": exc.description or exc.name}, status)
    if status == 405:
        allow = exc.get_response().headers.get("Allow")
        if allow:
            response.headers["Allow"] = allow
    return response


def database_down(exc: psycopg.OperationalError) -> Response:
    g.outcome = "unavailable"
    logs.event(log, "webhook_database_error", logging.WARNING, error=str(exc).strip())
    return json_response(UNAVAILABLE, 503)


def stagenorm_error(exc: StagenormError) -> Response:
    if isinstance(exc, ConfigurationError):  # the database went away mid-request
        g.outcome = "unavailable"
        logs.event(log, "webhook_database_error", logging.WARNING, error=exc.message)
        return json_response(UNAVAILABLE, 503)
    if isinstance(exc, InvalidMode | InvalidArgument):
        g.outcome = "invalid"
        return json_response({"error": "invalid", "message": exc.message}, 422)
    g.outcome = "error"
    logs.event(log, "webhook_stagenorm_error", logging.ERROR, error=exc.message,
               sqlstate=exc.sqlstate, error_hint=exc.hint)
    return json_response({"error": "error", "message": exc.message}, 500)


def server_error(exc: Exception) -> Response:
    g.outcome = "error"
    log.exception("webhook_unhandled_error")
    return json_response({"error": "error", "message": "internal error; see the server log"}, 500)
