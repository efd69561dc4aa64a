"""Load benchmark (not a test): 200 people register for one workshop of 20 seats at once: logged-in members,
and with --anonymous N that many of them without an account (the open form, each from an address of its own).

    make db && .venv/bin/python agenda/benchmarks/register_load.py [--workers 2] [--members 200] [--seats 20]
        [--anonymous 100]

Real HTTP against gunicorn in production mode with the worker process running, on a database of its own
(`alliantie_bench`, made fresh each run on the same server as development). Runs twice: once with a
working SMTP server (a sink on loopback), once with SMTP down during the burst and back afterwards. For
each it prints confirmed / waitlisted / errors, p50 / p95 / max latency and the mails delivered.
"""

import argparse
import http.client
import os
import statistics
import subprocess
import sys
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.development")
# Sessions made here must be readable by gunicorn: both sign with this key.
SECRET = "benchmark-" + "x" * 50
os.environ["DJANGO_SECRET_KEY"] = SECRET

import django  # noqa: E402

django.setup()

import psycopg  # noqa: E402
from django.conf import settings  # noqa: E402
from django.db import connection, connections  # noqa: E402

from portal.backup import database_params  # noqa: E402
from portal.outbox.tests.smtp_sink import SmtpSink, free_port  # noqa: E402

BENCH_DB = "alliantie_bench"
CSRF = "b" * 32


def fresh_database():
    params = database_params()
    connections.close_all()
    with psycopg.connect(**{**params, "dbname": "postgres"}, autocommit=True) as admin:
        admin.execute(f'DROP DATABASE IF EXISTS "{BENCH_DB}" WITH (FORCE)')
        admin.execute(f'CREATE DATABASE "{BENCH_DB}"')
    settings.DATABASES["default"]["NAME"] = BENCH_DB
    connections["default"].settings_dict["NAME"] = BENCH_DB
    subprocess.run([sys.executable, "manage.py", "migrate", "-v0"], cwd=ROOT, check=True, env=_env({}))
    subprocess.run([sys.executable, "manage.py", "createcachetable"], cwd=ROOT, check=True, env=_env({}))
    host = params.get("host", "")
    return f"postgresql://{params.get('user', '')}:@/{BENCH_DB}?host={host}"


def _env(extra):
    params = database_params()
    url = f"postgresql://{params.get('user', '')}:@/{BENCH_DB}?host={params.get('host', '')}"
    env = {key: value for key, value in os.environ.items() if not key.startswith("DJANGO_")}
    env["DJANGO_SECRET_KEY"] = SECRET
    env.update({"DJANGO_SETTINGS_MODULE": "config.settings.development", "DATABASE_URL": url, **extra})
    return env


def make_members(count, seats):
    """An event with one workshop, and ``count`` approved members with a logged-in session each."""
    import datetime

    from django.contrib.auth import BACKEND_SESSION_KEY, HASH_SESSION_KEY, SESSION_KEY
    from django.contrib.sessions.backends.db import SessionStore
    from django.utils import timezone

    from agenda.models import Event, Workshop
    from alliantie.models import Membership, Organisation, User

    organisation = Organisation.objects.create(name="Benchmarkorganisatie")
    event = Event.objects.create(
        kind=Event.Kind.ALLIANTIEDAG,
        title="Benchmarkdag",
        slug="benchmarkdag",
        date=timezone.localdate() + datetime.timedelta(days=30),
        registration_opens=timezone.now() - datetime.timedelta(days=1),
        # Published: a draft is not found (an event is a draft until the secretariat publishes it).
        published_at=timezone.now(),
    )
    workshop = Workshop.objects.create(event=event, title="Benchmarkwerkgroep", capacity=seats)
    cookies = []
    for number in range(count):
        user = User(username=f"lid{number}", email=f"lid{number}@example.org", first_name=f"Lid{number}")
        user.set_unusable_password()
        user.save()
        Membership.objects.create(user=user, organisation=organisation, status=Membership.Status.GOEDGEKEURD)
        session = SessionStore()
        session[SESSION_KEY] = str(user.pk)
        session[BACKEND_SESSION_KEY] = "django.contrib.auth.backends.ModelBackend"
        session[HASH_SESSION_KEY] = user.get_session_auth_hash()
        session.create()
        cookies.append(f"sessionid={session.session_key}; csrftoken={CSRF}")
    return event, workshop, cookies


