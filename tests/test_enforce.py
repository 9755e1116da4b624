"""Enforcement in the database: enforce_stage_column and friends, from psql and psycopg."""

from __future__ import annotations

import subprocess
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

import psycopg
import pytest
from psycopg import errors, sql
from psycopg.rows import dict_row

from tests import harness
from tests.harness import wait_until

Conn = psycopg.Connection[dict[str, Any]]


def connect(url: str, **kw: Any) -> Conn:
    return psycopg.connect(url, autocommit=True, row_factory=dict_row, **kw)


@contextmanager
def sqlstate(code: str) -> Iterator[pytest.ExceptionInfo[psycopg.Error]]:
    """Like pytest.raises, for a SQLSTATE (stagenorm's SN class has no psycopg class)."""
    with pytest.raises(psycopg.Error) as caught:
        yield caught
    assert caught.value.sqlstate == code, caught.value


def set_mode(conn: Conn, mode: str) -> None:
    conn.execute("SELECT stagenorm.set_mode(%s, 'tester', 'test')", (mode,))


def psql(url: str, script: str) -> subprocess.CompletedProcess[str]:
    bindir = harness.find_pg_bindir()
    binary = str(bindir / "psql") if bindir else "psql"
    return subprocess.run(
        [binary, "-X", "-v", "ON_ERROR_STOP=0", "-v", "VERBOSITY=verbose", "-d", url],
        input=script, capture_output=True, text=True, timeout=120, check=False,
        env={"PGAPPNAME": "psql-test", "PATH": "/usr/bin:/bin"},
    )


@pytest.fixture
def deals(db_url: str) -> Iterator[Conn]:
    """A database with public.deals(stage text, mix jsonb), both enforced."""
    with connect(db_url) as conn:
        conn.execute("CREATE TABLE public.deals (id bigserial PRIMARY KEY, stage text, mix jsonb, note text)")
        assert conn.execute("SELECT stagenorm.enforce_stage_column('public.deals', 'stage') AS a").fetchone() == {
            "a": True}
        conn.execute("SELECT stagenorm.enforce_stage_distribution_column('public.deals', 'mix')")
        yield conn


@dataclass(frozen=True)
class Notice:
    severity: str
    message: str
    hint: str


def capture_notices(conn: Conn) -> list[Notice]:
    """Notices as plain values (a Diagnostic is only readable inside the callback)."""
    seen: list[Notice] = []
    conn.add_notice_handler(lambda d: seen.append(
        Notice(d.severity_nonlocalized or "", d.message_primary or "", d.message_hint or "")))
    return seen


def counts(conn: Conn, table: str = "public.deals") -> dict[str, int]:
    rows = conn.execute("SELECT outcome, count FROM stagenorm.value_counts_total() WHERE table_name = %s",
                        (table,)).fetchall()
    return {r["outcome"]: int(r["count"]) for r in rows}


def writers(conn: Conn) -> list[tuple[Any, ...]]:
    rows = conn.execute(
        """SELECT table_name, column_name::text, application_name, role::text, outcome, label,
                  sum(seen_count)::int AS seen
             FROM stagenorm.label_writer
            GROUP BY 1, 2, 3, 4, 5, 6 ORDER BY outcome, label"""
    ).fetchall()
    return [tuple(r.values()) for r in rows]


# -- through psql, the way a DBA or any client meets it ---------------------------------------


