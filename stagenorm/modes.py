"""The validation mode for application processes: PostgreSQL of record, Redis cache.

:class:`ModeStore` answers "which mode is in force" from, in this order, an
in-process cache (``Settings.mode_cache_ttl``, 5 s), Redis (key ``stagenorm:mode``,
socket timeouts ``Settings.redis_timeout``, 100 ms), PostgreSQL
(``stagenorm.mode_info()``), and finally the configured default. :meth:`ModeStore.get`
never raises: a Redis that is stopped, flushed, slow or hanging costs at most one
timeout, after which Redis is skipped for a back-off that grows from 1 s to 30 s (a
circuit breaker), and the mode comes from PostgreSQL, which refills Redis.

:meth:`ModeStore.set` writes PostgreSQL first (``stagenorm.set_mode``: the audit row,
the row lock that serializes concurrent changes), then Redis, then publishes on channel
``stagenorm:mode``. A subscriber thread (daemon, started on first use) drops the local
cache when a change is published, so every process sees it within a second. A change
made with ``SELECT stagenorm.set_mode(...)`` in psql reaches Redis readers when the
Redis key expires (``REDIS_KEY_TTL``, 60 s) plus the cache TTL.

Redis is a cache, never an authority (anyone who can write to it must not be able to
switch validation off):

- every value stagenorm writes there has a TTL (``REDIS_KEY_TTL``), and carries the
  wall-clock time it was written (``written_at``);
- a value without a TTL, with a TTL longer than ``REDIS_KEY_TTL``, written more than
  ``REDIS_KEY_TTL`` (plus ``CLOCK_SKEW`` seconds) ago or in the future, or not of our
  shape, is ignored (logged as ``mode_cache_ignored``) and the mode comes from PostgreSQL,
  which overwrites it;
- Redis may tighten the mode on its own word, never relax it: a Redis reading below the
  last mode this process read from PostgreSQL (or any reading other than ``enforce``, in
  a process that has not read PostgreSQL yet) is checked against PostgreSQL first, and
  PostgreSQL's answer is used and written back (``mode_cache_disagrees`` when they
  differ). When PostgreSQL does not answer, the stricter of the two is kept. A genuine
  relaxation therefore costs each process one PostgreSQL read, once.

We chose this over signing the cached value (with a key derived from the webhook secret)
because application processes that call :func:`stagenorm.validation.validate_stage`
usually have no webhook secret, and a check that needs a secret they lack would be no
check at all there. A planted ``enforce`` still takes effect until the key expires: that
is a nuisance (unknown labels refused), not a way around validation.

Safe after ``fork`` (gunicorn workers): a process that finds a new pid drops its Redis
client and subscriber and makes new ones. PostgreSQL is read on a short-lived
connection, so no connection ever crosses a fork.
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import datetime
from decimal import Decimal
from typing import Any

from stagenorm import db, logs, metrics, policy
from stagenorm.config import Settings
from stagenorm.exceptions import ConfigurationError, InvalidArgument
from stagenorm.policy import MODES

REDIS_KEY = "stagenorm:mode"
CHANNEL = "stagenorm:mode"
REDIS_KEY_TTL = 60  # seconds: bounds how long a change made directly in SQL stays unseen
CLOCK_SKEW = 5.0  # seconds of wall-clock difference allowed between the processes sharing Redis
STRICTNESS = {mode: rank for rank, mode in enumerate(MODES)}  # off 0, warn 1, enforce 2
BACKOFF_FIRST = 1.0  # seconds Redis is skipped after a failure, doubling up to BACKOFF_MAX
BACKOFF_MAX = 30.0
DATABASE_CONNECT_TIMEOUT = 2
SOURCES = ("cache", "redis", "database", "default")

logger = logging.getLogger("stagenorm.modes")


@dataclass(frozen=True)
class ModeReading:
    """The mode in force and where it came from."""

    mode: str
    source: str  # cache | redis | database | default
    stale: bool  # True when no backend answered and this is an older or default value
    since: datetime | None = None
    changed_by: str | None = None
    reason: str | None = None

    def as_json(self) -> dict[str, Any]:
        return {
            "mode": self.mode,
            "source": self.source,
            "stale": self.stale,
            "since": self.since.isoformat() if self.since else None,
            "changed_by": self.changed_by,
            "reason": self.reason,
        }


@dataclass(frozen=True)
class ModeChange:
    """One row of ``stagenorm.mode_audit``: a change that was made."""

    id: int
    old_mode: str
    new_mode: str
    actor: str
    reason: str
    source: str
    forced: bool
    db_role: str
    changed_at: datetime

    @classmethod
    def from_row(cls, row: dict[str, Any]) -> ModeChange | None:
        if row.get("id") is None:  # set_mode returned NULL: nothing changed
            return None
        return cls(
            id=int(row["id"]), old_mode=row["old_mode"], new_mode=row["new_mode"], actor=row["actor"],
            reason=row["reason"], source=row["source"], forced=bool(row["forced"]),
            db_role=str(row["db_role"]), changed_at=row["changed_at"],
        )


def _encode(reading: ModeReading, written_at: float) -> str:
    return json.dumps({
        "mode": reading.mode,
        "source": "default" if reading.source == "default" else "database",
        "since": reading.since.isoformat() if reading.since else None,
        "changed_by": reading.changed_by,
        "reason": reading.reason,
        "written_at": written_at,
    })


def _decode(raw: bytes | str | None, ttl_ms: int | None = None, now: float | None = None) -> ModeReading | None:
    """A reading from the Redis value, or None when it is missing, not one of ours, has no
    TTL or a longer one than ours (``ttl_ms``, from PTTL), or is older than the TTL."""
    if raw is None:
        return None
    if ttl_ms is not None and not 0 < ttl_ms <= REDIS_KEY_TTL * 1000:
        return None  # -1: no expiry (not written by stagenorm); longer: not ours either
    try:
        data = json.loads(raw)
        mode = data["mode"]
        if mode not in MODES:
            return None
        if now is not None:
            written_at = data["written_at"]
            if isinstance(written_at, bool) or not isinstance(written_at, int | float):
                return None
            if not now - REDIS_KEY_TTL - CLOCK_SKEW <= written_at <= now + CLOCK_SKEW:
                return None
        since = datetime.fromisoformat(data["since"]) if data.get("since") else None
        changed_by = data.get("changed_by")
        reason = data.get("reason")
        return ModeReading(mode, "redis", False, since,
                           changed_by if isinstance(changed_by, str) else None,
                           reason if isinstance(reason, str) else None)
    except (ValueError, TypeError, KeyError, AttributeError):
        return None


def stricter(a: ModeReading, b: ModeReading) -> ModeReading:
    return a if STRICTNESS[a.mode] >= STRICTNESS[b.mode] else b


class ModeStore:
    """Reads and sets the validation mode; see the module documentation."""

    def __init__(self, settings: Settings, *, clock: Callable[[], float] = time.monotonic,
                 wall: Callable[[], float] = time.time, subscribe: bool = True) -> None:
        self.settings = settings
        self._clock = clock
        self._wall = wall  # Unix seconds: the age of a Redis value, shared across processes
        self._confirmed: ModeReading | None = None  # the last answer PostgreSQL gave this process
        self._ignored_logged: str | None = None
        self._subscribe = subscribe and bool(settings.redis_url)
        self._reset_process_state()
        self._cached: ModeReading | None = None
        self._cached_at = float("-inf")

    # -- process state (rebuilt after fork) ---------------------------------------------------

    def _reset_process_state(self) -> None:
        self._pid = os.getpid()
        self._lock = threading.Lock()
        self._redis: Any = None
        self._redis_down_until = float("-inf")
        self._redis_failures = 0
        self._subscriber: threading.Thread | None = None
        self._stop = threading.Event()

    def _check_fork(self) -> None:
        if os.getpid() != self._pid:
            # A forked child: the parent's Redis sockets, lock and thread are not ours.
            # redis-py never shuts a socket down from another pid, so dropping is safe.
            self._reset_process_state()

    # -- reading ------------------------------------------------------------------------------

    def get(self) -> ModeReading:
        """The mode in force. Never raises."""
        try:
            return self._get()
        except Exception as exc:  # the contract: a reading, whatever happens
            logs.event(logger, "mode_read_failed", logging.ERROR, error=repr(exc))
            cached = self._cached
            if cached is not None:
                return replace(cached, source="cache", stale=True)
            return ModeReading(self.settings.default_mode, "default", True)

    def _get(self) -> ModeReading:
        self._check_fork()
        now = self._clock()
        with self._lock:
            cached, cached_at = self._cached, self._cached_at
        if cached is not None and now - cached_at < self.settings.mode_cache_ttl:
            metrics.MODE_FETCHES.labels(source="cache").inc()
            return replace(cached, source="cache", stale=False)
        self._ensure_subscriber()

        reading = self._read_redis(now)
        if reading is not None and not self._may_trust(reading):
            reading = self._confirm(reading)
        elif reading is None:
            reading = self._read_database()
            if reading is not None:
                self._write_redis(reading, publish=False)
        if reading is None:
            if cached is not None:
                metrics.MODE_FETCHES.labels(source="cache").inc()
                return replace(cached, source="cache", stale=True)
            metrics.MODE_FETCHES.labels(source="default").inc()
            return ModeReading(self.settings.default_mode, "default", True)
        self._remember(reading)
        metrics.MODE_FETCHES.labels(source=reading.source).inc()
        metrics.set_mode_gauge(reading.mode)
        return reading

    def _may_trust(self, cached: ModeReading) -> bool:
        """Redis may tighten the mode on its own word, never relax it below PostgreSQL's."""
        if cached.mode == "enforce":
            return True
        confirmed = self._confirmed
        return confirmed is not None and STRICTNESS[cached.mode] >= STRICTNESS[confirmed.mode]

    def _confirm(self, cached: ModeReading) -> ModeReading:
        """PostgreSQL's answer for a Redis reading that would relax the mode; when PostgreSQL
        does not answer, the stricter of that reading and the last known one (or the default)."""
        confirmed = self._read_database()
        if confirmed is not None:
            if confirmed.mode != cached.mode:
                logs.event(logger, "mode_cache_disagrees", logging.WARNING, cached_mode=cached.mode,
                           database_mode=confirmed.mode,
                           hint="the Redis value was not written by stagenorm from this database "
                           "(planted, or another database's); PostgreSQL's mode is used and written back")
                self._write_redis(confirmed, publish=False)
            return confirmed
        known = self._confirmed or ModeReading(self.settings.default_mode, "default", True)
        kept = stricter(cached, known)
        return kept if kept is cached else replace(kept, source="cache" if self._confirmed else "default",
                                                  stale=True)

    def _remember(self, reading: ModeReading) -> None:
        with self._lock:
            self._cached = reading
            self._cached_at = self._clock()

    def invalidate(self) -> None:
        """Forget the cached mode: the next get() asks Redis or PostgreSQL."""
        with self._lock:
            self._cached_at = float("-inf")

    # -- Redis --------------------------------------------------------------------------------

    def _client(self) -> Any:
        if self._redis is None:
            import redis
            from redis.backoff import NoBackoff
            from redis.retry import Retry

            timeout = max(0.001, self.settings.redis_timeout)
            self._redis = redis.Redis.from_url(
                str(self.settings.redis_url),
                socket_timeout=timeout,
                socket_connect_timeout=timeout,
                retry=Retry(NoBackoff(), 0),
                retry_on_timeout=False,
                health_check_interval=0,
            )
        return self._redis

    def _redis_usable(self, now: float) -> bool:
        return bool(self.settings.redis_url) and now >= self._redis_down_until

    def _redis_failed(self, exc: BaseException, action: str) -> None:
        self._redis_failures += 1
        backoff = min(BACKOFF_MAX, BACKOFF_FIRST * 2 ** (self._redis_failures - 1))
        self._redis_down_until = self._clock() + backoff
        metrics.MODE_FETCH_ERRORS.labels(backend="redis").inc()
        if self._redis_failures == 1:  # once per outage, not once per call
            logs.event(logger, "mode_cache_unavailable", logging.WARNING, action=action,
                       error=repr(exc)[:300], backoff_seconds=backoff)
        client, self._redis = self._redis, None
        if client is not None:
            with contextlib.suppress(Exception):  # closing a broken client may fail too
                client.close()

    def _redis_ok(self) -> None:
        if self._redis_failures:
            logs.event(logger, "mode_cache_recovered", failures=self._redis_failures)
        self._redis_failures = 0
        self._redis_down_until = float("-inf")

    def _read_redis(self, now: float) -> ModeReading | None:
        if not self._redis_usable(now):
            return None
        try:
            pipe = self._client().pipeline(transaction=False)
            pipe.get(REDIS_KEY)
            pipe.pttl(REDIS_KEY)
            raw, ttl_ms = pipe.execute()
        except Exception as exc:  # any Redis failure means "ask PostgreSQL"
            self._redis_failed(exc, "get")
            return None
        self._redis_ok()
        reading = _decode(raw, int(ttl_ms), self._wall())
        if reading is None and raw is not None:
            why = "no TTL" if ttl_ms == -1 else "not a fresh stagenorm value"
            if self._ignored_logged != why:  # once per kind, not once per read
                logs.event(logger, "mode_cache_ignored", logging.WARNING, key=REDIS_KEY, reason=why,
                           ttl_ms=int(ttl_ms))
            self._ignored_logged = why
        return reading

    def _write_redis(self, reading: ModeReading, *, publish: bool) -> None:
        # A change (publish) is always tried: a Redis that came back must not keep serving
        # the old mode. A refill after a read respects the back-off.
        if not self.settings.redis_url or (not publish and not self._redis_usable(self._clock())):
            return
        try:
            client = self._client()
            client.set(REDIS_KEY, _encode(reading, self._wall()), ex=REDIS_KEY_TTL)
            if publish:
                client.publish(CHANNEL, reading.mode)
        except Exception as exc:  # PostgreSQL holds the mode; Redis is a cache
            self._redis_failed(exc, "publish" if publish else "set")
            return
        self._redis_ok()

    # -- PostgreSQL ---------------------------------------------------------------------------

    def _read_database(self) -> ModeReading | None:
        if not self.settings.database_url:
            return None
        try:
            with db.connection(self.settings.database_url, autocommit=True,
                               application_name="stagenorm-modes",
                               connect_timeout=DATABASE_CONNECT_TIMEOUT) as conn:
                row = db.one(conn, "mode_info")
        except Exception as exc:  # fall back to the cache or the default
            metrics.MODE_FETCH_ERRORS.labels(backend="database").inc()
            logs.event(logger, "mode_database_unavailable", logging.WARNING, error=repr(exc)[:300])
            return None
        if row["source"] == "default":
            # No mode was ever set. STAGE_VALIDATION_MODE, when set, is this process's default;
            # otherwise the database's (stagenorm.default_mode, else warn).
            raw = self.settings.default_mode_raw
            explicit = raw is not None and raw.strip().lower() in MODES
            mode = self.settings.default_mode if explicit else row["mode"]
            reading = ModeReading(mode, "default", False)
        else:
            reading = ModeReading(row["mode"], "database", False, row["since"], row["changed_by"], row["reason"])
        self._confirmed = reading
        return reading

    # -- subscriber ---------------------------------------------------------------------------

    def _ensure_subscriber(self) -> None:
        if not self._subscribe or (self._subscriber is not None and self._subscriber.is_alive()):
            return
        thread = threading.Thread(target=self._listen, args=(self._stop,), name="stagenorm-mode-subscriber",
                                  daemon=True)
        self._subscriber = thread
        thread.start()

    def _listen(self, stop: threading.Event) -> None:
        import redis
        from redis.backoff import NoBackoff
        from redis.retry import Retry

        failures = 0
        while not stop.is_set():
            client = None
            pubsub = None
            try:
                timeout = max(0.05, self.settings.redis_timeout)
                client = redis.Redis.from_url(
                    str(self.settings.redis_url), socket_connect_timeout=timeout,
                    socket_timeout=max(5.0, timeout), retry=Retry(NoBackoff(), 0), health_check_interval=0,
                )
                pubsub = client.pubsub(ignore_subscribe_messages=True)
                pubsub.subscribe(CHANNEL)
                while not stop.is_set():
                    message = pubsub.get_message(timeout=0.5)
                    if message is not None:
                        failures = 0
                        if message.get("type") == "message":
                            self.invalidate()
                    elif pubsub.subscribed:
                        failures = 0
            except Exception:  # reconnect after a pause; get() never waits for us
                failures += 1
                self.invalidate()  # changes may have been published while we were away
            finally:
                for closable in (pubsub, client):
                    if closable is not None:
                        with contextlib.suppress(Exception):
                            closable.close()
            stop.wait(min(BACKOFF_MAX, BACKOFF_FIRST * 2 ** max(0, failures - 1)))

    # -- writing ------------------------------------------------------------------------------

    def set(self, mode: str, actor: str, reason: str, *, source: str = "cli",
            only_from: str | None = None, forced: bool = False) -> ModeChange | None:
        """Set the mode (PostgreSQL, then Redis, then publish). None when ``only_from`` did
        not match the mode in force (nothing changed). Raises InvalidMode, InvalidArgument,
        NotAuthorized, or ConfigurationError when PostgreSQL cannot be reached."""
        policy.check_mode(mode)
        if only_from is not None:
            policy.check_mode(only_from, "only_from")
        if not isinstance(forced, bool):
            raise InvalidArgument("forced must be true or false")
        for name, value in (("actor", actor), ("reason", reason), ("source", source)):
            if not isinstance(value, str):
                raise InvalidArgument(f"{name} must be a string", hint=f"pass {name}='...'")
        row = self._call("set_mode", {"mode": mode, "actor": actor, "reason": reason, "source": source,
                                      "only_from": only_from, "forced": forced})
        change = ModeChange.from_row(row)
        if change is not None:
            self._changed(change)
        return change

    def promote(self, mode: str, actor: str, reason: str, *, force: bool = False,
                window_minutes: int = 30, min_values: int = 1000,
                max_unknown_ratio: float | Decimal = Decimal("0.005"),
                source: str = "cli") -> ModeChange | None:
        """Raise the mode to warn or enforce; enforce only through a green promotion gate
        (GateRefused otherwise) unless ``force``. None when already in that mode."""
        policy.check_mode(mode)
        row = self._call("promote_mode", {
            "mode": mode, "actor": actor, "reason": reason, "force": bool(force),
            "window_minutes": window_minutes, "min_values": min_values,
            "max_unknown_ratio": Decimal(str(max_unknown_ratio)), "source": source,
        })
        change = ModeChange.from_row(row)
        if change is not None:
            self._changed(change)
        return change

    def gate(self, *, at: datetime | None = None, window_minutes: int = policy.GATE_WINDOW_MINUTES,
             min_values: int = policy.GATE_MIN_VALUES,
             max_unknown_ratio: float | Decimal = policy.GATE_MAX_UNKNOWN_RATIO) -> dict[str, Any]:
        """The promotion gate (``stagenorm.promotion_gate``) as a dict."""
        return self._call("promotion_gate", {
            "at": at, "window_minutes": window_minutes, "min_values": min_values,
            "max_unknown_ratio": Decimal(str(max_unknown_ratio)),
        }, commit=False)

    def history(self, limit: int = 20) -> list[dict[str, Any]]:
        """The last ``limit`` rows of the audit trail, newest first."""
        policy.check_history_limit(limit)
        if not self.settings.database_url:
            raise ConfigurationError("DATABASE_URL is not set", hint="export DATABASE_URL=postgresql://...")
        with db.connection(self.settings.database_url, autocommit=True,
                           application_name="stagenorm-modes") as conn:
            return db.run(conn, "mode_history", {"limit": limit})

    def _call(self, name: str, params: dict[str, Any], *, commit: bool = True) -> dict[str, Any]:
        if not self.settings.database_url:
            raise ConfigurationError("DATABASE_URL is not set",
                                     hint="the mode of record lives in PostgreSQL: export DATABASE_URL=postgresql://...")
        with db.connection(self.settings.database_url, application_name="stagenorm-modes") as conn:
            row = db.one(conn, name, params)
            if commit:
                conn.commit()
            return row

    def _changed(self, change: ModeChange) -> None:
        self._check_fork()
        reading = ModeReading(change.new_mode, "database", False, change.changed_at, change.actor, change.reason)
        self._confirmed = reading  # PostgreSQL just committed it
        self._remember(reading)
        self._write_redis(reading, publish=True)
        metrics.MODE_CHANGES.labels(source=change.source, to_mode=change.new_mode).inc()
        metrics.set_mode_gauge(change.new_mode)
        logs.event(logger, "stage_validation_mode_change", logging.WARNING,
                   old_mode=change.old_mode, new_mode=change.new_mode, actor=change.actor,
                   reason=change.reason, source=change.source, forced=change.forced,
                   audit_id=change.id, db_role=change.db_role)

    def close(self) -> None:
        """Stop the subscriber and close the Redis client."""
        self._stop.set()
        thread = self._subscriber
        if thread is not None and thread.is_alive() and os.getpid() == self._pid:
            thread.join(timeout=3)
        client, self._redis = self._redis, None
        if client is not None and os.getpid() == self._pid:
            with contextlib.suppress(Exception):
                client.close()
