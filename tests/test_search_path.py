"""Code planted on an operator's search_path never runs inside stagenorm.

The attack (issue 17): a writer who may CREATE in ``public`` defines functions,
aggregates and operators whose argument types match what stagenorm's SQL passes more
exactly than ``pg_catalog``'s polymorphic built-ins (``array_agg(anynonarray)``,
``jsonb_object_agg("any", "any")``, ``format(text, VARIADIC "any")``, ``||`` on arrays),
so PostgreSQL would pick them even though ``pg_catalog`` is searched first. Each records
that it ran and tries to turn the mode off. An operator (here the superuser, as the
runbook runs) then runs every operator path with the default search_path:
``normalize_batched``, ``revert_batched``, ``stagenorm backfill``, ``add_alias``,
``set_mode``. Nothing planted may run, and the mode and its audit stay as the operator
left them.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from typing import Any

import psycopg
import pytest
from psycopg.rows import dict_row

from tests import harness

LABELS = ["Series A", "seed round", "seeed", "Growth", "tbd", "series_b", None]

# Every planted object logs its name, then tries what an attacker wants.
PLANT = """
CREATE TABLE public.planted_ran (what text, by_role name DEFAULT current_user);
GRANT INSERT, SELECT ON public.planted_ran TO PUBLIC;
CREATE FUNCTION public.planted(what text) RETURNS void LANGUAGE plpgsql AS $f$
BEGIN
  INSERT INTO public.planted_ran (what) VALUES (what);
  PERFORM stagenorm.set_mode('off', 'mallory', 'planted in public', 'sql', NULL, false);
