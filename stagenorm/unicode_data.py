"""Python's Unicode data, rendered into SQL for the portable (PL/pgSQL) rules.

The reading rules (``stagenorm/rules.py``) fold a label with ``unicodedata``: NFKC,
``str.casefold``, NFKD without combining marks (Mn), NFKC again, then a separator table
built from general categories, and ``str.isalpha`` / ``str.isdecimal`` on the tokens.
PostgreSQL has ``normalize()``, ``lower()`` and regex classes, but they answer from
PostgreSQL's own Unicode version (13.0 in 14 ... 16.0 in 18) and the database's locale,
and ``lower()`` is not ``casefold()`` (``ß``). So the portable implementation uses none of
them: it reads the tables below, generated from the ``unicodedata`` of the Python that
renders the migration (``stagenorm.install``), and shipped as constants in the frozen SQL.
``tests/test_portable.py`` checks that the shipped tables equal what Python generates now.

The tables (code points as one-character strings, JSON objects for ``jsonb``):

* ``fast``: for every character ``c`` whose folded form differs from ``c``, the folded
  form: ``S(NFC(M(c)))`` where ``M(c)`` is casefold, NFKD and Mn removal of ``NFKD(c)``
  and ``S`` is the separator table. A label none of whose characters is in ``complex``
  folds to the concatenation of ``fast`` per character (proved below, checked by tests);
  every output character of ``fast`` is its own folded form, so the table may be applied
  one distinct character at a time.
* ``complex`` (a regex bracket expression): characters for which that concatenation may
  differ from Python (reordering of a surviving combining character, a composition across
  two characters, Hangul jamo). Labels with one of them take the faithful path, which
  runs Python's steps one by one with the tables ``decompose`` (NFKD of one character;
  Hangul syllables are algorithmic), ``casefold``, ``ccc`` (canonical combining class,
  non-zero only), ``compose`` (primary composites: pair -> character), ``mn`` and
  ``separator``.
* ``decimal`` and ``alpha`` (regex bracket expressions): ``str.isdecimal`` (Nd) and
  ``str.isalpha`` (Lu, Ll, Lt, Lm, Lo), the classes of ``\\d`` and letters in rules.py.

Why the per-character form is exact outside ``complex``: (1) ``NFKD(casefold(NFKC(x)))
== NFKD(casefold(NFKD(x)))`` holds for every single character (checked by
:func:`check`), and NFKD and casefold act per character up to canonical reordering;
(2) reordering only moves characters with a non-zero combining class, and outside
``complex`` every such character is an Mn that folds to nothing; (3) the final NFKC
only composes (the text is decomposed already), and every composition needs a second
character (a non-Mn second of a primary composite, or a Hangul vowel or trailing
consonant), which outside ``complex`` occurs only inside one character's own output,
already composed by ``NFC``; (4) no separator, format character, ``+`` or ``&`` takes
part in a composition, so the separator table can be applied per character.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Iterable
from functools import cache
from typing import Any

__all__ = ["SQL_FUNCTIONS", "check", "render_sql", "rules_constants", "tables", "unicode_version"]

_ALPHA = frozenset({"Lu", "Ll", "Lt", "Lm", "Lo"})
_HANGUL_SECONDS = [chr(c) for c in range(0x1161, 0x1176)] + [chr(c) for c in range(0x11A8, 0x11C3)]


def unicode_version() -> str:
    return unicodedata.unidata_version


@cache
def _assigned() -> tuple[str, ...]:
    """Every character PostgreSQL text can hold (no NUL, no surrogates) that Python's
    data says anything about: unassigned (Cn) and private-use (Co) characters are their
    own NFKD and case fold, in no class and no table, so they are left out."""
    out = []
    for code in range(1, 0x110000):
        if not 0xD800 <= code <= 0xDFFF:
            char = chr(code)
            if unicodedata.category(char) not in ("Cn", "Co"):
                out.append(char)
    return tuple(out)


def _chars() -> Iterable[str]:
    return _assigned()


def separator(char: str) -> str:
    """rules._SeparatorTable for one character (its constants read from rules.py)."""
    from stagenorm import rules

    category = unicodedata.category(char)
    if category == "Cf":
        return ""
    if char.isspace() or category in rules._SEPARATOR_CATEGORIES or char in rules._SEPARATOR_CHARS:
        return " "
    if char == "+" or rules._is_cjk(ord(char)):
        return f" {char} "
    if char == "&":
        return " and "
    return char


def _strip_mn(text: str) -> str:
    return "".join(c for c in text if unicodedata.category(c) != "Mn")


def _folded(char: str) -> str:
    """M(c): casefold, NFKD and Mn removal of NFKD(c), composed (NFC)."""
    nfkd = unicodedata.normalize("NFKD", char)
    return unicodedata.normalize("NFC", _strip_mn(unicodedata.normalize("NFKD", nfkd.casefold())))


def _ranges(chars: Iterable[str]) -> str:
    """A regex bracket expression for a set of characters, as compact ranges with
    PostgreSQL's \\u / \\U escapes (no character appears literally)."""
    codes = sorted(ord(c) for c in chars)
    parts: list[str] = []
    i = 0
    while i < len(codes):
        j = i
        while j + 1 < len(codes) and codes[j + 1] == codes[j] + 1:
            j += 1
        first, last = codes[i], codes[j]
        parts.append(_escape(first) if first == last else f"{_escape(first)}-{_escape(last)}")
        i = j + 1
    return "[" + "".join(parts) + "]"


