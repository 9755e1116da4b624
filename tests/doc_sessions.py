"""The psql sessions shown in the docs, run for real and compared with what they show.

A session is a fenced block (no language, or ``text``) whose first line is a psql
prompt (``stagenorm=# ``, ``app=# ``). Each statement starts at a prompt; its
continuation lines follow (``stagenorm-# ``, or indented), up to the line ending in
``;``; the lines after it, up to the next prompt, are the output the page shows.

A page runs as one psql session against a fresh migrated database: first the SQL of its
``<!-- doc-test setup: ... -->`` comments (in the page's source, so the reader of the
source sees what the examples assume), then every statement of every session in page
order. The real output of each statement must equal the output shown once volatile
fields (times, durations, rates, generated name suffixes) are masked: the regression
style of pgmq's ``sql/`` and ``expected/``.

``python -m tests.doc_sessions --update docs/sql/x.md ...`` re-captures the shown output
of those pages from a real run (on an embedded server), keeping the statements as
written; review the diff before committing it.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
FENCE = re.compile(r"^```(?P<info>[^\n`]*)\n(?P<body>.*?)^```[ ]*$", re.MULTILINE | re.DOTALL)
PROMPT = re.compile(r"^(?P<name>\w+)=[#>] (?P<sql>.*)$")
CONTINUATION = re.compile(r"^(?:\w+[-('\"]# |\s+)(?P<sql>.*)$")
SETUP = re.compile(r"<!-- doc-test setup:[^\n]*\n(?P<sql>.*?)-->", re.DOTALL)
MARK = "<<<stagenorm-doc-test {}>>>"
# What differs from run to run, masked on both sides before comparing.
VOLATILE = [
    (re.compile(r"\d{4}-\d\d-\d\d[ T]\d\d:\d\d(:\d\d(\.\d+)?)?(\+00(:00)?|Z)?"), "<time>"),
    (re.compile(r"\d+(\.\d+)? ?(ms|s)\b"), "<duration>"),
    (re.compile(r"\d+ rows/s"), "<rate>"),
    (re.compile(r"ETA [0-9:s]+"), "ETA <eta>"),
    (re.compile(r"_[0-9a-f]{8}\b"), "_<hash>"),
    (re.compile(r"\b(pl_exec|aclchk|postgres|execMain|elog)\.c:\d+"), r"\1.c:<line>"),
    (re.compile(r"-+\+[-+]*|-{3,}"), "<rule>"),  # column widths follow masked values
]


@dataclass
class Statement:
    prompt: str
    lines: list[str]  # the statement as the page writes it, prompts included
    sql: str
    shown: list[str]  # the output lines the page shows


@dataclass
class Session:
    start: int  # offsets of the block's body in the page
    end: int
    statements: list[Statement]


def sessions(text: str) -> list[Session]:
    found = []
    for match in FENCE.finditer(text):
        if match.group("info").strip() not in ("", "text"):
            continue
        lines = match.group("body").splitlines()
        if not lines or not PROMPT.match(lines[0]):
            continue
        statements: list[Statement] = []
        current: Statement | None = None
        in_sql = False
        for line in lines:
            prompt = PROMPT.match(line)
            if prompt:
                current = Statement(prompt.group("name"), [line], prompt.group("sql"), [])
                statements.append(current)
                in_sql = not _complete(current.sql)
                continue
            assert current is not None
            continuation = CONTINUATION.match(line)
            if in_sql and continuation:
                current.lines.append(line)
                current.sql += "\n" + continuation.group("sql")
                in_sql = not _complete(current.sql)
            else:
                in_sql = False
                current.shown.append(line)
        found.append(Session(match.start("body"), match.end("body"), statements))
    return found


def _complete(sql: str) -> bool:
    stripped = sql.rstrip()
    return stripped.endswith(";") or stripped.startswith("\\")


def setup_sql(text: str) -> str:
    return "\n".join(m.group("sql") for m in SETUP.finditer(text))


def script(text: str) -> tuple[str, list[Statement]]:
    statements = [s for session in sessions(text) for s in session.statements]
    parts = ["\\set ON_ERROR_STOP 0", setup_sql(text), f"\\echo '{MARK.format('setup')}'"]
    for number, statement in enumerate(statements):
        parts += [statement.sql, f"\\echo '{MARK.format(number)}'"]
    return "\n".join(parts) + "\n", statements


def run(text: str, url: str) -> tuple[list[list[str]], list[Statement]]:
    """Each statement's real output lines, as psql prints them interactively."""
    sql, statements = script(text)
    psql = shutil.which("psql") or "psql"
    command = [psql, url, "-X", "-f", "-"]
    if shutil.which("stdbuf"):  # notices (stderr) and results (stdout) in their true order
        command = ["stdbuf", "-o0", "-e0", *command]
    env = {**os.environ, "PGAPPNAME": "psql", "PGTZ": "UTC"}
    done = subprocess.run(command, input=sql, capture_output=False, stdout=subprocess.PIPE,
                          stderr=subprocess.STDOUT, text=True, env=env, timeout=300, check=False)
    out = re.sub(r"(?m)^psql:<stdin>:\d+: ", "", done.stdout)
    chunks = out.split(MARK.format("setup") + "\n", 1)
    if len(chunks) != 2:
        raise AssertionError(f"the page's setup did not run:\n{done.stdout}")
    if "ERROR" in chunks[0]:
        raise AssertionError(f"the page's setup failed:\n{chunks[0]}")
    rest, outputs = chunks[1], []
    for number in range(len(statements)):
        head, _, rest = rest.partition(MARK.format(number) + "\n")
        outputs.append([line.rstrip() for line in head.splitlines()])
    return outputs, statements


def masked(lines: list[str]) -> list[str]:
    out = []
    for line in lines:
        line = line.rstrip()
        for pattern, replacement in VOLATILE:
            line = pattern.sub(replacement, line)
        out.append(re.sub(r" +", " ", line))
    while out and not out[-1]:
        out.pop()
    return out


def differences(text: str, url: str) -> list[str]:
    outputs, statements = run(text, url)
    found = []
    for statement, real in zip(statements, outputs, strict=True):
        if masked(statement.shown) != masked(real):
            found.append("\n".join([*statement.lines, "--- the page shows", *statement.shown,
                                    "--- psql printed", *real]))
    return found


def updated(text: str, url: str) -> str:
    """The page with each statement's shown output replaced by its real output."""
    outputs, _ = run(text, url)
    numbered = iter(outputs)
    pieces, last = [], 0
    for session in sessions(text):
        body: list[str] = []
        for statement in session.statements:
            body += statement.lines + next(numbered)
        while body and not body[-1]:
            body.pop()
        pieces += [text[last:session.start], "\n".join(body) + "\n"]
        last = session.end
    pieces.append(text[last:])
    return "".join(pieces)


def main(argv: list[str] | None = None) -> int:
    import tempfile

    import psycopg

    from stagenorm import embedded, signals
    from stagenorm.migrations import upgrade

    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--update", nargs="+", type=Path, required=True, help="pages to re-capture")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as work, signals.sigterm_interrupts():
        server = embedded.start_local_postgres(Path(work))
        try:
            for number, page in enumerate(args.update):
                with psycopg.connect(server.url, autocommit=True) as conn:
                    conn.execute(f"CREATE DATABASE doc_{number}")
                url = server.url_for(f"doc_{number}")
                upgrade(url)
                page.write_text(updated(page.read_text("utf-8"), url), "utf-8")
                print(f"re-captured {page}")
        finally:
            server.stop()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
