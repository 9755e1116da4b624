"""The stage-label reading rules: one implementation for Python and PL/Python.

This module is deliberately standalone. Its source text is stored in the table
``stagenorm.python_module`` and ``exec()``-ed by ``stagenorm._rules_py`` inside
PostgreSQL, so it imports nothing but the standard library, does no I/O, keeps no
state outside a :class:`Taxonomy`, and works in a fresh namespace whose ``__name__``
is in no ``sys.modules`` (hence plain classes, not dataclasses).

The reading rules, the contract both sides keep, are stated in ``docs/taxonomy.md``.
The taxonomy itself (stages, aliases, filler words, series
prefixes) is data: :meth:`Taxonomy.from_dict` reads ``stagenorm/data/taxonomy.json``,
:meth:`Taxonomy.from_rows` reads the same lists from the database tables.
"""

import contextlib
import json
import math
import numbers
import re
import unicodedata
from collections.abc import Iterable, Mapping
from decimal import Decimal
from types import MappingProxyType
from typing import Any, Final, Self

__all__ = [
    "DECORATIONS",
    "ERROR_CODES",
    "MAX_DEPTH",
    "MAX_ENTRIES",
    "MAX_LABEL_LENGTH",
    "SCALES",
    "WORD_KINDS",
    "Taxonomy",
    "fast_path_labels",
    "fold",
    "fold_text",
    "normalize_stage",
    "parse_stage_distribution",
    "parse_stage_distribution_json",
    "suggest_stages",
]

# --------------------------------------------------------------------------- folding

#: Unicode categories that separate tokens (besides ``str.isspace``).
_SEPARATOR_CATEGORIES: Final = frozenset({"Zs", "Zl", "Zp", "Cc", "Pd", "Ps", "Pe", "Pi", "Pf"})
#: Single characters that separate tokens: ``_ . / , :``, quotes, minus signs.
_SEPARATOR_CHARS: Final = frozenset("_./,:\"'`\u2212\u2043")
#: Cache bound of the lazily filled character tables (distinct characters seen).
_TABLE_LIMIT: Final = 65536


class _MarkTable(dict[int, str]):
    """``str.translate`` table that deletes combining marks (category Mn)."""

    def __missing__(self, code: int) -> str:
        char = chr(code)
        out = "" if unicodedata.category(char) == "Mn" else char
        if len(self) < _TABLE_LIMIT:
            self[code] = out
        return out


class _SeparatorTable(dict[int, str]):
    """``str.translate`` table: separators to a space, format characters deleted,
    ``+`` to its own token, ``&`` to the word ``and``; everything else kept."""

    def __missing__(self, code: int) -> str:
        char = chr(code)
        category = unicodedata.category(char)
        if category == "Cf":
            out = ""
        elif char.isspace() or category in _SEPARATOR_CATEGORIES or char in _SEPARATOR_CHARS:
            out = " "
        elif char == "+":
            out = " + "
        elif char == "&":
            out = " and "
        else:
            out = char
        if len(self) < _TABLE_LIMIT:
            self[code] = out
        return out


_MARKS: Final = _MarkTable()
_SEPARATORS: Final = _SeparatorTable()
_DIGIT_RUNS: Final = re.compile(r"\d+|\D+")
_GLUED_SERIES: Final = "series"


def fold(label: str) -> tuple[str, ...]:
    """The folded tokens of ``label`` (reading rule 2).

    NFKC, case fold, accents removed (NFKD without Mn), NFKC again; format characters
    (Cf) deleted; every run of separators splits; ``+`` is a token, ``&`` is ``and``;
    letters and digits are split apart; ``series`` glued to one letter is split.
    """
    if label.isascii():
        text = label.lower()  # NFKC and case folding of ASCII
    else:
        text = unicodedata.normalize("NFKC", label).casefold()
        text = unicodedata.normalize("NFKD", text).translate(_MARKS)
        text = unicodedata.normalize("NFKC", text)
    tokens: list[str] = []
    for chunk in text.translate(_SEPARATORS).split():
        if chunk.isalpha():
            parts = [chunk]
        elif chunk.isdecimal():
            tokens.append(chunk)
            continue
        else:
            parts = _DIGIT_RUNS.findall(chunk)
        if _GLUED_SERIES not in chunk:
            tokens.extend(parts)
            continue
        for part in parts:
            if len(part) == 7 and part.startswith(_GLUED_SERIES) and part[6].isalpha():
                tokens.append(_GLUED_SERIES)
                tokens.append(part[6])
            else:
                tokens.append(part)
    return tuple(tokens)


def fold_text(label: str) -> str:
    """The folded form of ``label`` as one string (tokens joined by one space): the
    form in which aliases are stored."""
    return " ".join(fold(label))


# --------------------------------------------------------------------------- taxonomy