EXCEPTION WHEN insufficient_privilege THEN NULL;
END $f$;
CREATE FUNCTION public.text_acc(s text[], v text) RETURNS text[] LANGUAGE plpgsql AS $f$
BEGIN PERFORM public.planted('array_agg(text)'); RETURN s OPERATOR(pg_catalog.||) v; END $f$;
CREATE AGGREGATE public.array_agg(text) (sfunc = public.text_acc, stype = text[], initcond = '{}');
CREATE FUNCTION public.sum_acc(s bigint, v bigint) RETURNS bigint LANGUAGE plpgsql AS $f$
BEGIN PERFORM public.planted('sum(bigint)'); RETURN coalesce(s, 0) OPERATOR(pg_catalog.+) v; END $f$;
CREATE AGGREGATE public.sum(bigint) (sfunc = public.sum_acc, stype = bigint);
CREATE FUNCTION public.sum_acc_int(s bigint, v integer) RETURNS bigint LANGUAGE plpgsql AS $f$
BEGIN PERFORM public.planted('sum(integer)'); RETURN coalesce(s, 0) OPERATOR(pg_catalog.+) v; END $f$;
CREATE AGGREGATE public.sum(integer) (sfunc = public.sum_acc_int, stype = bigint);
CREATE FUNCTION public.obj_acc(s jsonb, k text, v bigint) RETURNS jsonb LANGUAGE plpgsql AS $f$
BEGIN PERFORM public.planted('jsonb_object_agg(text, bigint)'); RETURN '{}'; END $f$;
CREATE AGGREGATE public.jsonb_object_agg(text, bigint) (sfunc = public.obj_acc, stype = jsonb);
CREATE FUNCTION public.format(text, text) RETURNS text LANGUAGE plpgsql AS $f$
BEGIN PERFORM public.planted('format(text, text)'); RETURN $1; END $f$;
CREATE FUNCTION public.format(text, text, text) RETURNS text LANGUAGE plpgsql AS $f$
BEGIN PERFORM public.planted('format(text, text, text)'); RETURN $1; END $f$;
CREATE FUNCTION public.concat_ws(text, text, text) RETURNS text LANGUAGE plpgsql AS $f$
BEGIN PERFORM public.planted('concat_ws(text, text, text)'); RETURN $2; END $f$;
CREATE FUNCTION public.unnest(text[], text[], text[]) RETURNS SETOF record LANGUAGE plpgsql AS $f$
BEGIN PERFORM public.planted('unnest(text[], text[], text[])'); END $f$;
CREATE FUNCTION public.unnest(text[]) RETURNS SETOF text LANGUAGE plpgsql AS $f$
BEGIN PERFORM public.planted('unnest(text[])'); END $f$;
CREATE FUNCTION public.cat(a text[], b text[]) RETURNS text[] LANGUAGE plpgsql AS $f$
BEGIN PERFORM public.planted('||(text[], text[])'); RETURN a; END $f$;
CREATE OPERATOR public.|| (leftarg = text[], rightarg = text[], function = public.cat);
"""


@pytest.fixture
def planted(db_url: str) -> str:
    """A deals table of the operator's, and a writer's planted objects in public."""
    with psycopg.connect(db_url, autocommit=True) as conn:
        conn.execute("DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'planter') "
                     "THEN CREATE ROLE planter; END IF; END $$")
        conn.execute("GRANT CREATE, USAGE ON SCHEMA public TO planter")
        conn.execute("CREATE TABLE public.deals (id integer PRIMARY KEY, stage text)")
        conn.execute("INSERT INTO public.deals SELECT i, (%s::text[])[1 + i %% 7] FROM generate_series(1, 3000) AS i",
                     [LABELS])
        conn.execute("SET ROLE planter")
        conn.execute(PLANT)
        conn.execute("RESET ROLE")
        conn.execute("SELECT stagenorm.set_mode('warn', 'dba', 'baseline', 'sql', NULL, false)")
    return db_url


def state(conn: psycopg.Connection[Any]) -> dict[str, Any]:
    """What ran and the mode, read with qualified names (the plants are on this path too)."""
    ran = conn.execute("SELECT pg_catalog.array_agg(DISTINCT what) FROM public.planted_ran").fetchone()
    audit = conn.execute("SELECT pg_catalog.array_agg(actor ORDER BY id) FROM stagenorm.mode_audit").fetchone()
    mode = conn.execute("SELECT mode FROM stagenorm.mode_state").fetchone()
    assert ran is not None and audit is not None and mode is not None
    return {"ran": ran[0] or [], "mode": mode[0], "audit": audit[0]}


def test_the_planted_objects_would_win_over_pg_catalog(planted: str) -> None:
    """The attack is real: unqualified calls from the operator's session run the plants."""
    with psycopg.connect(planted, autocommit=True) as conn:
        conn.execute("SELECT array_agg(stage) FROM public.deals")
        conn.execute("SELECT format('%s', 'x'), concat_ws(',', 'a', 'b'), ARRAY['a'] || ARRAY['b']")
        ran = set(state(conn)["ran"])
        assert {"array_agg(text)", "format(text, text)", "concat_ws(text, text, text)", "||(text[], text[])"} <= ran
        # The superuser's session turned the mode off: what the attacker wanted.
        assert state(conn)["mode"] == "off"


def test_nothing_planted_runs_in_any_operator_path(planted: str) -> None:
    with psycopg.connect(planted, autocommit=True) as conn:
        conn.execute("CALL stagenorm.normalize_batched('public.deals', 'stage', batch_size => 500, dry_run => true)")
        conn.execute("CALL stagenorm.normalize_batched('public.deals', 'stage', batch_size => 500)")
        job = conn.execute("SELECT max(id) FROM stagenorm.backfill_job").fetchone()[0]
        conn.execute("SELECT * FROM stagenorm.backfill_unknowns(%s)", [job])
        conn.execute("SELECT * FROM stagenorm.backfill_changed_by_stage(%s)", [job])
        conn.execute("SELECT * FROM stagenorm.backfill_status(%s)", [job])
        conn.execute("SELECT * FROM stagenorm.backfill_changes(%s)", [job])
        conn.execute("CALL stagenorm.revert_batched(%s)", [job])
        conn.execute("SELECT stagenorm.add_alias('seedling', 'seed', 'dba', 'site word')")
        conn.execute("SELECT stagenorm.remove_alias('seedling', 'dba', 'site word')")
        conn.execute("SELECT stagenorm.set_mode('enforce', 'dba', 'gate green', 'sql', NULL, true)")
        conn.execute("SELECT stagenorm.set_mode('warn', 'dba', 'back', 'sql', NULL, false)")
        after = state(conn)
    assert after["ran"] == []
    assert after["mode"] == "warn"
    assert after["audit"] == ["dba", "dba", "dba"]


