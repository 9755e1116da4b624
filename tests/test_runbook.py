"""The rollout runbook's commands exist and work: every block marked runnable is run.

A block opens with ```sh runnable or ```sql runnable (optionally ``exit=N`` when the
runbook shows a command that refuses, e.g. the promotion gate on a young rollout).
All blocks run in order, as an operator would follow the page, against a fresh
database holding a messy ``public.deals`` table (what the runbook assumes you
have), the session's Redis, and a scratch working directory: ``sh`` blocks with
``bash -euo pipefail``, ``sql`` blocks with ``psql -v ON_ERROR_STOP=1``.
"""

from __future__ import annotations

import os
import re
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
SEED_LABELS = ["Series A", "series-a", "SERIES A", "Seed", "seed round", "Pre-Seed", "pre seed",
               "Series B", "Serie B", "Growth", "seeed", "Series A1", "tbd", None]


@dataclass(frozen=True)
class Block:
    lang: str
    body: str
    line: int
    exit_code: int

    def where(self) -> str:
        return f"{RUNBOOK.name}:{self.line} ({self.lang})"


def runnable_blocks(text: str) -> list[Block]:
    blocks = []
    for match in FENCE.finditer(text):
        words = match.group("info").split()
        if len(words) < 2 or words[1] != "runnable":
            continue
        options = dict(w.split("=", 1) for w in words[2:] if "=" in w)
        line = text.count("\n", 0, match.start()) + 1
        body = textwrap.dedent(match.group("body"))
        blocks.append(Block(words[0], body, line, int(options.get("exit", "0"))))
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


def run_block(block: Block, env: dict[str, str], cwd: Path) -> subprocess.CompletedProcess[str]:
    if block.lang == "sh":
        cmd = ["bash", "-euo", "pipefail", "-c", block.body]
    elif block.lang == "sql":
        cmd = ["psql", env["DATABASE_URL"], "-X", "-q", "-v", "ON_ERROR_STOP=1", "-f", "-"]
    else:
        raise AssertionError(f"{block.where()}: unknown runnable language {block.lang!r}")
    return subprocess.run(cmd, input=block.body if block.lang == "sql" else None, env=env, cwd=cwd,
                          capture_output=True, text=True, timeout=300, check=False)


def test_every_runnable_block_runs(runbook_env: dict[str, str], tmp_path: Path) -> None:
    work = tmp_path / "work"
    work.mkdir()
    blocks = runnable_blocks(RUNBOOK.read_text())
    for block in blocks:
        done = run_block(block, runbook_env, work)
        assert done.returncode == block.exit_code, (
            f"{block.where()} exited {done.returncode}, the runbook says {block.exit_code}\n"
            f"--- block\n{block.body}--- stdout\n{done.stdout}--- stderr\n{done.stderr}"
        )