#: Trailing tokens that keep the stage of a decorable alias (digit runs are too).
DECORATIONS: Final = frozenset({"+", "plus", "prime", "extension", "ext"})
#: The kinds of ``words`` rows.
WORD_KINDS: Final = ("filler", "series_prefix")

_MISSING: Final = object()
_CACHE_LIMIT: Final = 8192
_CACHE_LABEL_MAX: Final = 256
_SUGGEST_MAX_LENGTH: Final = 64
_SUGGEST_LIMIT: Final = 3


class Taxonomy:
    """An immutable taxonomy: canonical stages in order, folded aliases, words.

    Build it with :meth:`from_dict` (the JSON document) or :meth:`from_rows` (the
    database tables). Malformed data raises :class:`ValueError` naming the row.
    Memoizes :func:`normalize_stage` and :func:`suggest_stages` per instance.
    """

    __slots__ = (
        "_aliases",
        "_candidates",
        "_norm_cache",
        "_suggest_cache",
        "alias_rows",
        "display_names",
        "fillers",
        "keys",
        "positions",
        "series_prefixes",
        "version",
    )

    version: int
    keys: tuple[str, ...]
    display_names: Mapping[str, str]
    positions: Mapping[str, int]
    fillers: frozenset[str]
    series_prefixes: frozenset[str]
    alias_rows: tuple[tuple[str, str, bool], ...]
    _aliases: dict[str, tuple[str, bool]]
    _candidates: tuple[tuple[str, str, str], ...]
    _norm_cache: dict[str, str | None]
    _suggest_cache: dict[str, tuple[str, ...]]

    def __init__(
        self,
        stages: Iterable[tuple[str, str, int]],
        aliases: Iterable[tuple[str, str, bool]],
        words: Iterable[tuple[str, str]],
        version: int,
    ) -> None:
        ordered = sorted(stages, key=lambda row: row[2])
        if not ordered:
            raise ValueError("taxonomy: no stages")
        keys = tuple(row[0] for row in ordered)
        if len(set(keys)) != len(keys):
            raise ValueError("taxonomy: duplicate stage key")
        if len({row[2] for row in ordered}) != len(ordered):
            raise ValueError("taxonomy: duplicate stage position")

        alias_map: dict[str, tuple[str, bool]] = {}
        alias_rows: list[tuple[str, str, bool]] = []
        for alias, stage, decorable in aliases:
            if stage not in keys:
                raise ValueError(f"taxonomy: alias {alias!r} names unknown stage {stage!r}")
            folded = fold_text(alias)
            if not folded:
                raise ValueError(f"taxonomy: alias {alias!r} is empty once folded")
            previous = alias_map.get(folded)
            if previous is not None and previous[0] != stage:
                raise ValueError(
                    f"taxonomy: alias {folded!r} means both {previous[0]!r} and {stage!r}"
                )
            alias_map[folded] = (stage, decorable or (previous is not None and previous[1]))
            alias_rows.append((folded, stage, decorable))

        fillers: set[str] = set()
        prefixes: set[str] = set()
        for word, kind in words:
            tokens = fold(word)
            if len(tokens) != 1:
                raise ValueError(f"taxonomy: word {word!r} must fold to exactly one token")
            if kind == "filler":
                fillers.add(tokens[0])
            elif kind == "series_prefix":
                prefixes.add(tokens[0])
            else:
                raise ValueError(f"taxonomy: word {word!r} has unknown kind {kind!r}")

        positions = {row[0]: row[2] for row in ordered}
        put = object.__setattr__
        put(self, "version", version)
        put(self, "keys", keys)
        put(self, "display_names", MappingProxyType({row[0]: row[1] for row in ordered}))
        put(self, "positions", MappingProxyType(positions))
        put(self, "fillers", frozenset(fillers))
        put(self, "series_prefixes", frozenset(prefixes))
        put(self, "alias_rows", tuple(alias_rows))
        put(self, "_aliases", alias_map)
        put(self, "_candidates", _suggestion_candidates(ordered, alias_map, prefixes, positions))
        put(self, "_norm_cache", {})
        put(self, "_suggest_cache", {})

    def __setattr__(self, name: str, value: object) -> None:
        raise AttributeError("Taxonomy is immutable")

    def __delattr__(self, name: str) -> None:
        raise AttributeError("Taxonomy is immutable")

    def __repr__(self) -> str:
        return (
            f"Taxonomy(version={self.version}, stages={len(self.keys)}, "
            f"aliases={len(self._aliases)})"
        )

    @classmethod
    def from_rows(
        cls,
        stages: Iterable[Mapping[str, Any]],
        aliases: Iterable[Mapping[str, Any]],
        words: Iterable[Mapping[str, Any]],
        version: int,
    ) -> Self:
        """Build from rows shaped like the JSON lists (what the SQL tables return):
        stages ``{key, display_name, position}``, aliases ``{alias, stage,
        decorable}`` (``decorable`` may be absent: false), words ``{word, kind}``.
        Extra keys are ignored."""
        stage_rows = [
            (
                _require(row, "key", str, "stage"),
                _require(row, "display_name", str, "stage"),
                _require(row, "position", int, "stage"),
            )
            for row in stages
        ]
        alias_rows = [
            (
                _require(row, "alias", str, "alias"),
                _require(row, "stage", str, "alias"),
                _flag(row),
            )
            for row in aliases
        ]
        word_rows = [
            (_require(row, "word", str, "word"), _require(row, "kind", str, "word"))
            for row in words
        ]
        if isinstance(version, bool) or not isinstance(version, int):
            raise ValueError(f"taxonomy: version must be an integer, not {version!r}")
        return cls(stage_rows, alias_rows, word_rows, version)

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Self:
        """Build from the JSON document ``{version, stages, aliases, words}``."""
        if not isinstance(data, Mapping):
            raise ValueError("taxonomy: the document must be a JSON object")
        parts = []
        for name in ("stages", "aliases", "words"):
            rows = data.get(name)
            if not isinstance(rows, list):
                raise ValueError(f"taxonomy: {name!r} must be a list")
            parts.append(rows)
        version: Any = data.get("version")
        return cls.from_rows(parts[0], parts[1], parts[2], version)

    def to_dict(self) -> dict[str, Any]:
        """The JSON document shape (aliases folded, in input order)."""
        fillers = sorted(self.fillers)
        prefixes = sorted(self.series_prefixes)
        return {
            "version": self.version,
            "stages": [
                {"key": k, "display_name": self.display_names[k], "position": self.positions[k]}
                for k in self.keys
            ],
            "aliases": [{"alias": a, "stage": s, "decorable": d} for a, s, d in self.alias_rows],
            "words": [{"word": w, "kind": "filler"} for w in fillers]
            + [{"word": w, "kind": "series_prefix"} for w in prefixes],
        }

    # -- reading ---------------------------------------------------------------------

    def _normalize(self, label: str) -> str | None:
        cache = self._norm_cache
        hit = cache.get(label, _MISSING)
        if hit is not _MISSING:
            return hit  # type: ignore[return-value]
        key = self._read(fold(label))
        if len(label) <= _CACHE_LABEL_MAX:
            if len(cache) >= _CACHE_LIMIT:
                cache.clear()
            cache[label] = key
        return key

    def _read(self, tokens: tuple[str, ...]) -> str | None:
        """Rules 3 and 4: as written, then without fillers (if anything remains)."""
        if not tokens:
            return None
        key = self._read_form(tokens)
        if key is not None:
            return key
        kept = tuple(t for t in tokens if t not in self.fillers)
        if kept and len(kept) != len(tokens):
            return self._read_form(kept)
        return None

    def _read_form(self, tokens: tuple[str, ...]) -> str | None:
        aliases = self._aliases
        exact = aliases.get(" ".join(tokens))
        if exact is not None:
            return exact[0]
        end = len(tokens)
        while end and (tokens[end - 1] in DECORATIONS or tokens[end - 1].isdecimal()):
            end -= 1
        start = 0
        if end == 2 and tokens[0] in self.series_prefixes and len(tokens[1]) == 1:
            start = 1
        if end == start or (start == 0 and end == len(tokens)):
            return None
        entry = aliases.get(" ".join(tokens[start:end]))
        if entry is None or not entry[1]:
            return None
        return entry[0]

    def _suggest(self, label: str) -> tuple[str, ...]:
        cache = self._suggest_cache
        hit = cache.get(label)
        if hit is not None:
            return hit
        key: Any = self._norm_cache.get(label, _MISSING)
        tokens = None
        if key is _MISSING:
            tokens = fold(label)
            key = self._read(tokens)
        if key is not None:
            result: tuple[str, ...] = (key,)
        else:
            result = self._fuzzy(fold(label) if tokens is None else tokens)
        if len(label) <= _CACHE_LABEL_MAX:
            if len(cache) >= _CACHE_LIMIT:
                cache.clear()
            cache[label] = result
        return result

    def _fuzzy(self, tokens: tuple[str, ...]) -> tuple[str, ...]:
        tokens = tuple(t for t in tokens if t not in self.fillers)
        if not tokens:
            return ()  # only filler words ("round"): nothing to suggest
        end = len(tokens)
        while end and (tokens[end - 1] in DECORATIONS or tokens[end - 1].isdecimal()):
            end -= 1
        query = " ".join(tokens[:end])
        if len(query) > _SUGGEST_MAX_LENGTH or not any(c.isalpha() for c in query):
            return ()
        last = tokens[end - 1]
        best: dict[str, int] = {}
        size = len(query)
        for candidate, key, letter in self._candidates:
            if letter and (letter != last or end < 2):
                continue  # a series letter is never guessed: "series z" is no "series a"
            limit = _allowed_distance(size)
            if abs(size - len(candidate)) > limit or best.get(key, limit + 1) <= 0:
                continue
            distance = _osa_distance(query, candidate, limit)
            if distance <= limit and distance < best.get(key, limit + 1):
                best[key] = distance
        ranked = sorted(best, key=lambda k: (best[k], self.positions[k], k))
        return tuple(ranked[:_SUGGEST_LIMIT])


