"""The promotion gate on constructed minute counts (time passed in, nothing waits), and
promote_mode, which applies it atomically."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime, timedelta
from decimal import Decimal
from typing import Any

import psycopg
import pytest
from psycopg.rows import dict_row

Conn = psycopg.Connection[dict[str, Any]]
MINUTE = timedelta(minutes=1)


@pytest.fixture
def db(conn: Conn) -> Conn:
    """The shared migrated database, inside a transaction rolled back after the test."""
    return conn


@contextmanager
def refused(conn: Conn, sqlstate: str) -> Iterator[pytest.ExceptionInfo[psycopg.Error]]:
    """The statement fails with ``sqlstate``; a savepoint keeps the test's transaction usable."""
    with pytest.raises(psycopg.Error) as caught, conn.transaction():
        yield caught
    assert caught.value.sqlstate == sqlstate, caught.value


def now(conn: Conn) -> datetime:
    row = conn.execute("SELECT date_trunc('minute', clock_timestamp()) AS t").fetchone()
    assert row is not None
    at: datetime = row["t"]
    return at


def history(conn: Conn, *changes: tuple[datetime, str, str]) -> None:
    """Write an audit trail directly (as the tests' superuser) at chosen times."""
    for at, old, new in changes:
        conn.execute("INSERT INTO stagenorm.mode_audit (old_mode, new_mode, actor, reason, source, changed_at) "
                     "VALUES (%s, %s, 'tester', 'constructed', 'test', %s)", (old, new, at))
    last = changes[-1]
    conn.execute("UPDATE stagenorm.mode_state SET mode = %s, changed_at = %s, changed_by = 'tester'",
                 (last[2], last[0]))


def minutes(conn: Conn, end: datetime, per_minute: list[tuple[int, int]], table: str = "public.deals") -> None:
    """Counts for the minutes before ``end``: per_minute[0] is the minute just before it."""
    for back, (validated, unknown) in enumerate(per_minute, 1):
        conn.execute("INSERT INTO stagenorm.value_count (minute, table_name, validated, unknown) "
                     "VALUES (%s, %s, %s, %s)", (end - back * MINUTE, table, validated, unknown))


def gate(conn: Conn, at: datetime, **kw: Any) -> dict[str, Any]:
    args = ", ".join(f"{k} => %({k})s" for k in kw)
    row = conn.execute(f"SELECT * FROM stagenorm.promotion_gate(%(at)s{', ' if kw else ''}{args})",
                       {"at": at, **kw}).fetchone()
    assert row is not None
    return row


def test_green_after_30_quiet_minutes_in_warn(db: Conn) -> None:
    t0 = now(db)
    history(db, (t0, "off", "warn"))
    at = t0 + 40 * MINUTE
    minutes(db, at, [(100, 0)] * 30)
    result = gate(db, at)
    assert result["green"] is True, result["reasons"]
    assert result["reasons"] == []
    assert result["mode"] == "warn"
    assert result["minutes_in_warn"] == Decimal("40.0")
    assert result["total_values"] == 3000
    assert result["minutes_with_values"] == 30
    assert result["worst_minute_ratio"] == 0


def test_exactly_half_a_percent_is_allowed_just_above_is_not(db: Conn) -> None:
    t0 = now(db)
    history(db, (t0, "off", "warn"))
    at = t0 + 40 * MINUTE
    minutes(db, at, [(1000, 5)] * 30)
    assert gate(db, at)["green"] is True
    minutes(db, at, [(0, 0), (0, 0), (0, 1)])  # one minute goes to 6 in 1000 = 0.6%
    red = gate(db, at)
    assert red["green"] is False
    assert red["worst_minute"] == at - 3 * MINUTE
    assert red["worst_minute_ratio"] == Decimal("0.006")
    assert len(red["reasons"]) == 1 and "unknown rate 0.600%" in red["reasons"][0]


def test_too_few_minutes_in_warn(db: Conn) -> None:
    t0 = now(db)
    history(db, (t0, "off", "warn"))
    at = t0 + 20 * MINUTE
    minutes(db, at, [(100, 0)] * 30)
    result = gate(db, at)
    assert result["green"] is False
    assert result["minutes_in_warn"] == Decimal("20.0")
    assert result["reasons"] == ["20.0 minutes in warn, at least 30 needed"]


