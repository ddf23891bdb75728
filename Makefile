# Kennisbank e-protection. Two commands for a fresh machine: `make serve` and `make test`.
SHELL := /bin/bash
PYTHON ?= python3.11
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
PIP := $(BIN)/python -m pip --disable-pip-version-check --quiet
# What WeasyPrint (make pdf, and the tests of the PDFs) needs from Debian.
PANGO_PACKAGES := libpango-1.0-0 libpangoft2-1.0-0 libharfbuzz-subset0 fonts-dejavu-core
CHROMIUM := /usr/bin/chromium
# What builds and serves the site: mkdocs (MkDocs 1.6.1) or properdocs (ProperDocs 1.6.7, its maintained
# continuation); both are pinned and build the same HTML (tests/test_runners.py). `make serve RUNNER=properdocs`
RUNNER ?= mkdocs
export NO_MKDOCS_2_WARNING := 1
# Python keeps the bytecode of the project's modules in __pycache__/ (ignored by git) even where the
# environment says not to (PYTHONDONTWRITEBYTECODE, common in containers): else every build, test and
# benchmark process compiles the kennisbank package anew, 0.1 s each.
unexport PYTHONDONTWRITEBYTECODE

.PHONY: serve test venv check build links lint unit chromium clean release new contributing pdf pango lighthouse bench

## serve: install the pinned dependencies, build, and serve the site on http://127.0.0.1:8000
serve: venv
	$(BIN)/python -m $(RUNNER) serve --strict --dev-addr 127.0.0.1:8000

## test: everything CI runs: lint, validator, strict build, unit, HTML and browser tests
test: venv chromium pango lint check build links unit

venv: $(STAMP)

$(STAMP): requirements.txt requirements-dev.txt pyproject.toml
	@command -v $(PYTHON) >/dev/null || { echo "Python 3.11 ontbreekt: installeer $(PYTHON) met venv (Debian: apt-get install python3.11-venv)." >&2; exit 1; }
	$(PYTHON) -m venv $(VENV)
	$(PIP) install -r requirements-dev.txt
	$(PIP) install --no-deps --no-build-isolation --editable .
	touch $@

lint: venv
	$(BIN)/ruff check scripts tests tools
	$(BIN)/ruff format --check scripts tests tools
	$(BIN)/python -m mypy

check: venv
	$(BIN)/python -m kennisbank check

build: venv
	$(BIN)/python -m $(RUNNER) build --strict

## links: every internal link and anchor of the built site resolves; external links go to link-report.txt
links: build
	$(BIN)/python -m kennisbank links --site site --report link-report.txt

unit: venv chromium pango
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

## new: make new TYPE=interventie TITLE="…" [SLUG=naam] — a new entry with the next free ID and placeholders
new: venv
	@$(BIN)/python -m kennisbank new "$$TYPE" "$$TITLE" $(if $(SLUG),--slug "$$SLUG")

## contributing: regenerate the content model reference in CONTRIBUTING.md (a test fails when it is stale)
contributing: venv
	$(BIN)/python -m kennisbank contributing

## pdf: the handout of every expert meeting as PDF, printed by WeasyPrint, into site/pdf/
pdf: venv pango build
	$(BIN)/python -m kennisbank pdf

# WeasyPrint needs Debian's Pango; installed with apt-get when missing and running as root, like Chromium.
pango: venv
	@if $(BIN)/python -c "import weasyprint" 2>/dev/null; then exit 0; fi; \
	if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null; then \
		echo "Pango ontbreekt (nodig voor WeasyPrint); installeren met apt-get ..."; \
		apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $(PANGO_PACKAGES) >/dev/null; \
	else \
		echo "Pango ontbreekt (nodig voor WeasyPrint). Installeer het als root met: apt-get install $(PANGO_PACKAGES)" >&2; exit 1; \
	fi

## release: make release VERSION=2026.1 [SITE_URL=https://…] [PUSH=1] — check, record, deploy with mike
release: venv
	@test -n "$(VERSION)" || { echo "Geef een versie: make release VERSION=2026.1" >&2; exit 2; }
	$(BIN)/python -m kennisbank release $(VERSION) $(if $(SITE_URL),--site-url $(SITE_URL)) $(if $(PUSH),--push)

## lighthouse: Lighthouse scores (mobile) of the home page, an entry and a catalogue, into .lighthouse/; not part of `make test`
LIGHTHOUSE := tools/lighthouse
lighthouse: build chromium $(LIGHTHOUSE)/node_modules/.installed
	$(BIN)/python $(LIGHTHOUSE)/run.py --site site --out .lighthouse

# Lighthouse exactly as pinned in its package-lock.json, from the npm registry.
$(LIGHTHOUSE)/node_modules/.installed: $(LIGHTHOUSE)/package.json $(LIGHTHOUSE)/package-lock.json
	@command -v npm >/dev/null || { echo "npm ontbreekt. Installeer het als root met: apt-get install nodejs npm" >&2; exit 1; }
	npm ci --prefix $(LIGHTHOUSE) --no-audit --no-fund
	touch $@

## bench: build synthetic sites of 100, 500 and 2000 entries and the real one, measure them against bare
## Material; prints a table and a PASS/FAIL line per target, writes bench/results.json and bench/build-time.svg
bench: venv
	$(BIN)/python -m tools.bench

## clean: remove what builds and tests leave behind, the build cache (.cache/) too
clean:
	rm -rf site .cache link-report.txt .pytest_cache .ruff_cache .hypothesis
