"""The rollout runbook's commands exist and work: every block marked runnable is run.

A block opens with ```sh runnable or ```sql runnable, then ``expect="<line>"``: a
distinctive piece of the output the runbook shows right after the block, which the real
output must contain too (optionally ``exit=N`` when the runbook shows a command that
refuses, e.g. the promotion gate on a young rollout). A Python traceback on stderr fails
the block whatever its exit code.
All blocks run in order, as an operator would follow the page, against a fresh
database holding a messy ``public.deals`` table (what the runbook assumes you
have), the session's Redis, and a scratch working directory: ``sh`` blocks with
``bash -euo pipefail``, ``sql`` blocks with ``psql -v ON_ERROR_STOP=1``.
"""

from __future__ import annotations

import os
import re
import shlex
import subprocess
import textwrap
import unicodedata
from dataclasses import dataclass
from pathlib import Path

import psycopg
import pytest
import yaml

from tests import harness

RUNBOOK = harness.REPO / "docs" / "runbooks" / "stage-normalization-rollout.md"
RULES = harness.REPO / "observability" / "prometheus" / "rules" / "stage-validation.yml"
FENCE = re.compile(r"^(?P<indent>[ ]*)```(?P<info>[^\n`]*)\n(?P<body>.*?)^(?P=indent)```[ ]*$",
                   re.MULTILINE | re.DOTALL)
SECRET = "whsec_" + "c3RhZ2Vub3JtLXJ1bmJvb2stdGVzdC1zZWNyZXQtMzI="
TOKEN = "runbook-test-bearer-token-0123456789abcdef"
# The labels the runbook's table holds: canonical, decorated, misspelled, unknown.
# What two clients write once the runbook has set warn ("Then let the clients run"):
# (application_name, role, label, rows). The runbook shows the consumer report of them.
CLIENT_WRITES = [
    ("sheets-import", "sheets_import", "seeed", 12), ("sheets-import", "sheets_import", "tbd", 5),
    ("sheets-import", "sheets_import", "Seed", 100), ("sheets-import", "sheets_import", "series a", 40),
    ("crm-sync", "crm_sync", "Growth", 150), ("crm-sync", "crm_sync", "Seed", 150),
    ("crm-sync", "crm_sync", "Series A", 150), ("crm-sync", "crm_sync", "Series B", 150),
]
CLIENTS_MARKER = "<!-- runbook test: the clients write here"
SEED_LABELS = ["Series A", "series-a", "SERIES A", "Seed", "seed round", "Pre-Seed", "pre seed",
               "Series B", "Serie B", "Growth", "seeed", "Series A1", "tbd", None]


@dataclass(frozen=True)
class Block:
    lang: str
    body: str
    line: int
    exit_code: int
    expect: str
    shown: str  # the output block the runbook shows right after this one
    clients_first: bool  # the runbook says clients write before this block

    def where(self) -> str:
        return f"{RUNBOOK.name}:{self.line} ({self.lang})"


def runnable_blocks(text: str) -> list[Block]:
    blocks = []
    fences = list(FENCE.finditer(text))
    for index, match in enumerate(fences):
        words = shlex.split(match.group("info"))
        if len(words) < 2 or words[1] != "runnable":
            continue
        options = dict(w.split("=", 1) for w in words[2:] if "=" in w)
        line = text.count("\n", 0, match.start()) + 1
        body = textwrap.dedent(match.group("body"))
        after = fences[index + 1] if index + 1 < len(fences) else None
        shown = ""
        if after is not None and after.group("info").strip() == "text" \
                and not text[match.end():after.start()].strip():
            shown = textwrap.dedent(after.group("body"))
        before = text[fences[index - 1].end() if index else 0:match.start()]
        blocks.append(Block(words[0], body, line, int(options.get("exit", "0")),
                            options.get("expect", ""), shown, CLIENTS_MARKER in before))
    return blocks


def github_anchors(text: str) -> set[str]:
    """The anchors GitHub makes of headings, plus explicit <a id="..."> ones."""
    anchors = set(re.findall(r'<a id="([^"]+)"', text))
    for heading in re.findall(r"^#{1,6} +(.+?) *$", text, re.MULTILINE):
        plain = re.sub(r"[`*_]|<[^>]+>", "", heading).strip().lower()
        slug = "".join(ch for ch in plain if ch in "- " or unicodedata.category(ch)[0] in "LN")
        anchors.add(slug.replace(" ", "-"))
    return anchors


def alert_names() -> list[str]:
    rules = yaml.safe_load(RULES.read_text())
    return [r["alert"] for g in rules["groups"] for r in g["rules"] if "alert" in r]


def test_the_runbook_has_runnable_blocks_of_both_kinds() -> None:
    blocks = runnable_blocks(RUNBOOK.read_text())
    assert {b.lang for b in blocks} == {"sh", "sql"}
    assert len(blocks) >= 10


def test_every_runnable_block_shows_its_output_and_names_a_line_of_it() -> None:
    for block in runnable_blocks(RUNBOOK.read_text()):
        assert block.shown, f"{block.where()}: show the output in a ```text block right after it"
        assert block.expect, f'{block.where()}: add expect="<a distinctive line of the output>"'
        assert block.expect in block.shown, f"{block.where()}: {block.expect!r} is not in the output shown"


