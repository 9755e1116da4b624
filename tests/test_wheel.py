"""The wheel is the whole product: installed with no checkout, it migrates, checks and serves.

The wheel is built from a copy of the working tree (so nothing is written into the
checkout), installed into a fresh virtualenv in a temporary directory, and run from
another temporary directory with no ``PYTHONPATH``. The new virtualenv gets stagenorm's
dependencies from the test's own (a ``.pth`` line; nothing is downloaded), stagenorm
itself only from the wheel.
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import sysconfig
import urllib.request
import venv
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import psycopg
import pytest

from stagenorm import migrations
from tests import harness
from tests.conftest import create_database, drop_database
from tests.harness import REPO

COPY_IGNORE = shutil.ignore_patterns(".git", ".venv*", "build", "dist", "*.egg-info", "__pycache__",
                                     ".pytest_cache", ".mypy_cache", ".ruff_cache", ".demo", "results")


@dataclass(frozen=True)
class Installed:
    wheel: Path
    bin: Path
    workdir: Path  # outside the checkout: where the commands run

    def run(self, *args: str, env: dict[str, str] | None = None,
            timeout: float = 300) -> subprocess.CompletedProcess[str]:
        return subprocess.run([str(self.bin / args[0]), *args[1:]], cwd=self.workdir, env=self.env(env),
                              capture_output=True, text=True, timeout=timeout, check=False)

    def env(self, extra: dict[str, str] | None = None) -> dict[str, str]:
        return {"PATH": f"{self.bin}:/usr/bin:/bin", "HOME": str(self.workdir), **(extra or {})}


@pytest.fixture(scope="module")
def installed(tmp_path_factory: pytest.TempPathFactory) -> Installed:
    root = tmp_path_factory.mktemp("wheel")
    source = root / "source"
    shutil.copytree(REPO, source, ignore=COPY_IGNORE)
    dist = root / "dist"
    built = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--quiet", "--no-deps", "--no-build-isolation",
         "--no-index", "-w", str(dist), str(source)],
        capture_output=True, text=True, timeout=300, check=False,
    )
    assert built.returncode == 0, built.stderr
    (wheel,) = dist.glob("stagenorm-*.whl")

    env_dir = root / "venv"
    venv.EnvBuilder(with_pip=False).create(env_dir)
    python = env_dir / "bin" / "python"
    site = subprocess.run([str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
                          capture_output=True, text=True, check=True).stdout.strip()
    # The dependencies: this environment's site-packages, after the new one's own.
    Path(site, "dependencies.pth").write_text(sysconfig.get_paths()["purelib"] + "\n")
    done = subprocess.run(
        [sys.executable, "-m", "pip", "--python", str(python), "install", "--quiet", "--no-deps",
         "--no-index", str(wheel)],
        capture_output=True, text=True, timeout=300, check=False,
    )
    assert done.returncode == 0, done.stderr
    workdir = root / "elsewhere"
    workdir.mkdir()
    return Installed(wheel=wheel, bin=env_dir / "bin", workdir=workdir)


@pytest.fixture
def fresh_db(pg_server: harness.PostgresServer) -> Iterator[str]:
    name = f"stagenorm_wheel_{os.getpid()}"
    url = create_database(pg_server, name)
    yield url
    drop_database(pg_server, name)


def test_the_wheel_holds_the_product_under_one_name(installed: Installed) -> None:
    with zipfile.ZipFile(installed.wheel) as wheel:
        names = wheel.namelist()
    tops = {name.split("/")[0] for name in names}
    assert {top for top in tops if not top.endswith(".dist-info")} == {"stagenorm"}
    for expected in ("stagenorm/sql/schema.sql", "stagenorm/sql/grants.sql", "stagenorm/alembic/env.py",
                     "stagenorm/alembic/versions/0001_initial.py", "stagenorm/alembic/versions/0001_initial.sql",
                     "stagenorm/alembic/versions/0001_initial.down.sql", "stagenorm/web/wsgi.py",
                     "stagenorm/queries.sql", "stagenorm/data/taxonomy.json"):
        assert expected in names
    sql_files = {str(p.relative_to(REPO / "sql")) for p in (REPO / "sql").rglob("*.sql")}
    assert {n.removeprefix("stagenorm/sql/") for n in names if n.startswith("stagenorm/sql/")} == sql_files


def test_the_wheels_requirements_hold_beside_current_releases(installed: Installed) -> None:
    """pip's own check of the installed wheel's metadata against the lock's releases
    (psycopg 3.3, alembic 1.20, redis 8 when this was written), which the environment has."""
    names = ("psycopg", "alembic", "redis", "SQLAlchemy", "Flask", "prometheus_client")
    versions = installed.run("python", "-c", "import importlib.metadata as m, sys; "
                             "print(*(m.version(d) for d in sys.argv[1:]))", *names)
    lock = dict(line.split("==") for line in (REPO / "requirements.lock").read_text().split())
    assert versions.stdout.split() == [lock[name] for name in names], versions.stdout + versions.stderr
    checked = subprocess.run([sys.executable, "-m", "pip", "--python", str(installed.bin / "python"), "check"],
                             capture_output=True, text=True, timeout=120, check=False)
    assert checked.returncode == 0, checked.stdout + checked.stderr


def test_installed_imports_come_from_the_wheel(installed: Installed) -> None:
    probe = ("import importlib.util, stagenorm, stagenorm.install, stagenorm.migrations;"
             "print(stagenorm.__file__); print(stagenorm.install.SQL_DIR);"
             "print(stagenorm.migrations.script_location());"
             "print(importlib.util.find_spec('stagenorm.web.wsgi').origin);"
             "print(importlib.util.find_spec('webhook'))")
    done = installed.run("python", "-c", probe)
    assert done.returncode == 0, done.stderr
    package, sql_dir, scripts, wsgi, webhook = done.stdout.splitlines()
    site = str(installed.bin.parent)
    assert all(path.startswith(site) for path in (package, sql_dir, scripts, wsgi)), done.stdout
    assert webhook == "None"  # no generic top-level package


def test_installed_wheel_migrates_a_fresh_database_and_passes_preflight(installed: Installed, fresh_db: str) -> None:
    done = installed.run("stagenorm", "migrate", env={"DATABASE_URL": fresh_db})
    assert done.returncode == 0, done.stderr
    with psycopg.connect(fresh_db) as conn:
        assert conn.execute("SELECT version_num FROM stagenorm.alembic_version").fetchone() == (
            migrations.head_revision(),)
        assert conn.execute("SELECT stagenorm.normalize_stage('Series-A')").fetchone() == ("series_a",)
    done = installed.run("stagenorm", "preflight", "--json", env={"DATABASE_URL": fresh_db})
    assert done.returncode == 0, done.stdout + done.stderr
    report = json.loads(done.stdout)
    assert report["ok"] is True
    assert [p for p in report["problems"] if p["severity"] == "error"] == []


def test_installed_wheel_under_an_applications_alembic_ini(installed: Installed, fresh_db: str) -> None:
    """`alembic -n stagenorm ...` with the section an application adds to its alembic.ini."""
    ini = installed.workdir / "alembic.ini"
    ini.write_text("[alembic]\nscript_location = %(here)s/migrations\n\n"
                   "[stagenorm]\nscript_location = stagenorm:alembic\n")
    env = {"DATABASE_URL": fresh_db}
    done = installed.run("python", "-m", "alembic", "-n", "stagenorm", "upgrade", "head", env=env)
    assert done.returncode == 0, done.stderr
    done = installed.run("python", "-m", "alembic", "-n", "stagenorm", "current", env=env)
    assert done.returncode == 0 and str(migrations.head_revision()) in done.stdout, done.stderr
    done = installed.run("python", "-m", "alembic", "-n", "stagenorm", "downgrade", "base", env=env)
    assert done.returncode == 0, done.stderr
    with psycopg.connect(fresh_db) as conn:
        assert conn.execute("SELECT count(*) FROM pg_namespace WHERE nspname = 'stagenorm'").fetchone() == (0,)


def test_installed_wheel_serves(installed: Installed, fresh_db: str, tmp_path: Path) -> None:
    assert installed.run("stagenorm", "migrate", env={"DATABASE_URL": fresh_db}).returncode == 0
    port = harness.free_port()
    log = tmp_path / "serve.log"
    with log.open("wb") as out:
        proc = subprocess.Popen([str(installed.bin / "stagenorm"), "serve", "--port", str(port), "--workers", "1"],
                                cwd=installed.workdir, env=installed.env({"DATABASE_URL": fresh_db,
                                                                          "TMPDIR": str(tmp_path)}),
                                stdout=out, stderr=subprocess.STDOUT)
    try:
        def healthy() -> bool:
            if proc.poll() is not None:
                raise AssertionError(log.read_text())
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/healthz", timeout=2) as response:
                    return bool(response.status == 200)
            except OSError:
                return False

        harness.wait_until(healthy, 60, "stagenorm serve from the wheel")
    finally:
        proc.send_signal(signal.SIGTERM)
        proc.wait(timeout=60)
    assert proc.returncode == 0, log.read_text()
