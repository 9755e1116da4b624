"""stagenorm/policy.py states the mode's facts for Python; the installed SQL states them for the
database. These hold the two equal: mode names, the gate's defaults, and the ranges."""

from __future__ import annotations

import re
from decimal import Decimal
from typing import Any

import psycopg
import pytest

from stagenorm import policy

Conn = psycopg.Connection[dict[str, Any]]


def sqlstate_of(conn: Conn, query: str, params: dict[str, Any]) -> str | None:
    """The SQLSTATE the statement raises, or None when it succeeds (rolled back either way)."""
    try:
        with conn.transaction(force_rollback=True):
            conn.execute(query, params)
    except psycopg.Error as exc:
        return exc.sqlstate
    return None


SET_MODE = "SELECT stagenorm.set_mode(%(mode)s, %(actor)s, %(reason)s, %(source)s)"


def set_mode(conn: Conn, mode: str = "warn", actor: str = "a", reason: str = "r", source: str = "test") -> str | None:
    return sqlstate_of(conn, SET_MODE, {"mode": mode, "actor": actor, "reason": reason, "source": source})


def test_the_database_takes_exactly_the_modes(conn: Conn) -> None:
    for mode in policy.MODES:
        assert set_mode(conn, mode) is None, mode
    for other in ("strict", "WARN", "", "enforce "):
        assert set_mode(conn, other) == "SN002", other


def test_the_default_mode_is_one_of_them() -> None:
    assert policy.DEFAULT_MODE in policy.MODES
    assert policy.check_mode("enforce") == "enforce"


@pytest.mark.parametrize(("argument", "limit"), [
    ("actor", policy.MAX_ACTOR), ("reason", policy.MAX_REASON), ("source", policy.MAX_SOURCE),
])
def test_set_modes_text_limits(conn: Conn, argument: str, limit: int) -> None:
    assert set_mode(conn, **{argument: "x" * limit}) is None
    assert set_mode(conn, **{argument: "x" * (limit + 1)}) == "SN003"


def test_the_gates_defaults(conn: Conn) -> None:
    row = conn.execute(
        "SELECT pg_catalog.pg_get_function_arguments('stagenorm.promotion_gate'::regproc) AS args"
    ).fetchone()
    assert row is not None
    defaults = dict(re.findall(r"(\w+) \w+(?: \w+)? DEFAULT ([\w.']+)", row["args"]))
    assert int(defaults["window_minutes"]) == policy.GATE_WINDOW_MINUTES
    assert int(defaults["min_values"]) == policy.GATE_MIN_VALUES
    assert Decimal(defaults["max_unknown_ratio"]) == policy.GATE_MAX_UNKNOWN_RATIO


def test_the_gates_window_range(conn: Conn) -> None:
    low, high = policy.GATE_WINDOW_RANGE
    gate = "SELECT * FROM stagenorm.promotion_gate(now(), %(w)s)"
    assert sqlstate_of(conn, gate, {"w": low}) is None
    assert sqlstate_of(conn, gate, {"w": high}) is None
    assert sqlstate_of(conn, gate, {"w": low - 1}) == "SN003"
    assert sqlstate_of(conn, gate, {"w": high + 1}) == "SN003"


def test_sql_names_the_modes_once_and_as_python_does(conn: Conn) -> None:
    row = conn.execute("SELECT pg_catalog.enum_range(NULL::stagenorm.validation_mode)::text[] AS modes").fetchone()
    assert row is not None and tuple(row["modes"]) == tuple(policy.MODES)
    listed = conn.execute(
        "SELECT p.oid::regprocedure::text AS fn FROM pg_catalog.pg_proc AS p "
        "WHERE p.pronamespace = 'stagenorm'::regnamespace AND p.prosrc ~ %s", [r"'off', *'warn', *'enforce'"]
    ).fetchall()
    assert listed == []  # every function checks against the type instead of its own list


def test_promote_mode_states_the_gates_defaults_too(conn: Conn) -> None:
    """promote_mode's signature repeats the gate's defaults (psql's \\df shows them there)."""
    args = {}
    for fn in ("promotion_gate", "promote_mode"):
        row = conn.execute("SELECT pg_catalog.pg_get_function_arguments(%s::regproc) AS args",
                           [f"stagenorm.{fn}"]).fetchone()
        assert row is not None
        args[fn] = {k: v for k, v in re.findall(r"(\w+) \w+(?: \w+)? DEFAULT ([\w.']+)", row["args"])
                    if k in ("window_minutes", "min_values", "max_unknown_ratio")}
    assert args["promote_mode"] == args["promotion_gate"] and len(args["promote_mode"]) == 3
