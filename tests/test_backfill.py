"""Batched normalization in SQL: CALL stagenorm.normalize_batched / revert_batched.

Every test gets a fresh migrated database (``db_url``): the procedures commit. Rows
are compared with the Python reference (``stagenorm.taxonomy.normalize_stage``, the
pure rules with the default taxonomy), reverts with the original bytes.
"""

from __future__ import annotations

import threading
import uuid
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from typing import Any

import psycopg
import pytest
from psycopg import sql
from psycopg.rows import dict_row

from benchmarks.labels import labels as messy_labels
from stagenorm.taxonomy import normalize_stage as reference
from tests.harness import wait_until

Conn = psycopg.Connection[dict[str, Any]]

# Labels a table really holds, beyond the generator's: hostile ones included.
HOSTILE_LABELS: tuple[str | None, ...] = (
    None, "", "   ", "Seed", "SEED", " seed ", "Series\u00a0A", "Série A", "Series \u2013 A", "Seires A",
    "seed\u200b", "'; DROP TABLE deals; --", "Robert'); DROP TABLE students;--", "\\x00", "%s %(x)s",
    "🚀 Series A", "Series A" * 500, "x" * 100_000, "Pre-Seed\n", "\t\tgrowth", "series_a",
)


def labels_for(rows: int, seed: int = 7) -> list[str | None]:
    """Messy labels, the hostile ones spread through the table."""
    out = messy_labels(rows, seed=seed)
    for i, label in enumerate(HOSTILE_LABELS):
        out[(i * 7919) % rows] = label
    return out


def keys_for(key_type: str, rows: int) -> list[Any]:
    if key_type == "text":
        # Quotes, spaces, an empty key, non-ASCII: text keys as clients make them.
        return [f"k{i:06d} 'é\"" if i % 3 else f"{i}" for i in range(1, rows)] + [""]
    if key_type == "integer":
        return [i * 7 - 50_000 for i in range(rows)]
    if key_type == "bigint":
        return [2**62 - i * 1_000_003 for i in range(rows)]
    if key_type == "uuid":
        return [uuid.UUID(int=(i * 0x9E3779B97F4A7C15) % 2**128) for i in range(rows)]
    raise AssertionError(key_type)


def connect(url: str, **kw: Any) -> Conn:
    return psycopg.connect(url, autocommit=True, row_factory=dict_row, **kw)


def make_table(conn: Conn, name: str, rows: int, key_type: str = "bigint",
               labels: Sequence[str | None] | None = None, column: str = "stage", key: str = "id") -> None:
    """A table with a single-column primary key, the label column and two other columns."""
    table, col, keycol = sql.Identifier(name), sql.Identifier(column), sql.Identifier(key)
    conn.execute(sql.SQL("CREATE TABLE {} ({} {} PRIMARY KEY, {} text, amount numeric, note text)").format(
        table, keycol, sql.SQL(key_type), col))
    values = labels_for(rows) if labels is None else list(labels)
    with conn.cursor().copy(sql.SQL("COPY {} ({}, {}, amount, note) FROM STDIN").format(table, keycol, col)) as cp:
        for i, (k, label) in enumerate(zip(keys_for(key_type, len(values)), values, strict=True)):
            cp.write_row((k, label, i * 1.25, f"note {i} ✓"))
    conn.execute(sql.SQL("ANALYZE {}").format(table))


def rows_of(conn: Conn, name: str, column: str = "stage", key: str = "id") -> dict[str, tuple[Any, ...]]:
    """key (as text) -> (label, amount, note), exactly as stored."""
    query = sql.SQL("SELECT {}::text AS k, {} AS v, amount, note FROM {}").format(
        sql.Identifier(key), sql.Identifier(column), sql.Identifier(name))
    return {r["k"]: (r["v"], r["amount"], r["note"]) for r in conn.execute(query)}


def expected_after(before: dict[str, tuple[Any, ...]]) -> dict[str, tuple[Any, ...]]:
    out = {}
    for k, (label, amount, note) in before.items():
        key = reference(label)
        out[k] = (key if key is not None else label, amount, note)
    return out


def job_row(conn: Conn, job_id: int | None = None) -> dict[str, Any]:
    if job_id is None:
        row = conn.execute("SELECT * FROM stagenorm.backfill_job ORDER BY id DESC LIMIT 1").fetchone()
    else:
        row = conn.execute("SELECT * FROM stagenorm.backfill_job WHERE id = %s", [job_id]).fetchone()
    assert row is not None
    return row


def changes(conn: Conn, job_id: int) -> list[dict[str, Any]]:
    return conn.execute("SELECT * FROM stagenorm.backfill_changes(%s)", [job_id]).fetchall()


def call(conn: Conn, table: str, column: str = "stage", **params: Any) -> None:
    args = [sql.SQL("{}::regclass").format(sql.Literal(sql.Identifier(table).as_string(conn))),
            sql.SQL("{}::name").format(sql.Literal(column))]
    args += [sql.SQL("{} => {}").format(sql.Identifier(k), sql.Literal(v)) for k, v in params.items()]
    conn.execute(sql.SQL("CALL stagenorm.normalize_batched({})").format(sql.SQL(", ").join(args)))


def advisory_locks(conn: Conn) -> int:
    return int(conn.execute("SELECT count(*) AS n FROM pg_locks WHERE locktype = 'advisory'").fetchone()["n"])