def _require(row: Mapping[str, Any], name: str, kind: type, what: str) -> Any:
    value = row.get(name) if isinstance(row, Mapping) else None
    if not isinstance(value, kind) or (kind is int and isinstance(value, bool)):
        raise ValueError(f"taxonomy: {what} row {row!r}: {name!r} must be {kind.__name__}")
    if kind is str and not value:
        raise ValueError(f"taxonomy: {what} row {row!r}: {name!r} must not be empty")
    return value


def _flag(row: Mapping[str, Any]) -> bool:
    value = row.get("decorable", False)
    if value is None:
        return False
    if not isinstance(value, bool):
        raise ValueError(f"taxonomy: alias row {row!r}: 'decorable' must be a boolean")
    return value


def _suggestion_candidates(
    stages: list[tuple[str, str, int]],
    aliases: Mapping[str, tuple[str, bool]],
    prefixes: Iterable[str],
    positions: Mapping[str, int],
) -> tuple[tuple[str, str, str], ...]:
    """Strings a misspelling is compared with: every alias, every display name and
    key, and ``<prefix> <letter>`` for every decorable single-letter alias. Each comes
    with its series letter (``""`` if it is not of the form ``<prefix> <letter>``):
    such a candidate only matches a query that ends in the same letter."""
    prefixes = frozenset(prefixes)
    found: dict[str, str] = {}

    def add(text: str, key: str) -> None:
        if text and (text not in found or positions[key] < positions[found[text]]):
            found[text] = key

    for folded, (key, decorable) in aliases.items():
        add(folded, key)
        if decorable and len(folded) == 1:
            for prefix in prefixes:
                add(f"{prefix} {folded}", key)
    for key, display, _position in stages:
        add(fold_text(display), key)
        add(fold_text(key), key)
    candidates = []
    for text, key in sorted(found.items(), key=lambda item: (positions[item[1]], item[0])):
        head, _, letter = text.rpartition(" ")
        is_series = head in prefixes and len(letter) == 1
        candidates.append((text, key, letter if is_series else ""))
    return tuple(candidates)


