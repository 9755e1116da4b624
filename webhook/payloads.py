"""What the webhook reads: the raw body (bounded), JSON, and the two documents it accepts, checked
exactly as ``docs/api/ops-stage-validation.yml`` describes them. A document that does not fit is
a :class:`~.answers.Refusal` (422 ``invalid``, naming the field), never a partial change."""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Mapping
from typing import Any, NoReturn

from flask import request

from stagenorm.policy import MAX_ACTOR, MAX_REASON, MODES

from .answers import Refusal

MAX_REASON_ALERTS = 20  # alerts named in an audit reason; the rest are counted
_NOT_BLANK = re.compile(r"\S")  # the OpenAPI pattern uses the same \S


def read_body(limit: int) -> bytes:
    """The raw body, at most ``limit`` bytes: Content-Length is checked first, then the
    stream itself (a chunked body has no Content-Length) is read no further than one byte
    past the limit."""
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


def parse_json(body: bytes) -> Any:
    try:
        return json.loads(body.decode("utf-8"))
    except (UnicodeDecodeError, ValueError) as exc:  # JSONDecodeError is a ValueError
        raise Refusal(400, "bad_json", f"the body is not UTF-8 JSON: {exc}") from exc
    except RecursionError as exc:
        raise Refusal(400, "bad_json", "the body nests too deeply") from exc


def invalid(message: str, **extra: Any) -> NoReturn:
    raise Refusal(422, "invalid", message, **extra)


def _text(value: Any, name: str, limit: int) -> str:
    """A non-blank string of at most ``limit`` characters without NUL; returned stripped."""
    if not isinstance(value, str):
        invalid(f"{name} must be a string", field=name)
    if len(value) > limit:
        invalid(f"{name} must be at most {limit} characters", field=name)
    if "\x00" in value:
        invalid(f"{name} must not contain NUL characters", field=name)
    if not _NOT_BLANK.search(value):
        invalid(f"{name} must not be blank", field=name)
    return value.strip()


def mode_request(document: Any) -> dict[str, str]:
    if not isinstance(document, dict):
        invalid('the body must be a JSON object {"mode", "actor", "reason"}')
    unknown = sorted(set(document) - {"mode", "actor", "reason"})
    if unknown:
        invalid(f"unknown fields: {', '.join(unknown)[:200]}")
    mode = document.get("mode")
    if not isinstance(mode, str) or mode not in MODES:
        invalid(f"mode must be one of {', '.join(MODES)}", field="mode")
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
        invalid(f"{where}{name} must be {what}", field=name)


def _is_count(value: Any) -> bool:
    """A JSON Schema integer >= 0 (1.0 counts; true does not)."""
    if isinstance(value, bool):
        return False
    if isinstance(value, float):
        return value.is_integer() and value >= 0
    return isinstance(value, int) and value >= 0


def _is_str(value: Any) -> bool:
    return isinstance(value, str)


def notification(document: Any) -> dict[str, Any]:
    """An Alertmanager version 4 payload, checked exactly as the OpenAPI schema describes it."""
    if not isinstance(document, dict):
        invalid("the body must be an Alertmanager webhook payload (a JSON object)")
    _optional(document, "version", lambda v: v == "4", 'the string "4" (Alertmanager payload version)')
    status = document.get("status")
    if status not in ("firing", "resolved"):
        invalid("status must be firing or resolved", field="status")
    if not isinstance(document.get("groupKey"), str):
        invalid("groupKey must be a string", field="groupKey")
    _optional(document, "truncatedAlerts", _is_count, "an integer >= 0")
    for name in ("receiver", "externalURL"):
        _optional(document, name, _is_str, "a string")
    for name in ("groupLabels", "commonLabels", "commonAnnotations"):
        _optional(document, name, _is_labels, "an object of strings")
    alerts = document.get("alerts")
    if not isinstance(alerts, list):
        invalid("alerts must be a list", field="alerts")
    checked = []
    for index, alert in enumerate(alerts):
        where = f"alerts[{index}]."
        if not isinstance(alert, dict):
            invalid(f"alerts[{index}] must be an object", field="alerts")
        if alert.get("status") not in ("firing", "resolved"):
            invalid(f"{where}status must be firing or resolved", field="alerts")
        if not _is_labels(alert.get("labels")):
            invalid(f"{where}labels must be an object of strings", field="alerts")
        for name in ("fingerprint", "startsAt"):
            if not isinstance(alert.get(name), str):
                invalid(f"{where}{name} must be a string", field="alerts")
        _optional(alert, "annotations", _is_labels, "an object of strings", where)
        for name in ("endsAt", "generatorURL"):
            _optional(alert, name, _is_str, "a string", where)
        checked.append({"status": alert["status"], "labels": alert["labels"],
                        "fingerprint": alert["fingerprint"], "startsAt": alert["startsAt"]})
    return {"status": status, "groupKey": document["groupKey"], "receiver": document.get("receiver"),
            "alerts": checked}


def downgrade_reason(payload: Mapping[str, Any], firing: list[dict[str, Any]]) -> str:
    named = [f"{a['labels']['alertname'][:100]} (fingerprint {a['fingerprint'][:64]})"
             for a in firing[:MAX_REASON_ALERTS]]
    more = len(firing) - len(named)
    reason = "firing: " + ", ".join(named) + (f", and {more} more" if more > 0 else "")
    receiver = payload.get("receiver")
    if isinstance(receiver, str) and receiver:
        reason += f" (receiver {receiver[:100]})"
    return reason[:MAX_REASON]
