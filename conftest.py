"""Shared test fixtures: the browser (system Chromium through Playwright) and the axe check."""

import contextlib
import os
import shutil
import threading
from pathlib import Path

import pytest

# Playwright's sync API runs an event loop in the test thread; Django's ORM calls made by
# the test itself (factories, assertions) are still synchronous and safe here.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "1")

CHROMIUM = os.environ.get("CHROMIUM_PATH") or shutil.which("chromium") or "/usr/bin/chromium"
HAVE_CHROMIUM = Path(CHROMIUM).exists()
WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]


def pytest_configure(config):
    """Without DATABASE_URL the tests use the embedded PostgreSQL: start it now (settings only name it)."""
    if os.environ.get("DATABASE_URL"):
        return
    from django.conf import settings

    from portal import embedded_postgres

    url = embedded_postgres.start(settings.BASE_DIR)
    # The socket folder is known for sure only once the server runs; no connection was opened yet.
    settings.DATABASES["default"]["HOST"] = url.rsplit("?host=", 1)[1]


def pytest_report_header(config):
    if HAVE_CHROMIUM:
        return f"browser tests: {CHROMIUM}"
    return "browser tests: SKIPPED, no Chromium found (install Debian's chromium or set CHROMIUM_PATH)"


def database_kind(item):
    """How a test uses the database: "transactional" (commits; live server), "db" (rolled back), or None."""
    marker = item.get_closest_marker("django_db")
    fixtures = set(getattr(item, "fixturenames", ()))
    if fixtures & {"transactional_db", "live_server"} or (
        marker and (marker.kwargs.get("transaction") or marker.kwargs.get("reset_sequences"))
    ):
        return "transactional"
    if marker or fixtures & {"db", "seeded"}:
        return "db"
    return None


def shares_the_seed(item):
    return "seeded" in getattr(item, "fixturenames", ()) and database_kind(item) == "db"


@pytest.hookimpl(trylast=True)
def pytest_collection_modifyitems(config, items):
    # pytest-django's order (rolled-back tests, then committing ones, then those without a database), with
    # the tests that share the seed last among the rolled-back ones: the seed is then loaded once, and
    # before any committing test flushes the rows the data migrations made.
    order = {"db": 0, "transactional": 2, None: 3}
    items.sort(key=lambda item: 1 if shares_the_seed(item) else order[database_kind(item)])
    if HAVE_CHROMIUM:
        return
    skip = pytest.mark.skip(reason="no Chromium found (install Debian's chromium or set CHROMIUM_PATH)")
    for item in items:
        if "browser" in item.keywords:
            item.add_marker(skip)


class SharedSeed:
    """The seed, loaded once into a transaction that stays open while the tests that share it run.

    Each such test runs inside it in a savepoint of its own (pytest-django's ``db``), rolled back after the
    test, so a test that changes seeded rows changes them for itself only. Before any other test the
    transaction is rolled back, so that test sees an empty database; the next seeded test loads it again.
    """

    def __init__(self, blocker):
        self.blocker = blocker
        self.atomic = None

    def open(self):
        if self.atomic is not None:
            return
        from django.db import transaction

        with self.blocker.unblock():
            self.atomic = transaction.atomic()
            self.atomic.__enter__()
            load_seed(examples=True)

    def close(self):
        if self.atomic is None:
            return
        from django.db import transaction

        with self.blocker.unblock():
            transaction.set_rollback(True)
            self.atomic.__exit__(None, None, None)
        self.atomic = None


SHARED_SEED = pytest.StashKey[SharedSeed]()
CURRENT_TEST = pytest.StashKey[pytest.Item]()


def load_seed(*, examples):
    """Everything ``make run`` loads (the organisation's documents and, with examples, the example day)."""
    import io

    from django.core.management import call_command

    call_command("seed", examples=examples, stdout=io.StringIO())


@pytest.hookimpl(tryfirst=True)
def pytest_runtest_setup(item):
    # Before any fixture of the test: open the shared seed for a test that shares it, close it for any other.
    item.config.stash[CURRENT_TEST] = item
    shared = item.config.stash.get(SHARED_SEED, None)
    if shared is None:
        return
    if shares_the_seed(item):
        shared.open()
    else:
        shared.close()


