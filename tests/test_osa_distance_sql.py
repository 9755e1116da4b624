"""The portable edit distance (``stagenorm._rules_osa_distance``) answers as
``rules._osa_distance`` does, pair for pair and limit for limit.

Suggestions parity (tests/test_parity.py) reaches the distance only through the
candidates a label is compared with; here it is compared directly, on strings close
enough to each other that every distance up to the limits occurs: swaps, repeats, code
points outside ASCII and the Basic Multilingual Plane, empty strings, and lengths on
both sides of 62 characters (bit vectors up to there, the band beyond).
"""

from __future__ import annotations

import random
from collections import Counter
from typing import Any

import psycopg

from stagenorm import rules

Conn = psycopg.Connection[dict[str, Any]]
ALPHABET = "abcs e-1ßé😀"


def mutate(rng: random.Random, text: str) -> str:
    """``text`` after a few random edits of every kind OSA counts."""
    chars = list(text)
    for _ in range(rng.randrange(5)):
        op = rng.randrange(4)
        i = rng.randrange(len(chars) + 1)
        if op == 0:
            chars.insert(i, rng.choice(ALPHABET))
        elif chars and op == 1:
            del chars[min(i, len(chars) - 1)]
        elif chars and op == 2:
            chars[min(i, len(chars) - 1)] = rng.choice(ALPHABET)
        elif len(chars) > 1:
            j = min(i, len(chars) - 2)
            chars[j], chars[j + 1] = chars[j + 1], chars[j]
    return "".join(chars)


def test_osa_distance_is_the_rules_one(conn: Conn) -> None:
    rng = random.Random(20261203)
    pairs = []
    for _ in range(3000):
        a = "".join(rng.choice(ALPHABET) for _ in range(rng.randrange(12)))
        pairs.append((a, mutate(rng, a), rng.randrange(5)))
    for _ in range(300):  # around 62 characters, where the bit vectors end and the band takes over
        a = "".join(rng.choice(ALPHABET) for _ in range(rng.randrange(56, 70)))
        pairs.append((a, mutate(rng, a), rng.randrange(5)))
    pairs += [("", "", 0), ("", "ab", 2), ("ab", "", 2), ("ab", "ba", 1), ("ab", "ba", 0), ("ca", "abc", 3)]
    rows = conn.execute(
        "SELECT stagenorm._rules_osa_distance(a, b, l) AS d "
        "FROM unnest(%(a)s::text[], %(b)s::text[], %(l)s::int[]) WITH ORDINALITY AS p(a, b, l, i) ORDER BY i",
        {"a": [p[0] for p in pairs], "b": [p[1] for p in pairs], "l": [p[2] for p in pairs]},
    ).fetchall()
    got = [row["d"] for row in rows]
    expected = [rules._osa_distance(a, b, lim) for a, b, lim in pairs]
    assert [(p, g, e) for p, g, e in zip(pairs, got, expected, strict=True) if g != e] == []
    # every distance up to the largest limit occurred, and some went over their limit
    assert set(range(5)) <= set(expected)
    assert Counter(d > lim for d, (_, _, lim) in zip(expected, pairs, strict=True))[True] > 100
