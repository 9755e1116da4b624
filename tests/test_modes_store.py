"""ModeStore against real PostgreSQL and Redis: sources, failures, back-off, publish, fork."""

from __future__ import annotations

import io
import json
import logging
import os
import socket
import threading
import time
from collections.abc import Iterator
from typing import Any

import psycopg
import pytest
import redis
from prometheus_client import REGISTRY

from stagenorm import logs
from stagenorm.config import Settings
from stagenorm.exceptions import InvalidArgument, InvalidMode, NotAuthorized
from stagenorm.modes import CHANNEL, REDIS_KEY, ModeStore
from tests import harness
from tests.harness import wait_until


class FakeClock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


def settings(db_url: str, redis_url: str | None, **kw: Any) -> Settings:
    return Settings(database_url=db_url, redis_url=redis_url, **kw)


def sample(name: str, **labels: str) -> float:
    return REGISTRY.get_sample_value(name, labels) or 0.0


@pytest.fixture
def store_factory(db_url: str, redis_url: str) -> Iterator[Any]:
    made: list[ModeStore] = []

    def make(clock: Any = time.monotonic, subscribe: bool = False, redis: str | None = redis_url,
             **kw: Any) -> ModeStore:
        store = ModeStore(settings(db_url, redis, **kw), clock=clock, subscribe=subscribe)
        made.append(store)
        return store

    yield make
    for store in made:
        store.close()


@pytest.fixture
def hanging_redis() -> Iterator[str]:
    """A socket that accepts connections and never answers: a Redis that hangs."""
    server = socket.socket()
    server.bind(("127.0.0.1", 0))
    server.listen(512)
    held: list[socket.socket] = []
    stop = threading.Event()

    def accept() -> None:
        server.settimeout(0.2)
        while not stop.is_set():
            try:
                conn, _ = server.accept()
            except OSError:
                continue
            held.append(conn)  # kept open, never read, never answered

    thread = threading.Thread(target=accept, daemon=True)
    thread.start()
    yield f"redis://127.0.0.1:{server.getsockname()[1]}/0"
    stop.set()
    thread.join(5)
    for conn in held:
        conn.close()
    server.close()


def test_sources_in_order(store_factory: Any, redis_url: str) -> None:
    clock = FakeClock()
    store = store_factory(clock=clock)
    first = store.get()
    assert (first.mode, first.source, first.stale) == ("warn", "default", False)
    assert store.get().source == "cache"
    change = store.set("enforce", "alice", "rollout")
    assert change is not None and (change.old_mode, change.new_mode, change.source) == ("warn", "enforce", "cli")
    cached = store.get()
    assert (cached.mode, cached.source, cached.changed_by) == ("enforce", "cache", "alice")

    other = store_factory(clock=clock)
    from_redis = other.get()
    assert (from_redis.mode, from_redis.source, from_redis.changed_by, from_redis.reason) == (
        "enforce", "redis", "alice", "rollout")
    assert from_redis.since == change.changed_at

    redis.Redis.from_url(redis_url).flushdb()
    third = store_factory(clock=clock)
    from_db = third.get()
    assert (from_db.mode, from_db.source, from_db.stale) == ("enforce", "database", False)
    assert redis.Redis.from_url(redis_url).get(REDIS_KEY) is not None  # refilled
    clock.advance(5.0)  # the TTL
    assert third.get().source == "redis"


def test_environment_default_applies_while_no_mode_was_set(store_factory: Any, db_url: str) -> None:
    with psycopg.connect(db_url, autocommit=True) as conn:
        name = conn.execute("SELECT current_database()").fetchone()
        assert name is not None
        conn.execute(f'ALTER DATABASE "{name[0]}" SET stagenorm.default_mode = \'off\'')
    explicit = store_factory(default_mode="enforce", default_mode_raw="enforce")
    assert (explicit.get().mode, explicit.get().source) == ("enforce", "cache")
    from_database = store_factory(redis=None)  # STAGE_VALIDATION_MODE unset: the database's default
    assert (from_database.get().mode, from_database.get().source) == ("off", "cache")
    invalid = store_factory(redis=None, default_mode="warn", default_mode_raw="bogus")
    assert invalid.get().mode == "off"
    store_factory().set("warn", "alice", "now set")  # a mode of record beats every default
    assert store_factory(redis=None, default_mode="enforce", default_mode_raw="enforce").get().mode == "warn"


