"""A real SMTP server on loopback that keeps what it receives (for tests and the load benchmark).

``stall_domain``: a recipient at that domain makes the server go silent in the middle of the conversation
(after RCPT TO), as a mail server that hangs does, until ``release()``.
"""

import asyncio
import socket

from aiosmtpd.controller import Controller


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class _Keep:
    def __init__(self, stall_domain):
        self.messages = []
        self.stall_domain = stall_domain
        self.stalled = 0
        self.released = None  # an asyncio.Event, made on the server's own loop

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):  # noqa: N802 - aiosmtpd's name
        if self.stall_domain and address.endswith("@" + self.stall_domain):
            if self.released is None:
                self.released = asyncio.Event()
            self.stalled += 1
            await self.released.wait()
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):  # noqa: N802 - aiosmtpd's name
        self.messages.append(envelope)
        return "250 OK"


class SmtpSink:
    """``with SmtpSink(port) as sink:`` accepts mail on 127.0.0.1:port; ``sink.messages`` holds it."""

    def __init__(self, port, *, stall_domain=None):
        self.port = port
        self._handler = _Keep(stall_domain)
        self._controller = Controller(self._handler, hostname="127.0.0.1", port=port)

    @property
    def messages(self):
        return self._handler.messages

    @property
    def stalled(self):
        """How many conversations went silent so far."""
        return self._handler.stalled

    def release(self):
        """The server answers the conversations it left hanging."""

        def release():
            if self._handler.released is None:
                self._handler.released = asyncio.Event()
            self._handler.released.set()

        self._controller.loop.call_soon_threadsafe(release)

    def __enter__(self):
        self._controller.start()
        return self

    def __exit__(self, *exc):
        self.release()
        self._controller.stop()
