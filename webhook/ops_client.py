"""Sign and send a mode change to a running ops webhook (``stagenorm mode set ... --via URL``).

The request is a Standard Webhooks signed ``PUT <url>/ops/stage-validation-mode`` with the
first secret of ``ALERTMANAGER_WEBHOOK_SECRET`` (during a rotation the server accepts every
configured secret; the sender uses the new one, listed first). A network failure or a 5xx
is retried with the *same* ``webhook-id``, so a change the server did apply is not applied
twice: the server answers the retry with ``"duplicate": true``.
"""

from __future__ import annotations

import json
import time
import urllib.error
import urllib.request
import uuid
from collections.abc import Callable
from typing import Any

from stagenorm.exceptions import StagenormError

from . import signing

PATH = "/ops/stage-validation-mode"
USER_AGENT = "stagenorm-ops-client"


class WebhookRequestFailed(StagenormError):
    """The ops webhook refused the mode change or could not be reached."""

    def __init__(self, message: str | None = None, *, status: int | None = None,
                 answer: dict[str, Any] | None = None, **kw: Any) -> None:
        self.status = status
        self.answer = answer or {}
        super().__init__(message, **kw)


def send_mode_change(url: str, *, mode: str, actor: str, reason: str, secret: str,
                     timeout: float = 5, attempts: int = 3,
                     clock: Callable[[], float] = time.time,
                     sleep: Callable[[float], None] = time.sleep,
                     msg_id: str | None = None) -> dict[str, Any]:
    """PUT a signed ``{"mode", "actor", "reason"}`` to ``url``; the server's JSON answer.

    ``secret`` may hold several space-separated secrets; the first signs. Raises
    :class:`WebhookRequestFailed` on a 4xx (no retry), or when every attempt failed.
    """
    secrets = secret.split()
    if not secrets:
        raise WebhookRequestFailed(
            "no signing secret; set ALERTMANAGER_WEBHOOK_SECRET to the server's whsec_... secret",
            hint="the same value the webhook server has, first secret first")
    if not url.startswith(("http://", "https://")):
        raise WebhookRequestFailed(f"--via must be an http(s) URL, got {url!r}")
    body = json.dumps({"mode": mode, "actor": actor, "reason": reason}).encode()
    delivery = msg_id or f"msg_{uuid.uuid4().hex}"
    target = url.rstrip("/") + PATH
    last: WebhookRequestFailed | None = None
    for attempt in range(max(1, attempts)):
        if attempt:
            sleep(min(0.5 * 2 ** (attempt - 1), 4.0))  # back off before a retry
        try:
            headers = signing.sign(body, secrets[0], msg_id=delivery, timestamp=int(clock()))
        except signing.SecretError as exc:
            raise WebhookRequestFailed(f"ALERTMANAGER_WEBHOOK_SECRET: {exc}") from exc
        request = urllib.request.Request(target, data=body, method="PUT", headers={
            **headers, "Content-Type": "application/json", "User-Agent": USER_AGENT,
        })
        try:
            with urllib.request.urlopen(request, timeout=timeout) as response:  # http(s) checked above
                return _answer(response.read(), response.status)
        except urllib.error.HTTPError as exc:
            answer = _answer(exc.read(), exc.code, strict=False)
            failure = WebhookRequestFailed(
                f"{target} answered {exc.code}: {answer.get('message') or answer.get('error') or exc.reason}",
                status=exc.code, answer=answer)
            if exc.code < 500:
                raise failure from exc
            last = failure
        except (urllib.error.URLError, OSError) as exc:
            reason_text = getattr(exc, "reason", exc)
            last = WebhookRequestFailed(f"cannot reach {target}: {reason_text}",
                                        hint="check --via and that `stagenorm serve` runs there")
    assert last is not None
    raise last


def _answer(raw: bytes, status: int, *, strict: bool = True) -> dict[str, Any]:
    try:
        document = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, ValueError):
        document = None
    if isinstance(document, dict):
        return document
    if strict:
        raise WebhookRequestFailed(f"the webhook answered {status} with a body that is not a JSON object",
                                   status=status)
    return {}
