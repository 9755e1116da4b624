"""The ops webhook's routes, through Flask's test client, against real PostgreSQL and Redis."""

from __future__ import annotations

import base64
import contextlib
import io
import itertools
import json
import logging
import os
import re
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlsplit, urlunsplit

import psycopg
import pytest
from flask import Flask
from flask.testing import FlaskClient
from psycopg.rows import dict_row

from stagenorm import logs
from stagenorm.config import Settings
from stagenorm.modes import ModeStore
from stagenorm.web import signing
from stagenorm.web.app import create_app
from tests import harness
from tests.conftest import create_database, drop_database

SECRET = "whsec_" + base64.b64encode(b"n" * 32).decode()
OLD_SECRET = "whsec_" + base64.b64encode(b"o" * 32).decode()
OTHER_SECRET = "whsec_" + base64.b64encode(b"x" * 32).decode()
TOKEN = "tok_" + "t" * 40
LIMIT = 4096
MODE = "/ops/stage-validation-mode"
AM = "/ops/alertmanager"


@dataclass
class Clock:
    now: float = field(default_factory=lambda: float(int(time.time())))

    def __call__(self) -> float:
        return self.now


@dataclass
class Env:
    client: FlaskClient
    app: Flask
    clock: Clock
    db_url: str
    settings: Settings
    sent: int = 0
    audit_before: int = 0
    deliveries_before: frozenset[str] = frozenset()

    def sql(self, query: str, *args: Any) -> list[dict[str, Any]]:
        with psycopg.connect(self.db_url, row_factory=dict_row, autocommit=True) as conn:
            cur = conn.execute(query, args or None)
            return cur.fetchall() if cur.description else []

    def mode(self) -> str:
        return str(self.sql("SELECT stagenorm.current_mode() AS m")[0]["m"])

    def set_mode(self, mode: str) -> None:
        """Through the app's own ModeStore (as `stagenorm mode set` would), so its cache follows."""
        self.app.extensions["stagenorm"]["store"].set(mode, "test", "setup", source="sql")

    def close(self) -> None:
        self.app.extensions["stagenorm"]["store"].close()
        self.app.extensions["stagenorm"]["replay"].close()

    def audit(self) -> list[dict[str, Any]]:
        return self.sql("SELECT id, old_mode, new_mode, actor, reason, source FROM stagenorm.mode_audit ORDER BY id")

    def deliveries(self) -> list[str]:
        return [r["key"] for r in self.sql("SELECT key FROM stagenorm.webhook_delivery ORDER BY key")]

    def new_audit(self) -> list[dict[str, Any]]:
        """The audit rows written since this Env was made."""
        return self.audit()[self.audit_before:]

    def new_deliveries(self) -> list[str]:
        return [key for key in self.deliveries() if key not in self.deliveries_before]

    def signed(self, method: str, path: str, body: bytes = b"", *, msg_id: str | None = None,
               ts: float | None = None, secret: str = SECRET, **headers: str) -> Any:
        self.sent += 1
        msg_id = msg_id or f"msg_test_{self.sent}_{time.monotonic_ns()}"
        signed = signing.sign(body, secret, msg_id=msg_id, timestamp=int(self.clock.now if ts is None else ts))
        return self.client.open(path, method=method, data=body,
                                headers={**signed, "Content-Type": "application/json", **headers})

    def put_mode(self, mode: str = "warn", actor: str = "alice", reason: str = "testing", **kw: Any) -> Any:
        return self.signed("PUT", MODE, json.dumps({"mode": mode, "actor": actor, "reason": reason}).encode(), **kw)

    def bearer(self, method: str, path: str, body: bytes = b"", token: str = TOKEN) -> Any:
        return self.client.open(path, method=method, data=body,
                                headers={"Authorization": f"Bearer {token}", "Content-Type": "application/json"})


_opened: list[Env] = []


