"""Every test module is in exactly one tier (tests/tiers.py), and each tier names real files."""

from __future__ import annotations

import subprocess
import sys

from tests import tiers


def test_every_test_module_is_in_a_tier() -> None:
    unlisted = [path for path in tiers.test_modules() if path not in tiers.TIER_OF]
    assert unlisted == [], "add these to tests/tiers.py"


def test_no_module_is_in_two_tiers() -> None:
    listed = [path for paths in tiers.TIERS.values() for path in paths]
    assert len(listed) == len(set(listed))


def test_every_listed_module_exists() -> None:
    assert sorted(tiers.TIER_OF) == tiers.test_modules()


def test_the_command_prints_the_fast_tier() -> None:
    out = subprocess.run(
        [sys.executable, "-m", "tests.tiers", "fast"],
        cwd=tiers.REPO, capture_output=True, text=True, check=True,
    ).stdout
    assert out.split() == list(tiers.TIERS["fast"])
