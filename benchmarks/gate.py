"""The speed gate: fails on a 1.5x regression of the normalizer or the enforcement trigger,
and not on the noise of a shared machine.

    python -m benchmarks.gate                  # measure, compare with baselines/gate.json
    python -m benchmarks.gate --save           # measure and save baselines/gate.json
    python -m benchmarks.gate --inject WHAT    # the same with a 2x slowdown of WHAT (must fail)
    python -m benchmarks.gate --prove          # 5 plain runs must pass, each injection must fail

``make bench-check`` runs it (``SAVE=1`` saves); ``.ci/run`` runs it after ``make test``.

Every figure is a ratio of the subject's own cost to a reference measured in the same
round, alternately (the order swaps every round), and the gate reads the median of
``--rounds`` (default 7) rounds, so a neighbour's load moves both sides of a ratio alike and
one disturbed round moves nothing. A figure fails when its median leaves the band
``[baseline / 1.5, baseline * 1.5]`` (faster beyond the band fails too: the baseline is
stale and would let a later regression through; re-save it), when the baseline has a
figure the run did not produce, and when the run produced one the baseline lacks.

Figures (every label of a round is distinct and never seen before in the run, so no cache
of the normalizer answers: not the SQL fast-path map, not PL/Python's or Python's memo):

- ``sql_normalize_uncached_vs_identity``: ``count(stagenorm.normalize_stage(stage))`` over
  the round's labels, as a ratio to ``count(gate_identity(stage))``, a PL/Python function
  that returns its argument, over the same rows (one session, warmed).
- ``sql_normalize_portable_uncached_vs_identity``: the same in a database migrated with
  ``--implementation plpgsql``, against a PL/pgSQL identity function.
- ``py_normalize_uncached_vs_fold``: ``stagenorm.normalize_stage`` per label, as a ratio to
  a plain-Python fold of the same label (NFKC, casefold, split, join), alternating in chunks.
- ``trigger_enforce_per_row_vs_plain_insert``: the enforcement trigger's own cost per row
  (``INSERT ... SELECT`` of known messy labels into an enforced table, minus the same
  INSERT into a table without triggers) as a ratio to the plain INSERT's cost per row, in
  ``enforce`` mode. ``trigger_enforce_per_row_vs_bare_trigger`` (the same cost as a ratio
  to a bare PL/pgSQL row trigger's) is reported beside it.

A 2x slower normalizer or trigger moves its figure by about 2x: ``--inject`` proves it in a
scratch database (the product's code path is never slowed for its users):

- ``normalize``: ``normalize_stage`` is replaced by a function that normalizes each label
  twice (the second time with a trailing space, which reads alike but misses every cache);
- ``portable``: the same in the portable database;
- ``python``: the gate's Python figure calls the normalizer twice per label, alike;
- ``trigger``: the enforced table's row function gets a busy loop calibrated, in the same
  run, to cost what the function costs per row.
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import time
import unicodedata
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from functools import partial
from dataclasses import dataclass
from pathlib import Path

import psycopg

from benchmarks.common import BASELINES, main_exit
from benchmarks.labels import distinct_labels
from stagenorm import embedded
from stagenorm.migrations import upgrade
from tests import harness

BAND = 1.5
BASELINE = BASELINES / "gate.json"
INJECTIONS = ("normalize", "portable", "python", "trigger")
PROVE_RUNS = 5

# Known labels that are not stage keys, so the trigger's row function runs for every row
# (its WHEN clause keeps canonical keys out of PL/pgSQL).
MESSY = ("Seed", "Series A", "series-b", "Series C", "Growth", "late stage", "Pre-Seed",
         "Series B-2", "SEED", "A round", "pre-IPO", "growth equity")

Conn = psycopg.Connection[tuple[object, ...]]


@dataclass(frozen=True)
class Figure:
    name: str
    samples: list[float]  # one ratio per round
    reference: str
    gated: bool = True

    @property
    def value(self) -> float:
        return statistics.median(self.samples)


@dataclass(frozen=True)
class Sizes:
    rounds: int = 7
    sql_labels: int = 20000  # distinct labels per round, PL/Python
    sql_chunk: int = 1000  # rows per query; reference and subject alternate query by query
    portable_labels: int = 6000  # distinct labels per round, PL/pgSQL
    portable_chunk: int = 300
    py_labels: int = 6000  # distinct labels per round, Python
    py_chunk: int = 250
    trigger_rows: int = 30000
    trigger_chunk: int = 3000  # rows per INSERT; the three tables alternate INSERT by INSERT


class NotLocal(RuntimeError):
    """The backend's CPU time cannot be read: the server is not on this machine."""


