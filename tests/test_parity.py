"""SQL and Python answer alike: the same labels and distributions through
``stagenorm.normalize_stage`` / ``suggest_stages`` / ``parse_stage_distribution`` in
PostgreSQL and in the Python package.

The inputs are generated with hypothesis into lists first (fixed seed: derandomized,
no example database) and then checked in bulk, a few statements for thousands of
inputs. A mismatch is reported with the inputs that differ.
"""

# The labels below use look-alike characters (dashes, full-width letters) on purpose.
# ruff: noqa: RUF001

from __future__ import annotations

import json
import math
import random
from collections.abc import Callable
from decimal import Decimal
from typing import Any, TypeVar

import psycopg
import pytest
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st

import stagenorm
from stagenorm import install, rules
from tests.test_rules import HELD_OUT
from tests.vectors import VECTORS

Conn = psycopg.Connection[dict[str, Any]]
T = TypeVar("T")

GENERATED_LABELS = 10_000
V2_LABELS = 3_000
CHUNK_CHARS = 4_000_000  # characters per statement when sending labels in bulk
TAXONOMY: dict[str, Any] = json.loads(install.taxonomy_document())


def collect(strategy: st.SearchStrategy[T], count: int) -> list[T]:
    """``count`` examples of ``strategy``, reproducibly (the same list on every run)."""
    out: list[T] = []

    @settings(max_examples=count, derandomize=True, database=None, deadline=None,
              phases=[Phase.generate],
              suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large,
                                     HealthCheck.large_base_example, HealthCheck.filter_too_much])
    @given(strategy)
    def draw(example: T) -> None:
        out.append(example)

    draw()
    return out


# --------------------------------------------------------------------------- labels

# What jsonb and text can carry: no NUL, no lone surrogates (tested Python-only below).
SQL_CHARS = st.characters(codec="utf-8", exclude_characters="\x00")  # utf-8: no surrogates
CONTROL_AND_SPACES = (
    [chr(c) for c in range(1, 32)] + ["\x7f", "\x85", "\xa0", "\xad", "\u200b", "\u200d",
                                      "\u2028", "\u2029", "\u202e", "\u3000", "\ufeff"]
)
SEPARATORS = [" ", "  ", "-", "_", ".", "/", ",", ":", ". ", " - ", "\t", "\n", "\u00a0",
              "\u2013", "\u2014", "\u2212", "\u3000", "", "‐", " / ", "—"]
WRAPPERS = [("", ""), (" ", " "), ('"', '"'), ("'", "'"), ("(", ")"), ("[", "]"), ("«", "»"),
            ("“", "”"), ("\u200b", "\ufeff"), ("\t", "\n"), ("「", "」"), ("`", "`")]
FILLERS = ["round", "Round", "ROUND", "stage", "Stage", "financing", "Funding", "investment",
           "raise", "the", "The"]
DECORATIONS = ["1", "2", "3", "10", "-1", "-2", " 2", "+", " +", "plus", " Plus", "prime",
               " extension", " Extension", " ext", "ext.", "A", "²", "１", "٣"]
ACCENTS = {"a": "áàâäå", "e": "éèêë", "i": "íïî", "o": "óöô", "u": "úüû", "s": "śš", "c": "çć",
           "n": "ñ", "r": "ŕř"}
NON_STAGES = ["bridge", "venture", "debt", "convertible note", "grant", "ipo", "post ipo",
              "secondary", "series unknown", "n/a", "tbd", "other", "series", "round", "seed series a",
              "series a b", "series z", "series k", "pre series a", "growth 2", "late 2"]
MISSPELLINGS = ["seeed", "sed", "serie a", "seris b", "grwoth", "growht", "lat stage",
                "pre-sed", "preseeed", "mezanine", "expansoin", "angle", "seires c"]


def _bases() -> list[str]:
    bases = {a["alias"] for a in TAXONOMY["aliases"]}
    for stage in TAXONOMY["stages"]:
        bases |= {stage["key"], stage["display_name"], stage["key"].replace("_", " ")}
    for letter in "abcdefghijkxyz":
        bases |= {f"series {letter}", f"ser {letter}", f"seriés {letter}", f"round {letter}",
                  f"{letter} round", f"series{letter}"}
    bases |= set(NON_STAGES) | set(MISSPELLINGS) | {"friends & family", "f&f", "pre.ipo"}
    return sorted(bases)


