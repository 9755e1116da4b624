"""The taxonomy's SQL functions against a real PostgreSQL: normalize_stage, suggest_stages,
parse_stage_distribution, add_alias and remove_alias.

Pure function tests use ``conn`` (a transaction rolled back afterwards); tests that
commit, use two sessions or need autocommit use ``db_url`` (a database of their own).
"""

# The labels below use look-alike characters (dashes, full-width letters) on purpose.
# ruff: noqa: RUF001

from __future__ import annotations

import json
import os
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

import psycopg
import pytest
from psycopg.rows import dict_row
from psycopg.types.json import Jsonb

import stagenorm
from stagenorm import install
from tests import harness
from tests.vectors import VECTORS

Conn = psycopg.Connection[dict[str, Any]]
KEYS = ("pre_seed", "seed", "series_a", "series_b", "series_c", "growth", "late_stage")




def normalize_many(conn: psycopg.Connection[Any], labels: list[str | None]) -> list[str | None]:
    """normalize_stage over many labels in one statement, in input order."""
    rows = conn.execute(
        "SELECT stagenorm.normalize_stage(l) AS key FROM unnest(%(labels)s::text[]) "
        "WITH ORDINALITY AS t(l, i) ORDER BY i",
        {"labels": labels},
    ).fetchall()
    return [row["key"] if isinstance(row, dict) else row[0] for row in rows]


def sqlstate_of(conn: Conn, sql: str, params: dict[str, Any] | None = None) -> str | None:
    """Run ``sql`` in a savepoint (or its own transaction on an autocommit connection); the
    SQLSTATE it raised, None when it did not raise. Never commits an open transaction."""
    if not conn.autocommit and conn.info.transaction_status == psycopg.pq.TransactionStatus.IDLE:
        conn.execute("SELECT 1")  # open the transaction: transaction() then makes a savepoint
    try:
        with conn.transaction():
            conn.execute(sql.encode(), params or {})
    except psycopg.Error as exc:
        return exc.sqlstate
    return None


def distribution(conn: Conn, value: Any, scale: str = "auto", tolerance: float = 0.01) -> Any:
    row = conn.execute(
        "SELECT stagenorm.parse_stage_distribution(%(v)s::jsonb, %(s)s::text, %(t)s::numeric) AS r",
        {"v": value if isinstance(value, str) else json.dumps(value), "s": scale, "t": tolerance},
    ).fetchone()
    assert row is not None
    return row["r"]


def codes(result: dict[str, Any]) -> list[str]:
    return [error["code"] for error in result["errors"]]


def add_alias(conn: Conn, alias: str, stage: str, decorable: bool = False, actor: str = "alice",
              reason: str = "test") -> dict[str, Any] | None:
    row = conn.execute(
        "SELECT * FROM stagenorm.add_alias(%(a)s, %(s)s, %(actor)s, %(reason)s, %(d)s)",
        {"a": alias, "s": stage, "actor": actor, "reason": reason, "d": decorable},
    ).fetchone()
    assert row is not None
    return None if row["id"] is None else row


def remove_alias(conn: Conn, alias: str, actor: str = "bob", reason: str = "test") -> dict[str, Any]:
    row = conn.execute(
        "SELECT * FROM stagenorm.remove_alias(%(a)s, %(actor)s, %(reason)s)",
        {"a": alias, "actor": actor, "reason": reason},
    ).fetchone()
    assert row is not None
    return row


def version(conn: Conn) -> int:
    row = conn.execute("SELECT stagenorm._taxonomy_version() AS v").fetchone()
    assert row is not None
    return int(row["v"])


def one(conn: Conn, sql: str, params: dict[str, Any] | None = None) -> Any:
    row = conn.execute(sql.encode(), params or {}).fetchone()
    assert row is not None
    return next(iter(row.values()))


# --------------------------------------------------------------------------- normalize_stage


def test_every_spec_vector(conn: Conn) -> None:
    labels = [label for label, _ in VECTORS]
    answers = normalize_many(conn, labels)  # type: ignore[arg-type]
    wrong = [(label, got, want) for (label, want), got in zip(VECTORS, answers, strict=True)
             if got != want]
    assert wrong == []


HOSTILE_LABELS: list[str | None] = [
    None,
    "",
    " ",
    "seed" + "x" * 1_000_000,
    " " * 1_000_000 + "Series B",
    "\U0001f331" * 250_000,
    "é" * 1_000_000,
    "a1" * 500_000,
    "\U0001f331 seed",
    "🚀",
    "Seed \U0001f680",
    "".join(chr(c) for c in range(1, 32)) + "seed" + "\x7f",
    "\x01seed\x1f",
    "".join(chr(c) for c in range(0x80, 0xA0)),
    "\u200bSeries\u200dA\ufeff",
    "\u202eseed\u202c",
    "\u0301" * 10_000 + "seed",
    "\uffff\ufffe\U0010ffff",
    "'; DROP TABLE stagenorm.stage; --",
    "seed'); SELECT pg_sleep(10); --",
    "$$ seed $$",
    "$py$ import os $py$",
    "%s %(label)s {label} \\x00 \\",
    "NULL",
    "null",
    "None",
    "undefined",
    "NaN",
    "<script>alert(1)</script>",
    "{\"stage\": \"seed\"}",
    "SELECT 'seed'",
    "-" * 100_000,
    "seed " * 200_000,
    "Series " + "A" * 300,
]


def test_hostile_labels_never_raise_and_agree_with_python(conn: Conn) -> None:
    answers = normalize_many(conn, HOSTILE_LABELS)
    for label, answer in zip(HOSTILE_LABELS, answers, strict=True):
        assert answer is None or answer in KEYS
        assert answer == stagenorm.normalize_stage(label), repr(label)[:80]
    assert answers[:3] == [None, None, None]
    assert answers[4] == "series_b"
    assert answers[12] == "seed"  # control characters separate
    assert answers[14] == "series_a"  # format characters are deleted
    # Still there, untouched by the label that looked like SQL.
    assert one(conn, "SELECT count(*) FROM stagenorm.stage") == len(KEYS)


