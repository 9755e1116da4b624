"""Embedded PostgreSQL and Redis: servers of stagenorm's own on free ports.

``make demo`` and the test suite start their servers with these functions:
``initdb``/``pg_ctl`` into a directory of their own (as the ``postgres`` user when
running as root, since ``initdb`` refuses root) and ``redis-server`` without
persistence. Nothing here touches a server already running on the machine.
They are daemons: a command that starts them stops them in ``finally`` blocks, and
:func:`stagenorm.signals.sigterm_interrupts` lets SIGTERM reach those blocks, as Ctrl-C does.
"""

from __future__ import annotations

import contextlib
import os
import pwd
import shutil
import socket
import subprocess
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal
from urllib.parse import urlsplit

import psycopg

PG_CANDIDATE_BINDIRS = ("/usr/lib/postgresql/15/bin",)
ShutdownMode = Literal["fast", "immediate"]  # pg_ctl stop -m: clean, or as a crash


class ServiceUnavailable(RuntimeError):
    """A server could not be found or started; the message says what to install or set."""


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def postgres_answers(url: str) -> bool:
    """True when PostgreSQL at ``url`` accepts a connection."""
    try:
        psycopg.connect(url, connect_timeout=2).close()
    except psycopg.OperationalError:
        return False
    return True


def terminate(proc: subprocess.Popen[bytes] | None, grace: float = 10) -> None:
    """Stop a child process we started: SIGTERM, then SIGKILL after ``grace`` seconds."""
    if proc is None or proc.poll() is not None:
        return
    proc.terminate()
    try:
        proc.wait(grace)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait(10)


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
    bindir: Path | None = None  # the binaries a "local" server runs from
    _stop: Callable[[], None] = field(default=lambda: None, repr=False)
    _restart: Callable[[ShutdownMode], None] | None = field(default=None, repr=False)

    def url_for(self, dbname: str) -> str:
        parts = urlsplit(self.url)
        return parts._replace(path="/" + dbname).geturl()

    def stop(self) -> None:
        self._stop()

    def restart(self, mode: ShutdownMode = "fast") -> None:
        """Stop and start the server, cutting every connection: ``mode="fast"`` shuts it
        down cleanly, ``mode="immediate"`` as a crash would (no checkpoint, WAL not yet
        flushed is lost, recovery on start)."""
        if self._restart is None:
            raise ServiceUnavailable(
                f"a {self.origin} PostgreSQL cannot be restarted by the tests; "
                "unset STAGENORM_TEST_DATABASE_URL to let them start their own"
            )
        self._restart(mode)


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


def as_postgres_user(cmd: list[str]) -> list[str]:
    """``cmd`` run as the ``postgres`` user when we are root (PostgreSQL refuses root)."""
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


def _reachable_by_postgres_user(workdir: Path, *owned: Path) -> None:
    """As root, hand ``owned`` to the ``postgres`` user and let it reach ``workdir``."""
    if os.geteuid() != 0:
        return
    pw = pwd.getpwnam("postgres")
    for path in (workdir, *owned):
        os.chown(path, pw.pw_uid, pw.pw_gid)
    for parent in workdir.parents:
        if parent == Path("/"):
            break
        mode = parent.stat().st_mode
        if not mode & 0o001:
            os.chmod(parent, mode | 0o001)