def _allowed_distance(length: int) -> int:
    """Edit distance accepted for a suggestion, by the length of what was typed."""
    if length <= 2:
        return 0
    if length <= 4:
        return 1
    if length <= 8:
        return 2
    return 3


def _osa_distance(a: str, b: str, limit: int) -> int:
    """Restricted Damerau-Levenshtein (optimal string alignment) distance: insert,
    delete, substitute and swap two adjacent characters each cost 1. Any distance
    above ``limit`` is returned as ``limit + 1``; only the diagonal band of width
    ``2 * limit + 1`` is computed."""
    if a == b:
        return 0
    width = len(b)
    over = limit + 1
    if abs(len(a) - width) > limit:
        return over
    before: list[int] = []
    previous = [j if j <= limit else over for j in range(width + 1)]
    for i in range(1, len(a) + 1):
        char = a[i - 1]
        current = [over] * (width + 1)
        if i <= limit:
            current[0] = i
        lowest = current[0]
        for j in range(max(1, i - limit), min(width, i + limit) + 1):
            value = previous[j - 1] + (char != b[j - 1])
            if previous[j] < value:
                value = previous[j] + 1
            if current[j - 1] < value:
                value = current[j - 1] + 1
            swap = i > 1 and j > 1 and char == b[j - 2] and a[i - 2] == b[j - 1]
            if swap and before[j - 2] < value:
                value = before[j - 2] + 1
            if value > over:
                value = over
            current[j] = value
            if value < lowest:
                lowest = value
        if lowest > limit:
            return over
        before, previous = previous, current
    return previous[width]


# --------------------------------------------------------------------------- public API


def normalize_stage(label: str | None, taxonomy: Taxonomy) -> str | None:
    """The canonical key of ``label``, or ``None`` when unknown. Never raises."""
    if not isinstance(label, str):
        return None
    try:
        return taxonomy._normalize(label)
    except Exception:  # a reading rule must never make a query fail
        return None


def suggest_stages(label: str | None, taxonomy: Taxonomy) -> list[str]:
    """At most 3 canonical keys ``label`` probably meant, best first. ``[key]`` when
    the label normalizes; ``[]`` when it resembles nothing. Never raises."""
    if not isinstance(label, str):
        return []
    try:
        return list(taxonomy._suggest(label))
    except Exception:
        return []


#: Frequent labels that name no stage, for the fast path (answered by the rules anyway).
_FREQUENT_UNKNOWN: Final = (
    "", "bridge", "venture", "debt", "grant", "ipo", "post ipo", "other", "tbd", "n/a", "na",
    "none", "unknown", "convertible note", "secondary", "series", "round",
)


