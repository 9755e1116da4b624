"""Every documented setting (docs/configuration.md), read from the environment, with its
bad values: each falls back or is reported, never crashes a process at start-up."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml

from stagenorm import validation
from stagenorm.config import DEFAULT_DOWNGRADE_ALERTS, Settings

RULES = Path(__file__).resolve().parents[1] / "observability" / "prometheus" / "rules" / "stage-validation.yml"


def test_an_empty_environment_gives_the_documented_defaults() -> None:
    settings = Settings.from_env({})
    assert (settings.database_url, settings.redis_url, settings.default_mode) == (None, None, "warn")
    assert (settings.webhook_secrets, settings.webhook_token) == ((), None)
    assert (settings.mode_cache_ttl, settings.redis_timeout) == (5.0, 0.1)
    assert settings.downgrade_alerts == DEFAULT_DOWNGRADE_ALERTS
    assert settings.max_body_bytes == 64 * 1024
    assert [p.subject for p in settings.problems() if p.severity == "error"] == ["DATABASE_URL"]


def test_every_variable_is_read() -> None:
    settings = Settings.from_env({
        "DATABASE_URL": "postgresql://app@db/crm", "REDIS_URL": "redis://cache:6379/2",
        "STAGE_VALIDATION_MODE": " Enforce ", "ALERTMANAGER_WEBHOOK_SECRET": "whsec_" + "a" * 40 + " whsec_" + "b" * 40,
        "ALERTMANAGER_WEBHOOK_TOKEN": "t" * 32, "STAGENORM_MODE_CACHE_TTL": "2.5",
        "STAGENORM_REDIS_TIMEOUT": "0.25", "STAGENORM_DOWNGRADE_ALERTS": " OnlyThis  AndThat ",
        "STAGENORM_MAX_BODY_BYTES": "1024",
    })
    assert settings.database_url == "postgresql://app@db/crm"
    assert settings.redis_url == "redis://cache:6379/2"
    assert settings.default_mode == "enforce"
    assert settings.webhook_secrets == ("whsec_" + "a" * 40, "whsec_" + "b" * 40)
    assert settings.webhook_token == "t" * 32
    assert (settings.mode_cache_ttl, settings.redis_timeout) == (2.5, 0.25)
    assert settings.downgrade_alerts == ("OnlyThis", "AndThat")
    assert settings.max_body_bytes == 1024
    assert settings.problems() == []


@pytest.mark.parametrize("raw", ["", "soon", "-1", "nan", "NaN", "-inf"])
@pytest.mark.parametrize(("name", "attribute", "default"), [
    ("STAGENORM_MODE_CACHE_TTL", "mode_cache_ttl", 5.0),
    ("STAGENORM_REDIS_TIMEOUT", "redis_timeout", 0.1),
    ("STAGENORM_MAX_BODY_BYTES", "max_body_bytes", 64 * 1024),
])
def test_a_bad_number_falls_back_to_the_default(name: str, attribute: str, default: Any, raw: str) -> None:
    assert getattr(Settings.from_env({name: raw}), attribute) == default


@pytest.mark.parametrize("raw", ["strict", "on", "enforcing", "0"])
def test_an_unknown_mode_is_an_error_and_the_process_runs_in_warn(raw: str) -> None:
    settings = Settings.from_env({"DATABASE_URL": "postgresql://x/y", "STAGE_VALIDATION_MODE": raw})
    assert settings.default_mode == "warn"
    [problem] = [p for p in settings.problems() if p.severity == "error"]
    assert problem.subject == "STAGE_VALIDATION_MODE"
    assert repr(raw) in problem.message


def test_short_secrets_and_tokens_are_errors() -> None:
    settings = Settings.from_env({"DATABASE_URL": "postgresql://x/y", "ALERTMANAGER_WEBHOOK_SECRET": "whsec_short",
                                  "ALERTMANAGER_WEBHOOK_TOKEN": "x"})
    assert {p.subject for p in settings.problems() if p.severity == "error"} == {
        "ALERTMANAGER_WEBHOOK_SECRET", "ALERTMANAGER_WEBHOOK_TOKEN"}


def test_an_empty_downgrade_list_downgrades_on_no_alert() -> None:
    assert Settings.from_env({"STAGENORM_DOWNGRADE_ALERTS": "  "}).downgrade_alerts == ()


def test_the_default_downgrade_alerts_are_the_rules_labelled_downgrade() -> None:
    rules = yaml.safe_load(RULES.read_text())
    labelled = {rule["alert"] for group in rules["groups"] for rule in group["rules"]
                if (rule.get("labels") or {}).get("stagenorm_action") == "downgrade"}
    assert labelled and set(DEFAULT_DOWNGRADE_ALERTS) == labelled


def _warn_result() -> validation.StageResult:
    return validation.StageResult(input="seeed", value="seeed", mode="warn", key=None, known=False)


def test_the_stage_docs_url_comes_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("STAGENORM_STAGE_DOCS_URL", raising=False)
    assert validation.stage_headers([_warn_result()])["Link"].startswith(f"<{validation.DEFAULT_DOCS_URL}>")
    monkeypatch.setenv("STAGENORM_STAGE_DOCS_URL", "https://wiki.example.com/stages")
    assert validation.stage_headers([_warn_result()])["Link"].startswith("<https://wiki.example.com/stages>")
    monkeypatch.setenv("STAGENORM_STAGE_DOCS_URL", "")
    assert validation.stage_headers([_warn_result()])["Link"].startswith(f"<{validation.DEFAULT_DOCS_URL}>")
