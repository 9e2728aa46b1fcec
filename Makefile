# Sigap: `make run` sets up and starts the product with the demo; `make test` runs the whole suite.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
SIGAP := $(BIN)/sigap
HOST ?= 127.0.0.1
PORT ?= 8000
PYTEST_WORKERS ?= 2

.PHONY: run install test test-sqlite test-postgres lint bench messages clean

$(BIN)/activate:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip

$(VENV)/.installed: pyproject.toml | $(BIN)/activate
	$(BIN)/pip install -q -e .
	touch $@

$(VENV)/.test-installed: pyproject.toml | $(BIN)/activate
	$(BIN)/pip install -q -e '.[test]'
	touch $@ $(VENV)/.installed

install: $(VENV)/.installed

var/secret-key:
	mkdir -p var/static
	umask 077 && $(PYTHON) -c "import secrets; print(secrets.token_urlsafe(50))" > $@

run: install var/secret-key
	@export SIGAP_SECRET_KEY="$$(cat var/secret-key)"; \
	$(SIGAP) migrate --noinput -v 0 && \
	$(SIGAP) demo && \
	echo "" && echo "Sigap berjalan di http://$(HOST):$(PORT)/ (Ctrl+C untuk berhenti)" && \
	{ $(SIGAP) worker & worker=$$!; \
	  trap 'kill $$worker 2>/dev/null' EXIT INT TERM; \
	  $(SIGAP) runserver $(HOST):$(PORT) --noreload; }

test: $(VENV)/.test-installed
	$(BIN)/pytest -n $(PYTEST_WORKERS)
	@if [ -n "$$SIGAP_TEST_POSTGRES_URL" ]; then \
	  echo "== the same suite on PostgreSQL ($$SIGAP_TEST_POSTGRES_URL) =="; \
	  SIGAP_DATABASE_URL="$$SIGAP_TEST_POSTGRES_URL" $(BIN)/pytest -n $(PYTEST_WORKERS) -m "not browser"; \
	else \
	  echo "PostgreSQL run skipped: set SIGAP_TEST_POSTGRES_URL (e.g. postgresql://postgres@127.0.0.1:5432/test) to run the suite on PostgreSQL too."; \
	fi

lint: $(VENV)/.test-installed
	$(BIN)/ruff check sigap tests
	$(BIN)/ruff format --check sigap tests
	$(BIN)/lint-imports
	SIGAP_DEBUG=1 $(BIN)/mypy

BENCH_DATABASE_URL ?= sqlite:///var/bench.sqlite3
bench: install var/secret-key
	@export SIGAP_SECRET_KEY="$$(cat var/secret-key)" SIGAP_DATABASE_URL="$(BENCH_DATABASE_URL)"; \
	$(SIGAP) migrate --noinput -v 0 && $(SIGAP) bench all

APPS_WITH_CATALOGS := api alerts issues crisis ppid portal reports
messages: $(VENV)/.test-installed
	cd sigap && ../$(SIGAP) makemessages -l id --no-obsolete --ignore "text/*" --ignore "demo/*" \
	  $(foreach app,$(APPS_WITH_CATALOGS),--ignore "$(app)/*")
	for app in $(APPS_WITH_CATALOGS); do (cd sigap/$$app && ../../$(SIGAP) makemessages -l id --no-obsolete) || exit 1; done
	cd sigap && ../$(SIGAP) compilemessages -l id
	@echo "Fill every new or fuzzy entry (fuzzy ones are guesses and are not used), then compile again;"
	@echo "tests/test_translations.py lists what is still missing:"
	-$(BIN)/pytest -q -p no:xdist tests/test_translations.py

clean:
	rm -rf var
