"""Standard Webhooks signatures: our verify/sign, against each other and the reference library."""

from __future__ import annotations

import base64
import json
import time
from datetime import UTC, datetime

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from standardwebhooks import Webhook, WebhookVerificationError

from stagenorm.web import signing

SECRET = "whsec_" + base64.b64encode(b"k" * 32).decode()
OLD_SECRET = "whsec_" + base64.b64encode(b"o" * 32).decode()
KEY = signing.decode_secret(SECRET)
OLD_KEY = signing.decode_secret(OLD_SECRET)
NOW = 1_760_000_000
BODY = b'{"mode": "warn", "actor": "ops", "reason": "test"}'


def headers(body: bytes = BODY, secret: str = SECRET, msg_id: str = "msg_1", ts: int = NOW) -> dict[str, str]:
    return signing.sign(body, secret, msg_id=msg_id, timestamp=ts)


def reason(body: bytes, hdrs: dict[str, str], keys: tuple[bytes, ...] = (KEY,), now: float = NOW) -> str:
    with pytest.raises(signing.SignatureError) as caught:
        signing.verify(body, hdrs, keys, now=now)
    return caught.value.reason


def test_round_trip() -> None:
    verified = signing.verify(BODY, headers(), (KEY,), now=NOW)
    assert verified == signing.Verified(msg_id="msg_1", timestamp=NOW)


def test_signature_is_hmac_sha256_of_id_timestamp_body() -> None:
    import hashlib
    import hmac

    digest = hmac.new(KEY, b"msg_1." + str(NOW).encode() + b"." + BODY, hashlib.sha256).digest()
    assert headers()["webhook-signature"] == "v1," + base64.b64encode(digest).decode()


def test_reference_library_signs_and_we_verify() -> None:
    now = int(time.time())
    signed = Webhook(SECRET).sign("msg_lib", datetime.fromtimestamp(now, UTC), BODY.decode())
    hdrs = {"webhook-id": "msg_lib", "webhook-timestamp": str(now), "webhook-signature": signed}
    assert signing.verify(BODY, hdrs, (KEY,), now=now).msg_id == "msg_lib"


def test_we_sign_and_reference_library_verifies() -> None:
    now = int(time.time())  # the library reads the wall clock itself
    hdrs = headers(ts=now, msg_id="msg_ours")
    assert Webhook(SECRET).verify(BODY, hdrs) == json.loads(BODY)
    with pytest.raises(WebhookVerificationError):
        Webhook(OLD_SECRET).verify(BODY, hdrs)


def test_reference_library_unprefixed_and_unpadded_secret_decodes_the_same() -> None:
    raw = base64.b64encode(b"z" * 31).decode().rstrip("=")  # 31 bytes: base64 needs padding
    assert signing.decode_secret(raw) == b"z" * 31
    assert signing.decode_secret("whsec_" + raw) == b"z" * 31
    now = int(time.time())
    hdrs = signing.sign(BODY, "whsec_" + raw, msg_id="m", timestamp=now)
    Webhook("whsec_" + raw).verify(BODY, hdrs)


def test_rotation_accepts_any_configured_secret() -> None:
    keys = (KEY, OLD_KEY)
    assert signing.verify(BODY, headers(secret=OLD_SECRET), keys, now=NOW)
    assert signing.verify(BODY, headers(secret=SECRET), keys, now=NOW)
    assert reason(BODY, headers(secret=OLD_SECRET), keys=(KEY,)) == "forged"


def test_several_signature_entries_one_valid() -> None:
    good = headers()["webhook-signature"]
    bad = signing.signature(OLD_KEY, "msg_1", NOW, BODY)
    hdrs = headers() | {"webhook-signature": f"v1a,AAAA {bad} garbage v1,!!! {good}"}
    assert signing.verify(BODY, hdrs, (KEY,), now=NOW)


def test_headers_are_case_insensitive() -> None:
    hdrs = {k.upper(): v for k, v in headers().items()}
    assert signing.verify(BODY, hdrs, (KEY,), now=NOW)


@pytest.mark.parametrize("tamper", ["body", "id", "timestamp", "signature", "json_reserialized"])
def test_tampering_is_forged(tamper: str) -> None:
    hdrs = headers()
    body = BODY
    if tamper == "body":
        body = BODY.replace(b"warn", b"off ")
    elif tamper == "id":
        hdrs["webhook-id"] = "msg_2"
    elif tamper == "timestamp":
        hdrs["webhook-timestamp"] = str(NOW + 1)
    elif tamper == "signature":
        raw = bytearray(base64.b64decode(hdrs["webhook-signature"][3:]))
        raw[0] ^= 1
        hdrs["webhook-signature"] = "v1," + base64.b64encode(bytes(raw)).decode()
    else:  # the same JSON document, re-serialized: the raw bytes are what is signed
        body = json.dumps(json.loads(BODY), separators=(",", ":")).encode()
    assert reason(body, hdrs) == "forged"