@pytest.mark.parametrize("outage", ["stopped", "flushed", "hanging"])
def test_thousand_reads_through_a_redis_outage(store_factory: Any, redis_url: str,
                                               redis_server: harness.RedisServer, hanging_redis: str,
                                               outage: str) -> None:
    """1,000 reads while Redis is stopped, flushed over and over, or hangs: no exception, the
    right mode every time, and bounded total time (the back-off skips a dead Redis)."""
    setter = store_factory()
    setter.set("enforce", "alice", "before the outage")
    clock = FakeClock()
    store = store_factory(clock=clock, redis=hanging_redis if outage == "hanging" else redis_url)
    errors_before = sample("stagenorm_mode_fetch_errors_total", backend="redis")
    client = redis.Redis.from_url(redis_url)
    if outage == "stopped":
        redis_server.stop()
    try:
        start = time.monotonic()
        sources: dict[str, int] = {}
        for i in range(1000):
            if outage == "flushed" and i % 50 == 0:
                client.flushdb()
            reading = store.get()
            assert reading.mode == "enforce", (i, reading)
            assert not reading.stale
            sources[reading.source] = sources.get(reading.source, 0) + 1
            clock.advance(0.5)  # the 5 s cache expires every 10 reads
        elapsed = time.monotonic() - start
    finally:
        if outage == "stopped":
            redis_server.start()
    assert elapsed < 30, elapsed
    assert sources["cache"] >= 850
    redis_errors = sample("stagenorm_mode_fetch_errors_total", backend="redis") - errors_before
    if outage == "flushed":
        assert redis_errors == 0
        assert sources.get("database", 0) >= 10 and sources.get("redis", 0) >= 10
    else:
        assert sources.get("database", 0) >= 90
        # 500 s of (fake) outage: back-off 1, 2, 4, 8, 16, then every 30 s
        assert 5 <= redis_errors <= 25, redis_errors
    client.close()


def test_back_off_after_one_timeout(store_factory: Any, hanging_redis: str) -> None:
    store_factory().set("warn", "alice", "start")
    clock = FakeClock()
    store = store_factory(clock=clock, redis=hanging_redis, mode_cache_ttl=0.0)
    errors_before = sample("stagenorm_mode_fetch_errors_total", backend="redis")
    assert store.get().mode == "warn"  # pays one timeout
    assert sample("stagenorm_mode_fetch_errors_total", backend="redis") - errors_before == 1
    for _ in range(20):  # within the 1 s back-off: Redis is not asked again
        assert store.get().source == "database"
    assert sample("stagenorm_mode_fetch_errors_total", backend="redis") - errors_before == 1
    clock.advance(1.0)
    store.get()  # half-open: one more try, which fails, and the back-off doubles
    assert sample("stagenorm_mode_fetch_errors_total", backend="redis") - errors_before == 2
    clock.advance(1.5)
    store.get()
    assert sample("stagenorm_mode_fetch_errors_total", backend="redis") - errors_before == 2
    clock.advance(0.5)
    store.get()
    assert sample("stagenorm_mode_fetch_errors_total", backend="redis") - errors_before == 3


def test_redis_recovers_after_restart(store_factory: Any, redis_server: harness.RedisServer, redis_url: str) -> None:
    store_factory().set("enforce", "alice", "start")
    clock = FakeClock()
    store = store_factory(clock=clock, mode_cache_ttl=0.0)
    redis_server.stop()
    try:
        assert (store.get().mode, store.get().source) == ("enforce", "database")
    finally:
        redis_server.start()
    clock.advance(2.0)  # past the back-off
    assert (store.get().mode, store.get().source) == ("enforce", "redis")  # refilled, then read


def test_nothing_answers(store_factory: Any) -> None:
    dead = f"postgresql://postgres@127.0.0.1:{harness.free_port()}/nope"
    clock = FakeClock()
    store = ModeStore(Settings(database_url=dead, redis_url=f"redis://127.0.0.1:{harness.free_port()}/0",
                               default_mode="off"), clock=clock, subscribe=False)
    try:
        reading = store.get()
        assert (reading.mode, reading.source, reading.stale) == ("off", "default", True)
    finally:
        store.close()
    # with an earlier answer, that answer is kept, marked stale
    good = store_factory(clock=clock)
    good.set("enforce", "alice", "x")
    good.settings = Settings(database_url=dead, redis_url=None, mode_cache_ttl=5.0)
    clock.advance(10)
    reading = good.get()
    assert (reading.mode, reading.source, reading.stale) == ("enforce", "cache", True)


def test_garbage_in_redis_is_ignored_and_replaced(store_factory: Any, redis_url: str) -> None:
    store_factory().set("off", "alice", "x")
    client = redis.Redis.from_url(redis_url)
    for garbage in (b"not json", b'{"mode": "sideways"}', b"[]", b'{"mode": "warn", "since": "yesterday"}'):
        client.set(REDIS_KEY, garbage)
        reading = store_factory().get()
        assert (reading.mode, reading.source) == ("off", "database")
        assert json.loads(client.get(REDIS_KEY) or b"{}")["mode"] == "off"
    client.close()


