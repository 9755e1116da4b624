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
import pwd
import shutil
import socket
import subprocess
import tempfile
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

import psycopg

REPO = Path(__file__).resolve().parents[1]
PG_CANDIDATE_BINDIRS = ("/usr/lib/postgresql/15/bin",)


class ServiceUnavailable(RuntimeError):
    """A test service could not be found or started; the message says what to do."""


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def wait_until(check: Callable[[], bool], timeout: float, what: str) -> None:
    """Poll ``check`` until it is true or ``timeout`` seconds have passed."""
    deadline = time.monotonic() + timeout
    delay = 0.02
    while True:
        try:
            if check():
                return
        except Exception:
            pass
        if time.monotonic() > deadline:
            raise ServiceUnavailable(f"{what} did not become ready within {timeout:.0f}s")
        time.sleep(delay)
        delay = min(delay * 1.5, 0.25)


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


def find_pg_bindir() -> Path | None:
    candidates = [os.environ.get("STAGENORM_PG_BINDIR", "")]
    pg_config = shutil.which("pg_config")
    if pg_config:
        with contextlib.suppress(OSError, subprocess.SubprocessError):
            out = subprocess.run([pg_config, "--bindir"], capture_output=True, text=True, check=False)
            candidates.append(out.stdout.strip())
    candidates.extend(PG_CANDIDATE_BINDIRS)
    for cand in candidates:
        if cand and (Path(cand) / "initdb").exists() and (Path(cand) / "pg_ctl").exists():
            return Path(cand)
    return None


def plpython_available(bindir: Path) -> bool:
    """PL/Python is packaged separately on Debian: look for its control file."""
    try:
        share = subprocess.run(
            [str(bindir / "pg_config"), "--sharedir"], capture_output=True, text=True, check=False
        ).stdout.strip()
    except OSError:
        share = ""
    if not share:
        share = "/usr/share/postgresql/15"
    return (Path(share) / "extension" / "plpython3u.control").exists()


@dataclass
class PostgresServer:
    """A PostgreSQL server the tests may use: its admin URL and how to control it."""

    url: str
    origin: str  # "env", "docker" or "local"
    _stop: Callable[[], None] = field(default=lambda: None, repr=False)
    _restart: Callable[[], None] | None = field(default=None, repr=False)

    def url_for(self, dbname: str) -> str:
        parts = urlsplit(self.url)
        return parts._replace(path="/" + dbname).geturl()

    def stop(self) -> None:
        self._stop()

    def restart(self) -> None:
        """Stop and start the server (fast shutdown): every connection is cut."""
        if self._restart is None:
            raise ServiceUnavailable(
                f"a {self.origin} PostgreSQL cannot be restarted by the tests; "
                "unset STAGENORM_TEST_DATABASE_URL to let them start their own"
            )
        self._restart()


@dataclass
class RedisServer:
    url: str
    origin: str
    _stop: Callable[[], None] = field(default=lambda: None, repr=False)
    _start: Callable[[], None] | None = field(default=None, repr=False)

    def stop(self) -> None:
        self._stop()

    def start(self) -> None:
        if self._start is None:
            raise ServiceUnavailable(f"a {self.origin} Redis cannot be restarted by the tests")
        self._start()


def _as_postgres_user(cmd: list[str]) -> list[str]:
    if os.geteuid() != 0:
        return cmd
    try:
        pwd.getpwnam("postgres")
    except KeyError as exc:
        raise ServiceUnavailable(
            "running as root, but there is no 'postgres' user to run initdb as; "
            "run: apt-get install postgresql-15"
        ) from exc
    return ["runuser", "-u", "postgres", "--", *cmd]


def start_local_postgres(workdir: Path) -> PostgresServer:
    bindir = find_pg_bindir()
    if bindir is None:
        raise ServiceUnavailable(
            "no PostgreSQL server binaries (initdb, pg_ctl) found; "
            "run: apt-get install postgresql-15 postgresql-plpython3-15, "
            "or set STAGENORM_TEST_DATABASE_URL"
        )
    if not plpython_available(bindir):
        raise ServiceUnavailable(
            "PostgreSQL has no PL/Python; run: apt-get install postgresql-plpython3-15"
        )
    data = workdir / "pgdata"
    sock = workdir / "pgsock"
    data.mkdir(parents=True)
    sock.mkdir()
    if os.geteuid() == 0:
        pw = pwd.getpwnam("postgres")
        for path in (workdir, data, sock):
            os.chown(path, pw.pw_uid, pw.pw_gid)
        # The postgres user must be able to reach the directory.
        for parent in workdir.parents:
            if parent == Path("/"):
                break
            mode = parent.stat().st_mode
            if not mode & 0o001:
                os.chmod(parent, mode | 0o001)
    port = free_port()
    subprocess.run(
        _as_postgres_user(
            [
                str(bindir / "initdb"),
                "-D",
                str(data),
                "-U",
                "postgres",
                "--auth=trust",
                "--encoding=UTF8",
                "--locale=C.UTF-8",
                "--no-sync",
            ]
        ),
        check=True,
        capture_output=True,
    )
    options = (
        f"-p {port} -k {sock} -c listen_addresses=127.0.0.1 -c fsync=off "
        "-c synchronous_commit=off -c full_page_writes=off -c max_connections=200 "
        "-c shared_buffers=256MB"
    )
    log = workdir / "postgres.log"

    def pg_ctl(*args: str) -> None:
        subprocess.run(
            _as_postgres_user([str(bindir / "pg_ctl"), "-D", str(data), "-l", str(log), *args]),
            check=True,
            capture_output=True,
            timeout=120,
        )

    url = f"postgresql://postgres@127.0.0.1:{port}/postgres"

    def start() -> None:
        pg_ctl("-o", options, "-w", "-t", "60", "start")
        wait_until(lambda: bool(psycopg.connect(url, connect_timeout=2).close() or True), 60, "PostgreSQL")

    def stop() -> None:
        with contextlib.suppress(subprocess.SubprocessError, OSError):
            pg_ctl("-m", "immediate", "-w", "stop")

    def restart() -> None:
        pg_ctl("-m", "fast", "-w", "stop")
        start()

    start()
    return PostgresServer(url=url, origin="local", _stop=stop, _restart=restart)


def start_local_redis(workdir: Path) -> RedisServer:
    binary = shutil.which("redis-server")
    if binary is None:
        raise ServiceUnavailable(
            "no redis-server binary found; run: apt-get install redis-server, "
            "or set STAGENORM_TEST_REDIS_URL"
        )
    port = free_port()
    state: dict[str, subprocess.Popen[bytes] | None] = {"proc": None}
    (workdir / "redis").mkdir(exist_ok=True)

    def start() -> None:
        proc = subprocess.Popen(
            [binary, "--port", str(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no",
             "--dir", str(workdir / "redis"), "--logfile", str(workdir / "redis.log")],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        state["proc"] = proc

        def ping() -> bool:
            with socket.create_connection(("127.0.0.1", port), timeout=1) as s:
                s.sendall(b"PING\r\n")
                return s.recv(16).startswith(b"+PONG")

        wait_until(ping, 30, "redis-server")

    def stop() -> None:
        proc = state["proc"]
        if proc is not None and proc.poll() is None:
            proc.terminate()
            try:
                proc.wait(10)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait(10)
        state["proc"] = None

    start()
    return RedisServer(url=f"redis://127.0.0.1:{port}/0", origin="local", _stop=stop, _start=start)


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
    wait_until(lambda: bool(psycopg.connect(url, connect_timeout=2).close() or True), 60, "PostgreSQL container")
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