def test_one_label_at_a_time_and_literal_arguments(conn: Conn) -> None:
    # Constants are folded at plan time (the function is IMMUTABLE): same answers.
    assert one(conn, "SELECT stagenorm.normalize_stage('Série B-2 extension')") == "series_b"
    assert one(conn, "SELECT stagenorm.normalize_stage(NULL)") is None
    assert one(conn, "SELECT stagenorm.normalize_stage(%(l)s::text)", {"l": "ＳＥＥＤ"}) == "seed"
    assert one(conn, "SELECT stagenorm.normalize_stage(42::text)") is None
    # Braces and quotes separate: the text of {"a": 1} reads as "a 1", a sub-round of a.
    assert one(conn, "SELECT stagenorm.normalize_stage('{\"a\": 1}'::jsonb::text)") == "series_a"
    assert stagenorm.normalize_stage('{"a": 1}') == "series_a"


def test_catalog_declarations(conn: Conn) -> None:
    rows = conn.execute(
        "SELECT p.proname, p.provolatile, p.proparallel, p.prosecdef, p.proconfig, "
        "       obj_description(p.oid, 'pg_proc') AS comment "
        "  FROM pg_proc AS p WHERE p.pronamespace = 'stagenorm'::regnamespace "
        "   AND p.proname IN ('normalize_stage', 'suggest_stages', 'parse_stage_distribution', "
        "                     'add_alias', 'remove_alias')"
    ).fetchall()
    by_name = {row["proname"]: row for row in rows}
    assert set(by_name) == {"normalize_stage", "suggest_stages", "parse_stage_distribution",
                            "add_alias", "remove_alias"}
    assert (by_name["normalize_stage"]["provolatile"], by_name["normalize_stage"]["proparallel"]) == ("i", "s")
    for name in ("suggest_stages", "parse_stage_distribution"):
        assert by_name[name]["proparallel"] == "s"
    for name in ("add_alias", "remove_alias"):
        assert by_name[name]["prosecdef"] is True
        assert by_name[name]["proconfig"] == ["search_path=stagenorm, pg_catalog, pg_temp",
                                              "max_parallel_workers_per_gather=0"]
    for name, row in by_name.items():
        assert row["comment"] and len(row["comment"]) > 40, f"COMMENT ON FUNCTION {name}"


def test_normalize_stage_is_inlined(conn: Conn) -> None:
    conn.execute("CREATE TABLE inline_probe (stage text)")
    plan = "\n".join(
        row["QUERY PLAN"] for row in conn.execute(
            "EXPLAIN (VERBOSE, COSTS OFF) SELECT stagenorm.normalize_stage(stage) FROM inline_probe"
        ).fetchall()
    )
    assert "normalize_stage" not in plan
    slow = slow_path(conn)
    assert slow in plan and "jsonb" in plan  # the inlined body: fast map, then the rules


def slow_path(conn: Conn) -> str:
    """The function behind normalize_stage's fast map: PL/Python's or the portable one."""
    implementation = one(conn, "SELECT stagenorm.implementation()")
    return {"plpython": "_rules_py", "plpgsql": "_rules_tokens"}[implementation]


def _parallel_labels() -> list[str]:
    """Labels that miss the fast path (so the slow path answers them in the workers)."""
    out = [label for label, _ in VECTORS]
    for i in range(6000):
        out.append(f"  Série{'-_ '[i % 3]}{'abcdefgh'[i % 8]}{i % 10}  ")
        out.append(f"SEED{'+' * (i % 2)} no. {i}" if i % 5 else f"seeed {i}")
    return out


def _parallel_session(conn: Conn) -> None:
    # debug_parallel_query is PostgreSQL 16's name for force_parallel_mode.
    force = "debug_parallel_query" if conn.info.server_version >= 160000 else "force_parallel_mode"
    for setting in (f"{force} = on", "parallel_setup_cost = 0",
                    "parallel_tuple_cost = 0", "min_parallel_table_scan_size = 0",
                    "max_parallel_workers_per_gather = 2", "parallel_leader_participation = off"):
        conn.execute(f"SET LOCAL {setting}".encode())


def _walk(plan: dict[str, Any]) -> Iterator[dict[str, Any]]:
    yield plan
    for child in plan.get("Plans", []):
        yield from _walk(child)


def _parallel_answers(conn: Conn, table: str) -> dict[int, str | None]:
    query = f"SELECT id, stagenorm.normalize_stage(stage) AS key FROM {table}"
    explained = one(conn, f"EXPLAIN (ANALYZE, VERBOSE, FORMAT JSON) {query}")
    nodes = list(_walk(explained[0]["Plan"]))
    gather = [n for n in nodes if n["Node Type"] in ("Gather", "Gather Merge")]
    assert gather and gather[0]["Workers Launched"] >= 1, "no parallel worker ran"
    scans = [n for n in nodes if n.get("Parallel Aware") and n["Node Type"] == "Seq Scan"]
    assert scans, "no Parallel Seq Scan"
    # The workers computed the expression (it is in the scan's output, below the Gather).
    assert any(slow_path(conn) in column for column in scans[0]["Output"])
    return {row["id"]: row["key"] for row in conn.execute(query.encode()).fetchall()}


def test_same_answers_under_a_forced_parallel_plan(conn: Conn) -> None:
    labels = _parallel_labels()
    conn.execute("CREATE TABLE parallel_probe (id integer PRIMARY KEY, stage text)")
    conn.execute(
        "INSERT INTO parallel_probe SELECT i, l FROM unnest(%(l)s::text[]) WITH ORDINALITY AS t(l, i)",
        {"l": labels},
    )
    conn.execute("ANALYZE parallel_probe")
    _parallel_session(conn)
    answers = _parallel_answers(conn, "parallel_probe")
    expected = {i: stagenorm.normalize_stage(label) for i, label in enumerate(labels, start=1)}
    assert answers == expected
    assert sum(1 for key in answers.values() if key) > 6000

    # An alias added in this transaction reaches the workers too (they cannot query tables:
    # the rebuilt function carries the taxonomy with it).
    add_alias(conn, "zeta", "growth", decorable=True)
    conn.execute("INSERT INTO parallel_probe VALUES (%(i)s, ' ZETA 7 ')", {"i": len(labels) + 1})
    answers = _parallel_answers(conn, "parallel_probe")
    assert answers[len(labels) + 1] == "growth"


