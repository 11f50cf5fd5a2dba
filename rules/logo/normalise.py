"""Bring any decoded image to one canonical form before hashing.

RGBA in, greyscale out: downscaled to the working size, transparency flattened onto
the background that keeps the drawing visible (white, or black for a white-on-
transparent drawing), dark-background images inverted (so the white-on-black logo
looks like the colour one), and uniform margins trimmed (padding of any colour,
repeatedly, so a logo padded onto a grey canvas loses both margins).

Passing example::

    >>> from PIL import Image, ImageDraw
    >>> from rules.logo.manifest import load_manifest
    >>> im = Image.new("RGBA", (300, 200), "black")
    >>> ImageDraw.Draw(im).ellipse((100, 50, 200, 150), fill="white")
    >>> n = normalise(im, load_manifest().limits)
    >>> (n.image.size, n.inverted, n.reason)
    ((101, 101), True, None)

Failing example (a fully transparent image is blank)::

    >>> normalise(Image.new("RGBA", (300, 200), (0, 0, 0, 0)), load_manifest().limits).reason
    'blank'
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from PIL import Image, ImageOps

from .manifest import Limits

BLANK = "blank"


@dataclass
class Normalised:
    image: Image.Image | None  # mode L, dark drawing on a white background, trimmed
    inverted: bool = False  # the input had a dark background
    reason: str | None = None


def downscale(im: Image.Image, max_side: int) -> Image.Image:
    """Shrink IM so that its longest side is at most MAX_SIDE (never enlarges)."""
    w, h = im.size
    if max(w, h) <= max_side:
        return im
    scale = max_side / max(w, h)
    size = (max(1, round(w * scale)), max(1, round(h * scale)))
    return im.resize(size, Image.Resampling.BILINEAR, reducing_gap=2.0)


def flatten(im: Image.Image, light_ratio: float) -> Image.Image:
    """RGBA -> L on the background (white or black) that keeps the drawing visible."""
    if im.mode != "RGBA":
        return im.convert("L")
    alpha = np.asarray(im.getchannel("A"))
    grey = np.asarray(im.convert("RGB").convert("L"), dtype=np.float32)
    if alpha.min() >= 250:
        return Image.fromarray(grey.astype(np.uint8), "L")
    a = alpha.astype(np.float32) / 255.0
    # A light drawing on transparency (the white-on-black logo with its black made
    # transparent) vanishes on white: when little of what is opaque is dark, put it
    # on black instead, as the site's dark background would.
    opaque = alpha >= 128
    dark = int((opaque & (grey < 128)).sum())
    bg = 0.0 if opaque.any() and dark < light_ratio * int(opaque.sum()) else 255.0
    out = grey * a + bg * (1.0 - a)
    return Image.fromarray(np.clip(out + 0.5, 0, 255).astype(np.uint8), "L")


def _border(arr: np.ndarray) -> np.ndarray:
    return np.concatenate([arr[0, :], arr[-1, :], arr[:, 0], arr[:, -1]])


def _trim_box(arr: np.ndarray, limits: Limits, bg: float | None = None) -> tuple[int, int, int, int] | None:
    """Bounding box of what differs from the border colour, ignoring sparse noise.

    A pixel is content when it differs from the background by at least
    trim_contrast of the image's contrast (and at least trim_tolerance): edges are
    then cut near half intensity, the same place at every scale, and JPEG ringing
    around the drawing is not content. BG defaults to the median border colour.
    """
    if bg is None:
        bg = float(np.median(_border(arr)))
    diff = np.abs(arr.astype(np.int16) - bg)
    peak = float(np.percentile(diff, 99.5)) if diff.size else 0.0
    threshold = max(float(limits.trim_tolerance), limits.trim_contrast * peak)
    fg = diff > threshold
    h, w = fg.shape
    rows = fg.sum(axis=1) >= max(1.0, limits.trim_min_fraction * w)
    cols = fg.sum(axis=0) >= max(1.0, limits.trim_min_fraction * h)
    if not rows.any() or not cols.any():
        return None
    top, bottom = int(np.argmax(rows)), int(h - np.argmax(rows[::-1]))
    left, right = int(np.argmax(cols)), int(w - np.argmax(cols[::-1]))
    return left, top, right, bottom


def _strip_edge_lines(im: Image.Image, most: int = 3) -> Image.Image:
    """Remove up to MOST uniform lines per side: the blurred edge left when a padded
    image is trimmed down to its inner background (it would stay as a frame)."""
    arr = np.asarray(im).astype(np.float32)
    h, w = arr.shape
    if h <= 2 * most + 4 or w <= 2 * most + 4:
        return im
    top, bottom, left, right = 0, h, 0, w

    def uniform(line: np.ndarray) -> bool:
        return float(line.std()) < 12.0

    while top < most and uniform(arr[top, left:right]):
        top += 1
    while h - bottom < most and uniform(arr[bottom - 1, left:right]):
        bottom -= 1
    while left < most and uniform(arr[top:bottom, left]):
        left += 1
    while w - right < most and uniform(arr[top:bottom, right - 1]):
        right -= 1
    if (top, bottom, left, right) == (0, h, 0, w):
        return im
    return im.crop((left, top, right, bottom))


def normalise(im: Image.Image, limits: Limits) -> Normalised:
    """Canonical greyscale form of IM, or a reason ("blank") when nothing is drawn."""
    grey = flatten(downscale(im, limits.work_max_side), limits.light_ratio)
    inverted = False
    for _ in range(3):  # padding around padding: trim until stable
        arr = np.asarray(grey)
        if arr.size == 0 or float(arr.std()) < limits.blank_stddev:
            return Normalised(None, inverted, BLANK)
        if float(np.median(_border(arr))) < 128:
            grey = ImageOps.invert(grey)
            inverted = not inverted
            arr = np.asarray(grey)
        box = _trim_box(arr, limits)
        if box is None:
            return Normalised(None, inverted, BLANK)
        if box == (0, 0, grey.width, grey.height):
            break
        grey = _strip_edge_lines(grey.crop(box))
    if min(grey.size) < 4 or float(np.asarray(grey).std()) < limits.blank_stddev:
        return Normalised(None, inverted, BLANK)
    return Normalised(grey, inverted, None)