def test_nothing_planted_runs_in_the_cli_backfill(planted: str) -> None:
    env = dict(os.environ, DATABASE_URL=planted)
    done = subprocess.run([sys.executable, "-m", "stagenorm.cli", "backfill", "public.deals", "stage",
                           "--batch-size", "500", "--quiet"], env=env, cwd=harness.REPO,
                          capture_output=True, text=True, timeout=300, check=False)
    assert done.returncode == 0, done.stdout + done.stderr
    with psycopg.connect(planted, row_factory=dict_row) as conn:
        rows = conn.execute("SELECT DISTINCT stage FROM public.deals").fetchall()
        assert {r["stage"] for r in rows} == {"growth", "seed", "seeed", "series_a", "series_b", "tbd", None}
    with psycopg.connect(planted) as conn:
        assert state(conn) == {"ran": [], "mode": "warn", "audit": ["dba"]}


# Operators on a key type pg_catalog has none of its own for: a varchar key compares with
# text's operators (binary coercion), so a planted varchar operator matches more exactly.
PLANT_KEY_OPERATORS = "".join(f"""
CREATE FUNCTION public.vc_{name}(a varchar, b varchar) RETURNS boolean LANGUAGE plpgsql AS $f$
BEGIN PERFORM public.planted('{op}(varchar, varchar)'); RETURN a::text OPERATOR(pg_catalog.{op}) b::text; END $f$;
CREATE OPERATOR public.{op} (leftarg = varchar, rightarg = varchar, function = public.vc_{name});
""" for name, op in (("gt", ">"), ("le", "<="), ("eq", "=")))


def test_nothing_planted_runs_for_a_key_of_another_type(planted: str) -> None:
    """The key range's comparisons use the operators of the primary key's index (text's for
    varchar), named with their schema: a planted operator on the key's type never runs."""
    with psycopg.connect(planted, autocommit=True) as conn:
        conn.execute("CREATE TABLE public.vdeals (id varchar(10) PRIMARY KEY, stage text)")
        conn.execute("INSERT INTO public.vdeals SELECT pg_catalog.lpad(i::text, 6, '0'), (%s::text[])[1 + i %% 7] "
                     "FROM generate_series(1, 2000) AS i", [LABELS])
        conn.execute("SET ROLE planter")
        conn.execute(PLANT_KEY_OPERATORS)
        conn.execute("RESET ROLE")
        conn.execute("CALL stagenorm.normalize_batched('public.vdeals', 'stage', batch_size => 300)")
        job = conn.execute("SELECT max(id) FROM stagenorm.backfill_job").fetchone()[0]
        changed = conn.execute("SELECT rows_changed FROM stagenorm.backfill_job WHERE id = %s", [job]).fetchone()[0]
        conn.execute("CALL stagenorm.revert_batched(%s)", [job])
        reverted = conn.execute("SELECT rows_reverted FROM stagenorm.backfill_job WHERE id = %s", [job]).fetchone()[0]
        after = state(conn)
    assert changed > 0 and reverted == changed
    assert after["ran"] == []
    assert after["mode"] == "warn"


