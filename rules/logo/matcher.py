"""Is this image the common complaints logo? Pixels decide; names only hint.

    matcher = LogoMatcher.load()               # reads logo_reference/manifest.json
    m = matcher.match_bytes(data, name=url)    # never raises for bad image data
    m.matched, m.reference, m.distance, m.reason

Pipeline: decode (decode.py, svg.py) -> skip tiny images -> normalise (flatten,
greyscale, polarity, trim) -> split side-by-side compositions (segment.py) -> hash
each part -> nearest reference rendition (hashing.py). ``distance`` is the fraction of
differing hash bits to the nearest reference; ``matched`` is distance <= the
manifest's ``thresholds.match``. ``hint`` says whether the name (file name, alt,
title) suggests the logo: it is evidence to show, never a pass.

Passing example (a reference, shrunk to the official online width, matches)::

    >>> from io import BytesIO
    >>> from PIL import Image
    >>> matcher = LogoMatcher.load()
    >>> ref = matcher.manifest.path_of(matcher.manifest.references[0])
    >>> im = Image.open(ref); im = im.resize((140, round(im.height * 140 / im.width)))
    >>> buf = BytesIO(); im.save(buf, "JPEG", quality=40)
    >>> m = matcher.match_bytes(buf.getvalue(), "contact/klachten-logo.jpg")
    >>> (m.matched, m.reference == matcher.manifest.references[0].variant, m.hint)
    (True, True, True)

Failing example (a chat icon named like the logo is still not the logo)::

    >>> from PIL import ImageDraw
    >>> im = Image.new("RGB", (165, 115), "white")
    >>> ImageDraw.Draw(im).rounded_rectangle((20, 10, 145, 80), radius=15, fill="#1f3c88")
    >>> buf = BytesIO(); im.save(buf, "PNG")
    >>> m = matcher.match_bytes(buf.getvalue(), "logo-plaintes.png")
    >>> (m.matched, m.reference, m.hint)
    (False, None, True)
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from PIL import Image

from . import decode as dec
from .hashing import Fingerprint, HashBank, coarse_hash, detail_hash, from_hex
from .manifest import Manifest, load_manifest, recompute_hashes
from .normalise import normalise
from .segment import split_parts

TOO_SMALL = "too small"


@dataclass
class LogoMatch:
    matched: bool
    reference: str | None  # variant of the nearest reference when matched, else None
    distance: float  # fraction of differing hash bits to the nearest reference (1.0 when skipped)
    width: int = 0  # intrinsic size of the image (0 when it could not be read)
    height: int = 0
    reason: str | None = None  # why the image was skipped: too small, blank, not an image, too large, ...
    language: str | None = None  # language of the matched reference
    nearest: str | None = None  # nearest reference variant even when not matched (for explanations)
    near: bool = False  # not matched, but within thresholds.near: worth a human look
    hint: bool = False  # the name/alt/title suggests the logo (never a pass on its own)
    part: int = 0  # 0: the whole image; k: the k-th logo of a side-by-side composition

    def to_json(self, path: str) -> dict[str, Any]:
        """The `complaint-lint logo --json` line for this image."""
        return {
            "path": path,
            "matched": self.matched,
            "reference": self.reference,
            "distance": round(self.distance, 4),
            "reason": self.reason,
        }

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


class LogoMatcher:
    """Matches images against the reference variants of a manifest."""

    def __init__(self, manifest: Manifest, bank: HashBank, detail_bank: HashBank):
        self.manifest = manifest
        self.bank = bank
        self.detail_bank = detail_bank
        self._language = {r.variant: r.language for r in manifest.references}
        # Proportions of the logos themselves: how wide a side-by-side part should be.
        self._aspects = [r.aspect for r in manifest.references if r.aspect > 0] or [1.0]

    # ------------------------------------------------------------------ loading
    @classmethod
    def load(cls, directory: Path | str | None = None) -> "LogoMatcher":
        """Read the manifest (default: the bundled logo_reference/) and its hashes.

        Hashes made with other hashing parameters than the manifest's are recomputed
        in memory from the reference files (`complaint-lint logo rehash` stores them).
        """
        return cls.from_manifest(load_manifest(directory))

    @classmethod
    def from_manifest(cls, manifest: Manifest) -> "LogoMatcher":
        """A matcher for a manifest object (stale hashes are recomputed in memory)."""
        if manifest.stale():
            recompute_hashes(manifest, only_stale=True)
        coarse: list[tuple[str, str, Fingerprint]] = []
        detail: list[tuple[str, str, Fingerprint]] = []
        for ref in manifest.references:
            coarse += [(ref.variant, name, from_hex(hx)) for name, hx in ref.hashes.items()]
            detail += [(ref.variant, name, from_hex(hx)) for name, hx in ref.detail.items()]
        return cls(manifest, HashBank(coarse), HashBank(detail))

    # ----------------------------------------------------------------- matching
    def match_bytes(self, data: bytes, name: str = "") -> LogoMatch:
        """Match untrusted image bytes (any format; content sniffed, never trusted)."""
        hint = self.is_hint(name)
        try:
            decoded = dec.decode_image(data, self.manifest.limits)
        except MemoryError:
            return LogoMatch(False, None, 1.0, reason=dec.TOO_LARGE, hint=hint)
        if decoded.image is None:
            return LogoMatch(False, None, 1.0, decoded.width, decoded.height,
                             reason=decoded.reason or dec.NOT_AN_IMAGE, hint=hint)
        try:
            return self.match_image(decoded.image, name, intrinsic=(decoded.width, decoded.height))
        except MemoryError:
            return LogoMatch(False, None, 1.0, decoded.width, decoded.height, reason=dec.TOO_LARGE, hint=hint)
        except Exception as exc:  # noqa: BLE001 - one odd image never stops a scan; the reason shows it
            return LogoMatch(False, None, 1.0, decoded.width, decoded.height,
                             reason=f"error: {type(exc).__name__}: {exc}"[:200], hint=hint)

    def match_image(
        self, image: Image.Image, name: str = "", intrinsic: tuple[int, int] | None = None
    ) -> LogoMatch:
        """Match a decoded PIL image (any mode)."""
        limits = self.manifest.limits
        hint = self.is_hint(name)
        width, height = intrinsic or image.size
        if width < limits.min_width or height < limits.min_height:
            return LogoMatch(False, None, 1.0, width, height, reason=TOO_SMALL, hint=hint)
        rgba = image if image.mode == "RGBA" else image.convert("RGBA")
        norm = normalise(rgba, limits)
        if norm.image is None:
            return LogoMatch(False, None, 1.0, width, height, reason=norm.reason, hint=hint)
        # The drawing itself (margins trimmed) must also be big enough to recognise.
        scale = max(width, height) / max(min(max(rgba.size), limits.work_max_side), 1)
        if norm.image.width * scale < limits.min_width or norm.image.height * scale < limits.min_height:
            return LogoMatch(False, None, 1.0, width, height, reason=TOO_SMALL, hint=hint)

        best_variant, best_distance, best_part = None, 1.0, 0
        parts = split_parts(norm.image, limits, self.manifest.hashing, self._aspects)
        for i, part in enumerate(parts):
            variant, dist = self._score(part, part.width * scale)
            if dist < best_distance:
                best_variant, best_distance, best_part = variant, dist, i
        t = self.manifest.thresholds
        matched = best_variant is not None and best_distance <= t.match
        return LogoMatch(
            matched=matched,
            reference=best_variant if matched else None,
            distance=best_distance,
            width=width,
            height=height,
            language=self._language.get(best_variant or "") if matched else None,
            nearest=best_variant,
            near=not matched and best_distance <= t.near,
            hint=hint,
            part=best_part,
        )

    def _score(self, part: Image.Image, logo_width: float) -> tuple[str | None, float]:
        """(nearest variant, distance) of one normalised part.

        The distance is the coarse one; when the part is large enough for the caption's
        detail, it is the larger of the coarse distance and the detail distance rescaled
        to the coarse threshold, so that `distance <= thresholds.match` is the one test.
        """
        cfg, t = self.manifest.hashing, self.manifest.thresholds
        per_variant = self.bank.per_variant(coarse_hash(part, cfg))
        if not per_variant:
            return None, 1.0
        variant = min(per_variant, key=per_variant.get)
        coarse = per_variant[variant]
        if logo_width < cfg.detail_min_width or len(self.detail_bank) == 0:
            return variant, coarse
        # Among the variants that pass the coarse test (or the nearest one), the one
        # whose caption also agrees best.
        passing = {v for v, d in per_variant.items() if d <= t.match} or {variant}
        detail = self.detail_bank.nearest(detail_hash(part, cfg), passing)
        if detail.variant is None:
            return variant, coarse
        combined = max(per_variant[detail.variant], detail.distance * t.match / t.detail)
        return detail.variant, combined

    def match_file(self, path: Path | str) -> LogoMatch:
        """Match a local file (read at most limits.max_bytes + 1 bytes)."""
        p = Path(path)
        with p.open("rb") as fh:
            data = fh.read(self.manifest.limits.max_bytes + 1)
        return self.match_bytes(data, p.name)

    def is_hint(self, *texts: str) -> bool:
        """Does any text (file name, URL, alt, title) name the complaints logo?"""
        blob = " ".join(t for t in texts if t).lower()
        return any(w in blob for w in self.manifest.hint_words)