#: Words _spellings leaves in lower case in a title ("Friends and Family").
_SMALL_WORDS: Final = ("and", "of", "the")
#: Heads _spellings also writes with the rest in capitals (pre-IPO, Pre-IPO).
_UPPER_REST_HEADS: Final = ("pre", "post")
#: Trailing words _spellings adds to each spelling.
_SPELLING_SUFFIXES: Final = (" round", " Round", " stage", " Stage")
#: How people write a series letter (fast_path_labels): prefixes, decorations, suffixes.
_SERIES_PREFIXES: Final = ("Series ", "series ", "SERIES ", "Series", "series", "series_",
                           "series-", "Series-", "Series_", "Ser. ", "Round ")
_SERIES_DECORATIONS: Final = ("1", "2", "3", "-1", "-2", "-3", "+", " Extension", " extension",
                              " ext", " round", " Round")
_LETTER_SUFFIXES: Final = (" round", " Round")
_DECORATED_SUFFIXES: Final = ("+", " extension", " Extension", " 2")


def _spellings(words: str) -> set[str]:
    """How people type a folded label: cases, separators, a trailing round/stage word."""
    forms: set[str] = set()
    title = " ".join(w if w in _SMALL_WORDS else w.capitalize() for w in words.split(" "))
    cases = {words, words.title(), title, words.upper(), words.capitalize()}
    head, space, rest = words.partition(" ")
    if space and head in _UPPER_REST_HEADS:  # pre-IPO, Pre-IPO
        cases |= {f"{head} {rest.upper()}", f"{head.capitalize()} {rest.upper()}"}
    for text in cases:
        for joined in {text, text.replace(" ", "-"), text.replace(" ", "_"), text.replace(" ", "")}:
            forms.add(joined)
            for suffix in _SPELLING_SUFFIXES:
                forms.add(joined + suffix)
    return forms


def fast_path_labels(taxonomy: Taxonomy) -> dict[str, str]:
    """Frequent raw labels and their answers (``""`` for unknown), computed by the
    rules themselves: the constant fast path of the SQL ``normalize_stage``."""
    labels: set[str] = set()
    for text in _FREQUENT_UNKNOWN:
        labels |= _spellings(text)
    for key in taxonomy.keys:
        labels |= _spellings(key.replace("_", " ")) | _spellings(taxonomy.display_names[key].lower())
        labels |= {taxonomy.display_names[key], key, key.upper()}
    for folded, _stage, decorable in taxonomy.alias_rows:
        labels |= _spellings(folded)
        if decorable and len(folded) == 1:
            for letter in (folded, folded.upper()):
                for prefix in _SERIES_PREFIXES:
                    labels.add(prefix + letter)
                for deco in _SERIES_DECORATIONS:
                    labels.add(_SERIES_PREFIXES[0] + letter + deco)
                labels |= {letter + suffix for suffix in _LETTER_SUFFIXES}
        elif decorable:
            for text in (folded, folded.title(), folded.upper()):
                labels |= {text + suffix for suffix in _DECORATED_SUFFIXES}
    return {label: normalize_stage(label, taxonomy) or "" for label in sorted(labels)}


# --------------------------------------------------------------------------- distributions

#: Error codes of :func:`parse_stage_distribution`, stable.
ERROR_CODES: Final = (
    "INVALID_SHAPE",
    "EMPTY_DISTRIBUTION",
    "UNKNOWN_STAGE",
    "WEIGHT_NOT_A_NUMBER",
    "WEIGHT_NEGATIVE",
    "WEIGHT_ABOVE_MAX",
    "SUM_MISMATCH",
    "LIMIT_EXCEEDED",
)
#: Caps on what :func:`parse_stage_distribution` reads, checked before any work per
#: entry; an input over one is answered with ``LIMIT_EXCEEDED`` alone. The SQL
#: implementation has the same caps (``stagenorm._distribution_limit``).
#: Entries (object keys or array items): a distribution has one per stage (7 today),
#: a sloppy one a few dozen; 1,000 bounds the rules' work per call to milliseconds.
MAX_ENTRIES: Final = 1000
#: Characters of a stage label (the normalizer's own cache keeps labels up to 256).
MAX_LABEL_LENGTH: Final = 256
#: Levels of nested containers: a distribution has 2 (array, entry), a wrong weight 3.
MAX_DEPTH: Final = 8
#: Scales and the maximum weight of each.
SCALES: Final = MappingProxyType({"percent": 100, "fraction": 1})
_AUTO_CAP: Final = 1e9
_INFINITY: Final = math.inf
#: Shares and sums are rounded to 12 decimals (the nearest double to n / 10**12) ...
_SCALE12: Final = 1e12
#: ... and compared with the tolerance with the same precision.
_SLACK: Final = 5e-13
_MESSAGE_LABEL_MAX: Final = 80


