"""Real PostgreSQL and Redis servers for the test session.

Where a server comes from, in this order:

1. a URL in ``STAGENORM_TEST_DATABASE_URL`` / ``STAGENORM_TEST_REDIS_URL``;
2. a Docker engine that answers: testcontainers, PostgreSQL built from the
   repository's ``Dockerfile.postgres`` (it adds PL/Python);
3. local binaries (``initdb``/``pg_ctl``, ``redis-server``) started on free
   ports in a temporary directory, as the ``postgres`` user when running as
   root (``initdb`` refuses root), and stopped at the end.

When none of these works, :class:`ServiceUnavailable` says what to install or
set. Tests never skip for a missing service.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import subprocess
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path

import psycopg

from stagenorm.embedded import (  # the servers themselves; re-exported for the tests
    PostgresServer,
    RedisServer,
    ServiceUnavailable,
    find_pg_bindir,
    free_port,
    plpython_available,
    postgres_answers,
    start_local_postgres,
    start_local_redis,
    wait_until,
)

REPO = Path(__file__).resolve().parents[1]
__all__ = [
    "PostgresServer",
    "RedisServer",
    "ServiceUnavailable",
    "choose_origin",
    "docker_answers",
    "find_pg_bindir",
    "free_port",
    "plpython_available",
    "postgres_server",
    "redis_server",
    "start_local_postgres",
    "start_local_redis",
    "wait_until",
]


def docker_answers() -> bool:
    """True when a Docker engine answers (not merely when the client exists)."""
    if shutil.which("docker") is None:
        return False
    try:
        done = subprocess.run(
            ["docker", "info", "--format", "{{.ServerVersion}}"],
            capture_output=True,
            timeout=10,
            check=False,
        )
    except (OSError, subprocess.TimeoutExpired):
        return False
    return done.returncode == 0 and bool(done.stdout.strip())


def start_docker_postgres() -> PostgresServer:
    from testcontainers.core.image import DockerImage  # imported only when Docker answers
    from testcontainers.postgres import PostgresContainer

    image = DockerImage(path=str(REPO), dockerfile_path="Dockerfile.postgres", tag="stagenorm-postgres:test")
    image.build()
    container = PostgresContainer(str(image), username="postgres", password="postgres", dbname="postgres")
    container.start()
    host = container.get_container_host_ip()
    port = container.get_exposed_port(5432)
    url = f"postgresql://postgres:postgres@{host}:{port}/postgres"
    wait_until(lambda: postgres_answers(url), 60, "PostgreSQL container")
    return PostgresServer(url=url, origin="docker", _stop=container.stop)


def start_docker_redis() -> RedisServer:
    from testcontainers.redis import RedisContainer

    container = RedisContainer("redis:7")
    container.start()
    host = container.get_container_host_ip()
    port = container.get_exposed_port(6379)
    return RedisServer(url=f"redis://{host}:{port}/0", origin="docker", _stop=container.stop)


def choose_origin(env_url: str | None, docker: Callable[[], bool]) -> str:
    """The selection rule, kept pure so that it can be tested."""
    if env_url:
        return "env"
    if docker():
        return "docker"
    return "local"


@contextlib.contextmanager
def postgres_server(workdir: Path | None = None, env: dict[str, str] | None = None,
                    docker: Callable[[], bool] = docker_answers) -> Iterator[PostgresServer]:
    environ = os.environ if env is None else env
    origin = choose_origin(environ.get("STAGENORM_TEST_DATABASE_URL"), docker)
    if origin == "env":
        url = environ["STAGENORM_TEST_DATABASE_URL"]
        try:
            psycopg.connect(url, connect_timeout=5).close()
        except psycopg.Error as exc:
            raise ServiceUnavailable(
                f"STAGENORM_TEST_DATABASE_URL={url!r} does not answer: {exc}".strip()
            ) from exc
        yield PostgresServer(url=url, origin="env")
        return
    if origin == "docker":
        server = start_docker_postgres()
    else:
        tmp = Path(tempfile.mkdtemp(prefix="stagenorm-pg-")) if workdir is None else workdir
        server = start_local_postgres(tmp)
    try:
        yield server
    finally:
        server.stop()
        if origin == "local" and workdir is None:
            shutil.rmtree(tmp, ignore_errors=True)


@contextlib.contextmanager
def redis_server(workdir: Path | None = None, env: dict[str, str] | None = None,
                 docker: Callable[[], bool] = docker_answers) -> Iterator[RedisServer]:
    environ = os.environ if env is None else env
    origin = choose_origin(environ.get("STAGENORM_TEST_REDIS_URL"), docker)
    if origin == "env":
        yield RedisServer(url=environ["STAGENORM_TEST_REDIS_URL"], origin="env")
        return
    if origin == "docker":
        server = start_docker_redis()
    else:
        tmp = Path(tempfile.mkdtemp(prefix="stagenorm-redis-")) if workdir is None else workdir
        server = start_local_redis(tmp)
    try:
        yield server
    finally:
        server.stop()
        if origin == "local" and workdir is None:
            shutil.rmtree(tmp, ignore_errors=True)