def sqlstate_of(fn: Callable[[], object]) -> str | None:
    with pytest.raises(psycopg.Error) as info:
        fn()
    return info.value.sqlstate


@contextmanager
def in_thread(fn: Callable[[], None]) -> Iterator[dict[str, BaseException | None]]:
    """Run ``fn`` in a thread; the block waits for it and sees its exception (if any)."""
    result: dict[str, BaseException | None] = {"error": None}

    def target() -> None:
        try:
            fn()
        except BaseException as exc:  # handed to the test
            result["error"] = exc

    thread = threading.Thread(target=target, daemon=True)
    thread.start()
    try:
        yield result
    finally:
        thread.join(120)
        assert not thread.is_alive(), "the CALL did not return"


def assert_normalized_and_logged(conn: Conn, table: str, before: dict[str, tuple[Any, ...]], job_id: int) -> None:
    after = rows_of(conn, table)
    assert after == expected_after(before)
    log = changes(conn, job_id)
    keys = [c["key"] for c in log]
    assert len(keys) == len(set(keys)), "a row was changed twice"
    changed = {k for k in before if before[k][0] != after[k][0]}
    assert set(keys) == changed
    for c in log:
        assert c["old_value"] == before[c["key"]][0]
        assert c["new_value"] == after[c["key"]][0] == reference(c["old_value"])
    job = job_row(conn, job_id)
    assert job["status"] == "done"
    assert job["rows_scanned"] == len(before)
    assert job["rows_changed"] == len(changed)
    assert job["rows_null"] == sum(1 for v in before.values() if v[0] is None)
    assert job["rows_unknown"] == sum(1 for v in before.values() if v[0] is not None and reference(v[0]) is None)
    by_stage: dict[str, int] = {}
    for c in log:
        by_stage[c["new_value"]] = by_stage.get(c["new_value"], 0) + 1
    summed = conn.execute("SELECT * FROM stagenorm.backfill_changed_by_stage(%s)", [job_id]).fetchall()
    assert {r["stage"]: r["rows"] for r in summed} == by_stage
    assert [r["rows"] for r in summed] == sorted(by_stage.values(), reverse=True)
    assert advisory_locks(conn) == 0


# --------------------------------------------------------------------------- the job


@pytest.mark.parametrize("key_type", ["text", "integer", "bigint", "uuid"])
def test_every_row_is_normalized_like_the_reference_then_reverted_to_the_bytes(db_url: str, key_type: str) -> None:
    with connect(db_url) as conn:
        make_table(conn, "deals", 6000, key_type)
        before = rows_of(conn, "deals")
        call(conn, "deals", batch_size=700)
        job = job_row(conn)
        assert_normalized_and_logged(conn, "deals", before, job["id"])
        assert job["batches"] == 9  # 8 full batches of 700, then the last 400
        conn.execute("CALL stagenorm.revert_batched(%s)", [job["id"]])
        assert rows_of(conn, "deals") == before
        job = job_row(conn, job["id"])
        assert (job["status"], job["rows_reverted"], job["rows_revert_skipped"]) == (
            "reverted", job["rows_changed"], 0)
        assert {c["revert"] for c in changes(conn, job["id"])} == {"reverted"}


def test_unknown_labels_are_left_alone_counted_and_listed_with_suggestions(db_url: str) -> None:
    long_label = "Seires A" + "!" * 5000
    many = [f"mystery label {i}" for i in range(1100)]  # more distinct labels than are listed
    values = ["Seires A"] * 30 + ["TBD"] * 20 + [long_label, None, "", "Seed"] + many
    with connect(db_url) as conn:
        make_table(conn, "deals", len(values), "integer", labels=values)  # keys in the list's order
        call(conn, "deals", batch_size=100)
        job = job_row(conn)
        assert job["rows_unknown"] == len(values) - 2  # all but NULL and Seed
        listed = conn.execute("SELECT * FROM stagenorm.backfill_unknowns(%s)", [job["id"]]).fetchall()
        assert len(listed) == 1000
        assert job["unknown_unlisted"] == job["rows_unknown"] - sum(r["rows"] for r in listed)
        first = {r["label"]: r for r in listed[:2]}
        assert first["Seires A"]["rows"] == 30 and first["Seires A"]["suggestions"] == ["series_a"]
        assert first["TBD"]["rows"] == 20 and first["TBD"]["suggestions"] == []
        by_label = {r["label"]: r for r in listed}
        assert long_label[:200] in by_label  # cut to 200 characters in the list
        assert "" in by_label and None not in by_label
        # The table still holds every unknown label as it was.
        stored = {r["stage"] for r in conn.execute("SELECT stage FROM deals")}
        assert long_label in stored and "Seires A" in stored and "seed" in stored and "Seed" not in stored
        assert sqlstate_of(lambda: conn.execute("SELECT * FROM stagenorm.backfill_unknowns(999)")) == "SN007"


