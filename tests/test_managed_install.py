"""Installing as a managed service's database owner, and who may read what afterwards.

A managed service (Neon, RDS, Cloud SQL...) gives the application a database owner that
is not a superuser: LOGIN CREATEROLE CREATEDB. These tests make such roles on the
session's PostgreSQL and run `stagenorm migrate` / `alembic upgrade head` as them, as a
user would (subprocesses), and check the least-privilege grants (issue 17 item 6).
Roles are cluster-wide: each test makes its own, with unique names, and drops them.
"""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from urllib.parse import urlsplit

import psycopg
import pytest

from stagenorm import db
from tests import harness
from tests.conftest import create_database, drop_database

PASSWORD = "managed-test-pw"
MONITORED = ("SELECT * FROM stagenorm.enforced_columns()",
             "SELECT * FROM stagenorm.promotion_gate()",
             "SELECT * FROM stagenorm.value_counts_total()")


def as_role(url: str, role: str) -> str:
    """``url`` logging in as ``role`` (the password is ignored where the server trusts)."""
    parts = urlsplit(url)
    host = parts.netloc.rsplit("@", 1)[-1]
    return parts._replace(netloc=f"{role}:{PASSWORD}@{host}").geturl()


def run(*args: str, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    base = {"PATH": os.environ.get("PATH", "/usr/bin:/bin")}
    return subprocess.run([*args], env={**base, **env}, capture_output=True, text=True,
                          timeout=300, check=False, cwd=harness.REPO)


def stagenorm(*args: str, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return run(sys.executable, "-m", "stagenorm.cli", *args, env=env)


def alembic(*args: str, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return run(sys.executable, "-m", "alembic", *args, env=env)


@pytest.fixture
def roles(pg_server: harness.PostgresServer) -> Iterator[list[str]]:
    """Names of roles the test creates (appended to), dropped at the end."""
    made: list[str] = []
    yield made
    with psycopg.connect(pg_server.url, autocommit=True) as conn:
        for name in reversed(made):
            conn.execute(f'DROP ROLE IF EXISTS "{name}"')


def make_role(pg_server: harness.PostgresServer, made: list[str], name: str, options: str = "LOGIN") -> str:
    name = f"{name}_{os.getpid()}"
    with psycopg.connect(pg_server.url, autocommit=True) as conn:
        conn.execute(f'DROP ROLE IF EXISTS "{name}"')
        conn.execute(f"CREATE ROLE \"{name}\" {options} PASSWORD '{PASSWORD}'")
    made.append(name)
    return name


def owned_database(pg_server: harness.PostgresServer, name: str, owner: str) -> str:
    url = create_database(pg_server, name)
    with psycopg.connect(pg_server.url, autocommit=True) as conn:
        conn.execute(f'ALTER DATABASE "{name}" OWNER TO "{owner}"')
    with psycopg.connect(url, autocommit=True) as conn:
        conn.execute(f'ALTER SCHEMA public OWNER TO "{owner}"')
    return url


# --------------------------------------------------------------------------- least privilege


def test_a_plain_role_cannot_read_the_counts_and_the_monitor_role_can(
        pg_server: harness.PostgresServer, db_url: str, roles: list[str]) -> None:
    plain = make_role(pg_server, roles, "sn_plain")
    collector = make_role(pg_server, roles, "sn_collector", "LOGIN IN ROLE stagenorm_monitor")
    with psycopg.connect(as_role(db_url, plain)) as conn:
        for query in MONITORED:
            with pytest.raises(psycopg.errors.InsufficientPrivilege):
                conn.execute(query)
            conn.rollback()
        # What PUBLIC keeps: the mode and the taxonomy functions.
        assert conn.execute("SELECT stagenorm.normalize_stage('Series A')").fetchone() == ("series_a",)
    with db.connect(as_role(db_url, collector)) as conn:
        for query in MONITORED:
            conn.execute(query).fetchall()
        # The collector's own query, as stagenorm/collector.py sends it, runs as the monitor ...
        db.run(conn, "collector_snapshot")
        # ... which stays read-only: no mode changes, no backfill, no taxonomy changes.
        for call in ("SELECT stagenorm.set_mode('off', 'x', 'y', 'z', NULL, false)",
                     "SELECT stagenorm.add_alias('seedling', 'seed', 'x', 'y', false)",
                     "DELETE FROM stagenorm.backfill_job"):
            conn.rollback()
            with pytest.raises(psycopg.errors.InsufficientPrivilege):
                conn.execute(call)


def test_public_has_no_execute_on_the_monitored_functions(conn: psycopg.Connection[dict[str, object]]) -> None:
    rows = conn.execute(
        "SELECT p.oid::regprocedure::text AS fn, "
        "       has_function_privilege('public', p.oid, 'EXECUTE') AS public_may, "
        "       has_function_privilege('stagenorm_monitor', p.oid, 'EXECUTE') AS monitor_may, "
        "       has_function_privilege('stagenorm_admin', p.oid, 'EXECUTE') AS admin_may "
        "  FROM pg_proc p WHERE p.pronamespace = 'stagenorm'::regnamespace "
        "   AND p.proname IN ('enforced_columns', 'promotion_gate', 'value_counts_total') ORDER BY 1").fetchall()
    assert [r["fn"] for r in rows] == ["stagenorm.enforced_columns()",
                                       "stagenorm.promotion_gate(timestamp with time zone,integer,bigint,numeric)",
                                       "stagenorm.value_counts_total()"]
    assert all(not r["public_may"] and r["monitor_may"] and r["admin_may"] for r in rows), rows


# --------------------------------------------------------------------------- the install as a non-superuser


def test_without_createrole_the_install_names_the_privilege_and_the_fix(
        pg_server: harness.PostgresServer, roles: list[str]) -> None:
    owner = make_role(pg_server, roles, "sn_owner_nocr", "LOGIN NOCREATEROLE CREATEDB NOSUPERUSER")
    name = "stagenorm_managed_nocr"
    url = owned_database(pg_server, name, owner)
    missing = f"sn_absent_{os.getpid()}"
    try:
        # A superuser has made PL/Python available in this database: the role check is what fails.
        with psycopg.connect(url, autocommit=True) as conn:
            conn.execute("CREATE EXTENSION plpython3u")
        env = {"DATABASE_URL": as_role(url, owner), "STAGENORM_ADMIN_ROLE": missing}
        done = stagenorm("migrate", env=env)
        assert done.returncode == 2, done.stderr
        assert "Traceback" not in done.stderr
        assert f'permission denied to create role "{missing}"' in done.stderr
        assert "CREATEROLE" in done.stderr and "SQLSTATE 42501" in done.stderr
        assert f"CREATE ROLE {missing} NOLOGIN" in done.stderr and "STAGENORM_ADMIN_ROLE=<role>" in done.stderr
        done = alembic("-x", f"admin_role={missing}", "upgrade", "head", env={"DATABASE_URL": as_role(url, owner)})
        said = done.stdout + done.stderr  # alembic prints FAILED: ... on stdout
        assert done.returncode != 0
        assert "Traceback" not in said
        assert "FAILED: migration failed" in said and "CREATEROLE" in said
        pre = stagenorm("preflight", "--json", env=env)
        assert pre.returncode == 1
        assert f'"subject": "role {missing}"' in pre.stdout and "CREATEROLE" in pre.stdout
        with psycopg.connect(url) as conn:  # nothing was left behind
            assert conn.execute("SELECT to_regnamespace('stagenorm')").fetchone() == (None,)
    finally:
        drop_database(pg_server, name)


@pytest.mark.parametrize("bad", ["Bad-Name", "pg_admin", "x;drop"])
def test_a_role_name_that_is_not_a_plain_identifier_is_refused(
        pg_server: harness.PostgresServer, bad: str) -> None:
    name = "stagenorm_managed_badname"
    url = create_database(pg_server, name)
    try:
        done = stagenorm("migrate", "--admin-role", bad, env={"DATABASE_URL": url})
        assert done.returncode == 2 and "Traceback" not in done.stderr
        assert "plain lower-case SQL identifier" in done.stderr
    finally:
        drop_database(pg_server, name)


def test_named_roles_receive_every_grant_and_upgrades_keep_them(
        pg_server: harness.PostgresServer, roles: list[str]) -> None:
    admin = make_role(pg_server, roles, "acme_sn_admin", "NOLOGIN")
    monitor = make_role(pg_server, roles, "acme_sn_monitor", "NOLOGIN")
    name = "stagenorm_managed_named"
    url = create_database(pg_server, name)
    try:
        done = alembic("-x", f"admin_role={admin}", "-x", f"monitor_role={monitor}", "upgrade", "head",
                       env={"DATABASE_URL": url})
        assert done.returncode == 0, done.stderr
        with psycopg.connect(url) as conn:
            grantees = {r[0] for r in conn.execute(
                "SELECT DISTINCT a.grantee::regrole::text FROM pg_proc p, aclexplode(p.proacl) a "
                " WHERE p.pronamespace = 'stagenorm'::regnamespace AND a.grantee <> 0 AND a.grantee <> p.proowner "
                "UNION SELECT DISTINCT a.grantee::regrole::text FROM pg_class c, aclexplode(c.relacl) a "
                " WHERE c.relnamespace = 'stagenorm'::regnamespace AND a.grantee <> 0 AND a.grantee <> c.relowner")}
            assert grantees == {admin, monitor}
            # Membership checks inside function bodies name the role too.
            bodies = conn.execute("SELECT string_agg(prosrc, ' ') FROM pg_proc "
                                  "WHERE pronamespace = 'stagenorm'::regnamespace").fetchone()[0]
            assert "stagenorm_admin" not in bodies and f"'{admin}'" in bodies
            assert conn.execute("SELECT has_function_privilege(%s, 'stagenorm.value_counts_total()', 'EXECUTE')",
                                [monitor]).fetchone() == (True,)
        # An upgrade without the settings keeps them; one that contradicts them is refused.
        done = stagenorm("migrate", env={"DATABASE_URL": url})
        assert done.returncode == 0, done.stderr
        done = stagenorm("migrate", env={"DATABASE_URL": url, "STAGENORM_ADMIN_ROLE": "stagenorm_admin"})
        assert done.returncode == 2 and "Traceback" not in done.stderr
        assert f"the installed schema grants to '{admin}'" in done.stderr
    finally:
        drop_database(pg_server, name)


def test_a_createrole_owner_installs_creates_the_roles_and_runs_everything(
        pg_server: harness.PostgresServer, roles: list[str]) -> None:
    """The managed-service owner: LOGIN CREATEROLE CREATEDB, not superuser, owning the database.

    Until the portable implementation (branch `portable`) is merged the install still
    creates PL/Python functions, which only a superuser may: here a superuser marks
    plpython3u trusted in this one database so that everything else (roles, ownership,
    SECURITY DEFINER functions owned by a non-superuser, the backfill's commit check, the
    gate) is what runs as the owner. Once `portable` is merged, drop that one statement:
    the test then covers the managed path exactly.
    """
    owner = make_role(pg_server, roles, "sn_owner", "LOGIN CREATEROLE CREATEDB NOSUPERUSER")
    admin, monitor = f"sn_new_admin_{os.getpid()}", f"sn_new_monitor_{os.getpid()}"
    roles[:0] = [admin, monitor]  # dropped after the owner
    name = "stagenorm_managed_owner"
    url = owned_database(pg_server, name, owner)
    try:
        with psycopg.connect(url, autocommit=True) as conn:
            conn.execute("CREATE EXTENSION plpython3u")
            conn.execute("UPDATE pg_language SET lanpltrusted = true WHERE lanname = 'plpython3u'")
        env = {"DATABASE_URL": as_role(url, owner), "STAGENORM_ADMIN_ROLE": admin, "STAGENORM_MONITOR_ROLE": monitor}
        done = alembic("upgrade", "head", env=env)
        assert done.returncode == 0, done.stdout + done.stderr
        done = stagenorm("migrate", env={"DATABASE_URL": as_role(url, owner)})  # names kept from the install
        assert done.returncode == 0, done.stderr
        with psycopg.connect(as_role(url, owner), autocommit=True) as conn:
            assert conn.execute("SELECT rolsuper FROM pg_roles WHERE rolname = current_user").fetchone() == (False,)
            assert conn.execute("SELECT nspowner::regrole::text FROM pg_namespace WHERE nspname = 'stagenorm'"
                                ).fetchone() == (owner,)
            assert conn.execute("SELECT count(*) FROM pg_roles WHERE rolname IN (%s, %s) AND NOT rolcanlogin",
                                [admin, monitor]).fetchone() == (2,)
            # The owner made the roles, so it may grant them (PostgreSQL 16+: ADMIN OPTION).
            conn.execute(f'GRANT "{admin}" TO "{owner}"')
            conn.execute("CREATE TABLE deals (id bigserial PRIMARY KEY, stage text)")
            conn.execute("INSERT INTO deals (stage) SELECT (ARRAY['Series A', 'seed ', 'nonsense'])[1 + g % 3] "
                         "FROM generate_series(1, 300) AS g")
            conn.execute("CALL stagenorm.normalize_batched('deals', 'stage', batch_size => 100)")
            assert conn.execute("SELECT count(*) FROM deals WHERE stage IN ('series_a', 'seed')").fetchone() == (200,)
            with pytest.raises(psycopg.Error) as refused:
                conn.execute("BEGIN; CALL stagenorm.revert_batched(1); COMMIT;")
            assert refused.value.sqlstate == "SN006"
            conn.execute("ROLLBACK")
            conn.execute("CALL stagenorm.revert_batched(1)")
            assert conn.execute("SELECT count(*) FROM deals WHERE stage = 'Series A'").fetchone() == (100,)
            assert conn.execute("SELECT stagenorm.enforce_stage_column('deals', 'stage')").fetchone() == (True,)
            conn.execute("SELECT stagenorm.set_mode('enforce', 'test', 'managed owner', 'test', NULL, true)")
            with pytest.raises(psycopg.Error) as rejected:
                conn.execute("INSERT INTO deals (stage) VALUES ('seeed')")
            assert rejected.value.sqlstate == "SN001"
            assert conn.execute("SELECT mode FROM stagenorm.promotion_gate()").fetchone() == ("enforce",)
        pre = stagenorm("preflight", "--json", env={"DATABASE_URL": as_role(url, owner),
                                                    "ALERTMANAGER_WEBHOOK_SECRET": "whsec_" + "A" * 40})
        assert pre.returncode == 0, pre.stdout
        assert '"implementation": "plpython"' in pre.stdout
    finally:
        drop_database(pg_server, name)


def test_preflight_names_what_the_install_could_not_create(
        pg_server: harness.PostgresServer, roles: list[str]) -> None:
    """The privilege checks themselves, on a role that owns nothing and one that owns the
    database: CREATE on the database, trusted and untrusted extensions."""
    from stagenorm import preflight

    owner = make_role(pg_server, roles, "sn_pf_owner", "LOGIN NOCREATEROLE NOSUPERUSER")
    stranger = make_role(pg_server, roles, "sn_pf_stranger", "LOGIN NOCREATEROLE NOSUPERUSER")
    name = "stagenorm_managed_preflight"
    url = owned_database(pg_server, name, owner)
    wanted = ("pg_trgm", "plpython3u", "no_such_extension")
    try:
        with db.connect(as_role(url, stranger), autocommit=True) as conn:
            found = {p.subject: p for p in preflight.check_install_privileges(conn, wanted)}
        assert found["CREATE on database"].severity == "error"
        assert f'GRANT CREATE ON DATABASE "{name}" TO "{stranger}"' in found["CREATE on database"].message
        assert "needs CREATE on database" in found["extension pg_trgm"].message
        assert "not trusted" in found["extension plpython3u"].message
        assert "not available" in found["extension no_such_extension"].message
        assert found["plpython3u"].severity == "warning"  # the portable implementation is used instead
        with db.connect(as_role(url, owner), autocommit=True) as conn:
            found = {p.subject: p for p in preflight.check_install_privileges(conn, wanted)}
        assert "CREATE on database" not in found and "extension pg_trgm" not in found  # trusted: the owner may
        assert "not trusted" in found["extension plpython3u"].message
    finally:
        drop_database(pg_server, name)