def test_modes_through_plain_psql(deals: Conn, db_url: str) -> None:
    warn = psql(db_url, """
        SELECT stagenorm.set_mode('warn', 'dba', 'psql test');
        INSERT INTO deals (stage) VALUES ('Series A'), ('seed'), ('seeed'), ('pre-seed');
        SELECT string_agg(stage, ',' ORDER BY id) FROM deals;
    """)
    assert "series_a,seed,seeed,pre_seed" in warn.stdout, warn.stderr
    assert "WARNING:  01000: unknown stage label \"seeed\"" in warn.stderr
    assert "HINT:  Did you mean seed?" in warn.stderr

    enforce = psql(db_url, """
        SELECT stagenorm.set_mode('enforce', 'dba', 'psql test');
        INSERT INTO deals (stage) VALUES ('seeed');
        INSERT INTO deals (stage) VALUES ('Series B');
        SELECT count(*) AS n FROM deals WHERE stage = 'seeed';
        SELECT string_agg(stage, ',' ORDER BY id) FROM deals;
    """)
    assert "ERROR:  SN001: unknown stage label \"seeed\" for public.deals.stage" in enforce.stderr
    assert "HINT:  Did you mean seed?" in enforce.stderr
    assert "series_a,seed,seeed,pre_seed,series_b" in enforce.stdout

    off = psql(db_url, """
        SELECT stagenorm.set_mode('off', 'dba', 'psql test');
        INSERT INTO deals (stage) VALUES ('seeed'), ('Series C'), ('whatever');
        \\copy deals (stage) FROM stdin
Late Stage
banana
\\.
        SELECT string_agg(stage, ',' ORDER BY id) FROM deals;
    """)
    assert "series_a,seed,seeed,pre_seed,series_b,seeed,Series C,whatever,Late Stage,banana" in off.stdout, off.stderr
    assert "WARNING" not in off.stderr and "ERROR" not in off.stderr

    copied = psql(db_url, """
        SELECT stagenorm.set_mode('warn', 'dba', 'psql test');
        \\copy deals (stage) FROM stdin
Growth
grwoth
\\.
        SELECT string_agg(stage, ',' ORDER BY id DESC) FROM (SELECT * FROM deals ORDER BY id DESC LIMIT 2) d;
    """)
    assert "grwoth,growth" in copied.stdout, copied.stderr
    assert "unknown stage label \"grwoth\"" in copied.stderr


def test_counts_and_writers_are_recorded_per_statement(deals: Conn, db_url: str) -> None:
    with connect(db_url) as admin:
        admin.execute("DROP ROLE IF EXISTS sn_writer")
        admin.execute("CREATE ROLE sn_writer LOGIN")
        admin.execute("GRANT INSERT, SELECT, UPDATE ON public.deals TO sn_writer")
        admin.execute("GRANT USAGE ON SEQUENCE public.deals_id_seq TO sn_writer")
    try:
        url = db_url.replace("postgres@", "sn_writer@", 1)
        with connect(url, application_name="billing-api") as app:
            app.execute("INSERT INTO deals (stage) VALUES ('Series A'), ('Series A'), ('seed'), ('seeed'), "
                        "('seeed'), (NULL), ('banana')")
            app.execute("INSERT INTO deals (stage) SELECT 'Seed' FROM generate_series(1, 5)")
            # a rolled-back statement counts nothing
            with app.transaction(force_rollback=True):
                app.execute("INSERT INTO deals (stage) VALUES ('seeed'), ('Series A')")
            with pytest.raises(psycopg.Error), app.transaction():
                app.execute("INSERT INTO deals (stage) VALUES ('Series B')")
                app.execute("SELECT 1/0")
        assert counts(deals) == {"validated": 11, "normalized": 7, "unknown": 3, "rejected": 0}
        assert writers(deals) == [
            ("public.deals", "stage", "billing-api", "sn_writer", "normalized", "Seed", 5),
            ("public.deals", "stage", "billing-api", "sn_writer", "normalized", "Series A", 2),
            ("public.deals", "stage", "billing-api", "sn_writer", "unknown", "banana", 1),
            ("public.deals", "stage", "billing-api", "sn_writer", "unknown", "seeed", 2),
        ]
        rows = deals.execute("SELECT count(*) AS n, sum(validated) AS v FROM stagenorm.value_count").fetchone()
        assert rows == {"n": 2, "v": 11}  # one row per statement, not per value
    finally:
        with connect(db_url) as admin:
            admin.execute("DROP OWNED BY sn_writer")
            admin.execute("DROP ROLE sn_writer")


