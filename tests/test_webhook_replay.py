"""The replay store: PostgreSQL claims in the caller's transaction, Redis as the fast answer."""

from __future__ import annotations

import os
import threading
from collections.abc import Iterator
from datetime import UTC, datetime
from typing import Any

import psycopg
import pytest
import redis
from psycopg.rows import dict_row

from stagenorm.exceptions import InvalidArgument
from stagenorm.web import replay
from tests import harness
from tests.conftest import create_database, drop_database

NOW = 1_760_000_000.0
Conn = psycopg.Connection[dict[str, Any]]


@pytest.fixture(scope="module")
def db_url(pg_server: harness.PostgresServer, template_db: str) -> Iterator[str]:
    """One database for the module; each test starts with an empty webhook_delivery."""
    name = f"stagenorm_replay_{os.getpid()}"
    url = create_database(pg_server, name, template_db)
    yield url
    drop_database(pg_server, name)


@pytest.fixture
def connect(db_url: str) -> Iterator[Any]:
    with psycopg.connect(db_url, autocommit=True) as conn:
        conn.execute("TRUNCATE stagenorm.webhook_delivery")
    opened: list[Conn] = []

    def make() -> Conn:
        conn = psycopg.connect(db_url, row_factory=dict_row)
        opened.append(conn)
        return conn

    yield make
    for conn in opened:
        conn.close()


@pytest.fixture
def store(redis_url: str) -> Iterator[replay.ReplayStore]:
    s = replay.ReplayStore.from_url(redis_url, timeout=0.5)
    yield s
    s.close()


def rows(conn: Conn) -> list[dict[str, Any]]:
    return conn.execute("SELECT key, source FROM stagenorm.webhook_delivery ORDER BY key").fetchall()


def test_first_claim_is_fresh_a_repeat_is_not(connect: Any, store: replay.ReplayStore) -> None:
    conn = connect()
    first = store.claim(conn, "id:msg_1", source="signed", ttl=60, now=NOW)
    assert first == replay.Claim("id:msg_1", True, "postgresql")
    conn.commit()
    again = store.claim(conn, "id:msg_1", source="signed", ttl=60, now=NOW + 1)
    assert again == replay.Claim("id:msg_1", False, "postgresql")
    conn.rollback()
    store.remember("id:msg_1", ttl=60)  # Redis holds a copy; PostgreSQL still decides
    assert store.claim(conn, "id:msg_1", source="signed", ttl=60, now=NOW + 2) == replay.Claim(
        "id:msg_1", False, "postgresql")
    assert rows(conn) == [{"key": "id:msg_1", "source": "signed"}]


def test_rollback_releases_the_claim(connect: Any, store: replay.ReplayStore) -> None:
    conn = connect()
    assert store.claim(conn, "am:x", source="alertmanager", ttl=60, now=NOW).fresh
    conn.rollback()  # the change it guarded failed
    assert store.claim(conn, "am:x", source="alertmanager", ttl=60, now=NOW).fresh
    conn.commit()
    assert not store.claim(conn, "am:x", source="alertmanager", ttl=60, now=NOW).fresh


def test_expired_key_is_fresh_again_and_old_keys_are_purged(connect: Any, store: replay.ReplayStore) -> None:
    conn = connect()
    for n in range(5):
        assert store.claim(conn, f"id:old{n}", source="signed", ttl=10, now=NOW).fresh
    conn.commit()
    assert not store.claim(conn, "id:old0", source="signed", ttl=10, now=NOW + 10 - 1).fresh
    assert store.claim(conn, "id:old0", source="signed", ttl=10, now=NOW + 10).fresh
    conn.commit()
    assert rows(conn) == [{"key": "id:old0", "source": "signed"}]  # the other four were purged
    expires = conn.execute("SELECT expires_at FROM stagenorm.webhook_delivery").fetchone()
    assert expires == {"expires_at": datetime.fromtimestamp(NOW + 20, UTC)}


def _wait_for_lock(conn: Conn, pid: int) -> None:
    def waiting() -> bool:
        row = conn.execute("SELECT wait_event_type FROM pg_stat_activity WHERE pid = %s", (pid,)).fetchone()
        return row is not None and row["wait_event_type"] == "Lock"

    harness.wait_until(waiting, 30, "the second claim to wait for the first")


@pytest.mark.parametrize(("first_ends", "second_fresh"), [("commit", False), ("rollback", True)])
def test_concurrent_claims_of_one_key_serialize(connect: Any, store: replay.ReplayStore,
                                                first_ends: str, second_fresh: bool) -> None:
    one, two, observer = connect(), connect(), connect()
    observer.autocommit = True
    assert store.claim(one, "am:ha", source="alertmanager", ttl=60, now=NOW).fresh  # uncommitted
    answer: dict[str, replay.Claim | BaseException] = {}

    def second() -> None:
        try:
            answer["claim"] = store.claim(two, "am:ha", source="alertmanager", ttl=60, now=NOW)
            two.commit()
        except BaseException as exc:  # handed to the test thread
            answer["claim"] = exc

    thread = threading.Thread(target=second)
    thread.start()
    _wait_for_lock(observer, two.info.backend_pid)
    assert "claim" not in answer  # blocked behind the first, uncommitted claim
    getattr(one, first_ends)()
    thread.join(30)
    claim = answer["claim"]
    assert isinstance(claim, replay.Claim)
    assert claim.fresh is second_fresh


