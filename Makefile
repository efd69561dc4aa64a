# Two commands on a fresh machine: `make run` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
MANAGE := $(BIN)/python manage.py

.PHONY: run test setup db-stop secretariaat-wachtwoord clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(VENV)/.run-installed: requirements.txt | $(BIN)/python
	$(BIN)/pip install --quiet -r requirements.txt
	touch $@

$(VENV)/.test-installed: requirements.txt requirements-test.txt | $(BIN)/python
	$(BIN)/pip install --quiet -r requirements-test.txt
	touch $@ $(VENV)/.run-installed

# Migrate, create the cache table and load the seed content (idempotent).
setup: $(VENV)/.run-installed
	DJANGO_DEBUG=1 $(MANAGE) migrate --noinput
	DJANGO_DEBUG=1 $(MANAGE) createcachetable
	DJANGO_DEBUG=1 $(MANAGE) seed --examples

run: setup
	@DJANGO_DEBUG=1 $(MANAGE) local_secretariaat
	@echo ""
	@echo "De portal draait op http://127.0.0.1:8000/  (stoppen: Ctrl+C)"
	@echo ""
	DJANGO_DEBUG=1 $(MANAGE) runserver 127.0.0.1:8000

test: $(VENV)/.test-installed setup
	DJANGO_TESTING=1 $(BIN)/pytest

secretariaat-wachtwoord: $(VENV)/.run-installed
	DJANGO_DEBUG=1 $(MANAGE) local_secretariaat --reset

db-stop: $(VENV)/.run-installed
	DJANGO_DEBUG=1 $(MANAGE) stop_embedded_postgres

clean: db-stop
	rm -rf $(VENV) var staticfiles
