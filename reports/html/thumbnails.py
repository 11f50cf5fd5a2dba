"""Logo thumbnails for the site pages: the image matched on the scanned site, taken
from the site's snapshot (never fetched again), beside the reference it matched.

Every thumbnail is decoded with the project's safe decoder (size limits, SVG
sanitised and rasterised) and re-encoded as PNG, so nothing a scanned site
served (SVG scripts, polyglot files, metadata) reaches the report.

    >>> import tempfile
    >>> folder = Path(tempfile.mkdtemp())
    >>> png_thumbnail(b"<svg onload=alert(1)>", folder) is None   # not an image: no file
    True
    >>> name = reference_thumbnail("fr", folder)
    >>> name.endswith(".png"), (folder / name).read_bytes()[:8] == b"\\x89PNG\\r\\n\\x1a\\n"
    (True, True)
"""

from __future__ import annotations

import hashlib
import io
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from crawler.snapshot import SnapshotError, read_snapshot
from rules.logo.decode import decode_image
from rules.logo.manifest import ManifestError, load_manifest

LOGO_RULES = ("logo-on-contact-page",)  # logo-placement repeats the same image
MAX_SIDE = 330  # the reference logos are 330×230


@dataclass
class Thumbnails:
    """File names (inside the image folder) of the thumbnails that could be made."""

    found: dict[tuple[int, str], str] = field(default_factory=dict)  # (site index, image URL) -> name
    references: dict[str, str] = field(default_factory=dict)  # variant -> name


@lru_cache(maxsize=1)
def _manifest():
    return load_manifest()


def png_thumbnail(data: bytes, folder: Path) -> str | None:
    """Decode untrusted ``data`` safely, shrink it and write it as PNG; its file name, or None."""
    try:
        decoded = decode_image(data, _manifest().limits)
    except Exception:  # noqa: BLE001 - hostile bytes must never stop a report
        return None
    if decoded.image is None:
        return None
    image = decoded.image.copy()
    image.thumbnail((MAX_SIDE, MAX_SIDE))
    buffer = io.BytesIO()
    image.save(buffer, "PNG", optimize=True)
    png = buffer.getvalue()
    name = hashlib.sha256(png).hexdigest()[:20] + ".png"
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / name
    if not target.exists():
        target.write_bytes(png)
    return name


def reference_thumbnail(variant: str, folder: Path) -> str | None:
    """The reference logo of ``variant`` (logo_reference/), as a PNG thumbnail."""
    try:
        manifest = _manifest()
    except (ManifestError, OSError):
        return None
    ref = manifest.find(variant) if isinstance(variant, str) else None
    if ref is None:
        return None
    try:
        return png_thumbnail(manifest.path_of(ref).read_bytes(), folder)
    except OSError:
        return None


def snapshot_file(snapshot: object, run_dir: Path) -> Path | None:
    """Where a site's snapshot is: relative to the run folder (scan) or as given (lint)."""
    if not isinstance(snapshot, str) or not snapshot:
        return None
    path = Path(snapshot)
    for candidate in ((path,) if path.is_absolute() else (run_dir / path, path)):
        if candidate.exists():
            return candidate
    return None


def _logo_findings(site: dict):
    for rule in site.get("rules") or []:
        if rule.get("id") in LOGO_RULES:
            for finding in rule.get("findings") or []:
                data = finding.get("data")
                if isinstance(data, dict) and (data.get("image") or data.get("reference")):
                    yield data


def collect(report: dict, run_dir: Path, folder: Path) -> Thumbnails:
    """Thumbnails of every logo finding of every site of ``report``."""
    thumbs = Thumbnails()
    for index, site in enumerate(report.get("sites") or []):
        wanted = {d["image"] for d in _logo_findings(site) if isinstance(d.get("image"), str)}
        for data in _logo_findings(site):
            variant = data.get("reference")
            if isinstance(variant, str) and variant not in thumbs.references:
                name = reference_thumbnail(variant, folder)
                if name:
                    thumbs.references[variant] = name
        path = snapshot_file(site.get("snapshot"), run_dir) if wanted else None
        if path is None:
            continue
        try:
            pages = read_snapshot(path).pages
        except (SnapshotError, OSError, ValueError):
            continue
        for page in pages:
            if page.url in wanted and page.status == 200 and page.body:
                name = png_thumbnail(page.body, folder)
                if name:
                    thumbs.found[(index, page.url)] = name
    return thumbs
