"""A small, bounded HTTP GET for `complaint-lint logo add --from-page` (not the crawler).

http(s) only, a timeout, a size limit (the body is read in chunks and abandoned past
the limit), at most 5 redirects, and, unless allowed, no loopback, private,
link-local or reserved address, checked for the first URL and every redirect.

Passing example: ``fetch("https://www.health.belgium.be/nl/klachtenmanagement",
max_bytes=5_000_000, timeout=15)`` returns the page.

Failing example (a scanner must not be turned against internal hosts)::

    >>> try:
    ...     fetch("http://127.0.0.1:9/", max_bytes=1000, timeout=1)
    ... except FetchError as exc:
    ...     print(exc)
    http://127.0.0.1:9/: refused: 127.0.0.1 is a private or local address (use --allow-private)
"""

from __future__ import annotations

import ipaddress
import socket
import urllib.error
import urllib.request
from dataclasses import dataclass
from urllib.parse import urlsplit

USER_AGENT = "complaint-lint/0.1 (logo add --from-page)"
MAX_REDIRECTS = 5


class FetchError(Exception):
    """The URL could not be fetched within the limits (reason in str())."""


@dataclass
class Fetched:
    url: str  # final URL, after redirects
    content_type: str
    data: bytes


def _check_target(url: str, allow_private: bool) -> None:
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise FetchError(f"{url}: only http(s) URLs can be fetched")
    if allow_private:
        return
    try:
        infos = socket.getaddrinfo(parts.hostname, parts.port or (443 if parts.scheme == "https" else 80),
                                   proto=socket.IPPROTO_TCP)
    except socket.gaierror as exc:
        raise FetchError(f"{url}: cannot resolve {parts.hostname}: {exc}") from exc
    for info in infos:
        ip = ipaddress.ip_address(info[4][0].split("%")[0])
        if not ip.is_global or ip.is_multicast:
            raise FetchError(f"{url}: refused: {ip} is a private or local address (use --allow-private)")


class _Redirects(urllib.request.HTTPRedirectHandler):
    max_redirections = MAX_REDIRECTS

    def __init__(self, allow_private: bool):
        self.allow_private = allow_private

    def redirect_request(self, req, fp, code, msg, headers, newurl):  # noqa: D102
        _check_target(newurl, self.allow_private)
        return super().redirect_request(req, fp, code, msg, headers, newurl)


def fetch(url: str, *, max_bytes: int, timeout: float, allow_private: bool = False) -> Fetched:
    """GET URL; raises FetchError on any failure, refusal or oversize body."""
    if url.startswith("data:"):
        raise FetchError("data: URIs are not fetched")
    _check_target(url, allow_private)
    opener = urllib.request.build_opener(_Redirects(allow_private))
    req = urllib.request.Request(url, headers={"User-Agent": USER_AGENT, "Accept": "*/*"})
    try:
        with opener.open(req, timeout=timeout) as resp:
            length = resp.headers.get("Content-Length")
            if length and length.isdigit() and int(length) > max_bytes:
                raise FetchError(f"{url}: too large ({length} bytes > {max_bytes})")
            chunks, total = [], 0
            while True:
                chunk = resp.read(65536)
                if not chunk:
                    break
                total += len(chunk)
                if total > max_bytes:
                    raise FetchError(f"{url}: too large (more than {max_bytes} bytes)")
                chunks.append(chunk)
            return Fetched(resp.geturl(), resp.headers.get("Content-Type", ""), b"".join(chunks))
    except FetchError:
        raise
    except urllib.error.HTTPError as exc:
        raise FetchError(f"{url}: HTTP {exc.code}") from exc
    except (urllib.error.URLError, OSError, ValueError) as exc:
        raise FetchError(f"{url}: {getattr(exc, 'reason', exc)}") from exc
