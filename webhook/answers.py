"""What the webhook answers: JSON bodies, and :class:`Refusal`, the 4xx (or 503) a request ends
with when it changes nothing."""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

from flask import Response

from stagenorm.modes import ModeChange, ModeReading

JSON_TYPE = "application/json"


class Refusal(Exception):
    """A request refused with a 4xx (or 503) JSON answer; ``outcome`` is its metric/log label."""

    def __init__(self, status: int, outcome: str, message: str, **extra: Any) -> None:
        self.status = status
        self.outcome = outcome
        self.message = message
        self.extra = extra
        super().__init__(message)


def json_response(document: Mapping[str, Any], status: int) -> Response:
    return Response(json.dumps(document, default=str) + "\n", status, content_type=JSON_TYPE)


def _iso(value: Any) -> str | None:
    if value is None:
        return None
    iso = getattr(value, "isoformat", None)
    return str(iso()) if callable(iso) else str(value)


def reading_json(reading: ModeReading) -> dict[str, Any]:
    return {
        "mode": reading.mode,
        "source": reading.source,
        "since": _iso(reading.since),
        "changed_by": reading.changed_by,
        "reason": reading.reason,
        "stale": bool(reading.stale),
    }


def change_json(change: ModeChange) -> dict[str, Any]:
    return {"mode": change.new_mode, "previous": change.old_mode, "audit_id": change.id}
