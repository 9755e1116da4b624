"""Checksummed backups (``pg_dump -Fc`` + a JSON manifest) and a restore smoke test.

``stagenorm backup create --out DIR`` dumps the database (or chosen tables) in
pg_dump's custom format and writes ``<dump>.manifest.json`` beside it: the
SHA-256 and size of the dump, the PostgreSQL server and pg_dump versions, the
stagenorm version, the Alembic revision, and per-table row counts and stage
counts. The counts are taken in the very snapshot pg_dump dumps
(``pg_export_snapshot()`` + ``pg_dump --snapshot``), so they match the archive
exactly even while clients keep writing.

``stagenorm backup verify FILE`` recomputes the hash (one flipped bit fails),
and checks that ``pg_restore -l`` reads the archive and lists the data of every
table the manifest names. One line per problem; exit 1 when there is one.

``stagenorm restore-test FILE`` restores the archive into a scratch database of
a unique name with ``pg_restore --exit-on-error --single-transaction``, runs
smoke queries (row and stage counts equal the manifest's,
``stagenorm.normalize_stage('Series A') = 'series_a'``, the Alembic revision is
the manifest's), reports the restore time, and always drops the scratch
database: on success, on failure, and on SIGINT/SIGTERM.

A dump is the whole database, so everything written here is private whatever the
umask: a directory ``--out`` creates is ``0700``, the dump and the manifest are ``0600``
(created so before a byte is written, and pg_dump/pg_restore run with umask ``077``),
an existing ``--out`` that other users can read or enter is named on stderr, and
restore-test's scratch files live in a ``0700`` temporary directory. Passwords reach the
client tools through the environment (``PGPASSWORD``) and, for ``sslpassword``, which
libpq reads from no environment variable, through a ``0600`` connection service file
(``PGSERVICEFILE``) in a private temporary directory removed afterwards: never on a
command line, where every local user can read it (``ps``).
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import logging
import os
import re
import secrets
import shutil
import signal
import stat
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, TextIO
from urllib.parse import parse_qsl, quote, urlencode, urlsplit

import psycopg
from psycopg import sql
from psycopg.conninfo import conninfo_to_dict, make_conninfo

import stagenorm
from stagenorm import db, logs, redaction, signals
from stagenorm.exceptions import ConfigurationError, InvalidArgument

log_ = logging.getLogger("stagenorm.backup")
MANIFEST_SUFFIX = ".manifest.json"
MANIFEST_FORMAT = "stagenorm-backup/1"
SCRATCH_PREFIX = "stagenorm_restore_"
PRIVATE_DIR_MODE, PRIVATE_FILE_MODE = 0o700, 0o600
TOOL_UMASK = 0o077  # pg_dump and pg_restore create nothing others can read
SERVICE_NAME = "stagenorm_backup"
STAGE_LABELS_KEPT = 1000  # distinct labels listed per column; the rest are summed
KNOWN_LABEL, KNOWN_KEY = "Series A", "series_a"
_CHUNK = 1 << 20


class BackupError(ConfigurationError):
    """A backup could not be made, read or restored."""


# --------------------------------------------------------------------------- tools


def _version_major(text: str) -> int | None:
    """The major version in ``--version`` output: ``pg_dump (PostgreSQL) 17.2 (Debian ...)`` is
    17; before PostgreSQL 10 the major had two parts, and ``9.6.24`` counts as 9."""
    found = re.search(r"\(PostgreSQL\)\s+(\d+)", text) or re.search(r"(\d+)(?:\.\d+)?", text)
    return int(found.group(1)) if found else None


def client_is_new_enough(version_text: str, server_version_num: int) -> bool:
    """Whether a client whose ``--version`` says ``version_text`` can dump a server of
    ``server_version_num`` (e.g. 170002): pg_dump refuses a server of a newer major."""
    major = _version_major(version_text)
    return major is not None and major >= server_version_num // 10000


def find_tool(name: str, server_major: int | None = None) -> Path:
    """The PostgreSQL client ``name`` (pg_dump, pg_restore) that can talk to the server.

    ``$STAGENORM_PG_BINDIR``, when set, is the only place looked in (a setting is obeyed, not
    second-guessed); otherwise ``/usr/lib/postgresql/<server major>/bin``, ``pg_config
    --bindir`` and ``PATH``, in that order. A client older than the server is refused in
    plain words with the package to install (pg_dump cannot dump a newer server).
    """
    candidates: list[Path] = []
    if os.environ.get("STAGENORM_PG_BINDIR"):
        candidates.append(Path(os.environ["STAGENORM_PG_BINDIR"]) / name)
    else:
        if server_major is not None:
            candidates.append(Path(f"/usr/lib/postgresql/{server_major}/bin") / name)
        pg_config = shutil.which("pg_config")
        if pg_config:
            with contextlib.suppress(OSError, subprocess.SubprocessError):
                bindir = subprocess.run([pg_config, "--bindir"], capture_output=True, text=True,
                                        check=False, timeout=10).stdout.strip()
                if bindir:
                    candidates.append(Path(bindir) / name)
        on_path = shutil.which(name)
        if on_path:
            candidates.append(Path(on_path))
    too_old: list[str] = []
    for cand in candidates:
        if not (cand.is_file() and os.access(cand, os.X_OK)):
            continue
        if server_major is None:
            return cand
        version = tool_version(cand)
        if client_is_new_enough(version, server_major * 10000):
            return cand
        too_old.append(f"{name} {_version_major(version) or '(unknown version)'} at {cand}")
    package = f"postgresql-client-{server_major or 15}"
    where = "in STAGENORM_PG_BINDIR" if os.environ.get("STAGENORM_PG_BINDIR") else "on this machine"
    if too_old and server_major is not None:
        raise BackupError(
            f"{'; '.join(too_old)} is older than the server (PostgreSQL {server_major}): "
            f"{name} cannot back up a server newer than itself, so no backup was made",
            hint=f"install {name} {server_major} or newer: apt-get install {package} "
            "(Debian/Ubuntu, from apt.postgresql.org where the distribution lacks it), "
            f"then retry, or set STAGENORM_PG_BINDIR to the directory holding it",
        )
    raise BackupError(
        f"no {name} found {where}",
        hint=f"apt-get install {package}, or set STAGENORM_PG_BINDIR to the directory holding {name}",
    )


def tool_version(path: Path) -> str:
    done = subprocess.run([str(path), "--version"], capture_output=True, text=True, check=False, timeout=30)
    return done.stdout.strip()


@contextlib.contextmanager
def libpq_target(url: str) -> Iterator[tuple[str, dict[str, str]]]:
    """A connection string for a client tool's ``--dbname`` with no secret in it, and the
    environment that carries the secrets, for the life of the block.

    A command line is visible to every user of the machine (``ps``). The password goes in
    ``PGPASSWORD``. libpq reads ``sslpassword`` (the passphrase of an encrypted client key)
    from no environment variable, so it goes in a connection service file (``0600``, in a
    ``0700`` temporary directory removed when the block ends) named by ``PGSERVICEFILE``
    and ``PGSERVICE``; libpq takes from the service the parameters the string lacks.
    """
    try:
        params = conninfo_to_dict(url)
    except psycopg.ProgrammingError as exc:
        raise ConfigurationError(f"DATABASE_URL is not a valid libpq URL: {redaction.redact(str(exc), url)}",
                                 hint="check its percent-escapes (%XX) and quoting") from None
    env = dict(os.environ)
    password = params.pop("password", None)
    if password is not None:
        env["PGPASSWORD"] = str(password)
    sslpassword = params.pop("sslpassword", None)
    target = make_conninfo(**{k: str(v) for k, v in params.items() if v is not None})
    if sslpassword is None:
        yield target, env
        return
    text = str(sslpassword)
    if "service" in params:
        raise ConfigurationError("DATABASE_URL names a service and an sslpassword",
                                 hint="put sslpassword in that service's section of pg_service.conf")
    if "\n" in text or "\r" in text or text != text.strip():
        raise ConfigurationError("sslpassword has a line break or surrounding spaces, which a service "
                                 "file cannot carry", hint="use a passphrase without them")
    with tempfile.TemporaryDirectory(prefix="stagenorm-libpq-") as tmp:  # mkdtemp: 0700
        service_file = Path(tmp) / "pg_service.conf"
        _write_private(service_file, f"[{SERVICE_NAME}]\nsslpassword={text}\n")
        env["PGSERVICEFILE"] = str(service_file)
        env["PGSERVICE"] = SERVICE_NAME
        yield target, env


def with_dbname(url: str, dbname: str) -> str:
    """The same connection with another database; a URL stays a URL (Alembic needs one)."""
    if url.startswith(("postgresql://", "postgres://")):
        parts = urlsplit(url)
        query = [(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True) if k != "dbname"]
        return parts._replace(path="/" + quote(dbname, safe=""), query=urlencode(query)).geturl()
    params = conninfo_to_dict(url)
    params["dbname"] = dbname
    return make_conninfo(**{k: str(v) for k, v in params.items() if v is not None})


def sha256_of(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        while chunk := fh.read(_CHUNK):
            digest.update(chunk)
    return digest.hexdigest()


def _first_lines(text: str, limit: int = 3) -> str:
    lines = [line.strip() for line in text.strip().splitlines() if line.strip()]
    return " | ".join(lines[:limit]) or "(no message)"


# --------------------------------------------------------------------------- counts


@dataclass(frozen=True)
class TableRef:
    schema: str
    name: str

    @property
    def qualified(self) -> str:
        return f"{self.schema}.{self.name}"

    @property
    def identifier(self) -> sql.Identifier:
        return sql.Identifier(self.schema, self.name)

    def dump_pattern(self) -> str:
        """An exact pg_dump ``-t`` pattern: inside double quotes, * ? and . are literal."""
        return '"{}"."{}"'.format(self.schema.replace('"', '""'), self.name.replace('"', '""'))


def _composed(query_name: str, /, **identifiers: sql.Composable) -> sql.Composed:
    return sql.SQL(db.query(query_name)).format(**identifiers)


def resolve_table(conn: db.Connection, name: str) -> TableRef:
    """A table name as a user wrote it, resolved like ``regclass`` (a bad name fails here)."""
    try:
        row = db.one(conn, "backup_resolve_table", {"table": name})
    except psycopg.errors.UndefinedTable as exc:
        raise InvalidArgument(f"no such table: {name}", hint="name it as schema.table (\\dt in psql)") from exc
    except (psycopg.errors.InvalidName, psycopg.errors.SyntaxError, psycopg.errors.InvalidSchemaName) as exc:
        raise InvalidArgument(f"not a table name: {name!r}", hint="name it as schema.table") from exc
    if row["relkind"] == "p":
        raise InvalidArgument(f"{name} is partitioned; pg_dump --table dumps no partition data through it",
                              hint="name its partitions with --table, or back up the whole database")
    if row["relkind"] != "r":
        raise InvalidArgument(f"{name} is not a table (relkind {row['relkind']})", hint="name a table")
    return TableRef(row["schema"], row["name"])


def row_count(conn: db.Connection, table: TableRef) -> int:
    with conn.cursor() as cur:
        cur.execute(_composed("backup_row_count", table=table.identifier))
        row = cur.fetchone()
    assert row is not None
    return int(row["n"])


def stage_counts(conn: db.Connection, table: TableRef, column: str) -> dict[str, Any]:
    """Rows per distinct value of a stage column: the most frequent ``STAGE_LABELS_KEPT``
    labels exactly (NULL as null), the rest summed. Deterministic across collations."""
    with conn.cursor() as cur:
        cur.execute(_composed("backup_stage_counts", table=table.identifier, column=sql.Identifier(column)))
        rows = cur.fetchall()
    kept = rows[:STAGE_LABELS_KEPT]
    rest = rows[STAGE_LABELS_KEPT:]
    return {
        "column": column,
        "distinct": len(rows),
        "labels": [{"label": r["label"], "rows": int(r["n"])} for r in kept],
        "other_labels": len(rest),
        "other_rows": sum(int(r["n"]) for r in rest),
    }


def enforced_columns(conn: db.Connection) -> list[tuple[TableRef, str, str]]:
    """Columns with enforcement attached: (table, column, kind ``label`` or ``distribution``)."""
    if not db.one(conn, "preflight_function_exists", {"signature": "stagenorm.enforced_columns()"})["present"]:
        return []  # a database without stagenorm (or from before enforcement existed)
    rows = db.run(conn, "backup_enforced_columns")
    return [(TableRef(r["schema"], r["name"]), str(r["column"]), str(r["kind"])) for r in rows]


def alembic_revision(conn: db.Connection) -> str | None:
    if not db.one(conn, "backup_alembic_table")["present"]:
        return None
    version = db.one(conn, "backup_alembic_revision")["version"]
    return str(version) if version is not None else None


def measure_tables(conn: db.Connection, tables: Sequence[TableRef], stage_columns: Sequence[tuple[TableRef, str]],
                   enforced: Sequence[tuple[TableRef, str, str]] = ()) -> list[dict[str, Any]]:
    measured: list[dict[str, Any]] = []
    for table in tables:
        columns = sorted({col for t, col in stage_columns if t == table})
        measured.append({
            "schema": table.schema,
            "name": table.name,
            "rows": row_count(conn, table),
            "stage_columns": [stage_counts(conn, table, col) for col in columns],
            "enforced": [{"column": col, "kind": kind} for t, col, kind in enforced if t == table],
        })
    return measured


# --------------------------------------------------------------------------- create


@dataclass
class BackupResult:
    dump: Path
    manifest_path: Path
    manifest: dict[str, Any]


def _safe_filename(text: str) -> str:
    return re.sub(r"[^A-Za-z0-9_.-]+", "_", text).strip("._") or "database"


def _open_private(path: Path, *, exclusive: bool = False) -> int:
    """A file descriptor on ``path``, created ``0600`` (whatever the umask) and truncated."""
    flags = os.O_WRONLY | os.O_CREAT | os.O_TRUNC | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_CLOEXEC", 0)
    fd = os.open(path, flags | (os.O_EXCL if exclusive else 0), PRIVATE_FILE_MODE)
    try:
        os.fchmod(fd, PRIVATE_FILE_MODE)  # an existing file keeps its mode through O_CREAT
    except BaseException:
        os.close(fd)
        raise
    return fd


def _write_private(path: Path, text: str) -> None:
    with os.fdopen(_open_private(path), "w", encoding="utf-8") as fh:
        fh.write(text)


def _write_atomically(path: Path, text: str) -> None:
    partial = path.with_name(path.name + ".partial")
    _write_private(partial, text)
    os.replace(partial, path)


def prepare_out_dir(out_dir: Path, err: TextIO | None = None) -> None:
    """Create ``out_dir`` ``0700``; an existing one that others can read or enter is named on
    stderr (the files in it are ``0600`` either way, but their names and sizes show)."""
    try:
        out_dir.parent.mkdir(parents=True, exist_ok=True)
        out_dir.mkdir(mode=PRIVATE_DIR_MODE)
    except FileExistsError:
        if not out_dir.is_dir():
            raise InvalidArgument(f"--out {out_dir} exists and is not a directory",
                                  hint="name a directory") from None
        mode = stat.S_IMODE(out_dir.stat().st_mode)
        if mode & 0o077:
            print(f"backup: warning: {out_dir} is mode {mode:04o}: other users can "
                  f"{'read' if mode & 0o044 else 'enter'} it; the dump and manifest are written 0600, "
                  f"but keep backups in a private directory: chmod 700 {out_dir}",
                  file=err or sys.stderr)
        return
    os.chmod(out_dir, PRIVATE_DIR_MODE)  # mkdir's mode is filtered by the umask


def create_backup(url: str, out_dir: Path, tables: Sequence[str] = (),
                  stage_columns: Sequence[tuple[str, str]] = (), log: TextIO | None = None,
                  now: Callable[[], datetime] = lambda: datetime.now(UTC)) -> BackupResult:
    """Dump the database (or ``tables``) and write the manifest; both land atomically."""
    out = log or sys.stdout
    prepare_out_dir(out_dir)
    with db.connection(url, autocommit=True, application_name="stagenorm-backup") as conn:
        server = db.one(conn, "server_version")
        pg_dump = find_tool("pg_dump", int(server["num"]) // 10000)
        dump_version = tool_version(pg_dump)
        chosen = list(dict.fromkeys(resolve_table(conn, t) for t in tables))
        extra_columns = [(resolve_table(conn, t), c) for t, c in stage_columns]
        for t, col in extra_columns:
            found = db.one(conn, "backup_column_is_text", {"schema": t.schema, "name": t.name, "column": col})
            if not found["present"]:
                raise InvalidArgument(f"{t.qualified} has no text column {col!r}",
                                      hint="name an existing text column (\\d table in psql)")
        enforced = enforced_columns(conn)
        columns = list(dict.fromkeys([*((t, c) for t, c, kind in enforced if kind == "label"), *extra_columns]))
        if chosen:
            measured_tables = chosen
            columns = [(t, c) for t, c in columns if t in chosen]
        else:
            own = [TableRef(r["schema"], r["name"]) for r in db.run(conn, "backup_all_tables")]
            measured_tables = list(dict.fromkeys([*own, *(t for t, _ in columns)]))
        revision = alembic_revision(conn)
        dbname = str(db.one(conn, "backup_current_database")["name"])
        started = now()
        stamp = started.strftime("%Y%m%dT%H%M%S") + f"{started.microsecond // 1000:03d}Z"
        dump = out_dir / f"{_safe_filename(dbname)}-{stamp}.dump"
        partial = dump.with_name(dump.name + ".partial")
        # One snapshot for pg_dump and for the counts: the manifest describes exactly the archive.
        conn.isolation_level = psycopg.IsolationLevel.REPEATABLE_READ
        conn.read_only = True
        t0 = time.monotonic()
        with conn.transaction(), libpq_target(url) as (target, env):
            snapshot = db.one(conn, "backup_export_snapshot")["snapshot"]
            os.close(_open_private(partial))  # 0600 before pg_dump writes a byte into it
            cmd = [str(pg_dump), "--format=custom", "--no-password", f"--snapshot={snapshot}",
                   f"--file={partial}", f"--dbname={target}"]
            if chosen:
                cmd.append("--strict-names")
                for table in chosen:
                    cmd += ["--table", table.dump_pattern()]
            proc = subprocess.Popen(cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                                    start_new_session=True, umask=TOOL_UMASK)
            try:
                counts = measure_tables(conn, measured_tables, columns, enforced)
                _, err = proc.communicate()
            except BaseException:
                with contextlib.suppress(ProcessLookupError):
                    os.killpg(proc.pid, signal.SIGKILL)
                proc.wait()
                partial.unlink(missing_ok=True)
                raise
        elapsed = time.monotonic() - t0
        if proc.returncode != 0:
            partial.unlink(missing_ok=True)
            message = redaction.redact(_first_lines(err.decode(errors="replace")), url)
            raise BackupError(f"pg_dump failed (exit {proc.returncode}): {message}")
    os.chmod(partial, PRIVATE_FILE_MODE)
    digest = sha256_of(partial)
    size = partial.stat().st_size
    os.replace(partial, dump)
    manifest: dict[str, Any] = {
        "format": MANIFEST_FORMAT,
        "dump_file": dump.name,
        "sha256": digest,
        "size_bytes": size,
        "created_at": started.isoformat(timespec="seconds").replace("+00:00", "Z"),
        "dump_seconds": round(elapsed, 3),
        "database": dbname,
        "scope": "tables" if chosen else "database",
        "postgresql": {
            "server_version": server["version"],
            "server_version_num": int(server["num"]),
            "pg_dump_version": dump_version,
        },
        "stagenorm_version": stagenorm.__version__,
        "alembic_revision": revision,
        "dumped_tables": [{"schema": t.schema, "name": t.name} for t in chosen],
        "tables": counts,
    }
    manifest_path = manifest_path_for(dump)
    _write_atomically(manifest_path, json.dumps(manifest, indent=2, ensure_ascii=False) + "\n")
    logs.event(log_, "backup_created", file=str(dump), sha256=digest, size_bytes=size,
               seconds=round(elapsed, 3), scope=manifest["scope"], tables=len(counts), alembic_revision=revision)
    print(f"backup: wrote {dump} ({size:,} bytes in {elapsed:.2f} s)", file=out)
    print(f"backup: manifest {manifest_path} (sha256 {digest[:16]}..., {len(counts)} tables counted, "
          f"alembic {revision or 'none'})", file=out)
    return BackupResult(dump, manifest_path, manifest)


# --------------------------------------------------------------------------- verify


def manifest_path_for(dump: Path) -> Path:
    return dump.with_name(dump.name + MANIFEST_SUFFIX)


def dump_path_for(path: Path) -> Path:
    """Accept the dump or its manifest on the command line."""
    return path.with_name(path.name[: -len(MANIFEST_SUFFIX)]) if path.name.endswith(MANIFEST_SUFFIX) else path


REQUIRED_FIELDS = {"format": str, "sha256": str, "size_bytes": int, "tables": list}


def load_manifest(dump: Path) -> tuple[dict[str, Any] | None, list[str]]:
    path = manifest_path_for(dump)
    try:
        manifest = json.loads(path.read_text("utf-8"))
    except FileNotFoundError:
        return None, [f"{path}: manifest missing (backups made by `stagenorm backup create` have one)"]
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        return None, [f"{path}: manifest unreadable: {exc}"]
    if not isinstance(manifest, dict):
        return None, [f"{path}: manifest is not a JSON object"]
    problems = [
        f"{path}: manifest field {name!r} missing or not {kind.__name__}"
        for name, kind in REQUIRED_FIELDS.items()
        if not isinstance(manifest.get(name), kind) or isinstance(manifest.get(name), bool)
    ]
    if not problems and manifest["format"] != MANIFEST_FORMAT:
        problems.append(f"{path}: manifest format {manifest['format']!r}, expected {MANIFEST_FORMAT!r}")
    if not problems and not re.fullmatch(r"[0-9a-f]{64}", manifest["sha256"]):
        problems.append(f"{path}: manifest sha256 is not 64 hex digits")
    return (manifest if not problems else None), problems


def archive_listing(dump: Path, pg_restore: Path) -> tuple[list[str], str | None]:
    done = subprocess.run([str(pg_restore), "--list", str(dump)], capture_output=True, check=False, timeout=600)
    if done.returncode != 0:
        return [], _first_lines(done.stderr.decode(errors="replace"))
    return done.stdout.decode(errors="replace").splitlines(), None


def _lists_table_data(listing: list[str], schema: str, name: str) -> bool:
    # A TOC line: "3371; 0 16390 TABLE DATA public deals postgres"
    for line in listing:
        if line.startswith(";"):
            continue
        rest = line.split(" TABLE DATA ", 1)
        if len(rest) == 2 and rest[1].startswith(f"{schema} {name} "):
            return True
    return False


def verify_backup(path: Path) -> tuple[list[str], dict[str, Any] | None]:
    """Problems with a backup (empty when it is sound), and its manifest."""
    dump = dump_path_for(path)
    if not dump.is_file():
        return [f"{dump}: no such file"], None
    manifest, problems = load_manifest(dump)
    if manifest is not None:
        size = dump.stat().st_size
        if size != manifest["size_bytes"]:
            problems.append(f"{dump}: size {size:,} bytes, manifest says {manifest['size_bytes']:,}")
        digest = sha256_of(dump)
        if digest != manifest["sha256"]:
            problems.append(f"{dump}: sha256 {digest}, manifest says {manifest['sha256']} "
                            "(the file changed after the backup)")
    server_major = None
    if manifest is not None:
        server_major = (manifest.get("postgresql") or {}).get("server_version_num")
        server_major = int(server_major) // 10000 if isinstance(server_major, int) else None
    pg_restore = find_tool("pg_restore", server_major)
    listing, error = archive_listing(dump, pg_restore)
    if error is not None:
        problems.append(f"{dump}: pg_restore --list cannot read the archive: {error}")
    elif manifest is not None:
        dumped = manifest.get("dumped_tables") or []
        expected = [t for t in manifest["tables"] if isinstance(t, dict) and t.get("rows", 0) > 0]
        names = {(t.get("schema"), t.get("name")) for t in dumped} if dumped else None
        for table in expected:
            key = (table.get("schema"), table.get("name"))
            if names is not None and key not in names:
                continue
            if not _lists_table_data(listing, str(key[0]), str(key[1])):
                problems.append(f"{dump}: archive lists no TABLE DATA for {key[0]}.{key[1]} "
                                f"(manifest counts {table['rows']:,} rows)")
    return problems, manifest


# --------------------------------------------------------------------------- restore-test


@dataclass
class Check:
    name: str
    ok: bool
    detail: str

    def line(self) -> str:
        return f"{'ok  ' if self.ok else 'FAIL'} {self.name}: {self.detail}"


@dataclass
class RestoreReport:
    scratch: str
    restore_seconds: float | None = None
    checks: list[Check] = field(default_factory=list)
    error: str | None = None
    dropped: bool = False

    @property
    def ok(self) -> bool:
        return self.error is None and bool(self.checks) and all(c.ok for c in self.checks)


def scratch_name() -> str:
    stamp = datetime.now(UTC).strftime("%Y%m%d%H%M%S")
    return f"{SCRATCH_PREFIX}{stamp}_{os.getpid()}_{secrets.token_hex(3)}"


def _admin(url: str, maintenance_db: str) -> db.Connection:
    return db.connect(with_dbname(url, maintenance_db), autocommit=True,
                      application_name="stagenorm-restore-test")


def _run_tool(cmd: list[str], env: dict[str, str]) -> subprocess.CompletedProcess[bytes]:
    """Run a client tool; on an exception (an interruption included) stop it first."""
    proc = subprocess.Popen(cmd, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            start_new_session=True, umask=TOOL_UMASK)
    try:
        out, err = proc.communicate()
    except BaseException:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(proc.pid, signal.SIGTERM)
        try:
            proc.wait(10)
        except subprocess.TimeoutExpired:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(proc.pid, signal.SIGKILL)
            proc.wait()
        raise
    return subprocess.CompletedProcess(cmd, proc.returncode, out, err)


def smoke_checks(conn: db.Connection, manifest: dict[str, Any]) -> list[Check]:
    checks: list[Check] = []
    for table in manifest["tables"]:
        ref = TableRef(str(table["schema"]), str(table["name"]))
        present = db.one(conn, "backup_table_exists", {"schema": ref.schema, "name": ref.name})["present"]
        if not present:
            checks.append(Check(f"rows {ref.qualified}", False, "table missing after restore"))
            continue
        got = row_count(conn, ref)
        want = int(table["rows"])
        checks.append(Check(f"rows {ref.qualified}", got == want, f"{got:,} restored, manifest {want:,}"))
        for column in table.get("stage_columns") or []:
            have = stage_counts(conn, ref, str(column["column"]))
            same = all(have[k] == column.get(k) for k in ("labels", "distinct", "other_labels", "other_rows"))
            detail = (f"{have['distinct']:,} distinct labels match the manifest" if same else
                      f"{have['distinct']:,} distinct labels restored, manifest {column.get('distinct')}; "
                      "the counts per label differ")
            checks.append(Check(f"stages {ref.qualified}.{column['column']}", same, detail))
    want_enforced = sorted((str(t["schema"]), str(t["name"]), str(e["column"]), str(e.get("kind")))
                           for t in manifest["tables"] for e in t.get("enforced") or [])
    if want_enforced:
        got_enforced = sorted((t.schema, t.name, c, k) for t, c, k in enforced_columns(conn))
        missing = [f"{s}.{n}.{c}" for s, n, c, k in want_enforced if (s, n, c, k) not in got_enforced]
        checks.append(Check("enforcement", not missing,
                            f"{len(want_enforced) - len(missing)} of {len(want_enforced)} enforced columns attached"
                            + (f"; missing {', '.join(missing)}" if missing else "")))
    has_fn = db.one(conn, "preflight_function_exists",
                    {"signature": "stagenorm.normalize_stage(text)"})["present"]
    if has_fn:
        try:
            got_key = db.one(conn, "normalize_stage", {"label": KNOWN_LABEL})["key"]
            detail = f"{got_key!r}"
        except psycopg.Error as exc:
            got_key, detail = None, f"error {exc.sqlstate}: {_first_lines(str(exc), 1)}"
        checks.append(Check(f"normalize_stage({KNOWN_LABEL!r})", got_key == KNOWN_KEY,
                            f"{detail}, expected {KNOWN_KEY!r}"))
    else:
        checks.append(Check(f"normalize_stage({KNOWN_LABEL!r})", False, "stagenorm.normalize_stage(text) missing"))
    want_rev = manifest.get("alembic_revision")
    got_rev = alembic_revision(conn)
    checks.append(Check("alembic revision", got_rev == want_rev,
                        f"{got_rev or 'none'}, manifest {want_rev or 'none'}"))
    return checks


def restore_test(path: Path, url: str, *, maintenance_db: str = "postgres", no_owner: bool = False,
                 log: TextIO | None = None, name: str | None = None) -> RestoreReport:
    """Restore into a scratch database, run the smoke checks, and always drop it."""
    out = log or sys.stdout
    dump = dump_path_for(path)
    problems, manifest = verify_backup(dump)
    report = RestoreReport(scratch=name or scratch_name())
    if problems or manifest is None:
        report.error = "the backup does not verify: " + "; ".join(problems)
        return report
    with signals.signals_raise(), tempfile.TemporaryDirectory(prefix="stagenorm-restore-") as tmp:
        scratch_dir = Path(tmp)
        attempted = False
        try:
            with _admin(url, maintenance_db) as admin:
                server = db.one(admin, "server_version")
            pg_restore = find_tool("pg_restore", int(server["num"]) // 10000)
            attempted = True
            try:
                with _admin(url, maintenance_db) as admin:
                    admin.execute(_composed("restore_create_database", name=sql.Identifier(report.scratch)))
                    admin.execute(_composed(
                        "restore_comment_database", name=sql.Identifier(report.scratch),
                        comment=sql.Literal(f"stagenorm restore-test scratch database of pid {os.getpid()}; "
                                            "`stagenorm restore-test --drop-leftovers` drops it")))
            except psycopg.Error as exc:
                report.error = (f"cannot create the scratch database: {_first_lines(str(exc), 1)} "
                                "(the role needs CREATEDB)")
                return report
            scratch_url = with_dbname(url, report.scratch)
            print(f"restore-test: restoring {dump.name} into scratch database {report.scratch}", file=out)
            tables_only = manifest.get("scope") == "tables"
            cmd = [str(pg_restore), "--exit-on-error", "--single-transaction", "--no-password"]
            if no_owner:
                cmd += ["--no-owner", "--no-acl"]
            if tables_only:
                _prepare_for_tables(scratch_url, manifest, out)
                cmd.append(f"--use-list={_list_without_enforcement(dump, pg_restore, scratch_dir)}")
            with libpq_target(scratch_url) as (target, env):
                t0 = time.monotonic()
                done = _run_tool([*cmd, f"--dbname={target}", str(dump)], env)
            report.restore_seconds = time.monotonic() - t0
            if done.returncode != 0:
                stderr = redaction.redact(_first_lines(done.stderr.decode(errors="replace")), url)
                report.error = f"pg_restore failed (exit {done.returncode}) and rolled back: {stderr}"
                return report
            print(f"restore-test: restored in {report.restore_seconds:.2f} s "
                  "(pg_restore --exit-on-error --single-transaction)", file=out)
            try:
                with db.connection(scratch_url, autocommit=True,
                                   application_name="stagenorm-restore-test") as conn:
                    if tables_only:
                        _reattach_enforcement(conn, manifest, out)
                    report.checks = smoke_checks(conn, manifest)
            except psycopg.Error as exc:
                report.error = f"smoke queries failed: {_first_lines(str(exc), 1)}"
            for check in report.checks:
                print(check.line(), file=out)
        finally:
            if attempted:
                with signals.signals_deferred() as arrived:
                    report.dropped = drop_scratch(url, maintenance_db, report.scratch, out)
                if arrived:
                    raise signals.Interrupted(arrived[0])
    return report


def _prepare_for_tables(scratch_url: str, manifest: dict[str, Any], out: TextIO) -> None:
    """A table archive holds neither stagenorm nor the tables' schemas: install them first."""
    from stagenorm.migrations import upgrade

    revision = manifest.get("alembic_revision")
    if revision:
        print(f"restore-test: table archive; installing stagenorm at revision {revision} first", file=out)
        upgrade(scratch_url, str(revision))
    with db.connection(scratch_url, autocommit=True, application_name="stagenorm-restore-test") as conn:
        for schema in sorted({str(t["schema"]) for t in manifest.get("dumped_tables") or []}):
            conn.execute(_composed("restore_create_schema", name=sql.Identifier(schema)))


