"""Settings modules: ``production`` (the default), ``development`` and ``test``.

Importing any of them reads environment variables only: it starts no process and opens no connection.
"""
