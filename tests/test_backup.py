"""`stagenorm backup create|verify` and `stagenorm restore-test`, run as a user runs them.

Real PostgreSQL, real pg_dump/pg_restore. Where a test needs to stop time at one
exact point (an interruption in the middle of a restore, a write between the
snapshot and the dump), a wrapper script in ``STAGENORM_PG_BINDIR`` runs the
real tool after, or instead of blocking, that point.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
from pathlib import Path

import psycopg
import pytest

from stagenorm import backup
from tests import harness
from tests.conftest import create_database, drop_database

LABELS = ["Series A", "series-a", "SERIES A ", "Seed", "seeed", "Pre-Seed", "Serie B", "growth equity",
          "série a", "🦄 unicorn round", "x" * 5000, "", None]
ROWS = 3000


def stagenorm(*args: str, env: dict[str, str] | None = None, timeout: float = 180) -> subprocess.CompletedProcess[str]:
    base = {"PATH": os.environ.get("PATH", "/usr/bin:/bin")}
    return subprocess.run([sys.executable, "-m", "stagenorm.cli", *args], env={**base, **(env or {})},
                          capture_output=True, text=True, timeout=timeout, check=False,
                          cwd=str(harness.REPO))


def make_deals(url: str, rows: int = ROWS, table: str = "deals") -> None:
    with psycopg.connect(url, autocommit=True) as conn:
        ident = psycopg.sql.Identifier(table)
        conn.execute(psycopg.sql.SQL(
            "CREATE TABLE {} (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, stage text, amount numeric)"
        ).format(ident))
        with conn.cursor() as cur, cur.copy(
            psycopg.sql.SQL("COPY {} (stage, amount) FROM STDIN").format(ident)
        ) as copy:
            for i in range(rows):
                copy.write_row((LABELS[i % len(LABELS)], i))


def scratch_dbs(server: harness.PostgresServer) -> list[str]:
    return backup.leftover_scratch_databases(server.url)


def only_dump(out: Path) -> Path:
    dumps = sorted(out.glob("*.dump"))
    assert len(dumps) == 1, dumps
    return dumps[0]


@pytest.fixture
def deals_db(db_url: str) -> str:
    make_deals(db_url)
    return db_url


@pytest.fixture
def full_backup(deals_db: str, tmp_path: Path) -> Path:
    done = stagenorm("backup", "create", "--out", str(tmp_path / "bk"), "--stage-column", "public.deals", "stage",
                     env={"DATABASE_URL": deals_db})
    assert done.returncode == 0, done.stderr
    return only_dump(tmp_path / "bk")


def fail_lines(text: str) -> list[str]:
    return [line for line in text.splitlines() if line.startswith("FAIL")]


# --------------------------------------------------------------------------- create + verify + restore


def test_create_writes_dump_and_manifest_with_counts(full_backup: Path, deals_db: str) -> None:
    manifest = json.loads(backup.manifest_path_for(full_backup).read_text())
    assert manifest["format"] == "stagenorm-backup/1"
    assert manifest["sha256"] == backup.sha256_of(full_backup)
    assert manifest["size_bytes"] == full_backup.stat().st_size
    assert manifest["alembic_revision"] == "0001"
    assert manifest["stagenorm_version"]
    assert manifest["postgresql"]["server_version_num"] // 10000 == 15
    assert "pg_dump (PostgreSQL) 15" in manifest["postgresql"]["pg_dump_version"]
    assert manifest["scope"] == "database"
    tables = {(t["schema"], t["name"]): t for t in manifest["tables"]}
    assert tables[("public", "deals")]["rows"] == ROWS
    assert tables[("stagenorm", "alembic_version")]["rows"] == 1
    assert ("stagenorm", "stage") in tables
    (stage,) = tables[("public", "deals")]["stage_columns"]
    counts = {entry["label"]: entry["rows"] for entry in stage["labels"]}
    with psycopg.connect(deals_db) as conn:
        expected = dict(conn.execute("SELECT stage, count(*) FROM deals GROUP BY 1").fetchall())
    assert counts == expected  # NULL, '' and the 5,000-character label included
    assert stage["distinct"] == len(LABELS)
    assert not list(full_backup.parent.glob("*.partial"))


def test_verify_and_restore_test_pass_and_leave_nothing(full_backup: Path, deals_db: str,
                                                        pg_server: harness.PostgresServer) -> None:
    done = stagenorm("backup", "verify", str(full_backup))
    assert done.returncode == 0, done.stdout
    assert done.stdout.startswith("verify: ok")
    done = stagenorm("restore-test", str(full_backup), env={"DATABASE_URL": deals_db})
    assert done.returncode == 0, done.stdout + done.stderr
    assert "ok   rows public.deals: 3,000 restored, manifest 3,000" in done.stdout
    assert "ok   stages public.deals.stage" in done.stdout
    assert "ok   normalize_stage('Series A'): 'series_a'" in done.stdout
    assert "ok   alembic revision: 0001, manifest 0001" in done.stdout
    assert "restored in" in done.stdout
    assert "restore-test: passed" in done.stdout
    assert scratch_dbs(pg_server) == []


def test_verify_accepts_the_manifest_path_too(full_backup: Path) -> None:
    done = stagenorm("backup", "verify", str(backup.manifest_path_for(full_backup)))
    assert done.returncode == 0, done.stdout


def test_table_backup_restores_onto_a_migrated_scratch_database(
    deals_db: str, tmp_path: Path, pg_server: harness.PostgresServer
) -> None:
    with psycopg.connect(deals_db, autocommit=True) as conn:
        conn.execute("CREATE TABLE other (id int PRIMARY KEY)")
        conn.execute("INSERT INTO other VALUES (1), (2)")
    done = stagenorm("backup", "create", "--out", str(tmp_path), "--table", "deals",
                     "--stage-column", "deals", "stage", env={"DATABASE_URL": deals_db})
    assert done.returncode == 0, done.stderr
    dump = only_dump(tmp_path)
    manifest = json.loads(backup.manifest_path_for(dump).read_text())
    assert manifest["scope"] == "tables"
    assert [(t["schema"], t["name"], t["rows"]) for t in manifest["tables"]] == [("public", "deals", ROWS)]
    listing = subprocess.run([str(backup.find_tool("pg_restore", 15)), "-l", str(dump)],
                             capture_output=True, text=True, check=True).stdout
    assert "TABLE DATA public deals" in listing
    assert "other" not in listing
    done = stagenorm("restore-test", str(dump), env={"DATABASE_URL": deals_db})
    assert done.returncode == 0, done.stdout + done.stderr
    assert "installing stagenorm at revision 0001 first" in done.stdout
    assert scratch_dbs(pg_server) == []


@pytest.mark.parametrize("scope", ["database", "tables"])
def test_enforced_columns_are_counted_and_come_back_enforced(
    deals_db: str, tmp_path: Path, pg_server: harness.PostgresServer, scope: str
) -> None:
    with psycopg.connect(deals_db, autocommit=True) as conn:
        conn.execute("SELECT stagenorm.set_mode('enforce', 'test', 'backup of an enforced table')")
        conn.execute("SELECT stagenorm.enforce_stage_column('deals', 'stage')")
    args = ["--table", "public.deals"] if scope == "tables" else []
    done = stagenorm("backup", "create", "--out", str(tmp_path), *args, env={"DATABASE_URL": deals_db})
    assert done.returncode == 0, done.stderr
    dump = only_dump(tmp_path)
    manifest = json.loads(backup.manifest_path_for(dump).read_text())
    deals = next(t for t in manifest["tables"] if t["name"] == "deals")
    assert deals["enforced"] == [{"column": "stage", "kind": "label"}]
    assert [c["column"] for c in deals["stage_columns"]] == ["stage"]  # counted without --stage-column
    done = stagenorm("restore-test", str(dump), env={"DATABASE_URL": deals_db})
    assert done.returncode == 0, done.stdout + done.stderr
    assert "ok   enforcement: 1 of 1 enforced columns attached" in done.stdout
    assert ("enforcement re-attached to \"public\".\"deals\".stage" in done.stdout) == (scope == "tables")
    assert scratch_dbs(pg_server) == []


def test_manifest_counts_are_taken_in_the_dump_snapshot(deals_db: str, tmp_path: Path) -> None:
    """A row committed after the snapshot was exported is in neither the dump nor the counts."""
    real = backup.find_tool("pg_dump", 15)
    psql = real.parent / "psql"
    bindir = tmp_path / "bin"
    bindir.mkdir()
    wrapper = bindir / "pg_dump"
    wrapper.write_text(
        "#!/bin/sh\n"
        'case " $* " in *" --snapshot="*)\n'
        f'  "{psql}" -X -q -d "$LATE_WRITER_URL" -c "INSERT INTO deals (stage) VALUES (\'late\')" || exit 99;;\n'
        "esac\n"
        f'exec "{real}" "$@"\n'
    )
    wrapper.chmod(0o755)
    env = {"DATABASE_URL": deals_db, "STAGENORM_PG_BINDIR": str(bindir), "LATE_WRITER_URL": deals_db}
    done = stagenorm("backup", "create", "--out", str(tmp_path / "bk"), "--table", "public.deals",
                     "--stage-column", "public.deals", "stage", env=env)
    assert done.returncode == 0, done.stderr
    with psycopg.connect(deals_db) as conn:
        assert conn.execute("SELECT count(*) FROM deals").fetchone() == (ROWS + 1,)
    dump = only_dump(tmp_path / "bk")
    manifest = json.loads(backup.manifest_path_for(dump).read_text())
    assert manifest["tables"][0]["rows"] == ROWS
    labels = [e["label"] for e in manifest["tables"][0]["stage_columns"][0]["labels"]]
    assert "late" not in labels
    done = stagenorm("restore-test", str(dump), env={"DATABASE_URL": deals_db})
    assert done.returncode == 0, done.stdout + done.stderr


# --------------------------------------------------------------------------- damaged backups


def flip(path: Path, offset: int, bit: int = 0) -> None:
    data = bytearray(path.read_bytes())
    data[offset] ^= 1 << bit
    path.write_bytes(bytes(data))


@pytest.mark.parametrize("where", ["first", "middle", "last"])
def test_one_flipped_bit_fails_verify_and_restore_test(full_backup: Path, deals_db: str, where: str,
                                                       pg_server: harness.PostgresServer) -> None:
    size = full_backup.stat().st_size
    offset = {"first": 0, "middle": size // 2, "last": size - 1}[where]
    flip(full_backup, offset, bit=3)
    done = stagenorm("backup", "verify", str(full_backup))
    assert done.returncode == 1
    assert any("sha256" in line and "manifest says" in line for line in fail_lines(done.stdout)), done.stdout
    done = stagenorm("restore-test", str(full_backup), env={"DATABASE_URL": deals_db})
    assert done.returncode == 1
    assert "does not verify" in done.stdout
    assert scratch_dbs(pg_server) == []


def test_one_line_per_problem(full_backup: Path, tmp_path: Path) -> None:
    manifest_path = backup.manifest_path_for(full_backup)
    # Truncated dump: size, hash and the archive itself are wrong.
    data = full_backup.read_bytes()
    full_backup.write_bytes(data[:40])
    done = stagenorm("backup", "verify", str(full_backup))
    assert done.returncode == 1
    lines = fail_lines(done.stdout)
    assert len(lines) == 3, done.stdout
    assert "size 40 bytes" in lines[0]
    assert "sha256" in lines[1]
    assert "pg_restore --list cannot read the archive" in lines[2]
    assert done.stdout.rstrip().endswith("verify: 3 problem(s)")
    # Not an archive at all, with a manifest that matches it: only pg_restore can tell.
    text = tmp_path / "notes.dump"
    text.write_text("hello\n")
    manifest = json.loads(manifest_path.read_text())
    manifest.update(sha256=backup.sha256_of(text), size_bytes=text.stat().st_size)
    backup.manifest_path_for(text).write_text(json.dumps(manifest))
    done = stagenorm("backup", "verify", str(text))
    assert done.returncode == 1
    lines = fail_lines(done.stdout)
    assert len(lines) == 1, done.stdout
    assert "pg_restore --list cannot read the archive" in lines[0]


@pytest.mark.parametrize(
    ("manifest_text", "expected"),
    [
        (None, "manifest missing"),
        ("{not json", "manifest unreadable"),
        ("[1, 2]", "not a JSON object"),
        ('{"format": "stagenorm-backup/1", "sha256": "00", "size_bytes": 1, "tables": []}', "64 hex digits"),
        ('{"format": "stagenorm-backup/1", "sha256": null, "size_bytes": "1", "tables": {}}', "field 'sha256'"),
        ('{"format": "other/9", "sha256": "' + "0" * 64 + '", "size_bytes": 1, "tables": []}', "format 'other/9'"),
    ],
)
def test_bad_manifests_are_refused(full_backup: Path, manifest_text: str | None, expected: str) -> None:
    path = backup.manifest_path_for(full_backup)
    if manifest_text is None:
        path.unlink()
    else:
        path.write_text(manifest_text)
    done = stagenorm("backup", "verify", str(full_backup))
    assert done.returncode == 1
    assert any(expected in line for line in fail_lines(done.stdout)), done.stdout


def test_verify_of_a_missing_file(tmp_path: Path) -> None:
    done = stagenorm("backup", "verify", str(tmp_path / "nope.dump"))
    assert done.returncode == 1
    assert fail_lines(done.stdout) == [f"FAIL: {tmp_path / 'nope.dump'}: no such file"]


def test_manifest_naming_a_table_the_archive_lacks(full_backup: Path) -> None:
    path = backup.manifest_path_for(full_backup)
    manifest = json.loads(path.read_text())
    manifest["tables"].append({"schema": "public", "name": "ghost", "rows": 5, "stage_columns": []})
    path.write_text(json.dumps(manifest))
    done = stagenorm("backup", "verify", str(full_backup))
    assert done.returncode == 1
    assert fail_lines(done.stdout) == [
        f"FAIL: {full_backup}: archive lists no TABLE DATA for public.ghost (manifest counts 5 rows)"]


def test_corrupt_data_with_a_matching_manifest_fails_the_restore_and_drops_the_scratch(
    full_backup: Path, deals_db: str, pg_server: harness.PostgresServer
) -> None:
    """The table of contents survives, the data does not: pg_restore stops on the first error."""
    data = full_backup.read_bytes()
    cut = full_backup.with_name("cut.dump")
    cut.write_bytes(data[:-100])  # the last table's data block loses its end
    manifest = json.loads(backup.manifest_path_for(full_backup).read_text())
    manifest.update(sha256=backup.sha256_of(cut), size_bytes=cut.stat().st_size)
    backup.manifest_path_for(cut).write_text(json.dumps(manifest))
    done = stagenorm("restore-test", str(cut), env={"DATABASE_URL": deals_db})
    assert done.returncode == 1
    assert "FAIL: pg_restore failed" in done.stdout, done.stdout
    assert "dropped scratch database stagenorm_restore_" in done.stdout
    assert "restore-test: FAILED" in done.stdout
    assert scratch_dbs(pg_server) == []


def test_a_count_that_differs_from_the_manifest_fails_the_smoke_test(
    full_backup: Path, deals_db: str, pg_server: harness.PostgresServer
) -> None:
    path = backup.manifest_path_for(full_backup)
    manifest = json.loads(path.read_text())
    for table in manifest["tables"]:
        if table["name"] == "deals":
            table["rows"] += 1
            table["stage_columns"][0]["labels"][0]["rows"] -= 1
    path.write_text(json.dumps(manifest))
    done = stagenorm("restore-test", str(full_backup), env={"DATABASE_URL": deals_db})
    assert done.returncode == 1
    fails = fail_lines(done.stdout)
    assert [f.split(":")[0] for f in fails] == ["FAIL rows public.deals", "FAIL stages public.deals.stage"]
    assert "restore-test: FAILED" in done.stdout
    assert scratch_dbs(pg_server) == []


def test_a_missing_normalizer_fails_the_smoke_test(deals_db: str, tmp_path: Path,
                                                   pg_server: harness.PostgresServer) -> None:
    with psycopg.connect(deals_db, autocommit=True) as conn:
        conn.execute("ALTER FUNCTION stagenorm.normalize_stage(text) RENAME TO normalize_stage_gone")
    assert stagenorm("backup", "create", "--out", str(tmp_path), env={"DATABASE_URL": deals_db}).returncode == 0
    done = stagenorm("restore-test", str(only_dump(tmp_path)), env={"DATABASE_URL": deals_db})
    assert done.returncode == 1
    assert "FAIL normalize_stage('Series A'): stagenorm.normalize_stage(text) missing" in done.stdout
    assert scratch_dbs(pg_server) == []


# --------------------------------------------------------------------------- interruptions


@pytest.mark.parametrize("signum", [signal.SIGINT, signal.SIGTERM])
def test_interrupted_restore_drops_the_scratch_database(
    full_backup: Path, deals_db: str, tmp_path: Path, pg_server: harness.PostgresServer, signum: int
) -> None:
    real = backup.find_tool("pg_restore", 15)
    bindir = tmp_path / "bin"
    bindir.mkdir()
    mark = tmp_path / "restoring.pid"
    wrapper = bindir / "pg_restore"
    # The restore itself blocks (as a long one would) once it has the scratch database.
    wrapper.write_text(
        "#!/bin/sh\n"
        'case " $* " in *" --single-transaction "*) echo $$ > "$RESTORE_MARK"; exec sleep 300;; esac\n'
        f'exec "{real}" "$@"\n'
    )
    wrapper.chmod(0o755)
    env = {"PATH": os.environ.get("PATH", ""), "DATABASE_URL": deals_db, "STAGENORM_PG_BINDIR": str(bindir),
           "RESTORE_MARK": str(mark)}
    proc = subprocess.Popen([sys.executable, "-m", "stagenorm.cli", "restore-test", str(full_backup)],
                            env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            cwd=str(harness.REPO))
    try:
        harness.wait_until(lambda: mark.exists() and mark.read_text().strip() != "", 60, "the restore")
        assert len(scratch_dbs(pg_server)) == 1
        restore_pid = int(mark.read_text())
        proc.send_signal(signum)
        out, err = proc.communicate(timeout=60)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
    assert proc.returncode == 128 + signum, out + err
    assert f"interrupted by {signal.Signals(signum).name}" in err
    assert "dropped scratch database" in out
    assert scratch_dbs(pg_server) == []
    with pytest.raises(ProcessLookupError):
        os.kill(restore_pid, 0)


def test_drop_leftovers_removes_what_a_killed_run_left(pg_server: harness.PostgresServer, db_url: str) -> None:
    name = backup.SCRATCH_PREFIX + "left_by_sigkill"
    create_database(pg_server, name)
    create_database(pg_server, "not_a_scratch_db")
    try:
        done = stagenorm("restore-test", "--drop-leftovers", env={"DATABASE_URL": db_url})
        assert done.returncode == 0, done.stderr
        assert f"dropped scratch database {name}" in done.stdout
        assert scratch_dbs(pg_server) == []
        with psycopg.connect(pg_server.url) as conn:
            assert conn.execute("SELECT 1 FROM pg_database WHERE datname = 'not_a_scratch_db'").fetchone()
    finally:
        drop_database(pg_server, "not_a_scratch_db")


# --------------------------------------------------------------------------- hostile input


def test_injection_in_a_table_name_is_refused(deals_db: str, tmp_path: Path) -> None:
    done = stagenorm("backup", "create", "--out", str(tmp_path), "--table", "deals; DROP TABLE deals",
                     env={"DATABASE_URL": deals_db})
    assert done.returncode == 2
    assert "not a table name" in done.stderr or "no such table" in done.stderr
    assert "Traceback" not in done.stderr
    assert not list(tmp_path.glob("*.dump"))
    with psycopg.connect(deals_db) as conn:
        assert conn.execute("SELECT count(*) FROM deals").fetchone() == (ROWS,)


def test_a_table_name_full_of_pattern_characters_is_dumped_exactly(deals_db: str, tmp_path: Path) -> None:
    weird = 'we"ird.*?'
    make_deals(deals_db, rows=7, table=weird)
    make_deals(deals_db, rows=3, table='we"irdX.aa')  # what the pattern would match were it not quoted
    quoted = '"' + weird.replace('"', '""') + '"'
    done = stagenorm("backup", "create", "--out", str(tmp_path), "--table", quoted,
                     "--stage-column", quoted, "stage", env={"DATABASE_URL": deals_db})
    assert done.returncode == 0, done.stderr
    dump = only_dump(tmp_path)
    manifest = json.loads(backup.manifest_path_for(dump).read_text())
    assert [(t["name"], t["rows"]) for t in manifest["tables"]] == [(weird, 7)]
    assert stagenorm("backup", "verify", str(dump)).returncode == 0


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--table", "no_such_table"], "no such table"),
        (["--stage-column", "deals", "no_such_column"], "has no text column"),
        (["--stage-column", "deals", "amount"], "has no text column"),
        (["--table", "pg_catalog.pg_class_oid_index"], "is not a table"),
    ],
)
def test_bad_arguments_say_what_to_do(deals_db: str, tmp_path: Path, args: list[str], message: str) -> None:
    done = stagenorm("backup", "create", "--out", str(tmp_path), *args, env={"DATABASE_URL": deals_db})
    assert done.returncode == 2
    assert message in done.stderr
    assert "hint:" in done.stderr
    assert not list(tmp_path.glob("*.dump*"))


def test_without_database_url(tmp_path: Path) -> None:
    for args in (["backup", "create", "--out", str(tmp_path)], ["restore-test", str(tmp_path / "x.dump")]):
        done = stagenorm(*args)
        assert done.returncode == 2
        assert "DATABASE_URL is not set" in done.stderr


def test_unreachable_server_is_one_clear_line(tmp_path: Path) -> None:
    url = f"postgresql://postgres@127.0.0.1:{harness.free_port()}/x"
    done = stagenorm("backup", "create", "--out", str(tmp_path), env={"DATABASE_URL": url})
    assert done.returncode == 2
    assert done.stderr.startswith("stagenorm: cannot connect to DATABASE_URL")
    assert "Traceback" not in done.stderr


def test_the_password_never_reaches_a_command_line() -> None:
    target, env = backup.libpq_target("postgresql://alice:s3cr%40t@db.example:6543/crm?sslmode=require")
    assert "s3cr" not in target
    assert env["PGPASSWORD"] == "s3cr@t"
    assert "host=db.example" in target and "port=6543" in target and "dbname=crm" in target


def test_a_client_older_than_the_server_is_refused() -> None:
    with pytest.raises(backup.BackupError) as caught:
        backup.find_tool("pg_dump", 99)
    assert caught.value.hint and "STAGENORM_PG_BINDIR" in caught.value.hint


@pytest.mark.parametrize(
    ("version_text", "server_num", "ok"),
    [
        ("pg_dump (PostgreSQL) 15.14 (Debian 15.14-0+deb12u1)", 150014, True),
        ("pg_dump (PostgreSQL) 15.14 (Debian 15.14-0+deb12u1)", 170002, False),
        ("pg_dump (PostgreSQL) 18.1", 140019, True),
        ("pg_dump (PostgreSQL) 16.0", 160009, True),  # minor versions do not matter
        ("pg_dump (PostgreSQL) 9.6.24", 140000, False),
        ("pg_dump (PostgreSQL) 17beta1", 170000, True),
        ("", 150000, False),
    ],
)
def test_client_is_new_enough_compares_majors(version_text: str, server_num: int, ok: bool) -> None:
    assert backup.client_is_new_enough(version_text, server_num) is ok


def test_backup_with_a_pg_dump_older_than_the_server_says_which_package_to_install(
        deals_db: str, tmp_path: Path) -> None:
    """Our message, not pg_dump's: the client in STAGENORM_PG_BINDIR is a script that says
    it is PostgreSQL 13 (older than the session's server) and fails if it is ever run to dump."""
    bindir = tmp_path / "bin"
    bindir.mkdir()
    fake = bindir / "pg_dump"
    fake.write_text('#!/bin/sh\n[ "$1" = --version ] && { echo "pg_dump (PostgreSQL) 13.22"; exit 0; }\nexit 99\n')
    fake.chmod(0o755)
    with psycopg.connect(deals_db) as conn:
        major = int(conn.execute("SHOW server_version_num").fetchone()[0]) // 10000
    out = tmp_path / "bk"
    done = stagenorm("backup", "create", "--out", str(out), env={"DATABASE_URL": deals_db,
                                                                   "STAGENORM_PG_BINDIR": str(bindir)})
    assert done.returncode != 0
    assert f"pg_dump 13 at {fake} is older than the server (PostgreSQL {major})" in done.stderr
    assert f"apt-get install postgresql-client-{major}" in done.stderr
    assert "Traceback" not in done.stderr
    assert not out.exists() or not any(out.iterdir())
