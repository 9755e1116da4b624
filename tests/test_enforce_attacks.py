"""Attacks on enforcement, replayed as the role that would make them: an application writer
with INSERT and UPDATE on the enforced table and nothing else (grants.sql gives PUBLIC USAGE
on schema stagenorm). Each must fail, leaving the mode, its audit trail, the counts and the
promotion gate as they were.

- (a) the default mode comes from the session: SET, set_config, PGOPTIONS or ALTER ROLE
  <self> SET stagenorm.default_mode under ALTER DATABASE ... SET stagenorm.default_mode =
  'enforce';
- (b) forged counters: the settings the old trigger kept its counts in
  (stagenorm.v_/n_/u_/e_<ident>) and the ones the row trigger tallies rewritten labels in;
- (c) zero-row statements adding count rows;
- (d) the backfill bypass (stagenorm.in_backfill) from a pooled session that logs in as a
  stagenorm_admin member and switches to the application's role;
- (e) a known label planted in the row trigger's memory of unknown labels (stagenorm.k_<ident>):
  it may only cost the writer (its own value kept and counted as unknown), never lower a rate.
"""

from __future__ import annotations

import contextlib
import itertools
import re
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime
from typing import Any

import psycopg
import pytest
from psycopg import errors, sql
from psycopg.rows import dict_row

Conn = psycopg.Connection[dict[str, Any]]
_names = itertools.count()


def connect(url: str, **kw: Any) -> Conn:
    return psycopg.connect(url, autocommit=True, row_factory=dict_row, **kw)


@contextmanager
def sqlstate(code: str) -> Iterator[None]:
    with pytest.raises(psycopg.Error) as caught:
        yield
    assert caught.value.sqlstate == code, caught.value


def as_role(url: str, role: str) -> str:
    return url.replace("postgres@", f"{role}@", 1)


class World:
    """A database with public.deals(stage) enforced, a writer role, and a fixed gate time."""

    def __init__(self, url: str, admin: Conn, writer: str, gate_at: datetime) -> None:
        self.url = url
        self.admin = admin
        self.writer = writer
        self.gate_at = gate_at

    @property
    def ident(self) -> str:
        row = self.admin.execute("SELECT ident FROM stagenorm.enforced_columns() WHERE column_name = 'stage'").fetchone()
        assert row is not None
        return str(row["ident"])

    def snapshot(self) -> dict[str, Any]:
        """Everything an attack must leave unchanged."""
        a = self.admin
        return {
            "mode_state": a.execute("SELECT * FROM stagenorm.mode_state").fetchall(),
            "mode_audit": a.execute("SELECT * FROM stagenorm.mode_audit ORDER BY id").fetchall(),
            "value_count": a.execute("SELECT * FROM stagenorm.value_count ORDER BY minute, table_name, writer")
                            .fetchall(),
            "label_writer": a.execute("SELECT * FROM stagenorm.label_writer ORDER BY label, outcome, writer").fetchall(),
            "gate": a.execute("SELECT * FROM stagenorm.promotion_gate(%s)", (self.gate_at,)).fetchone(),
            "current_mode": a.execute("SELECT stagenorm.current_mode() AS m").fetchone(),
        }

    def seeeds(self) -> int:
        row = self.admin.execute("SELECT count(*) AS n FROM public.deals WHERE stage = 'seeed'").fetchone()
        assert row is not None
        return int(row["n"])


@pytest.fixture
def world(db_url: str) -> Iterator[World]:
    writer = f"sn_attacker_{next(_names)}_{abs(hash(db_url)) % 10_000}"
    with connect(db_url) as admin:
        admin.execute("CREATE TABLE public.deals (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, "
                      "stage text, note text)")
        admin.execute("SELECT stagenorm.enforce_stage_column('public.deals', 'stage')")
        admin.execute(sql.SQL("CREATE ROLE {} LOGIN").format(sql.Identifier(writer)))
        admin.execute(sql.SQL("GRANT INSERT, UPDATE ON public.deals TO {}").format(sql.Identifier(writer)))
        gate_at = admin.execute("SELECT date_trunc('minute', now()) + interval '1 minute' AS t").fetchone()["t"]  # type: ignore[index]
        try:
            yield World(db_url, admin, writer, gate_at)
        finally:
            admin.execute(sql.SQL("DROP OWNED BY {}").format(sql.Identifier(writer)))
            admin.execute(sql.SQL("DROP ROLE {}").format(sql.Identifier(writer)))


