"""The taxonomy for application code: the same answers as the SQL functions.

``normalize_stage``, ``suggest_stages`` and ``parse_stage_distribution`` apply
``stagenorm.rules`` (the module the database runs through PL/Python) to the
taxonomy shipped in ``stagenorm/data/taxonomy.json``, which also seeds the
database. :func:`from_database` loads the taxonomy in force in a database
instead, operator aliases included.
"""

from __future__ import annotations

import json
from functools import cache, lru_cache
from importlib import resources
from typing import Any

from stagenorm import db, rules

CACHED_LABEL_MAX = 256  # longer labels are rare; caching them would hold big strings


@cache
def default_taxonomy() -> rules.Taxonomy:
    text = resources.files("stagenorm").joinpath("data/taxonomy.json").read_text("utf-8")
    return rules.Taxonomy.from_dict(json.loads(text))


def from_database(conn: db.Connection) -> rules.Taxonomy:
    """The taxonomy in force in a database (operator aliases included)."""
    return rules.Taxonomy.from_rows(
        db.run(conn, "taxonomy_stages"),
        db.run(conn, "taxonomy_aliases"),
        db.run(conn, "taxonomy_words"),
        int(db.one(conn, "taxonomy_version")["version"]),
    )


@lru_cache(maxsize=16384)
def _normalize_cached(label: str) -> str | None:
    return rules.normalize_stage(label, default_taxonomy())


def normalize_stage(label: str | None) -> str | None:
    """The canonical key of ``label``, or None when unknown. Never raises."""
    if isinstance(label, str) and len(label) <= CACHED_LABEL_MAX:
        return _normalize_cached(label)
    return rules.normalize_stage(label, default_taxonomy())


def suggest_stages(label: str | None) -> list[str]:
    """At most 3 canonical keys ``label`` probably meant, best first."""
    return rules.suggest_stages(label, default_taxonomy())


def parse_stage_distribution(value: Any, scale: str = "auto", tolerance: float = 0.01) -> dict[str, Any]:
    """Validate and normalize a stage distribution (see docs/sql/parse_stage_distribution.md)."""
    return rules.parse_stage_distribution(value, default_taxonomy(), scale, tolerance)