def make_env(db_url: str, redis_url: str | None, store: ModeStore | None = None,
             inspect_url: str | None = None, **overrides: Any) -> Env:
    """An app on ``db_url``; the test reads the database through ``inspect_url`` (default the same)."""
    options: dict[str, Any] = {"webhook_secrets": (SECRET, OLD_SECRET), "webhook_token": TOKEN,
                               "max_body_bytes": LIMIT, **overrides}
    settings = Settings(database_url=db_url, redis_url=redis_url, **options)
    clock = Clock()
    app = create_app(settings, store, clock=clock)
    made = Env(client=app.test_client(), app=app, clock=clock, db_url=inspect_url or db_url, settings=settings)
    with contextlib.suppress(psycopg.OperationalError):  # an Env on a closed port has no state
        made.audit_before = len(made.audit())
        made.deliveries_before = frozenset(made.deliveries())
    _opened.append(made)
    return made


@pytest.fixture(autouse=True)
def close_apps() -> Iterator[None]:
    """Every app made by a test: its ModeStore subscriber thread and Redis clients are closed."""
    yield
    while _opened:
        _opened.pop().close()


@pytest.fixture(scope="module")
def db_url(pg_server: harness.PostgresServer, template_db: str) -> Iterator[str]:
    """One database for this module (cloning one per test costs over a second each). Tests
    compare with the state they found (Env.new_audit, Env.new_deliveries), never with empty."""
    name = f"stagenorm_webhook_{os.getpid()}"
    url = create_database(pg_server, name, template_db)
    yield url
    drop_database(pg_server, name)


@pytest.fixture
def env(db_url: str, redis_url: str) -> Iterator[Env]:
    yield make_env(db_url, redis_url)


_groups = itertools.count()


def notification(*alerts: dict[str, Any], status: str = "firing", group: str | None = None,
                 **extra: Any) -> bytes:
    """A version 4 payload; each call has a group of its own unless ``group`` is given."""
    group = group if group is not None else f'{{}}:{{alertname="x", n="{next(_groups)}"}}'
    return json.dumps({
        "version": "4", "receiver": "stagenorm", "status": status, "groupKey": group,
        "alerts": list(alerts), "groupLabels": {}, "commonLabels": {}, "commonAnnotations": {},
        "externalURL": "http://am:9093", "truncatedAlerts": 0, **extra,
    }).encode()


def alert(name: str = "EnforceGateUnknownRateHigh", status: str = "firing", fp: str = "fp01",
          starts: str = "2026-11-28T10:00:00Z") -> dict[str, Any]:
    return {"status": status, "labels": {"alertname": name, "severity": "critical"}, "annotations": {},
            "startsAt": starts, "endsAt": "0001-01-01T00:00:00Z", "generatorURL": "", "fingerprint": fp}


# -- PUT /ops/stage-validation-mode -------------------------------------------------------------


def test_signed_put_sets_the_mode_and_audits_it(env: Env) -> None:
    env.set_mode("enforce")
    answer = env.put_mode("warn", actor="alice", reason="unknown rate too high", msg_id="msg_put_1")
    assert answer.status_code == 200, answer.json
    assert answer.json["applied"] is True and answer.json["duplicate"] is False
    assert answer.json["mode"] == "warn" and answer.json["previous"] == "enforce"
    assert answer.json["delivery_id"] == "msg_put_1"
    assert env.mode() == "warn"
    last = env.audit()[-1]
    assert (last["old_mode"], last["new_mode"], last["actor"], last["reason"], last["source"]) == (
        "enforce", "warn", "alice", "unknown rate too high", "webhook")
    assert answer.json["audit_id"] == last["id"]
    assert env.new_deliveries() == ["id:msg_put_1"]


def test_replayed_delivery_is_answered_but_applied_once(env: Env) -> None:
    env.set_mode("enforce")
    first = env.put_mode("off", msg_id="msg_replay")
    assert first.status_code == 200 and first.json["applied"]
    env.set_mode("enforce")  # someone changes it back; the replay must not undo that
    before = len(env.audit())
    for later in (0, 60, 299):  # the same signed request again, within the window
        env.clock.now += later
        again = env.put_mode("off", msg_id="msg_replay")
        assert again.status_code == 200
        assert again.json == {"applied": False, "duplicate": True, "delivery_id": "msg_replay",
                              "mode": "enforce"}
    assert env.mode() == "enforce" and len(env.audit()) == before


