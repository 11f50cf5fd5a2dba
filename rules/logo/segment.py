"""Find the logos inside one image that shows several side by side.

Sites often put the two language versions of the logo next to each other in one file
("Des plaintes sur nos prestations ?" | "Klachten over onze dienstverlening?"). The
normalised image is cut at wide blank vertical gaps and, for a wide image with no
such gap (logos touching), into equal parts of about a reference logo's proportions.
The whole image is always the first part, so a single logo is never harmed.

Passing example (two drawings with a gap -> the whole image and its two halves)::

    >>> from PIL import Image, ImageDraw
    >>> from rules.logo.manifest import load_manifest
    >>> m = load_manifest()
    >>> im = Image.new("L", (420, 100), 255); d = ImageDraw.Draw(im)
    >>> d.rectangle((0, 0, 150, 99), fill=0); d.rectangle((270, 0, 419, 99), fill=0)  # touching the edges
    >>> [p.size for p in split_parts(im, m.limits, m.hashing, aspects=[1.5])]
    [(420, 100), (151, 100), (150, 100)]

Failing example (one drawing of ordinary proportions is not split)::

    >>> [p.size for p in split_parts(Image.new("L", (150, 100), 0), m.limits, m.hashing, [1.5])]
    [(150, 100)]
"""

from __future__ import annotations

import numpy as np
from PIL import Image

from .manifest import HashConfig, Limits
from .normalise import _trim_box


def _runs(mask: np.ndarray) -> list[tuple[int, int]]:
    """[start, end) runs of True in a 1-D boolean array."""
    padded = np.concatenate([[False], mask, [False]])
    edges = np.flatnonzero(padded[1:] != padded[:-1])
    return [(int(a), int(b)) for a, b in zip(edges[::2], edges[1::2])]


def _trimmed(im: Image.Image, limits: Limits) -> Image.Image | None:
    box = _trim_box(np.asarray(im), limits, bg=255.0)  # normalised: drawing on white
    if box is None:
        return None
    part = im.crop(box)
    return part if min(part.size) >= 4 else None


def split_parts(
    im: Image.Image, limits: Limits, cfg: HashConfig, aspects: list[float]
) -> list[Image.Image]:
    """[IM] followed by the parts of a side-by-side composition (each trimmed)."""
    parts = [im]
    w, h = im.size
    if not aspects or h < 4:
        return parts
    ref_aspect = float(np.median(aspects))
    if w / h < 1.4 * ref_aspect:  # not wide enough to hold two logos
        return parts
    arr = np.asarray(im)
    cols = (np.abs(arr.astype(np.int16) - 255) > limits.trim_tolerance).sum(axis=0) > 0
    min_gap = max(1, round(cfg.split_min_gap * h))
    gaps = [(a, b) for a, b in _runs(~cols) if b - a >= min_gap and a > 0 and b < w]
    pieces: list[tuple[int, int]] = []
    if gaps:
        edges = [0] + [x for g in gaps for x in g] + [w]
        pieces = [(edges[i], edges[i + 1]) for i in range(0, len(edges), 2)]
        # Fragments much narrower than a logo (a word of the caption) are not logos.
        pieces = [(a, b) for a, b in pieces if (b - a) >= 0.5 * ref_aspect * h]
    if not (2 <= len(pieces) <= cfg.split_max_parts):
        n = round(w / (h * ref_aspect))
        pieces = [(round(i * w / n), round((i + 1) * w / n)) for i in range(n)] if 2 <= n <= cfg.split_max_parts else []
    for a, b in pieces:
        part = _trimmed(im.crop((a, 0, b, h)), limits)
        if part is not None:
            parts.append(part)
    return parts