def test_dry_run_writes_nothing_not_even_a_checkpoint(db_url: str) -> None:
    with connect(db_url) as conn:
        make_table(conn, "deals", 3000)
        before = rows_of(conn, "deals")
        call(conn, "deals", batch_size=500, dry_run=True)
        dry = job_row(conn)
        assert rows_of(conn, "deals") == before
        assert conn.execute("SELECT count(*) AS n FROM stagenorm.backfill_change").fetchone()["n"] == 0
        assert (dry["dry_run"], dry["status"], dry["last_key"]) == (True, "done", None)
        # A real run afterwards starts from the beginning (it does not resume the dry run)
        # and does what the dry run said it would.
        call(conn, "deals", batch_size=500)
        real = job_row(conn)
        assert real["id"] != dry["id"] and real["runs"] == 1
        for field in ("rows_scanned", "rows_changed", "rows_unknown", "rows_null", "unknown_labels"):
            assert real[field] == dry[field], field
        by_stage = "SELECT * FROM stagenorm.backfill_changed_by_stage(%s)"
        would = conn.execute(by_stage, [dry["id"]]).fetchall()
        assert would and would == conn.execute(by_stage, [real["id"]]).fetchall()
        assert (dry["dry_run_by_stage"] != {}, real["dry_run_by_stage"]) == (True, {})
        assert sqlstate_of(lambda: conn.execute(by_stage, [999])) == "SN007"
        assert sqlstate_of(lambda: conn.execute("CALL stagenorm.revert_batched(%s)", [dry["id"]])) == "SN007"


def test_a_stopped_job_resumes_after_its_last_committed_batch(db_url: str) -> None:
    with connect(db_url) as conn:
        make_table(conn, "deals", 5000, "text")
        before = rows_of(conn, "deals")
        call(conn, "deals", batch_size=400, max_batches=3)
        job = job_row(conn)
        assert (job["status"], job["batches"], job["rows_scanned"]) == ("paused", 3, 1200)
        assert job["last_key"] == conn.execute(
            "SELECT max(id) AS k FROM (SELECT id FROM deals ORDER BY id LIMIT 1200) s").fetchone()["k"]
        assert advisory_locks(conn) == 0
        call(conn, "deals", batch_size=900)  # resumes, with a new batch size
        job = job_row(conn)
        assert (job["runs"], job["batch_size"]) == (2, 900)
        assert conn.execute("SELECT count(*) AS n FROM stagenorm.backfill_job").fetchone()["n"] == 1
        assert_normalized_and_logged(conn, "deals", before, job["id"])


def test_calling_again_after_done_starts_a_new_job_that_changes_nothing(db_url: str) -> None:
    with connect(db_url) as conn:
        make_table(conn, "deals", 1000)
        call(conn, "deals")
        call(conn, "deals")
        first, second = conn.execute("SELECT * FROM stagenorm.backfill_job ORDER BY id").fetchall()
        assert first["rows_changed"] > 0
        assert (second["rows_changed"], second["rows_scanned"], second["status"]) == (0, 1000, "done")


# --------------------------------------------------------------------------- refusals


def test_refuses_inside_a_transaction_block_before_doing_anything(db_url: str) -> None:
    with connect(db_url) as conn:
        make_table(conn, "deals", 100)
    with psycopg.connect(db_url) as conn:  # not autocommit: psycopg opened a transaction
        assert sqlstate_of(lambda: conn.execute("CALL stagenorm.normalize_batched('deals', 'stage')")) == "SN006"
        conn.rollback()
        assert sqlstate_of(lambda: conn.execute("CALL stagenorm.revert_batched(1)")) == "SN006"
        conn.rollback()
    with connect(db_url) as conn:
        # One message with BEGIN: an implicit transaction block, the CALL cannot commit either.
        assert sqlstate_of(lambda: conn.execute(
            "BEGIN; CALL stagenorm.normalize_batched('deals', 'stage'); COMMIT;")) == "SN006"
        conn.execute("ROLLBACK")
        with pytest.raises(psycopg.Error) as info:
            conn.execute("DO $$ BEGIN CALL stagenorm.normalize_batched('deals', 'stage'); END $$; SELECT 1")
        assert info.value.sqlstate == "SN006"
        assert info.value.diag.message_hint and "autocommit" in info.value.diag.message_hint
        conn.execute("ROLLBACK")
        assert conn.execute("SELECT count(*) AS n FROM stagenorm.backfill_job").fetchone()["n"] == 0
        assert advisory_locks(conn) == 0
        # ... while a DO block at top level may CALL it.
        conn.execute("DO $$ BEGIN CALL stagenorm.normalize_batched('deals', 'stage'); END $$")
        assert job_row(conn)["status"] == "done"


def test_refuses_from_a_function_and_runs_from_a_procedure_called_on_its_own(db_url: str) -> None:
    """The refusal is plain PL/pgSQL (no PL/Python): a function is always atomic, so a
    function calling the procedure is refused, even in autocommit; a procedure that calls
    it, CALLed on its own, may commit and so may it."""
    with connect(db_url) as conn:
        make_table(conn, "deals", 100)
        conn.execute("CREATE FUNCTION run_it() RETURNS void LANGUAGE plpgsql "
                     "AS $$ BEGIN CALL stagenorm.normalize_batched('deals', 'stage'); END $$")
        conn.execute("CREATE FUNCTION undo_it() RETURNS void LANGUAGE plpgsql "
                     "AS $$ BEGIN CALL stagenorm.revert_batched(1); END $$")
        conn.execute("CREATE PROCEDURE wrapper() LANGUAGE plpgsql "
                     "AS $$ BEGIN CALL stagenorm.normalize_batched('deals', 'stage'); END $$")
        assert sqlstate_of(lambda: conn.execute("SELECT run_it()")) == "SN006"
        assert sqlstate_of(lambda: conn.execute("SELECT undo_it()")) == "SN006"
        assert conn.execute("SELECT count(*) AS n FROM stagenorm.backfill_job").fetchone()["n"] == 0
        assert sqlstate_of(lambda: conn.execute("CALL wrapper(); SELECT 1")) == "SN006"
        conn.execute("ROLLBACK")
        assert conn.execute("SELECT count(*) AS n FROM stagenorm.backfill_job").fetchone()["n"] == 0
        conn.execute("CALL wrapper()")
        assert job_row(conn)["status"] == "done"
        assert conn.execute(
            "SELECT l.lanname FROM pg_proc p JOIN pg_language l ON l.oid = p.prolang "
            "WHERE p.oid = 'stagenorm._backfill_nonatomic'::regproc").fetchone()["lanname"] == "plpgsql"


