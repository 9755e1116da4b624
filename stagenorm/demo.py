"""The whole stagenorm story on an embedded PostgreSQL and Redis: ``make demo``.

    python -m stagenorm.demo [--rows 200000] [--keep] [--workdir .demo]

Starts a PostgreSQL 15 and a Redis of its own on free ports under ``.demo/``
(``stagenorm.embedded``, which the tests start their servers with too), migrates,
loads a table of deals with realistic messy stage labels, switches to ``warn``
and attaches enforcement, lets three client applications write, takes a backup,
verifies it and proves it restores, lists the unknown labels with suggestions,
runs the batched normalization with a progress bar, prints the consumer report,
asks for ``enforce`` (refused by the gate), lets the clients write clean labels
until the gate is green and promotes, then drives the mode through the ops
webhook (an Alertmanager-style downgrade with the bearer token, and a signed
operator change), and prints a summary. Every step runs the real command a
user would run; when one fails the demo stops, says which, and exits 1.

It stops everything it started (also on Ctrl-C, SIGTERM and errors).
``--keep`` leaves PostgreSQL running and prints the ``psql`` command.

The promotion gate: a real rollout waits 30 minutes in ``warn``. The demo asks
for the same gate with a 1-minute window (``window_minutes => 1``), and real
time passes: the clients' traffic is written through the trigger and counted
by the database as in production; nothing is back-dated or constructed.
"""

from __future__ import annotations

import argparse
import base64
import contextlib
import json
import os
import random
import shlex
import shutil
import signal
import subprocess
import sys
import threading
import time
import urllib.request
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import psycopg

from stagenorm import embedded, signals

REPO = Path(__file__).resolve().parents[1]
DEFAULT_ROWS = 200_000
GATE_WINDOW_MINUTES = 1
TABLE = "public.deals"
CLIENTS = (  # application_name, role, how messy its labels are
    ("crm-sync", "crm_sync", "clean"),
    ("sheets-import", "sheets_import", "typos"),
    ("partner-api", "partner_api", "unknowns"),
)

# Labels as they are found in real CRMs: canonical, decorated, abbreviated, misspelled,
# and some that name no stage at all. Weights are relative frequencies.
LABELS: tuple[tuple[str | None, int], ...] = (
    ("Seed", 900), ("seed", 500), ("SEED", 120), ("Seed Round", 300), ("seed round", 120), ("Seed+", 60),
    ("Pre-Seed", 500), ("pre seed", 200), ("preseed", 150), ("Angel", 140),
    ("Series A", 1200), ("series a", 400), ("Series-A", 250), ("SERIES A ", 90), ("Series A1", 60),
    ("A round", 40), ("Ser. A", 30), ("Serie A", 40), ("Series A extension", 40),
    ("Series B", 800), ("series b", 250), ("Series-B", 120), ("Serie B", 40),
    ("Series C", 400), ("series c+", 60), ("Series D", 120), ("Series E", 40),
    ("Growth", 250), ("growth equity", 80), ("Expansion", 60),
    ("Late stage", 90), ("Pre-IPO", 40),
    ("series_a", 700), ("seed", 400), ("growth", 100),  # already canonical keys
    ("seeed", 25), ("Sereis A", 15), ("Seires B", 10), ("Serise C", 8),  # typos: suggestions exist
    ("tbd", 20), ("n/a", 15), ("Bridge", 12), ("IPO", 6), ("Early stage", 10), ("?", 5),  # unknown
    (None, 150), ("", 20),
)
TYPOS = ("seeed", "Sereis A", "Seires B", "Serise C")
UNKNOWN = ("tbd", "n/a", "Bridge", "IPO", "Early stage", "?", "")
CLEAN = ("Seed", "Series A", "Series B", "Pre-Seed", "Series C", "Growth", "series a", "Seed Round")


class DemoFailed(Exception):
    """A step of the demo failed; the message says which and why."""


@dataclass
class Step:
    title: str
    seconds: float = 0.0
    ok: bool = False


