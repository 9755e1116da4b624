"""stagenorm.redaction: what it masks, and what it must leave alone (messages stay useful)."""

from __future__ import annotations

import io
import json
import logging

import pytest

from stagenorm import logs, redaction
from stagenorm.config import Problem, Settings


@pytest.mark.parametrize(("text", "secret"), [
    ("postgresql://alice:s3cr%zzt@db:5432/crm", "s3cr%zzt"),
    ("cannot connect: postgresql://alice:p@ss@word@db/crm failed", "p@ss@word"),
    ("rediss://:r3dis-pw@cache:6380/0?ssl_ca_certs=/ca.pem", "r3dis-pw"),
    ("host=db user=alice password=kw-secret dbname=crm", "kw-secret"),
    ("host=db password='quoted secret' dbname=crm", "quoted secret"),
    ("postgresql://alice@db/crm?sslpassword=key-pass&sslmode=require", "key-pass"),
])
def test_patterns_mask_passwords(text: str, secret: str) -> None:
    masked = redaction.redact(text)
    assert secret not in masked and redaction.MASK in masked


def test_the_fragment_libpq_quotes_is_masked_when_the_url_is_known() -> None:
    url = "postgresql://alice:Unparse%zzable@db/crm"
    message = 'invalid percent-encoded token: "Unparse%zzable"'
    assert redaction.redact(message) == message  # no pattern can know it is a password
    assert "Unparse" not in redaction.redact(message, url)
    assert "Unparse%zzable" in redaction.secrets_of(url)


def test_decoded_passwords_are_masked_too() -> None:
    url = "postgresql://alice:p%40ss-w0rd@db/crm"
    assert "p@ss-w0rd" not in redaction.redact("auth failed for p@ss-w0rd", url)


def test_ordinary_text_is_left_alone() -> None:
    for text in ("http://127.0.0.1:8080/ops/stage-validation-mode", "redis://cache:6379/0",
                 "password authentication failed for user \"alice\"", "mode enforce, 3 of 4 columns"):
        assert redaction.redact(text) == text


def test_settings_register_secrets_and_logs_and_problems_mask_them() -> None:
    secret = "whsec_" + "R" * 40
    Settings.from_env({"DATABASE_URL": "postgresql://app:Registered%zzpw@db/crm",
                       "ALERTMANAGER_WEBHOOK_SECRET": secret, "ALERTMANAGER_WEBHOOK_TOKEN": "tok-" + "T" * 40})
    problem = Problem("error", "DATABASE_URL", 'invalid percent-encoded token: "Registered%zzpw"')
    assert "Registered" not in problem.message and "Registered" not in problem.line()
    stream = io.StringIO()
    handler = logging.StreamHandler(stream)
    handler.setFormatter(logs.JsonFormatter())
    logger = logging.getLogger("stagenorm.test_redaction")
    logger.addHandler(handler)
    logger.setLevel(logging.INFO)
    try:
        logs.event(logger, "probe", error=f"bad secret {secret}", nested={"token": "tok-" + "T" * 40},
                   count=3)
    finally:
        logger.removeHandler(handler)
    line = json.loads(stream.getvalue())
    assert secret not in stream.getvalue() and "T" * 40 not in stream.getvalue()
    assert line["count"] == 3 and line["error"] == f"bad secret {redaction.MASK}"


def test_an_all_letter_password_does_not_mask_ordinary_words() -> None:
    """docker-compose's example: user, password and database all 'stagenorm'."""
    url = "postgresql://stagenorm:stagenorm@postgres:5432/stagenorm"
    redaction.register_url(url)
    assert redaction.redact("stagenorm.webhook: run stagenorm migrate") == "stagenorm.webhook: run stagenorm migrate"
    assert redaction.redact(f"cannot reach {url}") == "cannot reach postgresql://stagenorm:***@postgres:5432/stagenorm"