def test_non_utf8_body_is_signed_as_bytes() -> None:
    body = b"\xff\xfe\x00binary"
    assert signing.verify(body, headers(body=body), (KEY,), now=NOW)
    assert reason(body + b"!", headers(body=body)) == "forged"


@pytest.mark.parametrize(("offset", "expected"), [
    (-signing.TOLERANCE_SECONDS, None), (signing.TOLERANCE_SECONDS, None),
    (-signing.TOLERANCE_SECONDS - 1, "expired"), (signing.TOLERANCE_SECONDS + 1, "future"),
    (-10**9, "expired"), (10**9, "future"),
])
def test_five_minute_window_both_directions(offset: int, expected: str | None) -> None:
    hdrs = headers(ts=NOW + offset)
    if expected is None:
        assert signing.verify(BODY, hdrs, (KEY,), now=NOW)
    else:
        assert reason(BODY, hdrs) == expected


def test_forged_and_stale_is_reported_as_forged() -> None:
    """An unsigned request learns nothing about the window."""
    hdrs = headers(secret=OLD_SECRET, ts=NOW - 3600)
    assert reason(BODY, hdrs) == "forged"


@pytest.mark.parametrize("missing", signing.SIGNATURE_HEADERS)
def test_missing_header(missing: str) -> None:
    hdrs = headers()
    del hdrs[missing]
    assert reason(BODY, hdrs) == "missing"
    assert reason(BODY, hdrs | {missing: ""}) == "missing"


@pytest.mark.parametrize(("name", "value"), [
    ("webhook-id", "msg 1"), ("webhook-id", "x" * 257), ("webhook-id", "msg_é"), ("webhook-id", "a\nb"),
    ("webhook-timestamp", "abc"), ("webhook-timestamp", "1.5"), ("webhook-timestamp", "-1"),
    ("webhook-timestamp", "9" * 13), ("webhook-timestamp", "1e9"), ("webhook-timestamp", "0x10"),
])
def test_malformed_headers(name: str, value: str) -> None:
    assert reason(BODY, headers() | {name: value}) == "malformed"


@pytest.mark.parametrize("value", [
    "v1", "v1,", ",", "v2," + base64.b64encode(b"x" * 32).decode(), "v1,not*base64", "v1,====",
    "v1," + "A" * 100_000, " ".join(["v1,AAAA"] * 1000), "\x00",
], ids=["bare", "empty", "comma", "other_version", "not_base64", "padding", "huge", "many", "nul"])
def test_garbage_signatures_are_forged_not_errors(value: str) -> None:
    assert reason(BODY, headers() | {"webhook-signature": value}) == "forged"


def test_only_the_first_entries_are_looked_at() -> None:
    good = headers()["webhook-signature"]
    padded = " ".join(["v1,AAAA"] * signing.MAX_SIGNATURES + [good])
    assert reason(BODY, headers() | {"webhook-signature": padded}) == "forged"


def test_no_secret_configured() -> None:
    assert reason(BODY, headers(), keys=()) == "no_secret"


@pytest.mark.parametrize("secret", [
    "", "whsec_", "whsec_not base64!", "whsec_" + base64.b64encode(b"short").decode(), "whsec_####",
])
def test_bad_secrets_are_refused(secret: str) -> None:
    with pytest.raises(signing.SecretError):
        signing.decode_secret(secret)


def test_load_keys_names_the_bad_secret() -> None:
    with pytest.raises(signing.SecretError, match="secret #2"):
        signing.load_keys([SECRET, "whsec_???"])
    assert signing.load_keys([SECRET, OLD_SECRET]) == (KEY, OLD_KEY)


def test_has_signature_headers() -> None:
    assert not signing.has_signature_headers({"Authorization": "Bearer x"})
    assert signing.has_signature_headers({"Webhook-Id": "x"})


@settings(max_examples=200, deadline=None)
@given(body=st.binary(max_size=2048), msg_id=st.from_regex(r"\A[!-~]{1,64}\Z"),
       skew=st.integers(-signing.TOLERANCE_SECONDS, signing.TOLERANCE_SECONDS))
def test_property_round_trip(body: bytes, msg_id: str, skew: int) -> None:
    hdrs = signing.sign(body, SECRET, msg_id=msg_id, timestamp=NOW + skew)
    assert signing.verify(body, hdrs, (KEY,), now=NOW) == signing.Verified(msg_id, NOW + skew)


@settings(max_examples=200, deadline=None)
@given(body=st.binary(min_size=1, max_size=512), data=st.data())
def test_property_any_flipped_bit_is_forged(body: bytes, data: st.DataObject) -> None:
    hdrs = signing.sign(body, SECRET, msg_id="m", timestamp=NOW)
    index = data.draw(st.integers(0, len(body) - 1))
    bit = data.draw(st.integers(0, 7))
    tampered = bytearray(body)
    tampered[index] ^= 1 << bit
    assert reason(bytes(tampered), hdrs) == "forged"
