"""JSON logs: one event per line, stable field names (ts, level, logger, event, ...)."""

from __future__ import annotations

import json
import logging
import sys
from datetime import UTC, datetime
from typing import Any

from stagenorm import redaction

_RESERVED = set(vars(logging.makeLogRecord({}))) | {"message", "asctime"}


def _clean(value: Any) -> Any:
    """A field value with every secret masked (stagenorm.redaction); JSON-native types kept."""
    if value is None or isinstance(value, bool | int | float):
        return value
    if isinstance(value, dict):
        return {str(k): _clean(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_clean(v) for v in value]
    return redaction.redact(value if isinstance(value, str) else str(value))


class JsonFormatter(logging.Formatter):
    """One JSON object per record; secrets masked in every field (also gunicorn's lines)."""

    def format(self, record: logging.LogRecord) -> str:
        payload: dict[str, Any] = {
            "ts": datetime.fromtimestamp(record.created, UTC).isoformat(timespec="milliseconds"),
            "level": record.levelname.lower(),
            "logger": record.name,
            "event": _clean(record.getMessage()),
        }
        for key, value in vars(record).items():
            if key not in _RESERVED and not key.startswith("_"):
                payload[key] = _clean(value)
        if record.exc_info:
            payload["exception"] = _clean(self.formatException(record.exc_info))
        return json.dumps(payload, default=str, sort_keys=False)


def configure(level: int = logging.INFO, stream: Any = None) -> None:
    """Send every stagenorm log record to ``stream`` (stderr) as JSON."""
    handler = logging.StreamHandler(stream or sys.stderr)
    handler.setFormatter(JsonFormatter())
    root = logging.getLogger("stagenorm")
    root.handlers[:] = [handler]
    root.setLevel(level)
    root.propagate = False


def event(logger: logging.Logger, name: str, level: int = logging.INFO, **fields: Any) -> None:
    """Log one structured event: ``event`` is its stable name, ``fields`` its data."""
    logger.log(level, name, extra=fields)