def test_replay_is_caught_by_postgresql_when_redis_is_down(env: Env, redis_server: harness.RedisServer) -> None:
    env.set_mode("enforce")
    redis_server.stop()
    try:
        first = env.put_mode("warn", msg_id="msg_no_redis")
        assert first.status_code == 200 and first.json["applied"]
        again = env.put_mode("warn", msg_id="msg_no_redis")
        assert again.status_code == 200 and again.json["duplicate"] is True
    finally:
        redis_server.start()
    assert [a["new_mode"] for a in env.new_audit()] == ["enforce", "warn"]


def test_rotation_old_and_new_secret_both_accepted(env: Env) -> None:
    assert env.put_mode("warn", secret=OLD_SECRET).status_code == 200
    assert env.put_mode("off", secret=SECRET).status_code == 200
    assert env.mode() == "off"


@pytest.mark.parametrize(("case", "outcome"), [
    ("no_headers", "unauthenticated"),
    ("bearer_only", "signature_required"),
    ("wrong_secret", "signature_forged"),
    ("tampered_body", "signature_forged"),
    ("expired", "signature_expired"),
    ("future", "signature_future"),
    ("missing_id", "signature_missing"),
    ("bad_timestamp", "signature_malformed"),
    ("bearer_and_bad_signature", "signature_forged"),
])
def test_put_refusals_change_nothing(env: Env, case: str, outcome: str) -> None:
    env.set_mode("enforce")
    body = json.dumps({"mode": "off", "actor": "mallory", "reason": "x"}).encode()
    now = int(env.clock.now)
    headers: dict[str, str] = {"Content-Type": "application/json"}
    if case == "bearer_only":
        headers["Authorization"] = f"Bearer {TOKEN}"
    elif case == "wrong_secret":
        headers |= signing.sign(body, OTHER_SECRET, msg_id="m1", timestamp=now)
    elif case == "tampered_body":
        headers |= signing.sign(body, SECRET, msg_id="m1", timestamp=now)
        body = body.replace(b"mallory", b"mallorz")
    elif case == "expired":
        headers |= signing.sign(body, SECRET, msg_id="m1", timestamp=now - 301)
    elif case == "future":
        headers |= signing.sign(body, SECRET, msg_id="m1", timestamp=now + 301)
    elif case == "missing_id":
        headers |= signing.sign(body, SECRET, msg_id="m1", timestamp=now)
        del headers["webhook-id"]
    elif case == "bad_timestamp":
        headers |= signing.sign(body, SECRET, msg_id="m1", timestamp=now) | {"webhook-timestamp": "soon"}
    elif case == "bearer_and_bad_signature":
        headers |= signing.sign(body, OTHER_SECRET, msg_id="m1", timestamp=now)
        headers["Authorization"] = f"Bearer {TOKEN}"
    answer = env.client.put(MODE, data=body, headers=headers)
    assert answer.status_code == 401
    assert answer.content_type == "application/json"
    assert answer.json["error"] == outcome and answer.json["message"]
    assert env.mode() == "enforce" and len(env.new_audit()) == 1 and env.new_deliveries() == []