def test_tables_it_cannot_walk_are_refused_with_sn005(db_url: str) -> None:
    with connect(db_url) as conn:
        conn.execute("CREATE TABLE nopk (id bigint, stage text)")
        conn.execute("CREATE TABLE twokeys (a int, b int, stage text, PRIMARY KEY (a, b))")
        conn.execute("CREATE TABLE ints (id int PRIMARY KEY, stage integer, label varchar(4), "
                     "g text GENERATED ALWAYS AS (upper(label)) STORED, t text)")
        conn.execute("CREATE TABLE keyed (stage text PRIMARY KEY)")
        conn.execute("CREATE VIEW v AS SELECT * FROM ints")
        for table, column in (("nopk", "stage"), ("twokeys", "stage"), ("ints", "stage"), ("ints", "label"),
                              ("ints", "g"), ("keyed", "stage"), ("v", "t"), ("stagenorm.stage", "display_name")):
            state = sqlstate_of(lambda t=table, c=column: conn.execute(
                "CALL stagenorm.normalize_batched(%s::regclass, %s)", [t, c]))
            assert state == "SN005", (table, column)
        err = pytest.raises(psycopg.Error, conn.execute, "CALL stagenorm.normalize_batched('nopk', 'stage')")
        assert "PRIMARY KEY" in (err.value.diag.message_hint or "")
        assert sqlstate_of(lambda: conn.execute("CALL stagenorm.normalize_batched('ints', 'nosuch')")) == "SN003"
        assert conn.execute("SELECT count(*) AS n FROM stagenorm.backfill_job").fetchone()["n"] == 0
        assert advisory_locks(conn) == 0


@pytest.mark.parametrize("params", [
    {"batch_size": 0}, {"batch_size": -5}, {"batch_size": 1_000_001}, {"batch_size": None},
    {"dry_run": None}, {"pause": "-1 second"}, {"pause": None}, {"lock_timeout": "-1 ms"},
    {"statement_timeout": None}, {"max_retries": -1}, {"max_retries": 101}, {"max_batches": 0},
])
def test_arguments_out_of_range_are_refused_with_sn003(db_url: str, params: dict[str, Any]) -> None:
    with connect(db_url) as conn:
        make_table(conn, "deals", 10)
        assert sqlstate_of(lambda: call(conn, "deals", **params)) == "SN003"
        assert sqlstate_of(lambda: conn.execute(
            "CALL stagenorm.normalize_batched(NULL, 'stage')")) == "SN003"
        assert advisory_locks(conn) == 0
        assert conn.execute("SELECT count(*) AS n FROM stagenorm.backfill_job").fetchone()["n"] == 0


def test_a_table_named_like_an_injection_is_just_a_name(db_url: str) -> None:
    table = 'x"; DROP TABLE victim; --'
    column = "stage'); DROP TABLE victim; --"
    key = 'id" int); DROP TABLE victim; --'
    with connect(db_url) as conn:
        conn.execute("CREATE TABLE victim (id int)")
        make_table(conn, table, 2000, "integer", column=column, key=key)
        before = rows_of(conn, table, column, key)
        conn.execute("CALL stagenorm.normalize_batched(%s::regclass, %s, 300)",
                     [sql.Identifier(table).as_string(conn), column])
        job = job_row(conn)
        assert job["status"] == "done" and job["rows_changed"] > 0
        assert rows_of(conn, table, column, key) == expected_after(before)
        conn.execute("CALL stagenorm.revert_batched(%s)", [job["id"]])
        assert rows_of(conn, table, column, key) == before
        assert conn.execute("SELECT to_regclass('victim') IS NOT NULL AS here").fetchone()["here"]
        # The text of an injection is not a table name at all.
        assert sqlstate_of(lambda: conn.execute(
            "CALL stagenorm.normalize_batched(%s::regclass, 'stage')", [table])) == "42602"