# --------------------------------------------------------------------------- suggest_stages


@pytest.mark.parametrize(
    ("label", "first"),
    [("seeed", "seed"), ("serie a", "series_a"), ("grwoth", "growth"), ("lat stage", "late_stage"),
     ("pre-sed", "pre_seed"), ("mezanine", "late_stage"), ("sereis b", "series_b"),
     ("Series C", "series_c")],
)
def test_suggestions_put_the_right_key_first(conn: Conn, label: str, first: str) -> None:
    got = one(conn, "SELECT stagenorm.suggest_stages(%(l)s::text)", {"l": label})
    assert got[0] == first
    assert 1 <= len(got) <= 3
    assert got == stagenorm.suggest_stages(label)


@pytest.mark.parametrize(
    "label", ["banana", "12345", "", "x", "ipo", "bridge", None, "🚀", "x" * 1_000_000,
              "'; DROP TABLE stagenorm.stage; --"],
)
def test_no_suggestions_for_nonsense(conn: Conn, label: str | None) -> None:
    assert one(conn, "SELECT stagenorm.suggest_stages(%(l)s::text)", {"l": label}) == []


def test_suggestions_are_deterministic(conn: Conn) -> None:
    labels = ["seeed", "sed", "serie", "grwth", "lat", "pre sed", "expansoin"] * 3
    first = conn.execute(
        "SELECT stagenorm.suggest_stages(l) AS s FROM unnest(%(l)s::text[]) WITH ORDINALITY "
        "AS t(l, i) ORDER BY i", {"l": labels}).fetchall()
    again = [one(conn, "SELECT stagenorm.suggest_stages(%(l)s::text)", {"l": label})
             for label in labels]
    assert [row["s"] for row in first] == again == [stagenorm.suggest_stages(x) for x in labels]


# --------------------------------------------------------------------------- parse_stage_distribution


def test_distribution_object_and_array_forms(conn: Conn) -> None:
    result = distribution(conn, {"Seed": 30, "Series A": 70})
    assert result["is_valid"] is True and result["errors"] == []
    assert result["scale"] == "percent"
    assert result["normalized"] == {"pre_seed": 0.0, "seed": 0.3, "series_a": 0.7,
                                    "series_b": 0.0, "series_c": 0.0, "growth": 0.0,
                                    "late_stage": 0.0}
    array = distribution(conn, [{"stage": "seed", "weight": 0.3}, {"stage": "Series-A", "weight": 0.7}])
    assert array["is_valid"] is True and array["scale"] == "fraction"
    assert array["normalized"] == result["normalized"]
    assert array["sum"] == 1.0


def test_unknown_labels_come_with_suggestions(conn: Conn) -> None:
    result = distribution(conn, {"seeed": 40, "Series A": 60})
    assert codes(result) == ["UNKNOWN_STAGE"]
    assert result["invalid_inputs"] == ["seeed"]
    assert result["suggestions"] == {"seeed": ["seed"]}
    assert result["is_valid"] is False


@pytest.mark.parametrize(
    ("weight", "code"),
    [("NaN", "WEIGHT_NOT_A_NUMBER"), ("Infinity", "WEIGHT_NOT_A_NUMBER"),
     ("-Infinity", "WEIGHT_NOT_A_NUMBER"), ("30", "WEIGHT_NOT_A_NUMBER"),
     (True, "WEIGHT_NOT_A_NUMBER"), (False, "WEIGHT_NOT_A_NUMBER"), (None, "WEIGHT_NOT_A_NUMBER"),
     ([30], "WEIGHT_NOT_A_NUMBER"), ({"value": 30}, "WEIGHT_NOT_A_NUMBER"),
     (-5, "WEIGHT_NEGATIVE"), (-0.0001, "WEIGHT_NEGATIVE"), (150, "WEIGHT_ABOVE_MAX"),
     (100.0001, "WEIGHT_ABOVE_MAX")],
    ids=repr,
)
def test_hostile_weights_are_errors(conn: Conn, weight: Any, code: str) -> None:
    result = distribution(conn, {"seed": weight, "Series A": 50}, scale="percent")
    assert code in codes(result)
    assert result["is_valid"] is False
    flagged = [e for e in result["errors"] if e["code"] == code]
    assert flagged[0]["stage"] == "seed"
    assert result == stagenorm.parse_stage_distribution({"seed": weight, "Series A": 50}, "percent")


def test_json_numbers_beyond_double_are_exact_in_jsonb(conn: Conn) -> None:
    """jsonb keeps 1e999 as an exact number, so SQL reads it as a weight far above the
    maximum; Python's json.loads reads the same text as Infinity. Both reject it."""
    result = distribution(conn, '{"seed": 1e999, "Series A": 50}', scale="percent")
    assert codes(result)[0] == "WEIGHT_ABOVE_MAX"
    python = stagenorm.parse_stage_distribution(json.loads('{"seed": 1e999}'), "percent")
    assert codes(python)[0] == "WEIGHT_NOT_A_NUMBER"
    huge = distribution(conn, '{"seed": 1e5000}', scale="auto")
    assert "WEIGHT_ABOVE_MAX" in codes(huge) and huge["is_valid"] is False


@pytest.mark.parametrize(
    ("document", "code"),
    [("42", "INVALID_SHAPE"), ('"seed"', "INVALID_SHAPE"), ("null", "INVALID_SHAPE"),
     ("true", "INVALID_SHAPE"), ("[1, 2]", "INVALID_SHAPE"), ("[null]", "INVALID_SHAPE"),
     ('["seed"]', "INVALID_SHAPE"), ("[[\"seed\", 1]]", "INVALID_SHAPE"),
     ('[{"stage": 1, "weight": 2}]', "INVALID_SHAPE"), ('[{"stage": "seed"}]', "INVALID_SHAPE"),
     ('[{"weight": 1}]', "INVALID_SHAPE"), ("{}", "EMPTY_DISTRIBUTION"),
     ("[]", "EMPTY_DISTRIBUTION"), ("[" * 8 + "]" * 8, "INVALID_SHAPE"),
     ("[" * 1000 + "]" * 1000, "LIMIT_EXCEEDED")],
)
def test_bad_shapes_are_invalid_not_exceptions(conn: Conn, document: str, code: str) -> None:
    result = distribution(conn, document)
    assert result["is_valid"] is False
    assert codes(result)[0] == code
    assert set(result) == {"normalized", "invalid_inputs", "suggestions", "sum", "scale",
                           "is_valid", "errors"}


