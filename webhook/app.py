"""The ops webhook: Alertmanager and signed operator requests read and change the mode.

Routes (docs/api/ops-stage-validation.yml describes exactly these):

- ``GET  /ops/stage-validation-mode``  signed or bearer: the mode in force.
- ``PUT  /ops/stage-validation-mode``  signed only: ``{"mode", "actor", "reason"}``.
- ``POST /ops/alertmanager``           bearer or signed: Alertmanager's version 4 payload;
  a firing alert named in ``Settings.downgrade_alerts`` downgrades ``enforce`` to ``warn``
  (never raises the mode, never acts on ``resolved``).
- ``GET  /healthz``, ``/readyz`` (pre-flight), ``/metrics``: no auth.

Every answer is JSON (``/metrics`` excepted); client mistakes are 4xx and change nothing;
every request is one JSON log line (route, outcome, status, delivery id; never a secret).
A PUT whose ``Content-Type`` is not ``application/json`` is refused with 415 before its
body is parsed (a signature proves who sent the bytes, not how to read them). The app
refuses to be built with a secret or token shorter than ``MIN_SECRET_LENGTH``, whatever
entry point builds it (``stagenorm serve`` and ``webhook/wsgi.py`` also run the whole
pre-flight first: :func:`stagenorm.preflight.require`).
"""

from __future__ import annotations

import contextlib
import hmac
import json
import logging
import re
import time
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from typing import Any, NoReturn

import psycopg
from flask import Flask, Response, g, request
from werkzeug.exceptions import HTTPException

from stagenorm import db, logs, metrics, preflight
from stagenorm.config import MODES, Settings
from stagenorm.exceptions import ConfigurationError, InvalidArgument, InvalidMode, StagenormError
from stagenorm.modes import ModeChange, ModeReading, ModeStore

from . import replay, signing

log = logging.getLogger("stagenorm.webhook")

MODE_ROUTE = "/ops/stage-validation-mode"
ALERTMANAGER_ROUTE = "/ops/alertmanager"
ROUTES = frozenset({MODE_ROUTE, ALERTMANAGER_ROUTE, "/healthz", "/readyz", "/metrics"})
MAX_ACTOR = 200
MAX_REASON = 2000
MAX_REASON_ALERTS = 20  # alerts named in an audit reason; the rest are counted
ALERTMANAGER_ACTOR = "alertmanager"
JSON_TYPE = "application/json"
CREDENTIALS = ("ALERTMANAGER_WEBHOOK_SECRET", "ALERTMANAGER_WEBHOOK_TOKEN")
_NOT_BLANK = re.compile(r"\S")  # the OpenAPI pattern uses the same \S


class Refusal(Exception):
    """A request refused with a 4xx (or 503) JSON answer; ``outcome`` is its metric/log label."""

    def __init__(self, status: int, outcome: str, message: str, **extra: Any) -> None:
        self.status = status
        self.outcome = outcome
        self.message = message
        self.extra = extra
        super().__init__(message)


@dataclass(frozen=True)
class Auth:
    """How a request proved itself: ``signed`` (with its delivery) or ``bearer``."""

    kind: str
    verified: signing.Verified | None = None