def test_a_second_run_on_the_same_column_is_refused_and_pause_stops_the_first(db_url: str) -> None:
    with connect(db_url) as conn:
        make_table(conn, "deals", 20_000)
    with connect(db_url) as runner, connect(db_url) as other:
        pid = runner.info.backend_pid
        with in_thread(lambda: call(runner, "deals", batch_size=500, pause="100 milliseconds")) as result:
            wait_until(lambda: job_row(other)["rows_scanned"] >= 1000, 60, "the job to make progress")
            job = job_row(other)
            status = other.execute("SELECT * FROM stagenorm.backfill_status(%s)", [job["id"]]).fetchone()
            assert status["active"] and status["pid"] == pid == job["backend_pid"]
            with pytest.raises(psycopg.Error) as info:
                call(other, "deals")
            assert info.value.sqlstate == "SN004"
            assert str(pid) in (info.value.diag.message_detail or "")
            assert f"pause_backfill({job['id']})" in (info.value.diag.message_hint or "")
            assert sqlstate_of(lambda: other.execute("CALL stagenorm.revert_batched(%s)", [job["id"]])) == "SN004"
            assert other.execute("SELECT stagenorm.pause_backfill(%s) AS asked", [job["id"]]).fetchone()["asked"]
        assert result["error"] is None
        job = job_row(other)
        assert job["status"] == "paused" and 0 < job["rows_scanned"] < 20_000
        assert not other.execute("SELECT stagenorm.pause_backfill(%s) AS asked", [job["id"]]).fetchone()["asked"]
        assert advisory_locks(other) == 0
        call(other, "deals", batch_size=5000)
        assert job_row(other)["status"] == "done"
        assert sqlstate_of(lambda: other.execute("SELECT stagenorm.pause_backfill(424242)")) == "SN007"


def test_a_session_keeping_the_lock_of_a_cancelled_run_is_named(db_url: str) -> None:
    with connect(db_url) as conn:
        make_table(conn, "deals", 100)
    with connect(db_url) as holder, connect(db_url) as other:
        holder.execute("SELECT stagenorm._backfill_lock('deals', 'stage')")
        with pytest.raises(psycopg.Error) as info:
            call(other, "deals")
        assert info.value.sqlstate == "SN004"
        assert f"pg_terminate_backend({holder.info.backend_pid})" in (info.value.diag.message_hint or "")
        # The holder's own session may run it: the lock is its own, and is released at the end.
        call(holder, "deals")
        assert advisory_locks(holder) == 0


# --------------------------------------------------------------------------- concurrency


def backend_waits_for_a_lock(conn: Conn, pid: int) -> bool:
    row = conn.execute("SELECT wait_event_type FROM pg_stat_activity WHERE pid = %s", [pid]).fetchone()
    return row is not None and row["wait_event_type"] == "Lock"


def test_rows_clients_write_during_a_batch_are_not_overwritten_with_stale_values(db_url: str) -> None:
    values: list[str | None] = ["Seed"] * 1000
    values[900] = "Series A"  # so that the batch maps "Series A" too
    with connect(db_url) as conn:
        make_table(conn, "deals", 1000, "integer", labels=values)  # keys -50000, -49993, ...
    keys = keys_for("integer", 1000)
    x, y, z, w = keys[500], keys[600], keys[700], keys[800]
    with connect(db_url) as runner, connect(db_url) as writer, connect(db_url) as watcher:
        pid = runner.info.backend_pid
        writer.execute("BEGIN")
        writer.execute("UPDATE deals SET stage = 'Series B' WHERE id = %s", [x])  # a label the batch has not read
        writer.execute("UPDATE deals SET stage = 'seed' WHERE id = %s", [y])  # canonical already
        writer.execute("UPDATE deals SET amount = -1 WHERE id = %s", [z])  # another column only
        writer.execute("UPDATE deals SET stage = 'Series A' WHERE id = %s", [w])  # a label the batch has read
        with in_thread(lambda: call(runner, "deals", batch_size=1000, lock_timeout="1 minute")) as result:
            wait_until(lambda: backend_waits_for_a_lock(watcher, pid), 60,
                       "the batch to wait for the writer's row locks")
            writer.execute("COMMIT")
        assert result["error"] is None
        job = job_row(watcher)
        stored = {r["id"]: (r["stage"], r["amount"]) for r in watcher.execute("SELECT id, stage, amount FROM deals")}
        assert stored[x][0] == "series_b"  # recomputed from the row as the writer left it
        assert stored[y][0] == "seed"
        assert stored[z] == ("seed", -1)  # normalized, and the writer's amount kept
        assert stored[w][0] == "series_a"
        log = {c["key"]: c for c in changes(watcher, job["id"])}
        assert log[str(x)]["old_value"] == "Series B"  # not the stale "Seed" the batch first read
        assert log[str(w)]["old_value"] == "Series A"
        assert str(y) not in log
        assert len(log) == 999 and job["rows_changed"] == 999 and job["rows_skipped"] == 0
        watcher.execute("CALL stagenorm.revert_batched(%s)", [job["id"]])
        stored = {r["id"]: r["stage"] for r in watcher.execute("SELECT id, stage FROM deals")}
        assert stored[x] == "Series B" and stored[y] == "seed" and stored[w] == "Series A"
        assert stored[keys[900]] == "Series A"
        assert sum(1 for v in stored.values() if v == "Seed") == 996


