# The two commands of the README: `make run` and `make test`. Each sets up what it needs on a fresh machine.
SHELL := /bin/bash
VENV := .venv
PY := $(VENV)/bin/python
PYTHON ?= $(shell for p in python3.12 python3.11 python3.13 python3; do \
	command -v $$p >/dev/null 2>&1 && $$p -c 'import sys; sys.exit(sys.version_info < (3, 11))' 2>/dev/null \
	&& { command -v $$p; break; }; done)
INPUT ?=
OUT ?= build

.PHONY: run test lint typecheck check bench system-deps clean

$(VENV)/.base: pyproject.toml
	@test -n "$(PYTHON)" || { echo "Error: Python >= 3.11 is needed; install python3.11 or newer" >&2; exit 1; }
	@test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e .
	@touch $@

$(VENV)/.test: $(VENV)/.base pyproject.toml
	$(PY) -m pip install --quiet -e '.[test]'
	@touch $@

# Debian packages the browser and store tests drive: Chromium and Virtuoso (installed when missing, as root).
system-deps:
	@bash scripts/system-deps.sh

run: $(VENV)/.base
	$(VENV)/bin/stancegraph build $(INPUT) --out $(OUT)

test: $(VENV)/.test system-deps
	$(PY) -m pytest

lint: $(VENV)/.test
	$(VENV)/bin/ruff check graph tests benchmarks
	$(VENV)/bin/mypy

bench: $(VENV)/.test
	$(PY) benchmarks/run_all.py

clean:
	rm -rf $(VENV) build/graph.* build/store