def alter_database_default(conn: Conn, mode: str) -> None:
    dbname = conn.execute("SELECT current_database() AS d").fetchone()["d"]  # type: ignore[index]
    conn.execute(sql.SQL("ALTER DATABASE {} SET stagenorm.default_mode = {}").format(
        sql.Identifier(dbname), sql.Literal(mode)))


# -- (a) the default mode -----------------------------------------------------------------------


def test_a_session_cannot_turn_the_database_default_off(world: World) -> None:
    alter_database_default(world.admin, "enforce")
    before = world.snapshot()
    assert before["current_mode"] == {"m": "enforce"}
    url = as_role(world.url, world.writer)
    with connect(url) as app:
        app.execute("SET stagenorm.default_mode = 'off'")
        with sqlstate("SN001"):
            app.execute("INSERT INTO public.deals (stage) VALUES ('seeed')")
        app.execute("SELECT set_config('stagenorm.default_mode', 'off', false)")
        with sqlstate("SN001"):
            app.execute("INSERT INTO public.deals (stage) VALUES ('seeed')")
        with app.transaction():
            app.execute("SET LOCAL stagenorm.default_mode = 'warn'")
            with sqlstate("SN001"), app.transaction():
                app.execute("INSERT INTO public.deals (stage) VALUES ('Seed'), ('seeed')")
        # a role may set its own defaults (PostgreSQL 14; 15 and later refuse it for a setting no
        # module defines): the trigger ignores role-level defaults anyway
        with contextlib.suppress(errors.InsufficientPrivilege):
            app.execute(sql.SQL("ALTER ROLE {} SET stagenorm.default_mode = 'off'").format(sql.Identifier(world.writer)))
    with connect(url, options="-c stagenorm.default_mode=off") as app:  # what PGOPTIONS sends
        assert app.execute("SHOW stagenorm.default_mode").fetchone() == {"stagenorm.default_mode": "off"}
        with sqlstate("SN001"):
            app.execute("INSERT INTO public.deals (stage) VALUES ('seeed')")
        with sqlstate("SN001"):
            app.execute("INSERT INTO public.deals (stage) SELECT 'seeed' FROM generate_series(1, 3)")
        app.execute("INSERT INTO public.deals (stage) VALUES ('Series A')")  # enforce rewrites it
    assert world.seeeds() == 0
    assert world.admin.execute("SELECT stage FROM public.deals").fetchall() == [{"stage": "series_a"}]
    after = world.snapshot()
    # the one legitimate write was counted; nothing else moved
    assert after["mode_state"] == before["mode_state"]
    assert after["mode_audit"] == before["mode_audit"]
    assert after["current_mode"] == before["current_mode"]
    assert sum(r["validated"] for r in after["value_count"]) == 1
    assert sum(r["unknown"] for r in after["value_count"]) == 0


# -- (b) forged counters ------------------------------------------------------------------------


