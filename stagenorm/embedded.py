"""Embedded PostgreSQL and Redis: servers of stagenorm's own on free ports.

``make demo`` and the test suite start their servers with these functions:
``initdb``/``pg_ctl`` into a directory of their own (as the ``postgres`` user when
running as root, since ``initdb`` refuses root) and ``redis-server`` without
persistence. Nothing here touches a server already running on the machine.
They are daemons: a command that starts them stops them in ``finally`` blocks, and
:func:`sigterm_interrupts` lets SIGTERM reach those blocks, as Ctrl-C does.
"""

from __future__ import annotations

import contextlib
import os
import pwd
import shutil
import signal
import socket
import subprocess
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from types import FrameType
from typing import Literal, NoReturn
from urllib.parse import urlsplit

import psycopg

PG_CANDIDATE_BINDIRS = ("/usr/lib/postgresql/15/bin",)
ShutdownMode = Literal["fast", "immediate"]  # pg_ctl stop -m: clean, or as a crash


class ServiceUnavailable(RuntimeError):
    """A server could not be found or started; the message says what to install or set."""


def raise_interrupt(signum: int, _frame: FrameType | None) -> NoReturn:
    """A signal handler that stops the program as Ctrl-C does (KeyboardInterrupt)."""
    raise KeyboardInterrupt(f"stopped by {signal.Signals(signum).name}")


@contextlib.contextmanager
def sigterm_interrupts() -> Iterator[None]:
    """Inside the block, SIGTERM (``kill``, a time limit) raises KeyboardInterrupt, so the
    ``finally`` blocks that stop the servers run instead of leaving them behind."""
    previous = signal.signal(signal.SIGTERM, raise_interrupt)
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, previous)


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
        "-c shared_buffers=256MB"
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
        pg_ctl("-o", options, "-w", "-t", "60", "start")
        wait_until(lambda: postgres_answers(url), 60, "PostgreSQL")

    def stop() -> None:
        with contextlib.suppress(subprocess.SubprocessError, OSError):
            pg_ctl("-m", "immediate", "-w", "stop")

    def restart(mode: ShutdownMode) -> None:
        pg_ctl("-m", mode, "-w", "stop")
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


