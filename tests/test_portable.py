"""The portable implementation of the reading rules (PL/pgSQL and SQL, no PL/Python).

The reading-rule tests of tests/test_taxonomy_sql.py and tests/test_parity.py run here a
second time, against a database migrated with ``--implementation plpgsql``: the fixtures
``conn`` and ``db_url`` of this module are ``portable_conn`` and ``portable_db_url``
(tests/conftest.py), so spec vectors, generated labels, hostile input, suggestions,
add_alias/remove_alias and parallel plans are checked through the portable functions
against Python. The tests below check what only the portable side has: Python's Unicode
tables as shipped, folding of Unicode edge cases, the fast map, and the install choice.
"""

# The labels below use look-alike and combining characters on purpose.
# ruff: noqa: RUF001, RUF003

from __future__ import annotations

import json
import os
import random
import subprocess
import sys
import unicodedata
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import psycopg
import pytest

from stagenorm import install, rules, unicode_data
from stagenorm.taxonomy import default_taxonomy
from tests import harness
from tests import test_parity as parity
from tests import test_taxonomy_sql as taxonomy_sql
from tests.conftest import create_database, drop_database

Conn = psycopg.Connection[dict[str, Any]]
REPO = Path(__file__).resolve().parents[1]


@pytest.fixture
def conn(portable_conn: Conn) -> Iterator[Conn]:
    yield portable_conn


@pytest.fixture
def db_url(portable_db_url: str) -> Iterator[str]:
    yield portable_db_url


# --------------------------------------------------------------------------- the same tests, portable

test_every_spec_vector = taxonomy_sql.test_every_spec_vector
test_hostile_labels_never_raise_and_agree_with_python = (
    taxonomy_sql.test_hostile_labels_never_raise_and_agree_with_python)
test_one_label_at_a_time_and_literal_arguments = taxonomy_sql.test_one_label_at_a_time_and_literal_arguments
test_catalog_declarations = taxonomy_sql.test_catalog_declarations
test_normalize_stage_is_inlined = taxonomy_sql.test_normalize_stage_is_inlined
test_same_answers_under_a_forced_parallel_plan = taxonomy_sql.test_same_answers_under_a_forced_parallel_plan
test_suggestions_put_the_right_key_first = taxonomy_sql.test_suggestions_put_the_right_key_first
test_no_suggestions_for_nonsense = taxonomy_sql.test_no_suggestions_for_nonsense
test_suggestions_are_deterministic = taxonomy_sql.test_suggestions_are_deterministic
test_add_alias_folds_audits_and_takes_effect = taxonomy_sql.test_add_alias_folds_audits_and_takes_effect
test_decorable_alias_takes_sub_rounds = taxonomy_sql.test_decorable_alias_takes_sub_rounds
test_remove_alias_in_any_spelling = taxonomy_sql.test_remove_alias_in_any_spelling
test_audit_rows_in_order = taxonomy_sql.test_audit_rows_in_order
test_add_alias_refusals = taxonomy_sql.test_add_alias_refusals
test_refused_errors_carry_a_hint = taxonomy_sql.test_refused_errors_carry_a_hint
test_decorated_forms_may_not_change_meaning = taxonomy_sql.test_decorated_forms_may_not_change_meaning
test_remove_alias_refusals = taxonomy_sql.test_remove_alias_refusals
test_taxonomy_that_would_not_load_is_refused_before_commit = (
    taxonomy_sql.test_taxonomy_that_would_not_load_is_refused_before_commit)
test_bad_word_row_is_caught_by_the_load_check = taxonomy_sql.test_bad_word_row_is_caught_by_the_load_check
test_hostile_alias_text_is_stored_and_read_safely = taxonomy_sql.test_hostile_alias_text_is_stored_and_read_safely
test_dependents_are_listed_in_a_notice = taxonomy_sql.test_dependents_are_listed_in_a_notice
test_permissions = taxonomy_sql.test_permissions
test_other_sessions_see_an_alias_on_their_next_statement = (
    taxonomy_sql.test_other_sessions_see_an_alias_on_their_next_statement)
test_a_rolled_back_change_leaves_no_trace_in_any_session = (
    taxonomy_sql.test_a_rolled_back_change_leaves_no_trace_in_any_session)
test_concurrent_changes_serialize = taxonomy_sql.test_concurrent_changes_serialize
test_reindex_concurrently_brings_an_index_up_to_date = (
    taxonomy_sql.test_reindex_concurrently_brings_an_index_up_to_date)
test_a_removed_alias_stays_removed_when_a_migration_reseeds = (
    taxonomy_sql.test_a_removed_alias_stays_removed_when_a_migration_reseeds)