@dataclass
class Facts:
    """What the summary table shows, measured along the way."""

    rows: int = 0
    load_seconds: float = 0.0
    backup_file: str = ""
    backup_sha: str = ""
    restore_seconds: str = ""
    normalized_rows: int = 0
    unknown_rows_before: int = 0
    unknown_rows_after: int = 0
    consumers: int = 0
    gate_refused: str = ""
    steps: list[Step] = field(default_factory=list)


def weighted_labels(rng: random.Random, n: int) -> list[str | None]:
    values = [label for label, _ in LABELS]
    weights = [w for _, w in LABELS]
    return rng.choices(values, weights=weights, k=n)


class Demo:
    def __init__(self, workdir: Path, rows: int, keep: bool, gate_window: int, last_step: int | None = None) -> None:
        self.last_step = last_step
        self.workdir = workdir
        self.rows = rows
        self.keep = keep
        self.gate_window = gate_window
        self.harness = embedded
        self.pg: Any = None
        self.redis: Any = None
        self.webhook: subprocess.Popen[bytes] | None = None
        self.webhook_url = ""
        self.url = ""
        self.env: dict[str, str] = {}
        self.facts = Facts()
        self.rng = random.Random(20261128)
        self.psql = str(self._pg_bin("psql"))
        self.secret = "whsec_" + base64.b64encode(os.urandom(32)).decode()
        self.token = base64.urlsafe_b64encode(os.urandom(33)).decode()
        self.started: list[str] = []

    # -- output ---------------------------------------------------------------------------------

    @staticmethod
    def say(text: str = "") -> None:
        print(text, flush=True)

    def header(self, number: int, total: int, title: str) -> None:
        self.say()
        self.say(f"━━ {number}/{total} {title} " + "━" * max(3, 70 - len(title)))

    def _pg_bin(self, name: str) -> Path:
        bindir = self.harness.find_pg_bindir()
        if bindir is None or not (bindir / name).exists():
            raise DemoFailed(f"{name} not found; run: apt-get install postgresql-15")
        return Path(bindir) / name

    # -- running commands -----------------------------------------------------------------------

    def run(self, args: Sequence[str], *, expect: int | None = 0, show: str | None = None,
            capture: bool = False, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
        """Run a command as a user would, its output on the terminal (or captured)."""
        self.say(f"$ {show or shlex.join(args)}")
        sys.stdout.flush()
        done = subprocess.run(list(args), env=self.env, cwd=self.workdir, text=True, input=stdin,
                              capture_output=capture, timeout=900, check=False)
        if capture:
            if done.stdout:
                self.say(done.stdout.rstrip("\n"))
            if done.stderr:
                print(done.stderr.rstrip("\n"), file=sys.stderr, flush=True)
        if expect is not None and done.returncode != expect:
            detail = (done.stderr or done.stdout or "").strip().splitlines()[-1:] if capture else []
            raise DemoFailed(f"`{show or shlex.join(args)}` exited {done.returncode}, expected {expect}"
                             + (f": {detail[0]}" if detail else ""))
        return done

    def stagenorm(self, *args: str, expect: int | None = 0, capture: bool = False) -> subprocess.CompletedProcess[str]:
        return self.run([sys.executable, "-m", "stagenorm.cli", *args], expect=expect, capture=capture,
                        show="stagenorm " + shlex.join(args))

    def sql(self, text: str, *, expect: int | None = 0, capture: bool = False) -> subprocess.CompletedProcess[str]:
        """Run SQL through the real psql, as a DBA would."""
        shown = " ".join(line.strip() for line in text.strip().splitlines())
        return self.run([self.psql, "-X", "-v", "ON_ERROR_STOP=1", "-P", "pager=off", "-d", self.url,
                         "-c", text], expect=expect, capture=capture, show=f'psql -c "{shown}"')

    def query(self, text: str, params: dict[str, Any] | None = None) -> list[tuple[Any, ...]]:
        with psycopg.connect(self.url, autocommit=True) as conn:
            cur = conn.execute(text.encode(), params)  # demo-only inspection queries
            return cur.fetchall() if cur.description else []

    # -- servers --------------------------------------------------------------------------------

    def stop_leftovers(self) -> None:
        """A previous `make demo KEEP=1` may have left its PostgreSQL running here."""
        pid_file = self.workdir / "pg" / "pgdata" / "postmaster.pid"
        if pid_file.exists():
            self.say(f"demo: stopping the PostgreSQL a previous --keep run left in {self.workdir}")
            cmd = [str(self._pg_bin("pg_ctl")), "-D", str(pid_file.parent), "-m", "fast", "-w", "stop"]
            if os.geteuid() == 0:
                cmd = ["runuser", "-u", "postgres", "--", *cmd]
            subprocess.run(cmd, capture_output=True, check=False, timeout=120)
        for sub in ("pg", "redis", "work"):
            shutil.rmtree(self.workdir / sub, ignore_errors=True)
        for name in ("postgres.log", "redis.log"):
            (self.workdir / name).unlink(missing_ok=True)

    def start_servers(self) -> None:
        self.workdir.mkdir(parents=True, exist_ok=True)
        self.stop_leftovers()
        (self.workdir / "work").mkdir()
        self.pg = self.harness.start_local_postgres(self.workdir / "pg")
        pid = (self.workdir / "pg" / "pgdata" / "postmaster.pid").read_text().split()[0]
        self.started.append(f"postgres pid {pid}")
        (self.workdir / "redis").mkdir(exist_ok=True)
        self.redis = self.harness.start_local_redis(self.workdir / "redis")
        import redis as redis_lib

        redis_pid = redis_lib.Redis.from_url(self.redis.url).info("server")["process_id"]
        self.started.append(f"redis-server pid {redis_pid}")
        admin = self.pg.url
        with psycopg.connect(admin, autocommit=True) as conn:
            conn.execute("CREATE DATABASE stagenorm_demo")
        self.url = self.pg.url_for("stagenorm_demo")
        self.env = {
            **{k: v for k, v in os.environ.items() if not k.startswith(("PG", "STAGENORM_", "ALERTMANAGER_"))},
            "DATABASE_URL": self.url,
            "REDIS_URL": self.redis.url,
            "ALERTMANAGER_WEBHOOK_SECRET": self.secret,
            "ALERTMANAGER_WEBHOOK_TOKEN": self.token,
            "PYTHONPATH": str(REPO),
            "PYTHONUNBUFFERED": "1",
        }
        self.say(f"PostgreSQL 15 on {self.url}   Redis on {self.redis.url}")
        self.say(f"started: {', '.join(self.started)}")

    def start_webhook(self) -> None:
        port = self.harness.free_port()
        self.webhook_url = f"http://127.0.0.1:{port}"
        args = ["serve", "--host", "127.0.0.1", "--port", str(port), "--workers", "1"]
        self.say(f"$ stagenorm {shlex.join(args)} &")
        log = (self.workdir / "webhook.log").open("wb")
        self.webhook = subprocess.Popen([sys.executable, "-m", "stagenorm.cli", *args], env=self.env,
                                        cwd=self.workdir, stdout=log, stderr=subprocess.STDOUT,
                                        start_new_session=True)
        log.close()

        def healthy() -> bool:
            if self.webhook is not None and self.webhook.poll() is not None:
                raise DemoFailed(f"stagenorm serve exited {self.webhook.returncode}; see {self.workdir}/webhook.log")
            with urllib.request.urlopen(self.webhook_url + "/healthz", timeout=2) as answer:
                return bool(answer.status == 200)

        deadline = time.monotonic() + 60
        while True:
            try:
                if healthy():
                    break
            except DemoFailed:
                raise
            except OSError:
                pass
            if time.monotonic() > deadline:
                raise DemoFailed(f"stagenorm serve did not answer /healthz within 60 s; see {self.workdir}/webhook.log")
            time.sleep(0.2)
        self.started.append(f"stagenorm serve pid {self.webhook.pid}")
        self.say(f"webhook up on {self.webhook_url} (pid {self.webhook.pid}; GET /healthz answered 200)")

    def stop_webhook(self) -> None:
        proc, self.webhook = self.webhook, None
        if proc is None or proc.poll() is not None:
            return
        with contextlib.suppress(ProcessLookupError):
            os.killpg(proc.pid, signal.SIGTERM)
        try:
            proc.wait(20)
        except subprocess.TimeoutExpired:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(proc.pid, signal.SIGKILL)
            proc.wait(10)

    def stop(self, keep_postgres: bool) -> None:
        self.stop_webhook()
        if self.redis is not None:
            self.redis.stop()
            self.redis = None
        else:
            self._kill_orphans("redis-server", str(self.workdir / "redis"))
        if self.pg is not None and not keep_postgres:
            self.pg.stop()
            self.pg = None
        elif self.pg is None and (self.workdir / "pg" / "pgdata" / "postmaster.pid").exists():
            self.stop_leftovers()  # interrupted while it was starting

    @staticmethod
    def _kill_orphans(program: str, marker: str) -> None:
        """A server interrupted while starting has no handle yet: find it by its own directory."""
        for entry in Path("/proc").iterdir():
            if not entry.name.isdigit():
                continue
            try:
                cmdline = (entry / "cmdline").read_bytes().split(b"\0")
            except OSError:
                continue
            words = [w.decode(errors="replace") for w in cmdline]
            if words and program in Path(words[0]).name and marker in words:
                with contextlib.suppress(ProcessLookupError, PermissionError):
                    os.kill(int(entry.name), signal.SIGTERM)

    # -- the story ------------------------------------------------------------------------------

    def story(self) -> None:
        steps = [
            ("start PostgreSQL and Redis, migrate", self.step_servers),
            (f"load {self.rows:,} deals with messy stage labels", self.step_load),
            ("enforcement on deals.stage, then off -> warn", self.step_warn),
            ("three client applications write deals", self.step_clients),
            ("backup, verify, restore test", self.step_backup),
            ("the unknown labels, with suggestions", self.step_unknowns),
            ("batched normalization", self.step_backfill),
            ("who still writes bad labels: the consumer report", self.step_consumers),
            ("ask for enforce: the gate refuses", self.step_gate_refused),
            ("clients fixed: clean traffic until the gate is green, then enforce", self.step_gate_green),
            ("enforce at work", self.step_enforce),
            ("the ops webhook: Alertmanager downgrade, signed operator change", self.step_webhook),
        ]
        total = len(steps) + 1
        for number, (title, fn) in enumerate(steps, 1):
            if self.last_step is not None and number > self.last_step:
                self.say(f"\ndemo: stopped after step {self.last_step} as asked (--steps)")
                return
            self.header(number, total, title)
            step = Step(title)
            self.facts.steps.append(step)
            t0 = time.monotonic()
            fn()
            step.seconds = time.monotonic() - t0
            step.ok = True
        self.header(total, total, "summary")
        self.summary()

    def step_servers(self) -> None:
        self.start_servers()
        self.stagenorm("migrate")
        self.stagenorm("preflight")

    def step_load(self) -> None:
        t0 = time.monotonic()
        with psycopg.connect(self.url, autocommit=True) as conn:
            conn.execute(b"""
                CREATE TABLE public.deals (
                  id         bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
                  company    text NOT NULL,
                  stage      text,
                  amount_usd numeric(14, 2),
                  closed_on  date
                )""")
            labels = weighted_labels(self.rng, self.rows)
            with conn.cursor() as cur, cur.copy(
                b"COPY public.deals (company, stage, amount_usd, closed_on) FROM STDIN"
            ) as copy:
                for i, label in enumerate(labels):
                    copy.write_row((f"Company {i:06d}", label, round(self.rng.lognormvariate(14, 1.2), 2),
                                    f"20{15 + i % 10}-{1 + i % 12:02d}-{1 + i % 28:02d}"))
            conn.execute(b"ANALYZE public.deals")
        self.facts.rows = self.rows
        self.facts.load_seconds = time.monotonic() - t0
        self.say(f"loaded {self.rows:,} rows in {self.facts.load_seconds:.1f} s (legacy data, before enforcement)")
        self.sql("SELECT stage, count(*) AS deals FROM public.deals GROUP BY stage ORDER BY deals DESC LIMIT 12;")

    def step_warn(self) -> None:
        self.stagenorm("mode", "get")
        self.say("Rollout starts from off: enforcement is attached, nothing is checked yet.")
        self.stagenorm("mode", "set", "off", "--actor", "demo", "--reason", "baseline before the rollout")
        self.sql(f"SELECT stagenorm.enforce_stage_column('{TABLE}', 'stage');")
        self.sql("SELECT table_name, column_name, kind FROM stagenorm.enforced_columns();")
        self.stagenorm("mode", "promote", "warn", "--actor", "demo", "--reason", "rollout step 1: observe unknown labels")

    def _client_rows(self, style: str, n: int) -> list[str | None]:
        if style == "clean":
            return [self.rng.choice(CLEAN) for _ in range(n)]
        if style == "typos":
            return [self.rng.choice(TYPOS) if self.rng.random() < 0.08 else self.rng.choice(CLEAN) for _ in range(n)]
        return [self.rng.choice(UNKNOWN) if self.rng.random() < 0.06 else self.rng.choice(CLEAN) for _ in range(n)]

    def _grant_clients(self) -> None:
        with psycopg.connect(self.url, autocommit=True) as conn:
            for _app, role, _style in CLIENTS:
                conn.execute(f"CREATE ROLE {role} LOGIN".encode())
                conn.execute(f"GRANT SELECT, INSERT, UPDATE ON public.deals TO {role}".encode())

    def write_as(self, app: str, role: str, labels: Sequence[str | None], batch: int = 50) -> None:
        url = self.url.replace("postgres@", f"{role}@", 1)
        with psycopg.connect(url, autocommit=True, application_name=app) as conn:
            for start in range(0, len(labels), batch):
                chunk = labels[start:start + batch]
                with conn.cursor() as cur:
                    cur.executemany(b"INSERT INTO public.deals (company, stage) VALUES (%s, %s)",
                                    [(f"{app} deal", label) for label in chunk])

    def step_clients(self) -> None:
        self._grant_clients()
        for app, role, style in CLIENTS:
            labels = self._client_rows(style, 400)
            self.write_as(app, role, labels)
            self.say(f"{app:>14} (role {role}) wrote {len(labels)} deals ({style})")
        self.say("A client writing an unknown label in warn gets a WARNING naming the suggestions:")
        self.run([self.psql, "-X", "-q", "-v", "ON_ERROR_STOP=1", "-d",
                  self.url.replace("postgres@", "sheets_import@", 1) + "?application_name=sheets-import",
                  "-c", "INSERT INTO public.deals (company, stage) VALUES ('Acme', 'seeed'), ('Beta', 'Series-A') "
                        "RETURNING id, stage;"],
                 show="psql -c \"INSERT INTO public.deals (company, stage) VALUES ('Acme', 'seeed'), "
                      "('Beta', 'Series-A') RETURNING id, stage;\"")

    def step_backup(self) -> None:
        out = self.workdir / "work" / "backups"
        self.stagenorm("backup", "create", "--out", str(out))
        dumps = sorted(out.glob("*.dump"))
        if len(dumps) != 1:
            raise DemoFailed(f"expected one dump in {out}, found {len(dumps)}")
        dump = dumps[0]
        manifest = json.loads((out / (dump.name + ".manifest.json")).read_text())
        self.facts.backup_file = dump.name
        self.facts.backup_sha = manifest["sha256"]
        self.stagenorm("backup", "verify", str(dump))
        done = self.stagenorm("restore-test", str(dump), capture=True)
        for line in done.stdout.splitlines():
            if "restored in" in line:
                self.facts.restore_seconds = line.split("restored in", 1)[1].split("s", 1)[0].strip() + " s"
        left = self.query("SELECT datname FROM pg_database WHERE datname LIKE 'stagenorm\\_restore\\_%'")
        if left:
            raise DemoFailed(f"restore-test left scratch databases behind: {left}")

    def step_unknowns(self) -> None:
        self.facts.unknown_rows_before = int(self.query(
            "SELECT count(*) FROM public.deals WHERE stage IS NOT NULL AND stagenorm.normalize_stage(stage) IS NULL"
        )[0][0])
        self.sql("""SELECT stage, count(*) AS deals, stagenorm.suggest_stages(stage) AS suggestions
                      FROM public.deals
                     WHERE stage IS NOT NULL AND stagenorm.normalize_stage(stage) IS NULL
                     GROUP BY stage ORDER BY deals DESC;""")

    def step_backfill(self) -> None:
        self.stagenorm("backfill", TABLE, "stage", "--batch-size", "5000")
        changed = self.query("SELECT coalesce(sum(rows_changed), 0) FROM stagenorm.backfill_job")
        self.facts.normalized_rows = int(changed[0][0])
        self.sql("SELECT stage, count(*) AS deals FROM public.deals GROUP BY stage ORDER BY deals DESC LIMIT 12;")

    def step_consumers(self) -> None:
        self.stagenorm("consumers")
        rows = self.query("SELECT count(*) FROM stagenorm.consumer_report()")
        self.facts.consumers = int(rows[0][0])

    def step_gate_refused(self) -> None:
        window = str(self.gate_window)
        self.say(f"A real rollout uses the default 30-minute window; the demo asks for {window} minute(s).")
        done = self.stagenorm("mode", "promote", "enforce", "--actor", "demo", "--reason", "first try",
                              "--window-minutes", window, expect=None, capture=True)
        if done.returncode == 0:
            raise DemoFailed("the promotion gate was green with unknown labels in the traffic")
        text = (done.stdout + done.stderr).strip()
        if "gate" not in text:
            raise DemoFailed(f"promotion refused for another reason: {text}")
        self.facts.gate_refused = text.splitlines()[0].removeprefix("stagenorm: ").removeprefix("refused: ")
        self.stagenorm("mode", "get")

    def step_gate_green(self) -> None:
        self.say("The sheets-import and partner-api teams fix their labels; the unknown rows at rest are")
        self.say("corrected by the data team (typos to their first suggestion, placeholders to NULL):")
        self.sql("""UPDATE public.deals SET stage = (stagenorm.suggest_stages(stage))[1]
                     WHERE stagenorm.normalize_stage(stage) IS NULL AND cardinality(stagenorm.suggest_stages(stage)) > 0;""")
        self.sql("UPDATE public.deals SET stage = NULL WHERE stagenorm.normalize_stage(stage) IS NULL AND stage IS NOT NULL;")
        self.facts.unknown_rows_after = int(self.query(
            "SELECT count(*) FROM public.deals WHERE stage IS NOT NULL AND stagenorm.normalize_stage(stage) IS NULL"
        )[0][0])
        self.say(f"Clean traffic from all three clients until a {self.gate_window}-minute window holds only clean "
                 "minutes (real time passes):")
        stop = threading.Event()
        errors: list[BaseException] = []

        def traffic() -> None:
            try:
                while not stop.is_set():
                    for app, role, _style in CLIENTS:
                        self.write_as(app, role, self._client_rows("clean", 60), batch=60)
                    stop.wait(0.5)
            except BaseException as exc:  # reported by the main thread
                errors.append(exc)

        writer = threading.Thread(target=traffic, name="clean-traffic", daemon=True)
        writer.start()
        try:
            deadline = time.monotonic() + 60 * (self.gate_window + 3)
            last_said = float("-inf")
            while True:
                if errors:
                    raise DemoFailed(f"the clean traffic failed: {errors[0]}")
                row = self.query("SELECT green, reasons, total_values, unknown_values "
                                 "FROM stagenorm.promotion_gate(now(), %(w)s)", {"w": self.gate_window})[0]
                status = ("green" if row[0] else "; ".join(row[1])) + f" ({row[2]:,} values, {row[3]:,} unknown)"
                if row[0] or time.monotonic() - last_said >= 10:
                    self.say(f"  gate: {status}")
                    last_said = time.monotonic()
                if row[0]:
                    break
                if time.monotonic() > deadline:
                    raise DemoFailed(f"the gate did not turn green: {status}")
                time.sleep(2)
            window = str(self.gate_window)
            self.stagenorm("mode", "gate", "--window-minutes", window)
            self.stagenorm("mode", "promote", "enforce", "--actor", "demo", "--reason",
                           f"gate green: clean traffic for {window} minute(s)", "--window-minutes", window)
        finally:
            stop.set()
            writer.join(30)
        self.stagenorm("mode", "get")

    def step_enforce(self) -> None:
        self.say("In enforce, a known label is stored canonical, an unknown one is refused with SN001:")
        self.sql("INSERT INTO public.deals (company, stage) VALUES ('Gamma', 'Series A') RETURNING id, stage;")
        done = self.sql("INSERT INTO public.deals (company, stage) VALUES ('Delta', 'seeed');", expect=None, capture=True)
        if done.returncode == 0 or "seed" not in done.stderr:
            raise DemoFailed("enforce did not refuse the unknown label 'seeed'")

    def alertmanager_payload(self) -> bytes:
        now = time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime())
        alert: dict[str, Any] = {
            "status": "firing",
            "labels": {"alertname": "EnforceGateUnknownRateHigh", "severity": "critical",
                       "stagenorm_action": "downgrade"},
            "annotations": {"summary": "Unknown stage labels above the 0.5% enforce gate"},
            "startsAt": now, "endsAt": "0001-01-01T00:00:00Z",
            "generatorURL": "http://prometheus.local/graph", "fingerprint": "5b1d6c8f0e2a4d3c",
        }
        return json.dumps({
            "version": "4", "groupKey": '{}:{alertname="EnforceGateUnknownRateHigh"}', "truncatedAlerts": 0,
            "status": "firing", "receiver": "stagenorm-webhook", "groupLabels": {"alertname": alert["labels"]["alertname"]},
            "commonLabels": alert["labels"], "commonAnnotations": alert["annotations"],
            "externalURL": "http://alertmanager.local", "alerts": [alert],
        }).encode()

    def step_webhook(self) -> None:
        self.start_webhook()
        self.say("Alertmanager posts a firing EnforceGateUnknownRateHigh with its bearer token:")
        self.say(f"$ curl -X POST {self.webhook_url}/ops/alertmanager -H 'Authorization: Bearer $ALERTMANAGER_WEBHOOK_TOKEN' "
                 "-d @alert.json")
        request = urllib.request.Request(self.webhook_url + "/ops/alertmanager", data=self.alertmanager_payload(),
                                         method="POST", headers={"Authorization": f"Bearer {self.token}",
                                                                 "Content-Type": "application/json"})
        try:
            with urllib.request.urlopen(request, timeout=30) as answer:
                status, body = answer.status, answer.read().decode()
        except urllib.error.HTTPError as exc:
            raise DemoFailed(f"POST /ops/alertmanager answered {exc.code}: {exc.read().decode()[:300]}") from exc
        self.say(f"HTTP {status} {body}")
        if status != 200 or not json.loads(body).get("applied"):
            raise DemoFailed("the Alertmanager downgrade was not applied")
        self.stagenorm("mode", "get")
        self.say("The on-call engineer checks, finds a noisy import, fixes it, and re-enables enforce with a")
        self.say("signed request (Standard Webhooks signature, ALERTMANAGER_WEBHOOK_SECRET):")
        self.stagenorm("mode", "set", "enforce", "--actor", "oncall@example.com",
                       "--reason", "import fixed; unknown rate back under 0.1%", "--via", self.webhook_url)
        self.stagenorm("mode", "get")
        self.sql("SELECT id, old_mode, new_mode, actor, source, forced, to_char(changed_at, 'HH24:MI:SS') AS at "
                 "FROM stagenorm.mode_audit ORDER BY id;")

    def summary(self) -> None:
        f = self.facts
        mode = self.query("SELECT stagenorm.current_mode()")[0][0]
        total, canonical, null = self.query(
            "SELECT count(*), count(*) FILTER (WHERE stage IN (SELECT key FROM stagenorm.stage)), "
            "count(*) FILTER (WHERE stage IS NULL) FROM public.deals")[0]
        rows = [
            ("deals loaded", f"{f.rows:,} in {f.load_seconds:.1f} s"),
            ("deals now", f"{total:,}: {canonical:,} canonical, {null:,} without a stage"),
            ("unknown labels at rest", f"{f.unknown_rows_before:,} before, {f.unknown_rows_after:,} after"),
            ("rows normalized by the backfill", f"{f.normalized_rows:,}"),
            ("backup", f"{f.backup_file} sha256 {f.backup_sha[:16]}..."),
            ("restore test", f"passed, restore {f.restore_seconds}, scratch database dropped"),
            ("clients in the consumer report", f"{f.consumers}"),
            ("first promotion", f"refused: {f.gate_refused[:90]}"),
            ("mode now", mode),
        ]
        width = max(len(k) for k, _ in rows)
        for key, value in rows:
            self.say(f"  {key.ljust(width)}  {value}")
        self.say()
        self.say("  step" + " " * 60 + "seconds")
        for step in f.steps:
            self.say(f"  {step.title[:62].ljust(64)}{step.seconds:7.1f}")
        self.say()
        self.say(f"demo: ok — the mode is {mode}, series_a and the other stages are canonical, warn and "
                 "enforce were both exercised")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m stagenorm.demo", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--rows", type=int, default=DEFAULT_ROWS, help="deals to load (default %(default)s)")
    parser.add_argument("--keep", action="store_true", help="leave PostgreSQL running and print the psql command")
    parser.add_argument("--workdir", type=Path, default=REPO / ".demo",
                        help="where the servers keep their data (default: .demo in the repository)")
    parser.add_argument("--gate-window", type=int, default=GATE_WINDOW_MINUTES,
                        help="minutes of clean traffic the demo's promotion gate asks for (default %(default)s)")
    parser.add_argument("--steps", type=int, metavar="N", help="stop after step N (a shorter look)")
    args = parser.parse_args(argv)
    if not 1_000 <= args.rows <= 5_000_000:
        parser.error("--rows must be 1000 to 5000000")
    if not 1 <= args.gate_window <= 30:
        parser.error("--gate-window must be 1 to 30")
    demo: Demo | None = None
    ok = False
    interrupted = False
    t0 = time.monotonic()
    try:
        with signals.sigterm_interrupts():
            demo = Demo(args.workdir.resolve(), args.rows, args.keep, args.gate_window, args.steps)
            demo.story()
            ok = True
    except KeyboardInterrupt:
        interrupted = True
        print("\ndemo: interrupted; stopping everything it started", file=sys.stderr, flush=True)
    except DemoFailed as exc:
        print(f"\ndemo: FAILED: {exc}", file=sys.stderr, flush=True)
    except Exception as exc:
        print(f"\ndemo: FAILED: {type(exc).__name__}: {exc}", file=sys.stderr, flush=True)
        import traceback

        traceback.print_exc()
    finally:
        if demo is not None:
            keep = args.keep and not interrupted and demo.pg is not None
            with contextlib.suppress(KeyboardInterrupt), signals.sigint_ignored():
                demo.stop(keep_postgres=keep)
            if keep:
                others = [s for s in demo.started if not s.startswith("postgres ")]
                print(f"demo: stopped {', '.join(others) or 'nothing else'}", flush=True)
                print(f"\ndemo: PostgreSQL is still running (data in {demo.workdir}/pg). Connect with:\n"
                      f"  {demo.psql} '{demo.url}'\n"
                      f"It is stopped by the next `make demo`, or: runuser -u postgres -- "
                      f"{Path(demo.psql).parent}/pg_ctl -D {demo.workdir}/pg/pgdata stop", flush=True)
            else:
                print(f"demo: stopped everything it started ({', '.join(demo.started) or 'nothing'})", flush=True)
                if ok:  # on failure the data directories and logs stay for a look
                    for sub in ("pg", "redis"):
                        shutil.rmtree(demo.workdir / sub, ignore_errors=True)
    print(f"demo: {'finished' if ok else 'ended'} in {time.monotonic() - t0:.0f} s", flush=True)
    if interrupted:
        return 130
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
