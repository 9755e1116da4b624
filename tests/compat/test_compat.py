"""The compatibility suite: what a user does first, on every server stagenorm must run on.

Each test runs once per target of ``tests/compat/conftest.py`` (PostgreSQL 14, 16, 17, 18
without PL/Python; 15 as a database owner that is not superuser; 15 behind PgBouncer in
transaction mode). Small data: the full checks of each feature run on Debian's 15 in the
rest of the suite; here the question is whether the same answers come out everywhere.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import timedelta
from typing import Any

import psycopg
from hypothesis import strategies as st
from psycopg import sql
from psycopg.rows import dict_row

import stagenorm
from stagenorm import db
from stagenorm.migrations import head_revision
from stagenorm.taxonomy import normalize_stage as reference
from tests.compat.conftest import REPO, Target
from tests.harness import wait_until
from tests.test_backfill import (
    assert_normalized_and_logged,
    backend_waits_for_a_lock,
    call,
    in_thread,
    job_row,
    make_table,
    rows_of,
)
from tests.test_parity import (
    BATCHES,
    CASES,
    RNG_LABELS_PER_BATCH,
    _as_json,
    _tolerance_text,
    collect,
    differences,
    labels_from,
    misspellings,
    sql_map,
)
from tests.test_rules import HELD_OUT
from tests.test_taxonomy_sql import VECTORS

Conn = psycopg.Connection[dict[str, Any]]
GENERATED_LABELS = 1500  # the full 10,000 run on 15 in tests/test_parity.py
MINUTE = timedelta(minutes=1)


def connect(url: str) -> Conn:
    return psycopg.connect(url, autocommit=True, row_factory=dict_row)


def run(*cmd: str, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    base = {"PATH": os.environ.get("PATH", "/usr/bin:/bin"), "HOME": os.environ.get("HOME", "/")}
    return subprocess.run([sys.executable, *cmd], cwd=REPO, env={**base, **env}, capture_output=True,
                          text=True, timeout=300, check=False)


def sqlstate_of(conn: Conn, query: str, *params: Any) -> str | None:
    try:
        conn.execute(query, params or None)
    except psycopg.Error as exc:
        return exc.sqlstate
    return None


# --------------------------------------------------------------------------- install


def test_alembic_upgrade_head_from_scratch(target: Target) -> None:
    """`alembic upgrade head` by the owner into an empty database: head, the implementation
    the server allows, and the roles and grants of a normal install."""
    name = f"compat_scratch_{target.name.replace('-', '_')}"
    target.create_database(name)
    try:
        if target.pooler is not None:  # the pooled URL is refused, cleanly, before anything
            refused = run("-m", "alembic", "upgrade", "head", env={"DATABASE_URL": target.app_url(name)})
            assert refused.returncode != 0
            assert "direct connection" in refused.stderr and "Traceback" not in refused.stderr, refused.stderr
            with connect(target.direct_url(name)) as conn:
                assert conn.execute("SELECT to_regnamespace('stagenorm') AS s").fetchone() == {"s": None}
        done = run("-m", "alembic", "upgrade", "head", env={"DATABASE_URL": target.direct_url(name)})
        assert done.returncode == 0, done.stderr[-3000:]
        assert "Traceback" not in done.stderr
        with connect(target.app_url(name)) as conn:
            assert db.one(conn, "preflight_alembic_version")["version"] == head_revision()
            assert conn.execute("SELECT stagenorm.implementation() AS i").fetchone() == {
                "i": target.expected_implementation}
            assert conn.execute("SELECT current_setting('server_version_num')::int / 10000 AS m").fetchone() == {
                "m": target.major}
            assert conn.execute("SELECT stagenorm.normalize_stage('Series B-2 ext') AS k").fetchone() == {
                "k": "series_b"}
        again = run("-m", "alembic", "upgrade", "head", env={"DATABASE_URL": target.direct_url(name)})
        assert again.returncode == 0, again.stderr[-3000:]
    finally:
        target.drop_database(name)


# --------------------------------------------------------------------------- the rules


def test_spec_and_held_out_and_generated_labels_through_sql(target: Target, shared_db: str) -> None:
    held_out = [(label, key) for label, key in HELD_OUT if "\x00" not in label]
    specified = VECTORS + held_out
    generated = list(dict.fromkeys(labels_from(collect(BATCHES, GENERATED_LABELS // RNG_LABELS_PER_BATCH))))
    labels = [label for label, _ in specified] + generated
    with connect(target.app_url(shared_db)) as conn:
        answers = sql_map(conn, "normalize_stage", labels)
    # The same answers as Python (whose agreement with the spec is tests/test_rules.py's job).
    assert differences(labels, answers, stagenorm.normalize_stage) == []
    assert sum(1 for key in answers if key is not None) > len(labels) // 4


def test_suggestions_through_sql(target: Target, shared_db: str) -> None:
    sample = list(dict.fromkeys(labels_from(collect(BATCHES, 4))))[:200] + misspellings(2)
    with connect(target.app_url(shared_db)) as conn:
        suggested = sql_map(conn, "suggest_stages", sample)
    assert differences(sample, suggested, stagenorm.suggest_stages) == []
    assert sum(1 for s in suggested if s) > len(sample) // 4


def test_distributions_through_sql(target: Target, shared_db: str) -> None:
    cases = [case for batch in collect(st.lists(CASES, min_size=10, max_size=10), 10) for case in batch]
    with connect(target.app_url(shared_db)) as conn:
        rows = conn.execute(
            "SELECT v::text AS doc, stagenorm.parse_stage_distribution(v, s, t::numeric)::text AS result "
            "FROM unnest(%(v)s::text[]::jsonb[], %(s)s::text[], %(t)s::text[]) "
            "WITH ORDINALITY AS x(v, s, t, i) ORDER BY i",
            {"v": [json.dumps(value) for value, _, _ in cases], "s": [s for _, s, _ in cases],
             "t": [_tolerance_text(t) for _, _, t in cases]},
        ).fetchall()
    mismatches = []
    for (_value, scale, tolerance), row in zip(cases, rows, strict=True):
        sql = json.loads(row["result"])
        python = _as_json(stagenorm.parse_stage_distribution(json.loads(row["doc"]), scale, tolerance))
        if sql != python:
            mismatches.append((row["doc"][:200], scale, tolerance, sql, python))
    assert mismatches == []
    assert 0 < sum(json.loads(r["result"])["is_valid"] for r in rows) < len(rows)


def test_taxonomy_change_names_what_holds_old_answers(target: Target, compat_db: str) -> None:
    """add_alias rebuilds the normalizer and lists what stored its answers. The catalogs
    differ here: up to PostgreSQL 14 a stored generated column depends on normalize_stage
    through pg_depend's column entry (pg_class, objsubid), from 15 through pg_attrdef."""
    notices: list[tuple[str | None, str | None]] = []
    with connect(target.app_url(compat_db)) as conn:
        conn.add_notice_handler(lambda d: notices.append((d.message_detail, d.message_hint)))
        conn.execute(
            "CREATE TABLE public.deals (id integer PRIMARY KEY, stage text, "
            " stage_key text GENERATED ALWAYS AS (stagenorm.normalize_stage(stage)) STORED)")
        conn.execute("CREATE INDEX deals_by_key ON public.deals (stagenorm.normalize_stage(stage))")
        conn.execute("INSERT INTO public.deals (id, stage) VALUES (1, 'seedling round')")
        conn.execute("SELECT * FROM stagenorm.add_alias('seedling', 'seed', 'tester', 'compat')")
        assert conn.execute("SELECT stagenorm.normalize_stage('Seedling round') AS k").fetchone() == {"k": "seed"}
    assert len(notices) == 1, notices
    detail, hint = notices[0][0] or "", notices[0][1] or ""
    assert "generated column public.deals.stage_key" in detail
    assert "index public.deals_by_key" in detail
    assert "UPDATE public.deals SET stage_key = DEFAULT;" in hint


