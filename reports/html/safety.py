"""Scanned content is untrusted: what may become a link, how long a text may be,
and file names that cannot be steered by a scanned site.

Only http(s) URLs become links; anything else (``javascript:``, ``data:``, a
scheme hidden behind tabs or control characters) is shown as text only.

    >>> safe_href("https://www.example.belgium.be/fr/plaintes/?q=1#top")
    'https://www.example.belgium.be/fr/plaintes/?q=1#top'
    >>> safe_href("java\\tscript:alert(1)") is None, safe_href(" JavaScript:alert(1)") is None
    (True, True)
    >>> safe_href("data:text/html,<script>alert(1)</script>") is None, safe_href("//evil.example/") is None
    (True, True)
    >>> clip("x" * 10, 4), clip("evil\u202egnp.exe")
    ('xxx…', 'evilgnp.exe')
    >>> slug("https://www.Example.belgium.be/fr/<script>/", set())
    'www-example-belgium-be-fr-script-648158'
"""

from __future__ import annotations

import hashlib
import re
from urllib.parse import urlsplit

# What browsers drop from a URL before reading its scheme (WHATWG URL: C0 controls,
# space, tab, newline) plus the invisible formatting characters a page can hide.
_INVISIBLE = re.compile("[\x00-\x20\x7f\u00ad\u200b-\u200f\u202a-\u202e\u2060-\u2064\ufeff]")
# Control characters, and the bidi embeddings/overrides/isolates that can make a
# scanned text or URL read differently from what it is ("Trojan Source").
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\u202a-\u202e\u2066-\u2069]")
MAX_URL = 2000
MAX_TEXT = 1000


def safe_href(url: object) -> str | None:
    """``url`` if it is an absolute http(s) URL that can safely be linked, else None."""
    if not isinstance(url, str) or not url or len(url) > MAX_URL:
        return None
    if _INVISIBLE.search(url.strip()):
        return None  # a real URL from the report has no spaces or hidden characters
    try:
        parts = urlsplit(url.strip())
    except ValueError:
        return None
    if parts.scheme.lower() not in ("http", "https") or not parts.netloc:
        return None
    return url.strip()


def plain(text: object) -> str:
    """Text without control and bidi-override characters (line breaks and tabs kept)."""
    return _CONTROL.sub("", "" if text is None else str(text))


def clip(text: object, limit: int = MAX_TEXT) -> str:
    """Text for display: ``plain``, and at most ``limit`` characters."""
    value = plain(text)
    return value if len(value) <= limit else value[: limit - 1] + "…"


def as_number(value: object, default: float = 0.0) -> float:
    """A number from report.json, or ``default`` when the field holds something else."""
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return default
    return float(value)


def slug(url: str, taken: set[str]) -> str:
    """A file-name-safe, stable name for a site's page (host and path, plus a hash)."""
    parts = urlsplit(url) if isinstance(url, str) else None
    readable = f"{parts.netloc}{parts.path}" if parts and parts.netloc else str(url)
    base = re.sub(r"[^a-z0-9]+", "-", readable.lower()).strip("-")[:60].strip("-") or "site"
    name = f"{base}-{hashlib.sha256(str(url).encode('utf-8', 'replace')).hexdigest()[:6]}"
    candidate, n = name, 2
    while candidate in taken:
        candidate, n = f"{name}-{n}", n + 1
    taken.add(candidate)
    return candidate
