"""Every image a visitor of a page sees, as candidates for the logo matcher.

A pure function of the page: no fetching, no matching. Sources:

- ``<img>``: ``src``, ``srcset``, and lazy-loading attributes (``data-src``,
  ``data-srcset``, ``data-lazy-src``, ``data-original``, ...); tiny ``data:``
  placeholders are ignored;
- ``<picture><source srcset>`` (every source: the page may serve the logo to some
  viewports only);
- inline ``<svg>`` (serialised with the symbols it ``<use>``s from elsewhere in the
  page), and ``<image href>`` inside it;
- ``<input type=image>``, ``<object data>``, ``<embed src>``;
- CSS ``url(...)`` in ``style`` attributes (background images).

Each candidate carries a CSS-selector-like path for evidence, the alt/title texts
(hints only: they never make a pass), and ``order``: the element's index in document
order (``root.iter()``), comparable with other elements' positions for placement
checks. Candidates of one element share its ``order``; the first one is ``primary``
(what a browser would most likely show), the others are alternatives.

Passing example::

    >>> html = '''<main><img src="/logo-klachten.png" srcset="/logo@2x.png 2x"
    ...   alt="Klachten over onze dienstverlening?"></main>'''
    >>> [(c.url, c.source, c.primary) for c in image_candidates(html, "https://x.be/nl/contact/")]
    [('https://x.be/logo-klachten.png', 'src', True), ('https://x.be/logo@2x.png', 'srcset', False)]

Failing example (text is not an image, a 1x1 placeholder is not either)::

    >>> image_candidates('<p>Klachten over onze dienstverlening?</p>'
    ...                  '<img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=">', "https://x.be/")
    []
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from urllib.parse import urljoin

from lxml import etree, html as lxml_html

SVG_NS = "http://www.w3.org/2000/svg"
LAZY_ATTRS = (
    "data-src", "data-lazy-src", "data-original", "data-lazy", "data-url", "data-echo",
    "data-hi-res-src", "data-full-src", "data-img", "data-image", "lazy-src", "data-orig-file",
)
LAZY_SRCSET_ATTRS = ("data-srcset", "data-lazy-srcset")
# HTML parsers lower-case SVG names; SVG needs them back in camelCase.
_SVG_NAMES = {n.lower(): n for n in (
    "linearGradient radialGradient clipPath foreignObject textPath feBlend feColorMatrix "
    "feComponentTransfer feComposite feConvolveMatrix feDiffuseLighting feDisplacementMap "
    "feDistantLight feDropShadow feFlood feFuncA feFuncB feFuncG feFuncR feGaussianBlur feImage "
    "feMerge feMergeNode feMorphology feOffset fePointLight feSpecularLighting feSpotLight feTile "
    "feTurbulence animateMotion animateTransform glyphRef altGlyph"
).split()}
_SVG_ATTRS = {n.lower(): n for n in (
    "viewBox preserveAspectRatio gradientUnits gradientTransform patternUnits patternContentUnits "
    "patternTransform clipPathUnits maskUnits maskContentUnits markerWidth markerHeight markerUnits "
    "refX refY stdDeviation textLength lengthAdjust startOffset spreadMethod filterUnits "
    "primitiveUnits baseFrequency numOctaves kernelMatrix kernelUnitLength tableValues "
    "diffuseConstant specularConstant specularExponent surfaceScale pointsAtX pointsAtY pointsAtZ "
    "limitingConeAngle xChannelSelector yChannelSelector edgeMode targetX targetY stitchTiles "
    "requiredExtensions requiredFeatures systemLanguage pathLength attributeName repeatCount"
).split()}
_CSS_URL = re.compile(r"url\(\s*(['\"]?)(.*?)\1\s*\)", re.I | re.S)
_PLACEHOLDER_DATA_LEN = 200  # data: URIs shorter than this are lazy-loading placeholders
_MAX_INLINE_SVG = 2_000_000


@dataclass(frozen=True)
class ImageCandidate:
    url: str | None  # absolute http(s) URL or a data: URI; None for inline SVG
    inline_svg: bytes | None  # the serialised <svg> element (with xmlns) for inline SVG
    selector: str  # CSS-selector-like path of the element, for evidence
    alt: str  # alt / aria-label / <title> text (a hint, never a pass)
    title: str  # title attribute
    order: int  # the element's index in document order (root.iter())
    source: str = ""  # attribute or construct it came from: src, srcset, data-src, style, svg, ...
    primary: bool = True  # the element's first choice; others are alternatives
    hidden: bool = False  # the element or an ancestor is hidden (hidden attr, display:none)


# ---------------------------------------------------------------------- helpers
def parse_srcset(value: str) -> list[tuple[str, float]]:
    """[(url, weight)] from a srcset: weight is the width (w) or density (x), 1x default.

    >>> parse_srcset("a.png 1x, b.png 2x, c.png 600w")
    [('a.png', 1.0), ('b.png', 2.0), ('c.png', 600.0)]
    """
    out: list[tuple[str, float]] = []
    pos, n = 0, len(value)
    while pos < n:
        while pos < n and (value[pos].isspace() or value[pos] == ","):
            pos += 1
        start = pos
        while pos < n and not value[pos].isspace():
            pos += 1
        url = value[start:pos]
        descriptor = ""
        if url.endswith(","):
            url = url.rstrip(",")
        else:
            depth, dstart = 0, pos
            while pos < n and (depth or value[pos] != ","):
                depth += {"(": 1, ")": -1}.get(value[pos], 0)
                pos += 1
            descriptor = value[dstart:pos].strip()
        if not url:
            continue
        weight = 1.0
        m = re.search(r"([\d.]+)\s*([wx])", descriptor)
        if m:
            try:
                weight = float(m.group(1))
            except ValueError:
                weight = 1.0
        out.append((url, weight))
    return out


def _usable(raw: str | None, base: str) -> str | None:
    """Absolute URL for RAW, or None for empty, script, placeholder and non-web URLs."""
    if not raw:
        return None
    raw = raw.strip()
    if not raw:
        return None
    low = raw[:16].lower()
    if low.startswith("data:"):
        if not low.startswith("data:image/") or len(raw) < _PLACEHOLDER_DATA_LEN:
            return None
        return raw
    if low.startswith(("javascript:", "about:", "blob:", "mailto:", "tel:", "#")):
        return None
    url = urljoin(base, raw)
    return url if url.lower().startswith(("http://", "https://")) else None


def _text(value: str | None) -> str:
    return " ".join((value or "").split())


def _local(tag: object) -> str:
    if not isinstance(tag, str):
        return ""
    return tag.rsplit("}", 1)[-1].lower()


def css_path(el: etree._Element) -> str:
    """A CSS-selector-like path: ``#main > div.contact:nth-of-type(2) > img``."""
    parts: list[str] = []
    node: etree._Element | None = el
    while node is not None and isinstance(node.tag, str):
        tag = _local(node.tag)
        ident = (node.get("id") or "").strip()
        if ident and re.fullmatch(r"[A-Za-z][\w-]*", ident):
            parts.append(f"{tag}#{ident}")
            break
        piece = tag
        classes = [c for c in (node.get("class") or "").split() if re.fullmatch(r"-?[A-Za-z_][\w-]*", c)]
        if classes:
            piece += "".join(f".{c}" for c in classes[:2])
        parent = node.getparent()
        if parent is not None:
            same = [s for s in parent if isinstance(s.tag, str) and _local(s.tag) == tag]
            if len(same) > 1:
                piece += f":nth-of-type({same.index(node) + 1})"
        parts.append(piece)
        node = parent
    return " > ".join(reversed(parts))