def _check_tolerance(tolerance: object) -> float:
    if isinstance(tolerance, bool) or not isinstance(tolerance, numbers.Real | Decimal):
        raise ValueError(f"tolerance must be a number >= 0, not {type(tolerance).__name__}")
    value = float(tolerance)
    if math.isnan(value) or value < 0:
        raise ValueError(f"tolerance must be a number >= 0, not {value!r}")
    return value


def _check_scale(scale: object) -> None:
    if not isinstance(scale, str) or (scale != "auto" and scale not in SCALES):
        raise ValueError(f"unknown scale {scale!r}: use auto, percent or fraction")


def _json_type(value: object) -> str:
    """How a value reads in a message: "a string", "null", "NaN", "an array"..."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "a boolean"
    if isinstance(value, str):
        return "a string"
    if isinstance(value, Mapping):
        return "an object"
    if isinstance(value, list | tuple):
        return "an array"
    if isinstance(value, Decimal) and not value.is_finite():
        return "NaN" if value.is_nan() else ("-Infinity" if value.is_signed() else "Infinity")
    if isinstance(value, float) and not math.isfinite(value):
        return "NaN" if math.isnan(value) else ("-Infinity" if value < 0 else "Infinity")
    if isinstance(value, numbers.Number | Decimal):
        return "a number"
    return f"a {type(value).__name__}"


def _weight(value: object) -> tuple[str | None, Any]:
    """Classify a weight: (None, number) for a finite non-negative number, else
    (error code, None). Above-max is decided later, once the scale is known."""
    if isinstance(value, bool):
        return "WEIGHT_NOT_A_NUMBER", None
    if isinstance(value, int):
        return (None, value) if value >= 0 else ("WEIGHT_NEGATIVE", None)
    if isinstance(value, float):
        if not math.isfinite(value):
            return "WEIGHT_NOT_A_NUMBER", None
        return (None, value) if value >= 0 else ("WEIGHT_NEGATIVE", None)
    if isinstance(value, numbers.Real | Decimal):
        number: Any = value  # Decimal, Fraction, numpy scalars...
        try:
            if isinstance(number, Decimal) and not number.is_finite():
                return "WEIGHT_NOT_A_NUMBER", None
            if not math.isfinite(float(min(max(number, -_AUTO_CAP), _AUTO_CAP))):
                return "WEIGHT_NOT_A_NUMBER", None
            return (None, number) if number >= 0 else ("WEIGHT_NEGATIVE", None)
        except (ArithmeticError, TypeError, ValueError):
            return "WEIGHT_NOT_A_NUMBER", None
    return "WEIGHT_NOT_A_NUMBER", None


def _short(label: str) -> str:
    if len(label) > _MESSAGE_LABEL_MAX:
        label = label[:_MESSAGE_LABEL_MAX] + "..."
    return json.dumps(label)


def _error(code: str, message: str, stage: str | None = None) -> dict[str, Any]:
    return {"code": code, "message": message, "stage": stage}


def _result(
    taxonomy: Taxonomy,
    scale: str,
    errors: list[dict[str, Any]],
    normalized: dict[str, float] | None = None,
    invalid: list[str] | None = None,
    suggestions: dict[str, list[str]] | None = None,
    total: float = 0.0,
) -> dict[str, Any]:
    return {
        "normalized": normalized if normalized is not None else dict.fromkeys(taxonomy.keys, 0.0),
        "invalid_inputs": invalid if invalid is not None else [],
        "suggestions": suggestions if suggestions is not None else {},
        "sum": total,
        "scale": scale,
        "is_valid": not errors,
        "errors": errors,
    }


_CONTAINERS: Final = (Mapping, list, tuple)
#: Types that are never containers, checked first (isinstance with an ABC is slower).
_SCALARS: Final = frozenset({str, int, float, bool, type(None)})


def _nested_deeper(value: Any, levels: int) -> bool:
    """Whether the containers in ``value`` (itself a container) nest more than
    ``levels`` deep, counting ``value``. Stops at the first container too deep."""
    if levels < 1:
        return True
    children = value.values() if isinstance(value, Mapping) else value
    scalars = _SCALARS
    return any(
        type(child) not in scalars and isinstance(child, _CONTAINERS)
        and _nested_deeper(child, levels - 1)
        for child in children
    )


def _limit_message(entries: int, longest: int, deep: bool) -> str | None:
    if entries > MAX_ENTRIES:
        return f"the distribution has {entries} entries, more than the {MAX_ENTRIES} allowed"
    if longest > MAX_LABEL_LENGTH:
        return f"a stage label has {longest} characters, more than the {MAX_LABEL_LENGTH} allowed"
    if deep:
        return f"the input is nested more than {MAX_DEPTH} levels deep"
    return None


def _deep_children(children: Iterable[Any], levels: int) -> bool:
    """Whether any container among ``children`` nests more than ``levels`` deep."""
    return any(
        type(child) not in _SCALARS and isinstance(child, _CONTAINERS)
        and _nested_deeper(child, levels)
        for child in children
    )


def _object_limit(value: Mapping[Any, Any]) -> str | None:
    """The cap an object distribution exceeds (the first of entries, label length,
    nesting), or None. Before any work per entry, and at C speed for the common case
    (string keys, scalar weights)."""
    entries = len(value)
    if entries > MAX_ENTRIES:
        return _limit_message(entries, 0, False)
    try:
        longest = max(map(len, value), default=0)
    except TypeError:
        longest = MAX_LABEL_LENGTH + 1  # keys without a length: count below
    if longest > MAX_LABEL_LENGTH:  # only string keys are labels
        longest = max((len(k) for k in value if isinstance(k, str)), default=0)
    values = value.values()
    deep = not _SCALARS.issuperset(map(type, values)) and _deep_children(values, MAX_DEPTH - 1)
    if longest > MAX_LABEL_LENGTH or deep:
        return _limit_message(entries, longest, deep)
    return None


def _array_limit(items: list[Any] | tuple[Any, ...]) -> str | None:
    """The cap an array distribution exceeds, or None (see :func:`_object_limit`)."""
    entries = len(items)
    if entries > MAX_ENTRIES:
        return _limit_message(entries, 0, False)
    longest = 0
    deep = False
    scalars = _SCALARS
    for item in items:
        if type(item) is dict or isinstance(item, Mapping):
            label = item.get("stage")
            if (type(label) is str or isinstance(label, str)) and len(label) > longest:
                longest = len(label)
            if not deep and not scalars.issuperset(map(type, item.values())):
                deep = _deep_children(item.values(), MAX_DEPTH - 2)
        elif not deep and type(item) not in scalars and isinstance(item, _CONTAINERS):
            deep = _nested_deeper(item, MAX_DEPTH - 1)
    if longest > MAX_LABEL_LENGTH or deep:
        return _limit_message(entries, longest, deep)
    return None


def _array_pairs(items: list[Any] | tuple[Any, ...]) -> Iterable[tuple[Any, Any]]:
    """(label, weight) of each array entry; ``(_MISSING, error)`` for a broken one."""
    for index, item in enumerate(items):
        if type(item) is not dict and not isinstance(item, Mapping):
            message = f"entry {index} must be an object, not {_json_type(item)}"
            yield _MISSING, _error("INVALID_SHAPE", message)
            continue
        label = item.get("stage")
        if not isinstance(label, str):
            message = f'entry {index} must have a string "stage"'
            yield _MISSING, _error("INVALID_SHAPE", message)
        elif "weight" not in item:
            message = f'entry {index} must have a "weight"'
            yield _MISSING, _error("INVALID_SHAPE", message, label)
        else:
            yield label, item["weight"]


def parse_stage_distribution(
    value: Any,
    taxonomy: Taxonomy,
    scale: str = "auto",
    tolerance: float = 0.01,
) -> dict[str, Any]:
    """Validate and normalize a stage distribution (see docs/taxonomy.md).

    ``value`` is an object ``{label: weight}`` or an array of ``{"stage", "weight"}``
    objects. Returns ``{normalized, invalid_inputs, suggestions, sum, scale, is_valid,
    errors}``. Never raises for JSON-compatible input; raises :class:`ValueError` only
    for an unknown ``scale`` or a negative or NaN ``tolerance``.
    """
    fast = type(tolerance) is float and tolerance >= 0  # the common case, checked fast
    tol = tolerance if fast else _check_tolerance(tolerance)
    _check_scale(scale)
    errors: list[dict[str, Any]] = []

    # 1. shape, weights and labels: (label, weight, problem, number, key) per entry,
    #    or an error dict in its place; raw is the sum of the usable weights
    if type(value) is dict or isinstance(value, Mapping):
        too_big = _object_limit(value)
        pairs: Iterable[tuple[Any, Any]] = value.items()
    elif isinstance(value, list | tuple):
        too_big = _array_limit(value)
        pairs = _array_pairs(value)
    else:
        message = (
            'expected an object {"<stage>": <weight>} or an array of '
            f'{{"stage", "weight"}} objects, not {_json_type(value)}'
        )
        errors.append(_error("INVALID_SHAPE", message))
        return _result(taxonomy, "fraction" if scale == "auto" else scale, errors)
    if too_big is not None:
        errors.append(_error("LIMIT_EXCEEDED", too_big))
        return _result(taxonomy, "fraction" if scale == "auto" else scale, errors)
    cache = taxonomy._norm_cache
    entries: list[Any] = []
    raw = 0.0
    for label, weight in pairs:
        if label is _MISSING:  # an array entry with a shape error
            entries.append(weight)
            continue
        if type(label) is not str and not isinstance(label, str):
            entries.append(_error("INVALID_SHAPE", "a stage label must be a string"))
            continue
        if (type(weight) is int or type(weight) is float) and 0 <= weight < _INFINITY:
            problem, number = None, weight
        else:
            problem, number = _weight(weight)
        if problem is None:
            raw += float(number) if number < _AUTO_CAP else _AUTO_CAP
        key: Any = cache.get(label, _MISSING)
        if key is _MISSING:
            key = normalize_stage(label, taxonomy)
        entries.append((label, weight, problem, number, key))
    if not entries:
        errors.append(_error("EMPTY_DISTRIBUTION", "the distribution has no entries"))
        return _result(taxonomy, "fraction" if scale == "auto" else scale, errors)

    # 2. the scale the weights are on
    if scale == "auto":
        scale = "fraction" if raw - 1.0 - tol <= _SLACK else "percent"
    top = SCALES[scale]

    # 3. errors in input order, and shares
    shares: dict[str, float] = {}
    all_shares: list[float] = []
    invalid: list[str] = []
    suggestions: dict[str, list[str]] = {}
    for entry in entries:
        if type(entry) is dict:
            errors.append(entry)
            continue
        label, weight, problem, number, key = entry
        if key is None:
            errors.append(_error("UNKNOWN_STAGE", f"unknown stage label {_short(label)}", label))
            if label not in suggestions:
                invalid.append(label)
                suggestions[label] = suggest_stages(label, taxonomy)
        if problem is None:
            if number <= top:
                share = float(number) / top
                all_shares.append(share)
                if key is not None:
                    shares[key] = shares.get(key, 0.0) + share
            else:
                message = f"weight is above {top}, the maximum of scale {scale}"
                errors.append(_error("WEIGHT_ABOVE_MAX", message, label))
        elif problem == "WEIGHT_NEGATIVE":
            errors.append(_error(problem, "weight must not be negative", label))
        else:
            message = f"weight must be a finite number, not {_json_type(weight)}"
            errors.append(_error(problem, message, label))

    exact = math.fsum(all_shares)
    total = round(exact * _SCALE12) / _SCALE12
    if all_shares and abs(exact - 1.0) - tol > _SLACK:
        message = (
            f"weights sum to {total * top:.12g} ({scale}), expected {top} "
            f"within {tol * top:.12g}"
        )
        errors.append(_error("SUM_MISMATCH", message))
    normalized = dict.fromkeys(taxonomy.keys, 0.0)
    for key, share in shares.items():
        normalized[key] = round(share * _SCALE12) / _SCALE12
    return _result(taxonomy, scale, errors, normalized, invalid, suggestions, total)


_STRUCTURE: Final = re.compile(r'"[^"\\]*(?:\\.[^"\\]*)*"|[\[\]{}]', re.DOTALL)
_KEEP_DEPTH: Final = MAX_DEPTH


def _shallow_json(text: str) -> str:
    """``text`` with every container nested deeper than ``_KEEP_DEPTH`` levels
    emptied (``[]`` or ``{}``): what ``parse_stage_distribution`` reads is the same
    (entries are 3 levels deep, and an emptied container is still there to exceed
    ``MAX_DEPTH``), and ``json.loads`` no longer hits the recursion limit."""
    out: list[str] = []
    depth = 0
    copied = 0  # text[copied:] is still to be copied
    for match in _STRUCTURE.finditer(text):
        token = match.group()
        if token[0] == '"':
            continue
        if token in "[{":
            depth += 1
            if depth == _KEEP_DEPTH + 1:
                out.append(text[copied : match.end()])
        else:
            if depth == _KEEP_DEPTH + 1:
                copied = match.start()
            depth -= 1
    out.append(text[copied:])
    return "".join(out)


def _big_int(digits: str) -> int | Decimal:
    return int(digits) if len(digits) <= 4000 else Decimal(digits)


def parse_stage_distribution_json(
    text: str,
    taxonomy: Taxonomy,
    scale: str = "auto",
    tolerance: float = 0.01,
) -> str:
    """:func:`parse_stage_distribution` from JSON text to JSON text (what SQL calls).

    Same answer as ``parse_stage_distribution(json.loads(text))``; also answers where
    ``json.loads`` gives up (nesting deeper than the recursion limit, integers longer
    than 4,300 digits). Text that is not JSON gives an ``INVALID_SHAPE`` result.
    """
    _check_tolerance(tolerance)
    _check_scale(scale)
    value: Any = _MISSING
    try:
        value = json.loads(text)
    except json.JSONDecodeError:
        pass
    except (RecursionError, ValueError):
        # nested deeper than the recursion limit, or an integer longer than int() takes
        with contextlib.suppress(RecursionError, ValueError):
            value = json.loads(_shallow_json(text), parse_int=_big_int)
    except TypeError:
        pass
    if value is _MISSING:
        default_scale = "fraction" if scale == "auto" else scale
        error = _error("INVALID_SHAPE", "the input is not valid JSON")
        result = _result(taxonomy, default_scale, [error])
    else:
        result = parse_stage_distribution(value, taxonomy, scale, tolerance)
    return json.dumps(result, allow_nan=False)