# Routines that cannot carry a SET clause, and why; each qualifies every name instead,
# which the attack above checks.
UNPINNED = {
    "normalize_batched": "a procedure that COMMITs cannot have a SET clause",
    "revert_batched": "a procedure that COMMITs cannot have a SET clause",
    "_normalize_batch": "its UPDATE fires the table's own triggers, which must see the operator's path",
    "_backfill_revert_batch": "its UPDATE fires the table's own triggers, which must see the operator's path",
    "_backfill_nonatomic": "a SET clause would make every CALL of it atomic, so it could never answer yes",
    "_rules_read": "called once per label the constant map misses: a SET clause costs each call more "
                   "than a microsecond (docs/design/normalizer.md); every name, type and operator is qualified",
    "_unicode_fast_at": "called once per distinct non-ASCII character of a missed label (generated by "
                        "stagenorm/unicode_data.py): every name and operator is qualified",
    "_rules_entry_at": "called by the scan for each token whose word or alias may run over several tokens: "
                       "a SET clause costs each call more than a microsecond; every name, type and operator is qualified",
    "_rules_form_at": "called for each token of a missed label where a stage form can start: a SET clause "
                      "costs each call more than a microsecond; every name, type and operator is qualified",
    "_rules_tokens": "called once per label the constant map misses: a SET clause costs each call more "
                     "than a microsecond; every name, type, cast, collation and operator is qualified",
    "_rules_scan": "called for most labels the constant map misses (by _rules_read, _rules_normalize): a SET "
                   "clause costs each call more than a microsecond; every name, type, cast and operator is qualified",
}
# Not pinned yet: being rewritten (portable rules, enforcement without PL/Python). Empty
# once those land; the test then holds every routine to the rule.
PENDING: set[str] = set()
# Words that look like calls but are syntax, not functions a schema can shadow.
SYNTAX = {"coalesce", "nullif", "greatest", "least", "exists", "in", "any", "all", "array", "row",
          "values", "cast", "extract", "case", "when", "then", "else", "and", "or", "not", "filter",
          "over", "as", "from", "select", "where", "on", "using", "lateral", "with", "by", "returns"}
CALL = re.compile(r"(?<![.\w\"$])([a-z_][a-z0-9_]*)\s*\(", re.IGNORECASE)
OPERATOR = re.compile(r"OPERATOR\(pg_catalog\.[^)]+\)")
BARE_OPERATOR = re.compile(r"->>?|#>>?|#-|@>|<@|\|\||::|[<>=]=?|!=|!?~~?\*?|\?[|&]?|&&?|\||\^|@@?|#|"
                           r"\+|-(?!-)|\*|/|%")
STRINGS = re.compile(r"\$(\w*)\$.*?\$\1\$|[Ee]'(?:[^'\\]|\\.|'')*'|'(?:[^']|'')*'|\"[^\"]*\"", re.DOTALL)
# Strings and comments in one pass, left to right: an apostrophe in a comment or "--" in a
# string is text.
TEXT = re.compile(r"(" + STRINGS.pattern.replace(r"\$(\w*)\$.*?\$\1\$", r"\$(\w*)\$.*?\$\2\$")
                  + r")|--[^\n]*|/\*.*?\*/", re.DOTALL)


def code_of(body: str) -> str:
    """``body`` with each string, quoted name and dollar-quoted text as ``''`` and each comment as a space."""
    return TEXT.sub(lambda m: "''" if m.group(1) else " ", body)


def unqualified(body: str) -> list[str]:
    """Calls, casts and operators in an SQL body that resolve through the search_path."""
    code = code_of(OPERATOR.sub(" \x01 ", body))  # no call: "x OPERATOR(pg_catalog.=) (y)"
    found = [f"{m.group(1)}(" for m in CALL.finditer(code) if m.group(1).lower() not in SYNTAX
             and not code[:m.start()].rstrip().lower().endswith(" as")]  # an alias's column list
    found += [f"::{m.group(1)}" for m in re.finditer(r"::\s*(?!pg_catalog\.|stagenorm\.)([a-z_][a-z0-9_]*|'')", code, re.I)]
    found += [f"COLLATE {m.group(1)}" for m in re.finditer(r"\bcollate\s+(?!pg_catalog\.)(''|[\w.]+)", code, re.I)]
    found += [op for op in BARE_OPERATOR.findall(code.replace("::", " ")) if op]
    return found


# PL/pgSQL's own words before a parenthesis ("IF (", "RETURN (", "WHILE ("), not calls.
PLPGSQL_SYNTAX = {"if", "elsif", "while", "return", "raise", "perform", "exit", "continue", "loop",
                  "foreach", "for", "into", "strict", "is"}
# SQL constructs that look up an operator by name on the search_path although none is
# written: IN (...), BETWEEN, IS DISTINCT FROM, NULLIF and CASE x WHEN resolve "=" (or
# "<=", ">="), LIKE, ILIKE and SIMILAR TO resolve "~~" and friends, all through the
# caller's path. A qualified body spells them as OPERATOR(pg_catalog.=) comparisons.
# (ORDER BY, DISTINCT, count(DISTINCT ...), GREATEST/LEAST, COALESCE, FOREACH and an
# integer FOR loop take no operator from the path: the type's default operator class from
# the catalog, or none.)
EQUALITY_SYNTAX = re.compile(
    r"\b(?:not\s+)?in\s*\(|\bbetween\b|\b(?:i?like|similar)\b|\bis\s+(?:not\s+)?distinct\b"
    r"|\bnullif\s*\(|(?<!\bend\s)\bcase\b(?!\s+when\b)",
    re.IGNORECASE)
