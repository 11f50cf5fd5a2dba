"""Untrusted bytes -> a PIL image, or the reason why not.

The content is sniffed from its first bytes; the file name and the Content-Type a
server sent are never trusted. Size limits are checked on the header, before any
pixel is decoded, so decompression bombs cost nothing. Only the first frame of an
animation is decoded.

Passing example::

    >>> from io import BytesIO
    >>> from PIL import Image, ImageOps
    >>> buf = BytesIO(); Image.new("RGB", (200, 120), "white").save(buf, "PNG")
    >>> d = decode_image(buf.getvalue(), load_manifest().limits)
    >>> (d.image.size, d.kind, d.reason)
    ((200, 120), 'png', None)

Failing example (HTML served as image/png)::

    >>> decode_image(b"<html><body>404</body></html>", load_manifest().limits).reason
    'not an image'
"""

from __future__ import annotations

import gzip
import io
import struct
import warnings
import zlib
from dataclasses import dataclass

from PIL import Image, ImageOps

from .manifest import Limits, load_manifest  # noqa: F401  (load_manifest: doctest)
from . import svg as svg_mod

# Reasons (also used by the matcher and reported to users).
NOT_AN_IMAGE = "not an image"
TOO_LARGE = "too large"
TRUNCATED = "truncated"
UNSUPPORTED = "unsupported format"
UNSAFE_SVG = "unsafe svg"

_MAGIC = (
    (b"\x89PNG\r\n\x1a\n", "png"),
    (b"\xff\xd8\xff", "jpeg"),
    (b"GIF87a", "gif"),
    (b"GIF89a", "gif"),
)


@dataclass
class Decoded:
    image: Image.Image | None  # RGBA, first frame, already loaded
    kind: str | None  # png, jpeg, gif, webp, svg, or None
    reason: str | None  # why there is no image
    width: int = 0  # intrinsic size (before any downscaling)
    height: int = 0


def sniff(data: bytes) -> str | None:
    """The kind of image the bytes hold: png, jpeg, gif, webp, svg, svgz, other, or None.

    ``other`` is any binary that Pillow may know (e.g. BMP); None is text that is not SVG.
    """
    head = data[:16]
    for magic, kind in _MAGIC:
        if head.startswith(magic):
            return kind
    if head[:4] == b"RIFF" and head[8:12] == b"WEBP":
        return "webp"
    if head[:2] == b"\x1f\x8b":
        return "svgz"
    if svg_mod.looks_like_svg(data):
        return "svg"
    if head[:1] in (b"<", b" ", b"\t", b"\r", b"\n", b"\xef", b"{") or not head:
        return None
    return "other"


def _gunzip_limited(data: bytes, limit: int) -> bytes | None:
    """Gunzip at most LIMIT bytes; None when the output would be larger (gzip bomb)."""
    try:
        d = zlib.decompressobj(16 + zlib.MAX_WBITS)
        out = d.decompress(data, limit + 1)
        if len(out) > limit:
            return None
        return out
    except (zlib.error, gzip.BadGzipFile, EOFError):
        return b""


def decode_image(data: bytes, limits: Limits) -> Decoded:
    """Decode DATA safely; never raises for bad input."""
    if not data:
        return Decoded(None, None, NOT_AN_IMAGE)
    if len(data) > limits.max_bytes:
        return Decoded(None, sniff(data), TOO_LARGE)
    kind = sniff(data)
    if kind == "svgz":
        raw = _gunzip_limited(data, limits.max_svg_bytes)
        if raw is None:
            return Decoded(None, "svg", TOO_LARGE)
        if not svg_mod.looks_like_svg(raw):
            return Decoded(None, None, NOT_AN_IMAGE)
        data, kind = raw, "svg"
    if kind == "svg":
        result = svg_mod.rasterise(data, limits)
        return Decoded(result.image, "svg", result.reason, result.width, result.height)
    if kind is None:
        return Decoded(None, None, NOT_AN_IMAGE)
    return _decode_raster(data, kind, limits)


def _decode_raster(data: bytes, kind: str, limits: Limits) -> Decoded:
    try:
        with warnings.catch_warnings():
            # Pillow warns (then raises) above Image.MAX_IMAGE_PIXELS; our own, lower
            # limit below decides, so the global setting is left alone.
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            im = Image.open(io.BytesIO(data), formats=list(limits.formats))
    except (Image.DecompressionBombError, Image.DecompressionBombWarning):
        return Decoded(None, kind, TOO_LARGE)
    except Image.UnidentifiedImageError:
        return Decoded(None, kind, UNSUPPORTED if kind == "other" else NOT_AN_IMAGE)
    except Exception:  # noqa: BLE001 - any parser error on hostile input means "not an image"
        return Decoded(None, kind, NOT_AN_IMAGE)

    width, height = im.size
    real_kind = (im.format or kind).lower()
    if width <= 0 or height <= 0:
        return Decoded(None, real_kind, NOT_AN_IMAGE)
    if width * height > limits.max_pixels or max(width, height) > limits.max_side:
        return Decoded(None, real_kind, TOO_LARGE, width, height)
    try:
        if im.format == "JPEG":
            # Decode large JPEGs at a reduced scale (DCT scaling is nearly free).
            target = limits.work_max_side
            im.draft("RGB", (target, target))
        # The first frame only: n_frames/is_animated are never read, as that would
        # scan a whole (possibly huge) animation.
        im.load()
        rgba = _to_rgba(_upright(im))
    except (Image.DecompressionBombError, Image.DecompressionBombWarning, MemoryError):
        return Decoded(None, real_kind, TOO_LARGE, width, height)
    except (OSError, SyntaxError, ValueError, EOFError, IndexError, struct.error):
        return Decoded(None, real_kind, TRUNCATED, width, height)
    except Exception:  # noqa: BLE001
        return Decoded(None, real_kind, NOT_AN_IMAGE, width, height)
    finally:
        im.close()
    return Decoded(rgba, real_kind, None, width, height)


def _upright(im: Image.Image) -> Image.Image:
    """Apply the EXIF orientation, as browsers do (a rotated JPEG logo shows upright)."""
    try:
        if im.getexif().get(0x0112, 1) in (1, None):
            return im
        return ImageOps.exif_transpose(im) or im
    except Exception:  # noqa: BLE001 - a broken EXIF block is ignored, never fatal
        return im


def _to_rgba(im: Image.Image) -> Image.Image:
    """Any mode -> RGBA, honouring palette transparency and 16-bit greys."""
    if im.mode == "RGBA":
        return im.copy()
    if im.mode.startswith("I"):  # 16/32-bit greys
        im = im.convert("I").point(lambda v: v / 256).convert("L")
    if im.mode == "P" and "transparency" in im.info:
        return im.convert("RGBA")
    if im.mode in ("LA", "PA", "La", "RGBa"):
        return im.convert("RGBA")
    if im.mode == "CMYK":
        return im.convert("RGB").convert("RGBA")
    return im.convert("RGBA")