def test_sql_null_gives_null(conn: Conn) -> None:
    assert one(conn, "SELECT stagenorm.parse_stage_distribution(NULL)") is None


def test_huge_and_hostile_documents(conn: Conn) -> None:
    many = {f"Series A-{i}": 0.1 for i in range(1_000)}  # 1,000 sub-rounds: 100 %
    result = distribution(conn, many)
    assert result["is_valid"] is True and result["normalized"]["series_a"] == 1.0
    too_many = distribution(conn, {f"Series A-{i}": 0.01 for i in range(10_000)})
    assert codes(too_many) == ["LIMIT_EXCEEDED"]  # over the cap of 1,000 entries
    unknown = distribution(conn, {f"label {i}": 1 for i in range(1_000)})
    assert len(unknown["invalid_inputs"]) == 1_000 and unknown["is_valid"] is False
    long_label = distribution(conn, {"seed" + "x" * 252: 100})
    assert codes(long_label) == ["UNKNOWN_STAGE"]
    assert len(long_label["errors"][0]["message"]) < 200  # the label is shortened in messages
    assert codes(distribution(conn, {"seed" + "x" * 1_000_000: 100})) == ["LIMIT_EXCEEDED"]
    injected = distribution(conn, {"'); DROP TABLE stagenorm.stage; --": 100})
    assert codes(injected) == ["UNKNOWN_STAGE"]
    assert one(conn, "SELECT count(*) FROM stagenorm.stage") == len(KEYS)


@pytest.mark.parametrize(
    ("scale", "tolerance"),
    [("percentage", 0.01), ("", 0.01), ("AUTO", 0.01), (None, 0.01), ("auto", -0.01),
     ("percent", float("nan")), ("fraction", None)],
    ids=repr,
)
def test_unknown_scale_or_bad_tolerance_raise_sn003(conn: Conn, scale: str | None,
                                                    tolerance: float | None) -> None:
    state = sqlstate_of(
        conn, "SELECT stagenorm.parse_stage_distribution('{\"seed\": 1}', %(s)s::text, %(t)s::numeric)",
        {"s": scale, "t": tolerance},
    )
    assert state == "SN003"


def test_default_arguments(conn: Conn) -> None:
    assert one(conn, "SELECT stagenorm.parse_stage_distribution(%(v)s)",
               {"v": Jsonb({"seed": 0.5, "growth": 0.5})})["is_valid"] is True


# --------------------------------------------------------------------------- add_alias, remove_alias


def test_add_alias_folds_audits_and_takes_effect(conn: Conn) -> None:
    before = version(conn)
    assert one(conn, "SELECT stagenorm.normalize_stage('SEED_LING')") is None
    written = add_alias(conn, "  Seed-LING ", "seed", actor=" alice ", reason=" CRM export ")
    assert written is not None
    assert (written["action"], written["alias"], written["stage_key"]) == ("add_alias", "seed ling", "seed")
    assert (written["actor"], written["reason"]) == ("alice", "CRM export")
    assert written["version"] == version(conn) == before + 1
    assert written["db_role"] == one(conn, "SELECT session_user")
    stored = conn.execute("SELECT * FROM stagenorm.stage_alias WHERE alias = 'seed ling'").fetchone()
    assert stored is not None and (stored["stage_key"], stored["decorable"]) == ("seed", False)
    assert normalize_many(conn, ["SEED_LING", "seed ling", "Séed—ling", "seed ling+", "seed ling - II"]) == [
        "seed", "seed", "seed", None, "seed"]  # not decorable: no +; a round number keeps it (rule 11)
    assert one(conn, "SELECT stagenorm.suggest_stages('seed lign')") == ["seed"]

    # Same alias, same stage: nothing to do, nothing audited.
    assert add_alias(conn, "seed ling", "seed") is None
    assert version(conn) == before + 1


def test_decorable_alias_takes_sub_rounds(conn: Conn) -> None:
    add_alias(conn, "Seedling", "seed", decorable=True)
    assert normalize_many(conn, ["seedling 2", "Seedling+", "SEEDLING extension", "seedling-3 round"]) == [
        "seed"] * 4
    add_alias(conn, "k", "growth", decorable=True)
    assert normalize_many(conn, ["Series K", "ser. k-2", "K round", "seriesk"]) == ["growth"] * 4


def test_remove_alias_in_any_spelling(conn: Conn) -> None:
    add_alias(conn, "seed ling", "seed")
    before = version(conn)
    written = remove_alias(conn, "SEED_LING", actor="bob", reason="typo")
    assert (written["action"], written["alias"], written["stage_key"]) == ("remove_alias", "seed ling", "seed")
    assert written["version"] == before + 1
    assert one(conn, "SELECT stagenorm.normalize_stage('seed ling')") is None
    # A shipped alias can be removed too (scale: a company size in some CRMs).
    remove_alias(conn, "scale")
    assert normalize_many(conn, ["scale", "Scale Up"]) == [None, "growth"]


def test_audit_rows_in_order(conn: Conn) -> None:
    start = one(conn, "SELECT coalesce(max(id), 0) FROM stagenorm.taxonomy_audit")
    add_alias(conn, "zeta", "growth", actor="a1", reason="r1")
    remove_alias(conn, "zeta", actor="a2", reason="r2")
    rows = conn.execute(
        "SELECT action, alias, stage_key, actor, reason, version FROM stagenorm.taxonomy_audit "
        "WHERE id > %(s)s ORDER BY id", {"s": start}).fetchall()
    assert [(r["action"], r["alias"], r["stage_key"], r["actor"], r["reason"]) for r in rows] == [
        ("add_alias", "zeta", "growth", "a1", "r1"), ("remove_alias", "zeta", "growth", "a2", "r2")]
    assert rows[1]["version"] == rows[0]["version"] + 1


ADD = "SELECT stagenorm.add_alias(%(a)s::text, %(s)s::text, %(actor)s::text, %(reason)s::text, %(d)s::boolean)"


