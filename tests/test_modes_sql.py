"""The mode of record in PostgreSQL: current_mode, mode_info, set_mode and its audit trail."""

from __future__ import annotations

import itertools
import threading
from typing import Any

import psycopg
import pytest
from psycopg import errors
from psycopg.rows import dict_row

from tests.harness import wait_until

MODES = ("off", "warn", "enforce")


def connect(url: str, **kw: Any) -> psycopg.Connection[dict[str, Any]]:
    return psycopg.connect(url, autocommit=True, row_factory=dict_row, **kw)


def set_mode(conn: psycopg.Connection[Any], mode: str | None, actor: str | None = "tester",
             reason: str | None = "testing", **kw: Any) -> dict[str, Any] | None:
    extra = "".join(f", {name} => %({name})s" for name in kw)
    row = conn.execute(
        f"SELECT * FROM stagenorm.set_mode(%(mode)s, %(actor)s, %(reason)s{extra})",
        {"mode": mode, "actor": actor, "reason": reason, **kw},
    ).fetchone()
    assert row is not None
    return None if row["id"] is None else dict(row)


def test_default_is_warn_and_source_default(conn: psycopg.Connection[dict[str, Any]]) -> None:
    assert conn.execute("SELECT stagenorm.current_mode() AS m").fetchone() == {"m": "warn"}
    info = conn.execute("SELECT * FROM stagenorm.mode_info()").fetchone()
    assert info == {"mode": "warn", "source": "default", "since": None, "changed_by": None, "reason": None}


@pytest.mark.parametrize(("setting", "expected"), [
    ("enforce", "enforce"), ("off", "off"), (" Enforce ", "enforce"), ("bogus", "warn"), ("", "warn"),
])
def test_default_comes_from_the_database_setting(conn: psycopg.Connection[dict[str, Any]], setting: str,
                                                 expected: str) -> None:
    conn.execute("SELECT set_config('stagenorm.default_mode', %s, true)", (setting,))
    assert conn.execute("SELECT stagenorm.current_mode() AS m").fetchone() == {"m": expected}
    assert conn.execute("SELECT mode, source FROM stagenorm.mode_info()").fetchone() == {
        "mode": expected, "source": "default"}


def test_alter_database_default_applies_to_new_sessions(db_url: str) -> None:
    with connect(db_url) as admin:
        dbname = admin.execute("SELECT current_database() AS d").fetchone()["d"]  # type: ignore[index]
        admin.execute(f'ALTER DATABASE "{dbname}" SET stagenorm.default_mode = \'enforce\'')
    with connect(db_url) as conn:
        assert conn.execute("SELECT stagenorm.current_mode() AS m").fetchone() == {"m": "enforce"}
        # the audit row records the default as the old mode
        row = set_mode(conn, "warn")
        assert row is not None and row["old_mode"] == "enforce"


@pytest.mark.parametrize(("old", "new"), list(itertools.product(MODES, MODES)))
def test_every_transition_is_audited(conn: psycopg.Connection[dict[str, Any]], old: str, new: str) -> None:
    set_mode(conn, old, reason="start")
    row = set_mode(conn, new, actor="alice", reason=f"{old} to {new}", source="cli")
    assert row is not None
    assert (row["old_mode"], row["new_mode"], row["actor"], row["reason"], row["source"], row["forced"]) == (
        old, new, "alice", f"{old} to {new}", "cli", False)
    assert row["db_role"] == "postgres"
    assert conn.execute("SELECT stagenorm.current_mode() AS m").fetchone() == {"m": new}
    info = conn.execute("SELECT * FROM stagenorm.mode_info()").fetchone()
    assert info is not None
    assert (info["mode"], info["source"], info["changed_by"], info["reason"]) == (
        new, "database", "alice", f"{old} to {new}")
    assert info["since"] == row["changed_at"]
    audit = conn.execute("SELECT old_mode, new_mode FROM stagenorm.mode_audit ORDER BY id").fetchall()
    assert [tuple(a.values()) for a in audit] == [("warn", old), (old, new)]


@pytest.mark.parametrize("mode", [None, "", "ENFORCE", "on", "enforce ", "x" * 10_000, "warn'; DROP TABLE x; --"])
def test_bad_mode_is_sn002_and_changes_nothing(conn: psycopg.Connection[dict[str, Any]],
                                              mode: str | None) -> None:
    with pytest.raises(psycopg.Error) as caught, conn.transaction():
        set_mode(conn, mode)
    assert caught.value.sqlstate == "SN002"
    assert caught.value.diag.message_hint
    assert conn.execute("SELECT count(*) AS n FROM stagenorm.mode_audit").fetchone() == {"n": 0}
    assert conn.execute("SELECT mode FROM stagenorm.mode_state").fetchone() == {"mode": None}