test_normalize_stage_parity = parity.test_normalize_stage_parity


# --------------------------------------------------------------------------- what only the portable side has


def one(conn: Conn, sql: str, params: dict[str, Any] | None = None) -> Any:
    row = conn.execute(sql.encode(), params or {}).fetchone()
    assert row is not None
    return next(iter(row.values()))


def test_the_portable_database_runs_no_pl_python_rules(conn: Conn) -> None:
    assert one(conn, "SELECT stagenorm.implementation()") == "plpgsql"
    assert one(conn, "SELECT to_regprocedure('stagenorm._rules_py(text, text, integer, text, double precision)')") is None
    body = one(conn, "SELECT prosrc FROM pg_proc WHERE oid = 'stagenorm.normalize_stage(text)'::regprocedure")
    assert "_rules_normalize" in body and "_rules_py" not in body
    # Inlinable: one SELECT, no SET clause, every operator qualified.
    assert one(conn, "SELECT proconfig FROM pg_proc WHERE oid = 'stagenorm.normalize_stage(text)'::regprocedure") is None
    assert "OPERATOR(pg_catalog.->>)" in body and "OPERATOR(pg_catalog.?)" in body


def test_the_main_database_runs_pl_python(shared_db_url: str) -> None:
    with psycopg.connect(shared_db_url) as main:
        assert main.execute("SELECT stagenorm.implementation()").fetchone() == ("plpython",)


def test_shipped_unicode_tables_are_what_python_generates_now(conn: Conn) -> None:
    """The frozen migration carries Python's Unicode tables; they must be the ones this
    Python generates (a test in test_migrations holds the frozen file equal to the render)."""
    data = dict(unicode_data.tables(), rules=unicode_data.rules_constants())
    assert data["version"] == unicodedata.unidata_version
    for key, (name, _what) in unicode_data.SQL_FUNCTIONS.items():
        shipped = one(conn, f"SELECT stagenorm.{name}() AS v")
        assert shipped == data[key], name
    assert unicode_data.render_sql() in install.render()


# Characters where Python's and PostgreSQL's Unicode handling part ways, or the per-character
# fold could: case folding that is not lower() (ß, ẞ, ſ, İ, ﬀ, final sigma), compatibility
# forms, combining marks in and out of canonical order, spacing marks with a combining class,
# compositions across characters (Indic vowels, Hangul jamo), U+0345, format characters,
# every kind of space and dash, digits of other scripts.
EDGE = (
    "ßẞſİıﬀﬁﬃΣσςΐᾳᾼͅΆ̈́ǅǈǋ"
    "ÅÅåéę֑̣̱́́̀̂̃̄̈̋̊̇̕͜ͅ"
    "᜕᜴᭄꥓𝅥𝅦𝅮𝅯〮〯𝅭𑄀𑍋𑍗"
    "ো্ৗাୋୖୗொௌௗೀೀೊೋೂെൊാൗෙේ්ාෟ"
    "ᄀᄁ가각ᅡᅢᆨᆩ힣"
    "ＡａＳＥＲＩＥＳ１２３²³¹⅓Ⅱⅻ①⑴⒜㈠㍱ﾀﾞ"
    "٣۴߂०১๑០᠑１𝟏𝟘"
    "\u00ad\u200b\u200c\u200d\u200e\u2060\ufeff\u202e\u2066"
    "\u00a0\u1680\u2000\u2007\u200a\u2028\u2029\u202f\u205f\u3000\x85\x1c\x1f\t\x0b"
    "-‐‑‒–—―−⁃﹘﹣－_./,:\"'`«»“”„‹›()[]{}「」+&"
    "seriesabcSERIESABC 0123456789"
)


def _edge_labels(count: int) -> list[str]:
    rng = random.Random(15)
    pool = list(EDGE)
    assigned = unicode_data._assigned()
    out = ["".join(rng.choice(pool) for _ in range(rng.randint(1, 12))) for _ in range(count)]
    # every assigned character once, in labels of eight consecutive code points
    out += ["".join(assigned[i:i + 8]) for i in range(0, len(assigned), 8)]
    return out


def test_fold_parity_on_unicode_edge_cases_and_every_character(conn: Conn) -> None:
    labels = _edge_labels(20_000)
    folded = parity.sql_map(conn, "_rules_fold_text", labels)
    assert parity.differences(labels, folded, rules.fold_text) == []
    assert sum(1 for f in folded if f) > len(labels) // 2