BASES = _bases()


def _decorate(rng: random.Random) -> str:
    """A real label as people type it: case, accents, separators, fillers, sub-rounds."""
    styled = []
    for word in rng.choice(BASES).split(" "):
        case = rng.choice(["lower", "upper", "title", "random", "as is"])
        chars = []
        for char in word:
            if char in ACCENTS and rng.random() < 0.2:
                char = rng.choice(ACCENTS[char])
            if case == "upper" or (case == "random" and rng.random() < 0.5):
                char = char.upper()
            if char.isascii() and char.isalnum() and rng.random() < 0.06:
                char = chr(ord(char) + 0xFEE0)  # full width
            chars.append(char)
        text = "".join(chars)
        styled.append(text.title() if case == "title" else text)
    if rng.random() < 0.25:
        styled.insert(rng.randint(0, len(styled)), rng.choice(FILLERS))
    label = styled[0]
    for word in styled[1:]:
        label += rng.choice(SEPARATORS) + word
    for _ in range(rng.choice((0, 0, 1, 1, 2))):
        label += rng.choice(("", " ", "-")) + rng.choice(DECORATIONS)
    if rng.random() < 0.2:
        label += rng.choice(SEPARATORS) + rng.choice(FILLERS)
    left, right = rng.choice(WRAPPERS)
    return left + label + right


def _misspell(rng: random.Random) -> str:
    """A real label with one or two typing mistakes (for suggestions)."""
    label = list(rng.choice(BASES))
    for _ in range(rng.randint(1, 2)):
        if not label:
            break
        i = rng.randrange(len(label))
        kind = rng.choice(("drop", "double", "swap", "replace"))
        if kind == "drop":
            del label[i]
        elif kind == "double":
            label.insert(i, label[i])
        elif kind == "swap" and i + 1 < len(label):
            label[i], label[i + 1] = label[i + 1], label[i]
        else:
            label[i] = rng.choice("aeiourstnl")
    return "".join(label)


def _noise(rng: random.Random) -> str:
    """Random text from characters that trouble readers: controls, spaces, marks, emoji."""
    pool = CONTROL_AND_SPACES + list("seedSERIESabc+&-_./1éß²Ⅱ\u0301\U0001f331\uffff\U0010ffff")
    return "".join(rng.choice(pool) for _ in range(rng.randint(0, 24)))


def _label(rng: random.Random) -> str:
    roll = rng.random()
    if roll < 0.15:
        return _v2_label(rng)[0]
    if roll < 0.55:
        return _decorate(rng)
    if roll < 0.7:
        return _misspell(rng)
    if roll < 0.85:
        noise = _noise(rng)[:6]
        return noise + _decorate(rng) if rng.random() < 0.5 else _decorate(rng) + noise
    return _noise(rng)


# --------------------------------------------------------------------------- v2 labels

# Version 2 forms (rules 10-15), built around one stage form whose key is known by
# construction: the generator returns the label and the key it must read as.
V2_FORMS: list[tuple[str, str]] = (
    [(f"{prefix}{letter}", key)
     for letter, key in [("A", "series_a"), ("B", "series_b"), ("C", "series_c"), ("D", "growth"),
                         ("F", "growth"), ("H", "growth"), ("K", "growth")]
     for prefix in ("Series ", "series-", "Série ", "Serie ", "Ser. ")]
    + [(f"{letter}-series", key) for letter, key in [("A", "series_a"), ("b", "series_b")]]
    + [(f"{pre}{letter}", key)
       for letter, key in [("A", "seed"), ("B", "series_a"), ("C", "series_b"), ("D", "series_c"),
                           ("E", "growth")]
       for pre in ("Pre-Series ", "pre series ", "Pré-Série ", "Pre-", "pre ")]
    + [("Seed", "seed"), ("seed", "seed"), ("Series Seed", "seed"), ("Series Pre-Seed", "pre_seed"),
       ("Pre-Seed", "pre_seed"), ("Angel", "pre_seed"), ("Growth Equity", "growth"),
       ("Growth", "growth"), ("Expansion", "growth"), ("Late Stage", "late_stage"),
       ("Late", "late_stage"), ("Pre-IPO", "late_stage"), ("Mezzanine", "late_stage"),
       ("Semente", "seed"), ("Semilla", "seed"), ("Amorçage", "seed"), ("Anjo", "pre_seed"),
       ("Ángel", "pre_seed"), ("Pré-amorçage", "pre_seed"), ("Friends & Family", "pre_seed")]
)
V2_SUBROUNDS = ["", "", "", "1", "2", "-1", "-2", "+", " Plus", " Prime", " ext"]  # decorable only
V2_ROUND_NUMBERS = ["", "", " - II", " (III)", " IV", " - 2", " round 1", " Ⅱ", " x"]
V2_QUALIFIERS_BEFORE = ["", "", "Early Stage VC ", "Later Stage VC ", "Corporate ", "Extended ",
                        "Restart - ", "New ", "PE ", "Venture ", "Venture Capital ", "Equity "]