def _escape(code: int) -> str:
    return f"\\u{code:04x}" if code <= 0xFFFF else f"\\U{code:08x}"


@cache
def tables() -> dict[str, Any]:
    """Every table the portable rules read (see the module docstring)."""
    fast: dict[str, str] = {}
    decompose: dict[str, str] = {}
    casefold: dict[str, str] = {}
    ccc: dict[str, int] = {}
    separators: dict[str, str] = {}
    compose: dict[str, str] = {}
    mn: list[str] = []
    decimal: list[str] = []
    alpha: list[str] = []
    for char in _chars():
        category = unicodedata.category(char)
        if category == "Mn":
            mn.append(char)
        elif category == "Nd":
            decimal.append(char)
        elif category in _ALPHA:
            alpha.append(char)
        code = ord(char)
        if not 0xAC00 <= code <= 0xD7A3:  # Hangul syllables decompose algorithmically
            nfkd = unicodedata.normalize("NFKD", char)
            if nfkd != char:
                decompose[char] = nfkd
            raw = unicodedata.decomposition(char)
            if raw and not raw.startswith("<"):
                parts = "".join(chr(int(x, 16)) for x in raw.split())
                if len(parts) == 2 and unicodedata.normalize("NFC", parts) == char:
                    compose[parts] = char
        if char.casefold() != char:
            casefold[char] = char.casefold()
        if unicodedata.combining(char):
            ccc[char] = unicodedata.combining(char)
        if separator(char) != char:
            separators[char] = separator(char)
    seconds = {pair[1] for pair in compose} | set(_HANGUL_SECONDS)
    complex_chars: list[str] = []
    for char in _chars():
        nfkd = unicodedata.normalize("NFKD", char)
        steps = char + nfkd + nfkd.casefold() + unicodedata.normalize("NFKD", nfkd.casefold())
        folded = _folded(char)
        if any(unicodedata.combining(c) and (unicodedata.category(c) != "Mn" or _folded(c))
               for c in steps) or any(c in seconds for c in folded):
            complex_chars.append(char)
        out = "".join(separator(c) for c in folded)
        if out != char:
            fast[char] = out
    # Folded forms are folded already: _rules_fold may apply the table to a label one
    # character at a time in any order (replace()), which needs every output character
    # to be its own folded form; a character whose output is not goes the faithful way.
    # A CJK character is its own token (" c "): applied again it only adds spaces, which
    # the split reads alike.
    for char, out in list(fast.items()):
        if any(fast.get(c, c) not in (c, f" {c} ") for c in out) and char not in complex_chars:
            complex_chars.append(char)
    # Characters whose folded form holds a character the separator table changes (other
    # than the separators amounts of money read alike: spaces, dashes, underscores): the
    # amounts and elisions of rules 13 and 15 are read before the separator table, so a
    # label with one of them takes the faithful path, which keeps them until then.
    from stagenorm import rules

    gap = re.compile(rules._GAP)
    pretext = [char for char in _chars() if not char.isascii() and any(
        separator(c) not in (c, f" {c} ") and not gap.fullmatch(c) for c in _folded(char))]
    return {
        "version": unicode_version(),
        "fast": fast,
        "pretext": _ranges(pretext),
        "complex": _ranges(complex_chars),
        "decompose": decompose,
        "casefold": casefold,
        "ccc": ccc,
        "compose": compose,
        "mn": _ranges(mn),
        "separator": separators,
        "decimal": _ranges(decimal),
        "alpha": _ranges(alpha),
        "ascii_space": _ranges(chr(c) for c in range(1, 128) if separator(chr(c)) == " "),
        "nonstarter": _ranges(ccc),
        "second": _ranges(seconds),
    }


