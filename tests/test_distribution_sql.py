"""The portable ``parse_stage_distribution`` (``stagenorm._parse_distribution``, PL/pgSQL
and SQL only) and the caps on its input (issue 17: bounded work).

The portable implementation must answer exactly as the rules module does (in Python and
through PL/Python): tests/test_parity.py fuzzes whole distributions through all three;
this file checks the pieces where PostgreSQL and Python differ most (the numbers: float
reading, fsum, %.12g, repr; and json.dumps quoting) on many values each, the caps on
both sides of each limit, and that an oversized input ends quickly and long work can be
cancelled, through the function and through a distribution column's trigger.
"""

# ruff: noqa: RUF001

from __future__ import annotations

import decimal
import json
import math
import random
import struct
import threading
import time
from collections.abc import Iterator
from decimal import Decimal
from typing import Any

import psycopg
import pytest
from psycopg.rows import dict_row

import stagenorm
from stagenorm import rules, taxonomy
from tests.test_parity import distribution_mismatches, sql_distributions

Conn = psycopg.Connection[dict[str, Any]]
RNG_SEED = 20261203


def connect(url: str) -> Conn:
    return psycopg.connect(url, autocommit=True, row_factory=dict_row)


def random_doubles(rng: random.Random, count: int) -> list[float]:
    """Finite doubles from random bit patterns: every exponent, subnormals, both signs."""
    out: list[float] = []
    while len(out) < count:
        x = struct.unpack("<d", rng.getrandbits(64).to_bytes(8, "little"))[0]
        if math.isfinite(x):
            out.append(x)
    return out


# --------------------------------------------------------------------------- the number pieces


def exact_decimal(x: float) -> str:
    return format(Decimal(x), "f")


with decimal.localcontext() as exact_context:
    exact_context.prec = 3000  # enough for every value below exactly
    MAX_DOUBLE_EDGE = Decimal(2) ** 1024 - Decimal(2) ** 970  # at and above: Python reads inf
    MIN_DOUBLE_EDGE = Decimal(2) ** -1075  # at and below: Python reads 0.0
    TINY = Decimal("1e-1200")
    EDGES = [MAX_DOUBLE_EDGE, MAX_DOUBLE_EDGE - TINY, MAX_DOUBLE_EDGE + TINY,
             MIN_DOUBLE_EDGE, MIN_DOUBLE_EDGE - TINY, MIN_DOUBLE_EDGE + TINY,
             Decimal(2) ** -1074, Decimal(2) ** -1074 * 3 / 2, Decimal(2) ** -1022,
             Decimal("1e-307"), Decimal("1e308"), Decimal("0.1"), Decimal("1.0"), Decimal("100.0"),
             Decimal("100.00000000000001"), Decimal("1000000000.0"), Decimal("999999999.99999999999"),
             Decimal("0.000"), Decimal("1e-400"), Decimal(1) + Decimal(2) ** -53,  # a tie: to even
             Decimal(1) + Decimal(2) ** -53 + TINY]


def number_texts() -> list[str]:
    """JSON numbers jsonb prints with a decimal point (Python: floats), chosen where
    reading them is hardest: the overflow and underflow edges, subnormals, ties
    between two doubles, very long decimals, and random doubles' exact values."""
    rng = random.Random(RNG_SEED)
    texts = []
    for d in EDGES:
        texts += [format(d, "f") if "." in format(d, "f") else format(d, "f") + ".0"]
    for x in random_doubles(rng, 150):
        exact = exact_decimal(abs(x))
        texts.append(exact + ("1" if "." in exact else ".5"))  # just above a double, or a tie
        texts.append(exact if "." in exact else exact + ".0")
        if "e" not in repr(abs(x)):
            texts.append(repr(abs(x)))
    for _ in range(100):  # long random decimals
        texts.append(f"{rng.randrange(10 ** rng.randint(0, 30))}.{rng.randrange(10 ** 60):060d}")
    return texts + ["-" + t for t in texts]