V2_QUALIFIERS_AFTER = ["", "", " VC", " (Non-VC)", " Venture", " Capital", " Investors",
                       " (individual)", " Extension", " Equity", " round", " Funding"]
V2_MONEY = ["", "", "$5M ", "€2.5M ", "EUR 3 million ", "US$ 10 million ", "300k ", "1.2bn ",
            "R$ 5 milhões ", "2016 ", "(2021) ", "$4-million-"]
V2_LANGUAGE = ["", "", "", "Rodada ", "Ronda de ", "Tour de table ", "Finanzierungsrunde ",
               "Levée de fonds "]
V2_CJK_LETTERS = [("A", "series_a"), ("B", "series_b"), ("C", "series_c"), ("D", "growth"),
                  ("E", "growth"), ("Pre-A", "seed"), ("Pre-B", "series_a")]
V2_CJK_WORDS = [("天使", "pre_seed"), ("种子", "seed"), ("上市前", "late_stage"), ("Pre-IPO", "late_stage")]
V2_ESCAPES = ["\\n", "\\\\n", "\\t", "\\r", "\\"]
# Two stages, a non-stage round, an ambiguous bucket or another word: unknown (rule 9).
V2_SPOILERS = [(" / Seed", "seed"), (" / Series B", "series_b"), ("/Angel", "pre_seed"),
               (" - Acme Robotics", ""), (" Bridge", ""), (" Debt", ""), ("Micro-", ""),
               (" - Golden", "")]


def _v2_label(rng: random.Random) -> tuple[str, str | None]:
    """A version-2 label and the key it must read as (``None``: it must be unknown)."""
    roll = rng.random()
    if roll < 0.2:  # Chinese round names: the letter glued to 轮
        if rng.random() < 0.6:
            text, key = rng.choice(V2_CJK_LETTERS)
            text += rng.choice(["", "", "+"])
        else:
            text, key = rng.choice(V2_CJK_WORDS)
        label = text + rng.choice(["轮", "轮融资", "轮", ""]) if not text.endswith("前") else text
        return rng.choice(["", "", "1000万元 ", "2019 "]) + label, key
    text, key = rng.choice(V2_FORMS)
    decorable = text in ("Seed", "seed", "Series Seed", "Semente", "Semilla", "Amorçage") or (
        text[-1].isupper() and text[-2] in " .-" and not text.startswith(("Pre", "pre", "Pré")))
    if decorable:
        text += rng.choice(V2_SUBROUNDS)
    text += rng.choice(V2_ROUND_NUMBERS)
    label = rng.choice(V2_QUALIFIERS_BEFORE) + text + rng.choice(V2_QUALIFIERS_AFTER)
    label = rng.choice(V2_LANGUAGE) + label
    if rng.random() < 0.3:
        label = rng.choice(V2_MONEY) + label
    elif rng.random() < 0.2:
        label += rng.choice([", $2.5M", " 2021", " (5 millones de dólares)", " - 2019"])
    if rng.random() < 0.15:
        label = label.replace(" ", rng.choice(V2_ESCAPES), 1)
    if rng.random() < 0.15:
        spoiler, stage = rng.choice(V2_SPOILERS)
        if stage != key:  # another stage, or a word that is no stage
            return (spoiler + label if spoiler.endswith("-") else label + spoiler), None
    return label, key


def v2_labels(count: int, seed: int = 18) -> list[tuple[str, str | None]]:
    rng = random.Random(seed)
    return [_v2_label(rng) for _ in range(count)]


