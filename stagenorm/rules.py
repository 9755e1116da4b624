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
    "ERROR_CODES",
    "MAX_DEPTH",
    "MAX_ENTRIES",
    "MAX_LABEL_LENGTH",
    "SCALES",
    "WORD_KINDS",
    "YEARS",
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
#: Single characters that separate tokens: ``_ . / , : \\``, quotes, minus signs, and the
#: CJK full stop, comma and middle dot.
_SEPARATOR_CHARS: Final = frozenset("_./,:\\\"'`\u2212\u2043\u3001\u3002\u30fb")
#: Code point ranges of CJK characters (Han, kana, Hangul...): each is a token of its own.
_CJK_RANGES: Final = (
    (0x2E80, 0x2FDF), (0x3040, 0x318F), (0x31A0, 0x31FF), (0x3400, 0x4DBF),
    (0x4E00, 0x9FFF), (0xAC00, 0xD7AF), (0xF900, 0xFAFF), (0x20000, 0x3134F),
)
#: Cache bound of the lazily filled character tables (distinct characters seen).
_TABLE_LIMIT: Final = 65536


def _is_cjk(code: int) -> bool:
    return any(low <= code <= high for low, high in _CJK_RANGES)


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
    ``+`` and every CJK character to a token of its own, ``&`` to the word ``and``;
    everything else kept."""

    def __missing__(self, code: int) -> str:
        char = chr(code)
        category = unicodedata.category(char)
        if category == "Cf":
            out = ""
        elif char.isspace() or category in _SEPARATOR_CATEGORIES or char in _SEPARATOR_CHARS:
            out = " "
        elif char == "+" or _is_cjk(code):
            out = f" {char} "
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
_GLUED_PLUS: Final = "plus"
_GLUED_PRE: Final = "pre"
#: The series letters of rule 12 (``series a`` to ``series k``), split from a glued ``pre``.
_PRE_LETTERS: Final = frozenset("abcdefghijk")
#: Escape sequences left in exported text (rule 13): backslashes, then n, t or r.
_ESCAPES: Final = re.compile(r"\\+[ntr]")
#: French elision before a word (``d'amorçage``, ``l'amorçage``): dropped.
_ELISION: Final = re.compile("(?<![a-z0-9])[dl]['\u2019\u02bc](?=[a-z])")
_APOSTROPHES: Final = frozenset("'\u2019\u02bc")
_ASCII_DIGIT: Final = re.compile("[0-9]")


def _fold_chars(label: str) -> str:
    """Rule 2 and the character-level part of rule 3: escapes to a space, NFKC, case
    fold, accents removed, French elisions dropped. Not yet split into tokens."""
    if "\\" in label:
        label = _ESCAPES.sub(" ", label)
    if label.isascii():
        text = label.lower()  # NFKC and case folding of ASCII
    else:
        text = unicodedata.normalize("NFKC", label).casefold()
        text = unicodedata.normalize("NFKD", text).translate(_MARKS)
        text = unicodedata.normalize("NFKC", text)
    if not _APOSTROPHES.isdisjoint(text):
        text = _ELISION.sub(" ", text)
    return text


def _split(text: str) -> tuple[str, ...]:
    """Tokens of folded text: separators split, letters and digits apart, ``series``
    glued to one letter split, one letter glued to ``plus`` split, ``pre`` glued to
    a series letter (``a`` to ``k``) split."""
    tokens: list[str] = []
    for chunk in text.translate(_SEPARATORS).split():
        if chunk.isalpha():
            parts = [chunk]
        elif chunk.isdecimal():
            tokens.append(chunk)
            continue
        else:
            parts = _DIGIT_RUNS.findall(chunk)
        for part in parts:
            size = len(part)
            if size > 6 and part.startswith(_GLUED_SERIES) and part[6].isalpha() and (
                size == 7 or (size == 11 and part.endswith(_GLUED_PLUS))
            ):
                tokens.append(_GLUED_SERIES)
                part = part[6:]
                size -= 6
            if size == 5 and part.endswith(_GLUED_PLUS) and part[0].isalpha():
                tokens.append(part[0])
                tokens.append(_GLUED_PLUS)
            elif size == 4 and part.startswith(_GLUED_PRE) and part[3] in _PRE_LETTERS:
                tokens.append(_GLUED_PRE)  # PreA轮, preb
                tokens.append(part[3])
            else:
                tokens.append(part)
    return tuple(tokens)


def fold(label: str) -> tuple[str, ...]:
    """The folded tokens of ``label`` (reading rules 2, 3 and the escapes of 13).

    Escapes (a run of backslashes, then ``n``, ``t`` or ``r``) become a space; NFKC,
    case fold, accents removed (NFKD without Mn), NFKC again; ``d'`` and ``l'`` before
    a word dropped; format characters (Cf) deleted; every run of separators splits; ``+``
    and each CJK character are tokens of their own, ``&`` is ``and``; letters and digits
    are split apart; ``series`` glued to one letter, one letter glued to ``plus`` and
    ``pre`` glued to a series letter (``a`` to ``k``) are split.
    """
    return _split(_fold_chars(label))


def fold_text(label: str) -> str:
    """The folded form of ``label`` as one string (tokens joined by one space): the
    form in which aliases and words are stored."""
    return " ".join(fold(label))


# --------------------------------------------------------------------------- taxonomy

#: The kinds of ``words`` rows (the ``taxonomy_word.kind`` CHECK), and what each does:
#: ``filler`` (rules 4, 15) and ``qualifier`` (rule 10) words are ignored around one
#: stage form, ``currency`` words too (rule 13); ``series_prefix`` words stand before a
#: series letter or an alias (``series``, ``serie``, ``ser``); ``decoration`` words
#: follow a decorable alias (``+``, ``plus``, ``prime``, ``ext``); ``numeral`` words
#: are round numbers after a stage form (rule 11, ``ii`` to ``x``); a ``pre`` word
#: before a series letter names the stage before it (rule 12); ``magnitude`` and
#: ``currency`` words make amounts of money (rule 13); a ``bucket`` word makes a label
#: ambiguous (``micro``). Qualifier and bucket words may carry ``means``: the stages
#: an ambiguous label spans (rule 14).
WORD_KINDS: Final = (
    "filler", "qualifier", "currency", "series_prefix", "decoration", "numeral", "pre",
    "magnitude", "bucket",
)
#: Kinds whose words are ignored wherever they stand, when one stage form remains.
_IGNORED_KINDS: Final = frozenset({"filler", "qualifier", "currency"})
#: Kinds that may carry ``means`` (bucket words must).
_SPAN_KINDS: Final = frozenset({"qualifier", "bucket"})
#: Years that are ignored (rule 13).
YEARS: Final = (1990, 2099)
_GAP: Final = "[ \t\n\r_\\-\u2010-\u2015\u2212]*"
_NUMBER: Final = "[0-9]+(?:[.,][0-9]+)*"
_YEAR: Final = "(?<![0-9])(?:199[0-9]|20[0-9][0-9])(?![0-9])"

_MISSING: Final = object()
_CACHE_LIMIT: Final = 8192
_CACHE_LABEL_MAX: Final = 256
_SUGGEST_MAX_LENGTH: Final = 64
_SUGGEST_LIMIT: Final = 3
#: Endings a misspelt word may carry after a stage word (``seeding``, ``seedling``).
_SUFFIXES: Final = ("ling", "ing", "es", "ed", "s")
_STEM_MIN: Final = 4
#: Largest distance at which a word beside a held stage counts as a misspelling.
_WORD_DISTANCE: Final = 1


def _word_pattern(word: str, glued: bool = False) -> str:
    """A regular expression for a folded word in folded text: its tokens with any
    separators between them, and no letter or digit glued to an alphanumeric end
    (``glued``: a number may come right before it)."""
    body = _GAP.join(re.escape(token) for token in word.split(" "))
    if not glued and word[0].isascii() and word[0].isalnum():
        body = "(?<![a-z0-9])" + body
    if word[-1].isascii() and word[-1].isalnum():
        body += "(?![a-z0-9])"
    return body


def _longest_first(words: Iterable[str]) -> list[str]:
    return sorted(words, key=lambda w: (-len(w), w))


def _alternation(words: Iterable[str], glued: bool = False) -> str:
    """One group matching any of ``words`` (folded) in folded text: plain ASCII words
    share one pair of boundaries, the others get their own (``_word_pattern``)."""
    words = list(words)
    plain = [w for w in words if w.isascii() and w.isalnum()]
    parts = []
    if plain:
        body = "|".join(re.escape(w) for w in _longest_first(plain))
        parts.append(("" if glued else "(?<![a-z0-9])") + f"(?:{body})(?![a-z0-9])")
    parts += [_word_pattern(w, glued) for w in _longest_first(set(words) - set(plain))]
    return "(?:" + "|".join(parts) + ")"


def _money_patterns(
    currencies: Iterable[str], magnitudes: Iterable[str]
) -> tuple[re.Pattern[str], ...]:
    """Amounts of money and years (rule 13), built from the taxonomy's words, applied in
    this order: a currency, then a number and its magnitudes; a number, a magnitude
    (any, also spaced), then a currency;
    a number and its magnitudes (a one-letter magnitude such as ``m`` only glued to the
    number); a year from 1990 to 2099. Separate patterns compile much faster than one."""
    currencies = list(currencies)
    magnitudes = list(magnitudes)
    glued = [w for w in magnitudes if len(w) == 1 and w.isascii()]
    spaced = [w for w in magnitudes if w not in glued]
    parts = []
    if spaced:
        parts.append(_GAP + _alternation(spaced, glued=True))
    if glued:
        parts.append("(?:" + "|".join(re.escape(w) for w in sorted(glued)) + ")(?![a-z0-9])")
    magnitude = "(?:" + "|".join(parts) + ")+" if parts else ""
    start = "(?<![a-z0-9.,])"
    amounts = []
    tail = f"(?:{magnitude})?" if magnitude else ""
    if currencies:  # a currency after a magnitude ("5M USD") is a word that is ignored
        cur = _alternation(currencies)
        amounts.append(f"{cur}{_GAP}{_NUMBER}{tail}")
        spelled = f"(?:{_GAP}{_alternation(magnitudes, glued=True)})?" if magnitudes else ""
        amounts.append(f"{start}{_NUMBER}{spelled}{_GAP}{cur}")  # 10 M EUR, 5 usd
    if magnitude:
        amounts.append(f"{start}{_NUMBER}{magnitude}")
    amounts.append(_YEAR)
    return tuple(re.compile(pattern) for pattern in amounts)


class Taxonomy:
    """An immutable taxonomy: canonical stages in order, folded aliases, words.

    Build it with :meth:`from_dict` (the JSON document) or :meth:`from_rows` (the
    database tables). Malformed data raises :class:`ValueError` naming the row.
    Memoizes :func:`normalize_stage` and :func:`suggest_stages` per instance.
    """

    __slots__ = (
        "_alias_lengths",
        "_aliases",
        "_candidates",
        "_letters",
        "_money",
        "_norm_cache",
        "_pre_stages",
        "_suggest_cache",
        "_word_lengths",
        "_words",
        "alias_rows",
        "decorations",
        "display_names",
        "fillers",
        "keys",
        "positions",
        "series_prefixes",
        "version",
        "word_rows",
    )

    version: int
    keys: tuple[str, ...]
    display_names: Mapping[str, str]
    positions: Mapping[str, int]
    fillers: frozenset[str]
    series_prefixes: frozenset[str]
    decorations: frozenset[str]
    alias_rows: tuple[tuple[str, str, bool], ...]
    word_rows: tuple[tuple[str, str, tuple[str, ...] | None], ...]
    _aliases: dict[str, tuple[str, bool]]
    _alias_lengths: dict[str, tuple[int, ...]]
    _words: dict[str, tuple[str, tuple[str, ...]]]
    _word_lengths: dict[str, tuple[int, ...]]
    _letters: dict[str, str]
    _pre_stages: dict[str, str]
    _money: tuple[re.Pattern[str], ...]
    _candidates: tuple[tuple[str, str, str], ...]
    _norm_cache: dict[str, str | None]
    _suggest_cache: dict[str, tuple[str, ...]]

    def __init__(
        self,
        stages: Iterable[tuple[str, str, int]],
        aliases: Iterable[tuple[str, str, bool]],
        words: Iterable[tuple[str, str] | tuple[str, str, Iterable[str] | None]],
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

        word_map: dict[str, tuple[str, tuple[str, ...]]] = {}
        word_rows: list[tuple[str, str, tuple[str, ...] | None]] = []
        for row in words:
            word, kind = row[0], row[1]
            raw_means = row[2] if len(row) > 2 else None
            folded = fold_text(word)
            if not folded:
                raise ValueError(f"taxonomy: word {word!r} is empty once folded")
            if kind not in WORD_KINDS:
                raise ValueError(f"taxonomy: word {word!r} has unknown kind {kind!r}")
            means: tuple[str, ...] | None = None
            if raw_means is not None:
                if isinstance(raw_means, str) or kind not in _SPAN_KINDS:
                    raise ValueError(
                        f"taxonomy: word {word!r}: 'means' is a list of stages, for a "
                        "qualifier or bucket word only"
                    )
                means = tuple(raw_means)
                if not means or any(stage not in keys for stage in means):
                    raise ValueError(f"taxonomy: word {word!r} means unknown stages {means!r}")
            if kind == "bucket" and means is None:
                raise ValueError(f"taxonomy: bucket word {word!r} needs 'means'")
            if kind in ("series_prefix", "pre", "decoration") and " " in folded:
                raise ValueError(f"taxonomy: word {word!r} must fold to exactly one token")
            previous_word = word_map.get(folded)
            if previous_word is not None and previous_word[0] != kind:
                raise ValueError(
                    f"taxonomy: word {folded!r} is both {previous_word[0]!r} and {kind!r}"
                )
            word_map[folded] = (kind, tuple(sorted(set(means or ()), key=keys.index)))
            word_rows.append((folded, kind, means))

        positions = {row[0]: row[2] for row in ordered}
        prefixes = frozenset(w for w, (k, _) in word_map.items() if k == "series_prefix")
        letters: dict[str, str] = {}
        for folded, (stage, decorable) in alias_map.items():
            head, _, letter = folded.rpartition(" ")
            if len(letter) == 1 and letter.isalpha() and (
                head in prefixes or (not head and decorable)
            ):
                letters.setdefault(letter, stage)
        pre_stages: dict[str, str] = {}
        for letter, stage in letters.items():
            before = letters.get(chr(ord(letter) - 1))
            index = keys.index(stage)
            if before is None and index > 0:
                before = keys[index - 1]
            if before is not None:
                pre_stages[letter] = before

        put = object.__setattr__
        put(self, "version", version)
        put(self, "keys", keys)
        put(self, "display_names", MappingProxyType({row[0]: row[1] for row in ordered}))
        put(self, "positions", MappingProxyType(positions))
        put(self, "fillers", frozenset(w for w, (k, _) in word_map.items() if k == "filler"))
        put(self, "series_prefixes", prefixes)
        put(self, "decorations",
            frozenset(w for w, (k, _) in word_map.items() if k == "decoration"))
        put(self, "alias_rows", tuple(alias_rows))
        put(self, "word_rows", tuple(word_rows))
        put(self, "_aliases", alias_map)
        put(self, "_alias_lengths", _lengths_by_head(alias_map))
        put(self, "_words", word_map)
        put(self, "_word_lengths", _lengths_by_head(word_map))
        put(self, "_letters", letters)
        put(self, "_pre_stages", pre_stages)
        put(self, "_money", _money_patterns(
            [w for w, (k, _) in word_map.items() if k == "currency"],
            [w for w, (k, _) in word_map.items() if k == "magnitude"]))
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
            f"aliases={len(self._aliases)}, words={len(self._words)})"
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
        decorable}`` (``decorable`` may be absent: false), words ``{word, kind,
        means}`` (``means`` may be absent or null). Extra keys are ignored."""
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
            (_require(row, "word", str, "word"), _require(row, "kind", str, "word"),
             _means(row))
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
        """The JSON document shape (aliases and words folded, in input order)."""
        words: list[dict[str, Any]] = []
        for word, kind, means in self.word_rows:
            row: dict[str, Any] = {"word": word, "kind": kind}
            if means is not None:
                row["means"] = list(means)
            words.append(row)
        return {
            "version": self.version,
            "stages": [
                {"key": k, "display_name": self.display_names[k], "position": self.positions[k]}
                for k in self.keys
            ],
            "aliases": [{"alias": a, "stage": s, "decorable": d} for a, s, d in self.alias_rows],
            "words": words,
        }

    # -- reading ---------------------------------------------------------------------

    def _tokens(self, label: str) -> tuple[str, ...]:
        """``fold(label)`` without amounts of money and years (rule 13)."""
        text = _fold_chars(label)
        if _ASCII_DIGIT.search(text):
            for pattern in self._money:
                text = pattern.sub(" ", text)
        return _split(text)

    def _normalize(self, label: str) -> str | None:
        cache = self._norm_cache
        hit = cache.get(label, _MISSING)
        if hit is not _MISSING:
            return hit  # type: ignore[return-value]
        key = self._read(self._tokens(label))
        if len(label) <= _CACHE_LABEL_MAX:
            if len(cache) >= _CACHE_LIMIT:
                cache.clear()
            cache[label] = key
        return key

    def _read(self, tokens: tuple[str, ...]) -> str | None:
        """An exact alias, else the one stage the label's stage forms name (rules 4-13)."""
        if not tokens:
            return None
        exact = self._aliases.get(" ".join(tokens))
        if exact is not None:
            return exact[0]
        return self._scan(tokens).stage

    def _alias_at(self, tokens: tuple[str, ...], i: int) -> tuple[int, str, bool] | None:
        """The longest alias starting at token ``i``: (end, stage, decorable)."""
        lengths = self._alias_lengths.get(tokens[i])
        if lengths is None:
            return None
        for length in lengths:
            if i + length <= len(tokens):
                entry = self._aliases.get(" ".join(tokens[i : i + length]))
                if entry is not None:
                    return i + length, entry[0], entry[1]
        return None

    def _word_at(
        self, tokens: tuple[str, ...], i: int
    ) -> tuple[int, str, tuple[str, ...]] | None:
        """The longest word starting at token ``i``: (end, kind, means)."""
        lengths = self._word_lengths.get(tokens[i])
        if lengths is None:
            return None
        for length in lengths:
            if i + length <= len(tokens):
                entry = self._words.get(" ".join(tokens[i : i + length]))
                if entry is not None:
                    return i + length, entry[0], entry[1]
        return None

    def _kind_at(self, tokens: tuple[str, ...], i: int, kind: str) -> int:
        """The end of a word of ``kind`` at token ``i``, or -1."""
        if i >= len(tokens):
            return -1
        word = self._word_at(tokens, i)
        return word[0] if word is not None and word[1] == kind else -1

    def _form_at(self, tokens: tuple[str, ...], i: int) -> tuple[int, str, bool, bool] | None:
        """The longest stage form starting at token ``i`` (rules 5-8, 12, 15), without
        its decorations: (end, stage, decorable, bare letter)."""
        best: tuple[int, str, bool, bool] | None = None
        hit = self._alias_at(tokens, i)
        if hit is not None:
            best = (hit[0], hit[1], hit[2], hit[0] == i + 1 and len(tokens[i]) == 1)
        start = i
        after = self._kind_at(tokens, i, "series_prefix")
        if after >= 0 and after < len(tokens):
            start = after
            hit = self._alias_at(tokens, after)  # series seed, series pre seed
            if hit is not None and (best is None or hit[0] > best[0]):
                best = (hit[0], hit[1], hit[2], False)
            stage = self._letters.get(tokens[after])  # series k, ser. d
            if stage is not None and (best is None or after + 1 > best[0]):
                best = (after + 1, stage, True, False)
        after = self._kind_at(tokens, start, "pre")  # pre a, pre series b
        if after >= 0:
            letter_at = self._kind_at(tokens, after, "series_prefix")
            letter_at = after if letter_at < 0 else letter_at
            if letter_at < len(tokens):
                stage = self._pre_stages.get(tokens[letter_at])
                if stage is not None and (best is None or letter_at + 1 > best[0]):
                    best = (letter_at + 1, stage, True, False)
        if start == i and len(tokens[i]) == 1:  # a series, B-series
            stage = self._letters.get(tokens[i])
            after = self._kind_at(tokens, i + 1, "series_prefix")
            if stage is not None and after >= 0 and (best is None or after > best[0]):
                best = (after, stage, True, False)
        return best

    def _scan(self, tokens: tuple[str, ...]) -> "_Reading":
        """Read the tokens left to right into stage forms (with their decorations and
        round numbers), ignored words and other words."""
        reading = _Reading()
        forms = reading.forms
        n = len(tokens)
        i = 0
        while i < n:
            form = self._form_at(tokens, i)
            word = self._word_at(tokens, i)
            if form is not None and (word is None or form[0] >= word[0]):
                end, stage, decorable, bare = form
                start, i = i, end
                decorated = False
                while i < n:  # sub-round numbers, round numbers, +, plus, prime, ext
                    if tokens[i].isdecimal():
                        i += 1
                    else:
                        deco = self._word_at(tokens, i)
                        if deco is None or not (
                            deco[1] == "numeral" or (decorable and deco[1] == "decoration")
                        ):
                            break
                        i = deco[0]
                    decorated = True
                # a lone letter (no decoration, no round word next to it: "n/a") or a lone
                # "pre" ("pre ipp") is a weak form: suggestions do not name it
                weak = not decorated and (
                    (bare and self._kind_at(tokens, i, "filler") < 0
                     and (start == 0 or tokens[start - 1] not in self.fillers))
                    or (end == start + 1 and self._kind_at(tokens, start, "pre") == end))
                forms.append((stage, bare, weak))
                continue
            if word is not None:
                end, kind, means = word
                if kind in _IGNORED_KINDS or (kind == "numeral" and forms):
                    if means:
                        reading.spans.update(means)
                elif kind == "bucket":
                    reading.buckets.update(means)
                else:
                    reading.others.append(" ".join(tokens[i:end]))
                i = end
                continue
            if not (forms and tokens[i].isdecimal()):  # a round number after a stage form
                reading.others.append(tokens[i])
            i += 1
        if not reading.others and not reading.buckets and forms:
            stages = {form[0] for form in forms}
            if len(stages) == 1 and sum(1 for form in forms if form[1]) <= 1:
                reading.stage = forms[0][0]
        return reading

    def _suggest(self, label: str) -> tuple[str, ...]:
        cache = self._suggest_cache
        hit = cache.get(label)
        if hit is not None:
            return hit
        tokens = self._tokens(label)
        key: Any = self._norm_cache.get(label, _MISSING)
        if key is _MISSING:
            key = self._read(tokens)
        if key is not None:
            result: tuple[str, ...] = (key,)
        else:
            result = self._suggest_tokens(tokens)
        if len(label) <= _CACHE_LABEL_MAX:
            if len(cache) >= _CACHE_LIMIT:
                cache.clear()
            cache[label] = result
        return result

    def _suggest_tokens(self, tokens: tuple[str, ...]) -> tuple[str, ...]:
        """Rule 14: the stages the label holds (and the stages of its ambiguous
        words), in canonical order; then the nearest stages of misspelt words."""
        if not tokens:
            return ()
        reading = self._scan(tokens)
        held = {stage for stage, _bare, weak in reading.forms if not weak}
        held |= reading.buckets
        if not reading.forms:
            held |= reading.spans
        first = sorted(held, key=self.positions.__getitem__)
        if len(first) >= _SUGGEST_LIMIT:
            return tuple(first[:_SUGGEST_LIMIT])
        best = self._fuzzy(tokens)
        if first:  # a label that holds stages: its other words may be misspelt ones, one
            # edit away (a company name or "Preferred" is no misspelling)
            for word in reading.others:
                for key, distance in self._fuzzy_query(word).items():
                    if distance <= _WORD_DISTANCE and distance < best.get(key, distance + 1):
                        best[key] = distance
        ranked = sorted(best, key=lambda k: (best[k], self.positions[k], k))
        out = first + [key for key in ranked if key not in held]
        return tuple(out[:_SUGGEST_LIMIT])

    def _fuzzy(self, tokens: tuple[str, ...]) -> dict[str, int]:
        """Nearest stages of the whole label (fillers and trailing decorations off)."""
        tokens = tuple(t for t in tokens if t not in self.fillers)
        if not tokens:
            return {}  # only filler words ("round"): nothing to suggest
        end = len(tokens)
        while end and (tokens[end - 1] in self.decorations or tokens[end - 1].isdecimal()):
            end -= 1
        return self._fuzzy_query(" ".join(tokens[:end]))

    def _fuzzy_query(self, query: str) -> dict[str, int]:
        """Each stage with its best distance to ``query`` (within the allowed distance);
        a word ending in -ing, -ling, -s... is also compared without it, at cost 1."""
        if len(query) > _SUGGEST_MAX_LENGTH or not any(c.isalpha() for c in query):
            return {}
        queries = [(query, 0)]
        for suffix in _SUFFIXES:
            if query.endswith(suffix) and len(query) - len(suffix) >= _STEM_MIN:
                queries.append((query[: -len(suffix)], 1))
                break
        best: dict[str, int] = {}
        for text, extra in queries:
            last = text.rpartition(" ")[2]
            several = " " in text
            size = len(text)
            limit = _allowed_distance(len(query))
            for candidate, key, letter in self._candidates:
                if letter and (letter != last or not several):
                    continue  # a series letter is never guessed: "series z" is no "series a"
                if abs(size - len(candidate)) + extra > limit or best.get(key, limit + 1) <= extra:
                    continue
                distance = _osa_distance(text, candidate, limit - extra) + extra
                if distance <= limit and distance < best.get(key, limit + 1):
                    best[key] = distance
        return best