def test_forged_session_counters_reach_neither_the_counts_nor_the_gate(world: World) -> None:
    a = world.admin
    a.execute("SELECT stagenorm.set_mode('warn', 'tester', 'forge test')")
    # a red gate: 50% unknown in the current minute
    with connect(as_role(world.url, world.writer)) as app:
        app.execute("INSERT INTO public.deals (stage) VALUES ('seed'), ('seeed')")
    before = world.snapshot()
    assert before["gate"]["green"] is False and before["gate"]["worst_minute_ratio"] == 0.5
    ident = world.ident
    forged = {
        # the old trigger's counters
        **{f"stagenorm.{p}_{ident}": "100000000" for p in ("v", "n", "u", "e")},
        # the new row trigger's tally of rewritten labels, and its sampling memory
        f"stagenorm.t_{ident}": "5,6,x,",
        f"stagenorm.t_{ident}_5": "Series A\x1f100000000",
        f"stagenorm.t_{ident}_6": "seed\x1f7",  # a stage key is never a rewritten label
        f"stagenorm.t_{ident}_x": "99999",
        f"stagenorm.n_{ident}": "100000000",
        f"stagenorm.w_{ident}": "{not json",
    }
    with connect(as_role(world.url, world.writer)) as app:
        for local in (True, False):
            with app.transaction():
                for name, value in forged.items():
                    app.execute("SELECT set_config(%s, %s, %s)", (name, value, local))
                app.execute("INSERT INTO public.deals (stage) SELECT 'seed' WHERE false")
                app.execute("UPDATE public.deals SET stage = 'seed' WHERE false")
                app.execute("UPDATE public.deals SET note = 'touched'")  # the stage column is not written
        assert world.snapshot() == before
        # nor can the writer call the functions that write counts
        for call in ("SELECT stagenorm._enforce_unknowns('public', 'deals', 'stage', 'x', 'warn', "
                     "'{seeed}', '{1000000}', now())",
                     "SELECT stagenorm._enforce_rewritten('public.deals', 'stage', '{}', 1, now())",
                     "SELECT stagenorm.value_counts_compact()",
                     f"SELECT stagenorm._enforce_cnt_{ident}()",
                     "INSERT INTO stagenorm.value_count (minute, table_name, validated) "
                     "VALUES (now(), 'public.deals', 100000000)"):
            with pytest.raises(psycopg.Error):
                app.execute(call)
        # the rejection counter moves only for a rejection enforce would make
        with sqlstate("SN001"):
            app.execute("SELECT stagenorm._enforce_reject('public', 'deals', 'stage', 'seeed', %s)",
                        (f"stagenorm._enforce_rej_{ident}",))
        assert world.snapshot() == before
        rejected = a.execute("SELECT rejected FROM stagenorm.enforced_columns()").fetchone()
        assert rejected == {"rejected": 0}
        # a real write under forged settings counts exactly what it wrote
        with app.transaction():
            for name, value in forged.items():
                app.execute("SELECT set_config(%s, %s, true)", (name, value))
            app.execute("INSERT INTO public.deals (stage) VALUES ('seeed')")
    after = world.snapshot()
    assert after["mode_state"] == before["mode_state"] and after["mode_audit"] == before["mode_audit"]
    totals = {k: sum(r[k] for r in after["value_count"]) for k in ("validated", "normalized", "unknown")}
    assert totals == {"validated": 3, "normalized": 0, "unknown": 2}
    assert {(r["outcome"], r["label"]) for r in after["label_writer"]} == {("unknown", "seeed")}
    assert sum(r["seen_count"] for r in after["label_writer"]) == 2
    gate = a.execute("SELECT * FROM stagenorm.promotion_gate(date_trunc('minute', now()) + interval '1 minute')").fetchone()
    assert gate is not None and gate["green"] is False
    assert (gate["total_values"], gate["unknown_values"]) == (3, 2)


def test_forged_tallies_are_capped_by_the_rows_written(world: World) -> None:
    """A writer can name rewritten labels in its own tally, but never more of them than the
    statement stored stage keys, and only labels that really normalize."""
    ident = world.ident
    with connect(as_role(world.url, world.writer), application_name="forger") as app, app.transaction():
        app.execute("SELECT set_config(%s, '5,6,', true)", (f"stagenorm.t_{ident}",))
        app.execute("SELECT set_config(%s, %s, true)", (f"stagenorm.t_{ident}_5", "Series A\x1f1000"))
        app.execute("SELECT set_config(%s, %s, true)", (f"stagenorm.t_{ident}_6", "banana\x1f1000"))
        app.execute("INSERT INTO public.deals (stage) VALUES ('seed'), ('growth')")
    rows = world.admin.execute("SELECT outcome, label, seen_count FROM stagenorm.label_writer").fetchall()
    assert rows == [{"outcome": "normalized", "label": "Series A", "seen_count": 2}]
    totals = world.admin.execute("SELECT sum(validated) AS v, sum(normalized) AS n, sum(unknown) AS u "
                                 "FROM stagenorm.value_count").fetchone()
    assert totals == {"v": 2, "n": 2, "u": 0}