def test_the_fast_map_is_pythons(conn: Conn) -> None:
    """Computed by the portable rules from the taxonomy, the fast map holds the same labels
    and answers as Python's fast_path_labels (unknown: null instead of "")."""
    portable = one(conn, "SELECT stagenorm._rules_fast_path_labels(stagenorm._taxonomy_compiled())")
    python = {label: key or None for label, key in rules.fast_path_labels(default_taxonomy()).items()}
    assert portable == python


def test_rules_pg_answers_as_rules_py_in_one_database(shared_db_url: str) -> None:
    """Both implementations are installed side by side in the PL/Python database: every
    operation but distribution gives the same text for the same labels."""
    labels = [label for label, _ in taxonomy_sql.VECTORS] + parity.misspellings(2)
    with psycopg.connect(shared_db_url) as main:
        version = main.execute("SELECT stagenorm._taxonomy_version()").fetchone()
        assert version is not None
        for op in ("normalize", "fold", "suggest"):
            rows = main.execute(
                "SELECT stagenorm._rules_py(%(op)s, l, %(v)s) AS py, stagenorm._rules_pg(%(op)s, l, %(v)s) AS pg "
                "FROM unnest(%(l)s::text[]) AS l", {"op": op, "v": version[0], "l": labels}).fetchall()
            if op == "suggest":
                rows = [(json.loads(py), json.loads(pg)) for py, pg in rows]
            assert [(label, py, pg) for label, (py, pg) in zip(labels, rows, strict=True) if py != pg] == [], op
        fast = main.execute("SELECT stagenorm._rules_py('fastmap', NULL, %(v)s)::jsonb AS py, "
                            "stagenorm._rules_pg('fastmap', NULL, %(v)s)::jsonb AS pg", {"v": version[0]}).fetchone()
        assert fast is not None
        assert {k: v or None for k, v in fast[0].items()} == fast[1]


# --------------------------------------------------------------------------- choosing the implementation