def test_enforce_rejections_are_counted_although_rolled_back(deals: Conn) -> None:
    set_mode(deals, "enforce")
    for label in ("seeed", "banana", "x" * 100_000):
        with sqlstate("SN001") as caught:
            deals.execute("INSERT INTO deals (stage) VALUES (%s)", (label,))
        assert caught.value.diag.column_name == "stage"
        assert caught.value.diag.table_name == "deals"
        assert len(caught.value.diag.message_primary or "") < 300
    deals.execute("INSERT INTO deals (stage) VALUES ('Series A'), ('seed')")
    assert counts(deals) == {"validated": 2, "normalized": 1, "unknown": 0, "rejected": 3}
    enforced = deals.execute("SELECT column_name::text, kind, rejected FROM stagenorm.enforced_columns() "
                             "ORDER BY column_name").fetchall()
    assert [tuple(r.values()) for r in enforced] == [("mix", "distribution", 0), ("stage", "label", 3)]


def test_nulls_and_huge_labels(deals: Conn) -> None:
    huge = "seeed " * 200_000  # 1.2 MB
    deals.execute("INSERT INTO deals (stage, note) VALUES (NULL, 'n'), (%s, 'h'), ('', 'e')", (huge,))
    stored = {r["note"]: r["stage"] for r in deals.execute("SELECT note, stage FROM deals").fetchall()}
    assert stored == {"n": None, "h": huge, "e": ""}
    labels = deals.execute("SELECT length(label) AS n FROM stagenorm.label_writer ORDER BY 1").fetchall()
    assert [r["n"] for r in labels] == [0, 200]  # cut to 200 characters
    assert counts(deals)["validated"] == 2  # NULL is not a value to validate


def test_update_validates_only_a_changed_stage(deals: Conn) -> None:
    deals.execute("INSERT INTO deals (stage, note) VALUES ('legacy-unknown', 'a')")
    set_mode(deals, "enforce")
    deals.execute("UPDATE deals SET note = 'b'")  # the stage column is not touched
    deals.execute("UPDATE deals SET stage = stage, note = 'c'")  # touched but unchanged: kept
    with sqlstate("SN001"):
        deals.execute("UPDATE deals SET stage = 'seeed'")
    deals.execute("UPDATE deals SET stage = 'Series B'")
    assert deals.execute("SELECT stage, note FROM deals").fetchone() == {"stage": "series_b", "note": "c"}


def test_hostile_identifiers_and_labels(db_url: str) -> None:
    with connect(db_url) as conn:
        conn.execute('CREATE SCHEMA "Odd ""Schema"""')
        conn.execute('CREATE TABLE "Odd ""Schema"""."Deal ""Book""; DROP TABLE x; --" '
                     '(id serial, "Stage Name" text, "Mix; --" jsonb)')
        table = '"Odd ""Schema"""."Deal ""Book""; DROP TABLE x; --"'
        conn.execute("SELECT stagenorm.enforce_stage_column(%s, 'Stage Name')", (table,))
        conn.execute("SELECT stagenorm.enforce_stage_distribution_column(%s, 'Mix; --')", (table,))
        labels = ["Series A", "'; DROP TABLE stagenorm.mode_state; --", "$$ || pg_sleep(1) || $$",
                  "\\x00\u202e\U0001f680", "%s %I %L", "Seed\u00a0"]
        with conn.cursor() as cur:
            cur.executemany(sql.SQL('INSERT INTO {} ("Stage Name") VALUES (%s)').format(
                sql.SQL(table)), [(label,) for label in labels])
        stored = [r["Stage Name"] for r in conn.execute(
            sql.SQL('SELECT "Stage Name" FROM {} ORDER BY id').format(sql.SQL(table))).fetchall()]
        assert stored == ["series_a", *labels[1:5], "seed"]
        assert conn.execute("SELECT count(*) AS n FROM stagenorm.mode_state").fetchone() == {"n": 1}
        set_mode(conn, "enforce")
        with sqlstate("SN001") as caught:
            conn.execute(sql.SQL('INSERT INTO {} ("Mix; --") VALUES (%s)').format(sql.SQL(table)),
                         ('{"Seeed": 100}',))
        assert caught.value.diag.column_name == "Mix; --"
        tables = {r["table_name"] for r in conn.execute("SELECT table_name FROM stagenorm.value_counts_total()")}
        assert tables == {'"Odd ""Schema"""."Deal ""Book""; DROP TABLE x; --"'}
        assert conn.execute("SELECT stagenorm.release_stage_column(%s, 'Stage Name') AS r",
                            (table,)).fetchone() == {"r": True}