@pytest.mark.parametrize(
    ("alias", "stage", "actor", "reason", "decorable", "sqlstate"),
    [
        ("seedling", "nope", "alice", "why", False, "SN003"),
        ("seedling", None, "alice", "why", False, "SN003"),
        ("seedling", "Seed", "alice", "why", False, "SN003"),
        ("seedling", "seed", None, "why", False, "SN003"),
        ("seedling", "seed", "", "why", False, "SN003"),
        ("seedling", "seed", " \t ", "why", False, "SN003"),
        ("seedling", "seed", "a" * 201, "why", False, "SN003"),
        ("seedling", "seed", "alice", None, False, "SN003"),
        ("seedling", "seed", "alice", "   ", False, "SN003"),
        ("seedling", "seed", "alice", "r" * 2001, False, "SN003"),
        ("seedling", "seed", "alice", "why", None, "SN003"),
        (None, "seed", "alice", "why", False, "SN003"),
        ("s" * 1_000_000, "seed", "alice", "why", False, "SN003"),
        ("x" * 201, "seed", "alice", "why", False, "SN003"),
        ("", "seed", "alice", "why", False, "SN009"),
        ("  --  ", "seed", "alice", "why", False, "SN009"),
        ("\u200b\u00ad", "seed", "alice", "why", False, "SN009"),
        ("«»", "seed", "alice", "why", False, "SN009"),
        ("Series A", "seed", "alice", "why", False, "SN009"),  # a row: series a -> series_a
        ("series-a 2", "seed", "alice", "why", False, "SN009"),  # the rules read it as series_a
        ("Seed Round", "growth", "alice", "why", False, "SN009"),  # fillers: seed
        ("growth", "growth", "alice", "why", True, "SN009"),  # exists, not decorable
    ],
)
def test_add_alias_refusals(conn: Conn, alias: str | None, stage: str | None, actor: str | None,
                            reason: str | None, decorable: bool | None, sqlstate: str) -> None:
    before = version(conn)
    params = {"a": alias, "s": stage, "actor": actor, "reason": reason, "d": decorable}
    assert sqlstate_of(conn, ADD, params) == sqlstate
    assert version(conn) == before


def test_refused_errors_carry_a_hint(conn: Conn) -> None:
    for params in ({"a": "Series A", "s": "seed", "actor": "a", "reason": "r", "d": False},
                   {"a": "x", "s": "nope", "actor": "a", "reason": "r", "d": False}):
        with pytest.raises(psycopg.Error) as caught, conn.transaction():
            conn.execute(ADD, params)
        assert caught.value.diag.message_hint


def test_decorated_forms_may_not_change_meaning(conn: Conn) -> None:
    add_alias(conn, "zeta 2", "series_b")
    params = {"a": "zeta", "s": "seed", "actor": "a", "reason": "r", "d": True}
    assert sqlstate_of(conn, ADD, params) == "SN009"  # 'zeta 2' reads as series_b today
    params["d"] = False
    assert sqlstate_of(conn, ADD, params) is None  # undecorated, 'zeta 2' keeps its meaning
    assert normalize_many(conn, ["zeta", "zeta 2"]) == ["seed", "series_b"]


def test_remove_alias_refusals(conn: Conn) -> None:
    remove = "SELECT stagenorm.remove_alias(%(a)s::text, %(actor)s::text, %(reason)s::text)"
    before = version(conn)
    cases: list[tuple[dict[str, Any], str]] = [
        ({"a": "no such alias", "actor": "a", "reason": "r"}, "SN003"),
        ({"a": "", "actor": "a", "reason": "r"}, "SN003"),
        ({"a": None, "actor": "a", "reason": "r"}, "SN003"),
        ({"a": "seed", "actor": "", "reason": "r"}, "SN003"),
        ({"a": "seed", "actor": "a", "reason": None}, "SN003"),
        # Canonical keys and display names must keep reading as themselves.
        ({"a": "growth", "actor": "a", "reason": "r"}, "SN009"),
        ({"a": "Seed", "actor": "a", "reason": "r"}, "SN009"),
        ({"a": "pre_seed", "actor": "a", "reason": "r"}, "SN009"),
    ]
    for params, sqlstate in cases:
        assert sqlstate_of(conn, remove, params) == sqlstate, params
    assert version(conn) == before
    assert one(conn, "SELECT stagenorm.normalize_stage('growth')") == "growth"


def test_taxonomy_that_would_not_load_is_refused_before_commit(conn: Conn) -> None:
    """A row written around add_alias ('Zork-Ling' -> growth, not folded, not rebuilt):
    add_alias('zork ling', seed) passes the reading checks, and the load check refuses it."""
    conn.execute("INSERT INTO stagenorm.stage_alias (alias, stage_key) VALUES ('Zork-Ling', 'growth')")
    before = version(conn)
    audits = one(conn, "SELECT count(*) FROM stagenorm.taxonomy_audit")
    params = {"a": "zork ling", "s": "seed", "actor": "a", "reason": "r", "d": False}
    assert sqlstate_of(conn, ADD, params) == "SN009"
    assert version(conn) == before
    assert one(conn, "SELECT count(*) FROM stagenorm.taxonomy_audit") == audits
    assert one(conn, "SELECT count(*) FROM stagenorm.stage_alias WHERE alias = 'zork ling'") == 0
    # remove_alias finds unfolded rows by their folded form, every one of them.
    conn.execute("INSERT INTO stagenorm.stage_alias (alias, stage_key) VALUES ('zork ling', 'growth')")
    written = remove_alias(conn, "ZORK LING")
    assert (written["alias"], written["stage_key"]) == ("zork ling", "growth")
    assert one(conn, "SELECT count(*) FROM stagenorm.stage_alias WHERE alias ILIKE 'zork%%'") == 0


def test_bad_word_row_is_caught_by_the_load_check(conn: Conn) -> None:
    # the table takes it; the rules refuse a series prefix of two tokens
    conn.execute("INSERT INTO stagenorm.taxonomy_word (word, kind) VALUES ('two-tokens', 'series_prefix')")
    params = {"a": "seedling", "s": "seed", "actor": "a", "reason": "r", "d": False}
    assert sqlstate_of(conn, ADD, params) == "SN009"