def create_app(settings: Settings | None = None, store: ModeStore | None = None, *,
               clock: Callable[[], float] = time.time,
               replay_store: replay.ReplayStore | None = None) -> Flask:
    """The Flask app. ``settings`` default to the environment; ``clock`` gives Unix seconds."""
    config: Settings = settings if settings is not None else Settings.from_env()
    keys = signing.load_keys(config.webhook_secrets)  # a bad secret fails here, at start-up
    weak = [p for p in config.problems() if p.severity == "error" and p.subject in CREDENTIALS]
    if weak:  # a 1-character bearer token must not open the webhook, whoever builds the app
        raise ConfigurationError("; ".join(f"{p.subject}: {p.message}" for p in weak),
                                 hint="run: stagenorm preflight")
    modes = store if store is not None else ModeStore(config)
    replays = replay_store if replay_store is not None else replay.ReplayStore.from_url(
        config.redis_url, timeout=config.redis_timeout)

    app = Flask(__name__)
    app.extensions["stagenorm"] = {"settings": config, "store": modes, "replay": replays}

    def connection() -> db.Connection:
        """This request's database connection, opened on first use, closed at teardown."""
        if "db" not in g:
            try:
                g.db = db.connect(config.database_url, application_name="stagenorm-webhook")
            except StagenormError as exc:
                raise Refusal(503, "unavailable", "the database does not answer; retry later") from exc
        conn: db.Connection = g.db
        return conn

    @app.teardown_appcontext
    def close_connection(_exc: BaseException | None) -> None:
        conn = g.pop("db", None)
        if conn is not None:
            conn.close()

    @app.before_request
    def start_clock() -> None:
        g.started = time.perf_counter()
        g.outcome = "ok"
        g.delivery = None

    @app.after_request
    def log_request(response: Response) -> Response:
        route = (request.url_rule.rule if request.url_rule is not None
                 else request.path if request.path in ROUTES else "unmatched")  # bounded label set
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

    @app.errorhandler(Refusal)
    def refused(exc: Refusal) -> Response:
        g.outcome = exc.outcome
        return _json({"error": exc.outcome, "message": exc.message, **exc.extra}, exc.status)

    @app.errorhandler(HTTPException)
    def http_error(exc: HTTPException) -> Response:
        status = exc.code or 500
        outcome = {404: "not_found", 405: "method_not_allowed", 413: "too_large"}.get(status, "bad_request")
        g.outcome = outcome
        response = _json({"error": outcome, "message": exc.description or exc.name}, status)
        if status == 405:
            allow = exc.get_response().headers.get("Allow")
            if allow:
                response.headers["Allow"] = allow
        return response

    @app.errorhandler(psycopg.OperationalError)
    def database_down(exc: psycopg.OperationalError) -> Response:
        g.outcome = "unavailable"
        logs.event(log, "webhook_database_error", logging.WARNING, error=str(exc).strip())
        return _json({"error": "unavailable", "message": "the database does not answer; retry later"}, 503)

    @app.errorhandler(StagenormError)
    def stagenorm_error(exc: StagenormError) -> Response:
        if isinstance(exc, ConfigurationError):  # the database went away mid-request
            g.outcome = "unavailable"
            logs.event(log, "webhook_database_error", logging.WARNING, error=exc.message)
            return _json({"error": "unavailable", "message": "the database does not answer; retry later"}, 503)
        if isinstance(exc, InvalidMode | InvalidArgument):
            g.outcome = "invalid"
            return _json({"error": "invalid", "message": exc.message}, 422)
        g.outcome = "error"
        logs.event(log, "webhook_stagenorm_error", logging.ERROR, error=exc.message,
                   sqlstate=exc.sqlstate, error_hint=exc.hint)
        return _json({"error": "error", "message": exc.message}, 500)

    @app.errorhandler(Exception)
    def server_error(exc: Exception) -> Response:
        g.outcome = "error"
        log.exception("webhook_unhandled_error")
        return _json({"error": "error", "message": "internal error; see the server log"}, 500)

    # -- authentication -------------------------------------------------------------------

    def read_body() -> bytes:
        """The raw body, at most ``max_body_bytes``: Content-Length is checked first, then the
        stream itself (a chunked body has no Content-Length) is read no further than one byte
        past the limit."""
        limit = config.max_body_bytes
        if request.content_length is not None and request.content_length > limit:
            raise Refusal(413, "too_large", f"the body exceeds {limit} bytes")
        stream = request.stream
        data = bytearray()
        while len(data) <= limit:
            try:
                chunk = stream.read(limit + 1 - len(data))
            except TimeoutError as exc:  # the server's client timeout (stagenorm serve --client-timeout)
                raise Refusal(408, "client_timeout", "the body stopped arriving; send it whole") from exc
            if not chunk:
                break
            data += chunk
        if len(data) > limit:
            raise Refusal(413, "too_large", f"the body exceeds {limit} bytes")
        return bytes(data)

    def authenticate(body: bytes, *, bearer_ok: bool) -> Auth:
        headers = {name.lower(): value for name, value in request.headers.items()}
        if signing.has_signature_headers(headers):  # a signature that is presented must verify
            try:
                verified = signing.verify(body, headers, keys, now=clock())
            except signing.SignatureError as exc:
                raise Refusal(401, f"signature_{exc.reason}", str(exc)) from exc
            g.delivery = verified.msg_id
            g.auth_kind = "signed"
            return Auth("signed", verified)
        authorization = headers.get("authorization")
        if authorization is None:
            raise Refusal(401, "unauthenticated",
                          "sign the request (webhook-id, webhook-timestamp, webhook-signature)"
                          + (" or send Authorization: Bearer <token>" if bearer_ok else ""))
        if not bearer_ok:
            raise Refusal(401, "signature_required",
                          "this route needs a signed request; a bearer token is not enough")
        scheme, _, token = authorization.partition(" ")
        expected = config.webhook_token
        if scheme.lower() != "bearer" or not token.strip() or expected is None or not hmac.compare_digest(
            token.strip().encode("utf-8", "surrogateescape"), expected.encode("utf-8")
        ):
            raise Refusal(401, "bearer_invalid", "the bearer token is missing, malformed or wrong")
        g.auth_kind = "bearer"
        return Auth("bearer")

    def parse_json(body: bytes) -> Any:
        try:
            return json.loads(body.decode("utf-8"))
        except (UnicodeDecodeError, ValueError) as exc:  # JSONDecodeError is a ValueError
            raise Refusal(400, "bad_json", f"the body is not UTF-8 JSON: {exc}") from exc
        except RecursionError as exc:
            raise Refusal(400, "bad_json", "the body nests too deeply") from exc

    # -- routes ---------------------------------------------------------------------------

    @app.get("/healthz")
    def healthz() -> Response:
        return _json({"status": "ok"}, 200)

    @app.get("/readyz")
    def readyz() -> Response:
        problems = preflight.run_checks(config)
        errors = [p for p in problems if p.severity == "error"]
        g.outcome = "not_ready" if errors else "ok"
        return _json({"ready": not errors, "problems": [vars(p) for p in problems]},
                     503 if errors else 200)

    @app.get("/metrics")
    def metrics_route() -> Response:
        return Response(metrics.render(), 200, content_type="text/plain; version=0.0.4; charset=utf-8")

    @app.get(MODE_ROUTE)
    def get_mode() -> Response:
        authenticate(read_body(), bearer_ok=True)
        reading = modes.get()
        return _json(_reading_json(reading), 200)

    @app.put(MODE_ROUTE)
    def put_mode() -> Response:
        body = read_body()
        auth = authenticate(body, bearer_ok=False)
        assert auth.verified is not None  # bearer was refused above
        if request.mimetype != JSON_TYPE:
            raise Refusal(415, "unsupported_media_type",
                          f"send the body as Content-Type: {JSON_TYPE}, not {request.mimetype or 'none'}")
        change = _mode_request(parse_json(body))
        key = replay.signed_key(auth.verified.msg_id)
        conn = connection()
        claim = replays.claim(conn, key, source="signed", ttl=replay.SIGNED_TTL_SECONDS, now=clock())
        if not claim.fresh:
            conn.rollback()
            g.outcome = "duplicate"
            return _json({"applied": False, "duplicate": True, "delivery_id": auth.verified.msg_id,
                          "mode": modes.get().mode}, 200)
        # The claim stays uncommitted (its row locked) while the change is made, and commits
        # right after it: a copy arriving meanwhile waits, then finds it; a failure releases it.
        with _released_on_error(conn):
            result = modes.set(change["mode"], change["actor"], change["reason"], source="webhook")
        conn.commit()
        replays.remember(key, ttl=replay.SIGNED_TTL_SECONDS)
        if result is None:  # set_mode without only_from always writes; kept for completeness
            g.outcome = "unchanged"
            return _json({"applied": False, "duplicate": False, "delivery_id": auth.verified.msg_id,
                          "mode": modes.get().mode}, 200)
        g.outcome = "applied"
        return _json({"applied": True, "duplicate": False, "delivery_id": auth.verified.msg_id,
                      **_change_json(result)}, 200)

    @app.post(ALERTMANAGER_ROUTE)
    def alertmanager() -> Response:
        body = read_body()
        auth = authenticate(body, bearer_ok=True)
        payload = _notification(parse_json(body))
        key = replay.notification_key(payload)
        g.delivery = g.get("delivery") or key
        firing = [
            alert for alert in payload["alerts"]
            if alert["status"] == "firing" and alert["labels"].get("alertname") in config.downgrade_alerts
        ]
        if not firing and auth.verified is None:
            g.outcome = "ignored"  # nothing to apply, nothing to remember
            return _json({"applied": False, "duplicate": False, "mode": modes.get().mode,
                          "message": "no firing alert is configured to downgrade the mode"}, 200)
        conn = connection()
        now = clock()
        claimed: list[tuple[str, int]] = []
        if auth.verified is not None:  # a signed delivery id is used once, whatever it carries
            signed = replay.signed_key(auth.verified.msg_id)
            if not replays.claim(conn, signed, source="signed", ttl=replay.SIGNED_TTL_SECONDS, now=now).fresh:
                conn.rollback()
                g.outcome = "duplicate"
                return _json({"applied": False, "duplicate": True, "mode": modes.get().mode}, 200)
            claimed.append((signed, replay.SIGNED_TTL_SECONDS))
        result: ModeChange | None = None
        if firing:
            if not replays.claim(conn, key, source="alertmanager", ttl=replay.ALERTMANAGER_TTL_SECONDS,
                                 now=now).fresh:
                conn.rollback()
                g.outcome = "duplicate"
                return _json({"applied": False, "duplicate": True, "mode": modes.get().mode}, 200)
            claimed.append((key, replay.ALERTMANAGER_TTL_SECONDS))
            with _released_on_error(conn):
                result = modes.set("warn", ALERTMANAGER_ACTOR, _downgrade_reason(payload, firing),
                                   source="alertmanager", only_from="enforce")
        conn.commit()
        for claimed_key, ttl in claimed:
            replays.remember(claimed_key, ttl=ttl)
        if not firing:
            g.outcome = "ignored"
            return _json({"applied": False, "duplicate": False, "mode": modes.get().mode,
                          "message": "no firing alert is configured to downgrade the mode"}, 200)
        if result is None:
            g.outcome = "unchanged"
            return _json({"applied": False, "duplicate": False, "mode": modes.get().mode,
                          "message": "the mode is not enforce; an alert never raises it"}, 200)
        g.outcome = "applied"
        return _json({"applied": True, "duplicate": False, **_change_json(result)}, 200)

    return app