# A minus sign right before a digit where an operand is expected (after "(", ",", "[",
# ":=", a qualified operator, RETURN, THEN, ELSE, WHEN, SELECT) is part of the number:
# the parser folds "-1" into the constant (gram.y, doNegate) and looks no operator up.
# Deliberately allowed, so "after pg_catalog.int4 := -1" stays readable. Anywhere else
# (and before anything but a digit: "-(1)", "-x") "-" is the operator and is flagged.
NEGATIVE_LITERAL = re.compile(r"(?:(?<=[(,\[\x01])|(?<=\breturn)|(?<=\bthen)|(?<=\belse)|(?<=\bwhen)"
                              r"|(?<=\bselect))(\s*)-(?=\d)", re.IGNORECASE)
# PL/pgSQL and SQL clauses whose "=" assigns, not compares (no operator is looked up):
# UPDATE ... SET col = (ON CONFLICT ... DO UPDATE SET too), GET [STACKED] DIAGNOSTICS
# var = ITEM and RAISE ... USING option = expr. Only the "=" right after a target at the
# clause's start or after one of its top-level commas is syntax: an "=" inside the value
# ("SET a = (b = c)", "HINT = CASE WHEN x = y ...") is still an operator and is flagged.
ASSIGNMENT_CLAUSE = re.compile(r"\bupdate\b[^;]*?\bset\b|\bget\s+(?:current\s+|stacked\s+)?diagnostics\b"
                               r"|\braise\b[^;]*?\busing\b", re.IGNORECASE)
RAISE_OPTION = r"(?:message|detail|hint|errcode|column|constraint|datatype|table|schema)"
ASSIGNMENT_END = re.compile(r"[(),;]|\b(?:where|from|returning)\b", re.IGNORECASE)
# "name => value" passes a function argument by name: "=>" is no operator (PostgreSQL
# refuses it as an operator name since 9.5). A star right after SELECT or RETURNING, or
# after "alias.", is the target list, not multiplication.
NAMED_ARGUMENT = re.compile(r"(?<=\w)(\s*)=>")
STAR_TARGET = re.compile(r"(?:(?<=\bselect)|(?<=\breturning)|(?<=\.))(\s*)\*", re.IGNORECASE)


def without_assignments(code: str) -> str:
    """``code`` with the "=" of each ASSIGNMENT_CLAUSE target as ``\x01`` (an operand follows)."""
    chars = list(code)
    for clause in ASSIGNMENT_CLAUSE.finditer(code):
        target = re.compile((RAISE_OPTION if clause.group(0).lower().startswith("raise") else r"(?:[\w.]+|'')")
                            + r"\s*(=)(?![=>])", re.IGNORECASE)
        setting = clause.group(0).lower().startswith("update")
        at, depth = clause.end(), 0
        while True:
            m = target.match(code, at + len(code[at:]) - len(code[at:].lstrip()))
            if m is not None:
                chars[m.start(1)] = "\x01"
            for end in ASSIGNMENT_END.finditer(code, at):
                token = end.group(0).lower()
                if token == "(":
                    depth += 1
                elif token == ")":
                    depth -= 1
                    if depth < 0:  # the clause ends with the parenthesis around it
                        break
                elif depth == 0 and (token in (",", ";") or setting):
                    at = end.end()
                    break
            else:
                break
            if token != ",":
                break
    return "".join(chars)


DECLARE_SECTION = re.compile(r"\bdeclare\b(.*?)\bbegin\b", re.IGNORECASE | re.DOTALL)
DECLARATION = re.compile(r"\s*(\w+)\s+(?:constant\s+)?(.+?)\s*(?:\bnot\s+null\b|\bcollate\b|:=|=|\bdefault\b|$)",
                         re.IGNORECASE | re.DOTALL)