@pytest.mark.parametrize(("key", "source", "ttl"), [
    ("", "signed", 60), ("x" * 301, "signed", 60), ("id:a", "other", 60),
    ("id:a", "signed", 0), ("id:a", "signed", 604801), ("id:a", "signed", -5),
])
def test_bad_arguments_raise_sn003(connect: Any, key: str, source: str, ttl: int) -> None:
    conn = connect()
    with pytest.raises(InvalidArgument) as caught:
        replay.ReplayStore(None).claim(conn, key, source=source, ttl=ttl, now=NOW)
    assert caught.value.hint


def test_null_arguments_raise_sn003(connect: Any) -> None:
    conn = connect()
    for args in [(None, "signed", 60), ("id:a", None, 60), ("id:a", "signed", None)]:
        with pytest.raises(psycopg.Error) as caught:
            conn.execute("SELECT stagenorm._claim_webhook_delivery(%s, %s, %s)", args)
        assert caught.value.sqlstate == "SN003"
        conn.rollback()


def test_injection_text_is_only_a_key(connect: Any, store: replay.ReplayStore) -> None:
    conn = connect()
    key = "id:x'); DROP TABLE stagenorm.webhook_delivery; --"
    assert store.claim(conn, key, source="signed", ttl=60, now=NOW).fresh
    conn.commit()
    assert rows(conn) == [{"key": key, "source": "signed"}]


def test_redis_down_postgresql_still_catches_the_repeat(
    connect: Any, store: replay.ReplayStore, redis_server: harness.RedisServer
) -> None:
    conn = connect()
    assert store.claim(conn, "id:during_outage", source="signed", ttl=60, now=NOW).fresh
    conn.commit()
    store.remember("id:during_outage", ttl=60)
    redis_server.stop()
    try:
        assert store.seen("id:during_outage") is False  # no answer is not "seen", and not an error
        repeat = store.claim(conn, "id:during_outage", source="signed", ttl=60, now=NOW)
        assert repeat == replay.Claim("id:during_outage", False, "postgresql")
        conn.rollback()
        assert store.claim(conn, "id:new", source="signed", ttl=60, now=NOW).fresh
        conn.commit()
        store.remember("id:new", ttl=60)  # logged, not raised
    finally:
        redis_server.start()
    assert store.claim(conn, "id:new", source="signed", ttl=60, now=NOW) == replay.Claim(
        "id:new", False, "postgresql")  # Redis came back without it: the database still knows


def test_redis_lost_its_data(connect: Any, store: replay.ReplayStore, redis_url: str) -> None:
    conn = connect()
    assert store.claim(conn, "id:m", source="signed", ttl=60, now=NOW).fresh
    conn.commit()
    store.remember("id:m", ttl=60)
    redis.Redis.from_url(redis_url).flushdb()
    assert not store.claim(conn, "id:m", source="signed", ttl=60, now=NOW).fresh


def test_remember_sets_an_expiry_and_keeps_the_first(store: replay.ReplayStore, redis_url: str) -> None:
    client = redis.Redis.from_url(redis_url)
    store.remember("id:t", ttl=100)
    store.remember("id:t", ttl=5000)  # NX: the first expiry stays
    assert 0 < client.ttl(replay.REDIS_PREFIX + "id:t") <= 100
    client.close()


def test_without_redis_everything_goes_to_postgresql(connect: Any) -> None:
    store = replay.ReplayStore.from_url(None)
    conn = connect()
    assert store.claim(conn, "id:z", source="signed", ttl=60, now=NOW).fresh
    conn.commit()
    store.remember("id:z", ttl=60)
    assert not store.seen("id:z")
    assert not store.claim(conn, "id:z", source="signed", ttl=60, now=NOW).fresh


def alert(fp: str, starts: str = "2026-01-01T00:00:00Z", **extra: Any) -> dict[str, Any]:
    return {"status": "firing", "labels": {"alertname": "A"}, "fingerprint": fp, "startsAt": starts, **extra}


def payload(*alerts: dict[str, Any], status: str = "firing", group: str = "{}:{}", **extra: Any) -> dict[str, Any]:
    return {"status": status, "groupKey": group, "alerts": list(alerts), **extra}


def test_notification_key() -> None:
    base = replay.notification_key(payload(alert("a"), alert("b")))
    assert base.startswith("am:") and len(base) == 3 + 64
    # The same notification from either member of an HA pair, alerts in any order.
    assert replay.notification_key(payload(alert("b"), alert("a"), receiver="other",
                                           truncatedAlerts=0)) == base
    assert replay.notification_key(payload(alert("a", annotations={"x": "y"}, endsAt="z"),
                                           alert("b"))) == base
    different = [
        payload(alert("a"), alert("b"), status="resolved"),
        payload(alert("a"), alert("b"), group="{}:{x}"),
        payload(alert("a"), alert("b", starts="2026-01-02T00:00:00Z")),
        payload(alert("a")),
        payload(alert("a"), alert("c")),
    ]
    keys = {replay.notification_key(p) for p in different}
    assert base not in keys and len(keys) == len(different)


def test_notification_key_tolerates_junk() -> None:
    assert replay.notification_key({}).startswith("am:")
    assert replay.notification_key({"alerts": [1, None, "x", {"fingerprint": None}]}).startswith("am:")
