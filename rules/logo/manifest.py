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

    >>> try:
    ...     Manifest.from_dict({"schema": SCHEMA, "references": []})
    ... except ManifestError as exc:
    ...     print(exc)
    manifest: missing section 'hashing'
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
# Bump when a code change in normalise.py or hashing.py changes what a hash is: the
# stored reference hashes are then recomputed at load (and by `logo rehash`).
PIPELINE_VERSION = 1
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
    trim_contrast: float  # ... and by this fraction of the image's contrast (edges cut at mid-grey)
    trim_min_fraction: float  # a row/column is content when this fraction of it differs
    light_ratio: float  # transparency goes on black when less than this part of the opaque is dark
    fetch_timeout: float  # seconds, for `logo add --from-page`
    max_page_bytes: int  # largest page `logo add --from-page` reads
    max_page_images: int  # most images of that page it fetches

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
                trim_contrast=float(d["trim_contrast"]),
                trim_min_fraction=float(d["trim_min_fraction"]),
                light_ratio=float(d["light_ratio"]),
                fetch_timeout=float(d["fetch_timeout"]),
                max_page_bytes=int(d["max_page_bytes"]),
                max_page_images=int(d["max_page_images"]),
            )
        except (KeyError, TypeError, ValueError, IndexError) as exc:
            raise ManifestError(f"manifest: bad 'limits': {exc!r}") from exc


@dataclass(frozen=True)
class Region:
    """A part of the trimmed logo hashed on its own, in fractions of its height/width."""

    name: str
    top: float
    bottom: float
    hash_size: int
    left: float = 0.0
    right: float = 1.0


def _regions(items: list[dict[str, Any]]) -> tuple[Region, ...]:
    regions = tuple(
        Region(str(r["name"]), float(r["top"]), float(r["bottom"]), int(r["hash_size"]),
               float(r.get("left", 0.0)), float(r.get("right", 1.0)))
        for r in items
    )
    if not regions or any(not (0 <= r.top < r.bottom <= 1 and 0 <= r.left < r.right <= 1)
                          or r.hash_size < 2 for r in regions):
        raise ValueError("regions need 0 <= top < bottom <= 1, 0 <= left < right <= 1, hash_size >= 2")
    return regions


@dataclass(frozen=True)
class HashConfig:
    """How an image is fingerprinted (see hashing.py)."""

    algorithm: str  # imagehash function: dhash, phash, average_hash, whash
    regions: tuple[Region, ...]  # coarse: the whole logo, and bands such as the caption lines
    detail_regions: tuple[Region, ...]  # detail: the caption at a higher resolution
    detail_min_width: int  # detail is compared when the logo in the image is at least this wide
    reference_widths: tuple[int, ...]  # references are also hashed shrunk to these logo widths
    reference_crops: tuple[tuple[str, float], ...]  # ... and cropped: (left|right|top|bottom|sides|all, %)
    split_max_parts: int  # side-by-side images are split into at most this many parts
    split_min_gap: float  # a blank gap (fraction of the height) that separates two parts

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> "HashConfig":
        try:
            crops = tuple((str(side), float(pct)) for side, pct in d["reference_crops"])
            if any(side not in ("left", "right", "top", "bottom", "sides", "all") for side, _ in crops):
                raise ValueError(f"bad crop side in {crops}")
            return cls(
                algorithm=str(d["algorithm"]),
                regions=_regions(d["regions"]),
                detail_regions=_regions(d["detail_regions"]),
                detail_min_width=int(d["detail_min_width"]),
                reference_widths=tuple(int(w) for w in d["reference_widths"]),
                reference_crops=crops,
                split_max_parts=int(d["split_max_parts"]),
                split_min_gap=float(d["split_min_gap"]),
            )
        except (KeyError, TypeError, ValueError) as exc:
            raise ManifestError(f"manifest: bad 'hashing': {exc!r}") from exc

    def key(self) -> str:
        """A short digest of what changes the stored hashes (stale hashes are recomputed)."""
        d = self.to_dict()
        blob = json.dumps([d[k] for k in ("algorithm", "regions", "detail_regions",
                                          "reference_widths", "reference_crops")])
        return hashlib.sha256(blob.encode()).hexdigest()[:12]

    def to_dict(self) -> dict[str, Any]:
        return {
            "algorithm": self.algorithm,
            "regions": [asdict(r) for r in self.regions],
            "detail_regions": [asdict(r) for r in self.detail_regions],
            "detail_min_width": self.detail_min_width,
            "reference_widths": list(self.reference_widths),
            "reference_crops": [[side, pct] for side, pct in self.reference_crops],
            "split_max_parts": self.split_max_parts,
            "split_min_gap": self.split_min_gap,
        }


