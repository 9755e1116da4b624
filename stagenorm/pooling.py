"""Refuse a pooled connection where a command needs its own database session.

Transaction poolers (PgBouncer in ``pool_mode = transaction``, the pooled endpoints of Neon
and Supabase, RDS Proxy when it multiplexes) hand each transaction of a client to any server
session. Applications are fine with that; three commands are not:

- ``migrate`` (and ``alembic upgrade``): the install script runs ``SET check_function_bodies``
  and ``SET client_min_messages`` for its session, which a pooler would leave behind in a
  server session other clients then get; later revisions may also need statements that
  cannot run in a transaction block.
- ``backfill``: the job holds a session-level advisory lock across its batches, one
  transaction each. Through a pooler the lock stays on whichever server session took it
  (blocking the next run with SN004 for as long as the pooler keeps that session) and the
  following batches run unguarded.
- ``backup`` / ``restore-test``: ``pg_dump`` sets ``search_path`` and other settings for its
  session before its snapshot transaction, and restore-test runs ``CREATE DATABASE``.

How a pooled URL is recognised (:func:`session_persists`): the one property these commands
need is that a client connection keeps one server session across transactions, so that is
what is tested, with no pooler-specific command (``SHOW POOLS`` exists only on PgBouncer's
admin console, and Supavisor or RDS Proxy have none). Connection A sets a random value in a
session setting (``stagenorm.session_probe``) in one autocommit transaction. Connection B
then opens a transaction and holds it; A reads its setting back in a next transaction. On a
direct connection (or a pooler in session mode) A always reads its value and B never can.
Behind a transaction pooler, B is handed the server session A just released (PgBouncer
reuses the most recently released one) and sees A's value, or A is handed another session
and does not: either proves pooling. Three rounds, stopping at the first proof. A direct
connection is never refused; a pooler configured to hand out sessions in round-robin order
could go unnoticed when it has idle sessions to spare, which is why the docs also say to
give these commands the direct endpoint. A session setting, not an advisory lock, is the
marker: a lock left on a pooled server session would stay held; a placeholder setting with
a random value is inert.
"""

from __future__ import annotations

import secrets
import select
import time

import psycopg
from psycopg import pq
from psycopg.conninfo import make_conninfo

from stagenorm.exceptions import ConfigurationError

PROBE_SETTING = "stagenorm.session_probe"
ROUNDS = 3


class PooledConnection(ConfigurationError):
    """The database URL goes through a transaction pooler; this command needs a direct connection."""


def _hold_a_session(conninfo: str, query: bytes, wait: float) -> tuple[pq.abc.PGconn, str | None] | None:
    """Connection B: ``BEGIN`` and ``query`` in one message, the transaction left open.
    None when B cannot connect (a role's ``CONNECTION LIMIT``) or no server session came
    within ``wait`` seconds (a full pool queues the query; cancel requests do not reach a
    queued client, so B is closed instead)."""
    conn = pq.PGconn.connect(conninfo.encode())
    if conn.status != pq.ConnStatus.OK:  # e.g. the role's CONNECTION LIMIT: A alone decides
        conn.finish()
        return None
    conn.send_query(b"BEGIN; " + query)
    deadline = time.monotonic() + wait
    while True:
        conn.consume_input()
        if not conn.is_busy():
            break
        left = deadline - time.monotonic()
        if left <= 0:
            conn.finish()
            return None
        select.select([conn.socket], [], [], left)
    value: str | None = None
    while (result := conn.get_result()) is not None:
        if result.status == pq.ExecStatus.TUPLES_OK and result.ntuples == 1:
            raw = result.get_value(0, 0)
            value = None if raw is None else bytes(raw).decode()
        elif result.status != pq.ExecStatus.COMMAND_OK:
            message = (result.error_message or b"").decode(errors="replace")
            conn.finish()
            raise psycopg.OperationalError(message)
    return conn, value


def session_persists(url: str, *, connect_timeout: int = 5, wait: float = 3.0) -> bool:
    """True when consecutive transactions of one connection to ``url`` share a server session
    (a direct connection, or a pooler in session mode); False behind a transaction pooler.
    ``wait`` bounds how long connection B may wait for a server session (a pooler in session
    mode whose pool is full queues it); then only A's reads decide."""
    token = secrets.token_hex(16)
    read = f"SELECT pg_catalog.current_setting('{PROBE_SETTING}', true) AS v"
    conninfo = make_conninfo(url, connect_timeout=connect_timeout, application_name="stagenorm-session-probe")
    with psycopg.connect(conninfo, autocommit=True, prepare_threshold=None) as a:
        a.execute(f"SELECT pg_catalog.set_config('{PROBE_SETTING}', %s, false)", [token])
        holders: list[pq.abc.PGconn] = []
        try:
            for _ in range(ROUNDS):
                held = _hold_a_session(conninfo, read.encode(), wait)
                if held is not None:
                    holders.append(held[0])
                    if held[1] == token:
                        return False  # another client connection reached A's session
                mine = a.execute(read).fetchone()
                if mine is None or mine[0] != token:
                    return False  # A's next transaction ran in another session
            return True
        finally:
            for b in holders:
                b.finish()


def require_direct_connection(url: str, command: str) -> None:
    """Raise :class:`PooledConnection` when ``url`` goes through a transaction pooler.

    ``command`` names what refuses (``stagenorm migrate``); the message says why it needs its
    own session and which URL to give instead."""
    try:
        direct = session_persists(url)
    except psycopg.Error as exc:
        # The wording of db.connect's, masked the same way (libpq quotes the part of a URL
        # it cannot parse, such as a password with a bad %-escape).
        from stagenorm import redaction

        redaction.register_url(url)
        message = redaction.redact(str(exc), url)
        raise ConfigurationError(f"cannot connect to DATABASE_URL: {message}".strip()) from exc
    if not direct:
        raise PooledConnection(
            f"{command} needs a direct connection to PostgreSQL, and this URL goes through a "
            "transaction pooler (one client connection was served by different server sessions): "
            "its session settings, advisory lock or pg_dump snapshot would not stay in one session",
            hint="use the database's direct (unpooled) endpoint for this command: on Neon the host "
            "without '-pooler', on Supabase port 5432 instead of 6543, on RDS the instance endpoint "
            "instead of the RDS Proxy one; applications keep the pooled URL (docs/poolers.md)",
        )


def exit_unless_direct(url: str, command: str) -> None:
    """:func:`require_direct_connection` for Alembic's env.py: the refusal as one message on
    stderr and exit status 1 (``alembic upgrade`` and ``stagenorm migrate`` alike), no traceback.
    Takes SQLAlchemy's ``postgresql+psycopg://`` form of the URL too."""
    for prefix in ("postgresql+psycopg://", "postgres+psycopg://"):
        if url.startswith(prefix):
            url = "postgresql://" + url[len(prefix):]
    try:
        require_direct_connection(url, command)
    except ConfigurationError as exc:
        raise SystemExit(f"stagenorm: {exc.message}" + (f"\nhint: {exc.hint}" if exc.hint else "")) from exc
