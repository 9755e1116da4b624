"""The tree as HACKING.md describes it: a behaviour is found by its name, in one place."""

from __future__ import annotations

import re

from tests.harness import REPO

PYTHON_DIRS = ("stagenorm", "webhook", "tests", "benchmarks", "scripts", "alembic")
INSTALLS_HANDLER = re.compile(r"\bsignal\.signal\(")


def python_files() -> list[str]:
    return sorted(path.relative_to(REPO).as_posix()
                  for folder in PYTHON_DIRS for path in (REPO / folder).rglob("*.py"))


def test_only_stagenorm_signals_installs_signal_handlers() -> None:
    found = [path for path in python_files()
             if path != "stagenorm/signals.py" and INSTALLS_HANDLER.search((REPO / path).read_text("utf-8"))]
    assert found == [], "install signal handlers through stagenorm/signals.py"


def test_the_webhooks_modules_live_in_webhook() -> None:
    for name in ("app", "signing", "replay", "serve", "ops_client", "wsgi"):
        assert (REPO / "webhook" / f"{name}.py").is_file(), name
        assert not (REPO / "stagenorm" / f"{name}.py").exists(), name
    assert not (REPO / "stagenorm" / "webhook.py").exists()


def test_every_subcommand_lives_in_stagenorm_cli() -> None:
    from stagenorm import cli

    modules = sorted(path.stem for path in (REPO / "stagenorm" / "cli").glob("*.py")
                     if path.stem not in {"__init__", "__main__"})
    assert sorted(name.removeprefix("stagenorm.cli.") for name in cli.COMMAND_MODULES) == modules
    outside = [path for path in python_files()
               if path.startswith(("stagenorm/", "webhook/")) and not path.startswith("stagenorm/cli/")
               and "add_parser(" in (REPO / path).read_text("utf-8")]
    assert outside == [], "a subcommand's argparse code belongs in stagenorm/cli/"
