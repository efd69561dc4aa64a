"""Public uploads (coöperatie images, logos) are served with DEBUG off; nothing else under that path is."""

import pytest


@pytest.fixture
def media(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    (tmp_path / "cooperaties").mkdir()
    (tmp_path / "cooperaties" / "foto.png").write_bytes(b"\x89PNG\r\n\x1a\n" + b"0" * 20)
    (tmp_path / "cooperaties" / "script.svg").write_text("<svg><script>alert(1)</script></svg>")
    (tmp_path / "notities.html").write_text("<script>alert(1)</script>")
    return tmp_path


def test_an_image_is_served_with_its_type_nosniff_and_caching(client, media, settings):
    assert settings.DEBUG is False
    response = client.get("/media/cooperaties/foto.png")
    assert response.status_code == 200
    assert response["Content-Type"] == "image/png"
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Cache-Control"] == "public, max-age=86400"


@pytest.mark.parametrize("path", ["cooperaties/script.svg", "notities.html", "../../etc/passwd", "bestaat-niet.png"])
def test_anything_but_an_existing_image_is_not_found(client, media, path):
    assert client.get(f"/media/{path}").status_code == 404
