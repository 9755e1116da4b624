"""The speed gate: fails on a 1.5x regression of the normalizer or the enforcement trigger,
and not on the noise of a shared machine.

    python -m benchmarks.gate                  # measure, compare with baselines/gate.json
    python -m benchmarks.gate --save           # measure and save baselines/gate.json
    python -m benchmarks.gate --inject WHAT    # the same with a 2x slowdown of WHAT (must fail)
    python -m benchmarks.gate --prove          # 5 plain runs must pass, each injection must fail

``make bench-check`` runs it (``SAVE=1`` saves); ``.ci/run`` runs it after ``make test``.

Every figure is the subject's own cost as a ratio to a reference measured with it, in the
same run: the two (or three) statements alternate chunk by chunk (the order rotates), their
costs are the CPU time of the backend (``/proc/PID/schedstat``: the time spent waiting for a
core while the neighbours run is not in it; the server must be local, else the gate stops
and says so) or of the Python thread, summed per round, and the gate reads the median of
``--rounds`` (default 7) rounds. So a neighbour's load moves both sides of a ratio alike
and one disturbed round moves nothing. A figure fails when its median leaves the band
``[baseline / 1.5, baseline * 1.5]`` (faster beyond the band fails too: the baseline is
stale and would let a later regression through; re-save it), when the baseline has a
figure the run did not produce, and when the run produced one the baseline lacks.

Figures (every label is distinct and never seen before in the run, so no cache of the
normalizer answers: not the SQL fast-path map, not PL/Python's or Python's memo):

- ``sql_normalize_uncached_vs_identity``: normalize_stage's own cost per label
  (``count(stagenorm.normalize_stage(stage))`` minus ``count(stage)`` over the same rows) as
  a ratio to ``count(gate_identity(stage))``, a PL/Python function that returns its
  argument (one warmed session);
- ``sql_normalize_portable_uncached_vs_identity``: the same in a database migrated with
  ``--implementation plpgsql``, against a PL/pgSQL identity function;
- ``py_normalize_uncached_vs_fold``: ``stagenorm.normalize_stage`` per label, as a ratio to
  a plain-Python fold of the same label (NFKC, casefold, split, join);
- ``trigger_enforce_per_row_vs_plain_insert``: the enforcement trigger's own cost per row
  (``INSERT ... SELECT`` of known messy labels, which the row function rewrites, into an
  enforced table minus the same INSERT into a table without triggers) as a ratio to the
  plain INSERT's cost, in ``enforce`` mode. ``trigger_enforce_per_row_vs_bare_trigger`` (the
  same cost as a ratio to a bare PL/pgSQL row trigger's, a difference over a difference,
  noisier) is reported only.

A 2x slower normalizer or trigger moves its figure by about 2x. ``--inject`` shows it in the
gate's scratch databases, never in the product's code path:

- ``normalize`` / ``portable``: normalize_stage (renamed) is called behind a busy loop
  (``gate_burn``, PL/pgSQL);
- ``trigger``: the enforced table's generated row function runs the busy loop first;
- the loop's length is calibrated in the same run, on labels of its own, until the
  subject's own cost measured as its figure is 2x (+-0.15) what it was (printed);
- ``python``: the gate's Python figure calls the normalizer twice per label, the second
  time with a trailing space, which reads alike and misses every cache (exactly 2x the work).
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import tempfile
import time
import unicodedata
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import psycopg

from benchmarks.common import BASELINES, main_exit
from benchmarks.labels import distinct_labels
from stagenorm import embedded, signals
from stagenorm.migrations import upgrade

BAND = 1.5
BASELINE = BASELINES / "gate.json"
INJECTIONS = ("normalize", "portable", "python", "trigger")
GATED = ("sql_normalize_uncached_vs_identity", "sql_normalize_portable_uncached_vs_identity",
         "py_normalize_uncached_vs_fold", "trigger_enforce_per_row_vs_plain_insert")
PROVE_RUNS = 5
CALIBRATION_ROUND = -1
CALIBRATION_SLICES = 10  # of a round's size
CALIBRATION_LABELS = 3  # rounds' worth of labels in the calibration round

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
    sql_chunk: int = 2000  # rows per query; reference and subject alternate query by query
    portable_labels: int = 6000  # distinct labels per round, PL/pgSQL
    portable_chunk: int = 600
    py_labels: int = 6000  # distinct labels per round, Python
    py_chunk: int = 250
    trigger_rows: int = 30000
    trigger_chunk: int = 5000  # rows per INSERT; the three tables alternate INSERT by INSERT


class NotLocal(RuntimeError):
    """The backend's CPU time cannot be read: the server is not on this machine."""