# --------------------------------------------------------------------------- enforcement


def test_warn_then_enforce_on_a_table(target: Target, compat_db: str) -> None:
    """Writes go through the enforcement trigger the way applications write (through the
    pooler where there is one): warn lets an unknown label in, enforce refuses it (SN001)."""
    with connect(target.app_url(compat_db)) as conn:
        conn.execute("CREATE TABLE public.deals (id bigserial PRIMARY KEY, stage text)")
        assert conn.execute("SELECT stagenorm.enforce_stage_column('public.deals', 'stage') AS a"
                            ).fetchone() == {"a": True}
        conn.execute("SELECT stagenorm.set_mode('warn', 'tester', 'compat')")
        conn.execute("INSERT INTO public.deals (stage) VALUES ('Series A'), ('Seris Qx')")
        conn.execute("SELECT stagenorm.set_mode('enforce', 'tester', 'compat')")
        assert sqlstate_of(conn, "INSERT INTO public.deals (stage) VALUES ('Seris Qx')") == "SN001"
        assert sqlstate_of(conn, "UPDATE public.deals SET stage = 'nonsense round' WHERE id = 1") == "SN001"
        conn.execute("INSERT INTO public.deals (stage) VALUES ('pre-seed')")
        stored = [r["stage"] for r in conn.execute("SELECT stage FROM public.deals ORDER BY id")]
        assert stored[0] in ("Series A", "series_a") and stored[1] == "Seris Qx" and len(stored) == 3
        counts = {r["outcome"]: r["n"] for r in conn.execute(
            "SELECT outcome, sum(count)::int AS n FROM stagenorm.value_counts_total() "
            "WHERE table_name = 'public.deals' GROUP BY outcome")}
        assert counts.get("unknown", 0) >= 1 and counts.get("validated", 0) >= 3, counts