# A batch is what hypothesis draws: a seed and random Unicode texts. The seed drives a
# Random that writes the batch's decorated labels (dozens of choices per label, which as
# separate draws would take minutes for 10,000 labels); the batch's position is mixed in,
# since hypothesis repeats small seeds.
SEEDS = st.integers(min_value=0, max_value=2**63)
BATCHES = st.tuples(
    SEEDS,
    st.lists(st.text(SQL_CHARS, max_size=40), max_size=25),
    st.lists(st.text(st.sampled_from(CONTROL_AND_SPACES + list("seedSERIESabc+&-_./1")),
                     max_size=30), max_size=5),
)
RNG_LABELS_PER_BATCH = 75


def labels_from(batches: list[tuple[int, list[str], list[str]]]) -> list[str]:
    out: list[str] = []
    for index, (seed, texts, controls) in enumerate(batches):
        rng = random.Random(f"{index}:{seed}")
        out.extend(_label(rng) for _ in range(RNG_LABELS_PER_BATCH))
        out.extend(texts)
        out.extend(controls)
    return out


def misspellings(batches: int) -> list[str]:
    """100 misspelt labels per hypothesis example."""
    drawn = collect(st.lists(SEEDS, min_size=100, max_size=100), batches)
    return [_misspell(random.Random(f"{i}:{j}:{seed}"))
            for i, seeds in enumerate(drawn) for j, seed in enumerate(seeds)]


def huge_labels() -> list[str]:
    """A few labels of up to 1 MB: padded, repeated, or long garbage around a real label."""
    return [
        " " * 1_000_000 + "Series B-2",
        "Seed" + "\u200b" * 999_996,
        "\u00a0-\u2013" * 300_000 + "pré-seed" + "_" * 100_000,
        "series " + "a" * 1_000_000,
        "seed " * 200_000,
        "\U0001f331" * 250_000,
        "ĝrowth" * 150_000,
        "".join(chr(0x20 + (i * 7919) % 0xD000) for i in range(200_000)),  # slow to fold: 200k
    ]


def sql_map(conn: Conn, function: str, labels: list[str]) -> list[Any]:
    """``stagenorm.<function>(label)`` for each label, in order, in few statements."""
    answers: list[Any] = []
    chunk: list[str] = []
    size = 0

    def flush() -> None:
        rows = conn.execute(
            f"SELECT stagenorm.{function}(l) AS a FROM unnest(%(l)s::text[]) "
            "WITH ORDINALITY AS t(l, i) ORDER BY i",
            {"l": chunk},
        ).fetchall()
        answers.extend(row["a"] for row in rows)

    for label in labels:
        if chunk and size + len(label) > CHUNK_CHARS:
            flush()
            chunk, size = [], 0
        chunk.append(label)
        size += len(label)
    if chunk:
        flush()
    assert len(answers) == len(labels)
    return answers


def differences(labels: list[str], sql: list[Any], python: Callable[[str], Any]) -> list[str]:
    out = []
    for label, got in zip(labels, sql, strict=True):
        want = python(label)
        if got != want:
            out.append(f"{label[:60]!r} (len {len(label)}): SQL {got!r}, Python {want!r}")
    return out