def test_published_change_reaches_another_store_before_its_cache_expires(store_factory: Any,
                                                                        redis_url: str) -> None:
    # The reader's clock never moves, so its cached "warn" never expires: the only way it
    # can learn of the change is the published message (no wall-clock bound needed).
    reader = store_factory(clock=lambda: 1000.0, subscribe=True)
    writer = store_factory()
    assert reader.get().mode == "warn"  # cached, and starts the subscriber
    client = redis.Redis.from_url(redis_url)
    wait_until(lambda: any(count >= 1 for _, count in client.pubsub_numsub(CHANNEL)), 10,
               "the reader's subscriber")
    assert reader.get().mode == "warn"  # still the cached value
    writer.set("enforce", "alice", "go")
    wait_until(lambda: reader.get().mode == "enforce", 30, "the published change at the reader")
    client.close()


def test_set_validates_and_translates_errors(store_factory: Any, db_url: str) -> None:
    store = store_factory()
    for bad in ("ENFORCE", "", None, 3):
        with pytest.raises(InvalidMode):
            store.set(bad, "alice", "x")
    with pytest.raises(InvalidMode):
        store.set("warn", "alice", "x", only_from="maybe")
    with pytest.raises(InvalidArgument):
        store.set("warn", "  ", "x")
    with pytest.raises(InvalidArgument):
        store.set("warn", "alice", 5)
    with psycopg.connect(db_url, autocommit=True) as admin:
        admin.execute("DROP ROLE IF EXISTS sn_app2")
        admin.execute("CREATE ROLE sn_app2 LOGIN")
    try:
        app = ModeStore(Settings(database_url=db_url.replace("postgres@", "sn_app2@", 1)), subscribe=False)
        with pytest.raises(NotAuthorized):
            app.set("off", "mallory", "x")
        assert app.get().mode == "warn"  # reading needs no rights
    finally:
        with psycopg.connect(db_url, autocommit=True) as admin:
            admin.execute("DROP OWNED BY sn_app2")
            admin.execute("DROP ROLE sn_app2")


def test_only_from(store_factory: Any, redis_url: str) -> None:
    store = store_factory()
    store.set("warn", "alice", "x")
    assert store.set("warn", "alertmanager", "firing", source="alertmanager", only_from="enforce") is None
    store.set("enforce", "alice", "x")
    change = store.set("warn", "alertmanager", "firing", source="alertmanager", only_from="enforce")
    assert change is not None and (change.old_mode, change.new_mode, change.source) == ("enforce", "warn",
                                                                                       "alertmanager")
    assert json.loads(redis.Redis.from_url(redis_url).get(REDIS_KEY) or b"{}")["mode"] == "warn"


def test_metrics_and_the_change_log_line(store_factory: Any) -> None:
    stream = io.StringIO()
    handler = logging.StreamHandler(stream)
    handler.setFormatter(logs.JsonFormatter())
    logger = logging.getLogger("stagenorm.modes")
    logger.addHandler(handler)
    try:
        changes = sample("stagenorm_mode_changes_total", source="webhook", to_mode="enforce")
        fetches = sample("stagenorm_mode_fetch_total", source="cache")
        store = store_factory()
        store.set("enforce", "bob", "the gate is green", source="webhook", forced=True)
        store.get()
        assert sample("stagenorm_mode_changes_total", source="webhook", to_mode="enforce") == changes + 1
        assert sample("stagenorm_mode_fetch_total", source="cache") == fetches + 1
        assert sample("stagenorm_validation_mode", mode="enforce") == 1
        assert sample("stagenorm_validation_mode", mode="warn") == 0
    finally:
        logger.removeHandler(handler)
    lines = [json.loads(line) for line in stream.getvalue().splitlines()]
    change = [line for line in lines if line["event"] == "stage_validation_mode_change"]
    assert len(change) == 1
    assert {k: change[0][k] for k in ("old_mode", "new_mode", "actor", "reason", "source", "forced")} == {
        "old_mode": "warn", "new_mode": "enforce", "actor": "bob", "reason": "the gate is green",
        "source": "webhook", "forced": True}


def test_safe_after_fork(store_factory: Any) -> None:
    store = store_factory(subscribe=True, mode_cache_ttl=0.0)
    store.set("enforce", "alice", "before fork")
    assert store.get().mode == "enforce"  # the parent has a Redis client and a subscriber
    read_end, write_end = os.pipe()
    pid = os.fork()
    if pid == 0:  # the child: use the inherited store, report, and leave without cleanup
        try:
            os.close(read_end)
            first = store.get()
            change = store.set("warn", "child", "after fork")
            second = store.get()
            result = {"first": [first.mode, first.source], "change": change is not None,
                      "second": second.mode, "thread": store._subscriber is not None and store._subscriber.is_alive()}
        except BaseException as exc:
            result = {"error": repr(exc)}
        os.write(write_end, json.dumps(result).encode())
        os._exit(0)
    os.close(write_end)
    with os.fdopen(read_end) as pipe:
        result = json.loads(pipe.read())
    _, status = os.waitpid(pid, 0)
    assert status == 0
    assert result == {"first": ["enforce", "redis"], "change": True, "second": "warn", "thread": True}
    assert store.get().mode == "warn"  # the parent's clients still work