@pytest.mark.parametrize(("body", "status", "field"), [
    (b"{not json", 400, None),
    (b"\xff\xfe{}", 400, None),
    (b"", 400, None),
    (b"[" * 2000 + b"]" * 2000, 400, None),
    (b"null", 422, None),
    (b"[]", 422, None),
    (b'"warn"', 422, None),
    (b'{"mode": "strict", "actor": "a", "reason": "r"}', 422, "mode"),
    (b'{"mode": "WARN", "actor": "a", "reason": "r"}', 422, "mode"),
    (b'{"mode": 1, "actor": "a", "reason": "r"}', 422, "mode"),
    (b'{"mode": null, "actor": "a", "reason": "r"}', 422, "mode"),
    (b'{"actor": "a", "reason": "r"}', 422, "mode"),
    (b'{"mode": "warn", "reason": "r"}', 422, "actor"),
    (b'{"mode": "warn", "actor": "   ", "reason": "r"}', 422, "actor"),
    (b'{"mode": "warn", "actor": ["a"], "reason": "r"}', 422, "actor"),
    (b'{"mode": "warn", "actor": "a\\u0000b", "reason": "r"}', 422, "actor"),
    (b'{"mode": "warn", "actor": "' + b"a" * 201 + b'", "reason": "r"}', 422, "actor"),
    (b'{"mode": "warn", "actor": "a", "reason": ""}', 422, "reason"),
    (b'{"mode": "warn", "actor": "a", "reason": "r", "force": true}', 422, None),
    (b'{"mode": "warn\'; DROP TABLE stagenorm.mode_audit; --", "actor": "a", "reason": "r"}', 422, "mode"),
])
def test_put_malformed_bodies(env: Env, body: bytes, status: int, field: str | None) -> None:
    env.set_mode("enforce")
    answer = env.signed("PUT", MODE, body)
    assert answer.status_code == status, answer.json
    assert answer.json["error"] == ("bad_json" if status == 400 else "invalid")
    assert answer.json.get("field") == field
    assert env.mode() == "enforce" and len(env.new_audit()) == 1
    assert env.new_deliveries() == []  # a refused request does not use up its delivery id


def test_injection_in_actor_and_reason_is_stored_as_text(env: Env) -> None:
    actor = "bob'); UPDATE stagenorm.mode_state SET mode = 'off'; --"
    reason = "$$; DROP SCHEMA stagenorm CASCADE; $$ \u202e unicode ☃"
    assert env.put_mode("enforce", actor=actor, reason=reason).status_code == 200
    last = env.audit()[-1]
    assert (last["actor"], last["reason"], env.mode()) == (actor, reason, "enforce")


def test_actor_is_stored_without_surrounding_space(env: Env) -> None:
    assert env.put_mode("warn", actor="  alice \n", reason=" why ").status_code == 200
    assert (env.audit()[-1]["actor"], env.audit()[-1]["reason"]) == ("alice", "why")


def test_oversized_body_by_content_length(env: Env) -> None:
    env.set_mode("enforce")
    body = json.dumps({"mode": "off", "actor": "a", "reason": "r" * LIMIT}).encode()
    answer = env.signed("PUT", MODE, body)
    assert answer.status_code == 413 and answer.json["error"] == "too_large"
    assert env.mode() == "enforce"


def test_body_at_the_limit_is_read(env: Env) -> None:
    base = json.dumps({"mode": "off", "actor": "a", "reason": ""}).encode()
    body = base.replace(b'""', b'"' + b"r" * (LIMIT - len(base)) + b'"')
    assert len(body) == LIMIT
    answer = env.signed("PUT", MODE, body)
    assert answer.status_code == 422 and answer.json["field"] == "reason"  # read whole, then judged


def test_oversized_stream_without_content_length(env: Env) -> None:
    """A chunked body (no Content-Length) is cut at the limit, not read to the end."""
    env.set_mode("enforce")
    body = b'{"mode": "off", "actor": "a", "reason": "' + b"r" * (10 * LIMIT) + b'"}'
    headers = signing.sign(body, SECRET, msg_id="msg_stream", timestamp=int(env.clock.now))
    answer = env.client.put(MODE, headers={**headers, "Transfer-Encoding": "chunked"}, environ_overrides={
        "wsgi.input": io.BytesIO(body), "wsgi.input_terminated": True,
    })
    assert answer.status_code == 413 and answer.json["error"] == "too_large"
    assert env.mode() == "enforce"


# -- GET /ops/stage-validation-mode -------------------------------------------------------------


def test_get_with_bearer_and_with_signature(env: Env) -> None:
    env.set_mode("enforce")
    for answer in (env.bearer("GET", MODE), env.signed("GET", MODE)):
        assert answer.status_code == 200, answer.json
        assert answer.json["mode"] == "enforce"
        assert answer.json["changed_by"] == "test"
        assert answer.json["since"] is not None
        assert answer.json["reason"] == "setup" and answer.json["stale"] is False
        assert answer.json["source"] in {"cache", "redis", "database"}
        assert set(answer.json) == {"mode", "source", "since", "changed_by", "reason", "stale"}


