# Two commands on a fresh machine: `make run` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
# Production settings are the default everywhere else; on one's own machine we develop.
DEV := DJANGO_SETTINGS_MODULE=config.settings.development
MANAGE := $(DEV) $(BIN)/python manage.py

.PHONY: run test test-fast test-dates check-production migrations-check lint setup db db-stop backup restore secretariaat-wachtwoord clean bench

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(VENV)/.run-installed: requirements.txt requirements-dev.txt | $(BIN)/python
	$(BIN)/pip install --quiet -r requirements-dev.txt
	touch $@

$(VENV)/.test-installed: requirements.txt requirements-dev.txt requirements-test.txt | $(BIN)/python
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

# The whole suite, as CI runs it. The tests start the embedded server themselves (conftest.py) and use
# their own test database.
test: lint migrations-check
	$(BIN)/pytest

# The inner loop while developing: no browser, no W3C Nu checker (those stay in `make test`).
test-fast: $(VENV)/.test-installed
	$(BIN)/pytest -m "not browser and not vnu"

# A model changed without its migration fails here, before any test runs.
migrations-check: db
	$(MANAGE) makemigrations --check --dry-run

# The tests that depend on the date, run again with the machine's own clock moved by libfaketime (Debian's
# faketime; .ci/run installs it), so Python, PostgreSQL and the worker all see the moved date. Each moment
# gets a fresh embedded server of its own, started under that clock. Moments in UTC: 20 December 12:00,
# 31 December 23:30 and 29 February 09:00 in Amsterdam, and 02:59 summer time on the night the clocks go
# back (the run crosses into 02:00 winter time). Another moment or selection:
#   make test-dates TEST_MOMENTS='"2031-01-01 00:00 UTC"' DATE_TESTS=agenda
TEST_MOMENTS ?= "2027-12-20 11:00 UTC" "2027-12-31 22:30 UTC" "2028-02-29 08:00 UTC" "2027-10-31 00:59 UTC"
# Registration, waiting lists, votes and allocation (agenda), editions and proposals (nieuwsbrief), stories,
# the yearly check of the coöperaties and their edit links, retention, the home page (upcoming, kloof of the
# day), the secretariat's dashboard and the mail queue's retries.
DATE_TESTS ?= agenda nieuwsbrief verhalen cooperaties/tests/test_freshness.py cooperaties/tests/test_profile_links.py \
	cooperaties/tests/test_proposal.py portal/tests/test_retention.py portal/tests/test_home.py \
	portal/tests/test_dashboard.py portal/outbox
# Tests that wait for PostgreSQL's lock timeout are left out: under the moved clock they hang (the wait never ends).
# The monotonic clock is faked too, so a timed wait in a test (a thread's join) may wait longer than asked
# (leaving it real breaks subprocess's waits under libfaketime): each moment runs under `timeout`, so a test
# that should fail can never hang CI.
FAKE_CLOCK = timeout 1200 faketime

# Two moments at a time, each with an embedded server of its own (var/test-dates/<n>/): a moment's run is one
# pytest process and its server, so two of them use the two cores CI has. Each moment's output is printed whole
# when its pair is done.
test-dates: $(VENV)/.test-installed
	@command -v faketime >/dev/null || { echo "make test-dates needs libfaketime: apt-get install faketime"; exit 1; }
	@rm -rf var/test-dates; mkdir -p var/test-dates; status=0; n=0; pair=""; \
	for moment in $(TEST_MOMENTS); do \
	  n=$$((n + 1)); \
	  ( echo "== De klok van deze machine op $$moment"; \
	    EMBEDDED_POSTGRES_DIR=var/test-dates/$$n $(FAKE_CLOCK) "$$moment" $(BIN)/pytest -q -p no:cacheprovider \
	      -m "not browser and not vnu and not lock_timeout" $(DATE_TESTS); code=$$?; \
	    EMBEDDED_POSTGRES_DIR=var/test-dates/$$n $(MANAGE) embedded_postgres stop >/dev/null; exit $$code \
	  ) > var/test-dates/$$n.log 2>&1 & \
	  pair="$$pair $$!:$$n"; \
	  if [ $$((n % 2)) -eq 0 ]; then \
	    for job in $$pair; do wait $${job%%:*} || status=1; cat var/test-dates/$${job##*:}.log; done; pair=""; \
	  fi; \
	done; \
	for job in $$pair; do wait $${job%%:*} || status=1; cat var/test-dates/$${job##*:}.log; done; \
	rm -rf var/test-dates; exit $$status

# Production runs from requirements.txt alone: a virtualenv with only those packages loads the whole portal
# (WSGI application, worker command) and passes `check --deploy`. The variables are placeholders; nothing
# connects to that database.
PRODUCTION_VENV := var/production-venv
PRODUCTION_ENV := env -i PATH="$(PATH)" HOME="$(HOME)" DJANGO_SECRET_KEY="placeholder-$$(date +%s)-K7q2-not-a-real-secret-x9Zp4mW8" \
	DJANGO_ALLOWED_HOSTS=portal.example.org DATABASE_URL=postgres://portal@db.example.org:5432/portal

check-production:
	rm -rf $(PRODUCTION_VENV)
	$(PYTHON) -m venv $(PRODUCTION_VENV)
	$(PRODUCTION_VENV)/bin/pip install --quiet -r requirements.txt
	@$(PRODUCTION_ENV) $(PRODUCTION_VENV)/bin/python manage.py check --deploy --fail-level WARNING
	@$(PRODUCTION_ENV) $(PRODUCTION_VENV)/bin/python -c "import config.wsgi"
	@$(PRODUCTION_ENV) $(PRODUCTION_VENV)/bin/python manage.py worker --help >/dev/null
	rm -rf $(PRODUCTION_VENV)

# Throughput of every public page type against a bare Django view (needs wrk; see portal/benchmarks/pages.py).
bench: db
	$(DEV) $(BIN)/python portal/benchmarks/pages.py

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