@pytest.mark.parametrize(("call", "sqlstate"), [
    ("SELECT stagenorm.enforce_stage_column('public.t', 'n')", "SN005"),  # integer column
    ("SELECT stagenorm.enforce_stage_column('public.t', 'j')", "SN005"),  # jsonb: use the distribution one
    ("SELECT stagenorm.enforce_stage_distribution_column('public.t', 's')", "SN005"),  # text
    ("SELECT stagenorm.enforce_stage_column('public.t', 'g')", "SN005"),  # generated
    ("SELECT stagenorm.enforce_stage_column('public.v', 's')", "SN005"),  # a view
    ("SELECT stagenorm.enforce_stage_column('stagenorm.mode_audit', 'actor')", "SN005"),
    ("SELECT stagenorm.enforce_stage_column('public.t', 'missing')", "SN003"),
    ("SELECT stagenorm.enforce_stage_column('public.t', NULL)", "SN003"),
    ("SELECT stagenorm.enforce_stage_column(NULL, 's')", "SN003"),
    ("SELECT stagenorm.enforce_stage_column('public.nope', 's')", "42P01"),
    ("SELECT stagenorm.release_stage_column(NULL, 's')", "SN003"),
])
def test_unsupported_targets_are_refused(db_url: str, call: str, sqlstate: str) -> None:
    with connect(db_url) as conn:
        conn.execute("CREATE TABLE public.t (n int, s text, j jsonb, v varchar(20), "
                     "g text GENERATED ALWAYS AS (s || 'x') STORED)")
        conn.execute("CREATE VIEW public.v AS SELECT s FROM public.t")
        with pytest.raises(psycopg.Error) as caught:
            conn.execute(call)
        assert caught.value.sqlstate == sqlstate
        if sqlstate.startswith("SN"):
            assert caught.value.diag.message_hint
        assert conn.execute("SELECT count(*) AS n FROM stagenorm.enforced_columns()").fetchone() == {"n": 0}


def test_varchar_and_domain_columns_are_accepted(db_url: str) -> None:
    with connect(db_url) as conn:
        conn.execute("CREATE DOMAIN stage_label AS text CHECK (length(VALUE) < 100)")
        conn.execute("CREATE TABLE public.t (v varchar(20), d stage_label)")
        conn.execute("SELECT stagenorm.enforce_stage_column('public.t', 'v')")
        conn.execute("SELECT stagenorm.enforce_stage_column('public.t', 'd')")
        conn.execute("INSERT INTO public.t VALUES ('Series A', 'Late Stage')")
        assert conn.execute("SELECT v, d FROM public.t").fetchone() == {"v": "series_a", "d": "late_stage"}


def test_attach_is_idempotent_and_release_removes_everything(deals: Conn) -> None:
    assert deals.execute("SELECT stagenorm.enforce_stage_column('deals', 'stage') AS a").fetchone() == {"a": False}
    triggers = deals.execute("SELECT count(*) AS n FROM pg_trigger WHERE tgrelid = 'deals'::regclass "
                             "AND NOT tgisinternal").fetchone()
    assert triggers == {"n": 4}  # row + count trigger, for stage and for mix
    with sqlstate("SN003"):
        deals.execute("SELECT stagenorm.release_stage_distribution_column('deals', 'stage')")
    assert deals.execute("SELECT stagenorm.release_stage_column('deals', 'stage') AS r").fetchone() == {"r": True}
    assert deals.execute("SELECT stagenorm.release_stage_column('deals', 'stage') AS r").fetchone() == {"r": False}
    left = deals.execute(
        """SELECT (SELECT count(*) FROM pg_trigger WHERE tgrelid = 'deals'::regclass AND NOT tgisinternal) AS t,
                  (SELECT count(*) FROM pg_proc WHERE proname ~ '^_enforce_row_deals_stage') AS f,
                  (SELECT count(*) FROM pg_class WHERE relname ~ '^_enforce_rej_deals_stage') AS s""").fetchone()
    assert left == {"t": 2, "f": 0, "s": 0}
    set_mode(deals, "enforce")
    deals.execute("INSERT INTO deals (stage) VALUES ('seeed')")  # no longer validated
    assert deals.execute("SELECT stage FROM deals").fetchone() == {"stage": "seeed"}