def test_a_forged_memory_of_unknown_labels_only_costs_the_writer(world: World) -> None:
    """The row trigger remembers the unknown labels it met in the transaction
    (stagenorm.k_<ident>), so a repeated one skips normalize_stage's slow path. A writer that
    plants a known label there gets its own value kept as written and counted as unknown in
    warn (a higher unknown rate, never a lower one), and rejected uncounted in enforce."""
    a = world.admin
    a.execute("SELECT stagenorm.set_mode('warn', 'tester', 'memo test')")
    memo = f"stagenorm.k_{world.ident}"
    with connect(as_role(world.url, world.writer)) as app:
        with app.transaction():
            app.execute("SELECT set_config(%s, %s, true)", (memo, "\x1fSeries A\x1f"))
            app.execute("INSERT INTO public.deals (stage) VALUES ('Series A'), ('seed')")
        # transaction-local: gone with the transaction, and remembered for the next one only
        # when a statement meets an unknown label (counted per row all the same)
        assert app.execute("SELECT current_setting(%s, true) AS m", (memo,)).fetchone()["m"] in (None, "")  # type: ignore[index]
        with app.transaction():
            app.execute("INSERT INTO public.deals (stage) VALUES ('seeed'), ('Seed'), ('seeed')")
            app.execute("INSERT INTO public.deals (stage) VALUES ('seeed')")
            assert app.execute("SELECT current_setting(%s) AS m", (memo,)).fetchone() == {"m": "\x1fseeed\x1f"}
    stored = a.execute("SELECT stage, count(*) AS n FROM public.deals GROUP BY stage ORDER BY stage").fetchall()
    assert stored == [{"stage": "Series A", "n": 1}, {"stage": "seed", "n": 2}, {"stage": "seeed", "n": 3}]
    totals = a.execute("SELECT sum(validated) AS v, sum(normalized) AS n, sum(unknown) AS u "
                       "FROM stagenorm.value_count").fetchone()
    assert totals == {"v": 6, "n": 1, "u": 4}
    a.execute("SELECT stagenorm.set_mode('enforce', 'tester', 'memo test')")
    before = world.snapshot()
    with connect(as_role(world.url, world.writer)) as app, app.transaction():
        app.execute("SELECT set_config(%s, %s, true)", (memo, "\x1fSeries A\x1f"))
        with sqlstate("SN001"), app.transaction():
            app.execute("INSERT INTO public.deals (stage) VALUES ('Series A')")
    assert world.snapshot() == before
    assert a.execute("SELECT rejected FROM stagenorm.enforced_columns()").fetchone() == {"rejected": 0}
    # an honest session next to it is unaffected
    with connect(as_role(world.url, world.writer)) as app:
        app.execute("INSERT INTO public.deals (stage) VALUES ('Series A')")
    assert a.execute("SELECT count(*) AS n FROM public.deals WHERE stage = 'series_a'").fetchone() == {"n": 1}


def test_a_taxonomy_change_forgets_the_remembered_unknown_labels(world: World) -> None:
    a = world.admin
    a.execute("SELECT stagenorm.set_mode('warn', 'tester', 'memo test')")
    with a.transaction():
        a.execute("INSERT INTO public.deals (stage) VALUES ('bridgeround')")
        a.execute("SELECT stagenorm.add_alias('bridgeround', 'seed', 'tester', 'memo test')")
        a.execute("INSERT INTO public.deals (stage) VALUES ('bridgeround')")
    stored = a.execute("SELECT stage FROM public.deals ORDER BY id").fetchall()
    assert stored == [{"stage": "bridgeround"}, {"stage": "seed"}]


# -- (c) zero-row statements --------------------------------------------------------------------


def test_zero_row_statements_add_no_count_rows(world: World) -> None:
    world.admin.execute("SELECT stagenorm.set_mode('warn', 'tester', 'zero rows')")
    with connect(as_role(world.url, world.writer)) as app:
        app.execute("INSERT INTO public.deals (stage) VALUES ('Series A'), ('seeed'), (NULL)")
        before = world.snapshot()
        for _ in range(50):
            app.execute("INSERT INTO public.deals (stage) SELECT 'seeed' WHERE false")
            app.execute("UPDATE public.deals SET stage = 'seeed' WHERE false")
            app.execute("UPDATE public.deals SET note = 'n'")
            app.execute("INSERT INTO public.deals (stage) VALUES (NULL)")  # NULL is not a value to validate
    after = world.snapshot()
    assert after == before
    assert len(after["value_count"]) == 1


# -- (d) the backfill bypass ---------------------------------------------------------------------