def _hidden(el: etree._Element) -> bool:
    node: etree._Element | None = el
    while node is not None and isinstance(node.tag, str):
        if node.get("hidden") is not None:  # (aria-hidden images are still seen)
            return True
        style = (node.get("style") or "").replace(" ", "").lower()
        if "display:none" in style or "visibility:hidden" in style:
            return True
        if _local(node.tag) == "template":
            return True
        node = node.getparent()
    return False


def _root(tree_or_html: object) -> etree._Element:
    if isinstance(tree_or_html, (str, bytes)):
        if not tree_or_html.strip():
            return lxml_html.fromstring("<html></html>")
        return lxml_html.document_fromstring(tree_or_html)
    if isinstance(tree_or_html, etree._ElementTree):
        return tree_or_html.getroot()
    if isinstance(tree_or_html, etree._Element):
        return tree_or_html
    raise TypeError(f"expected HTML text or an lxml tree, not {type(tree_or_html).__name__}")


# ---------------------------------------------------------------- inline <svg>
def _serialise_svg(svg: etree._Element, by_id: dict[str, etree._Element]) -> bytes | None:
    """The <svg> element as a standalone document, with the symbols it <use>s."""
    import copy

    clone = copy.deepcopy(svg)
    clone.tail = None
    wanted: list[etree._Element] = []
    seen: set[str] = set()
    todo = [clone]
    while todo and len(seen) < 200:
        for el in todo.pop().iter():
            if not isinstance(el.tag, str):
                continue
            for name, value in el.attrib.items():
                if _local(name.split(":")[-1]) == "href" and value.startswith("#"):
                    ref = value[1:]
                    if ref not in seen and ref in by_id and by_id[ref] is not svg:
                        seen.add(ref)
                        target = copy.deepcopy(by_id[ref])
                        target.tail = None
                        wanted.append(target)
                        todo.append(target)
    if wanted:
        defs = etree.SubElement(clone, "defs")
        for el in wanted:
            defs.append(el)
    for el in clone.iter():
        if not isinstance(el.tag, str):
            continue
        if "}" not in el.tag and el.tag.lower() in _SVG_NAMES:
            el.tag = _SVG_NAMES[el.tag.lower()]
        for name in list(el.attrib):
            if name in _SVG_ATTRS and _SVG_ATTRS[name] != name:
                el.attrib[_SVG_ATTRS[name]] = el.attrib.pop(name)
    try:
        text = etree.tostring(clone, encoding="unicode", method="xml")
    except (ValueError, TypeError):
        return None
    # HTML parsing drops namespaces: restore them so the SVG stands alone.
    head_end = text.find(">")
    head = text[:head_end]
    if "xmlns=" not in head:
        text = text[:4] + f' xmlns="{SVG_NS}"' + text[4:]
    if "xlink:" in text and "xmlns:xlink" not in text[: text.find(">")]:
        text = text[:4] + ' xmlns:xlink="http://www.w3.org/1999/xlink"' + text[4:]
    data = text.encode("utf-8")
    return data if len(data) <= _MAX_INLINE_SVG else None


