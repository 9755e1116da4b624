"""Standard Webhooks signatures over the raw body bytes: verify and sign.

A signed request carries three headers (https://www.standardwebhooks.com/):

- ``webhook-id``: the delivery id, unique per message (a retry reuses it);
- ``webhook-timestamp``: integer Unix seconds when it was signed;
- ``webhook-signature``: space-separated ``v1,<base64 HMAC-SHA256>`` entries, each
  over ``b"<id>.<timestamp>." + body`` with a key that is the base64-decoded part of
  a ``whsec_<base64>`` secret.

The body is the bytes that came off the wire, never a re-serialization of the
parsed JSON. Every configured secret is tried (a rotation keeps the old and the
new one for a while) and every signature entry is compared in constant time.
A timestamp more than :data:`TOLERANCE_SECONDS` away from ``now`` (in either
direction) is refused. ``now`` is always passed in.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

SECRET_PREFIX = "whsec_"
TOLERANCE_SECONDS = 5 * 60
MIN_KEY_BYTES = 16
MAX_ID_LENGTH = 256
MAX_SIGNATURES = 16  # entries looked at in one webhook-signature header
HEADER_ID, HEADER_TIMESTAMP, HEADER_SIGNATURE = "webhook-id", "webhook-timestamp", "webhook-signature"
SIGNATURE_HEADERS = (HEADER_ID, HEADER_TIMESTAMP, HEADER_SIGNATURE)

_ID = re.compile(r"^[\x21-\x7e]+$")  # printable ASCII, no spaces
_TIMESTAMP = re.compile(r"^[0-9]{1,12}$")


class SignatureError(Exception):
    """A signed request that does not verify. ``reason`` is a stable code for logs and answers."""

    def __init__(self, reason: str, message: str) -> None:
        self.reason = reason  # missing, malformed, forged, expired, future, no_secret
        super().__init__(message)


class SecretError(ValueError):
    """A configured secret is not of the form ``whsec_<base64 of at least 16 bytes>``."""


@dataclass(frozen=True)
class Verified:
    """What a verified request proved: its delivery id and signing time."""

    msg_id: str
    timestamp: int


def decode_secret(secret: str) -> bytes:
    """The HMAC key of a ``whsec_<base64>`` secret (the prefix is optional, as in the spec's libraries)."""
    text = secret.strip()
    if text.startswith(SECRET_PREFIX):
        text = text[len(SECRET_PREFIX):]
    if not text:
        raise SecretError("the secret is empty; use whsec_ followed by base64 of 32 random bytes")
    try:
        key = base64.b64decode(text + "=" * (-len(text) % 4), validate=True)
    except (binascii.Error, ValueError) as exc:
        raise SecretError(
            "the part after whsec_ is not base64; generate one with: "
            "python -c 'import base64,os; print(\"whsec_\" + base64.b64encode(os.urandom(32)).decode())'"
        ) from exc
    if len(key) < MIN_KEY_BYTES:
        raise SecretError(f"the key decodes to {len(key)} bytes; use at least {MIN_KEY_BYTES} (32 recommended)")
    return key


def load_keys(secrets: Iterable[str]) -> tuple[bytes, ...]:
    """The keys of every configured secret, in order; :class:`SecretError` names the bad one."""
    keys = []
    for index, secret in enumerate(secrets, 1):
        try:
            keys.append(decode_secret(secret))
        except SecretError as exc:
            raise SecretError(f"secret #{index}: {exc}") from exc
    return tuple(keys)


def signed_content(msg_id: str, timestamp: int | str, body: bytes) -> bytes:
    return f"{msg_id}.{timestamp}.".encode() + body


def signature(key: bytes, msg_id: str, timestamp: int | str, body: bytes) -> str:
    """One ``v1,<base64>`` signature entry."""
    digest = hmac.new(key, signed_content(msg_id, timestamp, body), hashlib.sha256).digest()
    return "v1," + base64.b64encode(digest).decode("ascii")


def sign(body: bytes, secret: str, *, msg_id: str, timestamp: int) -> dict[str, str]:
    """The three headers that sign ``body`` with ``secret``."""
    return {
        HEADER_ID: msg_id,
        HEADER_TIMESTAMP: str(int(timestamp)),
        HEADER_SIGNATURE: signature(decode_secret(secret), msg_id, int(timestamp), body),
    }


def has_signature_headers(headers: Mapping[str, str]) -> bool:
    """True when the request attempts a signature (any of the three headers is present)."""
    return any(_header(headers, name) is not None for name in SIGNATURE_HEADERS)


def verify(body: bytes, headers: Mapping[str, str], keys: Sequence[bytes], *, now: float) -> Verified:
    """Check a signed request; return its id and timestamp or raise :class:`SignatureError`."""
    if not keys:
        raise SignatureError("no_secret", "no signing secret is configured (ALERTMANAGER_WEBHOOK_SECRET)")
    msg_id = _header(headers, HEADER_ID)
    raw_timestamp = _header(headers, HEADER_TIMESTAMP)
    raw_signatures = _header(headers, HEADER_SIGNATURE)
    if not msg_id or not raw_timestamp or not raw_signatures:
        raise SignatureError("missing", "webhook-id, webhook-timestamp and webhook-signature are all required")
    if len(msg_id) > MAX_ID_LENGTH or not _ID.match(msg_id):
        raise SignatureError("malformed", f"webhook-id must be 1-{MAX_ID_LENGTH} printable ASCII characters")
    if not _TIMESTAMP.match(raw_timestamp.strip()):
        raise SignatureError("malformed", "webhook-timestamp must be integer Unix seconds")
    timestamp = int(raw_timestamp.strip())
    expected = [
        hmac.new(key, signed_content(msg_id, timestamp, body), hashlib.sha256).digest() for key in keys
    ]
    matched = False
    for entry in raw_signatures.split()[:MAX_SIGNATURES]:
        version, _, encoded = entry.partition(",")
        if version != "v1" or not encoded:
            continue  # other schemes (v1a, ...) are not ours to check
        try:
            candidate = base64.b64decode(encoded, validate=True)
        except (binascii.Error, ValueError):
            continue
        for digest in expected:  # no early exit: every pair is compared
            matched |= hmac.compare_digest(digest, candidate)
    if not matched:
        raise SignatureError("forged", "no webhook-signature entry matches a configured secret")
    if timestamp < now - TOLERANCE_SECONDS:
        raise SignatureError("expired", f"webhook-timestamp is more than {TOLERANCE_SECONDS} s old")
    if timestamp > now + TOLERANCE_SECONDS:
        raise SignatureError("future", f"webhook-timestamp is more than {TOLERANCE_SECONDS} s ahead")
    return Verified(msg_id=msg_id, timestamp=timestamp)


def _header(headers: Mapping[str, str], name: str) -> str | None:
    value = headers.get(name)
    if value is None:
        for key, candidate in headers.items():
            if key.lower() == name:
                return candidate
    return value