def backend_cpu(conn: Conn) -> float:
    """CPU seconds the connection's backend has run (``/proc/PID/schedstat``, nanoseconds:
    time spent waiting for a core while the neighbours run is not in it)."""
    pid = conn.info.backend_pid
    try:
        return int(Path(f"/proc/{pid}/schedstat").read_text().split()[0]) / 1e9
    except (OSError, IndexError, ValueError) as exc:
        raise NotLocal(
            f"cannot read /proc/{pid}/schedstat ({exc}): the gate measures the backend's CPU time, "
            "so the server must run on this machine (the gate starts its own)") from exc


def timed(conn: Conn, sql: str, params: tuple[object, ...] | None = None) -> float:
    """The backend's CPU seconds for one statement."""
    start = backend_cpu(conn)
    conn.execute(sql.encode(), params).fetchall()
    return backend_cpu(conn) - start


def alternate(round_no: int, first: Callable[[], float], second: Callable[[], float]) -> tuple[float, float]:
    """Both timings of a round, in swapped order every other round."""
    if round_no % 2 == 0:
        a = first()
        return a, second()
    b = second()
    return first(), b


# -- the SQL normalizer ------------------------------------------------------------------

def load_labels(conn: Conn, rounds: int, per_round: int, offset: int) -> None:
    conn.execute("CREATE TABLE gate_labels (round integer, id integer, stage text, PRIMARY KEY (round, id))")
    with conn.cursor().copy("COPY gate_labels (round, id, stage) FROM STDIN") as copy:
        for r in range(rounds + 1):  # round 0 warms the session up
            for i, label in enumerate(distinct_labels(per_round, offset + r * per_round)):
                copy.write_row((r, i, label))
    conn.execute("VACUUM ANALYZE gate_labels")


def inject_normalize(conn: Conn) -> None:
    """normalize_stage normalizes every label twice: the second time with a trailing space,
    which the rules read alike and which misses the fast-path map and the memo."""
    definition = conn.execute(
        "SELECT pg_get_functiondef('stagenorm.normalize_stage(text)'::regprocedure)").fetchone()
    assert definition is not None
    conn.execute(str(definition[0]).replace("stagenorm.normalize_stage(", "stagenorm.gate_normalize_once(", 1)
                 .encode())
    conn.execute(
        "CREATE OR REPLACE FUNCTION stagenorm.normalize_stage(label text) RETURNS text "
        "LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$ SELECT CASE WHEN "
        "stagenorm.gate_normalize_once(label || ' ') IS NULL THEN stagenorm.gate_normalize_once(label) "
        "ELSE stagenorm.gate_normalize_once(label) END $$")


def sql_figure(url: str, name: str, identity_sql: str, per_round: int, chunk: int, rounds: int,
               offset: int, inject: bool) -> Figure:
    with psycopg.connect(url, autocommit=True) as conn:
        conn.execute("SET client_min_messages = warning")
        conn.execute(identity_sql.encode())
        load_labels(conn, rounds, per_round, offset)
        if inject:
            inject_normalize(conn)
        normalize = ("SELECT count(stagenorm.normalize_stage(stage)) FROM gate_labels "
                     "WHERE round = %s AND id >= %s AND id < %s")
        identity = "SELECT count(public.gate_identity(stage)) FROM gate_labels WHERE round = %s AND id >= %s AND id < %s"
        timed(conn, normalize, (0, 0, per_round))
        timed(conn, identity, (0, 0, per_round))
        samples = []
        for r in range(1, rounds + 1):
            ref_total = sub_total = 0.0
            for j, low in enumerate(range(0, per_round, chunk)):
                bounds = (r, low, low + chunk)
                ref, sub = alternate(r + j, partial(timed, conn, identity, bounds),
                                     partial(timed, conn, normalize, bounds))
                ref_total += ref
                sub_total += sub
            samples.append(sub_total / ref_total)
        conn.execute("DROP TABLE gate_labels")
    return Figure(name, samples, "identity function of the same language over the same rows")