def test_the_log_keeps_what_the_tables_own_trigger_stored_so_revert_finds_it(db_url: str) -> None:
    with connect(db_url) as conn:
        make_table(conn, "deals", 50, labels=["Seed"] * 40 + ["Series A"] * 10)
        conn.execute("""
            CREATE FUNCTION mark_seed() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
              IF NEW.stage = 'seed' THEN NEW.stage := 'seed (checked)'; END IF;
              RETURN NEW;
            END $$""")
        conn.execute("CREATE TRIGGER mark_seed BEFORE UPDATE ON deals FOR EACH ROW EXECUTE FUNCTION mark_seed()")
        before = rows_of(conn, "deals")
        call(conn, "deals")
        job = job_row(conn)
        log = changes(conn, job["id"])
        assert {(c["old_value"], c["new_value"]) for c in log} == {("Seed", "seed (checked)"), ("Series A", "series_a")}
        conn.execute("CALL stagenorm.revert_batched(%s)", [job["id"]])
        assert rows_of(conn, "deals") == before
        assert job_row(conn)["rows_changed"] == 50


def test_many_concurrent_writers_never_see_their_writes_undone(db_url: str) -> None:
    rows = 20_000
    with connect(db_url) as conn:
        make_table(conn, "deals", rows, "bigint", labels=["Series A"] * rows)
    keys = keys_for("bigint", rows)
    writes = ["TBD", "Series C", "late stage", "growth", "Angel"]
    last_write: dict[int, str] = {}
    stop = threading.Event()

    def writer(n: int) -> None:
        mine = keys[n::3]  # each writer its own rows: "last write" is well defined
        with connect(db_url) as conn:
            i = 0
            while not stop.is_set():
                key, label = mine[(i * 7919) % len(mine)], writes[i % len(writes)]
                conn.execute("UPDATE deals SET stage = %s WHERE id = %s", [label, key])
                last_write[key] = label
                i += 1

    threads = [threading.Thread(target=writer, args=(n,), daemon=True) for n in range(3)]
    with connect(db_url) as runner:
        for t in threads:
            t.start()
        try:
            call(runner, "deals", batch_size=1000, lock_timeout="10 seconds")
        finally:
            stop.set()
            for t in threads:
                t.join(60)
        job = job_row(runner)
        assert job["status"] == "done" and len(last_write) > 0
        stored = {r["id"]: r["stage"] for r in runner.execute("SELECT id, stage FROM deals")}
        for key, label in last_write.items():
            # The writer's value, or its canonical key (never an older value's key).
            assert stored[key] in (label, reference(label)), (key, label, stored[key])
        untouched = [k for k in keys if k not in last_write]
        assert all(stored[k] == "series_a" for k in untouched)
        log = changes(runner, job["id"])
        assert len({c["key"] for c in log}) == len(log)
        for c in log:
            assert c["new_value"] == reference(c["old_value"])


def test_lock_timeouts_are_retried_then_the_job_fails_resumable(db_url: str) -> None:
    with connect(db_url) as conn:
        make_table(conn, "deals", 2000, labels=["Seed"] * 2000)
    second_batch_row = sorted(keys_for("bigint", 2000))[1500]
    with connect(db_url) as runner, connect(db_url) as blocker:
        blocker.execute("BEGIN")
        blocker.execute("SELECT 1 FROM deals WHERE id = %s FOR UPDATE", [second_batch_row])
        with pytest.raises(psycopg.Error) as info:
            call(runner, "deals", batch_size=1000, lock_timeout="20 milliseconds", max_retries=2)
        assert info.value.sqlstate == "55P03"
        job = job_row(runner)
        assert (job["status"], job["retries"], job["batches"], job["rows_scanned"]) == ("failed", 3, 1, 1000)
        assert job["last_error"].startswith("55P03")
        assert advisory_locks(runner) == 0
        blocker.execute("ROLLBACK")
        call(runner, "deals", batch_size=1000)
        job = job_row(runner)
        assert (job["status"], job["runs"], job["rows_changed"]) == ("done", 2, 2000)


def test_a_batch_over_statement_timeout_is_undone_and_retried_smaller(db_url: str) -> None:
    with connect(db_url) as conn:
        make_table(conn, "deals", 3000)
        before = rows_of(conn, "deals")
        with pytest.raises(psycopg.Error) as info:
            call(conn, "deals", statement_timeout="1 microsecond", max_retries=2)
        assert info.value.sqlstate == "57014"
        job = job_row(conn)
        assert (job["status"], job["retries"], job["batches"], job["rows_scanned"]) == ("failed", 3, 0, 0)
        assert rows_of(conn, "deals") == before
        assert conn.execute("SELECT count(*) AS n FROM stagenorm.backfill_change").fetchone()["n"] == 0
        call(conn, "deals")
        assert job_row(conn)["status"] == "done"


def test_an_error_in_a_batch_fails_the_job_with_its_sqlstate_and_keeps_it_resumable(db_url: str) -> None:
    with connect(db_url) as conn:
        make_table(conn, "deals", 2000, "integer", labels=["Seed"] * 1500 + ["Series B"] * 500)
        conn.execute("ALTER TABLE deals ADD CONSTRAINT no_b CHECK (stage <> 'series_b') NOT VALID")
        with pytest.raises(psycopg.Error) as info:
            call(conn, "deals", batch_size=1000)
        assert info.value.sqlstate == "23514"
        job = job_row(conn)
        assert (job["status"], job["batches"], job["rows_changed"]) == ("failed", 1, 1000)
        assert advisory_locks(conn) == 0
        conn.execute("ALTER TABLE deals DROP CONSTRAINT no_b")
        call(conn, "deals", batch_size=1000)
        assert job_row(conn)["status"] == "done"
        assert conn.execute("SELECT count(*) AS n FROM deals WHERE stage = 'series_b'").fetchone()["n"] == 500


