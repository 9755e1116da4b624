"""How a request proves itself: a Standard Webhooks signature over the raw body (any route), or
``Authorization: Bearer <token>`` where a route allows it. A signature that is presented must
verify; nothing falls back to the token. The credentials are checked once, when the app is
built: a secret that does not decode, or a secret or token under ``MIN_SECRET_LENGTH``, stops
it from starting."""

from __future__ import annotations

import hmac
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from flask import g

from stagenorm.config import Settings
from stagenorm.exceptions import ConfigurationError

from . import signing
from .answers import Refusal

CREDENTIALS = ("ALERTMANAGER_WEBHOOK_SECRET", "ALERTMANAGER_WEBHOOK_TOKEN")


@dataclass(frozen=True)
class Auth:
    """How a request proved itself: ``signed`` (with its delivery) or ``bearer``."""

    kind: str
    verified: signing.Verified | None = None


@dataclass(frozen=True)
class Authenticator:
    """The webhook's credentials: the signing keys, the bearer token, and the clock that
    decides whether a signature's timestamp is in the window."""

    keys: tuple[bytes, ...]
    token: str | None
    clock: Callable[[], float]

    @classmethod
    def from_settings(cls, config: Settings, clock: Callable[[], float]) -> Authenticator:
        """Raises when a secret does not decode or a credential is too weak: at start-up."""
        keys = signing.load_keys(config.webhook_secrets)
        weak = [p for p in config.problems() if p.severity == "error" and p.subject in CREDENTIALS]
        if weak:  # a 1-character bearer token must not open the webhook, whoever builds the app
            raise ConfigurationError("; ".join(f"{p.subject}: {p.message}" for p in weak),
                                     hint="run: stagenorm preflight")
        return cls(keys, config.webhook_token, clock)

    def authenticate(self, body: bytes, header_items: Iterable[tuple[str, str]], *, bearer_ok: bool) -> Auth:
        """The request's proof, or a 401 :class:`Refusal` saying what is missing or wrong.
        Records the delivery id and the kind in ``flask.g`` for the request's log line."""
        headers = {name.lower(): value for name, value in header_items}
        if signing.has_signature_headers(headers):  # a signature that is presented must verify
            try:
                verified = signing.verify(body, headers, self.keys, now=self.clock())
            except signing.SignatureError as exc:
                raise Refusal(401, f"signature_{exc.reason}", str(exc)) from exc
            g.delivery = verified.msg_id
            g.auth_kind = "signed"
            return Auth("signed", verified)
        authorization = headers.get("authorization")
        if authorization is None:
            raise Refusal(401, "unauthenticated",
                          "sign the request (webhook-id, webhook-timestamp, webhook-signature)"
                          + (" or send Authorization: Bearer <token>" if bearer_ok else ""))
        if not bearer_ok:
            raise Refusal(401, "signature_required",
                          "this route needs a signed request; a bearer token is not enough")
        scheme, _, token = authorization.partition(" ")
        expected = self.token
        if scheme.lower() != "bearer" or not token.strip() or expected is None or not hmac.compare_digest(
            token.strip().encode("utf-8", "surrogateescape"), expected.encode("utf-8")
        ):
            raise Refusal(401, "bearer_invalid", "the bearer token is missing, malformed or wrong")
        g.auth_kind = "bearer"
        return Auth("bearer")