PY_IDENTITY = ("CREATE OR REPLACE FUNCTION public.gate_identity(label text) RETURNS text "
               "LANGUAGE plpython3u IMMUTABLE AS 'return label'")
PG_IDENTITY = ("CREATE OR REPLACE FUNCTION public.gate_identity(label text) RETURNS text "
               "LANGUAGE plpgsql IMMUTABLE AS 'BEGIN RETURN label; END'")


# -- the Python normalizer ---------------------------------------------------------------

def plain_fold(label: str | None) -> str:
    """The reference: string work of the same kind, without the rules."""
    return " ".join(unicodedata.normalize("NFKC", label or "").casefold().replace("-", " ").split())


def python_figure(sizes: Sizes, offset: int, inject: bool) -> Figure:
    from stagenorm import normalize_stage

    def doubled(label: str | None) -> str | None:
        normalize_stage(label + " " if label is not None else None)
        return normalize_stage(label)

    subject: Callable[[str | None], object] = doubled if inject else normalize_stage
    normalize_stage("warm up")
    samples = []
    for r in range(1, sizes.rounds + 1):
        labels = distinct_labels(sizes.py_labels, offset + r * sizes.py_labels)
        ref_total = sub_total = 0.0
        for c in range(0, len(labels), sizes.py_chunk):
            chunk = labels[c:c + sizes.py_chunk]

            def run(fn: Callable[[str | None], object], chunk: list[str | None] = chunk) -> float:
                start = time.thread_time()
                for label in chunk:
                    fn(label)
                return time.thread_time() - start

            ref, sub = alternate(r + c // sizes.py_chunk, lambda: run(plain_fold), lambda: run(subject))
            ref_total += ref
            sub_total += sub
        samples.append(sub_total / ref_total)
    return Figure("py_normalize_uncached_vs_fold", samples, "plain NFKC/casefold/split fold of the same labels")


# -- the enforcement trigger -------------------------------------------------------------

TRIGGER_SETUP = """
CREATE TABLE gate_plain (id bigint, stage text, amount numeric);
CREATE TABLE gate_bare (LIKE gate_plain);
CREATE TABLE gate_enforced (LIKE gate_plain);
CREATE FUNCTION public.gate_bare_row() RETURNS trigger LANGUAGE plpgsql AS 'BEGIN RETURN NEW; END';
CREATE TRIGGER gate_bare BEFORE INSERT OR UPDATE OF stage ON gate_bare
  FOR EACH ROW EXECUTE FUNCTION public.gate_bare_row();
CREATE TABLE gate_src AS
  SELECT g AS id, (%(messy)s::text[])[1 + g %% cardinality(%(messy)s::text[])] AS stage, g * 1.5 AS amount
    FROM generate_series(1, %(rows)s) AS g;
ANALYZE gate_src;
SELECT stagenorm.enforce_stage_column('gate_enforced', 'stage');
SELECT stagenorm.set_mode('enforce', 'gate', 'benchmarks.gate')
"""

BURN = ("CREATE OR REPLACE FUNCTION public.gate_burn(n integer) RETURNS void LANGUAGE plpgsql AS "
        "'BEGIN FOR i IN 1..n LOOP END LOOP; END'")


def insert_time(conn: Conn, table: str, low: int = 0, high: int = 1 << 62) -> float:
    """The backend's CPU seconds for inserting the source rows ``low <= id < high``."""
    conn.execute(f"TRUNCATE {table}".encode())
    start = backend_cpu(conn)
    conn.execute(f"INSERT INTO {table} SELECT * FROM gate_src WHERE id >= %s AND id < %s".encode(), (low, high))
    return backend_cpu(conn) - start


def row_function(conn: Conn) -> str:
    found = conn.execute(
        "SELECT p.oid::regprocedure::text FROM pg_trigger AS t JOIN pg_proc AS p ON p.oid = t.tgfoid "
        "WHERE t.tgrelid = 'gate_enforced'::regclass AND NOT t.tgisinternal AND t.tgtype & 1 = 1 "
        "AND p.proname LIKE '\\_enforce\\_row\\_%'").fetchall()
    if len(found) != 1:
        raise RuntimeError(f"expected one enforcement row function on gate_enforced, found {found}")
    return str(found[0][0])


def inject_trigger(conn: Conn, per_row_seconds: float) -> int:
    """Prepend to the row function a busy loop that costs what the function costs per row
    (calibrated here: the loop's cost per call at two sizes, a straight line)."""
    conn.execute(BURN)
    calls = 2000

    def per_call(n: int) -> float:
        return min(timed(conn, f"SELECT count(public.gate_burn({n})) FROM generate_series(1, {calls})")
                   for _ in range(3)) / calls

    small, large = per_call(10), per_call(1010)
    per_iteration = max((large - small) / 1000, 1e-12)
    n = max(1, round((per_row_seconds - small) / per_iteration) + 10)
    fn = row_function(conn)
    definition = conn.execute("SELECT pg_get_functiondef(%s::regprocedure)", (fn,)).fetchone()
    assert definition is not None
    text = str(definition[0])
    head, sep, tail = text.partition("\nBEGIN\n")
    if not sep:
        raise RuntimeError(f"cannot find the BEGIN of {fn}")
    conn.execute(f"{head}\nBEGIN\n  PERFORM public.gate_burn({n});\n{tail}".encode())
    return n


def trigger_figures(url: str, sizes: Sizes, inject: bool) -> list[Figure]:
    with psycopg.connect(url, autocommit=True) as conn:
        conn.execute("SET client_min_messages = error")
        for statement in TRIGGER_SETUP.split(";\n"):
            if statement.strip():
                conn.execute(statement.encode(), {"messy": list(MESSY), "rows": sizes.trigger_rows}
                             if "%(" in statement else None)
        for table in ("gate_plain", "gate_bare", "gate_enforced"):
            insert_time(conn, table)  # warm up
        if inject:
            costs = [(insert_time(conn, "gate_enforced") - insert_time(conn, "gate_plain")) / sizes.trigger_rows
                     for _ in range(3)]
            n = inject_trigger(conn, statistics.median(costs))
            print(f"gate: injected a busy loop of {n} iterations per row into {row_function(conn)}")
            insert_time(conn, "gate_enforced")
        vs_plain, vs_bare = [], []
        orders = (("gate_plain", "gate_enforced", "gate_bare"), ("gate_enforced", "gate_bare", "gate_plain"),
                  ("gate_bare", "gate_plain", "gate_enforced"))
        for r in range(sizes.rounds):
            t = dict.fromkeys(orders[0], 0.0)
            for j, low in enumerate(range(1, sizes.trigger_rows + 1, sizes.trigger_chunk)):
                for table in orders[(r + j) % len(orders)]:
                    t[table] += insert_time(conn, table, low, low + sizes.trigger_chunk)
            trigger = t["gate_enforced"] - t["gate_plain"]
            vs_plain.append(trigger / t["gate_plain"])
            vs_bare.append(trigger / max(t["gate_bare"] - t["gate_plain"], 1e-9))
        conn.execute("DROP TABLE gate_plain, gate_bare, gate_enforced, gate_src")
    return [
        Figure("trigger_enforce_per_row_vs_plain_insert", vs_plain,
               "the same INSERT ... SELECT into a table without triggers, per row"),
        Figure("trigger_enforce_per_row_vs_bare_trigger", vs_bare,
               "a bare PL/pgSQL row trigger's own cost per row", gated=False),
    ]


# -- the run -----------------------------------------------------------------------------

def fresh_database(server: harness.PostgresServer, name: str) -> str:
    with psycopg.connect(server.url, autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'.encode())
        conn.execute(f'CREATE DATABASE "{name}" TEMPLATE template0'.encode())
    return server.url_for(name)


def measure(sizes: Sizes, inject: str | None) -> list[Figure]:
    figures: list[Figure] = []
    with harness.postgres_server() as pg:
        url = fresh_database(pg, "gate")
        upgrade(url)
        portable = fresh_database(pg, "gate_portable")
        upgrade(portable, implementation="plpgsql")
        # Label numbers never repeat within the run: each figure has its own range.
        figures.append(sql_figure(url, "sql_normalize_uncached_vs_identity", PY_IDENTITY,
                                  sizes.sql_labels, sizes.sql_chunk, sizes.rounds, 1_000_000, inject == "normalize"))
        figures.append(sql_figure(portable, "sql_normalize_portable_uncached_vs_identity", PG_IDENTITY,
                                  sizes.portable_labels, sizes.portable_chunk, sizes.rounds, 2_000_000, inject == "portable"))
        figures.append(python_figure(sizes, 3_000_000, inject == "python"))
        figures += trigger_figures(url, sizes, inject == "trigger")
    return figures


def check(figures: list[Figure], baseline: dict[str, float], band: float = BAND) -> list[str]:
    """Failures: a gated figure outside ``[baseline / band, baseline * band]``, a figure the
    baseline lacks, a baseline figure the run did not produce."""
    failures = []
    produced = {f.name: f for f in figures if f.gated}
    for name in sorted(set(baseline) - set(produced)):
        failures.append(f"{name}: in {BASELINE.name} but this run did not produce it")
    for name, figure in sorted(produced.items()):
        if name not in baseline:
            failures.append(f"{name}: no baseline; run: make bench-check SAVE=1")
            continue
        saved, value = baseline[name], figure.value
        if value > saved * band:
            failures.append(f"{name}: {value:.3g} vs baseline {saved:.3g}: {value / saved:.2f}x slower "
                            f"(the band is {band:g}x)")
        elif value < saved / band:
            failures.append(f"{name}: {value:.3g} vs baseline {saved:.3g}: {saved / value:.2f}x faster "
                            f"(the band is {band:g}x; if real, re-save: make bench-check SAVE=1)")
    return failures


def report(figures: list[Figure], baseline: dict[str, float]) -> None:
    for f in figures:
        saved = baseline.get(f.name)
        vs = f" baseline {saved:.3g} ({f.value / saved:.2f}x)" if saved else ""
        rounds = " ".join(f"{s:.3g}" for s in f.samples)
        print(f"gate:{f.name} = {f.value:.3g}{vs}{'' if f.gated else ' (reported only)'}  [rounds: {rounds}]")


def run_once(sizes: Sizes, inject: str | None, save: bool) -> int:
    figures = measure(sizes, inject)
    baseline = json.loads(BASELINE.read_text()) if BASELINE.exists() else {}
    report(figures, baseline)
    if save:
        BASELINE.write_text(json.dumps({f.name: round(f.value, 4) for f in figures if f.gated},
                                       indent=2, sort_keys=True) + "\n")
        print(f"saved {BASELINE}")
        return 0
    failures = check(figures, baseline)
    for failure in failures:
        print(f"REGRESSION: {failure}", file=sys.stderr)
    print(f"gate: {'FAIL' if failures else 'pass'}{f' (injected: {inject})' if inject else ''}")
    return 1 if failures else 0


def prove(argv: list[str]) -> int:
    """5 plain runs must pass and every injection must fail, each a run of its own."""
    def gate(*extra: str) -> int:
        command = [sys.executable, "-m", "benchmarks.gate", *argv, *extra]
        print(f"$ {' '.join(['python', *command[1:]])}", flush=True)
        return subprocess.run(command, check=False).returncode

    wrong = []
    for i in range(PROVE_RUNS):
        if gate() != 0:
            wrong.append(f"plain run {i + 1} failed")
    for what in INJECTIONS:
        if gate("--inject", what) != 1:
            wrong.append(f"the gate did not fail with a 2x slowdown of {what}")
    for line in wrong:
        print(f"PROOF: {line}", file=sys.stderr)
    print(f"gate proof: {'FAIL' if wrong else f'pass ({PROVE_RUNS}/{PROVE_RUNS} plain runs pass, every injection fails)'}")
    return 1 if wrong else 0


@contextmanager
def _servers_stopped_on_sigterm() -> Iterator[None]:
    with embedded.sigterm_interrupts():
        yield


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--save", action="store_true", help=f"save the medians as {BASELINE.name}")
    parser.add_argument("--inject", choices=INJECTIONS, help="a 2x slowdown in a scratch copy (must fail)")
    parser.add_argument("--rounds", type=int, default=Sizes.rounds, help="alternating rounds per figure (>= 3)")
    parser.add_argument("--prove", action="store_true",
                        help=f"{PROVE_RUNS} plain runs must pass, each --inject must fail")
    args = parser.parse_args(argv)
    if args.rounds < 3:
        parser.error("--rounds must be at least 3")
    if args.prove:
        return prove(["--rounds", str(args.rounds)])
    with _servers_stopped_on_sigterm():
        return run_once(Sizes(rounds=args.rounds), args.inject, args.save)


if __name__ == "__main__":
    main_exit(main, "benchmarks.gate")