@pytest.mark.parametrize("authorization", [
    None, "", "Bearer", "Bearer ", f"Bearer {TOKEN}x", f"Bearer {TOKEN[:-1]}", f"Basic {TOKEN}",
    f"bearer  {TOKEN}x", "Bearer " + "\u00e9" * 40, f"Token {TOKEN}",
])
def test_get_refuses_bad_tokens(env: Env, authorization: str | None) -> None:
    headers = {} if authorization is None else {"Authorization": authorization}
    answer = env.client.get(MODE, headers=headers)
    assert answer.status_code == 401
    assert answer.json["error"] in {"unauthenticated", "bearer_invalid"}


def test_bearer_scheme_is_case_insensitive(env: Env) -> None:
    assert env.client.get(MODE, headers={"Authorization": f"bearer {TOKEN}"}).status_code == 200


def test_without_a_configured_token_bearer_is_refused(db_url: str, redis_url: str) -> None:
    e = make_env(db_url, redis_url, webhook_token=None)
    assert e.bearer("GET", MODE, token="").status_code == 401
    assert e.bearer("GET", MODE, token=TOKEN).status_code == 401
    assert e.signed("GET", MODE).status_code == 200


def test_without_a_configured_secret_signatures_are_refused(db_url: str, redis_url: str) -> None:
    e = make_env(db_url, redis_url, webhook_secrets=())
    answer = e.put_mode("off")
    assert answer.status_code == 401 and answer.json["error"] == "signature_no_secret"


def test_bad_secret_refuses_to_create_the_app(db_url: str) -> None:
    with pytest.raises(signing.SecretError):
        create_app(Settings(database_url=db_url, webhook_secrets=("whsec_***not base64***",)))


# -- POST /ops/alertmanager ---------------------------------------------------------------------


def test_firing_alert_downgrades_enforce_to_warn(env: Env) -> None:
    env.set_mode("enforce")
    body = notification(alert(fp="aaa111"), alert("StageValidatorLatencyRegression", fp="bbb222"))
    answer = env.bearer("POST", AM, body)
    assert answer.status_code == 200, answer.json
    assert answer.json["applied"] is True and answer.json["mode"] == "warn"
    assert answer.json["previous"] == "enforce"
    last = env.audit()[-1]
    assert (last["old_mode"], last["new_mode"], last["actor"], last["source"]) == (
        "enforce", "warn", "alertmanager", "alertmanager")
    for text in ("EnforceGateUnknownRateHigh", "aaa111", "StageValidatorLatencyRegression", "bbb222"):
        assert text in last["reason"]


def test_same_notification_twice_is_applied_once(env: Env) -> None:
    """A retry, or the copy the other member of an HA pair sends."""
    env.set_mode("enforce")
    first = env.bearer("POST", AM, notification(alert(fp="f1"), alert(fp="f2", name="Other"), group="g-same"))
    assert first.json["applied"] is True
    env.set_mode("enforce")  # an operator promotes again while the same episode fires
    copy = notification(alert(fp="f2", name="Other"), alert(fp="f1"), receiver="other-member", group="g-same")
    for _ in range(3):
        again = env.bearer("POST", AM, copy)
        assert again.status_code == 200
        assert again.json == {"applied": False, "duplicate": True, "mode": "enforce"}
    assert [a["source"] for a in env.new_audit()] == ["sql", "alertmanager", "sql"]


def test_alert_firing_again_later_is_a_new_notification(env: Env) -> None:
    env.set_mode("enforce")
    assert env.bearer("POST", AM, notification(alert(starts="2026-11-28T10:00:00Z"), group="g-again")).json["applied"]
    env.set_mode("enforce")
    again = env.bearer("POST", AM, notification(alert(starts="2026-11-28T12:00:00Z"), group="g-again"))
    assert again.json["applied"] is True and env.mode() == "warn"


