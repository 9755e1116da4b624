"""Configuration from the environment, read and validated once at start-up."""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass, field

from stagenorm.policy import DEFAULT_MODE, MODES

MIN_SECRET_LENGTH = 32
DEFAULT_DOWNGRADE_ALERTS = ("EnforceGateUnknownRateHigh", "StageValidatorLatencyRegression")


@dataclass(frozen=True)
class Problem:
    """One configuration or database problem found by the pre-flight checks."""

    severity: str  # "error" stops a deploy; "warning" does not
    subject: str  # the setting or object concerned
    message: str  # what is wrong and what to do

    def __post_init__(self) -> None:
        # A problem is printed (preflight), logged (serve) and served (/readyz): never a secret.
        from stagenorm.redaction import redact

        object.__setattr__(self, "message", redact(self.message))

    def line(self) -> str:
        return f"{self.severity.upper()}: {self.subject}: {self.message}"


@dataclass(frozen=True)
class Settings:
    database_url: str | None = None
    redis_url: str | None = None
    default_mode: str = DEFAULT_MODE
    default_mode_raw: str | None = None
    webhook_secrets: tuple[str, ...] = ()
    webhook_token: str | None = None
    mode_cache_ttl: float = 5.0
    redis_timeout: float = 0.1
    downgrade_alerts: tuple[str, ...] = DEFAULT_DOWNGRADE_ALERTS
    max_body_bytes: int = 64 * 1024
    extra: Mapping[str, str] = field(default_factory=dict)

    @classmethod
    def from_env(cls, env: Mapping[str, str] | None = None) -> Settings:
        from stagenorm import redaction

        environ = os.environ if env is None else env
        raw_mode = environ.get("STAGE_VALIDATION_MODE")
        # Whatever this process logs or prints from now on, these never appear in it.
        redaction.register_url(environ.get("DATABASE_URL"))
        redaction.register_url(environ.get("REDIS_URL"))
        redaction.register(*environ.get("ALERTMANAGER_WEBHOOK_SECRET", "").split(),
                           environ.get("ALERTMANAGER_WEBHOOK_TOKEN"))
        mode = (raw_mode or DEFAULT_MODE).strip().lower()
        return cls(
            database_url=environ.get("DATABASE_URL") or None,
            redis_url=environ.get("REDIS_URL") or None,
            default_mode=mode if mode in MODES else DEFAULT_MODE,
            default_mode_raw=raw_mode,
            webhook_secrets=tuple(environ.get("ALERTMANAGER_WEBHOOK_SECRET", "").split()),
            webhook_token=environ.get("ALERTMANAGER_WEBHOOK_TOKEN") or None,
            mode_cache_ttl=_float(environ, "STAGENORM_MODE_CACHE_TTL", 5.0),
            redis_timeout=_float(environ, "STAGENORM_REDIS_TIMEOUT", 0.1),
            downgrade_alerts=tuple(
                environ.get("STAGENORM_DOWNGRADE_ALERTS", " ".join(DEFAULT_DOWNGRADE_ALERTS)).split()
            ),
            max_body_bytes=int(_float(environ, "STAGENORM_MAX_BODY_BYTES", 64 * 1024)),
        )

    def problems(self) -> list[Problem]:
        """Configuration problems that can be seen without connecting to anything."""
        found: list[Problem] = []
        if not self.database_url:
            found.append(Problem("error", "DATABASE_URL", "not set; export DATABASE_URL=postgresql://user@host:5432/db"))
        if self.default_mode_raw is not None and self.default_mode_raw.strip().lower() not in MODES:
            found.append(Problem(
                "error", "STAGE_VALIDATION_MODE",
                f"{self.default_mode_raw!r} is not a mode; use one of {', '.join(MODES)}",
            ))
        if not self.webhook_secrets:
            found.append(Problem(
                "warning", "ALERTMANAGER_WEBHOOK_SECRET",
                "not set: signed ops requests (PUT /ops/stage-validation-mode) will be refused",
            ))
        for index, secret in enumerate(self.webhook_secrets, 1):
            if len(secret) < MIN_SECRET_LENGTH:
                found.append(Problem(
                    "error", "ALERTMANAGER_WEBHOOK_SECRET",
                    f"secret #{index} has {len(secret)} characters; use at least {MIN_SECRET_LENGTH} "
                    "(e.g. whsec_ + base64 of 32 random bytes)",
                ))
        if self.webhook_token is not None and len(self.webhook_token) < MIN_SECRET_LENGTH:
            found.append(Problem(
                "error", "ALERTMANAGER_WEBHOOK_TOKEN",
                f"has {len(self.webhook_token)} characters; use at least {MIN_SECRET_LENGTH}",
            ))
        if not self.redis_url:
            found.append(Problem(
                "warning", "REDIS_URL",
                "not set: the mode is read from PostgreSQL on every cache miss and replays are remembered there",
            ))
        return found


def _float(env: Mapping[str, str], name: str, default: float) -> float:
    raw = env.get(name)
    if raw is None or raw == "":
        return default
    try:
        value = float(raw)
    except ValueError:
        return default
    return value if value == value and value >= 0 else default  # NaN and negatives fall back
