"""The dependency ranges: the lock's current versions fit them, the lowest file is their floor."""

from __future__ import annotations

import re
import tomllib

from packaging.requirements import Requirement
from packaging.specifiers import SpecifierSet
from packaging.utils import canonicalize_name
from packaging.version import Version

from tests.harness import REPO


def pins(path: str) -> dict[str, Version]:
    found: dict[str, Version] = {}
    for line in (REPO / path).read_text("utf-8").splitlines():
        line = line.split("#")[0].strip()
        if line:
            requirement = Requirement(line)
            (spec,) = requirement.specifier
            assert spec.operator == "==", line
            found[canonicalize_name(requirement.name)] = Version(spec.version)
    return found


def dependencies() -> list[Requirement]:
    project = tomllib.loads((REPO / "pyproject.toml").read_text("utf-8"))["project"]
    return [Requirement(text) for text in project["dependencies"]]


def test_the_lock_fits_the_ranges() -> None:
    lock = pins("requirements.lock")
    for requirement in dependencies():
        version = lock[canonicalize_name(requirement.name)]
        assert requirement.specifier.contains(version), f"{requirement} does not admit the lock's {version}"
        for extra in requirement.extras:  # psycopg[binary]: its C half at the same version
            assert lock[canonicalize_name(f"{requirement.name}-{extra}")] == version


def test_the_current_releases_of_issue_19_are_admitted() -> None:
    wanted = {"psycopg": "3.3", "alembic": "1.20", "redis": "8", "sqlalchemy": "2.0", "flask": "3.1"}
    ranges = {canonicalize_name(r.name): r.specifier for r in dependencies()}
    for name, version in wanted.items():
        assert ranges[canonicalize_name(name)].contains(Version(version)), f"{name} {version}"


def test_the_lowest_file_is_the_floor_of_every_range() -> None:
    lowest = pins("requirements.lowest.txt")
    requirements = dependencies()
    assert set(lowest) == {canonicalize_name(r.name) for r in requirements}
    for requirement in requirements:
        (floor,) = [s for s in requirement.specifier if s.operator == ">="]
        assert lowest[canonicalize_name(requirement.name)] == Version(floor.version), str(requirement)


def test_the_readme_names_the_versions_tested() -> None:
    readme = (REPO / "README.md").read_text("utf-8")
    lock, lowest = pins("requirements.lock"), pins("requirements.lowest.txt")
    for requirement in dependencies():
        name = canonicalize_name(requirement.name)
        row = re.search(rf"^\| {re.escape(requirement.name)}\b.*$", readme, re.MULTILINE | re.IGNORECASE)
        assert row, f"README's table has no row for {requirement.name}"
        cells = [cell.strip(" `") for cell in row.group(0).strip("|").split("|")]
        admitted = SpecifierSet(cells[3])
        assert cells[1:3] == [str(lowest[name]), str(lock[name])] and admitted == requirement.specifier, cells