def test_a_mode_change_reaches_an_open_session_at_its_next_statement(deals: Conn, db_url: str) -> None:
    with connect(db_url) as writer, connect(db_url) as operator:
        writer.execute("BEGIN")
        writer.execute("INSERT INTO deals (stage) VALUES ('seeed')")  # warn: kept
        operator.execute("SET lock_timeout = '5s'")
        set_mode(operator, "enforce")  # does not wait for the writer's transaction
        with sqlstate("SN001"):
            writer.execute("INSERT INTO deals (stage) VALUES ('seeed')")
        writer.execute("ROLLBACK")
        set_mode(operator, "off")
        writer.execute("INSERT INTO deals (stage) VALUES ('Series A')")
        assert writer.execute("SELECT stage FROM deals").fetchone() == {"stage": "Series A"}


def test_the_default_mode_setting_applies_until_a_mode_is_set(deals: Conn) -> None:
    deals.execute("SET stagenorm.default_mode = 'enforce'")
    with sqlstate("SN001"):
        deals.execute("INSERT INTO deals (stage) VALUES ('seeed')")
    deals.execute("SET stagenorm.default_mode = 'off'")
    deals.execute("INSERT INTO deals (stage) VALUES ('Series A')")
    deals.execute("SET stagenorm.default_mode = 'nonsense'")  # invalid: warn
    deals.execute("INSERT INTO deals (stage) VALUES ('Series A')")
    assert [r["stage"] for r in deals.execute("SELECT stage FROM deals ORDER BY id")] == ["Series A", "series_a"]
    set_mode(deals, "warn")
    deals.execute("SET stagenorm.default_mode = 'enforce'")  # a mode was set: the setting no longer counts
    deals.execute("INSERT INTO deals (stage) VALUES ('seeed')")


def test_backfill_setting_skips_validation_for_admins_only(deals: Conn, db_url: str) -> None:
    set_mode(deals, "enforce")
    with deals.transaction():
        deals.execute("SET LOCAL stagenorm.in_backfill = 'on'")
        deals.execute("INSERT INTO deals (stage) VALUES ('seeed'), ('Series A')")
    assert [r["stage"] for r in deals.execute("SELECT stage FROM deals ORDER BY id")] == ["seeed", "Series A"]
    assert counts(deals).get("validated", 0) == 0
    with connect(db_url) as admin:
        admin.execute("DROP ROLE IF EXISTS sn_sneaky")
        admin.execute("CREATE ROLE sn_sneaky LOGIN")
        admin.execute("GRANT INSERT ON public.deals TO sn_sneaky")
        admin.execute("GRANT USAGE ON SEQUENCE public.deals_id_seq TO sn_sneaky")
    try:
        with connect(db_url.replace("postgres@", "sn_sneaky@", 1)) as sneaky:
            sneaky.execute("SET stagenorm.in_backfill = 'on'")
            with sqlstate("SN001"):
                sneaky.execute("INSERT INTO deals (stage) VALUES ('seeed')")
    finally:
        with connect(db_url) as admin:
            admin.execute("DROP OWNED BY sn_sneaky")
            admin.execute("DROP ROLE sn_sneaky")


