"""Replay keys of the ops webhook: each signed delivery and each Alertmanager notification once.

Two kinds of key:

- ``id:<webhook-id>`` for a signed request (Standard Webhooks: a retry reuses the id);
- ``am:<sha256>`` for an Alertmanager notification, from its ``groupKey``, ``status`` and
  the sorted ``(fingerprint, startsAt)`` of its alerts, so a retry and the copy an HA
  pair sends are the same key (a stock Alertmanager sends no delivery id).

Where they are remembered:

- PostgreSQL (``stagenorm.webhook_delivery`` via ``stagenorm._claim_webhook_delivery``)
  is the record. The webhook claims the key in a transaction that stays open, its row
  locked, while the change is made (``ModeStore.set``, which commits on a connection of
  its own so that it can update Redis and tell the other processes) and commits right
  after it; when the change fails, the claim is rolled back and the sender's retry is
  applied. A copy arriving meanwhile waits on the row lock, then sees the committed key.
  (A process killed between the two commits loses the claim, not the change: a retry
  then re-applies it once; for an Alertmanager downgrade that is a no-op, ``only_from``
  being ``enforce``.)
- Redis (``SET key 1 NX EX ttl`` after the commit) comes second: it never decides. Every
  claim is made in PostgreSQL, so a key planted in Redis by anyone who can write to it
  cannot suppress a delivery (an Alertmanager downgrade, say). When Redis knows a key that
  PostgreSQL does not, the claim is logged as ``replay_cache_disagrees`` (planted, or a
  Redis shared with another database) and PostgreSQL's answer stands. Every key written
  there expires (``EX ttl``). When Redis is down, nothing changes but that log.
"""

from __future__ import annotations

import hashlib
import json
import logging
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

import redis

from stagenorm import db, logs

from .signing import TOLERANCE_SECONDS

log = logging.getLogger("stagenorm.replay")

REDIS_PREFIX = "stagenorm:replay:"
# A timestamp is accepted up to TOLERANCE_SECONDS either side of now, so a delivery id
# must be remembered for twice that, plus a margin for clock skew between workers.
SIGNED_TTL_SECONDS = 2 * TOLERANCE_SECONDS + 60
# Alertmanager resends an unchanged notification every repeat_interval (4 h by default)
# while the alerts fire; one firing episode (same startsAt) is applied once.
ALERTMANAGER_TTL_SECONDS = 7 * 24 * 3600


@dataclass(frozen=True)
class Claim:
    """The answer of :meth:`ReplayStore.claim`: fresh, or a repeat and who recognised it."""

    key: str
    fresh: bool
    backend: str  # always "postgresql", which decides (kept for callers that log where a repeat was seen)


def signed_key(msg_id: str) -> str:
    return f"id:{msg_id}"


def notification_key(payload: Mapping[str, Any]) -> str:
    """The idempotency key of an Alertmanager (version 4) notification."""
    alerts: Sequence[Any] = payload.get("alerts") or []
    pairs = sorted(
        (str(alert.get("fingerprint", "")), str(alert.get("startsAt", "")))
        for alert in alerts
        if isinstance(alert, Mapping)
    )
    canonical = json.dumps(
        [str(payload.get("groupKey", "")), str(payload.get("status", "")), pairs],
        separators=(",", ":"), ensure_ascii=True,
    )
    return "am:" + hashlib.sha256(canonical.encode()).hexdigest()


class ReplayStore:
    """Claims replay keys in PostgreSQL (within the caller's transaction), cached in Redis."""

    def __init__(self, client: redis.Redis[bytes] | None) -> None:
        self.client = client

    @classmethod
    def from_url(cls, redis_url: str | None, *, timeout: float = 0.1) -> ReplayStore:
        if not redis_url:
            return cls(None)
        client = redis.Redis.from_url(
            redis_url, socket_timeout=max(timeout, 0.05), socket_connect_timeout=max(timeout, 0.05),
            retry_on_timeout=False,
        )
        return cls(client)

    def seen(self, key: str) -> bool:
        """True when Redis already knows ``key``; False when it does not or does not answer."""
        if self.client is None:
            return False
        try:
            return bool(self.client.exists(REDIS_PREFIX + key))
        except (redis.RedisError, OSError) as exc:
            logs.event(log, "replay_redis_unavailable", logging.WARNING, op="exists", error=str(exc))
            return False

    def claim(self, conn: db.Connection, key: str, *, source: str, ttl: int, now: float) -> Claim:
        """Record ``key`` in the caller's open transaction; a repeat answers ``fresh=False``.
        PostgreSQL decides, always: Redis is only asked afterwards, to log a disagreement.

        Commit the transaction only after the change the key guards succeeded, then call
        :meth:`remember`. On a rollback the claim is gone and a retry is applied.
        """
        row = db.one(conn, "claim_webhook_delivery", {
            "key": key, "source": source, "ttl": int(ttl), "now": datetime.fromtimestamp(now, UTC),
        })
        fresh = bool(row["claimed"])
        if fresh and self.seen(key):
            logs.event(log, "replay_cache_disagrees", logging.WARNING, key=key, source=source,
                       hint="Redis holds a replay key PostgreSQL never committed (planted, or a Redis "
                       "shared with another database); PostgreSQL's answer stands")
        return Claim(key=key, fresh=fresh, backend="postgresql")

    def remember(self, key: str, *, ttl: int) -> None:
        """After the commit: let Redis answer repeats of ``key`` for ``ttl`` seconds."""
        if self.client is None:
            return
        try:
            self.client.set(REDIS_PREFIX + key, b"1", nx=True, ex=max(1, int(ttl)))
        except (redis.RedisError, OSError) as exc:
            logs.event(log, "replay_redis_unavailable", logging.WARNING, op="set", error=str(exc))

    def close(self) -> None:
        if self.client is not None:
            self.client.close()
