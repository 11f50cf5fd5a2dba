"""The reference manifest: logo_reference/manifest.json.

It holds everything the matcher needs that is data rather than code: the reference
variants with their precomputed hashes, the hashing parameters, the matching
thresholds and the limits applied to untrusted images.

Passing example (the bundled manifest loads, every reference has hashes)::

    >>> m = load_manifest()
    >>> sorted({r.language for r in m.references})
    ['de', 'en', 'fr', 'nl']
    >>> all(r.hashes for r in m.references)
    True

Failing example (a manifest without thresholds is refused)::

    >>> Manifest.from_dict({"schema": SCHEMA, "references": []})
    Traceback (most recent call last):
    ...
    ManifestError: manifest: missing section 'hashing'
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import tempfile
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

SCHEMA = "complaint-lint/logo-manifest/1"
REFERENCE_DIR = Path(__file__).resolve().parents[2] / "logo_reference"
MANIFEST_NAME = "manifest.json"


class ManifestError(ValueError):
    """The manifest is missing, malformed or inconsistent."""


@dataclass(frozen=True)
class Limits:
    """Limits applied to every untrusted image before and while decoding it."""

    max_bytes: int  # larger payloads are refused unread
    max_pixels: int  # width*height of a raster (first frame) or of an SVG's intrinsic size
    max_side: int  # longest side of a raster image
    formats: tuple[str, ...]  # Pillow format names accepted (content is sniffed)
    max_svg_bytes: int  # an SVG (after gunzip for .svgz) larger than this is refused
    max_svg_elements: int  # elements after expansion of <use> references
    svg_render_max_side: int  # SVGs are rasterised with their longest side at most this
    svg_default_size: tuple[int, int]  # when an SVG gives no usable size (CSS default)
    work_max_side: int  # images are downscaled to this before normalising
    min_width: int  # narrower images are skipped ("too small")
    min_height: int  # lower images are skipped ("too small")
    blank_stddev: float  # a normalised image with a lower standard deviation is "blank"
    trim_tolerance: int  # grey-level difference from the background that counts as content
    trim_min_fraction: float  # a row/column is content when this fraction of it differs
    light_ratio: float  # transparency goes on black when less of the opaque part shows on white

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> "Limits":
        try:
            return cls(
                max_bytes=int(d["max_bytes"]),
                max_pixels=int(d["max_pixels"]),
                max_side=int(d["max_side"]),
                formats=tuple(str(f).upper() for f in d["formats"]),
                max_svg_bytes=int(d["max_svg_bytes"]),
                max_svg_elements=int(d["max_svg_elements"]),
                svg_render_max_side=int(d["svg_render_max_side"]),
                svg_default_size=(int(d["svg_default_size"][0]), int(d["svg_default_size"][1])),
                work_max_side=int(d["work_max_side"]),
                min_width=int(d["min_width"]),
                min_height=int(d["min_height"]),
                blank_stddev=float(d["blank_stddev"]),
                trim_tolerance=int(d["trim_tolerance"]),
                trim_min_fraction=float(d["trim_min_fraction"]),
                light_ratio=float(d["light_ratio"]),
            )
        except (KeyError, TypeError, ValueError, IndexError) as exc:
            raise ManifestError(f"manifest: bad 'limits': {exc!r}") from exc


@dataclass(frozen=True)
class HashConfig:
    """How an image is fingerprinted (see hashing.py)."""

    hash_size: int  # side of the perceptual hash of the whole image (hash_size**2 bits)
    band_hash_size: int  # side of the perceptual hash of each horizontal band
    bands: int  # number of horizontal bands (the caption lines are compared on their own)
    highfreq_factor: int  # imagehash.phash oversampling factor
    split_max_parts: int  # side-by-side images are split into at most this many parts
    split_min_gap: float  # a blank gap (fraction of the height) that separates two parts

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> "HashConfig":
        try:
            return cls(
                hash_size=int(d["hash_size"]),
                band_hash_size=int(d["band_hash_size"]),
                bands=int(d["bands"]),
                highfreq_factor=int(d["highfreq_factor"]),
                split_max_parts=int(d["split_max_parts"]),
                split_min_gap=float(d["split_min_gap"]),
            )
        except (KeyError, TypeError, ValueError) as exc:
            raise ManifestError(f"manifest: bad 'hashing': {exc!r}") from exc

    def key(self) -> str:
        """A short digest of the parameters that change a hash (stale hashes are recomputed)."""
        blob = f"{self.hash_size}/{self.band_hash_size}/{self.bands}/{self.highfreq_factor}"
        return hashlib.sha256(blob.encode()).hexdigest()[:12]


@dataclass(frozen=True)
class Thresholds:
    """Distances are fractions of differing bits, 0 (identical) to 1."""

    whole: float  # the whole-image hash must be at most this far from a reference
    band: float  # and every band hash at most this far
    hint: float  # an image within this distance is reported as "close" in explanations

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> "Thresholds":
        try:
            return cls(whole=float(d["whole"]), band=float(d["band"]), hint=float(d["hint"]))
        except (KeyError, TypeError, ValueError) as exc:
            raise ManifestError(f"manifest: bad 'thresholds': {exc!r}") from exc


@dataclass
class Reference:
    """One reference image of the logo."""

    variant: str  # unique name, reported as "reference" by the matcher
    language: str  # fr, nl, de, en (or another language of the charter)
    inverse: bool  # the white-on-black version
    file: str  # file name inside the reference folder
    source: str  # where the file comes from (official download, page URL, stand-in)
    sha256: str = ""
    width: int = 0
    height: int = 0
    hash_key: str = ""  # HashConfig.key() the hashes were computed with
    hashes: dict[str, str] = field(default_factory=dict)  # name -> hex (see hashing.py)

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> "Reference":
        try:
            return cls(
                variant=str(d["variant"]),
                language=str(d["language"]),
                inverse=bool(d.get("inverse", False)),
                file=str(d["file"]),
                source=str(d.get("source", "")),
                sha256=str(d.get("sha256", "")),
                width=int(d.get("width", 0)),
                height=int(d.get("height", 0)),
                hash_key=str(d.get("hash_key", "")),
                hashes={str(k): str(v) for k, v in (d.get("hashes") or {}).items()},
            )
        except (KeyError, TypeError, ValueError) as exc:
            raise ManifestError(f"manifest: bad reference {d!r}: {exc!r}") from exc


@dataclass
class Manifest:
    limits: Limits
    hashing: HashConfig
    thresholds: Thresholds
    references: list[Reference]
    directory: Path = REFERENCE_DIR
    notes: dict[str, Any] = field(default_factory=dict)  # free text kept as it is (benchmark provenance)

    @classmethod
    def from_dict(cls, d: dict[str, Any], directory: Path = REFERENCE_DIR) -> "Manifest":
        if not isinstance(d, dict):
            raise ManifestError("manifest: not a JSON object")
        if d.get("schema") != SCHEMA:
            raise ManifestError(f"manifest: schema must be {SCHEMA!r}, not {d.get('schema')!r}")
        for section in ("hashing", "thresholds", "limits"):
            if not isinstance(d.get(section), dict):
                raise ManifestError(f"manifest: missing section {section!r}")
        refs = [Reference.from_dict(r) for r in d.get("references") or []]
        names = [r.variant for r in refs]
        dupes = sorted({n for n in names if names.count(n) > 1})
        if dupes:
            raise ManifestError(f"manifest: duplicate variants {dupes}")
        return cls(
            limits=Limits.from_dict(d["limits"]),
            hashing=HashConfig.from_dict(d["hashing"]),
            thresholds=Thresholds.from_dict(d["thresholds"]),
            references=refs,
            directory=Path(directory),
            notes=dict(d.get("notes") or {}),
        )

    def to_dict(self) -> dict[str, Any]:
        limits = asdict(self.limits)
        limits["formats"] = list(self.limits.formats)
        limits["svg_default_size"] = list(self.limits.svg_default_size)
        return {
            "schema": SCHEMA,
            "notes": self.notes,
            "hashing": asdict(self.hashing),
            "thresholds": asdict(self.thresholds),
            "limits": limits,
            "references": [asdict(r) for r in self.references],
        }

    def path_of(self, ref: Reference) -> Path:
        return self.directory / ref.file

    def stale(self) -> list[Reference]:
        """References whose hashes are missing or were made with other parameters."""
        key = self.hashing.key()
        return [r for r in self.references if r.hash_key != key or not r.hashes]


def manifest_path(directory: Path | str | None = None) -> Path:
    return Path(directory or REFERENCE_DIR) / MANIFEST_NAME


def load_manifest(directory: Path | str | None = None) -> Manifest:
    """Read DIRECTORY/manifest.json (the bundled logo_reference/ by default)."""
    path = manifest_path(directory)
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError as exc:
        raise ManifestError(f"manifest: {path} not found") from exc
    except json.JSONDecodeError as exc:
        raise ManifestError(f"manifest: {path} is not valid JSON: {exc}") from exc
    return Manifest.from_dict(data, directory=path.parent)


def save_manifest(manifest: Manifest) -> Path:
    """Write the manifest atomically (a crash never leaves half a file)."""
    path = manifest_path(manifest.directory)
    text = json.dumps(manifest.to_dict(), indent=2, ensure_ascii=False) + "\n"
    fd, tmp = tempfile.mkstemp(prefix=".manifest.", suffix=".json", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            fh.write(text)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return path


def slug(text: str) -> str:
    """A file-name-safe variant name: ``slug("FR inverse!") == "fr-inverse"``."""
    s = re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")
    return s or "logo"