ENFORCEMENT_TRIGGER = re.compile(r" TRIGGER \S+ \S+ stagenorm_(?:enforce|count|countu)_")


def _list_without_enforcement(dump: Path, pg_restore: Path, directory: Path) -> Path:
    """The archive's table of contents without stagenorm's triggers: their functions are
    generated per column and live outside a table archive; they are re-attached afterwards."""
    listing, error = archive_listing(dump, pg_restore)
    if error is not None:
        raise BackupError(f"pg_restore --list cannot read {dump}: {error}")
    kept = [line for line in listing if not ENFORCEMENT_TRIGGER.search(line)]
    path = directory / "restore.list"
    _write_private(path, "\n".join(kept) + "\n")
    return path


def _reattach_enforcement(conn: db.Connection, manifest: dict[str, Any], out: TextIO) -> None:
    for table in manifest["tables"]:
        name = TableRef(str(table["schema"]), str(table["name"])).identifier.as_string(conn)
        for entry in table.get("enforced") or []:
            query = "restore_enforce_distribution" if entry.get("kind") == "distribution" else "restore_enforce_label"
            db.one(conn, query, {"table": name, "column": str(entry["column"])})
            print(f"restore-test: enforcement re-attached to {name}.{entry['column']}", file=out)


def drop_scratch(url: str, maintenance_db: str, name: str, out: TextIO) -> bool:
    try:
        with _admin(url, maintenance_db) as admin:
            admin.execute(_composed("restore_drop_database", name=sql.Identifier(name)))
    except (psycopg.Error, ConfigurationError) as exc:
        print(f"restore-test: could not drop scratch database {name}: {exc}; "
              f"run: DROP DATABASE \"{name}\" WITH (FORCE)", file=sys.stderr)
        return False
    print(f"restore-test: dropped scratch database {name}", file=out)
    return True


def leftover_scratch_databases(url: str, maintenance_db: str = "postgres") -> list[str]:
    with _admin(url, maintenance_db) as admin:
        return [str(r["name"]) for r in db.run(admin, "restore_scratch_databases", {"prefix": SCRATCH_PREFIX})]