@contextlib.contextmanager
def _released_on_error(conn: db.Connection) -> Iterator[None]:
    """Roll the replay claims back when the change they guard fails, so a retry is applied."""
    try:
        yield
    except BaseException:
        with contextlib.suppress(psycopg.Error):
            conn.rollback()
        raise


# -- validation ---------------------------------------------------------------------------------


def _invalid(message: str, **extra: Any) -> NoReturn:
    raise Refusal(422, "invalid", message, **extra)


def _text(value: Any, name: str, limit: int) -> str:
    """A non-blank string of at most ``limit`` characters without NUL; returned stripped."""
    if not isinstance(value, str):
        _invalid(f"{name} must be a string", field=name)
    if len(value) > limit:
        _invalid(f"{name} must be at most {limit} characters", field=name)
    if "\x00" in value:
        _invalid(f"{name} must not contain NUL characters", field=name)
    if not _NOT_BLANK.search(value):
        _invalid(f"{name} must not be blank", field=name)
    return value.strip()


def _mode_request(document: Any) -> dict[str, str]:
    if not isinstance(document, dict):
        _invalid('the body must be a JSON object {"mode", "actor", "reason"}')
    unknown = sorted(set(document) - {"mode", "actor", "reason"})
    if unknown:
        _invalid(f"unknown fields: {', '.join(unknown)[:200]}")
    mode = document.get("mode")
    if not isinstance(mode, str) or mode not in MODES:
        _invalid("mode must be one of off, warn, enforce", field="mode")
    return {
        "mode": mode,
        "actor": _text(document.get("actor"), "actor", MAX_ACTOR),
        "reason": _text(document.get("reason"), "reason", MAX_REASON),
    }


