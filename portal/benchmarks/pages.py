"""Throughput of every public page type, against a bare Django view measured in the same run (not a test).

    make bench                     # or: .venv/bin/python portal/benchmarks/pages.py [--workers 2] ...

Needs wrk (Debian: apt-get install wrk). Makes a database of its own (``alliantie_bench``) on the embedded
server: migrated, the seed with examples, and 10,000 published coöperaties. Then, for each page, gunicorn in
production mode with N sync workers serves it to wrk (32 connections) for the same duration: first with the
page cache off and no part of a page kept ("uncached": every part of every page rendered and queried), with
the page cache off but the parts kept by {% cache %} as after the first request ("cold": every request
renders the page, as for a page not yet in the cache or a logged-in visitor), and with the page cache
on ("warm": filled by one request first). A bare Django "hello" view under the same gunicorn is measured the
same way at the start, and right before each row once more, answering a body of that page's size: a page of
50 KB costs a good part of its time on the wire (gunicorn writing it, the kernel, wrk reading it) whatever made
it, and on a machine shared with others the speed of the whole machine moves within minutes, so a ratio to a
yardstick measured seconds earlier is the one to trust. One table comes out: req/s, the ratio to the bare view
at the start and to the bare view of the same size right before, p50 and p95.
"""

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.development")

import django  # noqa: E402

django.setup()

import psycopg  # noqa: E402
from django.conf import settings  # noqa: E402
from django.db import connections  # noqa: E402

from portal.backup import database_params  # noqa: E402

BENCH_DB = "alliantie_bench"
COOPERATIES = 10_000
HELLO_PORT, PORTAL_PORT = 8761, 8762
# p50 and p95 in microseconds and req/s, printed by wrk when the run is done.
WRK_SCRIPT = """
done = function(summary, latency, requests)
  io.write(string.format("RESULT %f %d %d %d\\n", summary.requests / (summary.duration / 1e6),
    latency:percentile(50), latency:percentile(95), summary.errors.status + summary.errors.connect
    + summary.errors.read + summary.errors.write + summary.errors.timeout))
end
"""


def pages():
    from agenda.models import Event
    from cooperaties.models import Cooperatie
    from manifest.models import Figure

    event = Event.objects.public().upcoming().first() or Event.objects.public().first()
    return [
        ("home", "/"),
        ("kloof page", "/kloven/inkomenskloof/"),
        ("figure page", Figure.objects.filter(series__isnull=False).first().get_absolute_url()),
        ("coöperaties list", "/cooperaties/"),
        ("coöperaties search, word in every row", "/cooperaties/?q=samen"),
        ("coöperatie profile", Cooperatie.objects.published().order_by("pk").first().get_absolute_url()),
        ("agenda", "/agenda/"),
        ("event page", event.get_absolute_url()),
        ("documents", "/documenten/"),
        ("site search, word in every coöperatie", "/zoeken/?q=samen"),
        ("publications", "/publicaties/"),
    ]


def database_url():
    params = database_params()
    return f"postgresql://{params.get('user', '')}:@/{BENCH_DB}?host={params.get('host', '')}"


def fresh_database():
    """Migrated, seeded like `make run`, and 10,000 published coöperaties."""
    params = database_params()
    connections.close_all()
    with psycopg.connect(**{**params, "dbname": "postgres"}, autocommit=True) as admin:
        admin.execute(f'DROP DATABASE IF EXISTS "{BENCH_DB}" WITH (FORCE)')
        admin.execute(f'CREATE DATABASE "{BENCH_DB}"')
    env = {**os.environ, "DATABASE_URL": database_url()}
    for command in (["migrate", "-v0"], ["createcachetable"], ["seed", "--examples"]):
        subprocess.run(
            [sys.executable, "manage.py", *command], cwd=ROOT, check=True, env=env, stdout=subprocess.DEVNULL
        )
    settings.DATABASES["default"]["NAME"] = BENCH_DB
    connections["default"].settings_dict["NAME"] = BENCH_DB
    from cooperaties.tests.bulk import generate

    generate(COOPERATIES)
    with connections["default"].cursor() as cursor:
        cursor.execute("ANALYZE")


