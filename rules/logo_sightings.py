"""The images of a contact page matched against the reference logo: what both
logo rules read. Pixels decide; an alt text or a file name is only a hint.

    >>> from crawler.page import Page
    >>> from crawler.snapshot import Snapshot
    >>> from rules.site import Site
    >>> page = Page("https://x.be/fr/contact/", 200, "text/html",
    ...     b'<html lang="fr"><main><img src="/chat.png" alt="Logo gestion des plaintes"></main></html>')
    >>> site = Site.from_snapshot(Snapshot("x", page.url, [page]))
    >>> [(s.matched, s.hint, s.reason) for s in sightings(site, page)]
    [(False, True, 'not fetched')]
"""

from __future__ import annotations

import base64
import binascii
from dataclasses import dataclass
from functools import lru_cache

from rules.logo.candidates import ImageCandidate, image_candidates
from rules.logo.matcher import LogoMatch, LogoMatcher

NOT_FETCHED = "not fetched"
MAX_DATA_URI = 4 * 1024 * 1024


@lru_cache(maxsize=1)
def matcher() -> LogoMatcher:
    return LogoMatcher.load()


@dataclass(frozen=True)
class Sighting:
    candidate: ImageCandidate
    match: LogoMatch | None

    @property
    def matched(self) -> bool:
        """Matched, and visible: a hidden copy (display:none, hidden) is not shown to visitors."""
        return bool(self.match and self.match.matched) and not getattr(self.candidate, "hidden", False)

    @property
    def hint(self) -> bool:
        name = " ".join([self.candidate.alt, self.candidate.title, self.candidate.url or ""])
        return matcher().is_hint(name) or bool(self.match and self.match.hint)

    @property
    def reason(self) -> str | None:
        return NOT_FETCHED if self.match is None else self.match.reason

    def data(self) -> dict:
        image = self.candidate.url if self.candidate.url and not self.candidate.url.startswith("data:") \
            else "inline image"
        out = {"image": image, "selector": self.candidate.selector, "alt": self.candidate.alt[:120]}
        if self.match is not None:
            out.update(reference=self.match.reference or self.match.nearest,
                       distance=round(self.match.distance, 4), width=self.match.width, height=self.match.height)
        return out


def _bytes(site, candidate: ImageCandidate) -> bytes | None:
    if candidate.inline_svg is not None:
        return candidate.inline_svg
    url = candidate.url or ""
    if url.startswith("data:"):
        head, _, payload = url.partition(",")
        if len(payload) > MAX_DATA_URI:
            return None
        try:
            return base64.b64decode(payload) if ";base64" in head else payload.encode("latin-1", "replace")
        except (binascii.Error, ValueError):
            return None
    resource = site.resource(url)
    if resource is None or resource.status != 200:
        return None
    return resource.body


def sightings(site, page) -> list[Sighting]:
    """Every image candidate of ``page``, matched when its bytes are in the snapshot
    (computed once per site: both logo rules read them)."""
    return site.derived(("logo-sightings", page.url), lambda: _match_all(site, page))


def _match_all(site, page) -> list[Sighting]:
    if page.tree is None:
        return []
    out = []
    for candidate in image_candidates(page.tree, page.url):
        data = _bytes(site, candidate)
        match = matcher().match_bytes(data, candidate.url or "inline.svg") if data is not None else None
        out.append(Sighting(candidate, match))
    return out


def best_logo(found: list[Sighting]) -> Sighting | None:
    matched = [s for s in found if s.matched]
    return min(matched, key=lambda s: s.match.distance) if matched else None