def test_each_batch_runs_with_in_backfill_on_so_enforcement_lets_it_through(db_url: str) -> None:
    with connect(db_url) as conn:
        make_table(conn, "deals", 1000)
        before = rows_of(conn, "deals")
        conn.execute("SET synchronous_commit = 'remote_apply'")  # the servers of the tests run with 'off'
        conn.execute("CREATE TABLE seen (setting text, sync text)")
        conn.execute("""CREATE FUNCTION note_setting() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
              INSERT INTO seen VALUES (current_setting('stagenorm.in_backfill', true),
                                       current_setting('synchronous_commit'));
              RETURN NEW;
            END $$""")
        conn.execute("CREATE TRIGGER note BEFORE UPDATE ON deals FOR EACH ROW EXECUTE FUNCTION note_setting()")
        # A deferred trigger runs at COMMIT: the setting must still hold when the batch commits.
        conn.execute("CREATE TABLE seen_at_commit (sync text)")
        conn.execute("""CREATE FUNCTION note_commit() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN INSERT INTO seen_at_commit VALUES (current_setting('synchronous_commit')); RETURN NULL; END $$""")
        conn.execute("""CREATE CONSTRAINT TRIGGER note_commit AFTER UPDATE ON deals DEFERRABLE INITIALLY DEFERRED
                        FOR EACH ROW EXECUTE FUNCTION note_commit()""")
        # Enforcement rewrites known labels on write: without in_backfill, the revert would
        # be normalized again by the trigger.
        conn.execute("SELECT stagenorm.enforce_stage_column('deals', 'stage')")
        conn.execute("SELECT stagenorm.set_mode('enforce', 'test', 'batched normalization under enforce')")
        call(conn, "deals", batch_size=300)
        job = job_row(conn)
        conn.execute("CALL stagenorm.revert_batched(%s)", [job["id"]])
        assert rows_of(conn, "deals") == before
        assert {r["setting"] for r in conn.execute("SELECT setting FROM seen")} == {"on"}
        assert conn.execute("SELECT count(*) AS n FROM seen").fetchone()["n"] == 2 * job["rows_changed"]
        # Batches (and revert batches) commit without waiting for the WAL flush: a crash
        # loses them together with their checkpoint, and the job redoes them.
        assert {r["sync"] for r in conn.execute("SELECT sync FROM seen")} == {"off"}
        assert {r["sync"] for r in conn.execute("SELECT sync FROM seen_at_commit")} == {"off"}
        # Outside a batch neither setting is left behind in the session.
        assert conn.execute("SELECT current_setting('stagenorm.in_backfill', true) AS s").fetchone()["s"] in ("", None)
        assert conn.execute("SELECT current_setting('synchronous_commit') AS s").fetchone()["s"] == "remote_apply"


# --------------------------------------------------------------------------- revert


def test_revert_leaves_rows_clients_changed_since_and_lists_them(db_url: str) -> None:
    with connect(db_url) as conn:
        make_table(conn, "deals", 2000, labels=["Seed"] * 2000)
        keys = keys_for("bigint", 2000)
        before = rows_of(conn, "deals")
        call(conn, "deals", batch_size=300)
        job = job_row(conn)
        conn.execute("UPDATE deals SET stage = 'Series A' WHERE id = %s", [keys[10]])
        conn.execute("DELETE FROM deals WHERE id = %s", [keys[20]])
        conn.execute("UPDATE deals SET amount = 0 WHERE id = %s", [keys[30]])  # label kept: reverted
        notices: list[str] = []
        conn.add_notice_handler(lambda d: notices.append(f"{d.severity}: {d.message_primary}"))
        conn.execute("CALL stagenorm.revert_batched(%s)", [job["id"]])
        assert any(n.startswith("WARNING") and "left 2 row(s) as they are" in n for n in notices), notices
        job = job_row(conn, job["id"])
        assert (job["status"], job["rows_reverted"], job["rows_revert_skipped"]) == ("reverted", 1998, 2)
        skipped = [c["key"] for c in changes(conn, job["id"]) if c["revert"] == "skipped"]
        assert sorted(skipped) == sorted([str(keys[10]), str(keys[20])])
        after = rows_of(conn, "deals")
        assert after[str(keys[10])][0] == "Series A" and str(keys[20]) not in after
        assert after[str(keys[30])] == ("Seed", 0, before[str(keys[30])][2])
        assert all(after[k] == before[k] for k in after if k not in (str(keys[10]), str(keys[30])))
        assert sqlstate_of(lambda: conn.execute("CALL stagenorm.revert_batched(%s)", [job["id"]])) == "SN007"
        assert sqlstate_of(lambda: conn.execute("CALL stagenorm.revert_batched(424242)")) == "SN007"
        assert sqlstate_of(lambda: conn.execute("CALL stagenorm.revert_batched(NULL)")) == "SN003"