@pytest.mark.parametrize(("actor", "reason", "source"), [
    (None, "r", "sql"), ("", "r", "sql"), ("   ", "r", "sql"), ("a", None, "sql"), ("a", " \t", "sql"),
    ("a" * 201, "r", "sql"), ("a", "r" * 2001, "sql"), ("a", "r", ""), ("a", "r", None),
])
def test_blank_or_huge_actor_reason_source_is_sn003(conn: psycopg.Connection[dict[str, Any]], actor: str | None,
                                                    reason: str | None, source: str | None) -> None:
    with pytest.raises(psycopg.Error) as caught, conn.transaction():
        set_mode(conn, "enforce", actor, reason, source=source)
    assert caught.value.sqlstate == "SN003"
    assert conn.execute("SELECT count(*) AS n FROM stagenorm.mode_audit").fetchone() == {"n": 0}


def test_wrong_types_are_refused_by_the_signature(conn: psycopg.Connection[dict[str, Any]]) -> None:
    with pytest.raises(errors.UndefinedFunction):
        conn.execute("SELECT stagenorm.set_mode(1, 2, 3)")


def test_only_from_changes_nothing_when_the_mode_differs(db_url: str) -> None:
    with connect(db_url) as conn:
        set_mode(conn, "warn")
        assert set_mode(conn, "warn", actor="alertmanager", source="alertmanager", only_from="enforce") is None
        assert conn.execute("SELECT count(*) AS n FROM stagenorm.mode_audit").fetchone() == {"n": 1}
        set_mode(conn, "enforce")
        row = set_mode(conn, "warn", actor="alertmanager", source="alertmanager", only_from="enforce")
        assert row is not None and (row["old_mode"], row["new_mode"]) == ("enforce", "warn")
        audited = conn.execute("SELECT old_mode, new_mode, actor, source FROM stagenorm.mode_audit "
                               "ORDER BY id DESC LIMIT 1").fetchone()
        assert audited == {"old_mode": "enforce", "new_mode": "warn", "actor": "alertmanager",
                           "source": "alertmanager"}
        assert conn.execute("SELECT mode FROM stagenorm.mode_state").fetchone() == {"mode": "warn"}
        with pytest.raises(psycopg.Error) as caught:
            set_mode(conn, "warn", only_from="sometimes")
        assert caught.value.sqlstate == "SN002"


def test_forced_is_recorded(db_url: str) -> None:
    with connect(db_url) as conn:
        row = set_mode(conn, "enforce", forced=True)
        assert row is not None and row["forced"] is True


def test_set_mode_notifies(db_url: str) -> None:
    with connect(db_url) as listener, connect(db_url) as writer:
        listener.execute("LISTEN stagenorm_mode")
        set_mode(writer, "enforce")
        notes = list(listener.notifies(timeout=5, stop_after=1))
        assert [(n.channel, n.payload) for n in notes] == [("stagenorm_mode", "enforce")]


def test_a_rolled_back_change_leaves_no_trace(db_url: str) -> None:
    with connect(db_url) as conn:
        with conn.transaction(force_rollback=True):
            set_mode(conn, "enforce")
        assert conn.execute("SELECT stagenorm.current_mode() AS m").fetchone() == {"m": "warn"}
        assert conn.execute("SELECT count(*) AS n FROM stagenorm.mode_audit").fetchone() == {"n": 0}


def test_only_stagenorm_admin_may_change_the_mode(db_url: str) -> None:
    with connect(db_url) as admin:
        admin.execute("DROP ROLE IF EXISTS sn_app")
        admin.execute("DROP ROLE IF EXISTS sn_ops")
        admin.execute("CREATE ROLE sn_app LOGIN")
        admin.execute("CREATE ROLE sn_ops LOGIN IN ROLE stagenorm_admin")
    try:
        app_url = db_url.replace("postgres@", "sn_app@", 1)
        ops_url = db_url.replace("postgres@", "sn_ops@", 1)
        with connect(app_url) as app:
            assert app.execute("SELECT stagenorm.current_mode() AS m").fetchone() == {"m": "warn"}
            assert app.execute("SELECT mode FROM stagenorm.mode_info()").fetchone() == {"mode": "warn"}
            with pytest.raises(errors.InsufficientPrivilege):
                set_mode(app, "enforce")
            with pytest.raises(errors.InsufficientPrivilege):
                app.execute("UPDATE stagenorm.mode_state SET mode = 'off'")
            with pytest.raises(errors.InsufficientPrivilege):
                app.execute("INSERT INTO stagenorm.mode_audit (old_mode, new_mode, actor, reason, source) "
                            "VALUES ('warn', 'off', 'x', 'y', 'z')")
        with connect(ops_url) as ops:
            row = set_mode(ops, "enforce")
            assert row is not None and row["db_role"] == "sn_ops"
    finally:
        with connect(db_url) as admin:
            admin.execute("DROP OWNED BY sn_app, sn_ops")
            admin.execute("DROP ROLE sn_app")
            admin.execute("DROP ROLE sn_ops")