def backend_cpu(conn: Conn) -> float:
    """CPU seconds the connection's backend has run (``/proc/PID/schedstat``, nanoseconds:
    time spent waiting for a core while the neighbours run is not in it)."""
    pid = conn.info.backend_pid
    try:
        if not Path(f"/proc/{pid}/comm").read_text().startswith("postgres"):
            raise ValueError(f"process {pid} here is not a postgres backend")
        return int(Path(f"/proc/{pid}/schedstat").read_text().split()[0]) / 1e9
    except (OSError, IndexError, ValueError) as exc:
        raise NotLocal(
            f"cannot read /proc/{pid}/schedstat ({exc}): the gate measures the backend's CPU time, "
            "so the server must run on this machine (the gate starts its own)") from exc


def timed(conn: Conn, sql: str, params: tuple[object, ...] | None = None) -> float:
    """The backend's CPU seconds for one statement."""
    start = backend_cpu(conn)
    cursor = conn.execute(sql.encode(), params)
    if cursor.description is not None:
        cursor.fetchall()
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
        # round 0 warms the session up, CALIBRATION_ROUND calibrates an injection
        for r in range(rounds + 1):
            for i, label in enumerate(distinct_labels(per_round, offset + r * per_round)):
                copy.write_row((r, i, label))
        start = offset + (rounds + 1) * per_round
        for i, label in enumerate(distinct_labels(CALIBRATION_LABELS * per_round, start)):
            copy.write_row((CALIBRATION_ROUND, i, label))
    conn.execute("VACUUM ANALYZE gate_labels")


BURN = ("CREATE OR REPLACE FUNCTION public.gate_burn(label text, n integer) RETURNS integer "
        "LANGUAGE plpgsql IMMUTABLE AS 'BEGIN FOR i IN 1..n LOOP END LOOP; RETURN 0; END'")


def burn_per_iteration(conn: Conn, reference: str) -> float:
    """The cost of one iteration of ``gate_burn``'s loop (the slope between two sizes) as a
    ratio to ``reference``'s CPU time, measured alongside."""
    conn.execute(BURN)
    calls = "SELECT count(public.gate_burn(g::text, {n})) FROM generate_series(1, 2000) AS g"
    small, large = (min(timed(conn, calls.format(n=n)) for _ in range(3)) for n in (10, 1010))
    return max((large - small) / 1000 / 2000, 1e-12) / timed(conn, reference)


def calibrated(cost: Callable[[], float], inject: Callable[[int], None], per_iteration: float,
               what: str) -> None:
    """Inject a busy loop of ``n`` iterations where ``n`` makes the subject cost twice what it
    costs now. ``cost()`` is the subject's own cost as a ratio to a reference measured with
    it (so that the neighbours' load, which changes between measurements, cancels out):
    before, with an empty loop (the call's overhead), and after each try, correcting ``n``
    until the factor is within 2 +- 0.15 (at most 5 tries). ``per_iteration`` (the loop's
    cost in the same units) gives the first ``n``. Prints the factor reached."""
    before = cost()
    inject(0)
    overhead = max(cost() - before, 0.0)
    n = max(1, round((before - overhead) / per_iteration))
    for _ in range(5):
        inject(n)
        after = cost()
        if abs(after / before - 2) <= 0.15:
            break
        n = max(1, round(n * (before - overhead) / max(after - before - overhead, before / 10)))
    else:
        inject(n)
        after = cost()
    print(f"gate: injected into {what} a busy loop of {n} iterations: its own cost {before:.3g} -> "
          f"{after:.3g} times the reference's ({after / before:.2f}x)")