def start(command, env):
    return subprocess.Popen(command, cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def wait_for(port):
    for _ in range(200):
        try:
            connection_ = http.client.HTTPConnection("127.0.0.1", port, timeout=2)
            connection_.request("GET", "/healthz")
            connection_.getresponse().read()
            return
        except OSError:
            time.sleep(0.1)
    raise SystemExit("gunicorn did not start")


def post(port, request, barrier):
    path, cookie, body, headers, success = request
    barrier.wait()
    start_time = time.perf_counter()
    try:
        conn = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
        conn.request(
            "POST",
            path,
            body=body,
            headers={"Cookie": cookie, "Content-Type": "application/x-www-form-urlencoded", **headers},
        )
        response = conn.getresponse()
        # Success is the redirect to the registration's own page, not to the login form or the form again.
        status = response.status if success in (response.getheader("Location") or "") else -1
    except OSError:
        status = 0
    return status, (time.perf_counter() - start_time) * 1000


def requests_for(event, workshop, cookies, anonymous):
    """The members' posts and, for the last ``anonymous`` of them, posts without an account instead."""
    member_body = f"csrfmiddlewaretoken={CSRF}&workshop={workshop.pk}&access_needs=&dietary="
    member_path = f"/agenda/{event.slug}/aanmelden/"
    requests = [
        (member_path, cookie, member_body, {}, "/agenda/aanmelding/") for cookie in cookies[: len(cookies) - anonymous]
    ]
    for number in range(anonymous):
        body = (
            f"csrfmiddlewaretoken={CSRF}&guest_name=Bezoeker+{number}&guest_email=bezoeker{number}%40example.org"
            f"&guest_phone=&workshop={workshop.pk}&access_needs=&dietary=&childcare=0"
        )
        # Each from an address of its own, through the one proxy in front (DJANGO_TRUSTED_PROXIES=1).
        headers = {"X-Forwarded-For": f"10.0.{number // 250}.{number % 250 + 1}"}
        requests.append(
            (f"/agenda/{event.slug}/aanmelden-zonder-account/", f"csrftoken={CSRF}", body, headers, "/mijn-aanmelding/")
        )
    return requests


def run(scenario, workers, members, seats, threads=1, anonymous=0):
    from agenda.models import Registration
    from portal.outbox.models import OutgoingMail

    fresh_database()
    event, workshop, cookies = make_members(members, seats)
    web_port, smtp_port = free_port(), free_port()
    env = _env(
        {
            "DJANGO_SETTINGS_MODULE": "config.settings.production",
            "DJANGO_SECRET_KEY": SECRET,
            "DJANGO_ALLOWED_HOSTS": "127.0.0.1",
            "DJANGO_SECURE_SSL_REDIRECT": "0",
            "EMAIL_HOST": "127.0.0.1",
            "EMAIL_PORT": str(smtp_port),
            "EMAIL_USE_TLS": "0",
            "DJANGO_STATIC_ROOT": str(ROOT / "var" / "bench-static"),
            "DJANGO_TRUSTED_PROXIES": "1",
        }
    )
    subprocess.run([sys.executable, "manage.py", "collectstatic", "--noinput", "-v0"], cwd=ROOT, env=env, check=True)
    gunicorn = [sys.executable, "-m", "gunicorn", "config.wsgi:application", "-b", f"127.0.0.1:{web_port}"]
    web = start([*gunicorn, "-w", str(workers), "--threads", str(threads), "--backlog", "2048"], env)
    worker = start([sys.executable, "manage.py", "worker"], env)
    sink = SmtpSink(smtp_port)
    try:
        if scenario == "SMTP werkt":
            sink.__enter__()
        wait_for(web_port)
        requests = requests_for(event, workshop, cookies, anonymous)
        barrier = threading.Barrier(members)
        began = time.perf_counter()
        with ThreadPoolExecutor(max_workers=members) as pool:
            results = list(pool.map(lambda request: post(web_port, request, barrier), requests))
        burst = time.perf_counter() - began
        if scenario != "SMTP werkt":
            time.sleep(settings.MAIL_HOLD_SECONDS + 2)  # the held mails meet a closed port first
            sink.__enter__()
        deadline = time.monotonic() + 180
        while len(sink.messages) < members and time.monotonic() < deadline:
            time.sleep(0.5)
        connection.close()
        statuses = [status for status, _ in results]
        latencies = sorted(ms for _, ms in results)
        p95 = latencies[int(len(latencies) * 0.95) - 1]
        registrations = Registration.objects.filter(event=event)
        return {
            "scenario": scenario,
            "confirmed": registrations.filter(status="bevestigd").count(),
            "anonymous": registrations.filter(user=None).count(),
            "waitlisted": registrations.filter(status="wachtlijst").count(),
            "errors": sum(1 for status in statuses if status != 302),
            "p50": statistics.median(latencies),
            "p95": p95,
            "max": latencies[-1],
            "burst": burst,
            "mails": len(sink.messages),
            "failed_attempts": sum(OutgoingMail.objects.values_list("attempts", flat=True)) - len(sink.messages),
        }
    finally:
        web.terminate()
        worker.terminate()
        web.wait(timeout=30)
        worker.wait(timeout=30)
        sink.__exit__(None, None, None)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--members", type=int, default=200)
    parser.add_argument("--seats", type=int, default=20)
    parser.add_argument("--threads", type=int, default=1, help="gunicorn threads per worker (gthread)")
    parser.add_argument("--anonymous", type=int, default=0, help="how many register without an account")
    options = parser.parse_args()
    rows = [
        run(scenario, options.workers, options.members, options.seats, options.threads, options.anonymous)
        for scenario in ("SMTP werkt", "SMTP uit")
    ]
    print(
        f"\n{options.members} gelijktijdige aanmeldingen, {options.seats} plaatsen, "
        f"({options.anonymous} zonder account), gunicorn -w {options.workers} --threads {options.threads}\n"
        f"{'scenario':<11} {'bevestigd':>9} {'wachtlijst':>10} {'zonder account':>14} {'fouten':>6} "
        f"{'p50 ms':>7} {'p95 ms':>7} {'max ms':>7} {'mails':>5} {'mislukte pogingen':>17}"
    )
    for row in rows:
        print(
            f"{row['scenario']:<11} {row['confirmed']:>9} {row['waitlisted']:>10} {row['anonymous']:>14} "
            f"{row['errors']:>6} {row['p50']:>7.0f} {row['p95']:>7.0f} {row['max']:>7.0f} {row['mails']:>5} "
            f"{row['failed_attempts']:>17}"
        )


if __name__ == "__main__":
    main()
