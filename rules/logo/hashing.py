"""Perceptual hashes of normalised images, and the banks of reference hashes.

Two tiers, both imagehash (algorithm, regions and sizes from the manifest):

- the *coarse* fingerprint hashes the whole logo and its caption bands at a size any
  copy of the logo still resolves (140 px wide, JPEG quality 30). Each reference is
  hashed in several renditions, so that what pages do to the logo is already among
  the references: the file itself, the file shrunk to the widths at which pages show
  the logo (same blur, same lost detail), and copies cropped by a few percent.
- the *detail* fingerprint hashes the caption at a higher resolution. It is compared
  only when the image is big enough to show that detail (``detail_min_width``), against
  the full-size renditions: a large image must also agree on the caption's words, so
  the same balloon with another caption of the same length does not pass.

Distances are fractions of differing bits (0.0 same, 1.0 opposite).

Passing example (the same picture, shrunk, is close to itself)::

    >>> from PIL import Image, ImageDraw
    >>> from rules.logo.manifest import load_manifest
    >>> cfg = load_manifest().hashing
    >>> im = Image.new("L", (300, 200), 255); d = ImageDraw.Draw(im)
    >>> d.ellipse((40, 10, 260, 120), fill=0); d.text((60, 150), "Klachten?", fill=0)
    >>> a, b = coarse_hash(im, cfg), coarse_hash(im.resize((150, 100)), cfg)
    >>> distance(a, b) < 0.1
    True

Failing example (an unrelated picture is far)::

    >>> other = Image.new("L", (300, 200), 255); d = ImageDraw.Draw(other)
    >>> d.rectangle((20, 20, 280, 60), fill=0); d.rectangle((20, 120, 280, 180), fill=0)
    >>> distance(a, coarse_hash(other, cfg)) > 0.3
    True
"""

from __future__ import annotations

from dataclasses import dataclass

import imagehash
import numpy as np
from PIL import Image

from .manifest import HashConfig, Limits, ManifestError, Region
from .normalise import _trim_box, normalise

ALGORITHMS = {
    "dhash": imagehash.dhash,
    "phash": imagehash.phash,
    "average_hash": imagehash.average_hash,
    "whash": imagehash.whash,
}


class Fingerprint:
    """The imagehashes of an image's regions, and their bits as one vector."""

    __slots__ = ("hashes", "bits")

    def __init__(self, hashes: list[imagehash.ImageHash]):
        self.hashes = hashes
        self.bits = np.concatenate([h.hash.flatten() for h in hashes])

    def __str__(self) -> str:
        return "|".join(str(h) for h in self.hashes)


def _region(im: Image.Image, r: Region) -> Image.Image:
    if r.top <= 0.0 and r.bottom >= 1.0 and r.left <= 0.0 and r.right >= 1.0:
        return im
    y0 = min(im.height - 1, round(r.top * im.height))
    x0 = min(im.width - 1, round(r.left * im.width))
    return im.crop((x0, y0, max(x0 + 1, round(r.right * im.width)), max(y0 + 1, round(r.bottom * im.height))))


def fingerprint(im: Image.Image, regions: tuple[Region, ...], algorithm: str) -> Fingerprint:
    """Hash each region of a normalised (greyscale, trimmed) image."""
    try:
        fn = ALGORITHMS[algorithm]
    except KeyError as exc:
        raise ValueError(f"unknown hash algorithm {algorithm!r}; use one of {sorted(ALGORITHMS)}") from exc
    return Fingerprint([fn(_region(im, r), hash_size=r.hash_size) for r in regions])


def coarse_hash(im: Image.Image, cfg: HashConfig) -> Fingerprint:
    return fingerprint(im, cfg.regions, cfg.algorithm)


def detail_hash(im: Image.Image, cfg: HashConfig) -> Fingerprint:
    return fingerprint(im, cfg.detail_regions, cfg.algorithm)


def distance(a: Fingerprint, b: Fingerprint) -> float:
    """Fraction of differing bits, 0.0 (same) to 1.0."""
    return float(np.count_nonzero(a.bits != b.bits)) / a.bits.size


def to_hex(h: Fingerprint) -> str:
    return str(h)


def from_hex(text: str) -> Fingerprint:
    return Fingerprint([imagehash.hex_to_hash(part) for part in text.split("|")])


