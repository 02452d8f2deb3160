"""QGIS's proxy settings as the URL that model downloads go through."""

from urllib.parse import unquote, urlsplit

import pytest

KEYS = ("proxy/proxyEnabled", "proxy/proxyType", "proxy/proxyHost", "proxy/proxyPort", "proxy/proxyUser",
        "proxy/proxyPassword")


@pytest.fixture
def proxy_settings(qgis_app):
    """Set QGIS's proxy settings for one test; the previous ones are put back after it."""
    from qgis.core import QgsSettings

    settings = QgsSettings()
    saved = {key: settings.value(key) for key in KEYS if settings.contains(key)}

    def set_proxy(**values):
        for key, value in values.items():
            settings.setValue(f"proxy/{key}", value)

    yield set_proxy
    for key in KEYS:
        if key in saved:
            settings.setValue(key, saved[key])
        else:
            settings.remove(key)


@pytest.mark.parametrize("user, password", [
    ("analyst", "a/b@c:d%e"), ("dom\\ana lyst@corp", "p/ss:w@rd%2F"), ("me", "/"), ("me", "%40")])
def test_a_password_with_url_characters_parses_back_to_itself(proxy_settings, user, password):
    from apt_cropland.plugin.toolbelt.model_store import proxy_url

    proxy_settings(proxyEnabled=True, proxyType="HttpProxy", proxyHost="proxy.example.org", proxyPort="3128",
                   proxyUser=user, proxyPassword=password)
    url = urlsplit(proxy_url())
    assert (url.scheme, url.hostname, url.port) == ("http", "proxy.example.org", 3128)
    assert (unquote(url.username), unquote(url.password)) == (user, password)


def test_no_proxy_unless_an_http_proxy_is_enabled(proxy_settings):
    from apt_cropland.plugin.toolbelt.model_store import proxy_url

    proxy_settings(proxyEnabled=False, proxyType="HttpProxy", proxyHost="proxy.example.org", proxyUser="")
    assert proxy_url() is None
    proxy_settings(proxyEnabled=True, proxyType="Socks5Proxy")
    assert proxy_url() is None
    proxy_settings(proxyType="HttpProxy", proxyPort="")
    assert proxy_url() == "http://proxy.example.org"


def test_downloads_send_the_password_to_the_proxy_unchanged(proxy_settings):
    """Through the opener model downloads use, to a loopback proxy that records what it is sent."""
    import base64
    import http.server
    import threading

    from apt_cropland.plugin.core.models.catalog import _opener
    from apt_cropland.plugin.toolbelt.model_store import proxy_url

    seen = []

    class Proxy(http.server.BaseHTTPRequestHandler):
        def log_message(self, *args):
            pass

        def do_GET(self):
            seen.append((self.path, self.headers.get("Proxy-Authorization")))
            self.send_response(200)
            self.send_header("Content-Length", "2")
            self.end_headers()
            self.wfile.write(b"ok")

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Proxy)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        proxy_settings(proxyEnabled=True, proxyType="HttpProxy", proxyHost="127.0.0.1",
                       proxyPort=str(server.server_address[1]), proxyUser="analyst", proxyPassword="a/b@c:d%e")
        with _opener(proxy_url()).open("http://models.example.org/sam_vit_b_01ec64.pth", timeout=30) as response:
            assert response.read() == b"ok"
    finally:
        server.shutdown()
        server.server_close()
    [(path, authorization)] = seen
    assert path == "http://models.example.org/sam_vit_b_01ec64.pth"
    assert base64.b64decode(authorization.split()[1]).decode() == "analyst:a/b@c:d%e"