def rules_constants() -> dict[str, Any]:
    """The constants of stagenorm/rules.py the portable rules read (never restated in SQL)."""
    from stagenorm import rules

    return {
        "word_kinds": list(rules.WORD_KINDS),
        "ignored_kinds": sorted(rules._IGNORED_KINDS),
        "span_kinds": sorted(rules._SPAN_KINDS),
        "glued_series": rules._GLUED_SERIES,
        "glued_plus": rules._GLUED_PLUS,
        "glued_pre": rules._GLUED_PRE,
        "pre_letters": "".join(sorted(rules._PRE_LETTERS)),
        "escapes": rules._ESCAPES.pattern,
        "elision": rules._ELISION.pattern,
        "apostrophes": "".join(sorted(rules._APOSTROPHES)),
        "gap": rules._GAP,
        "number": rules._NUMBER,
        "year": rules._YEAR,
        "suffixes": list(rules._SUFFIXES),
        "stem_min": rules._STEM_MIN,
        "word_distance": rules._WORD_DISTANCE,
        "suggest_max_length": rules._SUGGEST_MAX_LENGTH,
        "suggest_limit": rules._SUGGEST_LIMIT,
        "frequent_unknown": list(rules._FREQUENT_UNKNOWN),
        "small_words": list(rules._SMALL_WORDS),
        "upper_rest_heads": list(rules._UPPER_REST_HEADS),
        "spelling_suffixes": list(rules._SPELLING_SUFFIXES),
        "series_prefixes": list(rules._SERIES_PREFIXES),
        "series_decorations": list(rules._SERIES_DECORATIONS),
        "letter_suffixes": list(rules._LETTER_SUFFIXES),
        "decorated_suffixes": list(rules._DECORATED_SUFFIXES),
        "frequent_v2": list(rules._FREQUENT_V2),
        "fast_letters": rules._FAST_LETTERS,
        "fast_subrounds": list(rules._FAST_SUBROUNDS),
        "fast_subround_templates": list(rules._FAST_SUBROUND_TEMPLATES),
        "fast_letter_templates": list(rules._FAST_LETTER_TEMPLATES),
        "fast_repeat_bases": list(rules._FAST_REPEAT_BASES),
        "fast_repeats": list(rules._FAST_REPEATS),
        "fast_pair_separators": list(rules._FAST_PAIR_SEPARATORS),
    }