def _is_labels(value: Any) -> bool:
    return isinstance(value, dict) and all(isinstance(v, str) for v in value.values())


def _optional(document: dict[str, Any], name: str, check: Callable[[Any], bool], what: str,
              where: str = "") -> None:
    if name in document and not check(document[name]):
        _invalid(f"{where}{name} must be {what}", field=name)


def _is_count(value: Any) -> bool:
    """A JSON Schema integer >= 0 (1.0 counts; true does not)."""
    if isinstance(value, bool):
        return False
    if isinstance(value, float):
        return value.is_integer() and value >= 0
    return isinstance(value, int) and value >= 0


def _is_str(value: Any) -> bool:
    return isinstance(value, str)


def _notification(document: Any) -> dict[str, Any]:
    """An Alertmanager version 4 payload, checked exactly as the OpenAPI schema describes it."""
    if not isinstance(document, dict):
        _invalid("the body must be an Alertmanager webhook payload (a JSON object)")
    _optional(document, "version", lambda v: v == "4", 'the string "4" (Alertmanager payload version)')
    status = document.get("status")
    if status not in ("firing", "resolved"):
        _invalid("status must be firing or resolved", field="status")
    if not isinstance(document.get("groupKey"), str):
        _invalid("groupKey must be a string", field="groupKey")
    _optional(document, "truncatedAlerts", _is_count, "an integer >= 0")
    for name in ("receiver", "externalURL"):
        _optional(document, name, _is_str, "a string")
    for name in ("groupLabels", "commonLabels", "commonAnnotations"):
        _optional(document, name, _is_labels, "an object of strings")
    alerts = document.get("alerts")
    if not isinstance(alerts, list):
        _invalid("alerts must be a list", field="alerts")
    checked = []
    for index, alert in enumerate(alerts):
        where = f"alerts[{index}]."
        if not isinstance(alert, dict):
            _invalid(f"alerts[{index}] must be an object", field="alerts")
        if alert.get("status") not in ("firing", "resolved"):
            _invalid(f"{where}status must be firing or resolved", field="alerts")
        if not _is_labels(alert.get("labels")):
            _invalid(f"{where}labels must be an object of strings", field="alerts")
        for name in ("fingerprint", "startsAt"):
            if not isinstance(alert.get(name), str):
                _invalid(f"{where}{name} must be a string", field="alerts")
        _optional(alert, "annotations", _is_labels, "an object of strings", where)
        for name in ("endsAt", "generatorURL"):
            _optional(alert, name, _is_str, "a string", where)
        checked.append({"status": alert["status"], "labels": alert["labels"],
                        "fingerprint": alert["fingerprint"], "startsAt": alert["startsAt"]})
    return {"status": status, "groupKey": document["groupKey"], "receiver": document.get("receiver"),
            "alerts": checked}