def test_the_block_parser_reads_expect_and_the_output_shown() -> None:
    text = '```sh runnable exit=1 expect="gate: RED now"\nstagenorm mode gate\n```\n\n```text\ngate: RED now\n```\n'
    [block] = runnable_blocks(text)
    assert (block.exit_code, block.expect, block.shown) == (1, "gate: RED now", "gate: RED now\n")
    assert not block.clients_first


def test_every_alert_has_its_section() -> None:
    anchors = github_anchors(RUNBOOK.read_text())
    names = alert_names()
    assert {"EnforceGateUnknownRateHigh", "StageValidatorLatencyRegression", "RedisModeFetchFailing"} <= set(names)
    missing = [n for n in names if f"alert-{n.lower()}" not in anchors]
    assert missing == [], f"add a section '## Alert: <name>' to {RUNBOOK.name} for {missing}"


def test_every_runbook_url_of_the_rules_points_at_an_anchor_that_exists() -> None:
    anchors = github_anchors(RUNBOOK.read_text())
    urls = re.findall(r"runbook_url: \S+#(\S+)", RULES.read_text())
    assert urls
    assert [u for u in urls if u not in anchors] == []


def test_relative_links_resolve() -> None:
    text = RUNBOOK.read_text()
    links = re.findall(r"\]\((?!https?://|#)([^)#\s]+)", text)
    assert "batched-normalization.md" in links
    missing = [link for link in links if not (RUNBOOK.parent / link).exists()]
    assert missing == []


@pytest.fixture
def runbook_env(db_url: str, redis_url: str, tmp_path: Path) -> dict[str, str]:
    with psycopg.connect(db_url, autocommit=True) as conn:
        conn.execute("CREATE TABLE public.deals (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, "
                     "name text, stage text)")
        with conn.cursor() as cur, cur.copy("COPY public.deals (name, stage) FROM STDIN") as copy:
            for i in range(6000):
                copy.write_row((f"deal {i}", SEED_LABELS[i % len(SEED_LABELS)]))
    bindir = harness.find_pg_bindir()
    path = [str(harness.REPO / ".venv" / "bin"), *([str(bindir)] if bindir else []), os.environ.get("PATH", "")]
    return {
        "PATH": os.pathsep.join(path),
        "HOME": str(tmp_path),
        "DATABASE_URL": db_url,
        "REDIS_URL": redis_url,
        "ALERTMANAGER_WEBHOOK_SECRET": SECRET,
        "ALERTMANAGER_WEBHOOK_TOKEN": TOKEN,
        "STAGENORM_REPO": str(harness.REPO),
        "PGCONNECT_TIMEOUT": "10",
    }


def clients_write(db_url: str) -> None:
    """The application clients of the runbook, each as its own role and application_name."""
    with psycopg.connect(db_url, autocommit=True) as conn:
        for role in sorted({role for _, role, _, _ in CLIENT_WRITES}):
            exists = conn.execute("SELECT 1 FROM pg_roles WHERE rolname = %s", (role,)).fetchone()
            if not exists:
                # LOGIN: roles are the cluster's, and the README's session (tests/test_doc_sessions.py),
                # which may run later on the same server, connects as the same client roles
                conn.execute(f"CREATE ROLE {role} LOGIN")
            conn.execute(f"GRANT INSERT ON public.deals TO {role}")
        for app, role, label, rows in CLIENT_WRITES:
            with conn.transaction():
                conn.execute("SELECT set_config('application_name', %s, true)", (app,))
                conn.execute(f"SET LOCAL ROLE {role}")
                with conn.cursor() as cur:
                    cur.executemany("INSERT INTO public.deals (name, stage) VALUES (%s, %s)",
                                    [(f"{app} {i}", label) for i in range(rows)])


def run_block(block: Block, env: dict[str, str], cwd: Path) -> subprocess.CompletedProcess[str]:
    if block.lang == "sh":
        cmd = ["bash", "-euo", "pipefail", "-c", block.body]
    elif block.lang == "sql":
        cmd = ["psql", env["DATABASE_URL"], "-X", "-v", "ON_ERROR_STOP=1", "-f", "-"]
    else:
        raise AssertionError(f"{block.where()}: unknown runnable language {block.lang!r}")
    return subprocess.run(cmd, input=block.body if block.lang == "sql" else None, env=env, cwd=cwd,
                          capture_output=True, text=True, timeout=300, check=False)


def test_every_runnable_block_runs(runbook_env: dict[str, str], tmp_path: Path) -> None:
    work = tmp_path / "work"
    work.mkdir()
    blocks = runnable_blocks(RUNBOOK.read_text())
    assert sum(block.clients_first for block in blocks) == 1
    for block in blocks:
        if block.clients_first:
            clients_write(runbook_env["DATABASE_URL"])
        done = run_block(block, runbook_env, work)
        story = f"--- block\n{block.body}--- stdout\n{done.stdout}--- stderr\n{done.stderr}"
        assert done.returncode == block.exit_code, (
            f"{block.where()} exited {done.returncode}, the runbook says {block.exit_code}\n{story}"
        )
        assert "Traceback (most recent call last)" not in done.stderr, f"{block.where()}\n{story}"
        assert block.expect in done.stdout + done.stderr, (
            f"{block.where()}: the output lacks {block.expect!r}\n{story}"
        )
