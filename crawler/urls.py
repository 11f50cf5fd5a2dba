"""URL handling: normal form, what belongs to a site, which addresses may be scanned.

    >>> canonical("HTTPS://Example.be/fr/contact/#top")
    'https://example.be/fr/contact/'
    >>> SiteScope("https://www.example.be/").contains("https://fr.example.be/contact")
    True
    >>> SiteScope("https://www.example.be/").contains("https://example.com/")
    False
    >>> is_public_address("127.0.0.1"), is_public_address("192.0.2.1"), is_public_address("8.8.8.8")
    (False, False, True)
"""

from __future__ import annotations

import ipaddress
import socket
from urllib.parse import urldefrag, urlsplit, urlunsplit


def canonical(url: str) -> str:
    """Lower-case scheme and host, no fragment, a path of at least '/'."""
    url, _ = urldefrag(url.strip())
    parts = urlsplit(url)
    netloc = parts.netloc.lower()
    if parts.port in (80, 443) and (parts.scheme, parts.port) in (("http", 80), ("https", 443)):
        netloc = netloc.rsplit(":", 1)[0]
    return urlunsplit((parts.scheme.lower(), netloc, parts.path or "/", parts.query, ""))


def host_of(url: str) -> str:
    return (urlsplit(url).hostname or "").lower()


def site_base(host: str) -> str:
    """The host a site's pages share: 'www.' and a language label are dropped."""
    labels = host.split(".")
    if len(labels) > 2 and labels[0] in ("www", "fr", "nl", "de", "en"):
        labels = labels[1:]
    return ".".join(labels)


class SiteScope:
    """The hosts that belong to the site being scanned (and only those)."""

    def __init__(self, start_url: str):
        start = urlsplit(start_url)
        self.scheme_port = {(start.hostname or "").lower(): start.port}
        self.bases = {site_base((start.hostname or "").lower())}
        self.extra_hosts: set[str] = set()
        self._ip = _is_ip(start.hostname or "")
        self._netloc = start.netloc.lower()

    def contains(self, url: str) -> bool:
        parts = urlsplit(url)
        if parts.scheme not in ("http", "https"):
            return False
        host = (parts.hostname or "").lower()
        if self._ip:  # an address, not a name: only that address and port
            return parts.netloc.lower() == self._netloc
        if host in self.extra_hosts:
            return True
        return any(host == base or host.endswith("." + base) for base in self.bases)

    def adopt(self, url: str) -> None:
        """Accept another host the site itself declares as a language version."""
        host = host_of(url)
        if host and not _is_ip(host):
            self.extra_hosts.add(host)


def _is_ip(host: str) -> bool:
    try:
        ipaddress.ip_address(host.strip("[]"))
        return True
    except ValueError:
        return False


def is_public_address(address: str) -> bool:
    ip = ipaddress.ip_address(address.strip("[]"))
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped:
        ip = ip.ipv4_mapped
    return ip.is_global and not ip.is_multicast


def resolve(host: str) -> list[str]:
    """Every address a host name resolves to (empty when it does not resolve)."""
    if _is_ip(host):
        return [host.strip("[]")]
    try:
        return sorted({info[4][0] for info in socket.getaddrinfo(host, None)})
    except (socket.gaierror, UnicodeError, OSError):
        return []


def private_reason(host: str) -> str | None:
    """Why a host must not be scanned without --allow-private, or None."""
    addresses = resolve(host)
    for address in addresses:
        if not is_public_address(address):
            return f"{host} resolves to the non-public address {address}"
    return None
