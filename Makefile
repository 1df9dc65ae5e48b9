# The two set-up commands of the README: `make install` and `make test`.
PYTHON ?= python3.11
VENV := .venv
PIP := $(VENV)/bin/pip

.PHONY: install test test-fast

install:
	@command -v $(PYTHON) >/dev/null || { echo "need $(PYTHON) (set PYTHON=...)"; exit 1; }
	test -x $(VENV)/bin/python || $(PYTHON) -m venv $(VENV)
	$(PIP) install --upgrade pip
	# torch first and pinned: an unpinned torch pulls a CUDA build of several GB
	$(PIP) install torch==2.13.0
	$(PIP) install -e '.[test,spark]'
	bash scripts/install_system_deps.sh

test:
	$(VENV)/bin/python -m pytest -q

test-fast:
	$(VENV)/bin/python -m pytest -q -m "not slow and not browser"