@pytest.mark.parametrize(("start", "body"), [
    ("off", notification(alert())),
    ("warn", notification(alert())),
    ("enforce", notification(alert(status="resolved"), status="resolved")),
    ("warn", notification(alert(status="resolved"), status="resolved")),
    ("off", notification(alert(status="resolved"), status="resolved")),
    ("enforce", notification(alert("SomethingElse"))),
    ("enforce", notification(alert(status="resolved"), alert("SomethingElse"))),
    ("enforce", notification()),
])
def test_alerts_never_raise_and_resolved_never_promotes(env: Env, start: str, body: bytes) -> None:
    env.set_mode(start)
    answer = env.bearer("POST", AM, body)
    assert answer.status_code == 200, answer.json
    assert answer.json["applied"] is False and answer.json["mode"] == start
    assert env.mode() == start and len(env.new_audit()) == 1


def test_mixed_firing_and_resolved_downgrades_for_the_firing_one(env: Env) -> None:
    env.set_mode("enforce")
    body = notification(alert(status="resolved", fp="r1"), alert(fp="f9", name="StageValidatorLatencyRegression"))
    assert env.bearer("POST", AM, body).json["applied"] is True
    assert "f9" in env.audit()[-1]["reason"] and "r1" not in env.audit()[-1]["reason"]


def test_configured_alert_list(db_url: str, redis_url: str) -> None:
    e = make_env(db_url, redis_url, downgrade_alerts=("MyAlert",))
    e.set_mode("enforce")
    assert e.bearer("POST", AM, notification(alert())).json["applied"] is False
    assert e.bearer("POST", AM, notification(alert("MyAlert"))).json["applied"] is True


def test_signed_alertmanager_request_and_its_replay(env: Env) -> None:
    env.set_mode("enforce")
    body = notification(alert(fp="s1"))
    assert env.signed("POST", AM, body, msg_id="msg_am").json["applied"] is True
    env.set_mode("enforce")
    replayed = env.signed("POST", AM, body, msg_id="msg_am")
    assert replayed.json["duplicate"] is True and env.mode() == "enforce"


def test_many_alerts_are_named_within_the_reason_limit(env: Env) -> None:
    env.set_mode("enforce")
    body = notification(*[alert(fp=f"{n:016x}") for n in range(40)])
    e = make_env(env.db_url, None, max_body_bytes=64 * 1024)
    assert e.bearer("POST", AM, body).json["applied"] is True
    reason = e.audit()[-1]["reason"]
    assert "and 20 more" in reason and len(reason) <= 2000


@pytest.mark.parametrize("doc", [
    {"status": "firing", "groupKey": "g"},
    {"status": "firing", "alerts": []},
    {"status": "bogus", "groupKey": "g", "alerts": []},
    {"status": "firing", "groupKey": 5, "alerts": []},
    {"status": "firing", "groupKey": "g", "alerts": {}},
    {"status": "firing", "groupKey": "g", "alerts": [None]},
    {"status": "firing", "groupKey": "g", "alerts": [{"status": "firing"}]},
    {"status": "firing", "groupKey": "g", "alerts": [{**alert(), "labels": {"alertname": 5}}]},
    {"status": "firing", "groupKey": "g", "alerts": [{**alert(), "fingerprint": None}]},
    {"status": "firing", "groupKey": "g", "alerts": [{**alert(), "status": "pending"}]},
    {"status": "firing", "groupKey": "g", "alerts": [{**alert(), "annotations": []}]},
    {"status": "firing", "groupKey": "g", "alerts": [], "version": "3"},
    {"status": "firing", "groupKey": "g", "alerts": [], "version": 4},
    {"status": "firing", "groupKey": "g", "alerts": [], "truncatedAlerts": -1},
    {"status": "firing", "groupKey": "g", "alerts": [], "truncatedAlerts": True},
    {"status": "firing", "groupKey": "g", "alerts": [], "receiver": 1},
    {"status": "firing", "groupKey": "g", "alerts": [], "commonLabels": {"a": 1}},
    [alert()],
])
def test_alertmanager_malformed_payloads(env: Env, doc: Any) -> None:
    env.set_mode("enforce")
    answer = env.bearer("POST", AM, json.dumps(doc).encode())
    assert answer.status_code == 422, answer.json
    assert answer.json["error"] == "invalid"
    assert env.mode() == "enforce" and env.new_deliveries() == []