def test_hostile_alias_text_is_stored_and_read_safely(conn: Conn) -> None:
    hostile = "x'); DROP TABLE stagenorm.stage; -- $$ $py$ \\ %s {0} \"q\""
    written = add_alias(conn, hostile, "late_stage", decorable=True)
    assert written is not None
    folded = written["alias"]
    assert one(conn, "SELECT stagenorm.normalize_stage(%(l)s::text)", {"l": hostile}) == "late_stage"
    assert one(conn, "SELECT stagenorm.normalize_stage(%(l)s::text)", {"l": folded + " 2"}) == "late_stage"
    assert one(conn, "SELECT count(*) FROM stagenorm.stage") == len(KEYS)
    assert normalize_many(conn, ["Series A", "seed"]) == ["series_a", "seed"]


def test_dependents_are_listed_in_a_notice(conn: Conn) -> None:
    notices: list[dict[str, str | None]] = []  # a Diagnostic is only valid in the handler
    conn.add_notice_handler(lambda d: notices.append(
        {"severity": d.severity, "detail": d.message_detail, "hint": d.message_hint}))
    add_alias(conn, "quiet", "seed")
    assert notices == []  # nothing uses normalize_stage yet
    conn.execute(
        "CREATE TABLE deals (id integer PRIMARY KEY, stage text, "
        " stage_key text GENERATED ALWAYS AS (stagenorm.normalize_stage(stage)) STORED, "
        " CONSTRAINT known CHECK (stagenorm.normalize_stage(stage) IS NOT NULL))"
    )
    conn.execute("CREATE INDEX deals_by_key ON deals (stagenorm.normalize_stage(stage))")
    conn.execute("CREATE MATERIALIZED VIEW deal_keys AS SELECT stagenorm.normalize_stage(stage) AS k FROM deals")
    conn.execute("CREATE VIEW deal_view AS SELECT stagenorm.normalize_stage(stage) AS k FROM deals")
    add_alias(conn, "seedling", "seed")
    remove_alias(conn, "seedling")
    assert len(notices) == 2
    for notice in notices:
        assert notice["severity"] == "NOTICE"
        detail, hint = notice["detail"] or "", notice["hint"] or ""
        # Names are schema-qualified (the function runs with its own search_path).
        assert "index public.deals_by_key" in detail
        assert "generated column public.deals.stage_key" in detail
        assert "materialized view public.deal_keys" in detail
        assert "check constraint known on public.deals" in detail
        assert "deal_view" not in detail  # a view computes at query time: nothing to rebuild
        assert "REINDEX INDEX CONCURRENTLY public.deals_by_key;" in hint
        assert "REFRESH MATERIALIZED VIEW public.deal_keys;" in hint
        assert "UPDATE public.deals SET stage_key = DEFAULT;" in hint


def test_permissions(conn: Conn) -> None:
    """EXECUTE is revoked from PUBLIC: a role needs stagenorm_admin (membership is enough).
    The roles exist only inside this test's transaction."""
    outsider, operator = f"sn_outsider_{os.getpid()}", f"sn_operator_{os.getpid()}"
    conn.execute(f'CREATE ROLE "{outsider}" NOLOGIN'.encode())
    conn.execute(f'CREATE ROLE "{operator}" NOLOGIN IN ROLE stagenorm_admin'.encode())
    # The outsider may use the schema (so the function's own grant is what stops it).
    conn.execute(f'GRANT USAGE ON SCHEMA stagenorm TO "{outsider}"'.encode())
    remove = "SELECT stagenorm.remove_alias(%(a)s, %(actor)s, %(reason)s)"
    add_params = {"a": "permission probe", "s": "seed", "actor": "a", "reason": "r", "d": False}
    remove_params = {"a": "permission probe", "actor": "a", "reason": "r"}

    conn.execute(f'SET SESSION AUTHORIZATION "{outsider}"'.encode())
    assert sqlstate_of(conn, ADD, add_params) == "42501"
    assert sqlstate_of(conn, remove, remove_params) == "42501"
    # With USAGE on the schema, reading is open to every role.
    assert one(conn, "SELECT stagenorm.normalize_stage('seed')") == "seed"

    conn.execute("RESET SESSION AUTHORIZATION")
    conn.execute(f'SET SESSION AUTHORIZATION "{operator}"'.encode())
    written = add_alias(conn, "permission probe", "seed")
    assert written is not None and written["db_role"] == operator
    assert remove_alias(conn, "permission probe")["db_role"] == operator
    conn.execute("RESET SESSION AUTHORIZATION")


# --------------------------------------------------------------------------- two sessions (commits)


@contextmanager
def sessions(url: str, n: int) -> Iterator[list[Conn]]:
    conns = [psycopg.connect(url, autocommit=True, row_factory=dict_row) for _ in range(n)]
    try:
        yield conns
    finally:
        for c in conns:
            c.close()


def test_other_sessions_see_an_alias_on_their_next_statement(db_url: str) -> None:
    with sessions(db_url, 2) as (operator, app):
        # The app session has loaded the normalizer, slow path and prepared plans included.
        probe = "SELECT stagenorm.normalize_stage(%(l)s::text) AS key"
        def prepared(label: str) -> str | None:
            row = app.execute(probe, {"l": label}, prepare=True).fetchone()
            assert row is not None
            return row["key"]  # type: ignore[no-any-return]

        assert [prepared(label) for label in ("Seedling", " seedling 2 ", "Seed")] == [
            None, None, "seed"]
        assert normalize_many(app, ["Seedling", " seedling 2 "]) == [None, None]
        app.execute("CREATE TABLE app_deals (stage text)")
        app.execute("INSERT INTO app_deals VALUES ('Seedling'), (' seedling 2 ')")

        add_alias(operator, "Seedling", "seed", decorable=True)

        assert prepared("Seedling") == "seed"  # the prepared statement was planned again
        assert prepared(" seedling 2 ") == "seed"  # PL/Python's slow path reloaded
        assert normalize_many(app, ["Seedling", " seedling 2 "]) == ["seed", "seed"]
        assert [r["k"] for r in app.execute(
            "SELECT stagenorm.normalize_stage(stage) AS k FROM app_deals").fetchall()] == ["seed", "seed"]
        assert one(app, "SELECT stagenorm.suggest_stages('seedlng')") == ["seed"]

        remove_alias(operator, "seedling")
        assert prepared("Seedling") is None
        assert normalize_many(app, ["Seedling", " seedling 2 "]) == [None, None]
        rows = app.execute("SELECT action, alias FROM stagenorm.taxonomy_audit "
                           "WHERE action <> 'seed' ORDER BY id").fetchall()
        assert [(r["action"], r["alias"]) for r in rows] == [("add_alias", "seedling"),
                                                             ("remove_alias", "seedling")]