def test_too_little_traffic(db: Conn) -> None:
    t0 = now(db)
    history(db, (t0, "off", "warn"))
    at = t0 + 60 * MINUTE
    minutes(db, at, [(33, 0)] * 30)  # 990 values
    result = gate(db, at)
    assert result["green"] is False
    assert result["total_values"] == 990
    assert result["reasons"] == ["990 values in the 30 minutes before, at least 1000 needed"]


def test_only_the_window_counts(db: Conn) -> None:
    t0 = now(db)
    history(db, (t0, "off", "warn"))
    at = t0 + 120 * MINUTE
    minutes(db, at, [(100, 0)] * 30 + [(100, 50)] * 10)  # the bad minutes are 31-40 minutes back
    minutes(db, at + 5 * MINUTE, [(0, 0)] * 4 + [(10, 10)])  # and one minute at `at` itself, not before it
    result = gate(db, at)
    assert result["green"] is True, result["reasons"]
    assert result["total_values"] == 3000


def test_counts_of_all_tables_add_up_per_minute(db: Conn) -> None:
    t0 = now(db)
    history(db, (t0, "off", "warn"))
    at = t0 + 40 * MINUTE
    minutes(db, at, [(500, 0)] * 30, table="public.a")
    minutes(db, at, [(500, 4)] * 30, table="public.b")  # 4 in 1000 per minute across both: 0.4%
    assert gate(db, at)["green"] is True
    minutes(db, at, [(0, 2)], table="public.c")  # 6 in 1000: 0.6%
    assert gate(db, at)["green"] is False


@pytest.mark.parametrize(("changes", "offset", "expected_minutes", "expected_mode"), [
    # warn -> enforce -> warn: the clock restarts at the last warn
    ([(0, "off", "warn"), (10, "warn", "enforce"), (20, "enforce", "warn")], 60, Decimal("40.0"), "warn"),
    # warn re-asserted: the clock does not restart
    ([(0, "off", "warn"), (10, "warn", "warn")], 60, Decimal("60.0"), "warn"),
    # the mode at `at` is what counts, not the mode now
    ([(0, "off", "warn"), (50, "warn", "enforce")], 40, Decimal("40.0"), "warn"),
])
def test_minutes_in_warn_follow_the_audit_trail(db: Conn, changes: list[tuple[int, str, str]], offset: int,
                                                expected_minutes: Decimal, expected_mode: str) -> None:
    t0 = now(db)
    history(db, *[(t0 + m * MINUTE, old, new) for m, old, new in changes])
    result = gate(db, t0 + offset * MINUTE)
    assert (result["mode"], result["minutes_in_warn"]) == (expected_mode, expected_minutes)


@pytest.mark.parametrize(("setup", "reason"), [
    ("enforce", "the mode is enforce, not warn"),
    ("off", "the mode is off, not warn"),
    (None, "warn is only the default, with no start time: run stagenorm mode set warn"),
])
def test_red_unless_the_mode_is_warn(db: Conn, setup: str | None, reason: str) -> None:
    t0 = now(db)
    if setup:
        history(db, (t0 - 100 * MINUTE, "warn", setup))
    at = t0 + 40 * MINUTE
    minutes(db, at, [(100, 0)] * 30)
    result = gate(db, at)
    assert result["green"] is False
    assert result["reasons"] == [reason]


def test_thresholds_are_parameters(db: Conn) -> None:
    t0 = now(db)
    history(db, (t0, "off", "warn"))
    at = t0 + 12 * MINUTE
    minutes(db, at, [(20, 0)] * 9 + [(20, 1)])  # 5% in the 10th minute back
    assert gate(db, at)["green"] is False
    assert gate(db, at, window_minutes=10, min_values=200, max_unknown_ratio=Decimal("0.05"))["green"] is True
    assert gate(db, at, window_minutes=9, min_values=180, max_unknown_ratio=Decimal("0"))["green"] is True