@dataclass(frozen=True)
class Thresholds:
    """Distances are fractions of differing hash bits, 0 (identical) to 1."""

    match: float  # coarse: an image (or part of it) at most this far from a reference is the logo
    detail: float  # detail: a large image must also be at most this far on the caption
    near: float  # not matched but at most this far: reported as "near" (never a pass)

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> "Thresholds":
        try:
            return cls(match=float(d["match"]), detail=float(d["detail"]), near=float(d["near"]))
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
    stand_in: bool = False  # a placeholder, replaced when an official file of its kind is added
    sha256: str = ""  # of the file, to notice when it was replaced without rehashing
    width: int = 0  # intrinsic size of the file
    height: int = 0
    aspect: float = 0.0  # width/height of the logo itself (margins trimmed)
    hash_key: str = ""  # Manifest.hash_key() the hashes were computed with
    hashes: dict[str, str] = field(default_factory=dict)  # rendition -> coarse hex (hashing.py)
    detail: dict[str, str] = field(default_factory=dict)  # full-size rendition -> detail hex

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> "Reference":
        try:
            return cls(
                variant=str(d["variant"]),
                language=str(d["language"]),
                inverse=bool(d.get("inverse", False)),
                file=str(d["file"]),
                source=str(d.get("source", "")),
                stand_in=bool(d.get("stand_in", False)),
                sha256=str(d.get("sha256", "")),
                width=int(d.get("width", 0)),
                height=int(d.get("height", 0)),
                aspect=float(d.get("aspect", 0.0)),
                hash_key=str(d.get("hash_key", "")),
                hashes={str(k): str(v) for k, v in (d.get("hashes") or {}).items()},
                detail={str(k): str(v) for k, v in (d.get("detail") or {}).items()},
            )
        except (KeyError, TypeError, ValueError) as exc:
            raise ManifestError(f"manifest: bad reference {d!r}: {exc!r}") from exc