def test_alertmanager_accepts_unknown_fields_and_integral_floats(env: Env) -> None:
    env.set_mode("enforce")
    body = notification(alert(), truncatedAlerts=2.0, futureField={"x": [1]})
    assert env.bearer("POST", AM, body).json["applied"] is True


@pytest.mark.parametrize("token", ["", "wrong", TOKEN + "x", TOKEN.upper()])
def test_alertmanager_bad_token(env: Env, token: str) -> None:
    env.set_mode("enforce")
    answer = env.bearer("POST", AM, notification(alert()), token=token)
    assert answer.status_code == 401 and env.mode() == "enforce"


def test_alertmanager_not_json_and_too_large(env: Env) -> None:
    assert env.bearer("POST", AM, b"<xml/>").status_code == 400
    assert env.bearer("POST", AM, b" " * (LIMIT + 1)).status_code == 413


def test_unauthenticated_requests_learn_nothing_about_the_body(env: Env) -> None:
    """Authentication is judged before the body is parsed: garbage without a token is a 401."""
    assert env.client.post(AM, data=b"{garbage").status_code == 401
    assert env.client.put(MODE, data=b"{garbage").status_code == 401


# -- methods, paths, health, metrics --------------------------------------------------------------


@pytest.mark.parametrize(("method", "path"), [
    ("DELETE", MODE), ("POST", MODE), ("PATCH", MODE), ("GET", AM), ("PUT", AM), ("POST", "/healthz"),
    ("PUT", "/metrics"), ("DELETE", "/readyz"),
])
def test_wrong_method_is_405_json(env: Env, method: str, path: str) -> None:
    answer = env.client.open(path, method=method, headers={"Authorization": f"Bearer {TOKEN}"})
    assert answer.status_code == 405
    assert answer.json["error"] == "method_not_allowed"
    assert answer.headers["Allow"]


def test_unknown_path_is_404_json(env: Env) -> None:
    answer = env.client.get("/ops/../../etc/passwd")
    assert answer.status_code == 404 and answer.json["error"] == "not_found"


def test_healthz_and_readyz(env: Env) -> None:
    assert env.client.get("/healthz").json == {"status": "ok"}
    ready = env.client.get("/readyz")
    assert ready.status_code == 200, ready.json
    assert ready.json["ready"] is True
    assert all(p["severity"] == "warning" for p in ready.json["problems"])


def test_readyz_reports_errors_with_503(redis_url: str, pg_server: harness.PostgresServer) -> None:
    closed = f"postgresql://postgres@127.0.0.1:{harness.free_port()}/nowhere"
    answer = make_env(closed, redis_url).client.get("/readyz")
    assert answer.status_code == 503
    assert answer.json["ready"] is False
    assert any(p["severity"] == "error" and p["subject"] == "DATABASE_URL" for p in answer.json["problems"])


def test_database_down_is_503_and_applies_nothing(db_url: str, redis_url: str) -> None:
    closed = f"postgresql://postgres@127.0.0.1:{harness.free_port()}/nowhere"
    e = make_env(closed, redis_url)
    answer = e.put_mode("off", msg_id="msg_db_down")
    assert answer.status_code == 503 and answer.json["error"] == "unavailable"
    notified = e.bearer("POST", AM, notification(alert()))
    assert notified.status_code == 503
    # The same delivery, once the database answers, is applied: the failed attempt used nothing up.
    working = make_env(db_url, redis_url)
    working.clock.now = e.clock.now
    assert working.put_mode("off", msg_id="msg_db_down").json["applied"] is True