def serve(app, port, workers, env, code=ROOT):
    try:  # a server left over from an interrupted run would be measured instead of this one
        urllib.request.urlopen(f"http://127.0.0.1:{port}/healthz", timeout=2)
        raise SystemExit(f"port {port} is in use: stop the process on it first")
    except OSError:
        pass
    command = [str(ROOT / ".venv" / "bin" / "gunicorn"), app, "-w", str(workers), "-b", f"127.0.0.1:{port}"]
    env = {**env, "PYTHONPATH": str(code)}
    process = subprocess.Popen(command, cwd=code, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    for _ in range(300):
        try:
            urllib.request.urlopen(f"http://127.0.0.1:{port}/healthz", timeout=2).read()
            return process
        except OSError:
            time.sleep(0.1)
    process.kill()
    raise SystemExit(f"gunicorn for {app} did not start")


def stop(process):
    process.terminate()
    process.wait(timeout=30)


# label, page cache seconds, whether parts of pages are kept
MODES = (("uncached", 0, False), ("cold", 0, True), ("warm", 300, True))


def portal_env(page_cache_seconds, static_root, fragments=True):
    env = {
        key: value for key, value in os.environ.items() if not key.startswith(("DJANGO_", "PAGE_CACHE", "FRAGMENT_"))
    }
    env.update(
        {
            "DJANGO_SETTINGS_MODULE": "config.settings.production",
            "DJANGO_SECRET_KEY": "benchmark-" + "x" * 50,
            "DJANGO_ALLOWED_HOSTS": "127.0.0.1",
            "DJANGO_SECURE_SSL_REDIRECT": "false",
            "DJANGO_STATIC_ROOT": static_root,
            "DATABASE_URL": database_url(),
            "PAGE_CACHE_SECONDS": str(page_cache_seconds),
        }
    )
    if not fragments:
        # FRAGMENT_MEMO_BYTES: the same for a checkout from before Django's {% cache %} (--code).
        env.update({"FRAGMENT_CACHE": "0", "FRAGMENT_MEMO_BYTES": "0"})
    return env


def best_of(repeat, port, path, seconds, connections_):
    """The best of ``repeat`` runs: on a shared machine a neighbour's work only ever slows a run down."""
    results = [measure(port, path, seconds, connections_) for _ in range(repeat)]
    return max(results, key=lambda result: result[0]) if results[0] else None


def size_of(port, path):
    return len(urllib.request.urlopen(f"http://127.0.0.1:{port}{path}", timeout=30).read())


def measure(port, path, seconds, connections_, requests=""):
    """req/s, p50 and p95 in ms, errors; ``requests``: Lua that chooses each request's address itself."""
    try:
        urllib.request.urlopen(f"http://127.0.0.1:{port}{path}", timeout=30).read()  # fills the cache when it is on
    except urllib.error.HTTPError:
        return None  # an older checkout (--code) may not have this page yet
    with tempfile.NamedTemporaryFile("w", suffix=".lua", delete=False) as script:
        script.write(requests + WRK_SCRIPT)
    output = subprocess.run(
        ["wrk", "-t2", f"-c{connections_}", f"-d{seconds}s", "-s", script.name, f"http://127.0.0.1:{port}{path}"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    os.unlink(script.name)
    rps, p50, p95, errors = output.rsplit("RESULT ", 1)[1].split()
    return float(rps), int(p50) / 1000, int(p95) / 1000, int(errors)


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--seconds", type=int, default=10)
    parser.add_argument("--connections", type=int, default=32)
    parser.add_argument("--repeat", type=int, default=1, help="measure each row this many times, keep the best")
    parser.add_argument("--keep-database", action="store_true", help="reuse alliantie_bench from an earlier run")
    parser.add_argument("--modes", default="uncached,cold,warm", help="which of uncached, cold, warm to measure")
    parser.add_argument("--pages", default="", help="only the pages whose name holds this text")
    parser.add_argument(
        "--code",
        type=Path,
        default=ROOT,
        help="serve the portal from another checkout of it (e.g. an older commit, for a before/after table); "
        "it reads the database made by this checkout",
    )
    args = parser.parse_args()
    if not shutil.which("wrk"):
        raise SystemExit("wrk is needed: apt-get install wrk")
    if not args.keep_database:
        print(f"Database {BENCH_DB}: migrate, seed, {COOPERATIES:,} coöperaties …", flush=True)
        fresh_database()
    else:
        settings.DATABASES["default"]["NAME"] = BENCH_DB
        connections["default"].settings_dict["NAME"] = BENCH_DB
    targets = [(name, path) for name, path in pages() if args.pages in name]
    static_root = tempfile.mkdtemp(prefix="bench-static-")
    subprocess.run(
        [sys.executable, "manage.py", "collectstatic", "--noinput", "-v0"],
        cwd=args.code,
        check=True,
        env=portal_env(0, static_root),
    )

    hello = serve("portal.benchmarks.hello:application", HELLO_PORT, args.workers, portal_env(0, static_root))
    try:
        bare = best_of(args.repeat, HELLO_PORT, "/", args.seconds, args.connections)
        rows = []
        for label, cache_seconds, fragments in (mode for mode in MODES if mode[0] in args.modes.split(",")):
            env = portal_env(cache_seconds, static_root, fragments)
            portal = serve("config.wsgi", PORTAL_PORT, args.workers, env, args.code)
            try:
                for name, path in targets:
                    try:
                        size = size_of(PORTAL_PORT, path)
                    except urllib.error.HTTPError:
                        continue  # an older checkout (--code) may not have this page yet
                    # Right before the page, so both meet the same neighbours on a shared machine.
                    same = best_of(args.repeat, HELLO_PORT, f"/bytes/{size}", args.seconds, args.connections)
                    result = best_of(args.repeat, PORTAL_PORT, path, args.seconds, args.connections)
                    rows.append((name, size, label, same[0], *result))
            finally:
                stop(portal)
    finally:
        stop(hello)
        shutil.rmtree(static_root, ignore_errors=True)

    print(f"\ncode: {args.code}")
    print(
        f"{args.workers} gunicorn sync workers, wrk {args.connections} connections, {args.seconds} s per row, "
        f"best of {args.repeat}"
    )
    print(f"bare Django 'hello': {bare[0]:,.0f} req/s, p50 {bare[1]:.1f} ms, p95 {bare[2]:.1f} ms\n")
    print("| page | KB | cache | req/s | % of bare | bare, same size | % of that | p50 ms | p95 ms | errors |")
    print("|---|---|---|---|---|---|---|---|---|---|")
    for name, size, label, same, rps, p50, p95, errors in rows:
        ratios = f"{rps / bare[0]:.1%} | {same:,.0f} | {rps / same:.1%}"
        print(f"| {name} | {size / 1000:.0f} | {label} | {rps:,.0f} | {ratios} | {p50:.1f} | {p95:.1f} | {errors} |")


if __name__ == "__main__":
    main()