def check() -> None:
    """The facts the per-character form relies on; raises AssertionError if Python's
    Unicode data ever breaks one (then the render fails instead of shipping wrong data)."""
    data = tables()
    for char in _chars():
        nfkc = unicodedata.normalize("NFKC", char)
        nfkd = unicodedata.normalize("NFKD", char)
        assert unicodedata.normalize("NFKD", nfkc.casefold()) == unicodedata.normalize(
            "NFKD", nfkd.casefold()), f"casefold is not closed under NFKD at U+{ord(char):04X}"
    involved = {c for pair, composite in data["compose"].items() for c in pair + composite}
    for char in involved:
        # CJK characters become tokens of their own (" c "), after composition: the
        # faithful path composes first; the fast path's compositions are complex.
        assert separator(char) in (char, f" {char} "), f"U+{ord(char):04X} composes and separates"


# Names of the generated SQL functions, and whether each returns a regex (text) or jsonb.
SQL_FUNCTIONS: dict[str, tuple[str, str]] = {
    "fast": ("_unicode_fast", "per-character folded form (labels without complex characters)"),
    "complex": ("_unicode_complex", "regex class: characters that need the faithful fold"),
    "pretext": ("_unicode_pretext", "regex class: characters whose fold holds a separator amounts and elisions read"),
    "decompose": ("_unicode_decompose", "NFKD of one character (Hangul syllables excluded)"),
    "casefold": ("_unicode_casefold", "str.casefold of one character, where it differs"),
    "ccc": ("_unicode_ccc", "canonical combining class, non-zero only"),
    "compose": ("_unicode_compose", "primary composites: two characters -> one"),
    "mn": ("_unicode_mn", "regex class: general category Mn (combining marks)"),
    "separator": ("_unicode_separator", "rules._SeparatorTable, where it differs"),
    "decimal": ("_unicode_decimal", "regex class: str.isdecimal (Nd)"),
    "alpha": ("_unicode_alpha", "regex class: str.isalpha (Lu, Ll, Lt, Lm, Lo)"),
    "version": ("_unicode_version", "the Unicode version of the Python that rendered these tables"),
    "second": ("_unicode_second", "regex class: second characters of a composition (Hangul jamo included)"),
    "nonstarter": ("_unicode_nonstarter", "regex class: non-zero canonical combining class"),
    "ascii_space": ("_unicode_ascii_space", "regex class: ASCII characters the separator table makes a space"),
    "rules": ("_rules_constants", "the constants of stagenorm/rules.py (decorations, limits, spellings)"),
}


def _dollar(text: str) -> str:
    tag = "u"
    while f"${tag}$" in text:
        tag += "_"
    return f"${tag}${text}${tag}$"


def render_sql() -> str:
    """The generated functions, one per table: IMMUTABLE SQL functions returning a
    constant, which the planner folds into the caller's plan (no table read, so they
    work in parallel workers too)."""
    check()
    data = dict(tables(), rules=rules_constants())
    out = [
        f"-- Unicode tables generated by stagenorm/unicode_data.py from Python's unicodedata "
        f"{unicode_version()}:",
        "-- what the portable rules read instead of PostgreSQL's own Unicode functions.",
    ]
    for key, (name, what) in SQL_FUNCTIONS.items():
        value = data[key]
        assert "$fn$" not in json.dumps(value, ensure_ascii=False)
        # ASCII only: the frozen file is read back with universal newlines, which would
        # turn a raw CR into LF. Texts as E'' escapes, JSON with \u escapes.
        if isinstance(value, str) and value.isascii() and value.isprintable() and "'" not in value:
            rtype, body = "text", f"SELECT {_dollar(value)}::pg_catalog.text"
        elif isinstance(value, str):
            escaped = "".join(f"\\x{ord(c):02x}" if c.isascii() else f"\\u{ord(c):04x}" for c in value)
            rtype, body = "text", f"SELECT E'{escaped}'::pg_catalog.text"
        else:
            text = json.dumps(value, ensure_ascii=True, sort_keys=True, separators=(",", ":"))
            rtype, body = "jsonb", f"SELECT {_dollar(text)}::pg_catalog.jsonb"
        out.append(
            f"CREATE FUNCTION stagenorm.{name}() RETURNS pg_catalog.{rtype}\n"
            "LANGUAGE sql IMMUTABLE PARALLEL SAFE\n"
            f"AS $fn$ {body} $fn$;\n"
            f"COMMENT ON FUNCTION stagenorm.{name}() IS "
            f"'Private, generated by stagenorm/unicode_data.py: {what}.';"
        )
    out.append(_render_fast_at(data["fast"]))
    return "\n".join(out) + "\n"


