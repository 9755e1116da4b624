"""`stagenorm preflight` and `stagenorm migrate`, run as a user would, against real servers."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from tests import harness
from tests.conftest import create_database, drop_database

SECRET = "whsec_" + "A" * 40


def stagenorm(*args: str, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    base = {"PATH": os.environ.get("PATH", "/usr/bin:/bin")}
    return subprocess.run([sys.executable, "-m", "stagenorm.cli", *args], env={**base, **env},
                          capture_output=True, text=True, timeout=120, check=False)


def good_env(db_url: str, redis_url: str) -> dict[str, str]:
    return {"DATABASE_URL": db_url, "REDIS_URL": redis_url, "STAGE_VALIDATION_MODE": "warn",
            "ALERTMANAGER_WEBHOOK_SECRET": SECRET}


def test_passes_on_a_migrated_database(db_url: str, redis_url: str) -> None:
    done = stagenorm("preflight", env=good_env(db_url, redis_url))
    assert done.returncode == 0, done.stdout + done.stderr
    assert "preflight: ok" in done.stdout


def test_refuses_an_unmigrated_database_naming_normalize_stage(pg_server: harness.PostgresServer, redis_url: str) -> None:
    url = create_database(pg_server, "stagenorm_unmigrated")
    try:
        done = stagenorm("preflight", env=good_env(url, redis_url))
    finally:
        drop_database(pg_server, "stagenorm_unmigrated")
    assert done.returncode == 1
    assert "stagenorm.normalize_stage(text)" in done.stdout
    assert "stagenorm migrate" in done.stdout


@pytest.mark.parametrize(
    ("override", "subject"),
    [
        ({"ALERTMANAGER_WEBHOOK_SECRET": "whsec_short"}, "ALERTMANAGER_WEBHOOK_SECRET"),
        ({"ALERTMANAGER_WEBHOOK_TOKEN": "short-token"}, "ALERTMANAGER_WEBHOOK_TOKEN"),
        ({"STAGE_VALIDATION_MODE": "strict"}, "STAGE_VALIDATION_MODE"),
        ({"DATABASE_URL": f"postgresql://postgres@127.0.0.1:{harness.free_port()}/x"}, "DATABASE_URL"),
        ({"DATABASE_URL": ""}, "DATABASE_URL"),
    ],
)
def test_refuses_bad_configuration(db_url: str, redis_url: str, override: dict[str, str], subject: str) -> None:
    done = stagenorm("preflight", env={**good_env(db_url, redis_url), **override})
    assert done.returncode == 1
    errors = [line for line in done.stdout.splitlines() if line.startswith("ERROR")]
    assert any(subject in line for line in errors), done.stdout


def test_redis_down_is_a_warning_not_an_error(db_url: str) -> None:
    env = good_env(db_url, f"redis://127.0.0.1:{harness.free_port()}/0")
    done = stagenorm("preflight", "--json", env=env)
    assert done.returncode == 0, done.stdout
    report = json.loads(done.stdout)
    assert report["ok"] is True
    assert [p["subject"] for p in report["problems"]] == ["REDIS_URL"]
    assert report["problems"][0]["severity"] == "warning"


def test_json_form_lists_every_problem(pg_server: harness.PostgresServer) -> None:
    env = {"DATABASE_URL": f"postgresql://postgres@127.0.0.1:{harness.free_port()}/x",
           "STAGE_VALIDATION_MODE": "loud", "ALERTMANAGER_WEBHOOK_SECRET": "x"}
    done = stagenorm("preflight", "--json", env=env)
    assert done.returncode == 1
    report = json.loads(done.stdout)
    subjects = {p["subject"] for p in report["problems"] if p["severity"] == "error"}
    assert {"DATABASE_URL", "STAGE_VALIDATION_MODE", "ALERTMANAGER_WEBHOOK_SECRET"} <= subjects


def test_migrate_installs_and_is_idempotent(pg_server: harness.PostgresServer) -> None:
    url = create_database(pg_server, "stagenorm_migrate_cli")
    try:
        for _ in range(2):
            done = stagenorm("migrate", env={"DATABASE_URL": url})
            assert done.returncode == 0, done.stderr
        done = stagenorm("preflight", env={"DATABASE_URL": url, "ALERTMANAGER_WEBHOOK_SECRET": SECRET})
        assert done.returncode == 0, done.stdout
    finally:
        drop_database(pg_server, "stagenorm_migrate_cli")


def test_migrate_without_database_url_says_what_to_do() -> None:
    done = stagenorm("migrate", env={})
    assert done.returncode == 2
    assert "DATABASE_URL" in done.stderr


def test_warns_when_the_database_falls_back_to_another_default_mode(db_url: str, redis_url: str) -> None:
    env = {**good_env(db_url, redis_url), "STAGE_VALIDATION_MODE": "enforce"}
    done = stagenorm("preflight", "--json", env=env)
    assert done.returncode == 0, done.stdout
    warnings = [p for p in json.loads(done.stdout)["problems"] if p["subject"] == "STAGE_VALIDATION_MODE"]
    assert len(warnings) == 1 and "stagenorm.default_mode = 'enforce'" in warnings[0]["message"]
    import psycopg

    dbname = db_url.rsplit("/", 1)[1]
    with psycopg.connect(db_url, autocommit=True) as conn:
        conn.execute(f"ALTER DATABASE \"{dbname}\" SET stagenorm.default_mode = 'enforce'")
    done = stagenorm("preflight", "--json", env=env)
    assert json.loads(done.stdout)["problems"] == []
