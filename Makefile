# Kennisbank e-protection. Two commands for a fresh machine: `make serve` and `make test`.
SHELL := /bin/bash
PYTHON ?= python3.11
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
PIP := $(BIN)/python -m pip --disable-pip-version-check --quiet
CHROMIUM := /usr/bin/chromium
export NO_MKDOCS_2_WARNING := 1

.PHONY: serve test venv check build lint unit chromium clean

## serve: install the pinned dependencies, build, and serve the site on http://127.0.0.1:8000
serve: venv
	$(BIN)/mkdocs serve --strict --dev-addr 127.0.0.1:8000

## test: everything CI runs: lint, validator, strict build, unit, HTML and browser tests
test: venv chromium lint check build unit

venv: $(STAMP)

$(STAMP): requirements.txt requirements-dev.txt pyproject.toml
	@command -v $(PYTHON) >/dev/null || { echo "Python 3.11 ontbreekt: installeer $(PYTHON) met venv (Debian: apt-get install python3.11-venv)." >&2; exit 1; }
	$(PYTHON) -m venv $(VENV)
	$(PIP) install -r requirements-dev.txt
	$(PIP) install --no-deps --no-build-isolation --editable .
	touch $@

lint: venv
	$(BIN)/ruff check scripts tests
	$(BIN)/ruff format --check scripts tests

check: venv
	$(BIN)/python -m kennisbank check

build: venv
	$(BIN)/mkdocs build --strict

unit: venv chromium
	$(BIN)/pytest

# Browser tests drive Debian's Chromium; Playwright never downloads a browser of its own.
chromium:
	@if [ -x $(CHROMIUM) ]; then exit 0; fi; \
	if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null; then \
		echo "Chromium ontbreekt; installeren met apt-get ..."; \
		apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null; \
	else \
		echo "Chromium ontbreekt. Installeer het als root met: apt-get install chromium" >&2; exit 1; \
	fi

clean:
	rm -rf site .pytest_cache .ruff_cache