QUALIFIED_TYPE = re.compile(r"(?:pg_catalog|stagenorm)\.\w+(?:\s*\[\s*\])*|[\w.]+%(?:row)?type", re.IGNORECASE)


def unqualified_plpgsql(body: str) -> list[str]:
    """What in a PL/pgSQL body resolves through the search_path: the type of every
    variable (DECLARE reads it with the caller's path), the constructs of EQUALITY_SYNTAX,
    and the SQL check over its statements and expressions with PL/pgSQL's own syntax set
    aside (":=", <<labels>>, the ".." of an integer FOR loop, its keywords before a
    parenthesis, %TYPE). A negative number is a constant (NEGATIVE_LITERAL); count(*)'s
    star is syntax."""
    code = OPERATOR.sub("\x01", code_of(body))  # \x01: an operand follows
    found = []
    for section in DECLARE_SECTION.findall(code):
        for declaration in section.split(";"):
            if not declaration.strip():
                continue
            m = DECLARATION.match(declaration)
            if m is None or not QUALIFIED_TYPE.fullmatch(m.group(2).strip()):
                shown = " ".join(declaration.replace(chr(1), "OPERATOR(...)").split())
                found.append(f"DECLARE {shown[:60]}")
    found += [" ".join(m.group(0).split()).lower() for m in EQUALITY_SYNTAX.finditer(code)]
    code = re.sub(r"<<\s*\w+\s*>>", " ", code)  # block and loop labels
    code = code.replace(":=", "\x01")
    code = without_assignments(code)
    code = NAMED_ARGUMENT.sub("\\1\x01", code)
    code = STAR_TARGET.sub(r"\1", code)
    code = NEGATIVE_LITERAL.sub(r"\1", code)
    code = re.sub(r"\(\s*\*\s*\)", "()", code)  # count(*)
    code = re.sub(r"%\s*(?:row)?type\b", " ", code, flags=re.IGNORECASE)
    code = re.sub(r"\b(" + "|".join(PLPGSQL_SYNTAX) + r")\s*\(", r"\1 ", code, flags=re.IGNORECASE)
    return found + unqualified(code)


def test_the_body_check_finds_what_it_looks_for() -> None:
    assert unqualified("SELECT array_agg(x) FROM t") == ["array_agg("]
    assert unqualified("SELECT $1::jsonb ->> 'a'") == ["::jsonb", "->>"]
    assert unqualified("SELECT pg_catalog.array_agg(x OPERATOR(pg_catalog.->>) 'a'::pg_catalog.text)") == []
    assert unqualified("SELECT coalesce(stagenorm.f('x->>y'), NULL)") == []
    assert unqualified("SELECT k FROM stagenorm.f() AS s(k, o)") == []
    assert unqualified("SELECT $u$a-b = c$u$::pg_catalog.text, E'\\x2d\\'-'") == []
    assert unqualified("SELECT lower(x COLLATE \"C\") ~ 'a', j ? 'k', j ?| a") == ["lower(", 'COLLATE \'\'', "~", "?", "?|"]
    assert unqualified("SELECT pg_catalog.lower(x COLLATE pg_catalog.\"C\") -- it's x->>'y'") == []


