# Two commands on a fresh machine: `make run` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
# Production settings are the default everywhere else; on one's own machine we develop.
DEV := DJANGO_SETTINGS_MODULE=alliantie.settings.development
MANAGE := $(DEV) $(BIN)/python manage.py

.PHONY: run test lint setup db db-stop backup restore secretariaat-wachtwoord clean bench

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(VENV)/.run-installed: requirements.txt | $(BIN)/python
	$(BIN)/pip install --quiet -r requirements.txt
	touch $@

$(VENV)/.test-installed: requirements.txt requirements-test.txt | $(BIN)/python
	$(BIN)/pip install --quiet -r requirements-test.txt
	touch $@ $(VENV)/.run-installed

# The embedded PostgreSQL (var/postgres); skipped when DATABASE_URL names another server.
db: $(VENV)/.run-installed
	@if [ -z "$$DATABASE_URL" ]; then $(MANAGE) embedded_postgres start; fi

# Migrate, create the cache table and load the seed content (idempotent).
setup: db
	$(MANAGE) migrate --noinput
	$(MANAGE) createcachetable
	$(MANAGE) seed --examples

# Web and worker together (Procfile); Ctrl+C stops both. Mails appear in the worker's output.
run: setup
	@$(MANAGE) local_secretariaat
	@echo ""
	@echo "De portal draait op http://127.0.0.1:8000/  (stoppen: Ctrl+C)"
	@echo ""
	$(DEV) PATH="$(CURDIR)/$(BIN):$$PATH" $(BIN)/honcho start

lint: $(VENV)/.test-installed
	$(BIN)/ruff check .

# The tests start the embedded server themselves (conftest.py) and use their own test database.
test: lint
	$(BIN)/pytest

# Throughput of every public page type against a bare Django view (needs wrk; see alliantie/benchmarks/pages.py).
bench: db
	$(DEV) $(BIN)/python alliantie/benchmarks/pages.py

# One archive in var/backups/: database, uploads, and a manifest to check a restore against.
backup: db
	$(MANAGE) backup

# Into an empty database and empty upload folders: make restore ARCHIVE=var/backups/….tar
restore: db
	$(MANAGE) restore "$(ARCHIVE)"

secretariaat-wachtwoord: setup
	$(MANAGE) local_secretariaat --reset

db-stop: $(VENV)/.run-installed
	$(MANAGE) embedded_postgres stop

clean:
	@if [ -x $(BIN)/python ]; then $(MANAGE) embedded_postgres stop; fi
	rm -rf $(VENV) var staticfiles