@pytest.fixture(scope="session")
def _shared_seed(request, django_db_setup, django_db_blocker):
    # Session-scoped, so it is set up before any function-scoped fixture (``db`` among them) of the first
    # test that asks for it; the hook above takes over for the tests after that one.
    shared = request.config.stash[SHARED_SEED] = SharedSeed(django_db_blocker)
    if shares_the_seed(request.config.stash[CURRENT_TEST]):
        shared.open()
    yield shared
    shared.close()


@pytest.fixture
def seeded(request, _shared_seed):
    """The portal's content as ``make run`` loads it: the organisation's documents and the example day.

    Loaded once and shared by the tests that roll back (a change stays inside the test); loaded anew and
    committed for a test that commits (a live server for the browser), which then flushes it again.
    """
    if database_kind(request.node) == "transactional":
        request.getfixturevalue("transactional_db")
        load_seed(examples=True)
    else:
        # The caches were emptied for this test after the seed was loaded, and given fresh content versions
        # (_clear_cache), as on a running site.
        request.getfixturevalue("db")


@pytest.fixture(autouse=True)
def _clear_cache(request):
    """Each test starts with empty caches: login-failure counters (default), pages and versions (pages), and
    this process's own copies (local, template_fragments), which belong to the test that made them (the
    database rolls back under them)."""
    from django.core.cache import caches

    caches["local"].clear()
    caches["local_search"].clear()
    caches["template_fragments"].clear()
    from portal.caching import versions

    versions.forget()
    caches["pages"].unavailable_until = 0  # a test that stopped the store leaves no open circuit behind
    kind = database_kind(request.node)
    if kind:
        request.getfixturevalue("transactional_db" if kind == "transactional" else "db")
        caches["default"].clear()
        caches["pages"].clear()
        versions.current()  # as on a running site, where the versions are there before any page is asked
    yield


@pytest.fixture
def mail_delivered():
    """A block after which the mails it queued are delivered, by the worker's own delivery code run
    here in the test's transaction (the worker process cannot see a test's uncommitted rows)."""
    import contextlib

    from portal.outbox.services import deliver_waiting

    @contextlib.contextmanager
    def block():
        yield
        deliver_waiting()

    return block


@contextlib.contextmanager
def row_held_elsewhere(queryset):
    """The rows of ``queryset`` locked by another connection (another request, a job) while the block runs.
    For tests of the lock timeout: mark them ``lock_timeout`` and ``django_db(transaction=True)``."""
    from django.db import connection, transaction

    locked, release = threading.Event(), threading.Event()

    def hold():
        with transaction.atomic():
            list(queryset.select_for_update())
            locked.set()
            release.wait(30)
        connection.close()

    holder = threading.Thread(target=hold)
    holder.start()
    assert locked.wait(10)
    try:
        yield
    finally:
        release.set()
        holder.join()


def run_worker():
    """Run the real procrastinate worker until no job is due (tests on committed data only)."""
    import threading

    from procrastinate.contrib.django import app

    def work():
        with app.replace_connector(app.connector.get_worker_connector()) as worker_app:
            worker_app.run_worker(wait=False, install_signal_handlers=False, listen_notify=False)

    # A thread of its own: Playwright's sync API may keep an event loop running in this one.
    thread = threading.Thread(target=work)
    thread.start()
    thread.join(timeout=60)


def deliver_mail():
    """Deliver what is queued now (browser tests: the live server committed it)."""
    from portal.outbox.services import deliver_waiting

    deliver_waiting()


@pytest.fixture(scope="session")
def browser():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=CHROMIUM,
            args=[
                "--no-sandbox",
                "--disable-gpu",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
            ],
        )
        yield browser
        browser.close()


@pytest.fixture
def page(browser, live_server):
    context = browser.new_context(base_url=live_server.url, locale="nl-NL")
    page = context.new_page()
    yield page
    context.close()


@pytest.fixture
def page_no_js(browser, live_server):
    context = browser.new_context(base_url=live_server.url, locale="nl-NL", java_script_enabled=False)
    page = context.new_page()
    yield page
    context.close()


