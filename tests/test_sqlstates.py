"""The SQLSTATE list has one source: every SN code raised in sql/ has its exception class in
stagenorm/exceptions.py and its row in docs/sqlstates.md, and the three agree."""

from __future__ import annotations

import re

import psycopg
import pytest

from stagenorm import exceptions
from tests.harness import REPO

# A raise site: RAISE ... USING ERRCODE = 'SN003' (quotes doubled inside format() strings of
# generated trigger functions), or plpy.error(..., sqlstate="SN000") in PL/Python.
RAISED = re.compile(r"""(?:ERRCODE\s*=\s*|sqlstate\s*=\s*)'{0,2}"?(SN[0-9A-Z]{3})""", re.IGNORECASE)
MENTIONED = re.compile(r"\bSN[0-9A-Z]{3}\b")
ROW = re.compile(r"^\| ([0-9A-Z]{5}) \| ([^|]+?) \| ([^|]+?) \|$", re.MULTILINE)


def sql_texts() -> dict[str, str]:
    return {path.relative_to(REPO).as_posix(): path.read_text("utf-8")
            for path in sorted((REPO / "sql").rglob("*.sql"))}


def raised_in_sql() -> set[str]:
    return {code.upper() for text in sql_texts().values() for code in RAISED.findall(text)}


def documented() -> dict[str, str]:
    """SQLSTATE -> exception name, from docs/sqlstates.md's table."""
    text = (REPO / "docs" / "sqlstates.md").read_text("utf-8")
    return {code: name for code, name, _meaning in ROW.findall(text)}


def sn_classes() -> dict[str, type[exceptions.StagenormError]]:
    return {code: cls for code, cls in exceptions._BY_SQLSTATE.items() if code.startswith("SN")}


def test_the_patterns_find_the_raise_sites() -> None:
    found = raised_in_sql()
    assert "SN001" in found and "SN003" in found  # the enforce trigger and any bad argument
    assert len(found) >= 10


def test_every_code_raised_in_sql_has_a_class_and_a_row() -> None:
    raised = raised_in_sql()
    assert sorted(raised - set(sn_classes())) == [], "add a class to stagenorm/exceptions.py"
    assert sorted(raised - set(documented())) == [], "add a row to docs/sqlstates.md"


def test_every_code_named_in_sql_is_documented() -> None:
    named = {(path, code) for path, text in sql_texts().items() for code in MENTIONED.findall(text)}
    assert sorted((path, code) for path, code in named if code not in documented()) == []


def test_every_class_has_its_row_under_its_name() -> None:
    rows = documented()
    for code, cls in exceptions._BY_SQLSTATE.items():
        assert rows.get(code) == cls.__name__, code


def test_every_sn_row_has_its_class_and_is_raised() -> None:
    rows = {code: name for code, name in documented().items() if code.startswith("SN")}
    assert rows == {code: cls.__name__ for code, cls in sn_classes().items()}
    assert sorted(set(rows) - raised_in_sql()) == [], "a documented code nothing raises"


@pytest.mark.parametrize("code", sorted(sn_classes()))
def test_a_database_error_of_each_code_becomes_its_class(conn: psycopg.Connection, code: str) -> None:
    with pytest.raises(psycopg.Error) as caught:
        conn.execute(f"DO $$ BEGIN RAISE EXCEPTION 'x' USING ERRCODE = '{code}'; END $$")
    translated = exceptions.from_psycopg(caught.value)
    assert type(translated) is exceptions.for_sqlstate(code) is sn_classes()[code]
    assert translated.sqlstate == code