class _Reading:
    """What :meth:`Taxonomy._scan` found: stage forms ``(stage, bare letter,
    weak)``, other words, the stages of bucket words and of qualifiers, and the
    one stage the label reads as (or ``None``)."""

    __slots__ = ("buckets", "forms", "others", "spans", "stage")

    def __init__(self) -> None:
        self.forms: list[tuple[str, bool, bool]] = []
        self.others: list[str] = []
        self.buckets: set[str] = set()
        self.spans: set[str] = set()
        self.stage: str | None = None


def _lengths_by_head(entries: Mapping[str, object]) -> dict[str, tuple[int, ...]]:
    """For each first token of the (folded, space-separated) keys: their token counts,
    longest first."""
    found: dict[str, set[int]] = {}
    for text in entries:
        tokens = text.split(" ")
        found.setdefault(tokens[0], set()).add(len(tokens))
    return {head: tuple(sorted(lengths, reverse=True)) for head, lengths in found.items()}


def _means(row: Mapping[str, Any]) -> tuple[str, ...] | None:
    value = row.get("means") if isinstance(row, Mapping) else None
    if value is None:
        return None
    if not isinstance(value, list | tuple) or not all(isinstance(v, str) for v in value):
        raise ValueError(f"taxonomy: word row {row!r}: 'means' must be a list of stage keys")
    return tuple(value)


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
#: Labels that real vocabularies repeat (PitchBook deal types, Crunchbase funding types,
#: CB Insights and Dealroom rounds, Chinese round names), for the fast path; their answers
#: come from the rules like every other entry's.
_FREQUENT_V2: Final = (
    "Early Stage VC", "Later Stage VC", "Seed Round", "Angel (individual)", "Angel (Individual)",
    "Angel (Group)", "PE Growth/Expansion", "Seed VC", "Growth Equity VC", "Growth Equity Non-VC",
    "GROWTH EQUITY VC", "GROWTH EQUITY NON VC", "EARLY VC", "LATE VC", "Early VC", "Late VC",
    "Accelerator/Incubator", "Incubator/Accelerator", "Restart - Angel", "Restart - Early VC",
    "Restart - Later VC", "Corporate", "Corporate Round", "Corporate Minority", "Venture Round",
    "Venture - Series Unknown", "Private Equity", "Private Equity Round", "Debt Financing",
    "Debt - General", "Convertible Note", "Convertible Debt", "Equity Crowdfunding",
    "Product Crowdfunding", "Post-IPO Equity", "Post-IPO Debt", "Post-IPO Secondary",
    "Secondary Market", "Secondary Transaction - Private", "Non-equity Assistance",
    "Initial Coin Offering", "Undisclosed", "Unattributed VC", "Buyout/LBO", "Grant",
    "Series Seed", "Series Pre-Seed", "Pre-Series A", "Pre-Series B", "Pre-A", "Micro-Seed",
    "Micro Seed", "Seed/Angel", "Angel/Seed", "Seed Funding", "Angel Round", "Pre Seed Round",
    "Pre-Seed Round", "Venture Capital", "Growth Capital", "Venture Growth", "Late Stage VC",
    "Early Stage", "Later Stage", "Seed - II", "Seed - III", "Seed VC - II", "Angel - II",
    "Growth Equity - II", "Unattributed - II", "天使轮", "种子轮", "战略融资", "战略投资", "Pre-IPO",
    "IPO上市", "IPO上市后", "并购", "新三板", "定向增发", "股权转让", "上市前", "天使轮融资",
    "Rodada Seed", "Rodada Semente", "Rodada Anjo", "Rodada Pré-Seed", "Ronda Semilla",
    "Ronda Ángel", "Amorçage", "Pré-amorçage", "Capital Semilla", "Tour d'amorçage",
)
#: Series letters the fast path writes into the templates below ("{}" is the letter,
#: or the letter and a sub-round).
_FAST_LETTERS: Final = "ABCDEFGHIJK"
_FAST_SUBROUNDS: Final = ("", "1", "2", "3", "-1", "-2")
#: PitchBook deal types with the series in brackets (rule 10 names Corporate (Series C) too).
_FAST_SUBROUND_TEMPLATES: Final = ("Early Stage VC (Series {})", "Later Stage VC (Series {})",
                                   "Corporate (Series {})")
