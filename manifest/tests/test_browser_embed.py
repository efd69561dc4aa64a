"""In Chromium: a page of another site frames the embed page of a chart, and the kloof page refuses to be framed."""

import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from manifest.models import Series

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def member_site(html):
    """Another website (another origin: 127.0.0.1 on a port of its own) that serves one page."""

    class Page(BaseHTTPRequestHandler):
        def do_GET(self):
            body = html.encode()
            self.send_response(200)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args):
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Page)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server


def test_another_site_can_frame_the_chart_but_not_the_kloof_page(page, live_server, seeded, assert_accessible):
    series = Series.objects.get(kloof__slug="inkomenskloof", title__startswith="Verandering van het reële inkomen")
    embed = f"{live_server.url}/kloven/inkomenskloof/grafiek/{series.pk}/insluiten/"
    kloof = f"{live_server.url}/kloven/inkomenskloof/"
    server = member_site(
        '<!DOCTYPE html><html lang="nl"><head><title>Lid</title></head><body>'
        f'<iframe src="{embed}" title="grafiek"></iframe><iframe src="{kloof}" title="kloof"></iframe></body></html>'
    )
    try:
        page.goto(f"http://127.0.0.1:{server.server_port}/")
        page.wait_for_timeout(1500)
        frames = {frame.url: frame for frame in page.frames}
        assert frames[embed].locator("h3").inner_text() == series.title
        assert kloof not in frames  # refused: the frame shows the browser's error page instead
    finally:
        server.shutdown()
        server.server_close()

    page.goto(embed)
    assert_accessible(page)