def test_a_change_that_fails_releases_its_claim(db_url: str, redis_url: str) -> None:
    """The claim commits with the change or not at all: after a 503 the retry is applied."""
    closed = f"postgresql://postgres@127.0.0.1:{harness.free_port()}/nowhere"
    broken = make_env(db_url, redis_url, store=ModeStore(Settings(database_url=closed)))
    working = make_env(db_url, redis_url)
    working.set_mode("enforce")
    broken.clock.now = working.clock.now
    failed = broken.put_mode("off", msg_id="msg_fails_once")
    assert failed.status_code == 503 and failed.json["error"] == "unavailable"
    body = notification(alert(fp="fail01"), group="g-fails-once")
    assert broken.bearer("POST", AM, body).status_code == 503
    assert working.mode() == "enforce" and working.new_deliveries() == []
    assert working.bearer("POST", AM, body).json["applied"] is True
    assert working.put_mode("off", msg_id="msg_fails_once").json["applied"] is True
    assert [a["new_mode"] for a in working.new_audit()] == ["enforce", "warn", "off"]


def test_runs_as_a_plain_login_role_in_stagenorm_admin(db_url: str, redis_url: str,
                                                       pg_server: harness.PostgresServer) -> None:
    """No superuser, no table rights: membership of stagenorm_admin is all the webhook needs."""
    role = f"webhook_t{os.getpid()}"
    with psycopg.connect(pg_server.url, autocommit=True) as admin:
        admin.execute(f'DROP ROLE IF EXISTS "{role}"')
        admin.execute(f'CREATE ROLE "{role}" LOGIN IN ROLE stagenorm_admin')
    try:
        url = urlsplit(db_url)._replace(netloc=f"{role}@{urlsplit(db_url).hostname}:{urlsplit(db_url).port}")
        e = make_env(urlunsplit(url), redis_url, inspect_url=db_url)
        e.set_mode("enforce")
        assert e.put_mode("warn", msg_id=f"msg_{role}").json["applied"] is True
        assert e.put_mode("warn", msg_id=f"msg_{role}").json["duplicate"] is True
        assert e.bearer("POST", AM, notification(alert(fp="role01"))).json["applied"] is False  # warn already
        assert e.new_audit()[-1]["actor"] == "alice"
    finally:
        with psycopg.connect(pg_server.url, autocommit=True) as admin:
            admin.execute(f'DROP ROLE IF EXISTS "{role}"')


def test_metrics_count_requests_by_route_and_outcome(env: Env) -> None:
    env.set_mode("enforce")
    env.put_mode("warn")
    env.client.put(MODE, data=b"{}")
    env.bearer("POST", AM, notification(alert()))
    text = env.client.get("/metrics").get_data(as_text=True)
    # The metric's outcomes are the six coarse ones of metrics.WEBHOOK_OUTCOMES; the log has the fine one.
    for route, outcome in [(MODE, "ok"), (MODE, "unauthorized"), (AM, "ok")]:
        pattern = (r'stagenorm_webhook_requests_total\{(?=[^}]*route="' + re.escape(route)
                   + r'")(?=[^}]*outcome="' + outcome + r'")[^}]*\} [1-9]')
        assert re.search(pattern, text), (route, outcome)
    assert "stagenorm_mode_changes_total" in text


def test_every_request_is_one_json_log_line_without_secrets(env: Env) -> None:
    stream = io.StringIO()
    handler = logging.StreamHandler(stream)
    handler.setFormatter(logs.JsonFormatter())
    logger = logging.getLogger("stagenorm.webhook")
    logger.addHandler(handler)
    previous = logger.level
    logger.setLevel(logging.INFO)
    try:
        env.put_mode("warn", msg_id="msg_logged")
        env.bearer("GET", MODE)
        env.bearer("GET", MODE, token="wrong-token-value")
        env.client.delete(MODE)
    finally:
        logger.removeHandler(handler)
        logger.setLevel(previous)
    lines = [json.loads(line) for line in stream.getvalue().splitlines()]
    requests = [line for line in lines if line["event"] == "webhook_request"]
    assert [(r["route"], r["outcome"], r["status"]) for r in requests] == [
        (MODE, "applied", 200), (MODE, "ok", 200), (MODE, "bearer_invalid", 401),
        (MODE, "method_not_allowed", 405)]
    assert requests[0]["delivery_id"] == "msg_logged" and requests[0]["auth"] == "signed"
    text = stream.getvalue()
    for secret in (TOKEN, SECRET, SECRET[6:], OLD_SECRET[6:], "wrong-token-value"):
        assert secret not in text