_FAST_LETTER_TEMPLATES: Final = (
    "Series {} - II", "Series {} - III", "Series {} - IV", "{}轮", "{}+轮", "Pre-{}轮", "{}轮融资",
    "Pre-Series {}", "Series {} Round", "Rodada Série {}", "Ronda Serie {}", "Série {}", "Serie {}",
    "Series {} - 2", "Finanzierungsrunde Series {}", "Series {} Funding", "Series {} Financing",
)
#: CB Insights repeat rounds: these stage words with each repeat suffix.
_FAST_REPEAT_BASES: Final = ("Seed", "Angel", "Growth Equity", "Seed VC", "Early Stage VC",
                             "Later Stage VC", "Angel (individual)", "Pre-Seed", "Series Seed")
_FAST_REPEATS: Final = (" - II", " - III", " - IV", " - 2", " - 3")
#: Two neighbouring stages in one label ("Seed / Series A", unknown by rule 9): display
#: names joined by these.
_FAST_PAIR_SEPARATORS: Final = (" / ", "/", " or ")


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
    labels.update(_FREQUENT_V2)
    for letter in _FAST_LETTERS:
        for sub in _FAST_SUBROUNDS:
            labels |= {template.format(letter + sub) for template in _FAST_SUBROUND_TEMPLATES}
        labels |= {template.format(letter) for template in _FAST_LETTER_TEMPLATES}
    labels |= {base + repeat for base in _FAST_REPEAT_BASES for repeat in _FAST_REPEATS}
    names = [taxonomy.display_names[key] for key in taxonomy.keys]
    labels |= {names[i] + sep + names[i + 1] for i in range(len(names) - 1) for sep in _FAST_PAIR_SEPARATORS}
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
