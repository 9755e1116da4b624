"""`make demo` end to end: `python -m stagenorm.demo` on its own servers, as a user runs it.

Each run gets a work directory of its own, so the test never touches a `.demo/` a
person is using. "Nothing left running" is checked two ways: the PIDs the demo
says it started are gone, and no process names the work directory.
"""

from __future__ import annotations

import os
import re
import shutil
import signal
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

import psycopg
import pytest

from tests import harness

pytestmark = pytest.mark.slow


@pytest.fixture
def workdir() -> Iterator[Path]:
    """Outside pytest's tmp_path on purpose: the demo's PostgreSQL runs as the postgres user, and
    a concurrent pytest session strips group/other access from /tmp/pytest-of-<user> (its base
    directory must be private), which would cut the server off from its own data directory."""
    path = Path(tempfile.mkdtemp(prefix="stagenorm-demo-test-"))
    yield path / "demo"
    shutil.rmtree(path, ignore_errors=True)


def demo_cmd(workdir: Path, *args: str) -> list[str]:
    return [sys.executable, "-m", "stagenorm.demo", "--workdir", str(workdir), *args]


def env() -> dict[str, str]:
    return {"PATH": os.environ.get("PATH", "/usr/bin:/bin"), "HOME": os.environ.get("HOME", "/root"),
            "LANG": "C.UTF-8"}


def started_pids(output: str) -> list[int]:
    pids = [int(p) for p in re.findall(r"(?:postgres|redis-server|stagenorm serve) pid (\d+)", output)]
    assert pids, output
    return sorted(set(pids))


def alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    status = Path(f"/proc/{pid}/status")
    return not (status.exists() and "State:\tZ" in status.read_text())


def processes_naming(path: Path) -> list[str]:
    found = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit() and int(entry.name) != os.getpid():
            try:
                cmdline = (entry / "cmdline").read_bytes().replace(b"\0", b" ").decode(errors="replace")
            except OSError:
                continue
            if str(path) in cmdline:
                found.append(f"{entry.name}: {cmdline}")
    return found


def assert_nothing_left(output: str, workdir: Path) -> None:
    assert [p for p in started_pids(output) if alive(p)] == []
    assert processes_naming(workdir) == []


def test_the_whole_demo(workdir: Path) -> None:
    done = subprocess.run(demo_cmd(workdir, "--rows", "20000"), env=env(), cwd=str(harness.REPO),
                          capture_output=True, text=True, timeout=900, check=False)
    out = done.stdout
    assert done.returncode == 0, out[-4000:] + done.stderr[-4000:]
    for words in ("series_a", "warn", "enforce",
                  "loaded 20,000 rows",
                  "verify: ok", "restore-test: passed", "scratch database dropped",
                  "did you mean seed?",                       # the consumer report, with suggestions
                  "the promotion gate is not green",          # refused first...
                  "gate: green",                              # ...green once the traffic is clean
                  '"applied": true',                          # Alertmanager's downgrade
                  "demo: ok"):
        assert words in out + done.stderr, f"{words!r} missing from the demo's output"
    # the mode went warn -> enforce -> warn (alertmanager) -> enforce (signed, via the webhook)
    audit = out[out.rindex("FROM stagenorm.mode_audit"):]
    assert re.search(r"warn\s+\|\s+enforce\s+\|\s+demo", audit)
    assert re.search(r"enforce\s+\|\s+warn\s+\|\s+alertmanager", audit)
    assert re.search(r"warn\s+\|\s+enforce\s+\|\s+oncall@example.com\s+\|\s+webhook", audit)
    assert "mode now" in out and re.search(r"mode now\s+enforce", out)
    assert_nothing_left(out + done.stderr, workdir)


def test_keep_leaves_postgres_up_and_the_next_run_stops_it(workdir: Path) -> None:
    done = subprocess.run(demo_cmd(workdir, "--rows", "1000", "--steps", "2", "--keep"), env=env(),
                          cwd=str(harness.REPO), capture_output=True, text=True, timeout=300, check=False)
    assert done.returncode == 0, done.stdout + done.stderr
    url = re.search(r"psql '([^']+)'", done.stdout)
    assert url, done.stdout
    postgres_pid = int(re.search(r"postgres pid (\d+)", done.stdout).group(1))  # type: ignore[union-attr]
    redis_pid = int(re.search(r"redis-server pid (\d+)", done.stdout).group(1))  # type: ignore[union-attr]
    try:
        with psycopg.connect(url.group(1)) as conn:
            assert conn.execute("SELECT count(*) FROM public.deals").fetchone() == (1000,)
        assert alive(postgres_pid)
        assert not alive(redis_pid)
    finally:
        again = subprocess.run(demo_cmd(workdir, "--rows", "1000", "--steps", "1"), env=env(),
                               cwd=str(harness.REPO), capture_output=True, text=True, timeout=300, check=False)
    assert again.returncode == 0, again.stdout + again.stderr
    assert "stopping the PostgreSQL a previous --keep run left" in again.stdout
    assert not alive(postgres_pid)
    assert_nothing_left(again.stdout, workdir)


@pytest.mark.parametrize("signum", [signal.SIGINT, signal.SIGTERM])
def test_an_interrupted_demo_stops_everything(workdir: Path, signum: int) -> None:
    proc = subprocess.Popen(demo_cmd(workdir, "--rows", "5000"), env=env(), cwd=str(harness.REPO),
                            stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    seen: list[str] = []
    try:
        assert proc.stdout is not None
        for line in proc.stdout:
            seen.append(line)
            if line.startswith("━━ 3/"):  # servers up, data loaded
                proc.send_signal(signum)
                break
        rest, _ = proc.communicate(timeout=120)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
    out = "".join(seen) + rest
    assert proc.returncode == 130, out
    assert "demo: interrupted; stopping everything it started" in out
    assert_nothing_left(out, workdir)


def test_bad_arguments() -> None:
    for args in (["--rows", "5"], ["--gate-window", "0"]):
        done = subprocess.run([sys.executable, "-m", "stagenorm.demo", *args], env=env(), cwd=str(harness.REPO),
                              capture_output=True, text=True, timeout=60, check=False)
        assert done.returncode == 2
        assert "must be" in done.stderr
