"""The bounded fetch used by `logo add --from-page` (loopback only)."""

from __future__ import annotations

import pytest

from rules.logo.fetch import FetchError, fetch


def test_fetch_within_limits(loopback):
    server = loopback({"/a": ("text/html", b"<html>ok</html>"), "/big": ("image/png", b"x" * 5000)})
    got = fetch(server.url + "/a", max_bytes=1000, timeout=5, allow_private=True)
    assert got.data == b"<html>ok</html>" and got.content_type == "text/html"
    with pytest.raises(FetchError, match="too large"):
        fetch(server.url + "/big", max_bytes=1000, timeout=5, allow_private=True)
    with pytest.raises(FetchError, match="HTTP 404"):
        fetch(server.url + "/missing", max_bytes=1000, timeout=5, allow_private=True)


def test_private_addresses_and_other_schemes_are_refused(loopback):
    server = loopback({"/a": ("text/html", b"x")})
    with pytest.raises(FetchError, match="private or local"):
        fetch(server.url + "/a", max_bytes=1000, timeout=5)
    assert server.requests == []
    for url in ("file:///etc/passwd", "ftp://127.0.0.1/x", "data:text/html,hi"):
        with pytest.raises(FetchError):
            fetch(url, max_bytes=1000, timeout=5, allow_private=True)