def test_normalize_stage_parity(conn: Conn) -> None:
    generated = labels_from(collect(BATCHES, GENERATED_LABELS // RNG_LABELS_PER_BATCH + 10))
    unique = list(dict.fromkeys(generated))
    assert len(unique) >= GENERATED_LABELS, f"only {len(unique)} distinct labels generated"
    # Held-out labels follow the rules but are in no vector (tests/test_rules.py); PostgreSQL
    # text cannot hold NUL, so the one with NUL is checked in Python only (test_rules).
    held_out = [(label, key) for label, key in HELD_OUT if "\x00" not in label]
    assert len(held_out) >= len(HELD_OUT) - 1
    # Version-2 forms with their key known by construction (qualifiers, round numbers,
    # money, years, escapes, other languages, CJK glued to Latin letters).
    specified = VECTORS + held_out + v2_labels(V2_LABELS)
    labels = [label for label, _ in specified] + unique + huge_labels()

    sql = sql_map(conn, "normalize_stage", labels)
    assert differences(labels, sql, stagenorm.normalize_stage) == []
    # The specification's answers, on both sides (vectors and held-out labels).
    for (label, expected), got in zip(specified, sql, strict=False):
        assert got == expected, label
    # The generated labels are not all unknown: the decorated ones mostly read as stages.
    known = sum(1 for key in sql if key is not None)
    assert known > len(labels) // 4, known

    # suggest_stages on a sample (it is the slower function): every 5th label, all misspellings.
    sample = [label for label in labels[::5] if len(label) < 10_000]
    sample += misspellings(6)
    suggested = sql_map(conn, "suggest_stages", sample)
    assert differences(sample, suggested, stagenorm.suggest_stages) == []
    assert sum(1 for s in suggested if s) > len(sample) // 4


# --------------------------------------------------------------------------- distributions

JSON_TEXT = st.text(SQL_CHARS, max_size=12)
JSON_SCALARS = st.one_of(
    st.none(), st.booleans(), st.integers(-(10**20), 10**20), st.integers(-(10**400), 10**400),
    st.floats(allow_nan=False, allow_infinity=False), JSON_TEXT,
)
JSON_VALUES = st.recursive(
    JSON_SCALARS,
    lambda children: st.lists(children, max_size=4) | st.dictionaries(JSON_TEXT, children, max_size=4),
    max_leaves=6,
)
STAGE_LABELS = st.one_of(
    st.sampled_from(BASES), JSON_TEXT,
    st.builds(lambda seed: _label(random.Random(seed)), SEEDS),
)
WEIGHTS = st.one_of(
    st.integers(0, 100), st.integers(-100, 300), st.floats(0, 1), st.floats(-5, 150, allow_nan=False),
    st.sampled_from([0, 0.0, -0.0, 1, 100, 100.0, 0.5, 1e-9, 33.333333333333336, 1e308, 10**30,
                     "NaN", "Infinity", "-Infinity", "30", "", True, False, None, [], {}, [30],
                     {"weight": 30}]),
    JSON_VALUES,
)
ENTRY = st.one_of(
    st.fixed_dictionaries({"stage": STAGE_LABELS, "weight": WEIGHTS}),
    st.fixed_dictionaries({"stage": STAGE_LABELS, "weight": WEIGHTS},
                          optional={"note": JSON_VALUES, "Stage": JSON_TEXT}),
    st.fixed_dictionaries({"stage": JSON_VALUES, "weight": WEIGHTS}),
    st.fixed_dictionaries({"stage": STAGE_LABELS}),
    JSON_VALUES,
)
KNOWN = [label for label in BASES if stagenorm.normalize_stage(label)]


def _valid(labels: list[str], as_array: bool, percent: bool) -> Any:
    """A distribution that should pass: known labels, equal shares adding up to 100 %."""
    share = (100 if percent else 1) / len(labels)
    if as_array:
        return [{"stage": label, "weight": share} for label in labels]
    return dict.fromkeys(labels, share)


def _padded(entries: list[tuple[str, Any]], length: int, as_array: bool) -> Any:
    """Entries whose first label is padded with spaces to ``length`` characters."""
    labels = [label.ljust(length) if i == 0 else label for i, (label, _) in enumerate(entries)]
    if as_array:
        return [{"stage": label, "weight": w} for label, (_, w) in zip(labels, entries, strict=True)]
    return {label: w for label, (_, w) in zip(labels, entries, strict=True)}


def _nested(label: str, weight: Any, depth: int, as_array: bool) -> Any:
    """A distribution whose containers nest exactly ``depth`` levels (the weight is wrapped)."""
    levels = depth - (2 if as_array else 1)
    for i in range(levels):
        weight = [weight] if i % 2 else {"w": weight}
    return [{"stage": label, "weight": weight}] if as_array else {label: weight}


def _many(entries: int, as_array: bool) -> Any:
    """``entries`` sub-rounds of Series A adding up to 100 %."""
    if as_array:
        return [{"stage": f"Series A-{i}", "weight": 100 / entries} for i in range(entries)]
    return {f"Series A-{i}": 1 / entries for i in range(entries)}


DISTRIBUTIONS = st.one_of(
    st.builds(_valid, st.lists(st.sampled_from(KNOWN), min_size=1, max_size=7, unique=True),
              st.booleans(), st.booleans()),
    st.dictionaries(STAGE_LABELS, WEIGHTS, max_size=8),
    st.dictionaries(STAGE_LABELS, st.integers(0, 40), min_size=1, max_size=7),
    st.lists(ENTRY, max_size=8),
    st.lists(st.fixed_dictionaries({"stage": st.sampled_from(BASES), "weight": st.floats(0, 0.5)}),
             min_size=1, max_size=7),
    JSON_VALUES,
    # around the caps (rules.MAX_ENTRIES, MAX_LABEL_LENGTH, MAX_DEPTH): both sides of each
    st.builds(_padded, st.lists(st.tuples(st.sampled_from(BASES), WEIGHTS), min_size=1, max_size=4),
              st.integers(rules.MAX_LABEL_LENGTH - 12, rules.MAX_LABEL_LENGTH + 4), st.booleans()),
    st.builds(_nested, st.sampled_from(BASES), WEIGHTS, st.integers(rules.MAX_DEPTH - 3, rules.MAX_DEPTH + 1),
              st.booleans()),
    st.builds(_many, st.integers(rules.MAX_ENTRIES - 1, rules.MAX_ENTRIES + 1), st.booleans()),
)
CASES = st.tuples(
    DISTRIBUTIONS,
    st.sampled_from(["auto", "auto", "percent", "fraction"]),
    st.one_of(st.sampled_from([0.0, 0.01, 0.05, 1.0]), st.floats(0, 2), st.just(math.inf)),
)


def _tolerance_text(tolerance: float) -> str:
    return "Infinity" if tolerance == math.inf else repr(tolerance)


def _as_json(value: Any) -> Any:
    return json.loads(json.dumps(value))


def _unordered(result: dict[str, Any]) -> dict[str, Any]:
    """What does not depend on the order of an object's keys (jsonb sorts them)."""
    return {
        "normalized": result["normalized"], "sum": result["sum"], "scale": result["scale"],
        "is_valid": result["is_valid"], "suggestions": result["suggestions"],
        "invalid_inputs": sorted(result["invalid_inputs"]),
        "errors": sorted((e["code"], e["stage"] or "", e["message"]) for e in result["errors"]),
    }


def _strict(result: Any) -> str:
    """A result as canonical JSON text: 1.0 and 1 differ, as float and int do in Python."""
    return json.dumps(result, sort_keys=True)


def sql_distributions(conn: Conn, docs: list[str], scales: list[str], tolerances: list[str]
                      ) -> list[dict[str, Any]]:
    """For each JSON text: the document as jsonb prints it (what Python reads), the answer
    of ``parse_stage_distribution`` (whichever implementation it dispatches to), of the
    portable ``_parse_distribution`` called directly, and of PL/Python's rules module
    (``_rules_py``, NULL where the server has no PL/Python), as jsonb text."""
    plpython = conn.execute("SELECT stagenorm.implementation() = 'plpython' AS p").fetchone()
    assert plpython is not None
    rules_py = ("stagenorm._rules_py('distribution', v::text, stagenorm._taxonomy_version(), s, "
                "t::numeric::float8)::jsonb::text" if plpython["p"] else "NULL::text")
    rows = conn.execute(
        "SELECT v::text AS doc, stagenorm.parse_stage_distribution(v, s, t::numeric)::text AS result, "
        "stagenorm._parse_distribution(v, s, t::numeric::float8)::text AS portable, "
        f"{rules_py} AS plpython "
        "FROM unnest(%(v)s::text[]::jsonb[], %(s)s::text[], %(t)s::text[]) "
        "WITH ORDINALITY AS x(v, s, t, i) ORDER BY i",
        {"v": docs, "s": scales, "t": tolerances},
    ).fetchall()
    assert len(rows) == len(docs)
    return rows


def distribution_mismatches(rows: list[dict[str, Any]], scales: list[str], tolerances: list[float]
                            ) -> list[Any]:
    """Every way the SQL answers differ from Python's on the document jsonb stored: the
    portable implementation text for text with PL/Python's, and value for value (floats
    stay floats) with the Python package."""
    mismatches = []
    for row, scale, tolerance in zip(rows, scales, tolerances, strict=True):
        python = _strict(stagenorm.parse_stage_distribution(json.loads(row["doc"]), scale, tolerance))
        for name in ("result", "portable", "plpython"):
            if row[name] is not None and _strict(json.loads(row[name])) != python:
                mismatches.append((name, row["doc"][:200], scale, tolerance, row[name], python))
        if row["plpython"] is not None and row["portable"] != row["plpython"]:
            mismatches.append(("portable text", row["doc"][:200], scale, tolerance,
                               row["portable"], row["plpython"]))
    return mismatches


DISTRIBUTION_CASES = 2_000


def test_parse_stage_distribution_parity(conn: Conn) -> None:
    cases = [case for batch in collect(st.lists(CASES, min_size=10, max_size=10),
                                       DISTRIBUTION_CASES // 10)
             for case in batch]
    scales = [s for _, s, _ in cases]
    tolerances = [t for _, _, t in cases]
    rows = sql_distributions(conn, [json.dumps(value) for value, _, _ in cases], scales,
                             [_tolerance_text(t) for t in tolerances])
    assert distribution_mismatches(rows, scales, tolerances) == []
    mismatches = []
    valid = 0
    codes: set[str] = set()
    for (value, scale, tolerance), row in zip(cases, rows, strict=True):
        sql = json.loads(row["result"])
        # The original value, whose key order may differ from jsonb's.
        original = _as_json(stagenorm.parse_stage_distribution(value, scale, tolerance))
        if _unordered(sql) != _unordered(original):
            mismatches.append((row["doc"][:200], scale, tolerance, sql, original))
        valid += sql["is_valid"]
        codes |= {e["code"] for e in sql["errors"]}
    assert mismatches == []
    assert 200 < valid < len(cases) - 200, valid  # both valid and invalid inputs were exercised
    assert codes == set(rules.ERROR_CODES), codes  # and every error code


@pytest.mark.parametrize(
    ("weight", "sql_text"),
    [(float("nan"), '"NaN"'), (math.inf, '"Infinity"'), (-math.inf, '"-Infinity"'),
     (Decimal("NaN"), '"NaN"'), (Decimal("Infinity"), '"Infinity"'), (Decimal("-Infinity"), '"-Infinity"'),
     (Decimal("sNaN"), '"sNaN"')],
    ids=repr,
)
def test_hostile_floats_python_and_their_sql_spelling(conn: Conn, weight: Any, sql_text: str) -> None:
    """jsonb cannot hold NaN or Infinity: a client sends them as strings. Either way the
    weight is an error, WEIGHT_NOT_A_NUMBER, on both sides."""
    python = stagenorm.parse_stage_distribution({"seed": weight, "Series A": 50})
    assert python["errors"][0]["code"] == "WEIGHT_NOT_A_NUMBER"
    assert python["is_valid"] is False
    json.dumps(python, allow_nan=False)  # the answer itself is valid JSON
    row = conn.execute(
        "SELECT stagenorm.parse_stage_distribution(%(d)s::jsonb)::text AS r",
        {"d": '{"seed": ' + sql_text + ', "Series A": 50}'},
    ).fetchone()
    assert row is not None
    sql = json.loads(row["r"])
    assert [e["code"] for e in sql["errors"]] == [e["code"] for e in python["errors"]]
    assert sql["normalized"] == python["normalized"]


def test_what_jsonb_refuses_is_refused_at_the_cast_and_handled_in_python(conn: Conn) -> None:
    """NaN literals, NUL and lone surrogates cannot reach the SQL function: the jsonb cast
    refuses them (22P02 / 22P05). The Python function takes them without raising."""
    for document, sqlstate in [('{"seed": NaN}', "22P02"), ('{"se\\u0000ed": 1}', "22P05"),
                               ('{"\\ud800": 1}', "22P02")]:
        with pytest.raises(psycopg.Error) as caught, conn.transaction():
            conn.execute("SELECT stagenorm.parse_stage_distribution(%(d)s::jsonb)", {"d": document})
        assert caught.value.sqlstate == sqlstate, document
    answer = stagenorm.parse_stage_distribution({"se\x00ed": 60, "\ud800": 40, "seed": float("nan")})
    assert [e["code"] for e in answer["errors"]] == ["UNKNOWN_STAGE", "UNKNOWN_STAGE",
                                                    "WEIGHT_NOT_A_NUMBER"]
    assert stagenorm.normalize_stage("\x00seed\x00") == "seed"  # NUL separates, in Python
    assert stagenorm.normalize_stage("\ud800seed\udfff") is None
