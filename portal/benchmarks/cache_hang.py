"""Pages while the shared page store (Redis) works, is hung and is stopped (not a test).

    .venv/bin/python portal/benchmarks/cache_hang.py [--seconds 5] [--keep-database]

Needs wrk and Debian's redis-server. Uses make bench's database (alliantie_bench) and its gunicorn in production
mode, with REDIS_URL set to a Redis of its own. For each state of that Redis, each page is served to wrk (32
connections): the table shows req/s, p50, p95 and errors. A hung Redis (SIGSTOP: connections stay open, nothing
answers) may cost one request the socket timeout (CACHE_TIMEOUT_SECONDS); after that the worker leaves the store
alone for a few seconds (portal/caching/backends.py), so p95 stays that of a page without the shared store.
"""

import argparse
import os
import signal
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from portal.benchmarks import pages as bench  # noqa: E402  (sets Django up)
from portal.tests.redis_server import RedisServer  # noqa: E402

PATHS = ("/", "/kloven/", "/cooperaties/", "/agenda/")
# Every request a search of its own: none is in the worker's copies, so each asks the shared store.
DISTINCT_SEARCHES = """
counter = 0
request = function()
  counter = counter + 1
  return wrk.format("GET", "/zoeken/?q=woord" .. counter .. "-" .. math.random(1e9))
end
"""


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--seconds", type=int, default=5)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--keep-database", action="store_true", help="reuse alliantie_bench from make bench")
    args = parser.parse_args()
    if args.keep_database:
        bench.settings.DATABASES["default"]["NAME"] = bench.BENCH_DB
    else:
        bench.fresh_database()
    static_root = tempfile.mkdtemp(prefix="bench-static-")
    env = bench.portal_env(300, static_root)
    bench.subprocess.run(
        [sys.executable, "manage.py", "collectstatic", "--noinput", "-v0"], cwd=bench.ROOT, env=env, check=True
    )
    redis = RedisServer()
    rows = []
    try:
        portal = bench.serve("config.wsgi", bench.PORTAL_PORT, args.workers, {**env, "REDIS_URL": redis.url})
        try:
            for state in ("works", "hung", "stopped"):
                if state == "hung":
                    redis.hang()
                elif state == "stopped":
                    os.kill(redis.process.pid, signal.SIGCONT)
                    redis.process.terminate()
                    redis.process.wait(10)
                for path in PATHS:
                    rows.append((state, path, *bench.measure(bench.PORTAL_PORT, path, args.seconds, 32)))
                searches = bench.measure(bench.PORTAL_PORT, "/", args.seconds, 32, requests=DISTINCT_SEARCHES)
                rows.append((state, "/zoeken/?q=… (each different)", *searches))
        finally:
            bench.stop(portal)
    finally:
        redis.stop()
    print(f"\n{args.workers} gunicorn sync workers, wrk 32 connections, {args.seconds} s per row, page cache on")
    print("| Redis | page | req/s | p50 ms | p95 ms | errors |")
    print("|---|---|---|---|---|---|")
    for state, path, rps, p50, p95, errors in rows:
        print(f"| {state} | {path} | {rps:,.0f} | {p50:.1f} | {p95:.1f} | {errors} |")


if __name__ == "__main__":
    main()