def _crop_fraction(im: Image.Image, side: str, f: float, limits: Limits) -> Image.Image | None:
    w, h = im.size
    box = {
        "left": (round(w * f), 0, w, h),
        "right": (0, 0, w - round(w * f), h),
        "top": (0, round(h * f), w, h),
        "bottom": (0, 0, w, h - round(h * f)),
        "sides": (round(w * f), 0, w - round(w * f), h),
        "all": (round(w * f), round(h * f), w - round(w * f), h - round(h * f)),
    }[side]
    part = im.crop(box)
    tb = _trim_box(np.asarray(part), limits)
    return part.crop(tb) if tb else None


def renditions(image: Image.Image, limits: Limits, cfg: HashConfig) -> dict[str, Image.Image]:
    """Normalised renditions of one decoded reference image, by name.

    ``full``; ``w<N>`` (shrunk so that the logo itself is N px wide, as pages show it);
    ``<rendition>/crop-<side>-<pct>`` for each crop in cfg.reference_crops.
    """
    base = normalise(image, limits)
    if base.image is None:
        raise ManifestError(f"reference image is {base.reason}")
    out: dict[str, Image.Image] = {"full": base.image}
    # The trimmed logo's width in the decoded image (normalise may have downscaled).
    logo_width = base.image.width / min(1.0, limits.work_max_side / max(image.size))
    for target in cfg.reference_widths:
        if target >= logo_width:
            continue
        f = target / logo_width
        small = image.resize((max(1, round(image.width * f)), max(1, round(image.height * f))),
                             Image.Resampling.LANCZOS)
        n = normalise(small, limits)
        if n.image is not None:
            out[f"w{target}"] = n.image
    for name in list(out):
        for side, pct in cfg.reference_crops:
            c = _crop_fraction(out[name], side, pct / 100.0, limits)
            if c is not None and min(c.size) >= 4:
                out[f"{name}/crop-{side}-{pct:g}"] = c
    return out


def reference_hashes(
    image: Image.Image, limits: Limits, cfg: HashConfig
) -> tuple[dict[str, str], dict[str, str]]:
    """({rendition: coarse hex}, {full-size rendition: detail hex}) for a decoded reference."""
    rends = renditions(image, limits, cfg)
    coarse = {name: to_hex(coarse_hash(im, cfg)) for name, im in rends.items()}
    detail = {name: to_hex(detail_hash(im, cfg)) for name, im in rends.items()
              if name == "full" or name.startswith("full/")}
    return coarse, detail


@dataclass(frozen=True)
class Nearest:
    variant: str | None
    rendition: str | None
    distance: float


class HashBank:
    """Reference fingerprints as one bit matrix, for a fast nearest-reference search."""

    def __init__(self, entries: list[tuple[str, str, Fingerprint]]):
        self.variants = [v for v, _, _ in entries]
        self.renditions = [r for _, r, _ in entries]
        self.bits = np.stack([h.bits for _, _, h in entries]) if entries else np.zeros((0, 1), bool)

    def __len__(self) -> int:
        return len(self.variants)

    def distances(self, h: Fingerprint) -> np.ndarray:
        """Distance from H to every entry."""
        if not self.variants:
            return np.zeros(0)
        if h.bits.size != self.bits.shape[1]:
            raise ValueError("hash size differs from the references' (recompute the manifest hashes)")
        return np.count_nonzero(self.bits != h.bits, axis=1) / h.bits.size

    def nearest(self, h: Fingerprint, variants: set[str] | None = None) -> Nearest:
        """The nearest entry (among VARIANTS when given)."""
        d = self.distances(h)
        if variants is not None:
            d = np.where([v in variants for v in self.variants], d, np.inf)
        if d.size == 0 or not np.isfinite(d.min()):
            return Nearest(None, None, 1.0)
        i = int(np.argmin(d))
        return Nearest(self.variants[i], self.renditions[i], float(d[i]))

    def per_variant(self, h: Fingerprint) -> dict[str, float]:
        """The smallest distance from H to each variant's renditions."""
        out: dict[str, float] = {}
        for v, dist in zip(self.variants, self.distances(h)):
            if dist < out.get(v, 2.0):
                out[v] = float(dist)
        return out