def start_local_postgres(workdir: Path, bindir: Path | None = None, *,
                         require_plpython: bool | None = None,
                         shared_buffers: str = "256MB") -> PostgresServer:
    """initdb and start a PostgreSQL of our own in ``workdir`` on a free port.

    ``bindir`` names the server binaries (``initdb``, ``pg_ctl``, ``postgres``); by default
    the machine's PostgreSQL 15 (:func:`find_pg_bindir`), which must have PL/Python. Another
    ``bindir`` (the tests' PostgreSQL 14/16/17/18, ``scripts/ensure-test-postgres.sh``) is
    started as it is, with or without PL/Python unless ``require_plpython``."""
    if bindir is None:
        bindir = find_pg_bindir()
        if require_plpython is None:
            require_plpython = True
    if bindir is None:
        raise ServiceUnavailable(
            "no PostgreSQL server binaries (initdb, pg_ctl) found; "
            "run: apt-get install postgresql-15 postgresql-plpython3-15, "
            "or set STAGENORM_TEST_DATABASE_URL"
        )
    for tool in ("initdb", "pg_ctl", "postgres"):
        if not (bindir / tool).exists():
            raise ServiceUnavailable(f"{bindir} has no {tool}; it is not a PostgreSQL server bindir")
    if require_plpython and not plpython_available(bindir):
        raise ServiceUnavailable(
            "PostgreSQL has no PL/Python; run: apt-get install postgresql-plpython3-15"
        )
    data = workdir / "pgdata"
    sock = workdir / "pgsock"
    data.mkdir(parents=True)
    sock.mkdir()
    _reachable_by_postgres_user(workdir, data, sock)
    port = free_port()
    subprocess.run(
        as_postgres_user(
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
        f"-c shared_buffers={shared_buffers}"
    )
    log = workdir / "postgres.log"

    def pg_ctl(*args: str) -> None:
        subprocess.run(
            as_postgres_user([str(bindir / "pg_ctl"), "-D", str(data), "-l", str(log), *args]),
            check=True,
            capture_output=True,
            timeout=120,
        )

    url = f"postgresql://postgres@127.0.0.1:{port}/postgres"

    def start() -> None:
        try:
            pg_ctl("-o", options, "-w", "-t", "60", "start")
        except subprocess.CalledProcessError as exc:
            tail = log.read_text(errors="replace")[-2000:] if log.exists() else ""
            raise ServiceUnavailable(f"PostgreSQL in {bindir} did not start: {tail.strip()}") from exc
        wait_until(lambda: postgres_answers(url), 60, "PostgreSQL")

    def stop() -> None:
        with contextlib.suppress(subprocess.SubprocessError, OSError):
            pg_ctl("-m", "immediate", "-w", "stop")

    def restart(mode: ShutdownMode) -> None:
        pg_ctl("-m", mode, "-w", "stop")
        start()

    start()
    return PostgresServer(url=url, origin="local", bindir=bindir, _stop=stop, _restart=restart)


@dataclass
class PgBouncer:
    """A PgBouncer of our own in front of a PostgreSQL (``pool_mode`` transaction by default,
    as the pooled endpoints of Neon, Supabase and RDS Proxy behave)."""

    url: str  # the server's ``postgres`` database, through the pooler
    port: int
    pool_mode: str
    _stop: Callable[[], None] = field(default=lambda: None, repr=False)
    _allow: Callable[[str], None] = field(default=lambda _user: None, repr=False)

    def url_for(self, dbname: str, user: str | None = None) -> str:
        parts = urlsplit(self.url)
        netloc = parts.netloc if user is None else f"{user}@{parts.netloc.split('@', 1)[-1]}"
        return parts._replace(netloc=netloc, path="/" + dbname).geturl()

    def admin(self) -> psycopg.Connection[Any]:
        """A connection to the admin console (``SHOW POOLS``, ``RELOAD``; simple protocol)."""
        return psycopg.connect(self.url_for("pgbouncer"), autocommit=True,
                               cursor_factory=psycopg.ClientCursor)

    def allow(self, user: str) -> None:
        """Let ``user`` log in through the pooler (adds it to the auth file and reloads)."""
        self._allow(user)

    def stop(self) -> None:
        self._stop()


def start_pgbouncer(workdir: Path, server: PostgresServer, *, pool_mode: str = "transaction",
                    users: tuple[str, ...] = ("postgres",), pool_size: int = 5) -> PgBouncer:
    """Start Debian's ``pgbouncer`` on a free port in front of ``server`` (which trusts
    127.0.0.1, as the local servers here do). Every database name is passed through;
    ``users`` may log in (``auth_type = trust``: the server still decides), more with
    :meth:`PgBouncer.allow`. Runs as the ``postgres`` user when we are root."""
    binary = shutil.which("pgbouncer") or (
        "/usr/sbin/pgbouncer" if Path("/usr/sbin/pgbouncer").exists() else None)
    if binary is None:
        raise ServiceUnavailable("no pgbouncer binary found; run: apt-get install pgbouncer")
    target = urlsplit(server.url)
    workdir.mkdir(parents=True, exist_ok=True)
    port = free_port()
    auth_file = workdir / "userlist.txt"
    allowed = list(dict.fromkeys(users))
    auth_file.write_text("".join(f'"{u}" ""\n' for u in allowed))
    ini = workdir / "pgbouncer.ini"
    ini.write_text(
        "[databases]\n"
        f"* = host={target.hostname} port={target.port}\n"
        "[pgbouncer]\n"
        f"listen_addr = 127.0.0.1\nlisten_port = {port}\nunix_socket_dir =\n"
        f"auth_type = trust\nauth_file = {auth_file}\nadmin_users = postgres\n"
        f"pool_mode = {pool_mode}\ndefault_pool_size = {pool_size}\nmax_client_conn = 500\n"
        "ignore_startup_parameters = extra_float_digits\n"
        f"logfile = {workdir / 'pgbouncer.log'}\npidfile = {workdir / 'pgbouncer.pid'}\n"
    )
    _reachable_by_postgres_user(workdir, auth_file, ini)
    url = f"postgresql://postgres@127.0.0.1:{port}/postgres"
    state: dict[str, subprocess.Popen[bytes] | None] = {
        "proc": subprocess.Popen(as_postgres_user([binary, str(ini)]),
                                 stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL),
    }
    bouncer = PgBouncer(url=url, port=port, pool_mode=pool_mode)

    def stop() -> None:
        terminate(state["proc"])
        state["proc"] = None

    def allow(user: str) -> None:
        if user in allowed:
            return
        allowed.append(user)
        auth_file.write_text("".join(f'"{u}" ""\n' for u in allowed))
        with bouncer.admin() as admin:
            admin.execute("RELOAD")

    bouncer._stop, bouncer._allow = stop, allow
    try:
        wait_until(lambda: postgres_answers(url), 30, "pgbouncer")
    except ServiceUnavailable as exc:
        stop()
        log = workdir / "pgbouncer.log"
        tail = log.read_text(errors="replace")[-1500:] if log.exists() else ""
        raise ServiceUnavailable(f"{exc}: {tail.strip()}") from exc
    return bouncer


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
        terminate(state["proc"])
        state["proc"] = None

    start()
    return RedisServer(url=f"redis://127.0.0.1:{port}/0", origin="local", _stop=stop, _start=start)


