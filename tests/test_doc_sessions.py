"""The psql sessions of README.md and docs/sql/*.md are real: each page is run and its
shown output compared with psql's (tests/doc_sessions.py says how)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests import doc_sessions

PAGES = [doc_sessions.REPO / "README.md", *sorted(
    p for p in (doc_sessions.REPO / "docs" / "sql").glob("*.md") if doc_sessions.sessions(p.read_text("utf-8")))]


def test_the_pages_have_sessions() -> None:
    assert len(PAGES) >= 9
    assert len(doc_sessions.sessions(PAGES[0].read_text("utf-8"))) >= 5  # README.md's psql tour


@pytest.mark.parametrize("page", PAGES, ids=[p.name for p in PAGES])
def test_a_page_shows_what_psql_prints(page: Path, db_url: str) -> None:
    found = doc_sessions.differences(page.read_text("utf-8"), db_url)
    assert not found, (
        f"{page.relative_to(doc_sessions.REPO)}: {len(found)} statement(s) differ; re-capture with "
        f"`.venv/bin/python -m tests.doc_sessions --update {page.relative_to(doc_sessions.REPO)}` "
        "and review the diff\n\n" + "\n\n".join(found)
    )


def test_the_parser_reads_statements_continuations_and_output() -> None:
    page = "```\napp=# SELECT 1\napp-#   AS one;\n one\n-----\n   1\n(1 row)\n\napp=# \\\\dx\n```\n"
    [session] = doc_sessions.sessions(page)
    first, second = session.statements
    assert first.sql == "SELECT 1\n  AS one;"
    assert first.shown == [" one", "-----", "   1", "(1 row)", ""]
    assert second.sql == "\\\\dx" and second.shown == []


def test_masking_hides_only_what_varies() -> None:
    assert doc_sessions.masked(["at 2026-11-28 10:11:56.005792+00, 12 ms"]) == \
        doc_sessions.masked(["at 2027-01-01 00:00:00.1+00, 3 ms"])
    assert doc_sessions.masked([" seed | 2"]) != doc_sessions.masked([" seed | 3"])
