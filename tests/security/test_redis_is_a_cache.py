"""Attack (issue 17, item 4): whoever can write to Redis decides the validation mode.

Replayed as someone with write access to Redis and nothing else: a mode of ``off``
planted without a TTL (as the review did), then planted the way stagenorm writes it
(with a TTL and a fresh ``written_at``), then replay keys planted ahead of an
Alertmanager downgrade. PostgreSQL says ``enforce`` throughout; every attack must fail
with nothing changed. Also: every key stagenorm writes expires, and REDIS_URL with a
password and TLS (``rediss://``) works end to end.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import shutil
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import psycopg
import pytest
import redis

from stagenorm import preflight
from stagenorm.config import Settings
from stagenorm.exceptions import StageValidationError
from stagenorm.modes import REDIS_KEY, REDIS_KEY_TTL, ModeStore
from stagenorm.validation import validate_stage
from stagenorm.web import replay
from tests import harness
from tests.test_webhook import AM, alert, make_env, notification

PLANTED_OFF = {"mode": "off", "source": "database", "since": None, "changed_by": "mallory", "reason": "planted"}


def db_mode(db_url: str) -> str:
    with psycopg.connect(db_url) as conn:
        row = conn.execute("SELECT stagenorm.current_mode()").fetchone()
    assert row is not None
    return str(row[0])


def store_for(db_url: str | None, redis_url: str, **kw: object) -> ModeStore:
    return ModeStore(Settings(database_url=db_url, redis_url=redis_url, **kw), subscribe=False)  # type: ignore[arg-type]


@pytest.fixture
def enforced(db_url: str, redis_url: str) -> Iterator[str]:
    """PostgreSQL says enforce (set as an operator would, so Redis holds it too)."""
    store = store_for(db_url, redis_url)
    store.set("enforce", "alice", "rollout")
    store.close()
    yield db_url


def validate_in_a_new_process(db_url: str, redis_url: str) -> subprocess.CompletedProcess[str]:
    """A new application process, configured from the environment as services are."""
    code = ("from stagenorm.validation import validate_stage\n"
            "from stagenorm.exceptions import StageValidationError\n"
            "try:\n    r = validate_stage('seeed')\nexcept StageValidationError:\n    print('raised')\n"
            "else:\n    print('passed', r.mode)\n")
    env = {"PATH": os.environ.get("PATH", ""), "DATABASE_URL": db_url, "REDIS_URL": redis_url}
    return subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, timeout=60,
                          check=False, cwd=str(harness.REPO))


def test_off_planted_without_a_ttl_does_not_stop_enforce(enforced: str, redis_url: str) -> None:
    client = redis.Redis.from_url(redis_url)
    client.set(REDIS_KEY, json.dumps({**PLANTED_OFF, "written_at": time.time()}))  # no EX: never expires
    assert client.ttl(REDIS_KEY) == -1
    done = validate_in_a_new_process(enforced, redis_url)
    assert done.stdout.strip() == "raised", done.stdout + done.stderr
    store = store_for(enforced, redis_url)
    with pytest.raises(StageValidationError):
        validate_stage("seeed", store=store)
    assert store.get().mode == "enforce"
    assert db_mode(enforced) == "enforce"
    written = json.loads(client.get(REDIS_KEY) or b"{}")
    assert written["mode"] == "enforce" and 0 < client.ttl(REDIS_KEY) <= REDIS_KEY_TTL  # overwritten
    store.close()


def test_off_planted_as_stagenorm_writes_it_is_checked_against_postgresql(enforced: str, redis_url: str) -> None:
    """A TTL and a fresh written_at make it look like ours: relaxing still asks PostgreSQL."""
    client = redis.Redis.from_url(redis_url)
    reader = store_for(enforced, redis_url, mode_cache_ttl=0.0)
    assert reader.get().mode == "enforce"  # this process has heard PostgreSQL say enforce
    client.set(REDIS_KEY, json.dumps({**PLANTED_OFF, "written_at": time.time()}), ex=REDIS_KEY_TTL)
    with pytest.raises(StageValidationError):
        validate_stage("seeed", store=reader)
    assert json.loads(client.get(REDIS_KEY) or b"{}")["mode"] == "enforce"
    client.set(REDIS_KEY, json.dumps({**PLANTED_OFF, "written_at": time.time()}), ex=REDIS_KEY_TTL)
    assert validate_in_a_new_process(enforced, redis_url).stdout.strip() == "raised"  # a fresh process too
    reader.close()


def test_a_value_older_than_the_ttl_is_ignored(enforced: str, redis_url: str) -> None:
    client = redis.Redis.from_url(redis_url)
    stale = {**PLANTED_OFF, "mode": "enforce", "written_at": time.time() - REDIS_KEY_TTL - 3600}
    client.set(REDIS_KEY, json.dumps(stale), ex=REDIS_KEY_TTL)  # its TTL renewed (EXPIRE), its content old
    reading = store_for(enforced, redis_url).get()
    assert (reading.mode, reading.source) == ("enforce", "database")  # not "redis": the value was ignored
    client.set(REDIS_KEY, json.dumps({**stale, "written_at": time.time()}), ex=REDIS_KEY_TTL * 100)
    assert store_for(enforced, redis_url).get().source == "database"  # a TTL longer than ours: not ours


def test_without_postgresql_a_planted_relaxation_keeps_the_stricter_mode(redis_url: str) -> None:
    dead = f"postgresql://postgres@127.0.0.1:{harness.free_port()}/x?connect_timeout=1"
    client = redis.Redis.from_url(redis_url)
    client.set(REDIS_KEY, json.dumps({**PLANTED_OFF, "written_at": time.time()}), ex=REDIS_KEY_TTL)
    store = store_for(dead, redis_url, default_mode="enforce", default_mode_raw="enforce")
    reading = store.get()
    assert (reading.mode, reading.stale) == ("enforce", True)
    with pytest.raises(StageValidationError):
        validate_stage("seeed", store=store)


def test_a_genuine_relaxation_still_reaches_every_process(enforced: str, redis_url: str) -> None:
    """The guard costs a relaxation one PostgreSQL read per process; it does not block it."""
    reader = store_for(enforced, redis_url, mode_cache_ttl=0.0)
    assert reader.get().mode == "enforce"
    store_for(enforced, redis_url).set("warn", "bob", "incident")
    reading = reader.get()
    assert (reading.mode, reading.source) == ("warn", "database")  # confirmed, once
    assert (reader.get().mode, reader.get().source) == ("warn", "redis")  # then Redis answers again
    assert validate_stage("seeed", store=reader).known is False


def test_planted_replay_keys_do_not_suppress_a_downgrade(enforced: str, redis_url: str) -> None:
    env = make_env(enforced, redis_url)
    try:
        body = notification(alert("EnforceGateUnknownRateHigh"))
        key = replay.notification_key(json.loads(body))
        client = redis.Redis.from_url(redis_url)
        client.set(replay.REDIS_PREFIX + key, b"1")  # planted, without a TTL
        msg_id = "msg_planted_0001"
        client.set(replay.REDIS_PREFIX + replay.signed_key(msg_id), b"1")
        answer = env.bearer("POST", AM, body)
        assert answer.status_code == 200 and answer.json["applied"] is True, answer.json
        assert db_mode(enforced) == "warn"
        env.set_mode("enforce")
        answer = env.signed("POST", AM, notification(alert("EnforceGateUnknownRateHigh", fp="fp02")),
                            msg_id=msg_id)
        assert answer.status_code == 200 and answer.json["applied"] is True, answer.json
        assert db_mode(enforced) == "warn"
        # and a real repeat is still caught, by PostgreSQL
        again = env.bearer("POST", AM, body)
        assert again.json["duplicate"] is True
    finally:
        env.close()


def test_every_key_stagenorm_writes_expires(db_url: str, redis_url: str) -> None:
    env = make_env(db_url, redis_url)
    try:
        env.set_mode("enforce")
        assert env.put_mode("warn").status_code == 200
        assert env.bearer("POST", AM, notification(alert())).status_code == 200
        env.app.extensions["stagenorm"]["store"].invalidate()
        env.app.extensions["stagenorm"]["store"].get()
    finally:
        env.close()
    client = redis.Redis.from_url(redis_url)
    keys = list(client.scan_iter("stagenorm:*"))
    assert any(k.startswith(b"stagenorm:replay:") for k in keys) and REDIS_KEY.encode() in keys
    assert {k: client.ttl(k) for k in keys if client.ttl(k) <= 0} == {}


# -- REDIS_URL with a password and TLS ----------------------------------------------------------


def self_signed(directory: Path) -> tuple[Path, Path]:
    import ipaddress

    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "127.0.0.1")])
    now = dt.datetime.now(dt.UTC)
    cert = (x509.CertificateBuilder().subject_name(name).issuer_name(name).public_key(key.public_key())
            .serial_number(x509.random_serial_number()).not_valid_before(now - dt.timedelta(minutes=5))
            .not_valid_after(now + dt.timedelta(days=1))
            .add_extension(x509.SubjectAlternativeName([x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]),
                           critical=False)
            .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
            .sign(key, hashes.SHA256()))
    cert_path, key_path = directory / "redis.crt", directory / "redis.key"
    cert_path.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    key_path.write_bytes(key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                           serialization.NoEncryption()))
    key_path.chmod(0o600)
    return cert_path, key_path


@pytest.fixture
def tls_redis(tmp_path: Path) -> Iterator[tuple[int, str, Path]]:
    """redis-server with TLS only (no plain port) and a password: (port, password, CA file)."""
    binary = shutil.which("redis-server")
    assert binary, "redis-server is needed (apt-get install redis-server)"
    cert, key = self_signed(tmp_path)
    port, password = harness.free_port(), "tls-redis-password-" + "z" * 16
    config = (f"port 0\ntls-port {port}\nbind 127.0.0.1\ntls-cert-file {cert}\ntls-key-file {key}\n"
              f"tls-ca-cert-file {cert}\ntls-auth-clients no\nrequirepass {password}\nsave \"\"\n"
              f"appendonly no\ndir {tmp_path}\n")
    proc = subprocess.Popen([binary, "-"], stdin=subprocess.PIPE, stdout=subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL)
    assert proc.stdin is not None
    proc.stdin.write(config.encode())
    proc.stdin.close()
    try:
        client = redis.Redis(host="127.0.0.1", port=port, password=password, ssl=True, ssl_ca_certs=str(cert),
                             socket_timeout=1)

        def up() -> bool:
            if proc.poll() is not None:
                raise AssertionError(f"redis-server exited {proc.returncode}")
            try:
                return bool(client.ping())
            except redis.ConnectionError:
                return False

        harness.wait_until(up, 30, "redis-server with TLS")
        client.close()
        yield port, password, cert
    finally:
        proc.terminate()
        proc.wait(10)


def test_rediss_url_with_a_password(db_url: str, tls_redis: tuple[int, str, Path]) -> None:
    port, password, ca = tls_redis
    url = f"rediss://:{password}@127.0.0.1:{port}/0?ssl_ca_certs={ca}"
    assert preflight.check_redis(Settings(redis_url=url)) == []
    writer = store_for(db_url, url)
    writer.set("enforce", "alice", "over TLS")
    reading = store_for(db_url, url).get()
    assert (reading.mode, reading.source) == ("enforce", "redis")  # read back through TLS
    replays = replay.ReplayStore.from_url(url, timeout=1)
    replays.remember("id:msg_tls", ttl=30)
    assert replays.seen("id:msg_tls")
    replays.close()
    writer.close()

    wrong = f"rediss://:not-the-password-{password[::-1]}@127.0.0.1:{port}/0?ssl_ca_certs={ca}"
    problems = preflight.check_redis(Settings(redis_url=wrong))
    assert [p.severity for p in problems] == ["warning"]
    assert password[::-1] not in problems[0].message  # the URL's password is never echoed
    plain = f"redis://:{password}@127.0.0.1:{port}/0"  # TLS port, plain client: refused, not hung
    assert [p.severity for p in preflight.check_redis(Settings(redis_url=plain))] == ["warning"]