def test_a_rolled_back_change_leaves_no_trace_in_any_session(db_url: str) -> None:
    """A rolled-back change and a later committed one get the same version number: the
    session that saw the first must answer with the second."""
    with sessions(db_url, 2) as (first, second):
        with first.transaction(force_rollback=True):
            add_alias(first, "zork", "seed")
            assert normalize_many(first, ["  zork  "]) == ["seed"]  # slow path, cached
            rolled_back = version(first)
        assert normalize_many(first, ["  zork  "]) == [None]
        add_alias(second, "zork", "growth")
        assert version(second) == rolled_back
        assert normalize_many(first, ["  zork  ", "zork"]) == ["growth", "growth"]
        assert one(first, "SELECT stagenorm.suggest_stages('  zork  ')") == ["growth"]


def _wait_until_blocked(watcher: Conn, pid: int) -> None:
    def blocked() -> bool:
        row = watcher.execute(
            "SELECT wait_event_type FROM pg_stat_activity WHERE pid = %(p)s", {"p": pid}
        ).fetchone()
        return row is not None and row["wait_event_type"] == "Lock"

    harness.wait_until(blocked, timeout=30, what=f"backend {pid} waiting on a lock")


def _in_thread(fn: Callable[[], Any]) -> tuple[threading.Thread, dict[str, Any]]:
    out: dict[str, Any] = {}

    def run() -> None:
        try:
            out["result"] = fn()
        except BaseException as exc:
            out["error"] = exc

    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    return thread, out


def test_concurrent_changes_serialize(db_url: str) -> None:
    with sessions(db_url, 3) as (a, b, watcher):
        start = version(watcher)
        with a.transaction():
            add_alias(a, "zeta", "seed")
            b_pid = b.info.backend_pid
            thread, out = _in_thread(lambda: add_alias(b, "Zeta", "growth"))  # same alias
            _wait_until_blocked(watcher, b_pid)
            thread2_conn = psycopg.connect(db_url, autocommit=True, row_factory=dict_row)
            thread2, out2 = _in_thread(lambda: add_alias(thread2_conn, "eta", "growth"))
            _wait_until_blocked(watcher, thread2_conn.info.backend_pid)
        thread.join(60)
        thread2.join(60)
        thread2_conn.close()
        assert isinstance(out.get("error"), psycopg.Error) and out["error"].sqlstate == "SN009"
        assert out2.get("error") is None and out2["result"]["version"] == start + 2
        assert normalize_many(watcher, ["zeta", "eta"]) == ["seed", "growth"]
        assert version(watcher) == start + 2


def test_reindex_concurrently_brings_an_index_up_to_date(db_url: str) -> None:
    """An index on normalize_stage(...) keeps the answers of the taxonomy it was built with;
    the NOTICE's REINDEX INDEX CONCURRENTLY rebuilds it, even from a session whose cached
    index definition predates the change."""
    with sessions(db_url, 3) as (operator, app, fresh):
        add_alias(operator, "zorbling", "seed")
        app.execute("CREATE TABLE deals (id integer PRIMARY KEY, stage text)")
        app.execute("CREATE INDEX deals_by_key ON deals (stagenorm.normalize_stage(stage))")
        app.execute("INSERT INTO deals SELECT g, 'Series A' FROM generate_series(1, 500) AS g")
        app.execute("ANALYZE deals")
        app.execute("INSERT INTO deals VALUES (1000, 'zorbling'), (1001, 'Seed')")
        remove_alias(operator, "zorbling")
        app.execute("INSERT INTO deals VALUES (1002, 'zorbling')")  # app's cached definition

        query = ("SELECT array_agg(id ORDER BY id) AS ids FROM deals "
                 "WHERE stagenorm.normalize_stage(stage) = 'seed'")
        fresh.execute("SET enable_seqscan = off")
        fresh.execute("SET enable_bitmapscan = off")
        plan = " ".join(r["QUERY PLAN"] for r in fresh.execute(f"EXPLAIN {query}").fetchall())
        assert "deals_by_key" in plan
        # Entries computed with the old taxonomy (1000 before the change, 1002 by the
        # session whose cached index definition predates it) answer through the index.
        assert one(fresh, query) == [1000, 1001, 1002]

        app.execute("REINDEX INDEX CONCURRENTLY deals_by_key")
        assert one(fresh, query) == [1001]
        fresh.execute("RESET enable_seqscan")
        assert one(fresh, query) == [1001]


def test_a_removed_alias_stays_removed_when_a_migration_reseeds(conn: Conn) -> None:
    from stagenorm import install

    remove_alias(conn, "scale")
    conn.execute(
        "SELECT stagenorm._install_seed(%s, %s::jsonb)",
        (install.rules_source(), install.taxonomy_document()),
    )
    assert normalize_many(conn, ["scale", "growth"]) == [None, "growth"]
    add_alias(conn, "scale", "growth")
    assert normalize_many(conn, ["scale"]) == ["growth"]


def test_an_application_role_without_admin_can_use_the_taxonomy(conn: Conn) -> None:
    """What an application connects as: no stagenorm_admin, no grants of its own."""
    conn.execute("CREATE ROLE stagenorm_test_app NOLOGIN")
    conn.execute("SET ROLE stagenorm_test_app")
    assert one(conn, "SELECT stagenorm.normalize_stage('Series A-2')") == "series_a"
    assert one(conn, "SELECT stagenorm.normalize_stage('sereis c extension')") is None
    assert one(conn, "SELECT stagenorm.suggest_stages('seeed')") == ["seed"]
    result = one(conn, """SELECT stagenorm.parse_stage_distribution('{"Seed": 40, "Series A": 60}')""")
    assert result["is_valid"] is True
    assert one(conn, "SELECT stagenorm.current_mode()") in ("off", "warn", "enforce")
    with pytest.raises(psycopg.errors.InsufficientPrivilege):
        conn.execute("SELECT stagenorm.add_alias('x y z', 'seed', 'app', 'not allowed')")


