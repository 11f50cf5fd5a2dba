"""Sanitise an untrusted SVG, then rasterise it with resvg (no system library needed).

Sanitising parses with lxml without resolving external entities, without network and
without huge-tree mode (libxml2 then refuses entity amplification such as billion
laughs), and removes everything that could reach outside or run: scripts,
foreignObject, event handlers, external href/xlink:href (only ``#local`` references
and small inline raster ``data:`` images are kept), external ``url(...)`` references
in attributes and CSS, ``@import``, processing instructions. ``<use>`` expansion is
bounded, and the render size is set by us, never by the file.

Passing example::

    >>> from rules.logo.manifest import load_manifest
    >>> limits = load_manifest().limits
    >>> r = rasterise(b'<svg xmlns="http://www.w3.org/2000/svg" width="200" height="100">'
    ...               b'<rect width="200" height="100" fill="navy"/>'
    ...               b'<image href="http://tracker.example/x.png" width="9" height="9"/>'
    ...               b'<script>alert(1)</script></svg>', limits)
    >>> (r.image.size, r.reason)
    ((200, 100), None)

Failing example (billion laughs is refused before any expansion)::

    >>> ents = '<!ENTITY a "aaaaaaaaaa">' + "".join(
    ...     f'<!ENTITY {c} "{("&" + p + ";") * 10}">' for p, c in zip("abcdefgh", "bcdefghi"))
    >>> rasterise(f'<!DOCTYPE svg [{ents}]><svg xmlns="http://www.w3.org/2000/svg">'
    ...           f'<text x="1" y="1" title="&i;">x</text></svg>'.encode(), limits).reason
    'unsafe svg'
"""

from __future__ import annotations

import base64
import binascii
import io
import re
from dataclasses import dataclass

from lxml import etree
from PIL import Image

from .manifest import Limits

SVG_NS = "http://www.w3.org/2000/svg"
XLINK_NS = "http://www.w3.org/1999/xlink"

# Elements that run code, embed other documents or media, or animate: removed with
# their content.
_DROP = {
    "script", "foreignobject", "iframe", "embed", "object", "audio", "video", "canvas",
    "handler", "listener", "animate", "animatemotion", "animatetransform", "set",
    "discard", "tbreak",
}
_URL_ATTRS_OK = re.compile(r"^\s*#")
_DATA_IMAGE = re.compile(r"^\s*data:image/(png|jpe?g|gif|webp)\s*;\s*base64\s*,", re.I)
_CSS_URL = re.compile(r"url\(\s*(['\"]?)(?!\s*#)[^)]*\1\s*\)", re.I)
_CSS_IMPORT = re.compile(r"@import[^;]*;?", re.I)
_SVG_START = re.compile(rb"<(?:[A-Za-z_][\w.-]*:)?svg[\s>/]")
_LENGTH = re.compile(r"^\s*([+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?)\s*([a-z%]*)\s*$", re.I)
_UNITS = {"": 1.0, "px": 1.0, "pt": 4 / 3, "pc": 16.0, "mm": 96 / 25.4, "cm": 96 / 2.54,
          "in": 96.0, "em": 16.0, "ex": 8.0, "q": 96 / 101.6}


class UnsafeSvg(ValueError):
    """The SVG cannot be made safe to render (reason in str())."""


@dataclass
class Raster:
    image: Image.Image | None  # RGBA
    width: int  # intrinsic size, as a browser would lay it out (0 when unknown)
    height: int
    reason: str | None


def looks_like_svg(data: bytes) -> bool:
    """True when DATA is markup whose root element is <svg> (a sniff, not a parse)."""
    head = data[:4096].lstrip(b"\xef\xbb\xbf \t\r\n")
    if not head.startswith(b"<"):
        return False
    return bool(_SVG_START.search(head)) and b"<html" not in head[:512].lower()


def _local(tag: object) -> str:
    if not isinstance(tag, str):
        return ""
    return tag.rsplit("}", 1)[-1].lower()


def _length(value: str | None) -> float | None:
    """An absolute SVG length in px, or None (percentages and garbage)."""
    if not value:
        return None
    m = _LENGTH.match(value)
    if not m or m.group(2).lower() not in _UNITS:
        return None
    v = float(m.group(1)) * _UNITS[m.group(2).lower()]
    return v if v > 0 and v < 1e9 else None


def _viewbox(value: str | None) -> tuple[float, float, float, float] | None:
    if not value:
        return None
    parts = re.split(r"[\s,]+", value.strip())
    try:
        x, y, w, h = (float(p) for p in parts)
    except ValueError:
        return None
    return (x, y, w, h) if w > 0 and h > 0 and w < 1e9 and h < 1e9 else None


def intrinsic_size(root: etree._Element, default: tuple[int, int]) -> tuple[float, float, bool]:
    """(width, height, from_file): the size a browser gives an <img> of this SVG."""
    w, h = _length(root.get("width")), _length(root.get("height"))
    vb = _viewbox(root.get("viewBox"))
    if w and h:
        return w, h, True
    if vb:
        aspect = vb[2] / vb[3]
        if w:
            return w, w / aspect, True
        if h:
            return h * aspect, h, True
        return vb[2], vb[3], True
    if w or h:
        return (w or float(default[0])), (h or float(default[1])), True
    return float(default[0]), float(default[1]), False


def _safe_data_image(href: str, limits: Limits) -> bool:
    """An inline raster image is kept only if its header is within the limits."""
    if not _DATA_IMAGE.match(href):
        return False
    payload = href.split(",", 1)[1]
    if len(payload) > limits.max_bytes * 4 // 3 + 4:
        return False
    try:
        raw = base64.b64decode(re.sub(r"\s+", "", payload), validate=False)
        with Image.open(io.BytesIO(raw), formats=list(limits.formats)) as im:
            w, h = im.size
    except (binascii.Error, ValueError, OSError, Image.DecompressionBombError, SyntaxError):
        return False
    except Exception:  # noqa: BLE001 - hostile payloads
        return False
    return 0 < w * h <= limits.max_pixels and max(w, h) <= limits.max_side