def inject_normalize(conn: Conn, per_round: int) -> None:
    """normalize_stage, renamed gate_normalize_once, is called behind a busy loop that costs
    what it costs per label. Calibrated on the labels of CALIBRATION_ROUND (never measured
    otherwise), a fresh slice for each measurement."""
    size = per_round // CALIBRATION_SLICES
    per_iteration = burn_per_iteration(conn, IDENTITY.replace("%s", str(CALIBRATION_ROUND), 1)
                                       .replace("%s", "0", 1).replace("%s", str(size), 1)) * size
    definition = conn.execute(
        "SELECT pg_get_functiondef('stagenorm.normalize_stage(text)'::regprocedure)").fetchone()
    assert definition is not None
    conn.execute(str(definition[0]).replace("stagenorm.normalize_stage(", "stagenorm.gate_normalize_once(", 1)
                 .encode())
    slices = iter(range(size, CALIBRATION_LABELS * per_round, size))

    def cost() -> float:
        """The figure on 3 slices of fresh labels."""
        totals = {NORMALIZE: 0.0, IDENTITY: 0.0, SCAN: 0.0}
        for j in range(3):
            low = next(slices)
            for sql in ORDERS[j]:
                totals[sql] += timed(conn, sql, (CALIBRATION_ROUND, low, low + size))
        return own_cost(totals)

    def inject(n: int) -> None:
        conn.execute(
            "CREATE OR REPLACE FUNCTION stagenorm.normalize_stage(label text) RETURNS text "
            "LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$ SELECT CASE WHEN "
            f"public.gate_burn(label, {n}) OPERATOR(pg_catalog.=) 0 "
            "THEN stagenorm.gate_normalize_once(label) END $$".encode())

    calibrated(cost, inject, per_iteration, "normalize_stage")


RANGE = "FROM gate_labels WHERE round = %s AND id >= %s AND id < %s"
NORMALIZE = f"SELECT count(stagenorm.normalize_stage(stage)) {RANGE}"
IDENTITY = f"SELECT count(public.gate_identity(stage)) {RANGE}"
SCAN = f"SELECT count(stage) {RANGE}"
ORDERS = ((SCAN, NORMALIZE, IDENTITY), (NORMALIZE, IDENTITY, SCAN), (IDENTITY, SCAN, NORMALIZE))


def own_cost(totals: dict[str, float]) -> float:
    """normalize_stage's own cost (its query minus the bare scan of the same rows) as a ratio
    to the identity function's query over the same rows: 2x the normalizer, 2x the figure."""
    return (totals[NORMALIZE] - totals[SCAN]) / totals[IDENTITY]


def sql_figure(url: str, name: str, identity_sql: str, per_round: int, chunk: int, rounds: int,
               offset: int, inject: bool) -> Figure:
    with psycopg.connect(url, autocommit=True) as conn:
        conn.execute("SET client_min_messages = warning")
        conn.execute(identity_sql.encode())
        load_labels(conn, rounds, per_round, offset)
        conn.execute("SELECT stagenorm.normalize_stage('warm up')")
        if inject:
            inject_normalize(conn, per_round)
        timed(conn, NORMALIZE, (0, 0, per_round))
        timed(conn, IDENTITY, (0, 0, per_round))
        samples = []
        for r in range(1, rounds + 1):
            totals = {NORMALIZE: 0.0, IDENTITY: 0.0, SCAN: 0.0}
            for j, low in enumerate(range(0, per_round, chunk)):
                for sql in ORDERS[(r + j) % len(ORDERS)]:
                    totals[sql] += timed(conn, sql, (r, low, low + chunk))
            samples.append(own_cost(totals))
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


