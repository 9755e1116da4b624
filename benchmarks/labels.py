"""Realistic messy stage labels, as clients write them: a few labels repeat a lot,
a long tail of decorated, misspelt and foreign ones, some unknowns and NULLs; about a
third of the rows in the vocabularies of taxonomy v2 (PitchBook, Crunchbase, CB
Insights, Dealroom, non-English and Chinese round names)."""

from __future__ import annotations

import random

# (label, weight): the head of a real distribution, heavy repeats.
HEAD: tuple[tuple[str | None, int], ...] = (
    ("Seed", 180), ("Series A", 150), ("seed", 60), ("Series B", 90), ("series a", 40),
    ("Pre-Seed", 60), ("Series C", 50), ("Growth", 40), ("SEED", 15), ("pre-seed", 20),
    ("Series A-1", 10), ("Seed+", 10), ("Angel", 12), ("Late Stage", 15), ("pre-IPO", 8),
    ("Series D", 15), ("Series E", 6), ("series-b", 10), ("Series B round", 6), ("A", 4),
    ("seed round", 8), ("Seed Round", 8), ("Pre Seed", 8), ("growth equity", 5), ("Mezzanine", 3),
    ("Series A extension", 4), ("Series C+", 3), ("Expansion", 4), ("Series_A", 3), ("late", 3),
    ("Friends and Family", 4), ("Post-Seed", 3), ("Bridge", 6), ("n/a", 4), ("TBD", 4),
    ("Debt", 3), ("IPO", 2), ("Other", 3), ("", 2), (None, 10),
)
# Version-2 vocabularies (PitchBook deal types, Crunchbase and CB Insights rounds,
# Dealroom, non-English and Chinese names): about a third of a mixed data set's rows.
HEAD_V2: tuple[tuple[str | None, int], ...] = (
    ("Early Stage VC", 45), ("Later Stage VC", 35), ("Seed Round", 30),
    ("Angel (individual)", 15), ("Early Stage VC (Series A)", 25), ("Later Stage VC (Series B)", 15),
    ("Later Stage VC (Series C)", 10), ("Early Stage VC (Series A1)", 5), ("PE Growth/Expansion", 10),
    ("Seed VC", 10), ("Series A - II", 5), ("Seed - II", 6), ("Growth Equity VC", 5),
    ("Venture Round", 20), ("Corporate Round", 6), ("Debt Financing", 8), ("Convertible Note", 6),
    ("Series Seed", 8), ("Pre-Series A", 5), ("Venture - Series Unknown", 6), ("Grant", 5),
    ("Equity Crowdfunding", 4), ("Post-IPO Equity", 3), ("Accelerator/Incubator", 5),
    ("A轮", 8), ("天使轮", 8), ("B轮", 5), ("Pre-A轮", 3), ("战略融资", 4), ("种子轮", 3),
    ("Rodada Seed", 2), ("Série A", 4), ("Ronda Semilla", 1), ("Finanzierungsrunde Series B", 1),
)
COMPANIES = ("Acme Robotics", "Health IQ", "Golden", "Nubank", "Klarna", "Airbnb", "Zeta Labs",
             "Mistral AI", "Byju's", "Rappi", "Flo Health", "N26")
MONEY = ("$5M", "$12M", "€2M", "EUR 3.5 million", "US$ 10 million", "300k", "$1.2bn", "R$ 5 milhões")
SERIES_WORDS = ("Series", "series", "SERIES", "Ser.", "Série")
SEPARATORS = (" ", "-", "_", " - ", "\u00a0", "\u2013")
DECORATIONS = ("", "1", "2", "-1", "-2", "+", " extension", " ext", " prime", " Plus")
NOISE = ("seeed", "serie a", "grwoth", "lat stage", "pre-sed", "venture", "secondary", "Seed / Series A")


def tail_label_v2(rng: random.Random) -> str:
    """The long tail of version-2 data: titled rounds, money and years, repeat rounds."""
    letter = rng.choice("ABCDEFG")
    roll = rng.random()
    if roll < 0.35:  # a Crunchbase round title
        stage = rng.choice(("Series " + letter, "Seed Round", "Angel Round", "Venture Round"))
        return f"{stage} - {rng.choice(COMPANIES)}"
    if roll < 0.6:
        return f"{rng.choice(MONEY)} Series {letter}" if rng.random() < 0.7 else \
            f"{rng.randint(2005, 2025)} Series {letter} Funding"
    if roll < 0.8:
        kind = rng.choice(("Early Stage VC", "Later Stage VC", "Corporate"))
        return f"{kind} (Series {letter}{rng.choice(('', '1', '2', '-1', '3'))})"
    return f"{rng.choice(('Seed', 'Series ' + letter, 'Angel', 'Growth Equity'))} - " + \
        rng.choice(("II", "III", "IV", "2"))


def tail_label(rng: random.Random) -> str:
    roll = rng.random()
    if roll < 0.4:
        return tail_label_v2(rng)
    if roll < 0.55:
        word = rng.choice(SERIES_WORDS)
        letter = rng.choice("abcdefgABCDEFG")
        return f"{word}{rng.choice(SEPARATORS)}{letter}{rng.choice(DECORATIONS)}"
    if roll < 0.8:
        base = rng.choice(("seed", "pre seed", "growth", "late stage", "pre ipo", "angel"))
        sep = rng.choice(SEPARATORS)
        text = base.replace(" ", sep)
        return rng.choice((text, text.title(), text.upper(), f"  {text} round "))
    return rng.choice(NOISE)


def labels(n: int, seed: int = 42, tail_share: float = 0.05) -> list[str | None]:
    """``n`` labels: mostly the head's repeats, ``tail_share`` of them from the long tail."""
    rng = random.Random(seed)
    head = [label for label, _ in HEAD + HEAD_V2]
    weights = [weight for _, weight in HEAD + HEAD_V2]
    out: list[str | None] = []
    for _ in range(n):
        out.append(tail_label(rng) if rng.random() < tail_share else rng.choices(head, weights)[0])
    return out


def distinct_labels(n: int, start: int) -> list[str | None]:
    """``n`` labels, each distinct from every other label numbered from ``start`` on
    (label ``i`` carries the number ``start + i``), so that no cache of the normalizer can
    answer them: the decorated series and stage labels of the long tail, with the number as a
    decoration the rules keep (most normalize to a key), and 10% unknown."""
    rng = random.Random(start)
    out: list[str | None] = []
    for number in range(start, start + n):
        roll = rng.random()
        sep = rng.choice(SEPARATORS)
        if roll < 0.1:
            out.append(f"{rng.choice(NOISE)}{sep}{number}")
        elif roll < 0.6:
            word = rng.choice(SERIES_WORDS)
            letter = rng.choice("abcdefgABCDEFG")
            out.append(f"{word}{sep}{letter}{rng.choice(('', '-', ' '))}{number}{rng.choice(DECORATIONS)}")
        else:
            base = rng.choice(("seed", "pre seed", "growth", "late stage", "pre ipo", "angel", "Series B"))
            text = base.replace(" ", sep)
            out.append(rng.choice((f"{text} {number}", f"{text.title()}-{number}", f"  {text.upper()} {number} ")))
    return out
