"""A bounded, least-recently-used memory of this worker: for copies of pages and of rendered fragments."""

import threading
from collections import OrderedDict


class BoundedLRU:
    """Entries up to ``limit()`` bytes of value in all; the least recently used go first when it is full.

    A lock, because runserver and the live-server tests serve from threads (gunicorn's sync workers do not).
    """

    def __init__(self, limit):
        self.limit = limit  # a callable, so a setting changed in a test takes effect
        self.lock = threading.Lock()
        self.forget()

    def forget(self):
        with self.lock:
            self.entries, self.size = OrderedDict(), 0

    def get(self, key):
        with self.lock:
            entry = self.entries.get(key)
            if entry is None:
                return None
            self.entries.move_to_end(key)
            return entry[0]

    def put(self, key, value, size):
        with self.lock:
            self._drop(key)
            if size > self.limit():
                return
            self.entries[key] = (value, size)
            self.size += size
            while self.size > self.limit():
                self._drop(next(iter(self.entries)))

    def drop(self, key):
        with self.lock:
            self._drop(key)

    def _drop(self, key):
        entry = self.entries.pop(key, None)
        if entry is not None:
            self.size -= entry[1]
