"""Attack (issue 17, item 3): a local user reads the whole database from a backup.

`stagenorm backup create --out DIR` under umask 022 used to write the dump and its
manifest 0644 in a new 0755 directory. Replayed here under umask 022, as a user runs it:
what the command writes is readable by its owner only, an existing directory others can
read is named on stderr, restore-test's scratch files are private, and an sslpassword
never reaches a client tool's command line.
"""

from __future__ import annotations

import os
import stat
import subprocess
import sys
from pathlib import Path

import psycopg
import pytest

from stagenorm import backup
from tests import harness


def mode_of(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def stagenorm(*args: str, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    """The command under umask 022, the default of most accounts."""
    base = {"PATH": os.environ.get("PATH", "/usr/bin:/bin")}
    return subprocess.run([sys.executable, "-m", "stagenorm.cli", *args], env={**base, **env},
                          capture_output=True, text=True, timeout=180, check=False, cwd=str(harness.REPO),
                          umask=0o022)


@pytest.fixture
def deals_db(db_url: str) -> str:
    with psycopg.connect(db_url, autocommit=True) as conn:
        conn.execute("CREATE TABLE deals (id int PRIMARY KEY, stage text)")
        conn.execute("INSERT INTO deals SELECT g, 'Series A' FROM generate_series(1, 50) g")
    return db_url


def recording_wrapper(bindir: Path, tool: str, record: Path) -> None:
    """A ``tool`` that notes its argv, umask and the files it is handed, then runs the real one."""
    real = backup.find_tool(tool, 15)
    bindir.mkdir(exist_ok=True)
    wrapper = bindir / tool
    wrapper.write_text(
        "#!/bin/sh\n"
        f'{{ echo "argv: $*"; echo "umask: $(umask)"; echo "servicefile: $PGSERVICEFILE";\n'
        '  if [ -n "$PGSERVICEFILE" ]; then echo "servicemode: $(stat -c %a "$PGSERVICEFILE")";\n'
        '    echo "servicedirmode: $(stat -c %a "$(dirname "$PGSERVICEFILE")")";\n'
        '    echo "service: $(cat "$PGSERVICEFILE" | tr "\\n" " ")"; fi;\n'
        '  for a in "$@"; do case "$a" in --use-list=*) f="${a#--use-list=}";\n'
        '    echo "listmode: $(stat -c %a "$f")"; echo "listdirmode: $(stat -c %a "$(dirname "$f")")";; esac; done;\n'
        f'}} >> "{record}"\n'
        f'exec "{real}" "$@"\n'
    )
    wrapper.chmod(0o755)


def test_a_new_backup_directory_and_its_files_are_private_under_umask_022(deals_db: str, tmp_path: Path) -> None:
    out = tmp_path / "nested" / "backups"
    done = stagenorm("backup", "create", "--out", str(out), env={"DATABASE_URL": deals_db})
    assert done.returncode == 0, done.stderr
    assert "warning" not in done.stderr
    assert mode_of(out) == 0o700
    written = sorted(out.iterdir())
    assert [p.suffix for p in written] == [".dump", ".json"]  # no .partial left
    for path in written:
        assert mode_of(path) == 0o600, (path, oct(mode_of(path)))
    assert subprocess.run(["cat", str(written[0])], capture_output=True, check=False).returncode == 0  # the owner reads it


def test_an_existing_directory_others_can_read_is_named_on_stderr(deals_db: str, tmp_path: Path) -> None:
    shared = tmp_path / "shared"
    shared.mkdir()
    shared.chmod(0o755)
    done = stagenorm("backup", "create", "--out", str(shared), env={"DATABASE_URL": deals_db})
    assert done.returncode == 0, done.stderr
    assert f"backup: warning: {shared} is mode 0755" in done.stderr
    assert "chmod 700" in done.stderr
    assert mode_of(shared) == 0o755  # the user's directory is theirs to change
    assert all(mode_of(p) == 0o600 for p in shared.iterdir())

    private = tmp_path / "private"
    private.mkdir(mode=0o700)
    done = stagenorm("backup", "create", "--out", str(private), env={"DATABASE_URL": deals_db})
    assert done.returncode == 0 and "warning" not in done.stderr, done.stderr


def test_a_stale_world_readable_partial_does_not_keep_its_mode(deals_db: str, tmp_path: Path) -> None:
    """A manifest's .partial left by a killed run (0644) is reused at 0600, not as found."""
    out = tmp_path / "bk"
    out.mkdir(mode=0o700)
    stale = out / "x.manifest.json.partial"
    stale.write_text("{}")
    stale.chmod(0o644)
    backup._write_atomically(out / "x.manifest.json", "{}\n")
    assert mode_of(out / "x.manifest.json") == 0o600


def test_restore_test_scratch_files_are_private(deals_db: str, tmp_path: Path) -> None:
    """A table backup's restore writes a list file; pg_restore runs with umask 077."""
    done = stagenorm("backup", "create", "--out", str(tmp_path / "bk"), "--table", "deals",
                     env={"DATABASE_URL": deals_db})
    assert done.returncode == 0, done.stderr
    (dump,) = (tmp_path / "bk").glob("*.dump")
    record = tmp_path / "pg_restore.record"
    recording_wrapper(tmp_path / "bin", "pg_restore", record)
    done = stagenorm("restore-test", str(dump),
                     env={"DATABASE_URL": deals_db, "STAGENORM_PG_BINDIR": str(tmp_path / "bin")})
    assert done.returncode == 0, done.stdout + done.stderr
    lines = record.read_text().splitlines()
    assert "listmode: 600" in lines and "listdirmode: 700" in lines, lines
    restores = [i for i, line in enumerate(lines) if line.startswith("argv: ") and "--single-transaction" in line]
    assert restores and lines[restores[0] + 1] == "umask: 0077", lines


def test_sslpassword_reaches_pg_dump_through_a_private_service_file(deals_db: str, tmp_path: Path) -> None:
    passphrase = "client-key-passphrase-" + "q" * 12
    url = f"{deals_db}?sslmode=disable&sslpassword={passphrase}"  # sslmode=disable: libpq never needs it
    record = tmp_path / "pg_dump.record"
    recording_wrapper(tmp_path / "bin", "pg_dump", record)
    done = stagenorm("backup", "create", "--out", str(tmp_path / "bk"),
                     env={"DATABASE_URL": url, "STAGENORM_PG_BINDIR": str(tmp_path / "bin")})
    assert done.returncode == 0, done.stderr
    lines = record.read_text().splitlines()
    dump_call = next(i for i, line in enumerate(lines) if line.startswith("argv: ") and "--snapshot=" in line)
    assert passphrase not in lines[dump_call]
    assert lines[dump_call + 1] == "umask: 0077"
    block = lines[dump_call:dump_call + 6]
    assert "servicemode: 600" in block and "servicedirmode: 700" in block, block
    assert f"service: [{backup.SERVICE_NAME}] sslpassword={passphrase} " in block, block
    service_file = Path(lines[dump_call + 2].removeprefix("servicefile: "))
    assert not service_file.exists() and not service_file.parent.exists()  # removed afterwards
    assert passphrase not in done.stdout + done.stderr


def test_no_password_on_a_command_line() -> None:
    with backup.libpq_target("postgresql://alice:s3cr%40t@db.example:6543/crm?sslpassword=k3y%21") as (target, env):
        assert "s3cr" not in target and "k3y" not in target
        assert env["PGPASSWORD"] == "s3cr@t"
        assert Path(env["PGSERVICEFILE"]).read_text() == f"[{backup.SERVICE_NAME}]\nsslpassword=k3y!\n"
    with backup.libpq_target("postgresql://alice@db.example/crm") as (_target, env):
        assert "PGSERVICEFILE" not in env or env["PGSERVICEFILE"] == os.environ.get("PGSERVICEFILE")