def test_an_unfinished_job_can_be_reverted_and_a_paused_revert_resumes(db_url: str) -> None:
    with connect(db_url) as conn:
        make_table(conn, "deals", 4000, "uuid")
        before = rows_of(conn, "deals")
        call(conn, "deals", batch_size=500, max_batches=4)
        job = job_row(conn)
        assert job["status"] == "paused"
    with connect(db_url) as reverter, connect(db_url) as other:
        with in_thread(lambda: reverter.execute(
                "CALL stagenorm.revert_batched(%s, pause => '500 milliseconds')", [job["id"]])) as result:
            wait_until(lambda: job_row(other, job["id"])["rows_reverted"] > 0, 60, "the revert to start")
            # While it reverts, the column is busy: no new job.
            assert sqlstate_of(lambda: call(other, "deals")) == "SN004"
            assert other.execute("SELECT stagenorm.pause_backfill(%s) AS asked", [job["id"]]).fetchone()["asked"]
        assert result["error"] is None
        assert job_row(other, job["id"])["status"] == "reverting"
        assert sqlstate_of(lambda: call(other, "deals")) == "SN004"  # finish the revert first
        other.execute("CALL stagenorm.revert_batched(%s)", [job["id"]])
        assert job_row(other, job["id"])["status"] == "reverted"
        assert rows_of(other, "deals") == before
        call(other, "deals")  # a new job may start now
        assert job_row(other)["status"] == "done"


def test_status_reports_progress_for_psql(db_url: str) -> None:
    with connect(db_url) as conn:
        make_table(conn, "deals", 2000)
        notices: list[str] = []
        conn.add_notice_handler(lambda d: notices.append(d.message_primary or ""))
        call(conn, "deals", batch_size=400, max_batches=2)
        status = conn.execute("SELECT * FROM stagenorm.backfill_status()").fetchone()
        assert (status["status"], status["active"], status["percent"]) == ("paused", False, 40)
        assert status["rows_per_second"] > 0 and status["eta"] is None
        assert notices[0].startswith("job 1 deals.stage: started")
        assert any("400 of ~2000 rows (20.0%), " in n and "rows/s, ETA" in n for n in notices), notices
        assert "paused after key" in notices[-1]
        notices.clear()
        call(conn, "deals", batch_size=400)
        assert "resumed after key" in notices[0]
        assert notices[-1].startswith("job 1 deals.stage: done, 2000 rows scanned")


def test_a_dba_role_runs_and_reverts_it_and_an_application_role_may_not(db_url: str) -> None:
    with connect(db_url) as conn:
        make_table(conn, "deals", 1500)
        before = rows_of(conn, "deals")
        for role in ("bf_dba", "bf_app"):
            conn.execute(sql.SQL("DROP ROLE IF EXISTS {}").format(sql.Identifier(role)))
            conn.execute(sql.SQL("CREATE ROLE {} NOLOGIN").format(sql.Identifier(role)))
            conn.execute(sql.SQL("GRANT SELECT, UPDATE ON deals TO {}").format(sql.Identifier(role)))
        conn.execute("GRANT stagenorm_admin TO bf_dba")
        # normalize_stage loads the taxonomy with the caller's rights (reported: its tables
        # are not granted to anyone yet); the batched job itself needs nothing more.
        conn.execute("GRANT SELECT ON stagenorm.stage, stagenorm.stage_alias, stagenorm.taxonomy_word, "
                     "stagenorm.python_module, stagenorm.taxonomy_state TO bf_dba")
        try:
            conn.execute("SET ROLE bf_app")
            assert sqlstate_of(lambda: call(conn, "deals")) == "42501"
            assert sqlstate_of(lambda: conn.execute("SELECT * FROM stagenorm.backfill_status()")) == "42501"
            conn.execute("RESET ROLE")
            conn.execute("SET ROLE bf_dba")
            call(conn, "deals", batch_size=400, max_batches=2)
            call(conn, "deals", batch_size=400)
            job = job_row(conn)
            assert (job["status"], job["started_by"]) == ("done", "postgres")
            assert conn.execute("SELECT count(*) AS n FROM stagenorm.backfill_unknowns(%s)", [job["id"]]).fetchone()
            conn.execute("CALL stagenorm.revert_batched(%s)", [job["id"]])
            assert rows_of(conn, "deals") == before
        finally:
            conn.execute("RESET ROLE")
            for role in ("bf_dba", "bf_app"):
                conn.execute(sql.SQL("DROP OWNED BY {}").format(sql.Identifier(role)))
                conn.execute(sql.SQL("DROP ROLE {}").format(sql.Identifier(role)))


def test_a_partitioned_table_is_walked_across_its_partitions(db_url: str) -> None:
    with connect(db_url) as conn:
        conn.execute("CREATE TABLE deals (id bigint PRIMARY KEY, stage text, amount numeric, note text) "
                     "PARTITION BY RANGE (id)")
        conn.execute("CREATE TABLE deals_low PARTITION OF deals FOR VALUES FROM (MINVALUE) TO (2000)")
        conn.execute("CREATE TABLE deals_high PARTITION OF deals FOR VALUES FROM (2000) TO (MAXVALUE)")
        with conn.cursor().copy("COPY deals (id, stage, amount, note) FROM STDIN") as cp:
            for i, label in enumerate(labels_for(5000)):
                cp.write_row((i, label, i, f"note {i}"))
        before = rows_of(conn, "deals")
        call(conn, "deals", batch_size=700)
        job = job_row(conn)
        assert job["rows_estimate"] == 5000  # counted: a partitioned table has no reltuples
        assert_normalized_and_logged(conn, "deals", before, job["id"])
        conn.execute("CALL stagenorm.revert_batched(%s)", [job["id"]])
        assert rows_of(conn, "deals") == before
