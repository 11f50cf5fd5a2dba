"""Finding the common complaints logo by its image.

Public API (imported lazily, so `import rules.logo.candidates` stays light)::

    from rules.logo import LogoMatcher, LogoMatch, image_candidates, ImageCandidate, logo_command

    matcher = LogoMatcher.load()                        # logo_reference/manifest.json
    for cand in image_candidates(html_or_tree, page_url):
        data = cand.inline_svg or fetch(cand.url)        # the crawler fetches; data: URIs decode locally
        m = matcher.match_bytes(data, cand.url or "")
        m.matched, m.reference, m.distance, m.reason, matcher.is_hint(cand.alt, cand.title)

Modules, one job each: decode (bytes -> image), svg (sanitise, rasterise), normalise,
segment (side-by-side logos), hashing, manifest, matcher, candidates, fetch and
frompage (`logo add --from-page`), cli (`complaint-lint logo`).
"""

from __future__ import annotations

import importlib
from typing import Any

_EXPORTS = {
    "LogoMatcher": "matcher",
    "LogoMatch": "matcher",
    "image_candidates": "candidates",
    "ImageCandidate": "candidates",
    "logo_command": "cli",
    "load_manifest": "manifest",
}
__all__ = sorted(_EXPORTS)


def __getattr__(name: str) -> Any:
    if name in _EXPORTS:
        return getattr(importlib.import_module(f".{_EXPORTS[name]}", __name__), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
