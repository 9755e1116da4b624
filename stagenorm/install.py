"""Render the install script of record: the SQL in ``sql/`` plus the seed data.

The script is what a database built "from ``sql/``" runs, and what an Alembic
revision freezes (``python -m stagenorm.install --freeze FILE``). The seed is
the taxonomy data file and the rules module that PL/Python executes, so both
sides of the parity tests read one copy of each.
"""

from __future__ import annotations

import argparse
from importlib import resources
from pathlib import Path

from stagenorm import unicode_data
from stagenorm.resources import product_dir

# sql/ of the checkout, or stagenorm/sql of an installed wheel (stagenorm.resources).
SQL_DIR = product_dir("sql")
# sql/ is grouped by capability, each with a folder per kind of object. Objects are
# created kind by kind (types, then tables, then functions: a function may return a
# table's row type), within a kind capability by capability, then by file name; the
# schema and the implementation choice come first and the grants last.
FIRST = ("schema.sql", "implementation.sql")
CAPABILITIES = ("taxonomy", "modes", "enforce", "backfill", "webhook")
KINDS = ("types", "tables", "functions", "procedures", "views", "triggers")
LAST = ("grants.sql",)


def taxonomy_document() -> str:
    return resources.files("stagenorm").joinpath("data/taxonomy.json").read_text("utf-8")


def rules_source() -> str:
    return resources.files("stagenorm").joinpath("rules.py").read_text("utf-8")


def sql_literal(text: str) -> str:
    """A dollar-quoted literal whose tag cannot occur in ``text``."""
    tag = "seed"
    while f"${tag}$" in text:
        tag += "_"
    return f"${tag}${text}${tag}$"


def object_files(sql_dir: Path = SQL_DIR) -> list[Path]:
    """Every file of sql/ in the order the install runs them."""
    files = [sql_dir / name for name in FIRST]
    for kind in KINDS:
        for capability in CAPABILITIES:
            files.extend(sorted((sql_dir / capability / kind).glob("*.sql")))
    files.extend(sql_dir / name for name in LAST)
    return files


def render(sql_dir: Path = SQL_DIR) -> str:
    parts = [
        "-- stagenorm install script, rendered by stagenorm.install from sql/ and",
        "-- stagenorm/data/taxonomy.json. Do not edit: edit sql/ and render again.",
        "SET check_function_bodies = off;",
        "SET client_min_messages = warning;",
        "",
    ]
    for path in object_files(sql_dir):
        rel = path.relative_to(sql_dir)
        parts.append(f"-- >>> sql/{rel}")
        parts.append(path.read_text("utf-8").rstrip() + "\n")
    # Python's Unicode data and the rules' constants, for the portable implementation: generated
    # now, by the Python that renders, and frozen with the migration (stagenorm/unicode_data.py).
    parts.append("-- >>> generated: stagenorm/unicode_data.py")
    parts.append(unicode_data.render_sql())
    parts.append("-- >>> seed: stagenorm/rules.py and stagenorm/data/taxonomy.json")
    parts.append(
        "SELECT stagenorm._install_seed("
        f"{sql_literal(rules_source())}, {sql_literal(taxonomy_document())}::jsonb);"
    )
    parts.append("RESET check_function_bodies;")
    parts.append("RESET client_min_messages;")
    return "\n".join(parts) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--freeze", type=Path, help="write the script to this file")
    args = parser.parse_args(argv)
    text = render()
    if args.freeze:
        args.freeze.write_text(text, "utf-8")
    else:
        print(text, end="")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
