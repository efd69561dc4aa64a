"""Benchmark (not a test): export N subscribers as CSV and report time and peak memory.

    make db && .venv/bin/python nieuwsbrief/benchmarks/export_subscribers.py [N ...]

Default sizes: 10,000 and 100,000. For each size the subscribers are inserted inside a transaction
that is rolled back afterwards, so the database is left as it was. Memory must stay flat: the peak
for 100,000 should be about the same as for 10,000.
"""

import os
import resource
import sys
import time
import tracemalloc
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.development")

import django  # noqa: E402

django.setup()

from django.db import connection, transaction  # noqa: E402

from nieuwsbrief import subscriber_export  # noqa: E402
from nieuwsbrief.models import Subscriber  # noqa: E402


class Rollback(Exception):
    pass


def insert(count):
    """Rows made by PostgreSQL itself: the benchmark measures the export, not object creation."""
    table = Subscriber._meta.db_table
    with connection.cursor() as cursor:
        cursor.execute(
            f"""
            INSERT INTO {table} (email, name, organisation, status, created, confirmed_at, unsubscribed_at, updated)
            SELECT 'bench' || n || '@example.org', 'Lezer ' || n, 'Organisatie ' || (n %% 500),
                   CASE WHEN n %% 10 = 0 THEN 'unsubscribed' ELSE 'confirmed' END,
                   now(), now(), CASE WHEN n %% 10 = 0 THEN now() ELSE NULL END, now()
            FROM generate_series(1, %s) AS n
            """,
            [count],
        )


class CountingSink:
    def __init__(self):
        self.bytes = 0
        self.lines = 0

    def write(self, text):
        self.bytes += len(text.encode("utf-8"))
        self.lines += 1


def export(sink):
    for line in subscriber_export.csv_lines("all"):
        sink.write(line)


def measure(count):
    result = {}
    try:
        with transaction.atomic():
            insert(count)
            # Pass 1: wall-clock time without tracing overhead.
            sink = CountingSink()
            start = time.perf_counter()
            export(sink)
            result["seconds"] = time.perf_counter() - start
            result["rows"] = sink.lines - 1
            result["megabytes"] = sink.bytes / 1e6
            # Pass 2: peak of Python allocations during the export.
            tracemalloc.start()
            tracemalloc.reset_peak()
            export(CountingSink())
            _current, peak = tracemalloc.get_traced_memory()
            tracemalloc.stop()
            result["tracemalloc_peak_kib"] = peak / 1024
            result["ru_maxrss_mib"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
            raise Rollback
    except Rollback:
        pass
    return result


def main(sizes):
    print(
        f"{'abonnees':>10} {'rijen':>10} {'CSV MB':>8} {'tijd s':>8} {'rijen/s':>10}"
        f" {'tracemalloc piek KiB':>21} {'ru_maxrss MiB':>14}"
    )
    for size in sizes:
        r = measure(size)
        print(
            f"{size:>10,} {r['rows']:>10,} {r['megabytes']:>8.1f} {r['seconds']:>8.2f}"
            f" {r['rows'] / r['seconds']:>10,.0f}"
            f" {r['tracemalloc_peak_kib']:>21,.0f} {r['ru_maxrss_mib']:>14.1f}"
        )
    print("Alles teruggedraaid (rollback): de database is ongewijzigd.")


if __name__ == "__main__":
    main([int(arg) for arg in sys.argv[1:]] or [10_000, 100_000])
