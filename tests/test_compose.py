"""docker-compose.yml cannot run here (no Docker engine): keep it correct by reading it."""

from __future__ import annotations

import contextlib
import os
import re
import shutil
import socket
import subprocess
from pathlib import Path
from typing import Any

import yaml

REPO = Path(__file__).resolve().parents[1]
CONFIGURATION = REPO / "docs" / "configuration.md"


def compose() -> dict[str, Any]:
    return yaml.safe_load((REPO / "docker-compose.yml").read_text())  # type: ignore[no-any-return]


def documented_variables(section: str) -> set[str]:
    """The variables in the first column of a table under ``## <section>``."""
    text = CONFIGURATION.read_text()
    body = text.split(f"\n## {section}\n", 1)[1].split("\n## ", 1)[0]
    return set(re.findall(r"^\| `([A-Z_]+)` \|", body, re.MULTILINE))


def service_environment() -> set[str]:
    return documented_variables("The service's environment")


def test_every_variable_the_code_reads_is_documented() -> None:
    code = "\n".join(path.read_text() for folder in ("stagenorm", "webhook", "alembic")
                     for path in (REPO / folder).rglob("*.py"))
    read = set(re.findall(r'"((?:STAGENORM|STAGE|ALERTMANAGER|DATABASE|REDIS)_[A-Z_]+)"', code))
    documented = (service_environment() | documented_variables("Tuning")
                  | documented_variables("Set by stagenorm itself"))
    assert read - documented == set(), "read by the code, missing from docs/configuration.md"
    assert documented - read == set(), "documented, never read by the code"


def test_every_service_the_stack_needs_is_there() -> None:
    services = compose()["services"]
    assert set(services) >= {"postgres", "redis", "webhook", "prometheus", "alertmanager"}
    for name, service in services.items():
        assert "image" in service or "build" in service, name


def test_postgres_is_built_with_plpython_from_the_repo() -> None:
    build = compose()["services"]["postgres"]["build"]
    dockerfile = REPO / build["context"] / build["dockerfile"]
    text = dockerfile.read_text()
    assert re.search(r"^FROM postgres:15", text, re.MULTILINE)
    assert "postgresql-plpython3-15" in text


def test_webhook_gets_every_documented_variable_and_reaches_the_others() -> None:
    service = compose()["services"]["webhook"]
    documented = service_environment()
    assert documented == {"DATABASE_URL", "REDIS_URL", "STAGE_VALIDATION_MODE",
                          "ALERTMANAGER_WEBHOOK_SECRET", "ALERTMANAGER_WEBHOOK_TOKEN"}
    assert set(service["environment"]) == documented
    assert "@postgres:5432/" in service["environment"]["DATABASE_URL"]
    assert service["environment"]["REDIS_URL"].startswith("redis://:${REDIS_PASSWORD:?")
    assert service["environment"]["REDIS_URL"].endswith("@redis:6379/0")
    assert service["environment"]["STAGE_VALIDATION_MODE"] in ("off", "warn", "enforce")
    assert "127.0.0.1:8080:8080" in service["ports"]
    assert (REPO / service["build"]).joinpath("Dockerfile").exists()
    assert "stagenorm serve" in (REPO / "Dockerfile").read_text()


def test_every_published_port_binds_loopback_only() -> None:
    """The stack's database has a demo password: nothing may listen on the host's other interfaces."""
    published = {name: service.get("ports", []) for name, service in compose()["services"].items()}
    assert published["postgres"] and published["webhook"]
    for name, ports in published.items():
        for port in ports:
            assert str(port).startswith("127.0.0.1:"), (name, port)


def test_prometheus_and_alertmanager_mount_the_checked_configs() -> None:
    services = compose()["services"]
    prom_dir = services["prometheus"]["volumes"][0].split(":")[0]
    am_dir = services["alertmanager"]["volumes"][0].split(":")[0]
    assert (REPO / prom_dir / "prometheus.yml").exists()
    assert (REPO / am_dir / "alertmanager.yml").exists()
    prom = yaml.safe_load((REPO / prom_dir / "prometheus.yml").read_text())
    targets = [t for job in prom["scrape_configs"] for sc in job.get("static_configs", []) for t in sc["targets"]]
    assert "webhook:8080" in targets
    am = yaml.safe_load((REPO / am_dir / "alertmanager.yml").read_text())
    urls = [w["url"] for r in am["receivers"] for w in r.get("webhook_configs", [])]
    assert "http://webhook:8080/ops/alertmanager" in urls


