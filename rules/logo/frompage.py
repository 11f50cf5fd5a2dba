"""Pick the complaints logo from a live page (for `complaint-lint logo add --from-page`).

The page is fetched, every image candidate on it (candidates.py) is fetched within
the manifest's limits and matched against the existing references. The pick is, in
this order: the image that matches a reference best; else the image whose alt, title
or file name names the complaints logo (the usual case while the references are
stand-ins, which the official logo does not resemble); else the nearest image within
``thresholds.near``. Nothing else is ever added.

Passing example: a page with ``<img src="/img/klachten.png" alt="Klachten over onze
dienstverlening? (logo)">`` -> that image, reason "alt/title/file name names the logo".

Failing example: a page with only a chat icon and a photo -> PickError("no image on
the page looks like the complaints logo ...").
"""

from __future__ import annotations

import base64
import binascii
import re
from dataclasses import dataclass
from urllib.parse import urlsplit

from lxml import html as lxml_html

from .candidates import ImageCandidate, image_candidates
from .fetch import FetchError, fetch
from .matcher import LogoMatch, LogoMatcher


class PickError(Exception):
    """No suitable image on the page (reason in str())."""


@dataclass
class Considered:
    candidate: ImageCandidate
    data: bytes | None
    match: LogoMatch | None
    error: str | None = None

    @property
    def label(self) -> str:
        return self.candidate.url[:80] if self.candidate.url else f"inline <svg> at {self.candidate.selector}"


@dataclass
class Pick:
    page_url: str
    image_url: str | None  # None for an inline SVG
    data: bytes
    suffix: str  # file suffix to store it under
    match: LogoMatch
    why: str
    page_language: str | None
    considered: list[Considered]


def _data_uri(uri: str, limit: int) -> bytes | None:
    head, _, payload = uri.partition(",")
    if ";base64" not in head.lower() or len(payload) > limit * 4 // 3 + 4:
        return None
    try:
        return base64.b64decode(payload, validate=False)
    except (binascii.Error, ValueError):
        return None


def _suffix(url: str | None, data: bytes) -> str:
    from .decode import sniff

    kind = sniff(data) or ""
    if kind in ("png", "gif", "webp", "svg"):
        return "." + kind
    if kind == "jpeg":
        return ".jpg"
    path = urlsplit(url or "").path.lower()
    m = re.search(r"\.(png|jpe?g|gif|webp|svg)$", path)
    return "." + m.group(1) if m else ".img"


def pick_from_page(url: str, matcher: LogoMatcher, allow_private: bool = False) -> Pick:
    """Fetch URL and choose the logo image on it (raises PickError, FetchError)."""
    limits = matcher.manifest.limits
    page = fetch(url, max_bytes=limits.max_page_bytes, timeout=limits.fetch_timeout,
                 allow_private=allow_private)
    try:
        root = lxml_html.document_fromstring(page.data)
    except (ValueError, TypeError) as exc:
        raise PickError(f"{url}: not an HTML page") from exc
    lang = (root.get("lang") or root.get("xml:lang") or "").strip().lower()[:2] or None
    cands = [c for c in image_candidates(root, page.url) if not c.hidden]
    considered: list[Considered] = []
    fetched_urls: set[str] = set()
    for cand in cands:
        if len(fetched_urls) >= limits.max_page_images:
            break
        if cand.inline_svg is not None:
            data: bytes | None = cand.inline_svg
        elif cand.url and cand.url.startswith("data:"):
            data = _data_uri(cand.url, limits.max_bytes)
        elif cand.url and cand.url not in fetched_urls:
            fetched_urls.add(cand.url)
            try:
                data = fetch(cand.url, max_bytes=limits.max_bytes, timeout=limits.fetch_timeout,
                             allow_private=allow_private).data
            except FetchError as exc:
                considered.append(Considered(cand, None, None, str(exc)))
                continue
        else:
            continue
        if not data:
            continue
        m = matcher.match_bytes(data, cand.url or "")
        m.hint = m.hint or matcher.is_hint(cand.alt, cand.title)
        considered.append(Considered(cand, data, m))

    usable = [c for c in considered if c.match is not None and c.match.reason is None]
    t = matcher.manifest.thresholds
    chosen, why = None, ""
    matched = [c for c in usable if c.match.matched]
    hinted = [c for c in usable if c.match.hint]
    near = [c for c in usable if c.match.distance <= t.near]
    if matched:
        chosen, why = min(matched, key=lambda c: c.match.distance), "matches an existing reference"
    elif hinted:
        chosen, why = min(hinted, key=lambda c: (c.match.distance, c.candidate.order)), \
            "alt/title/file name names the complaints logo"
    elif near:
        chosen, why = min(near, key=lambda c: c.match.distance), "nearest to an existing reference"
    if chosen is None or chosen.data is None:
        raise PickError(
            f"{url}: no image on the page looks like the complaints logo "
            f"({len(considered)} images considered); download it and use `logo add FILE`"
        )
    return Pick(page.url, chosen.candidate.url if chosen.candidate.inline_svg is None else None,
                chosen.data, _suffix(chosen.candidate.url, chosen.data), chosen.match, why, lang, considered)