def test_concurrent_set_mode_serializes_without_lost_update(db_url: str) -> None:
    """Two sessions, explicit steps: A changes the mode and holds its transaction open; B's
    set_mode waits for A's row lock; after A commits, B's audit row names A's mode as old."""
    with connect(db_url) as a, connect(db_url) as b:
        set_mode(a, "warn", reason="start")
        b_pid = b.execute("SELECT pg_backend_pid() AS p").fetchone()["p"]  # type: ignore[index]
        a.execute("BEGIN")
        row_a = set_mode(a, "enforce", actor="A")
        assert row_a is not None and row_a["old_mode"] == "warn"

        result: dict[str, Any] = {}

        def run_b() -> None:
            try:
                result["row"] = set_mode(b, "off", actor="B")
            except Exception as exc:  # reported below
                result["error"] = exc

        thread = threading.Thread(target=run_b)
        thread.start()
        with connect(db_url) as watcher:
            def b_waits_for_a_lock() -> bool:
                row = watcher.execute(
                    "SELECT wait_event_type FROM pg_stat_activity WHERE pid = %s", (b_pid,)).fetchone()
                return row is not None and row["wait_event_type"] == "Lock"

            wait_until(b_waits_for_a_lock, 10, "session B waiting for the mode row lock")
        assert "row" not in result
        a.execute("COMMIT")
        thread.join(10)
        assert not thread.is_alive()
        assert "error" not in result, result.get("error")
        assert result["row"]["old_mode"] == "enforce"
        assert result["row"]["new_mode"] == "off"
        audit = a.execute("SELECT old_mode, new_mode, actor FROM stagenorm.mode_audit ORDER BY id").fetchall()
        assert [tuple(r.values()) for r in audit] == [
            ("warn", "warn", "tester"), ("warn", "enforce", "A"), ("enforce", "off", "B")]
        assert a.execute("SELECT stagenorm.current_mode() AS m").fetchone() == {"m": "off"}


def test_many_concurrent_writers_leave_a_consistent_chain(db_url: str) -> None:
    """Every audit row's old mode is the previous row's new mode, whatever the interleaving."""
    errors_seen: list[BaseException] = []

    def writer(index: int) -> None:
        try:
            with connect(db_url) as conn:
                for step in range(10):
                    set_mode(conn, MODES[(index + step) % 3], actor=f"w{index}")
        except BaseException as exc:  # reported below
            errors_seen.append(exc)

    threads = [threading.Thread(target=writer, args=(i,)) for i in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(60)
    assert not errors_seen
    with connect(db_url) as conn:
        rows = conn.execute("SELECT old_mode, new_mode, changed_at FROM stagenorm.mode_audit ORDER BY id").fetchall()
        assert len(rows) == 40
        assert rows[0]["old_mode"] == "warn"
        for before, after in itertools.pairwise(rows):
            assert after["old_mode"] == before["new_mode"]
            assert after["changed_at"] >= before["changed_at"]
        last = rows[-1]["new_mode"]
        assert conn.execute("SELECT stagenorm.current_mode() AS m").fetchone() == {"m": last}


def test_deleted_state_row_is_recreated(db_url: str) -> None:
    with connect(db_url) as conn:
        conn.execute("DELETE FROM stagenorm.mode_state")
        assert conn.execute("SELECT stagenorm.current_mode() AS m").fetchone() == {"m": "warn"}
        assert conn.execute("SELECT source FROM stagenorm.mode_info()").fetchone() == {"source": "default"}
        row = set_mode(conn, "enforce")
        assert row is not None and row["old_mode"] == "warn"
        assert conn.execute("SELECT stagenorm.current_mode() AS m").fetchone() == {"m": "enforce"}


def test_public_objects_have_comments(conn: psycopg.Connection[dict[str, Any]]) -> None:
    rows = conn.execute(
        """
        SELECT p.oid::regprocedure::text AS name
          FROM pg_proc p
         WHERE p.pronamespace = 'stagenorm'::regnamespace
           AND p.proname IN ('current_mode', 'mode_info', 'set_mode', 'promote_mode', 'promotion_gate',
                             'enforce_stage_column', 'release_stage_column', 'enforce_stage_distribution_column',
                             'release_stage_distribution_column', 'enforced_columns', 'value_counts_total',
                             'value_counts_compact')
           AND obj_description(p.oid, 'pg_proc') IS NULL
        UNION ALL
        SELECT c.oid::regclass::text
          FROM pg_class c
         WHERE c.relnamespace = 'stagenorm'::regnamespace
           AND c.relname IN ('mode_state', 'mode_audit', 'value_count', 'label_writer')
           AND obj_description(c.oid, 'pg_class') IS NULL
        """
    ).fetchall()
    assert rows == []
    missing_columns = conn.execute(
        """
        SELECT a.attrelid::regclass::text || '.' || a.attname AS col
          FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid
         WHERE c.relnamespace = 'stagenorm'::regnamespace
           AND c.relname IN ('mode_state', 'mode_audit', 'value_count', 'label_writer')
           AND a.attnum > 0 AND NOT a.attisdropped AND a.attname <> 'singleton'
           AND col_description(a.attrelid, a.attnum) IS NULL
        """
    ).fetchall()
    assert missing_columns == []


def test_actor_and_reason_are_trimmed_of_white_space_only(db_url: str) -> None:
    with connect(db_url) as conn:
        row = set_mode(conn, "warn", " valve\x0b", "\tfive of v\n\f", source=" cli ")
        assert row is not None and (row["actor"], row["reason"], row["source"]) == ("valve", "five of v", "cli")
