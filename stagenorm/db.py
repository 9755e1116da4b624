"""Connections and the named queries of ``queries.sql`` (one place for all SQL text)."""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from functools import cache
from importlib import resources
from typing import Any

import psycopg
from psycopg.rows import dict_row

from stagenorm import redaction
from stagenorm.exceptions import ConfigurationError, from_psycopg

Connection = psycopg.Connection[dict[str, Any]]
_NAME = re.compile(r"^--\s*name:\s*(\w+)\s*$", re.MULTILINE)


@cache
def queries() -> dict[str, str]:
    """The ``-- name: x`` blocks of queries.sql, loaded once."""
    text = resources.files("stagenorm").joinpath("queries.sql").read_text("utf-8")
    parts = _NAME.split(text)
    found: dict[str, str] = {}
    for name, body in zip(parts[1::2], parts[2::2], strict=True):
        if name in found:
            raise RuntimeError(f"queries.sql names {name!r} twice")
        found[name] = body.strip()
    return found


def query(name: str) -> str:
    return queries()[name]


def connect(url: str | None, *, autocommit: bool = False, application_name: str = "stagenorm",
            connect_timeout: float = 5) -> Connection:
    if not url:
        raise ConfigurationError("DATABASE_URL is not set; export DATABASE_URL=postgresql://user@host/db")
    try:
        return psycopg.connect(
            url,
            autocommit=autocommit,
            row_factory=dict_row,
            application_name=application_name,
            connect_timeout=max(1, int(connect_timeout)),
        )
    except psycopg.Error as exc:
        # libpq quotes the part of a URL it cannot parse (a password with a bad %-escape):
        # mask it here, and in any later log of this exception's chain.
        redaction.register_url(url)
        message = redaction.redact(str(exc), url)
        raise ConfigurationError(f"cannot connect to DATABASE_URL: {message}".strip()) from exc


def run(conn: Connection, name: str, params: Mapping[str, Any] | None = None) -> list[dict[str, Any]]:
    """Run a named query; stagenorm's SQLSTATEs come back as stagenorm exceptions."""
    try:
        with conn.cursor() as cur:
            cur.execute(query(name).encode(), params or {})
            return cur.fetchall() if cur.description else []
    except psycopg.Error as exc:
        translated = from_psycopg(exc)
        if translated is exc:
            raise
        raise translated from exc


def one(conn: Connection, name: str, params: Mapping[str, Any] | None = None) -> dict[str, Any]:
    rows = run(conn, name, params)
    if len(rows) != 1:
        raise RuntimeError(f"query {name!r} returned {len(rows)} rows, expected 1")
    return rows[0]


@contextmanager
def connection(url: str | None, **kw: Any) -> Iterator[Connection]:
    conn = connect(url, **kw)
    try:
        yield conn
    finally:
        conn.close()