@pytest.mark.parametrize("kw", [
    {"window_minutes": 0}, {"window_minutes": None}, {"window_minutes": 100_000}, {"min_values": -1},
    {"max_unknown_ratio": Decimal("-0.1")}, {"max_unknown_ratio": Decimal("1.5")},
    {"max_unknown_ratio": Decimal("NaN")}, {"max_unknown_ratio": None},
])
def test_bad_parameters_are_sn003(db: Conn, kw: dict[str, Any]) -> None:
    with refused(db, "SN003"):
        gate(db, now(db), **kw)
    with refused(db, "SN003"):
        db.execute("SELECT * FROM stagenorm.promotion_gate('infinity')")


def promote(conn: Conn, mode: str, force: bool = False, **kw: Any) -> dict[str, Any] | None:
    args = "".join(f", {k} => %({k})s" for k in kw)
    row = conn.execute(f"SELECT * FROM stagenorm.promote_mode(%(mode)s, 'alice', 'rollout', %(force)s{args})",
                       {"mode": mode, "force": force, **kw}).fetchone()
    assert row is not None
    return None if row["id"] is None else dict(row)


def test_promote_to_warn_needs_no_gate(db: Conn) -> None:
    db.execute("SELECT stagenorm.set_mode('off', 'x', 'y')")
    row = promote(db, "warn")
    assert row is not None and (row["old_mode"], row["new_mode"], row["forced"]) == ("off", "warn", False)
    assert promote(db, "warn") is None  # already warn
    with refused(db, "SN002"):
        promote(db, "off")


def test_promote_from_the_default_warn_starts_the_clock(db: Conn) -> None:
    row = promote(db, "warn")
    assert row is not None and (row["old_mode"], row["new_mode"]) == ("warn", "warn")


def test_promote_to_enforce_refused_when_red(db: Conn) -> None:
    db.execute("SELECT stagenorm.set_mode('warn', 'x', 'y')")
    with refused(db, "SN008") as caught:
        promote(db, "enforce")
    assert "minutes in warn" in (caught.value.diag.message_primary or "")
    assert "0 values" in (caught.value.diag.message_detail or "")
    assert db.execute("SELECT stagenorm.current_mode() AS m").fetchone() == {"m": "warn"}
    assert db.execute("SELECT count(*) AS n FROM stagenorm.mode_audit").fetchone() == {"n": 1}


def test_promote_to_enforce_with_force_is_audited(db: Conn) -> None:
    db.execute("SELECT stagenorm.set_mode('warn', 'x', 'y')")
    row = promote(db, "enforce", force=True)
    assert row is not None and (row["old_mode"], row["new_mode"], row["forced"]) == ("warn", "enforce", True)
    assert promote(db, "enforce") is None
    with refused(db, "SN003"):
        promote(db, "warn")


def test_promote_to_enforce_when_green(db: Conn) -> None:
    t0 = now(db)
    history(db, (t0 - 45 * MINUTE, "off", "warn"))
    minutes(db, t0, [(0, 0)] + [(100, 0)] * 30)  # the 30 whole minutes before this one
    row = promote(db, "enforce")
    assert row is not None and (row["old_mode"], row["new_mode"], row["forced"]) == ("warn", "enforce", False)


def test_promote_needs_stagenorm_admin(db_url: str) -> None:
    db = psycopg.connect(db_url, autocommit=True, row_factory=dict_row)
    db.execute("DROP ROLE IF EXISTS sn_nobody")
    db.execute("CREATE ROLE sn_nobody LOGIN")
    try:
        with psycopg.connect(db_url.replace("postgres@", "sn_nobody@", 1), autocommit=True,
                             row_factory=dict_row) as nobody:
            with pytest.raises(psycopg.errors.InsufficientPrivilege):
                promote(nobody, "enforce", force=True)
            # Reading the gate needs stagenorm_monitor (or admin): it shows the mode's timeline.
            with pytest.raises(psycopg.errors.InsufficientPrivilege):
                gate(nobody, now(nobody))
            db.execute("GRANT stagenorm_monitor TO sn_nobody")
            assert gate(nobody, now(nobody))["green"] is False
            with pytest.raises(psycopg.errors.InsufficientPrivilege):
                promote(nobody, "enforce", force=True)
    finally:
        db.execute("DROP OWNED BY sn_nobody")
        db.execute("DROP ROLE sn_nobody")
        db.close()
