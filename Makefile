# Every target bootstraps .venv from the hash-pinned lock first; a fresh machine needs only
# python3, git and make.
PYTHON ?= python3
# VENV=<dir> reuses another checkout's environment (the upstream end-to-end test does). An environment
# outside this tree is used as it is: never rebuilt, never re-pointed at this tree by `pip install -e .`.
VENV ?= .venv
VENV_ELSEWHERE := $(filter-out $(realpath $(CURDIR))/%,$(or $(realpath $(VENV)),$(abspath $(VENV))))
BIN := $(VENV)/bin
PY := $(BIN)/python
# The generator's ruff post-hooks and our scripts find the pinned tools on PATH.
export PATH := $(abspath $(BIN)):$(PATH)

UPSTREAM ?=
OUT ?=

.PHONY: help generate test lint typecheck pytest contract bench update-spec record lock clean

help:
	@echo "make generate    build spec/clockify.corrected.json and regenerate generated/ (UPSTREAM=<file or URL> OUT=<dir>: another upstream)"
	@echo "make test        ruff, mypy and the whole test suite (CI runs this)"
	@echo "make contract    the contract suite alone (replays VCR cassettes); JUnit XML and coverage in .reports/"
	@echo "make bench       benchmarks; writes .bench/results.json"
	@echo "make update-spec UPSTREAM=<file or URL>   re-correct, diff and regenerate from a new upstream document"
	@echo "make record      re-record cassettes against the live API (needs CLOCKIFY_API_KEY; never in CI)"
	@echo "make lock        re-resolve the hash-pinned requirements files"

ifeq ($(VENV_ELSEWHERE),)
$(VENV)/.installed: requirements-dev.txt pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --disable-pip-version-check --require-hashes --no-deps -r requirements-dev.txt
	$(BIN)/pip install --quiet --disable-pip-version-check --no-deps --no-build-isolation -e .
	@touch $@
else
$(VENV)/.installed: requirements-dev.txt pyproject.toml
	@test -f $@ || { echo "make: VENV=$(VENV) is not an environment built by make; run make in its own checkout first" >&2; exit 2; }
	@echo "make: VENV=$(VENV) belongs to another checkout: used as it is, not reinstalled from this tree" >&2
endif

generate: $(VENV)/.installed
	@test -z "$(OUT)" || test -n "$(UPSTREAM)" || { echo "make generate: OUT=$(OUT) needs UPSTREAM=<file or URL> (without UPSTREAM, generate rewrites the project's own client)" >&2; exit 2; }
	$(PY) -m scripts.generate $(if $(UPSTREAM),--upstream "$(UPSTREAM)" --out "$(or $(OUT),build/upstream)")

lint: $(VENV)/.installed
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

typecheck: $(VENV)/.installed
	$(BIN)/mypy

pytest: $(VENV)/.installed
	$(BIN)/pytest

test: lint typecheck pytest

# JUnit XML and the coverage table (operations, statuses, documented errors exercised through the fake) for CI.
contract: $(VENV)/.installed
	CONTRACT_REPORTS=.reports $(BIN)/pytest contract_tests -m contract --junitxml=.reports/contract-junit.xml

bench: $(VENV)/.installed
	$(PY) -m scripts.bench

update-spec: $(VENV)/.installed
	@test -n "$(UPSTREAM)" || { echo "usage: make update-spec UPSTREAM=<file or https URL>" >&2; exit 2; }
	$(PY) -m scripts.update_spec "$(UPSTREAM)"

record: $(VENV)/.installed
	$(PY) -m scripts.record

lock: $(VENV)/.installed
	$(BIN)/uv pip compile pyproject.toml --extra dev --generate-hashes --python-version 3.11 --no-header -q -o requirements-dev.txt
	$(BIN)/uv pip compile pyproject.toml --generate-hashes --python-version 3.11 --no-header -q -o requirements.txt

clean:
	rm -rf $(if $(VENV_ELSEWHERE),,$(VENV)) build .bench .reports .pytest_cache .mypy_cache .ruff_cache