def _downgrade_reason(payload: Mapping[str, Any], firing: list[dict[str, Any]]) -> str:
    named = [f"{a['labels']['alertname'][:100]} (fingerprint {a['fingerprint'][:64]})"
             for a in firing[:MAX_REASON_ALERTS]]
    more = len(firing) - len(named)
    reason = "firing: " + ", ".join(named) + (f", and {more} more" if more > 0 else "")
    receiver = payload.get("receiver")
    if isinstance(receiver, str) and receiver:
        reason += f" (receiver {receiver[:100]})"
    return reason[:MAX_REASON]


# -- answers ------------------------------------------------------------------------------------


def _json(document: Mapping[str, Any], status: int) -> Response:
    return Response(json.dumps(document, default=str) + "\n", status, content_type=JSON_TYPE)


def _iso(value: Any) -> str | None:
    if value is None:
        return None
    iso = getattr(value, "isoformat", None)
    return str(iso()) if callable(iso) else str(value)


def _reading_json(reading: ModeReading) -> dict[str, Any]:
    return {
        "mode": reading.mode,
        "source": reading.source,
        "since": _iso(reading.since),
        "changed_by": reading.changed_by,
        "reason": reading.reason,
        "stale": bool(reading.stale),
    }


def _change_json(change: ModeChange) -> dict[str, Any]:
    return {"mode": change.new_mode, "previous": change.old_mode, "audit_id": change.id}