def test_json_numbers_read_as_python_reads_them(conn: Conn) -> None:
    texts = number_texts()
    rows = conn.execute(
        "SELECT n::text AS printed, stagenorm._json_double(n) AS d, "
        "stagenorm._json_type(pg_catalog.to_jsonb(n)) AS kind "
        "FROM unnest(%(t)s::numeric[]) WITH ORDINALITY AS x(n, i) ORDER BY i", {"t": texts},
    ).fetchall()
    infinite = 0
    for row in rows:
        python = json.loads(row["printed"])  # what the rules read from the jsonb text
        assert isinstance(python, float), row["printed"]
        assert row["d"] == python or (row["d"] == 0 and python == 0), row["printed"][:80]
        assert row["kind"] == rules._json_type(python), row["printed"][:80]
        infinite += math.isinf(python)
    assert infinite >= 4  # the overflow edge was crossed, both signs


def test_number_texts_through_whole_distributions(conn: Conn) -> None:
    """The same hard numbers as weights and as array items, through every implementation."""
    texts = number_texts()
    docs = []
    for i, text in enumerate(texts):
        label = ("seed", "Series A", "grwoth", "pre-seed")[i % 4]
        docs.append(f'{{"{label}": {text}, "growth": 0.5}}')
        docs.append(f'[{{"stage": "{label}", "weight": {text}}}, {text}]')
    scales = ["auto", "percent", "fraction"] * (len(docs) // 3 + 1)
    tolerances = [0.01, 0.0, 1e-300, 2.5] * (len(docs) // 4 + 1)
    rows = sql_distributions(conn, docs, scales[: len(docs)], [repr(t) for t in tolerances[: len(docs)]])
    assert distribution_mismatches(rows, scales[: len(docs)], tolerances[: len(docs)]) == []


def test_format_g_is_pythons(conn: Conn) -> None:
    rng = random.Random(RNG_SEED)
    values = random_doubles(rng, 3000) + [rng.uniform(0, 1000) for _ in range(1000)]
    values += [0.0, -0.0, 0.5, 123456789012.5, 123456789013.5, 9.999999999995, 99999999999.95,
               999999999999.5, 1e-5, 1e-4, 9.9999999999995e-05, 1e16, 1e12, 1e11, 123456789012,
               1.5e300, 5e-324, 1.7976931348623157e308, 0.75, 33.3333333333, 1e-12, math.inf, -math.inf]
    values = [float(v) for v in values]
    for digits in (12, 1, 6, 17):
        rows = conn.execute(
            "SELECT stagenorm._format_g(x, %(p)s) AS g FROM unnest(%(x)s::float8[]) WITH ORDINALITY "
            "AS t(x, i) ORDER BY i", {"x": values, "p": digits},
        ).fetchall()
        wrong = [(x, row["g"], f"{x:.{digits}g}") for x, row in zip(values, rows, strict=True)
                 if row["g"] != f"{x:.{digits}g}"]
        assert wrong == [], digits


def test_fsum_is_pythons_bit_for_bit(conn: Conn) -> None:
    rng = random.Random(RNG_SEED)
    lists: list[list[float]] = [[], [0.0], [-0.0], [1e-16, 1.0, 1e16], [0.1] * 10, [0.1, 0.2, 0.7]]
    for _ in range(1500):
        kind = rng.random()
        if kind < 0.4:  # shares: 0..1
            lists.append([rng.random() for _ in range(rng.randint(1, 30))])
        elif kind < 0.7:  # decimal shares of a percent distribution
            lists.append([rng.randint(0, 10000) / 100 / 100 for _ in range(rng.randint(1, 30))])
        else:  # any magnitude and sign, where partials matter
            lists.append([rng.choice((1, -1)) * rng.random() * 10.0 ** rng.randint(-30, 30)
                          for _ in range(rng.randint(1, 20))])
    rows = conn.execute(
        "SELECT stagenorm._fsum(pg_catalog.string_to_array(l, ',')::float8[]) AS s "
        "FROM unnest(%(l)s::text[]) WITH ORDINALITY AS t(l, i) ORDER BY i",
        {"l": [",".join(repr(x) for x in xs) for xs in lists]},
    ).fetchall()
    wrong = [(xs, row["s"], math.fsum(xs)) for xs, row in zip(lists, rows, strict=True)
             if struct.pack("<d", row["s"]) != struct.pack("<d", math.fsum(xs))]
    assert wrong == []


def test_shares_print_as_python_prints_them(conn: Conn) -> None:
    rng = random.Random(RNG_SEED)
    values = [rng.random() for _ in range(2000)] + [rng.uniform(0, 1000) for _ in range(1000)]
    values += [rng.randint(0, 10**6) / 10**6 for _ in range(500)]
    values += [0.0, 1.0, 1000.0, 5e-13, 4.999999999999999e-13, 1.5e-12, 2.5e-12, 1e-5, 0.0001,
               0.00012, 1 / 3, 2 / 3, 999.9999999999995, 5e-324]
    rows = conn.execute(
        "SELECT stagenorm._share_json(x)::text AS sql, p::jsonb::text AS python "
        "FROM unnest(%(x)s::float8[], %(p)s::text[]) WITH ORDINALITY AS t(x, p, i) ORDER BY i",
        {"x": values, "p": [json.dumps(round(x * 1e12) / 1e12) for x in values]},
    ).fetchall()
    assert [r["sql"] for r in rows] == [r["python"] for r in rows]


def test_labels_are_quoted_as_json_dumps_quotes_them(conn: Conn) -> None:
    rng = random.Random(RNG_SEED)
    texts = ["".join(chr(rng.choice((rng.randint(1, 0x7F), rng.randint(0x80, 0xD7FF),
                                     rng.randint(0xE000, 0x10FFFF))))
                     for _ in range(rng.randint(0, 90))) for _ in range(3000)]
    texts += ["", '"', "\\", "\x7f", "\x01\x1f", "\u2028", "\U0001f331", "\U0010ffff", "é" * 80, "a/b"]
    rows = conn.execute(
        "SELECT stagenorm._json_ascii(s) AS q FROM unnest(%(s)s::text[]) WITH ORDINALITY AS t(s, i) "
        "ORDER BY i", {"s": texts},
    ).fetchall()
    assert [r["q"] for r in rows] == [json.dumps(t) for t in texts]


# --------------------------------------------------------------------------- the caps

CAP = rules.MAX_ENTRIES
LONG = rules.MAX_LABEL_LENGTH
DEEP = rules.MAX_DEPTH


def nested(depth: int, as_array: bool) -> Any:
    """A distribution whose containers nest exactly ``depth`` levels."""
    weight: Any = 1
    for i in range(depth - (2 if as_array else 1)):
        weight = [weight] if i % 2 else {"x": weight}
    return [{"stage": "seed", "weight": weight}] if as_array else {"seed": weight}


def deep_list(depth: int) -> list[Any]:
    value: list[Any] = []
    for _ in range(depth - 1):
        value = [value]
    return value


def cap_cases() -> list[tuple[str, Any, str | None]]:
    """(name, value, the cap message's start or None): each cap, at and over its limit."""
    label = "Série A " + "é" * (LONG - 8)  # characters, not bytes, are counted
    assert len(label) == LONG
    cases: list[tuple[str, Any, str | None]] = []
    for as_array in (False, True):
        form = "array" if as_array else "object"

        def doc(pairs: list[tuple[str, Any]], as_array: bool = as_array) -> Any:
            if as_array:
                return [{"stage": k, "weight": w} for k, w in pairs]
            return dict(pairs)

        cases += [
            (f"{form}: {CAP} entries", doc([(f"Series A-{i}", 100 / CAP) for i in range(CAP)]), None),
            (f"{form}: {CAP + 1} entries", doc([(f"Series A-{i}", 1) for i in range(CAP + 1)]),
             f"the distribution has {CAP + 1} entries"),
            (f"{form}: {LONG}-character label", doc([(label, 100)]), None),
            (f"{form}: {LONG + 1}-character label", doc([(label + "x", 100), ("seed", "x" * 10_000)]),
             f"a stage label has {LONG + 1} characters"),
            (f"{form}: nested {DEEP}", nested(DEEP, as_array), None),
            (f"{form}: nested {DEEP + 1}", nested(DEEP + 1, as_array), "the input is nested more than"),
            (f"{form}: nested 5000", deep_list(5000) if as_array else {"seed": deep_list(4999)},
             "the input is nested more than"),
            (f"{form}: entries before labels", doc([("x" * 300, 1)] * 1 + [(f"s{i}", 1) for i in range(CAP)]),
             f"the distribution has {CAP + 1} entries"),
        ]
    return cases


CAP_CASES = cap_cases()


def as_text(value: Any) -> str:
    """json.dumps, also of the two documents nested 5000 deep (without recursion)."""
    try:
        return json.dumps(value)
    except RecursionError:
        depth = 0
        inner: Any = value["seed"] if isinstance(value, dict) else value
        while isinstance(inner, list) and inner:
            depth += 1
            inner = inner[0]
        text = "[" * (depth + 1) + "]" * (depth + 1)
        return '{"seed": ' + text + "}" if isinstance(value, dict) else text


@pytest.mark.parametrize(("name", "value", "message"), CAP_CASES, ids=[c[0] for c in CAP_CASES])
def test_caps_are_the_same_in_python_and_in_both_sql_implementations(
        conn: Conn, name: str, value: Any, message: str | None) -> None:
    text = as_text(value)
    row = sql_distributions(conn, [text], ["auto"], ["0.01"])[0]
    # What PL/Python runs: the rules from the text jsonb prints (deep nesting included).
    python = json.loads(rules.parse_stage_distribution_json(row["doc"], taxonomy.default_taxonomy()))
    if row["plpython"] is not None:
        assert row["portable"] == row["plpython"]
    for column in ("result", "portable", "plpython"):
        if row[column] is None:
            continue
        answer = json.loads(row[column])
        assert answer == python, column
        limited = [e for e in answer["errors"] if e["code"] == "LIMIT_EXCEEDED"]
        if message is None:
            assert limited == [], (column, answer["errors"][:2])
        else:
            assert answer["errors"] == limited and len(limited) == 1, column
            assert limited[0]["message"].startswith(message), limited[0]["message"]
            assert answer["is_valid"] is False and answer["invalid_inputs"] == []
            assert set(answer["normalized"].values()) == {0.0}
    # The Python package on the original value (Python objects, its own key order) too.
    direct = stagenorm.parse_stage_distribution(value)
    assert [e["message"] for e in direct["errors"] if e["code"] == "LIMIT_EXCEEDED"] == [
        e["message"] for e in python["errors"] if e["code"] == "LIMIT_EXCEEDED"]


def test_the_caps_are_documented() -> None:
    from pathlib import Path

    page = (Path(__file__).resolve().parents[1] / "docs/sql/parse_stage_distribution.md").read_text("utf-8")
    assert "LIMIT_EXCEEDED" in page
    for number in (f"{CAP:,}", str(LONG), str(DEEP)):
        assert number in page, number


# --------------------------------------------------------------------------- bounded work

HUGE = "(SELECT pg_catalog.jsonb_object_agg('seeX' || g, 1) FROM pg_catalog.generate_series(1, 200000) AS g)"
# The most work a document within the caps asks for: 1000 distinct unknown labels, each
# long enough to be compared with every suggestion candidate.
WORST = ("(SELECT pg_catalog.jsonb_object_agg('serie ' || pg_catalog.md5(g::text), 0.001) "
         "FROM pg_catalog.generate_series(1, 999) AS g)")  # and one more key per statement row


@pytest.fixture
def sessions(db_url: str) -> Iterator[tuple[Conn, Conn]]:
    """A worker session and a watcher session on one database."""
    with connect(db_url) as worker, connect(db_url) as watcher:
        yield worker, watcher


@pytest.mark.parametrize("call", ["stagenorm.parse_stage_distribution({doc})",
                                  "stagenorm._parse_distribution({doc}, 'auto', 0.01)"],
                         ids=["dispatched", "portable"])
def test_a_200000_key_distribution_ends_under_statement_timeout(sessions: tuple[Conn, Conn],
                                                                call: str) -> None:
    worker, _ = sessions
    worker.execute("SET statement_timeout = '2s'")
    # statement_timeout is the bound: past 2 s this raises QueryCanceled instead of answering
    row = worker.execute(f"SELECT {call.format(doc=HUGE)} AS r").fetchone()
    assert row is not None
    assert [e["code"] for e in row["r"]["errors"]] == ["LIMIT_EXCEEDED"]
    assert "200000 entries" in row["r"]["errors"][0]["message"]


def run_until_cancelled(worker: Conn, watcher: Conn, sql: str) -> BaseException | None:
    """Run ``sql`` in ``worker`` (in a thread), wait until it is running, cancel it with
    pg_cancel_backend from ``watcher``; the error it ended with. Cancelling must stop it
    long before the work would end by itself (minutes): 30 s is the hang bound."""
    pid = worker.info.backend_pid
    outcome: list[BaseException | None] = []
    ended = threading.Event()

    def work() -> None:
        try:
            worker.execute(sql)
            outcome.append(None)
        except BaseException as exc:  # handed to the test thread
            outcome.append(exc)
        ended.set()

    thread = threading.Thread(target=work, daemon=True)
    thread.start()
    deadline = time.monotonic() + 30
    while True:  # poll until the statement is running, not sleeping on a fixed delay
        row = watcher.execute("SELECT state, query FROM pg_catalog.pg_stat_activity WHERE pid = %s",
                              (pid,)).fetchone()
        if row and row["state"] == "active" and "generate_series" in (row["query"] or ""):
            break
        assert time.monotonic() < deadline, "the statement never started"
        assert not ended.is_set(), outcome
        ended.wait(0.01)
    assert not ended.is_set(), "the work ended before it could be cancelled"
    assert watcher.execute("SELECT pg_catalog.pg_cancel_backend(%s) AS c", (pid,)).fetchone() == {"c": True}
    assert ended.wait(30), "pg_cancel_backend did not stop it"
    thread.join()
    return outcome[0]


@pytest.mark.parametrize("call", ["stagenorm.parse_stage_distribution(d.doc)",
                                  "stagenorm._parse_distribution(d.doc, 'auto', 0.01)"],
                         ids=["dispatched", "portable"])
def test_pg_cancel_backend_stops_long_distribution_work(sessions: tuple[Conn, Conn], call: str) -> None:
    worker, watcher = sessions
    # Many documents at the caps' worst: minutes of work if nothing stops it.
    sql = (f"SELECT pg_catalog.count({call}) FROM pg_catalog.generate_series(1, 100000) AS g, "
           f"LATERAL (SELECT {WORST} || pg_catalog.jsonb_build_object('n', g) AS doc) AS d")
    error = run_until_cancelled(worker, watcher, sql)
    assert isinstance(error, psycopg.errors.QueryCanceled), error


def test_a_distribution_column_trigger_is_bounded_too(sessions: tuple[Conn, Conn]) -> None:
    worker, watcher = sessions
    worker.execute("CREATE TABLE public.funds (id bigserial PRIMARY KEY, mix jsonb)")
    worker.execute("SELECT stagenorm.enforce_stage_distribution_column('public.funds', 'mix')")
    worker.execute("SELECT stagenorm.set_mode('enforce', 'tester', 'bounded work')")
    worker.execute("SET statement_timeout = '2s'")
    with pytest.raises(psycopg.Error) as refused:  # SN003, not QueryCanceled: answered within 2 s
        worker.execute(f"INSERT INTO public.funds (mix) SELECT {HUGE}")
    assert refused.value.sqlstate == "SN003", refused.value
    assert "LIMIT_EXCEEDED" in (refused.value.diag.message_detail or "")
    worker.execute("RESET statement_timeout")
    sql = (f"INSERT INTO public.funds (mix) SELECT {WORST} || pg_catalog.jsonb_build_object('n', g) "
           "FROM pg_catalog.generate_series(1, 100000) AS g")
    error = run_until_cancelled(worker, watcher, sql)
    assert isinstance(error, psycopg.errors.QueryCanceled), error
    assert watcher.execute("SELECT count(*) AS n FROM public.funds").fetchone() == {"n": 0}