def test_the_backfill_bypass_needs_the_role_in_force_to_be_an_admin(world: World) -> None:
    """A pooler logs in as a stagenorm_admin member and hands the session to the application,
    which switches to its own role: in_backfill no longer lets anything through."""
    a = world.admin
    pool = f"{world.writer}_pool"
    a.execute(sql.SQL("CREATE ROLE {} LOGIN IN ROLE stagenorm_admin").format(sql.Identifier(pool)))
    a.execute(sql.SQL("GRANT {} TO {}").format(sql.Identifier(world.writer), sql.Identifier(pool)))
    a.execute(sql.SQL("GRANT INSERT, UPDATE ON public.deals TO {}").format(sql.Identifier(pool)))
    try:
        a.execute("SELECT stagenorm.set_mode('enforce', 'tester', 'bypass test')")
        before = world.snapshot()
        with connect(as_role(world.url, pool)) as pooled:
            pooled.execute(sql.SQL("SET ROLE {}").format(sql.Identifier(world.writer)))
            pooled.execute("SET stagenorm.in_backfill = 'on'")
            with sqlstate("SN001"):
                pooled.execute("INSERT INTO public.deals (stage) VALUES ('seeed')")
            with pooled.transaction():
                pooled.execute("SET LOCAL stagenorm.in_backfill = 'on'")
                with sqlstate("SN001"), pooled.transaction():
                    pooled.execute("INSERT INTO public.deals (stage) VALUES ('seeed')")
            assert world.seeeds() == 0
            assert world.snapshot() == before
            # in warn, the switched session's writes are counted like any client's
            a.execute("SELECT stagenorm.set_mode('warn', 'tester', 'bypass test')")
            pooled.execute("INSERT INTO public.deals (stage) VALUES ('seeed'), ('seed')")
            counted = a.execute("SELECT sum(validated) AS v, sum(unknown) AS u FROM stagenorm.value_count").fetchone()
            assert counted == {"v": 2, "u": 1}
            # as the admin role itself (the backfill's case), the bypass holds and counts nothing
            pooled.execute("RESET ROLE")
            a.execute("SELECT stagenorm.set_mode('enforce', 'tester', 'bypass test')")
            with pooled.transaction():
                pooled.execute("SET LOCAL stagenorm.in_backfill = 'on'")
                pooled.execute("INSERT INTO public.deals (stage) VALUES ('seeed')")
            counted = a.execute("SELECT sum(validated) AS v, sum(unknown) AS u FROM stagenorm.value_count").fetchone()
            assert counted == {"v": 2, "u": 1}
            assert world.seeeds() == 2
    finally:
        a.execute(sql.SQL("DROP OWNED BY {}").format(sql.Identifier(pool)))
        a.execute(sql.SQL("DROP ROLE {}").format(sql.Identifier(pool)))


# -- the writer's search_path ---------------------------------------------------------------------


@pytest.mark.parametrize("mode", [None, "warn", "enforce"])
def test_the_generated_row_functions_qualify_every_name(db_url: str, mode: str | None) -> None:
    """The row functions run as the writer, per non-canonical row, without a SET clause (a
    pinned search_path costs every row): like an inlinable SQL function, every call, cast
    and operator in them must be schema-qualified, so that nothing on the writer's
    search_path (test_search_path's planted objects) can run inside them."""
    from tests.test_search_path import unqualified

    with connect(db_url) as admin:
        admin.execute("CREATE TABLE public.t (id int PRIMARY KEY, stage varchar(40), mix jsonb)")
        if mode is not None:
            admin.execute("SELECT stagenorm.set_mode(%s, 'tester', 'qualified')", (mode,))
        admin.execute("SELECT stagenorm.enforce_stage_column('public.t', 'stage')")
        admin.execute("SELECT stagenorm.enforce_stage_distribution_column('public.t', 'mix')")
        rows = admin.execute(
            """SELECT p.proname, p.prosrc, p.proconfig, p.prosecdef FROM pg_catalog.pg_proc AS p
                WHERE p.pronamespace = 'stagenorm'::regnamespace AND p.proname ~ '^_enforce_(row|cnt)_'""").fetchall()
    assert len(rows) == 4
    for row in rows:
        if row["proname"].startswith("_enforce_cnt_"):
            # the counting function writes stagenorm's tables: SECURITY DEFINER, pinned
            assert row["prosecdef"] and row["proconfig"] == ["search_path=pg_catalog, pg_temp"]
            continue
        assert not row["prosecdef"] and row["proconfig"] is None
        body = re.sub(r"--[^\n]*", "", row["prosrc"])
        body = body.replace(":=", " ").replace("<<probe>>", " ").replace("..", " ")  # PL/pgSQL syntax
        body = re.sub(r"\b(IF|ELSIF|WHILE)\s*\(", r"\1 ", body)
        assert unqualified(body) == [], row["proname"]