def _clean_css(text: str) -> str:
    return _CSS_URL.sub("none", _CSS_IMPORT.sub("", text))


def _expanded_size(root: etree._Element, limit: int) -> int:
    """Number of elements after expanding every <use>; stops counting past LIMIT."""
    by_id = {el.get("id"): el for el in root.iter() if isinstance(el.tag, str) and el.get("id")}
    # Keyed by the element proxies themselves: holding them keeps lxml from
    # recycling them (id() of a dropped proxy may be reused by another node).
    memo: dict[etree._Element, int] = {}
    visiting: set[etree._Element] = set()

    def size(el: etree._Element) -> int:
        if el in memo:
            return memo[el]
        if el in visiting:  # reference cycle: resvg skips it, count it as huge anyway
            return limit + 1
        visiting.add(el)
        total = 1
        for child in el:
            if isinstance(child.tag, str):
                total += size(child)
                if total > limit:
                    break
        if _local(el.tag) == "use":
            ref = el.get("href") or el.get(f"{{{XLINK_NS}}}href") or ""
            target = by_id.get(ref[1:]) if ref.startswith("#") else None
            if target is not None:
                total += size(target)
        visiting.discard(el)
        memo[el] = min(total, limit + 1)
        return memo[el]

    return size(root)


def _remove(el: etree._Element) -> None:
    """Remove EL (and its content) but keep the text that follows it."""
    parent = el.getparent()
    if parent is None:
        return
    tail = el.tail
    if tail:
        prev = el.getprevious()
        if prev is not None:
            prev.tail = (prev.tail or "") + tail
        else:
            parent.text = (parent.text or "") + tail
    parent.remove(el)


def _parser() -> etree.XMLParser:
    return etree.XMLParser(
        resolve_entities=False,
        no_network=True,
        huge_tree=False,
        load_dtd=False,
        dtd_validation=False,
        remove_comments=True,
        remove_pis=True,
        recover=False,
    )


def sanitise(data: bytes, limits: Limits) -> bytes:
    """Return a self-contained, script-free SVG document, or raise UnsafeSvg."""
    if len(data) > limits.max_svg_bytes:
        raise UnsafeSvg("too large")
    try:
        root = etree.fromstring(data, _parser())
    except etree.XMLSyntaxError as exc:
        msg = str(exc).lower()
        if "entity" in msg or "amplification" in msg:
            raise UnsafeSvg("unsafe svg") from exc
        raise UnsafeSvg("not an image") from exc
    except (ValueError, MemoryError) as exc:
        raise UnsafeSvg("not an image") from exc
    if root is None or _local(root.tag) != "svg":
        raise UnsafeSvg("not an image")

    for el in list(root.iter()):
        if el is root:
            continue
        if not isinstance(el.tag, str) or _local(el.tag) in _DROP:
            _remove(el)  # entity references, scripts, foreignObject, ...
    for el in root.iter():
        if not isinstance(el.tag, str):
            continue
        for name in list(el.attrib):
            local = _local(name)
            value = el.attrib[name]
            if local.startswith("on") or name == "{http://www.w3.org/XML/1998/namespace}base":
                del el.attrib[name]
            elif local == "href":
                if not (_URL_ATTRS_OK.match(value) or _safe_data_image(value, limits)):
                    del el.attrib[name]
            elif "url(" in value.lower() or "@import" in value.lower():
                el.attrib[name] = _clean_css(value)
        if _local(el.tag) == "style" and el.text:
            el.text = _clean_css(el.text)
    # An <image> or <feImage> left without a source would draw nothing: remove it.
    for el in list(root.iter()):
        if _local(el.tag) in ("image", "feimage") and not (
            el.get("href") or el.get(f"{{{XLINK_NS}}}href")
        ):
            _remove(el)
    if _expanded_size(root, limits.max_svg_elements) > limits.max_svg_elements:
        raise UnsafeSvg("too large")
    return etree.tostring(root, encoding="utf-8", xml_declaration=False)


def rasterise(data: bytes, limits: Limits) -> Raster:
    """Sanitise and render DATA with its longest side at most limits.svg_render_max_side."""
    try:
        clean = sanitise(data, limits)
        root = etree.fromstring(clean, _parser())
    except UnsafeSvg as exc:
        return Raster(None, 0, 0, str(exc))
    except etree.XMLSyntaxError:
        return Raster(None, 0, 0, "not an image")
    width, height, _ = intrinsic_size(root, limits.svg_default_size)
    scale = min(1.0, limits.svg_render_max_side / max(width, height))
    rw, rh = max(1, round(width * scale)), max(1, round(height * scale))
    if root.get("viewBox") is None or _viewbox(root.get("viewBox")) is None:
        root.set("viewBox", f"0 0 {width:g} {height:g}")
    root.set("width", str(rw))
    root.set("height", str(rh))
    markup = etree.tostring(root, encoding="unicode")
    try:
        import resvg_py

        png = resvg_py.svg_to_bytes(svg_string=markup)
        with Image.open(io.BytesIO(bytes(png)), formats=["PNG"]) as im:
            image = im.convert("RGBA")
    except (KeyboardInterrupt, SystemExit):
        raise
    except BaseException:  # noqa: BLE001 - resvg raises ValueError, or a pyo3 panic
        return Raster(None, round(width), round(height), "not an image")
    return Raster(image, round(width), round(height), None)