# --------------------------------------------------------------------------- batched normalization


def test_batched_normalization_killed_resumed_then_reverted(target: Target, compat_db: str) -> None:
    """CALL normalize_batched (over the direct URL: it holds a session lock across commits)
    killed mid-batch with pg_terminate_backend, called again, then reverted to the bytes."""
    url = target.direct_url(compat_db)
    rows = 3000
    with connect(url) as conn:
        if not target.superuser:  # the documented step: the operator joins stagenorm_admin
            conn.execute(sql.SQL("GRANT stagenorm_admin TO {}").format(sql.Identifier(target.owner)))
        make_table(conn, "deals", rows, "bigint")
        before = rows_of(conn, "deals")
    ordered = sorted(int(k) for k in before)
    blocked = next(k for k in ordered[1700:]
                   if reference(before[str(k)][0]) not in (None, before[str(k)][0]))
    blocker, runner = connect(url), connect(url)
    try:
        blocker.execute("BEGIN")
        blocker.execute("SELECT 1 FROM deals WHERE id = %s FOR UPDATE", [blocked])
        pid = runner.info.backend_pid
        with (in_thread(lambda: call(runner, "deals", batch_size=500, lock_timeout="10 minutes")) as result,
              connect(url) as watcher):
            wait_until(lambda: result["error"] is not None or backend_waits_for_a_lock(watcher, pid), 120,
                       "the batch to wait for the lock")
            assert result["error"] is None, result["error"]  # the CALL failed before its batch
            assert watcher.execute("SELECT pg_terminate_backend(%s) AS done", [pid]).fetchone() == {"done": True}
        assert isinstance(result["error"], psycopg.OperationalError), result["error"]
    finally:
        blocker.close()
        runner.close()
    with connect(url) as conn:
        job = job_row(conn)
        committed = ordered.index(blocked) // 500 * 500
        assert (job["status"], job["rows_scanned"]) == ("running", committed)
        call(conn, "deals", batch_size=500)
        job = job_row(conn)
        assert job["runs"] == 2
        assert_normalized_and_logged(conn, "deals", before, job["id"])
        # The transaction-block refusal (SN006) holds on every server, PL/Python or not.
        # (two statements in one message: an implicit transaction block, so the CALL cannot commit)
        assert sqlstate_of(
            conn, f"DO $$ BEGIN CALL stagenorm.revert_batched({int(job['id'])}); END $$; SELECT 1") == "SN006"
        conn.execute("ROLLBACK")
        conn.execute("CALL stagenorm.revert_batched(%s)", [job["id"]])
        assert rows_of(conn, "deals") == before


# --------------------------------------------------------------------------- the gate


def test_promotion_gate(target: Target, compat_db: str) -> None:
    with connect(target.app_url(compat_db)) as conn:
        row = conn.execute("SELECT date_trunc('minute', clock_timestamp()) AS t").fetchone()
        assert row is not None
        end = row["t"]
        conn.execute("INSERT INTO stagenorm.mode_audit (old_mode, new_mode, actor, reason, source, changed_at) "
                     "VALUES ('off', 'warn', 'tester', 'constructed', 'test', %s)", [end - 40 * MINUTE])
        conn.execute("UPDATE stagenorm.mode_state SET mode = 'warn', changed_at = %s, changed_by = 'tester'",
                     [end - 40 * MINUTE])
        for back in range(1, 31):
            conn.execute("INSERT INTO stagenorm.value_count (minute, table_name, validated, unknown) "
                         "VALUES (%s, 'public.deals', 100, 0)", [end - back * MINUTE])
        green = conn.execute("SELECT * FROM stagenorm.promotion_gate(%s)", [end]).fetchone()
        assert green is not None and green["green"] is True, green
        conn.execute("INSERT INTO stagenorm.value_count (minute, table_name, validated, unknown) "
                     "VALUES (%s, 'public.other', 100, 100)", [end - 2 * MINUTE])
        red = conn.execute("SELECT * FROM stagenorm.promotion_gate(%s)", [end]).fetchone()
        assert red is not None and red["green"] is False, red
        assert sqlstate_of(conn, "SELECT * FROM stagenorm.promote_mode('enforce', 'tester', 'compat')") == "SN008"


# --------------------------------------------------------------------------- preflight


def test_stagenorm_preflight(target: Target, compat_db: str) -> None:
    """`stagenorm preflight` on the URL applications use passes on a fresh install."""
    done = run("-m", "stagenorm.cli", "preflight", env={
        "DATABASE_URL": target.app_url(compat_db), "STAGE_VALIDATION_MODE": "warn",
        "ALERTMANAGER_WEBHOOK_SECRET": "whsec_" + "A" * 40})
    assert done.returncode == 0, done.stdout + done.stderr
    assert "preflight: ok" in done.stdout
