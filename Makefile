# stagenorm: `make demo` and `make test` on a fresh machine. Both install what is missing.
VENV ?= .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed-$(shell cat pyproject.toml requirements.lock | sha256sum | cut -c1-12)

.PHONY: help venv system-deps test-servers demo test test-fast test-compat test-lowest wheel lint typecheck pytest bench bench-quick bench-check bench-instructions freeze check-frozen clean

help:
	@echo "make demo   - run the whole story on an embedded PostgreSQL and Redis (KEEP=1 keeps them)"
	@echo "make test   - lint, type-check and run the whole test suite against real servers"
	@echo "make test-fast - only the fast tier (rules, signing, sampling, validation, ...; tests/tiers.py): the inner loop"
	@echo "make test-compat - only the compatibility suite (PostgreSQL 14-18, non-superuser owner, PgBouncer)"
	@echo "make bench  - run every benchmark and compare with the saved baselines (SAVE=1 saves, QUICK=1 short)"
	@echo "make bench-check - the speed gate: fails on a 1.5x slower normalizer or trigger (SAVE=1 re-saves its baseline; CI runs it)"
	@echo "make bench-instructions - instruction counts (callgrind) of batched normalization vs one UPDATE"
	@echo "make freeze - render sql/ into the frozen migration of the unreleased revision"
	@echo "make wheel  - build dist/stagenorm-*.whl, the whole product (sql/, alembic/, webhook/ inside)"
	@echo "make test-lowest - the tests of the dependencies' edges at the lowest supported versions (.venv-lowest)"

$(STAMP): pyproject.toml requirements.lock
	@command -v python3 >/dev/null || { echo "stagenorm: python3 is missing; run: sudo apt-get install -y python3 python3-venv" >&2; exit 1; }
	@test -x $(PY) || python3 -m venv $(VENV) || { echo "stagenorm: cannot create $(VENV); run: sudo apt-get install -y python3-venv" >&2; exit 1; }
	$(PY) -m pip install -q --disable-pip-version-check -r requirements.lock
	$(PY) -m pip install -q --disable-pip-version-check --no-deps -e .
	@rm -f $(VENV)/.installed-* && touch $@

venv: $(STAMP)

system-deps:
	@scripts/ensure-system-deps.sh

# PostgreSQL 14, 16, 17, 18 server binaries for tests/compat (fetched once, verified, cached).
test-servers:
	@scripts/ensure-test-postgres.sh

demo: system-deps venv
	$(PY) -m stagenorm.demo $(if $(KEEP),--keep,)

lint: venv
	$(VENV)/bin/ruff check stagenorm webhook tests benchmarks alembic scripts

typecheck: venv
	$(VENV)/bin/mypy

pytest: venv
	$(VENV)/bin/pytest -q -p no:cacheprovider

test: system-deps test-servers venv lint typecheck
	$(VENV)/bin/pytest -q -p no:cacheprovider

# The fast tier alone (tests/tiers.py): its files are named, so the other modules are not even
# imported. `make test` runs every tier.
test-fast: venv
	$(VENV)/bin/pytest -q -p no:cacheprovider -m fast $$($(PY) -m tests.tiers fast)

test-compat: system-deps test-servers venv
	$(VENV)/bin/pytest -q -p no:cacheprovider tests/compat

bench: system-deps venv
	$(PY) -m benchmarks.run $(if $(SAVE),--save,) $(if $(QUICK),--quick,)

# The speed gate (benchmarks/gate.py, about a minute): medians of alternating CPU-time ratios
# against benchmarks/baselines/gate.json, a band of 1.5x. SAVE=1 re-saves the baseline.
bench-check: system-deps venv
	$(PY) -m benchmarks.gate $(if $(SAVE),--save,)

bench-instructions: system-deps venv
	$(PY) -m benchmarks.instructions --batch-size 1000 5000 20000

# The lowest supported versions (requirements.lowest.txt) in a venv of their own, with the
# test tools of the lock, running the tests that exercise psycopg, SQLAlchemy/Alembic,
# redis, Flask and prometheus-client.
LOWEST_VENV ?= .venv-lowest
LOWEST_TESTS ?= tests/test_migrations.py tests/test_migration_history.py tests/test_orm.py \
	tests/test_preflight.py tests/test_modes_store.py tests/test_validation.py tests/test_webhook.py
LOWEST_STAMP := $(LOWEST_VENV)/.installed-$(shell cat pyproject.toml requirements.lowest.txt requirements.lock | sha256sum | cut -c1-12)
TEST_TOOLS := pytest pytest-timeout pluggy iniconfig packaging setuptools

$(LOWEST_STAMP): pyproject.toml requirements.lowest.txt requirements.lock
	@test -x $(LOWEST_VENV)/bin/python || python3 -m venv $(LOWEST_VENV)
	$(LOWEST_VENV)/bin/python -m pip install -q --disable-pip-version-check -r requirements.lowest.txt \
		$$(grep -iE '^($(subst $(eval) ,|,$(TEST_TOOLS)))==' requirements.lock)
	$(LOWEST_VENV)/bin/python -m pip install -q --disable-pip-version-check --no-deps --no-build-isolation -e .
	@rm -f $(LOWEST_VENV)/.installed-* && touch $@

test-lowest: system-deps $(LOWEST_STAMP)
	$(LOWEST_VENV)/bin/python -m pip list --format=freeze | grep -iE '^(psycopg|psycopg-binary|psycopg-pool|alembic|sqlalchemy|redis|flask|werkzeug|gunicorn|prometheus.client|tqdm)=='
	$(LOWEST_VENV)/bin/pytest -q -p no:cacheprovider $(LOWEST_TESTS)

wheel: venv
	rm -rf build dist/stagenorm-*.whl
	$(PY) -m pip wheel -q --disable-pip-version-check --no-deps --no-build-isolation -w dist .

freeze: venv
	$(PY) -m stagenorm.install --freeze alembic/versions/0001_initial.sql

clean:
	rm -rf $(VENV) $(LOWEST_VENV) build dist .pytest_cache .mypy_cache .ruff_cache .demo