@pytest.fixture
def narrow_page(browser, live_server):
    """A phone-sized window: 320 CSS pixels wide (WCAG 1.4.10 reflow)."""
    context = browser.new_context(base_url=live_server.url, locale="nl-NL", viewport={"width": 320, "height": 640})
    page = context.new_page()
    yield page
    context.close()


def axe_violations(page):
    """The axe-core violations on the current page for WCAG 2.0/2.1 A and AA."""
    from axe_playwright_python.sync_playwright import Axe

    results = Axe().run(page, options={"runOnly": {"type": "tag", "values": WCAG_TAGS}})
    return results.response["violations"]


@pytest.fixture
def assert_accessible():
    """Fail with a readable report when axe finds any WCAG A/AA violation on the page."""

    def check(page):
        violations = axe_violations(page)
        report = "\n".join(
            f"- {v['id']} ({v['impact']}): {v['help']} → {[n['target'] for n in v['nodes']][:5]}" for v in violations
        )
        assert not violations, f"axe violations on {page.url}:\n{report}"

    return check


@pytest.fixture
def secretariaat_user(db, django_user_model):
    """A staff account in the Secretariaat group with a verified e-mail address."""
    from allauth.account.models import EmailAddress
    from django.contrib.auth.models import Group

    user = django_user_model.objects.create_user(
        username="secretariaat",
        email="secretariaat@example.org",
        password="geheim-wachtwoord-123",
        is_staff=True,
        first_name="Sam",
        last_name="Secretariaat",
    )
    user.groups.add(Group.objects.get(name="Secretariaat"))
    EmailAddress.objects.create(user=user, email=user.email, verified=True, primary=True)
    # Staff need an authenticator app before the admin opens (portal/admin_site.py).
    from alliantie.tests.factories import give_second_factor

    give_second_factor(user)
    return user


@pytest.fixture
def admin_user(admin_user):
    """pytest-django's superuser, with the authenticator app every staff account has (portal/admin_site.py)."""
    from alliantie.tests.factories import give_second_factor

    give_second_factor(admin_user)
    return admin_user


def totp_code(secret=None):
    """The code an authenticator app shows now for ``secret`` (default: the factories' staff accounts),
    computed by allauth's own TOTP functions."""
    from allauth.mfa.totp.internal.auth import format_hotp_value, hotp_value, yield_hotp_counters_from_time

    from alliantie.tests.factories import TOTP_SECRET

    # allauth yields the accepted time steps from the earliest to the latest: the middle one is now.
    counters = list(yield_hotp_counters_from_time())
    return format_hotp_value(hotp_value(secret or TOTP_SECRET, counters[len(counters) // 2]))


def login(page, email, password, *, totp_secret=None):
    """Log in through allauth's form in the browser; staff then type the code of their authenticator app."""
    page.goto("/account/login/")
    page.fill("input[name=login]", email)
    page.fill("input[name=password]", password)
    page.click("button[type=submit]")
    page.wait_for_load_state()
    if "/2fa/authenticate/" in page.url:
        page.fill("input[name=code]", totp_code(totp_secret))
        page.click("button[type=submit]")
        page.wait_for_load_state()


def run_at_once(jobs, *, in_flight=None):
    """Every job in its own thread (so its own database connection), released together by a barrier.
    ``in_flight``: at most that many run at a time, as a web tier of that many workers lets through (the
    others wait their turn, as requests wait in the workers' listen queue, not in the database).
    Returns the jobs' results and the errors, every one of them (not only the first)."""
    import contextlib
    import threading

    from django.db import connection

    barrier = threading.Barrier(len(jobs))
    gate = threading.Semaphore(in_flight) if in_flight else contextlib.nullcontext()
    results, errors = [], []

    def worker(job):
        try:
            barrier.wait()
            with gate:
                results.append(job())
        except Exception as error:  # noqa: BLE001 - collected: the test reports every failure
            errors.append(repr(error))
        finally:
            connection.close()

    threads = [threading.Thread(target=worker, args=(job,)) for job in jobs]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return results, errors
