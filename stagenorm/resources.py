"""Where the product's files are: the SQL of record and the Alembic migrations.

The repository keeps ``sql/`` and ``alembic/`` at its top, beside ``stagenorm/``; the wheel
carries them inside the package (``stagenorm/sql``, ``stagenorm/alembic``: setuptools'
``package-dir`` mapping in ``pyproject.toml``). :func:`product_dir` answers with the
installed copy when there is one, else with the checkout's folder (a checkout, or the
editable install ``make venv`` makes of it), so ``make freeze`` renders from the files a
developer edits and an installed wheel needs no checkout at all.
"""

from __future__ import annotations

from importlib import resources
from pathlib import Path

#: Top-level folders of the repository that the wheel carries under ``stagenorm/``.
PRODUCT_DIRS = ("sql", "alembic")


def product_dir(name: str) -> Path:
    """The folder ``name`` (one of :data:`PRODUCT_DIRS`) of the installed product."""
    if name not in PRODUCT_DIRS:
        raise ValueError(f"{name!r} is not one of {PRODUCT_DIRS}")
    # A package on the file system (an installed wheel, a checkout): files() is a Path.
    package = Path(str(resources.files("stagenorm")))
    for candidate in (package / name, package.parent / name):
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError(
        f"stagenorm's {name}/ is neither in the installed package ({package / name}) nor in a "
        f"checkout ({package.parent / name}); reinstall stagenorm from its wheel"
    )