#: Code points per block of _unicode_fast_at (2**FAST_BLOCK_BITS).
FAST_BLOCK_BITS = 12


def _render_fast_at(fast: dict[str, str]) -> str:
    """``_unicode_fast_at(c)``: ``_unicode_fast() ->> c`` for one character, read from
    ``_unicode_fast_<n>()``, the rows of the block of 4096 code points that holds it
    (n = code point >> 12). A PL/pgSQL function plans each statement the first time it
    runs, so a session (and each parallel worker) parses only the blocks of the
    characters it meets, where ``_unicode_fast()`` is one constant of all 113k rows that
    every plan holding it parses whole (about 37 ms per process). The blocks are SQL
    functions, not literals in the body: PL/pgSQL compiles a function's whole text on its
    first call (65 ms for the tables inline). No SET clause (one call per distinct
    non-ASCII character of a missed label): every name and operator is qualified
    (tests/test_search_path.py, UNPINNED)."""
    blocks: dict[int, dict[str, str]] = {}
    for char, folded in sorted(fast.items()):
        blocks.setdefault(ord(char) >> FAST_BLOCK_BITS, {})[char] = folded
    keys = sorted(blocks)
    out = []
    for key in keys:
        text = json.dumps(blocks[key], ensure_ascii=True, sort_keys=True, separators=(",", ":"))
        assert "$fn$" not in text
        out.append(
            f"CREATE FUNCTION stagenorm._unicode_fast_{key}() RETURNS pg_catalog.jsonb\n"
            "LANGUAGE sql IMMUTABLE PARALLEL SAFE\n"
            f"AS $fn$ SELECT {_dollar(text)}::pg_catalog.jsonb $fn$;\n"
            f"COMMENT ON FUNCTION stagenorm._unicode_fast_{key}() IS "
            f"'Private, generated by stagenorm/unicode_data.py: the rows of _unicode_fast() "
            f"from U+{key << FAST_BLOCK_BITS:04X} to U+{((key + 1) << FAST_BLOCK_BITS) - 1:04X}.';"
        )

    def tree(lo: int, hi: int, indent: str) -> str:  # keys[lo:hi], a binary search on b
        if hi - lo == 1:
            return (f"{indent}IF b OPERATOR(pg_catalog.=) {keys[lo]} THEN\n"
                    f"{indent}  RETURN stagenorm._unicode_fast_{keys[lo]}() OPERATOR(pg_catalog.->>) c;\n"
                    f"{indent}END IF;\n")
        mid = (lo + hi) // 2
        return (f"{indent}IF b OPERATOR(pg_catalog.<) {keys[mid]} THEN\n{tree(lo, mid, indent + '  ')}"
                f"{indent}ELSE\n{tree(mid, hi, indent + '  ')}{indent}END IF;\n")

    out.append(
        "CREATE FUNCTION stagenorm._unicode_fast_at(c pg_catalog.text) RETURNS pg_catalog.text\n"
        "LANGUAGE plpgsql IMMUTABLE STRICT PARALLEL SAFE\n"
        "AS $fn$\n"
        "DECLARE\n"
        f"  b constant pg_catalog.int4 := pg_catalog.ascii(c) OPERATOR(pg_catalog.>>) {FAST_BLOCK_BITS};\n"
        "BEGIN\n"
        + tree(0, len(keys), "  ")
        + "  RETURN NULL;\n"
        "END\n"
        "$fn$;\n"
        "COMMENT ON FUNCTION stagenorm._unicode_fast_at(pg_catalog.text) IS "
        "'Private, generated by stagenorm/unicode_data.py: _unicode_fast() ->> c for one character, "
        "from the block that holds it (a session parses only the blocks it meets).';"
    )
    return "\n".join(out)