def trigger_round(conn: Conn, sizes: Sizes, r: int) -> dict[str, float]:
    """CPU seconds of each table's INSERTs of all source rows, chunk by chunk, the tables
    alternating (the order rotates every chunk and round)."""
    orders = (("gate_plain", "gate_enforced", "gate_bare"), ("gate_enforced", "gate_bare", "gate_plain"),
              ("gate_bare", "gate_plain", "gate_enforced"))
    t = dict.fromkeys(orders[0], 0.0)
    for j, low in enumerate(range(1, sizes.trigger_rows + 1, sizes.trigger_chunk)):
        for table in orders[(r + j) % len(orders)]:
            t[table] += insert_time(conn, table, low, low + sizes.trigger_chunk)
    return t


def inject_trigger(conn: Conn, sizes: Sizes) -> None:
    """The row function runs a busy loop first, calibrated to cost what the trigger costs per
    row as the figure measures it (the enforced INSERTs minus the plain ones, median of 3)."""
    plain = "INSERT INTO gate_plain SELECT * FROM gate_src"
    conn.execute("TRUNCATE gate_plain")
    per_iteration = burn_per_iteration(conn, plain) * sizes.trigger_rows
    fn = row_function(conn)
    definition = conn.execute("SELECT pg_get_functiondef(%s::regprocedure)", (fn,)).fetchone()
    assert definition is not None
    head, sep, tail = str(definition[0]).partition("\nBEGIN\n")
    if not sep:
        raise RuntimeError(f"cannot find the BEGIN of {fn}")

    def cost() -> float:
        """The figure itself: the trigger's own cost in plain INSERTs, median of 3 rounds."""
        rounds = [trigger_round(conn, sizes, r) for r in range(3)]
        return statistics.median((t["gate_enforced"] - t["gate_plain"]) / t["gate_plain"] for t in rounds)

    def inject(n: int) -> None:
        conn.execute(f"{head}\nBEGIN\n  PERFORM public.gate_burn(TG_NAME, {n});\n{tail}".encode())

    calibrated(cost, inject, per_iteration, fn)


def trigger_figures(url: str, sizes: Sizes, inject: bool) -> list[Figure]:
    with psycopg.connect(url, autocommit=True) as conn:
        conn.execute("SET client_min_messages = error")
        for statement in TRIGGER_SETUP.split(";\n"):
            if statement.strip():
                conn.execute(statement.encode(), {"messy": list(MESSY), "rows": sizes.trigger_rows}
                             if "%(" in statement else None)
        trigger_round(conn, sizes, 0)  # warm up
        if inject:
            inject_trigger(conn, sizes)
        vs_plain, vs_bare = [], []
        for r in range(sizes.rounds):
            t = trigger_round(conn, sizes, r)
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

def fresh_database(server: embedded.PostgresServer, name: str) -> str:
    with psycopg.connect(server.url, autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'.encode())
        conn.execute(f'CREATE DATABASE "{name}" TEMPLATE template0'.encode())
    return server.url_for(name)


def measure(sizes: Sizes, inject: str | None) -> list[Figure]:
    # Always a server of its own on this machine (never STAGENORM_TEST_DATABASE_URL or
    # Docker): the costs are its backends' CPU time, read from /proc.
    with tempfile.TemporaryDirectory(prefix="stagenorm_gate_") as work:
        pg = embedded.start_local_postgres(Path(work))
        try:
            return measure_on(pg, sizes, inject)
        finally:
            pg.stop()


def measure_on(pg: embedded.PostgresServer, sizes: Sizes, inject: str | None) -> list[Figure]:
    figures: list[Figure] = []
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
    with signals.sigterm_interrupts():
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
    try:
        with _servers_stopped_on_sigterm():
            return run_once(Sizes(rounds=args.rounds), args.inject, args.save)
    except NotLocal as exc:
        print(f"gate: FAIL: {exc}", file=sys.stderr)
        return 1


if __name__ == "__main__":
    main_exit(main, "benchmarks.gate")