def test_bulk_insert_warnings_are_sampled(deals: Conn) -> None:
    """200,000 rows, 150 distinct unknown labels: each distinct label is reported once
    (up to 100 per statement), repeats are not, and one last WARNING counts the rest."""
    notices = capture_notices(deals)
    deals.execute("""
        INSERT INTO deals (stage)
        SELECT CASE WHEN g % 4 = 0 THEN 'seeed'
                    WHEN g % 4 = 1 THEN 'junk-' || ((g / 4) % 150)
                    ELSE 'Series A' END
          FROM generate_series(1, 200000) AS g
    """)
    warnings = [n for n in notices if n.severity == "WARNING"]
    per_label = [n for n in warnings if n.message.startswith("unknown stage label")]
    first = [n for n in per_label if "(seen" not in n.message]
    repeats = [n for n in per_label if "(seen" in n.message]
    summary = [n for n in warnings if "were not reported one by one" in n.message]
    assert len(first) == 100  # the first 100 distinct labels, each once
    assert len({n.message for n in first}) == 100
    assert 1 <= len(repeats) <= 20  # the 10th, 100th, ... sighting of some
    assert all(("seen 10 times" in n.message or "seen 100 times" in n.message
                or "seen 1000 times" in n.message or "seen 10000 times" in n.message) for n in repeats)
    assert len(summary) == 1
    assert sum(1 for n in first if '"seeed"' in n.message) == 1
    assert f" {100_000 - len(per_label)} more unknown stage labels" in " " + summary[0].message
    # the record is exact
    seen = {r["label"]: r["n"] for r in deals.execute(
        "SELECT label, sum(seen_count)::int AS n FROM stagenorm.label_writer "
        "WHERE outcome = 'unknown' GROUP BY label")}
    assert seen["seeed"] == 50_000
    assert len(seen) == 151 and sum(seen.values()) == 100_000
    assert counts(deals) == {"validated": 200_000, "normalized": 100_000, "unknown": 100_000, "rejected": 0}

    # the next statement reports the labels that did not fit the first one's 100
    notices.clear()
    deals.execute("INSERT INTO deals (stage) SELECT 'junk-' || g FROM generate_series(0, 149) AS g")
    again = [n for n in notices if n.message.startswith("unknown stage label") and "(seen" not in n.message]
    assert len(again) == 151 - 100  # the distinct labels that did not fit were owed their first report


def test_concurrent_writers_never_wait_for_each_other(deals: Conn, db_url: str) -> None:
    """Two sessions write the same unknown and non-canonical labels with open transactions:
    counts and label records are insert-only, so neither waits (lock_timeout would fire)."""
    with connect(db_url, application_name="same-app") as a, connect(db_url, application_name="same-app") as b:
        for conn in (a, b):
            conn.execute("SET lock_timeout = '2s'")
            conn.execute("BEGIN")
        for _ in range(3):
            for conn in (a, b):
                conn.execute("INSERT INTO deals (stage) VALUES ('seeed'), ('Series A'), ('seed')")
        a.execute("COMMIT")
        b.execute("COMMIT")
    assert counts(deals) == {"validated": 18, "normalized": 6, "unknown": 6, "rejected": 0}


def test_compaction_merges_old_rows_without_changing_totals(deals: Conn, db_url: str) -> None:
    for _ in range(5):
        deals.execute("INSERT INTO deals (stage) VALUES ('seeed'), ('Series A'), ('seed')")
    before = counts(deals)
    deals.execute("UPDATE stagenorm.value_count SET minute = minute - interval '10 minutes'")
    deals.execute("UPDATE stagenorm.label_writer SET last_seen = last_seen - interval '10 minutes', "
                  "first_seen = first_seen - interval '10 minutes'")
    merged = deals.execute("SELECT stagenorm.value_counts_compact() AS n").fetchone()
    assert merged == {"n": 3}  # one value_count row, two label_writer rows
    assert deals.execute("SELECT count(*) AS n FROM stagenorm.value_count").fetchone() == {"n": 1}
    assert counts(deals) == before
    assert writers(deals) == [
        ("public.deals", "stage", "", "postgres", "normalized", "Series A", 5),
        ("public.deals", "stage", "", "postgres", "unknown", "seeed", 5),
    ]
    # a second compactor in another transaction does not wait: it returns 0
    deals.execute("BEGIN")
    deals.execute("SELECT stagenorm.value_counts_compact()")
    with connect(db_url) as other:
        assert other.execute("SELECT stagenorm.value_counts_compact() AS n").fetchone() == {"n": 0}
    deals.execute("COMMIT")
    # old minutes fold into one row per table
    deals.execute("UPDATE stagenorm.value_count SET minute = minute - interval '100 days'")
    deals.execute("SELECT stagenorm.value_counts_compact()")
    assert deals.execute("SELECT minute::text AS m FROM stagenorm.value_count").fetchone() == {"m": "-infinity"}
    assert counts(deals) == before


