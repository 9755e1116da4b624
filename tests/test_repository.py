"""The repository is the whole project: no tracked file reaches outside it.

A clone has nothing beside it, so a test, a doc or a script that reads ``../shared``
(or a spec directory named by an environment variable) works only on a machine
prepared for it. The project keeps its own copies: tests/data/stage-vectors.tsv,
docs/taxonomy.md, docs/configuration.md.
"""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
# The folder of requirements beside the checkout, a variable naming a spec directory, or
# a path computed from a test file's grandparent (the folder that holds the checkout).
OUTSIDE = re.compile(r"\.\./shared\b|STAGENORM_SPEC_DIR|parents\[[2-9]\]")
# A relative link in Markdown: [text](target).
LINK = re.compile(r"\]\((?!https?:|mailto:|#)([^)\s]+)\)")
# This file names the patterns it looks for.
SELF = Path(__file__).resolve().relative_to(REPO).as_posix()


def tracked_files() -> list[str]:
    out = subprocess.run(
        ["git", "ls-files", "-z"], cwd=REPO, capture_output=True, check=True
    ).stdout.decode("utf-8")
    return [name for name in out.split("\0") if name]


def test_no_tracked_file_refers_to_a_path_outside_the_repository() -> None:
    files = tracked_files()
    assert "tests/data/stage-vectors.tsv" in files  # git answered with this checkout's files
    offenders = []
    for name in files:
        if name == SELF:
            continue
        path = REPO / name
        if not path.is_file() or path.is_symlink():
            continue
        try:
            text = path.read_text("utf-8")
        except UnicodeDecodeError:
            continue  # binary
        for number, line in enumerate(text.splitlines(), 1):
            if OUTSIDE.search(line):
                offenders.append(f"{name}:{number}: {line.strip()}")
            if name.endswith(".md"):
                for target in LINK.findall(line):
                    resolved = (path.parent / target.split("#")[0]).resolve()
                    if not resolved.is_relative_to(REPO) or not resolved.exists():
                        offenders.append(f"{name}:{number}: link to {target}")
    assert not offenders, "\n".join(offenders)


def test_the_check_finds_what_it_looks_for() -> None:
    for line in ('SPEC = REPO.parent / "../shared/spec"', "see ../shared/STYLE.md",
                 "os.environ['STAGENORM_SPEC_DIR']", "Path(__file__).parents[2] / 'x'"):
        assert OUTSIDE.search(line), line
    for line in ("docs/taxonomy.md", "tests/data/stage-vectors.tsv", "../README.md",
                 "Path(__file__).resolve().parents[1]"):
        assert not OUTSIDE.search(line), line
