"""The webhook's routes (``docs/api/ops-stage-validation.yml`` describes exactly these):

- ``GET  /ops/stage-validation-mode``  signed or bearer: the mode in force.
- ``PUT  /ops/stage-validation-mode``  signed only: ``{"mode", "actor", "reason"}``.
- ``POST /ops/alertmanager``           bearer or signed: Alertmanager's version 4 payload;
  a firing alert named in ``Settings.downgrade_alerts`` downgrades ``enforce`` to ``warn``
  (never raises the mode, never acts on ``resolved``).
- ``GET  /healthz``, ``/readyz`` (pre-flight), ``/metrics``: no auth.

A replay key is claimed in the request's database transaction and held (its row locked)
while the change it guards is made; a failure rolls the claim back so a retry is applied.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

import psycopg
from flask import Flask, Response, current_app, g, request

from stagenorm import db, metrics, preflight
from stagenorm.config import Settings
from stagenorm.exceptions import StagenormError
from stagenorm.modes import ModeChange, ModeStore

from . import payloads, replay
from .answers import JSON_TYPE, Refusal, change_json, json_response, reading_json
from .auth import Authenticator

MODE_ROUTE = "/ops/stage-validation-mode"
ALERTMANAGER_ROUTE = "/ops/alertmanager"
ROUTES = frozenset({MODE_ROUTE, ALERTMANAGER_ROUTE, "/healthz", "/readyz", "/metrics"})
ALERTMANAGER_ACTOR = "alertmanager"
NOTHING_TO_DOWNGRADE = "no firing alert is configured to downgrade the mode"


@dataclass(frozen=True)
class Services:
    """What the routes use, kept in ``app.extensions["stagenorm"]`` (``["store"]`` works too)."""

    settings: Settings
    store: ModeStore
    replay: replay.ReplayStore
    auth: Authenticator
    clock: Callable[[], float]

    def __getitem__(self, name: str) -> Any:
        return getattr(self, name)


def services() -> Services:
    found: Services = current_app.extensions["stagenorm"]
    return found


def connection() -> db.Connection:
    """This request's database connection, opened on first use, closed at teardown
    (:func:`close_connection`)."""
    if "db" not in g:
        try:
            g.db = db.connect(services().settings.database_url, application_name="stagenorm-webhook")
        except StagenormError as exc:
            raise Refusal(503, "unavailable", "the database does not answer; retry later") from exc
    conn: db.Connection = g.db
    return conn


def close_connection(_exc: BaseException | None) -> None:
    conn = g.pop("db", None)
    if conn is not None:
        conn.close()


def register(app: Flask) -> None:
    app.teardown_appcontext(close_connection)
    app.add_url_rule("/healthz", view_func=healthz, methods=["GET"])
    app.add_url_rule("/readyz", view_func=readyz, methods=["GET"])
    app.add_url_rule("/metrics", view_func=metrics_route, methods=["GET"])
    app.add_url_rule(MODE_ROUTE, view_func=get_mode, methods=["GET"])
    app.add_url_rule(MODE_ROUTE, view_func=put_mode, methods=["PUT"])
    app.add_url_rule(ALERTMANAGER_ROUTE, view_func=alertmanager, methods=["POST"])


@contextlib.contextmanager
def _released_on_error(conn: db.Connection) -> Iterator[None]:
    """Roll the replay claims back when the change they guard fails, so a retry is applied."""
    try:
        yield
    except BaseException:
        with contextlib.suppress(psycopg.Error):
            conn.rollback()
        raise


def _authenticated_body(*, bearer_ok: bool) -> tuple[bytes, Any]:
    svc = services()
    body = payloads.read_body(svc.settings.max_body_bytes)
    return body, svc.auth.authenticate(body, request.headers.items(), bearer_ok=bearer_ok)


def healthz() -> Response:
    return json_response({"status": "ok"}, 200)


def readyz() -> Response:
    problems = preflight.run_checks(services().settings)
    errors = [p for p in problems if p.severity == "error"]
    g.outcome = "not_ready" if errors else "ok"
    return json_response({"ready": not errors, "problems": [vars(p) for p in problems]},
                         503 if errors else 200)


def metrics_route() -> Response:
    return Response(metrics.render(), 200, content_type="text/plain; version=0.0.4; charset=utf-8")


def get_mode() -> Response:
    _authenticated_body(bearer_ok=True)
    return json_response(reading_json(services().store.get()), 200)


def put_mode() -> Response:
    svc = services()
    body, auth = _authenticated_body(bearer_ok=False)
    assert auth.verified is not None  # bearer was refused above
    if request.mimetype != JSON_TYPE:
        raise Refusal(415, "unsupported_media_type",
                      f"send the body as Content-Type: {JSON_TYPE}, not {request.mimetype or 'none'}")
    change = payloads.mode_request(payloads.parse_json(body))
    key = replay.signed_key(auth.verified.msg_id)
    conn = connection()
    claim = svc.replay.claim(conn, key, source="signed", ttl=replay.SIGNED_TTL_SECONDS, now=svc.clock())
    if not claim.fresh:
        conn.rollback()
        g.outcome = "duplicate"
        return json_response({"applied": False, "duplicate": True, "delivery_id": auth.verified.msg_id,
                              "mode": svc.store.get().mode}, 200)
    # The claim stays uncommitted (its row locked) while the change is made, and commits
    # right after it: a copy arriving meanwhile waits, then finds it; a failure releases it.
    with _released_on_error(conn):
        result = svc.store.set(change["mode"], change["actor"], change["reason"], source="webhook")
    conn.commit()
    svc.replay.remember(key, ttl=replay.SIGNED_TTL_SECONDS)
    if result is None:  # set_mode without only_from always writes; kept for completeness
        g.outcome = "unchanged"
        return json_response({"applied": False, "duplicate": False, "delivery_id": auth.verified.msg_id,
                              "mode": svc.store.get().mode}, 200)
    g.outcome = "applied"
    return json_response({"applied": True, "duplicate": False, "delivery_id": auth.verified.msg_id,
                          **change_json(result)}, 200)


def alertmanager() -> Response:
    svc = services()
    body, auth = _authenticated_body(bearer_ok=True)
    payload = payloads.notification(payloads.parse_json(body))
    key = replay.notification_key(payload)
    g.delivery = g.get("delivery") or key
    firing = [
        alert for alert in payload["alerts"]
        if alert["status"] == "firing" and alert["labels"].get("alertname") in svc.settings.downgrade_alerts
    ]
    if not firing and auth.verified is None:
        g.outcome = "ignored"  # nothing to apply, nothing to remember
        return json_response({"applied": False, "duplicate": False, "mode": svc.store.get().mode,
                              "message": NOTHING_TO_DOWNGRADE}, 200)
    conn = connection()
    now = svc.clock()
    claimed: list[tuple[str, int]] = []
    if auth.verified is not None:  # a signed delivery id is used once, whatever it carries
        signed = replay.signed_key(auth.verified.msg_id)
        if not svc.replay.claim(conn, signed, source="signed", ttl=replay.SIGNED_TTL_SECONDS, now=now).fresh:
            conn.rollback()
            g.outcome = "duplicate"
            return json_response({"applied": False, "duplicate": True, "mode": svc.store.get().mode}, 200)
        claimed.append((signed, replay.SIGNED_TTL_SECONDS))
    result: ModeChange | None = None
    if firing:
        if not svc.replay.claim(conn, key, source="alertmanager", ttl=replay.ALERTMANAGER_TTL_SECONDS,
                                now=now).fresh:
            conn.rollback()
            g.outcome = "duplicate"
            return json_response({"applied": False, "duplicate": True, "mode": svc.store.get().mode}, 200)
        claimed.append((key, replay.ALERTMANAGER_TTL_SECONDS))
        with _released_on_error(conn):
            result = svc.store.set("warn", ALERTMANAGER_ACTOR, payloads.downgrade_reason(payload, firing),
                                   source="alertmanager", only_from="enforce")
    conn.commit()
    for claimed_key, ttl in claimed:
        svc.replay.remember(claimed_key, ttl=ttl)
    if not firing:
        g.outcome = "ignored"
        return json_response({"applied": False, "duplicate": False, "mode": svc.store.get().mode,
                              "message": NOTHING_TO_DOWNGRADE}, 200)
    if result is None:
        g.outcome = "unchanged"
        return json_response({"applied": False, "duplicate": False, "mode": svc.store.get().mode,
                              "message": "the mode is not enforce; an alert never raises it"}, 200)
    g.outcome = "applied"
    return json_response({"applied": True, "duplicate": False, **change_json(result)}, 200)