def test_distribution_columns(deals: Conn) -> None:
    notices = capture_notices(deals)
    deals.execute("""INSERT INTO deals (mix, note) VALUES
        ('{"Seed": 30, "Series A": 70}', 'valid'),
        ('[{"stage": "growth", "weight": 1}]', 'array'),
        ('{"Seeed": 30, "Series A": 70}', 'unknown'),
        ('{"Seed": 30, "Series A": 60}', 'sum'),
        ('"seed"', 'shape'),
        (NULL, 'null')""")
    stored = {r["note"]: r["mix"] for r in deals.execute("SELECT note, mix FROM deals").fetchall()}
    assert stored["valid"] == {"pre_seed": 0.0, "seed": 0.3, "series_a": 0.7, "series_b": 0.0,
                               "series_c": 0.0, "growth": 0.0, "late_stage": 0.0}
    assert stored["array"]["growth"] == 1.0
    assert stored["unknown"] == {"Seeed": 30, "Series A": 70}
    assert stored["sum"] == {"Seed": 30, "Series A": 60}
    assert stored["shape"] == "seed"
    assert stored["null"] is None
    messages = [n.message for n in notices]
    assert any('unknown stage label "Seeed"' in m for m in messages)
    assert any("invalid stage distribution" in m for m in messages)
    assert counts(deals) == {"validated": 5, "normalized": 2, "unknown": 1, "rejected": 0}
    assert [(w[4], w[5]) for w in writers(deals)] == [("normalized", "Seed"), ("normalized", "Series A"),
                                                      ("unknown", "Seeed")]
    set_mode(deals, "enforce")
    with sqlstate("SN001") as unknown:
        deals.execute("""INSERT INTO deals (mix) VALUES ('{"Seeed": 30, "Series A": 70}')""")
    assert "did you mean seed?" in (unknown.value.diag.message_hint or "")
    with sqlstate("SN003"):
        deals.execute("""INSERT INTO deals (mix) VALUES ('{"Seed": 30, "Series A": 60}')""")
    with sqlstate("SN003"):
        deals.execute("""INSERT INTO deals (mix) VALUES ('[1, 2, 3]')""")
    set_mode(deals, "off")
    deals.execute("""INSERT INTO deals (mix, note) VALUES ('{"Seeed": 1}', 'off')""")
    assert deals.execute("SELECT mix FROM deals WHERE note = 'off'").fetchone() == {"mix": {"Seeed": 1}}


def test_partitioned_table(db_url: str) -> None:
    with connect(db_url) as conn:
        conn.execute("CREATE TABLE public.p (id int, stage text) PARTITION BY RANGE (id)")
        conn.execute("CREATE TABLE public.p1 PARTITION OF public.p FOR VALUES FROM (0) TO (100)")
        conn.execute("CREATE TABLE public.p2 PARTITION OF public.p FOR VALUES FROM (100) TO (200)")
        conn.execute("SELECT stagenorm.enforce_stage_column('public.p', 'stage')")
        conn.execute("INSERT INTO public.p VALUES (1, 'Series A'), (150, 'Seed'), (160, 'seeed')")
        assert [r["stage"] for r in conn.execute("SELECT stage FROM public.p ORDER BY id")] == [
            "series_a", "seed", "seeed"]
        assert counts(conn, "public.p") == {"validated": 3, "normalized": 2, "unknown": 1, "rejected": 0}
        listed = conn.execute("SELECT table_name::text AS t FROM stagenorm.enforced_columns()").fetchall()
        assert listed == [{"t": "p"}]