def test_the_plpgsql_check_finds_what_it_looks_for() -> None:
    body = """
DECLARE
  n constant integer := cardinality(tokens);  -- the taxonomy's words
  words text[] := '{}';
  ok pg_catalog.bool := true;
  after pg_catalog.int4 := -1;
  j pg_catalog.jsonb;
BEGIN
  <<scan>>
  FOR i IN 1 .. n - 1 LOOP
    EXIT scan WHEN x ->> 1 IN ('a', 'b');
    CONTINUE WHEN i BETWEEN 2 AND 3 OR nullif(x, '') IS NULL OR lower(x) LIKE 'a%';
    words := words || x::text;
  END LOOP;
  RETURN CASE x WHEN 'a' THEN 1 ELSE -1 END;
END
"""
    assert sorted(unqualified_plpgsql(body)) == sorted([
        "DECLARE n constant integer := cardinality(tokens)", "DECLARE words text[] := ''",
        "in (", "between", "nullif(", "like", "case",
        "cardinality(", "lower(", "::text", "-", "->>", "||"])
    qualified = """
DECLARE
  n constant pg_catalog.int4 := pg_catalog.cardinality(tokens);
  words pg_catalog.text[] := '{}';
  after pg_catalog.int4 := -1;
  v stagenorm.mode_state.mode%TYPE;
BEGIN
  <<scan>>
  FOR i IN 1 .. n OPERATOR(pg_catalog.-) 1 LOOP
    EXIT scan WHEN (x OPERATOR(pg_catalog.->>) 1 OPERATOR(pg_catalog.=) 'a' OR x OPERATOR(pg_catalog.=) -2);
    IF (pg_catalog.count(*) OPERATOR(pg_catalog.>) 0) THEN
      words := words OPERATOR(pg_catalog.||) pg_catalog.lower(x COLLATE pg_catalog."C")::pg_catalog.text;
    END IF;
    FOREACH x IN ARRAY words LOOP
      RETURN (SELECT pg_catalog.count(DISTINCT f) FROM pg_catalog.unnest(words) AS t(f));
    END LOOP;
  END LOOP;
  RETURN CASE WHEN x OPERATOR(pg_catalog.=) 'a' THEN 1 ELSE -1 END;
END
"""
    assert unqualified_plpgsql(qualified) == []
    # Assignments, named arguments and target-list stars are syntax; an operator inside
    # their values (or in EXECUTE ... USING, or after a comma outside the clause) is not.
    statements = """
DECLARE
  r pg_catalog.record;
BEGIN
  SELECT * INTO r FROM stagenorm.backfill_job AS j WHERE j.id OPERATOR(pg_catalog.=) 1 FOR UPDATE;
  UPDATE stagenorm.backfill_job AS j SET status = 'done', "rows" = pg_catalog.abs(1, 2), retries = j.retries + 1
   WHERE j.id = 1 RETURNING *;
  INSERT INTO t AS c SELECT j.* FROM j ON CONFLICT ON CONSTRAINT t_pkey DO UPDATE SET v = c.v || excluded.v;
  GET STACKED DIAGNOSTICS s = RETURNED_SQLSTATE, m = MESSAGE_TEXT;
  RAISE EXCEPTION 'x % y', a = b USING ERRCODE = 'SN003', HINT = CASE WHEN a = b THEN 'c' END;
  RAISE NOTICE '%', pg_catalog.make_interval(secs => 1 * 2);
  EXECUTE s INTO r USING a = b, c;
  COMMIT;
  ROLLBACK;
END
"""
    assert sorted(unqualified_plpgsql(statements)) == sorted(["+", "=", "||", "=", "=", "*", "="])


def test_every_routine_pins_its_search_path_or_qualifies_every_name(conn: Any) -> None:
    rows = conn.execute("""
        SELECT p.proname, p.prokind, l.lanname, p.prosrc,
               EXISTS (SELECT FROM pg_catalog.unnest(p.proconfig) AS c WHERE c LIKE 'search_path=%%') AS pinned
          FROM pg_catalog.pg_proc AS p
          JOIN pg_catalog.pg_namespace AS n ON n.oid = p.pronamespace
          JOIN pg_catalog.pg_language AS l ON l.oid = p.prolang
         WHERE n.nspname = 'stagenorm'
    """).fetchall()
    assert len(rows) > 40
    offenders = []
    for row in rows:
        name, kind, language, body, pinned = (row[k] for k in ("proname", "prokind", "lanname", "prosrc", "pinned"))
        if name in UNPINNED and not pinned and language == "plpgsql":
            # No SET clause, so nothing but its own spelling keeps the caller's path out.
            left = unqualified_plpgsql(body)
            if left:
                offenders.append(f"{name}: unqualified {sorted(set(left))}")
            continue
        if pinned or name in UNPINNED or name in PENDING:
            continue
        if language == "sql" and kind == "f":
            # An inlinable SQL function is parsed with the caller's path: it must qualify.
            left = unqualified(body)
            if left:
                offenders.append(f"{name}: unqualified {sorted(set(left))}")
            continue
        offenders.append(f"{name} ({language}): no SET search_path")
    assert offenders == [], "\n".join(offenders)
