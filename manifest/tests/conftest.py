import json
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import pytest

FIXTURE = Path(__file__).parent / "cbs_fixture"


class RecordedCbs(BaseHTTPRequestHandler):
    """Answers as CBS's OData3 service would, from the recorded files; an unknown table is a 404."""

    def do_GET(self):
        url = urlsplit(self.path)
        self.server.asked.append((url.path, parse_qs(url.query)))
        table, name = url.path.rstrip("/").split("/")[-2:]
        path = FIXTURE / table / f"{name}.json"
        if not path.is_file():
            self.send_error(404)
            return
        body = path.read_bytes()
        self.send_response(200)
        self.send_header("Content-Type", "application/json;charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args):
        pass


@pytest.fixture
def cbs_server(settings):
    """A local server with the recorded answer of (test) table 99999TST; ``.asked`` lists the requests."""
    server = ThreadingHTTPServer(("127.0.0.1", 0), RecordedCbs)
    server.asked = []
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    settings.CBS_CATALOG_URL = f"127.0.0.1:{server.server_port}"
    settings.CBS_USE_HTTPS = False
    yield server
    server.shutdown()
    server.server_close()


@pytest.fixture
def cbs_unreachable(settings):
    """A port nobody listens on: CBS is down or the network is."""
    with ThreadingHTTPServer(("127.0.0.1", 0), RecordedCbs) as probe:
        port = probe.server_port
    settings.CBS_CATALOG_URL = f"127.0.0.1:{port}"
    settings.CBS_USE_HTTPS = False


def recorded(name):
    return json.loads((FIXTURE / "99999TST" / f"{name}.json").read_text())