def test_the_webhook_connects_as_a_role_that_is_neither_superuser_nor_owner(db_url: str) -> None:
    """The compose stack's role setup, run for real: docker/postgres-init's script against
    the session's PostgreSQL, then the webhook's login does its job and nothing more."""
    import os
    import subprocess
    from urllib.parse import urlsplit

    import psycopg

    from tests import harness

    services = compose()["services"]
    webhook_url = urlsplit(services["webhook"]["environment"]["DATABASE_URL"])
    migrate_url = urlsplit(services["migrate"]["environment"]["DATABASE_URL"])
    owner = services["postgres"]["environment"]["POSTGRES_USER"]
    assert webhook_url.username == "stagenorm_webhook" != owner
    assert migrate_url.username == owner
    assert services["webhook"]["depends_on"]["migrate"]["condition"] == "service_completed_successfully"
    assert "migrate" not in " ".join(services["webhook"]["command"])
    mount = services["postgres"]["volumes"][1].split(":")
    script = REPO / mount[0] / "10-stagenorm-roles.sh"
    assert mount[1] == "/docker-entrypoint-initdb.d" and os.access(script, os.X_OK)

    target = urlsplit(db_url)
    bindir = harness.find_pg_bindir()
    env = {"PATH": f"{bindir}:{os.environ['PATH']}" if bindir else os.environ["PATH"],
           "PGHOST": target.hostname or "127.0.0.1", "PGPORT": str(target.port or 5432),
           "PGPASSWORD": target.password or "", "POSTGRES_USER": target.username or "postgres",
           "POSTGRES_DB": target.path.lstrip("/"), "STAGENORM_WEBHOOK_DB_PASSWORD": "pw'with\"quotes"}
    try:
        for _ in range(2):  # idempotent: a restarted container must not fail
            done = subprocess.run(["sh", str(script)], env=env, capture_output=True, text=True,
                                  timeout=60, check=False)
            assert done.returncode == 0, done.stderr
        login = target._replace(netloc=f"stagenorm_webhook:x@{target.hostname}:{target.port}").geturl()
        with psycopg.connect(login, autocommit=True) as conn:
            assert conn.execute("SELECT rolsuper FROM pg_roles WHERE rolname = current_user").fetchone() == (False,)
            assert conn.execute("SELECT pg_has_role(current_user, nspowner, 'USAGE') FROM pg_namespace "
                                "WHERE nspname = 'stagenorm'").fetchone() == (False,)
            conn.execute("SELECT * FROM stagenorm.value_counts_total()")
            conn.execute("SELECT * FROM stagenorm.promotion_gate()")
            row = conn.execute("SELECT new_mode, db_role FROM stagenorm.set_mode('off', 'alertmanager', 'test', "
                               "'webhook', NULL, false)").fetchone()
            assert row == ("off", "stagenorm_webhook")
            try:
                conn.execute("CREATE TABLE public.t (i int)")
                created = True
            except psycopg.errors.InsufficientPrivilege:
                created = False
            assert not created
    finally:
        with psycopg.connect(db_url, autocommit=True) as conn:
            conn.execute("DROP OWNED BY stagenorm_webhook")
            conn.execute("DROP ROLE IF EXISTS stagenorm_webhook")


def test_redis_is_internal_and_wants_a_password() -> None:
    """Redis is a cache anyone on its network could poison: no published port, an internal
    network only the webhook joins, a password the webhook's REDIS_URL carries."""
    document = compose()
    redis_service = document["services"]["redis"]
    assert "ports" not in redis_service and "network_mode" not in redis_service
    assert redis_service["networks"] == ["cache"]
    assert document["networks"]["cache"]["internal"] is True
    joined = {name for name, service in document["services"].items() if "cache" in service.get("networks", [])}
    assert joined == {"redis", "webhook"}
    assert redis_service["environment"]["REDIS_PASSWORD"].startswith("${REDIS_PASSWORD:?")
    command = " ".join(redis_service["command"])
    assert "requirepass" in command and "--requirepass" not in command  # from stdin: in no process list


def test_the_redis_command_refuses_clients_without_the_password(tmp_path: Path) -> None:
    """Run the compose file's Redis command line (on a free port) with a real redis-server."""
    binary = shutil.which("redis-server")
    assert binary, "redis-server is needed (apt-get install redis-server)"
    shell, flag, script = compose()["services"]["redis"]["command"]
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    script = script.replace("$$", "$").replace(
        "exec redis-server", f"exec {binary} --port {port} --bind 127.0.0.1 --dir {tmp_path}")
    password = "compose-test-" + "p" * 20
    proc = subprocess.Popen([shell, flag, script], env={**os.environ, "REDIS_PASSWORD": password},
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    import redis

    from tests.harness import wait_until

    client = redis.Redis(port=port, password=password, socket_timeout=1)
    try:
        def answers() -> bool:
            try:
                return bool(client.ping())
            except redis.ConnectionError:
                return False

        wait_until(answers, 30, "redis-server from docker-compose.yml")
        server_pid = int(client.info("server")["process_id"])
        try:
            redis.Redis(port=port, socket_timeout=1).get("stagenorm:mode")
        except redis.AuthenticationError:
            pass
        else:
            raise AssertionError("Redis answered a client without the password")
        for pid in (proc.pid, server_pid):  # the shell, and redis-server exec'd in its pipeline
            assert password.encode() not in Path(f"/proc/{pid}/cmdline").read_bytes()
    finally:
        with contextlib.suppress(redis.ConnectionError):
            client.shutdown(nosave=True)  # redis-server is the pipeline's child, not proc itself
        proc.wait(30)