def _svg_label(svg: etree._Element) -> str:
    for child in svg:
        if _local(child.tag) == "title":
            return _text(child.text_content() if hasattr(child, "text_content") else child.text)
    return _text(svg.get("aria-label"))


# ------------------------------------------------------------------------ main
def image_candidates(tree_or_html: object, base_url: str) -> list[ImageCandidate]:
    """All image candidates of a page, in document order (see the module docstring)."""
    root = _root(tree_or_html)
    base = base_url
    for b in root.iter("base"):
        if b.get("href"):
            base = urljoin(base_url, b.get("href").strip())
            break
    order_of = {el: i for i, el in enumerate(root.iter())}
    by_id = {el.get("id"): el for el in root.iter() if isinstance(el.tag, str) and el.get("id")}
    out: list[ImageCandidate] = []
    svg_depth_skip: set[etree._Element] = set()

    def add(el: etree._Element, urls: list[tuple[str, str]], alt: str = "", inline: bytes | None = None,
            source_svg: str = "") -> None:
        common = dict(selector=css_path(el), alt=alt, title=_text(el.get("title")),
                      order=order_of.get(el, -1), hidden=_hidden(el))
        seen: set[str] = set()
        first = True
        if inline is not None:
            out.append(ImageCandidate(url=None, inline_svg=inline, source=source_svg, primary=True, **common))
            first = False
        for source, raw in urls:
            url = _usable(raw, base)
            if url is None or url in seen:
                continue
            seen.add(url)
            out.append(ImageCandidate(url=url, inline_svg=None, source=source, primary=first, **common))
            first = False

    def best_of_srcset(value: str | None) -> list[str]:
        items = parse_srcset(value or "")
        # Largest first: more detail for the matcher; 1x-ish fallbacks after.
        return [u for u, _ in sorted(items, key=lambda x: -x[1])]

    for el in root.iter():
        if not isinstance(el.tag, str) or el in svg_depth_skip:
            continue
        tag = _local(el.tag)
        if tag == "img" or tag == "amp-img":
            urls: list[tuple[str, str]] = []
            for a in LAZY_ATTRS:
                urls.append((a, el.get(a)))
            for a in LAZY_SRCSET_ATTRS:
                urls += [(a, u) for u in best_of_srcset(el.get(a))[:1]]
            urls.append(("src", el.get("src")))
            urls += [("srcset", u) for u in best_of_srcset(el.get("srcset"))]
            alt = _text(el.get("alt")) or _text(el.get("aria-label"))
            add(el, urls, alt)
        elif tag == "source" and (picture := next(el.iterancestors("picture"), None)) is not None:
            urls = [(a, u) for a in ("srcset",) + LAZY_SRCSET_ATTRS for u in best_of_srcset(el.get(a))]
            urls += [("src", el.get("src"))]
            # (libxml2's HTML parser does not know <source> is empty: it may nest the
            # next <source> and the <img> inside it.)
            img = next(picture.iter("img"), None)
            alt = _text(img.get("alt")) if img is not None else ""
            add(el, urls, alt)
        elif tag == "input" and (el.get("type") or "").lower() == "image":
            add(el, [("src", el.get("src"))], _text(el.get("alt")))
        elif tag == "object" and el.get("data"):
            add(el, [("data", el.get("data"))], _text(el.get("aria-label")) or _text(el.text_content()))
        elif tag == "embed" and el.get("src"):
            add(el, [("src", el.get("src"))], _text(el.get("aria-label")))
        elif tag == "svg":
            inner = [d for d in el.iter() if d is not el]
            svg_depth_skip.update(inner)  # nested <svg> are part of this one
            if el.getparent() is not None and _local(el.getparent().tag) in ("svg", "symbol", "defs"):
                continue
            add(el, [], _svg_label(el), inline=_serialise_svg(el, by_id), source_svg="svg")
            for d in inner:
                if isinstance(d.tag, str) and _local(d.tag) in ("image", "feimage"):
                    href = d.get("href") or d.get("xlink:href") or d.get("{http://www.w3.org/1999/xlink}href")
                    add(d, [("svg-image", href)], _svg_label(el))
        if el.get("style") and "url(" in el.get("style").lower():
            urls = [("style", m.group(2)) for m in _CSS_URL.finditer(el.get("style"))]
            add(el, urls, _text(el.get("aria-label")) or _text(el.get("title")))
    return out