# --------------------------------------------------------------------------- taxonomy v2: words

ADD_WORD = "SELECT * FROM stagenorm.add_word(%(w)s, %(k)s, %(actor)s, %(reason)s, %(m)s::text[])"


def add_word(conn: Conn, word: str, kind: str, means: list[str] | None = None) -> dict[str, Any] | None:
    row = conn.execute(ADD_WORD, {"w": word, "k": kind, "actor": "alice", "reason": "site word",
                                  "m": means}).fetchone()
    assert row is not None
    return None if row["id"] is None else row


def test_version_2_words_are_in_the_tables_and_read_in_sql(conn: Conn) -> None:
    kinds = {r["kind"] for r in conn.execute("SELECT DISTINCT kind FROM stagenorm.taxonomy_word")}
    assert kinds == {"filler", "qualifier", "currency", "series_prefix", "decoration", "numeral",
                          "pre", "magnitude", "bucket"}
    assert one(conn, "SELECT means FROM stagenorm.taxonomy_word WHERE word = 'early'") == [
        "series_a", "series_b"]
    labels = ["Later Stage VC (Series C1)", "Seed - II", "$4-million-series-b", "Seed\\nFunding",
              "天使轮", "Pre-B轮", "Ronda de Serie A", "Early Stage VC", "战略融资"]
    assert normalize_many(conn, labels) == [stagenorm.normalize_stage(label) for label in labels] == [
        "series_c", "seed", "series_b", "seed", "pre_seed", "series_a", "series_a", None, None]
    assert one(conn, "SELECT stagenorm.suggest_stages('Later Stage VC')") == ["growth", "late_stage"]
    assert one(conn, "SELECT stagenorm.suggest_stages('Series D - Health IQ')") == ["growth"]


def test_add_word_teaches_a_site_specific_word(conn: Conn) -> None:
    before = version(conn)
    assert normalize_many(conn, ["Series A Tranche 2", "Tranche"]) == [None, None]
    written = add_word(conn, " TRANCHE ", "qualifier")
    assert written is not None
    assert (written["action"], written["word"], written["kind"], written["alias"]) == (
        "add_word", "tranche", "qualifier", None)
    assert written["version"] == version(conn) == before + 1
    assert normalize_many(conn, ["Series A Tranche 2", "Tranche", "seed (tranche ii)"]) == [
        "series_a", None, "seed"]
    assert add_word(conn, "tranche", "qualifier") is None  # already: nothing changes
    # a bucket word: unknown, suggesting what it spans
    assert add_word(conn, "nano", "bucket", ["pre_seed", "seed"]) is not None
    assert one(conn, "SELECT stagenorm.normalize_stage('Nano Seed')") is None
    assert one(conn, "SELECT stagenorm.suggest_stages('Nano Seed')") == ["pre_seed", "seed"]
    # and back
    removed = conn.execute("SELECT * FROM stagenorm.remove_word('Tranche', 'bob', 'gone')").fetchone()
    assert removed is not None and (removed["action"], removed["word"], removed["kind"]) == (
        "remove_word", "tranche", "qualifier")
    assert one(conn, "SELECT stagenorm.normalize_stage('Series A Tranche 2')") is None


@pytest.mark.parametrize(
    ("word", "kind", "means", "sqlstate"),
    [
        ("tranche", "suffix", None, "SN003"),  # no such kind
        ("tranche", None, None, "SN003"),
        (None, "filler", None, "SN003"),
        ("nano", "bucket", None, "SN003"),  # a bucket word needs means
        ("tranche", "filler", ["seed"], "SN003"),  # means only for qualifier and bucket words
        ("nano", "bucket", ["nope"], "SN003"),
        ("--", "filler", None, "SN009"),  # empty once folded
        ("venture", "filler", None, "SN009"),  # a qualifier already
        ("angel", "qualifier", None, "SN009"),  # an alias
        ("Seed Round", "filler", None, "SN009"),  # reads as a stage today
        ("two words", "series_prefix", None, "SN009"),  # the taxonomy would not load
    ],
)
def test_add_word_refusals(conn: Conn, word: str | None, kind: str | None, means: list[str] | None,
                           sqlstate: str) -> None:
    before = version(conn)
    params = {"w": word, "k": kind, "actor": "alice", "reason": "r", "m": means}
    assert sqlstate_of(conn, ADD_WORD, params) == sqlstate
    assert version(conn) == before


def test_remove_word_refusals(conn: Conn) -> None:
    remove = "SELECT stagenorm.remove_word(%(w)s, 'bob', 'r')"
    assert sqlstate_of(conn, remove, {"w": "no such word"}) == "SN003"
    # without the series prefix "ser", nothing breaks; without "pre", Pre-Seed still reads
    assert sqlstate_of(conn, remove, {"w": "ser"}) is None


def test_add_alias_refuses_a_word_of_the_taxonomy(conn: Conn) -> None:
    params = {"a": "Venture", "s": "growth", "actor": "a", "reason": "r", "d": False}
    assert sqlstate_of(conn, ADD, params) == "SN009"
    assert one(conn, "SELECT stagenorm.normalize_stage('Seed Venture')") == "seed"
    # a longer alias that holds the word is fine
    written = add_alias(conn, "Venture Growth Spurt", "growth")
    assert written is not None and written["alias"] == "venture growth spurt"


def test_a_removed_word_stays_removed_on_reinstall(conn: Conn) -> None:
    conn.execute("SELECT stagenorm.remove_word('capital', 'bob', 'names a fund here')")
    assert one(conn, "SELECT stagenorm.normalize_stage('Growth Capital')") is None
    conn.execute("SELECT stagenorm._install_seed(%(r)s, %(t)s::jsonb)",
                 {"r": install.rules_source(), "t": install.taxonomy_document()})
    assert one(conn, "SELECT count(*) FROM stagenorm.taxonomy_word WHERE word = 'capital'") == 0
    assert one(conn, "SELECT count(*) FROM stagenorm.taxonomy_word WHERE word = 'venture'") == 1