@dataclass
class Manifest:
    limits: Limits
    hashing: HashConfig
    thresholds: Thresholds
    references: list[Reference]
    hint_words: tuple[str, ...] = ()  # alt/title/file-name words that hint at the logo (never a pass)
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
            hint_words=tuple(str(w).lower() for w in d.get("hint_words") or ()),
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
            "hashing": self.hashing.to_dict(),
            "thresholds": asdict(self.thresholds),
            "limits": limits,
            "hint_words": list(self.hint_words),
            "references": [asdict(r) for r in self.references],
        }

    def path_of(self, ref: Reference) -> Path:
        return self.directory / ref.file

    def hash_key(self) -> str:
        """Digest of everything that changes a stored hash: pipeline, hashing, normalising."""
        lim = self.limits
        blob = json.dumps([PIPELINE_VERSION, self.hashing.key(), lim.work_max_side, lim.blank_stddev,
                           lim.trim_tolerance, lim.trim_contrast, lim.trim_min_fraction, lim.light_ratio])
        return hashlib.sha256(blob.encode()).hexdigest()[:12]

    def stale(self) -> list[Reference]:
        """References whose hashes are missing or were made with other parameters."""
        key = self.hash_key()
        return [r for r in self.references
                if r.hash_key != key or not r.hashes or not r.detail or not r.aspect]

    def find(self, variant: str) -> Reference | None:
        return next((r for r in self.references if r.variant == variant), None)


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
    mode = path.stat().st_mode & 0o777 if path.exists() else 0o644
    fd, tmp = tempfile.mkstemp(prefix=".manifest.", suffix=".json", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            fh.write(text)
        os.chmod(tmp, mode | 0o200)  # mkstemp makes it private; keep the file readable
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return path


def analyse_file(manifest: Manifest, path: Path) -> dict[str, Any]:
    """sha256, size, logo aspect, inverse flag and hashes of one reference file."""
    from .decode import decode_image  # late imports: decode/hashing import this module
    from .hashing import reference_hashes
    from .normalise import normalise

    try:
        data = Path(path).read_bytes()
    except OSError as exc:
        raise ManifestError(f"reference file {path} cannot be read: {exc}") from exc
    decoded = decode_image(data, manifest.limits)
    if decoded.image is None:
        raise ManifestError(f"reference file {Path(path).name} is not usable: {decoded.reason}")
    norm = normalise(decoded.image, manifest.limits)
    if norm.image is None:
        raise ManifestError(f"reference file {Path(path).name} is {norm.reason}")
    coarse, detail = reference_hashes(decoded.image, manifest.limits, manifest.hashing)
    return {
        "sha256": hashlib.sha256(data).hexdigest(),
        "width": decoded.width,
        "height": decoded.height,
        "aspect": round(norm.image.width / norm.image.height, 4),
        "inverse": norm.inverted,
        "hash_key": manifest.hash_key(),
        "hashes": coarse,
        "detail": detail,
    }


def recompute_hashes(manifest: Manifest, only_stale: bool = False) -> list[str]:
    """Recompute the stored hashes from the files; returns the variants updated."""
    done = []
    stale = {r.variant for r in manifest.stale()}
    for ref in manifest.references:
        info = analyse_file(manifest, manifest.path_of(ref))
        if only_stale and ref.variant not in stale and ref.sha256 == info["sha256"]:
            continue
        for key in ("sha256", "width", "height", "aspect", "hash_key", "hashes", "detail"):
            setattr(ref, key, info[key])
        done.append(ref.variant)
    return done


def add_reference(
    manifest: Manifest,
    file: Path,
    language: str,
    variant: str | None = None,
    inverse: bool | None = None,
    source: str = "",
    data: bytes | None = None,
) -> tuple[Reference, list[str]]:
    """Copy FILE (or DATA named like FILE) into the reference folder and hash it.

    The inverse flag is detected from the image unless given. Stand-in references of
    the same language and version (colour or inverse) are dropped from the manifest:
    the official file replaces them. Returns the new reference and the variants
    dropped. The manifest is changed in memory only; call save_manifest().
    """
    file = Path(file)
    if data is None:
        try:
            data = file.read_bytes()
        except OSError as exc:
            raise ManifestError(f"{file}: {exc}") from exc
    language = language.lower().strip()
    if not re.fullmatch(r"[a-z]{2,3}", language):
        raise ManifestError(f"language must be a 2-3 letter code, not {language!r}")
    suffix = file.suffix.lower() if file.suffix.lower() in (".png", ".jpg", ".jpeg", ".gif", ".webp", ".svg") else ""
    manifest.directory.mkdir(parents=True, exist_ok=True)
    tmp = manifest.directory / f".adding-{os.getpid()}{suffix or '.img'}"
    tmp.write_bytes(data)
    try:
        info = analyse_file(manifest, tmp)
        if not suffix:
            from .decode import sniff

            suffix = "." + {"jpeg": "jpg"}.get(sniff(data) or "img", sniff(data) or "img")
        is_inverse = info["inverse"] if inverse is None else bool(inverse)
        name = slug(variant or f"{language}{'-inverse' if is_inverse else ''}-official")
        base, n = name, 2
        while manifest.find(name) is not None:
            name, n = f"{base}-{n}", n + 1
        target = manifest.directory / f"complaints-logo-{name}{suffix}"
        os.replace(tmp, target)
    finally:
        tmp.unlink(missing_ok=True)
    ref = Reference(
        variant=name, language=language, inverse=is_inverse, file=target.name,
        source=source or f"added from {file.name}", stand_in=False,
        sha256=info["sha256"], width=info["width"], height=info["height"], aspect=info["aspect"],
        hash_key=info["hash_key"], hashes=info["hashes"], detail=info["detail"],
    )
    dropped = [r.variant for r in manifest.references
               if r.stand_in and r.language == language and r.inverse == is_inverse]
    manifest.references = [r for r in manifest.references if r.variant not in dropped] + [ref]
    return ref, dropped


def slug(text: str) -> str:
    """A file-name-safe variant name: ``slug("FR inverse!") == "fr-inverse"``."""
    s = re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")
    return s or "logo"