def _alembic(url: str, *args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    alembic = Path(sys.executable).parent / "alembic"
    return subprocess.run([str(alembic), *args, "upgrade", "head"], cwd=REPO,
                          env={"DATABASE_URL": url, "PATH": "/usr/bin:/bin", **(env or {})},
                          capture_output=True, text=True, timeout=300, check=False)


def test_plpython_where_it_cannot_be_installed_is_one_clear_error(pg_server: harness.PostgresServer) -> None:
    """A database owner that is not superuser asks for PL/Python: one message naming the
    privilege and the fix, exit 1, no traceback, nothing installed."""
    role, name = f"sn_owner_{os.getpid()}", f"stagenorm_owner_{os.getpid()}"
    with psycopg.connect(pg_server.url, autocommit=True) as admin:
        admin.execute(f'DROP ROLE IF EXISTS "{role}"'.encode())
        admin.execute(f'CREATE ROLE "{role}" LOGIN CREATEROLE CREATEDB'.encode())
    url = create_database(pg_server, name)
    try:
        with psycopg.connect(url, autocommit=True) as admin:
            admin.execute(f'ALTER DATABASE "{name}" OWNER TO "{role}"'.encode())
            admin.execute(f'ALTER SCHEMA public OWNER TO "{role}"'.encode())
        owner_url = url.replace("postgres@", f"{role}@", 1)
        # alembic prints its one-line refusal as FAILED: ... on stdout and exits 255
        done = _alembic(owner_url, "-x", "implementation=plpython")
        said = done.stdout + done.stderr
        assert done.returncode != 0 and "Traceback" not in said
        assert "FAILED:" in said and "superuser" in said and "--implementation plpgsql" in said
        done = _alembic(owner_url, env={"STAGENORM_IMPLEMENTATION": "plpython3"})
        said = done.stdout + done.stderr
        assert done.returncode != 0 and "Traceback" not in said
        assert "unknown implementation 'plpython3'" in said
        with psycopg.connect(url) as check:
            assert check.execute("SELECT to_regnamespace('stagenorm')").fetchone() == (None,)
    finally:
        drop_database(pg_server, name)
        with psycopg.connect(pg_server.url, autocommit=True) as admin:
            admin.execute(f'DROP ROLE IF EXISTS "{role}"'.encode())


def test_the_install_choice_is_checked_in_sql_too(conn: Conn) -> None:
    """The migration's own check (sql/implementation.sql) refuses an unknown choice with
    SN003, whatever client runs it."""
    text = (REPO / "sql" / "implementation.sql").read_text("utf-8")
    block = text[text.index("DO $$"):text.index("$$;") + 3]
    conn.execute("SELECT set_config('stagenorm.implementation', 'python', true)")
    with pytest.raises(psycopg.Error) as caught, conn.transaction():
        conn.execute(block.encode())
    assert caught.value.sqlstate == "SN003"
    assert caught.value.diag.message_hint


def _stagenorm(*args: str, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    base = {"PATH": os.environ.get("PATH", "/usr/bin:/bin")}
    return subprocess.run([sys.executable, "-m", "stagenorm.cli", *args], env={**base, **env},
                          capture_output=True, text=True, timeout=300, check=False)


def test_migrate_and_preflight_name_the_implementation(pg_server: harness.PostgresServer,
                                                       shared_db_url: str) -> None:
    name = f"stagenorm_cli_portable_{os.getpid()}"
    url = create_database(pg_server, name)
    try:
        with psycopg.connect(url, autocommit=True) as admin:  # see conftest's portable_template_db
            admin.execute("CREATE EXTENSION plpython3u")
        done = _stagenorm("migrate", "--implementation", "plpgsql", env={"DATABASE_URL": url})
        assert done.returncode == 0, done.stderr
        assert "reading rules: plpgsql" in done.stdout
        for db, expected in ((url, "plpgsql"), (shared_db_url, "plpython")):
            done = _stagenorm("preflight", "--json", env={"DATABASE_URL": db, "STAGE_VALIDATION_MODE": "warn",
                                                          "ALERTMANAGER_WEBHOOK_SECRET": "whsec_" + "A" * 40})
            assert json.loads(done.stdout)["implementation"] == expected, done.stdout
            done = _stagenorm("preflight", env={"DATABASE_URL": db, "STAGE_VALIDATION_MODE": "warn",
                                                "ALERTMANAGER_WEBHOOK_SECRET": "whsec_" + "A" * 40})
            assert f"reading rules: {expected} (" in done.stdout
    finally:
        drop_database(pg_server, name)


def cheap_fold(label: str) -> str | None:
    """The key of normalize_stage's second lookup (sql/taxonomy/functions/_rebuild_normalizer.sql),
    None where it makes none (the label is not ASCII once no-break spaces and en dashes
    are spaces)."""
    text = label.translate({0xA0: " ", 0x2013: " "})
    if not text.isascii():
        return None
    # escapes (\\n), elisions (d') and amounts (5.5M) are read before the separators
    if "\\" in text or "'" in text or (any(c.isdigit() for c in text) and ("." in text or "," in text)):
        return None
    spaced = "".join(" " if unicode_data.separator(c) == " " else c for c in text.lower())
    return " ".join(part for part in spaced.split(" ") if part) if spaced.strip(" ") else ""


def test_the_second_lookup_reads_as_the_label_does() -> None:
    """The generated normalize_stage answers a label the map misses from the map's entry
    for its cheap ASCII fold: that is only right if the rules read both alike."""
    labels = (parity.labels_from(parity.collect(parity.BATCHES, 140)) + parity.misspellings(20)
              + [label for label, _ in taxonomy_sql.VECTORS + parity.v2_labels(3000)])
    taxonomy = default_taxonomy()
    checked = 0
    for label in labels:
        key = cheap_fold(label)
        if key is not None:
            assert taxonomy._tokens(key) == taxonomy._tokens(label), repr(label)
            checked += 1
    assert checked > 4500  # the ASCII ones (and those with no-break spaces or en dashes)


def test_the_second_lookup_is_the_generated_one(conn: Conn) -> None:
    """The key the generated normalize_stage computes is cheap_fold's, or a text with a
    character that is not ASCII (which no key of its map has)."""
    labels = ["  Late\u00a0Stage  round ", "PRE - IPO", "pre\u2013seed", "Seed//Series A", "x\x01y",
              "S\u00e9rie A", "\u00a0\u2013"]
    body = one(conn, "SELECT prosrc FROM pg_proc WHERE oid = 'stagenorm.normalize_stage(text)'::regprocedure")
    separators = one(conn, "SELECT pg_catalog.quote_literal(pg_catalog.regexp_replace("
                     "stagenorm._unicode_ascii_space(), '\\]$', '\\\\u00a0\\\\u2013]') || '+')")
    key = ("pg_catalog.btrim(pg_catalog.regexp_replace(pg_catalog.lower(label COLLATE pg_catalog.\"C\"), "
           f"{separators}, ' ', 'g'), ' ')")
    assert key in body
    for label in labels:
        expected = cheap_fold(label)
        row = one(conn, "SELECT " + key.replace("label", "%(l)s::text"), {"l": label})
        if expected is None:
            assert not row.isascii(), label
        else:
            assert row == expected, label