def test_dropped_tables_leave_nothing_behind(deals: Conn) -> None:
    deals.execute("DROP TABLE deals")
    set_mode(deals, "enforce")  # regenerating drops the orphans
    left = deals.execute("""SELECT (SELECT count(*) FROM pg_proc WHERE proname ~ '^_enforce_row_') AS f,
                                   (SELECT count(*) FROM pg_class WHERE relname ~ '^_enforce_rej_') AS s""").fetchone()
    assert left == {"f": 0, "s": 0}


def test_application_roles_can_write_without_stagenorm_grants(deals: Conn, db_url: str) -> None:
    """The triggers run with their owner's rights: an application role needs nothing in
    schema stagenorm beyond what grants.sql gives PUBLIC, and cannot call the helpers."""
    with connect(db_url) as admin:
        admin.execute("DROP ROLE IF EXISTS sn_plain")
        admin.execute("CREATE ROLE sn_plain LOGIN")
        admin.execute("GRANT INSERT ON public.deals TO sn_plain")
        admin.execute("GRANT USAGE ON SEQUENCE public.deals_id_seq TO sn_plain")
    try:
        with connect(db_url.replace("postgres@", "sn_plain@", 1)) as app:
            app.execute("INSERT INTO deals (stage) VALUES ('Series A'), ('seeed')")
            for forbidden in ("SELECT stagenorm._enforce_take('x')",
                              "SELECT stagenorm.value_counts_compact()",
                              "SELECT * FROM stagenorm.label_writer",
                              "SELECT stagenorm.enforce_stage_column('public.deals', 'note')",
                              "INSERT INTO stagenorm.value_count (minute, table_name) VALUES (now(), 'x')",
                              # the counts tell which tables are enforced: stagenorm_monitor only
                              "SELECT outcome FROM stagenorm.value_counts_total()"):
                with pytest.raises(errors.InsufficientPrivilege):
                    app.execute(forbidden)
        with connect(db_url) as admin:
            admin.execute("GRANT stagenorm_monitor TO sn_plain")
        with connect(db_url.replace("postgres@", "sn_plain@", 1)) as app:
            assert {r["outcome"] for r in app.execute("SELECT outcome FROM stagenorm.value_counts_total()")} == {
                "validated", "normalized", "unknown", "rejected"}
    finally:
        with connect(db_url) as admin:
            admin.execute("DROP OWNED BY sn_plain")
            admin.execute("DROP ROLE sn_plain")


def test_enforce_and_set_mode_concurrently(deals: Conn, db_url: str) -> None:
    """enforce_stage_column takes the mode row FOR SHARE: a set_mode in flight makes it wait,
    and the new column is generated for the mode that set_mode committed."""
    deals.execute("CREATE TABLE public.late (stage text)")
    with connect(db_url) as operator, connect(db_url) as attacher:
        attacher_pid = attacher.execute("SELECT pg_backend_pid() AS p").fetchone()["p"]  # type: ignore[index]
        operator.execute("BEGIN")
        set_mode(operator, "enforce")
        done = threading.Event()

        def attach() -> None:
            attacher.execute("SELECT stagenorm.enforce_stage_column('public.late', 'stage')")
            done.set()

        thread = threading.Thread(target=attach)
        thread.start()
        wait_until(lambda: deals.execute("SELECT wait_event_type FROM pg_stat_activity WHERE pid = %s",
                                         (attacher_pid,)).fetchone() == {"wait_event_type": "Lock"},
                   10, "enforce_stage_column waiting for set_mode")
        operator.execute("COMMIT")
        thread.join(10)
        assert done.is_set()
    with sqlstate("SN001"):
        deals.execute("INSERT INTO public.late VALUES ('seeed')")
