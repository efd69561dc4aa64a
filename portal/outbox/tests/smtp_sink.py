"""A real SMTP server on loopback that keeps what it receives (for tests and the load benchmark)."""

import socket

from aiosmtpd.controller import Controller


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class _Keep:
    def __init__(self):
        self.messages = []

    async def handle_DATA(self, server, session, envelope):  # noqa: N802 - aiosmtpd's name
        self.messages.append(envelope)
        return "250 OK"


class SmtpSink:
    """``with SmtpSink(port) as sink:`` accepts mail on 127.0.0.1:port; ``sink.messages`` holds it."""

    def __init__(self, port):
        self.port = port
        self._handler = _Keep()
        self._controller = Controller(self._handler, hostname="127.0.0.1", port=port)

    @property
    def messages(self):
        return self._handler.messages

    def __enter__(self):
        self._controller.start()
        return self

    def __exit__(self, *exc):
        self._controller.stop()
