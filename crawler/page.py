"""A fetched page and what can be read from it: pure functions on one response.

The crawl and the rules read pages through this one class, so both see the
same links, language and text. Parsing is lazy and done once (lxml).

    >>> p = Page("https://x.be/fr/", 200, "text/html",
    ...          b'<html lang="fr"><head><title>Accueil</title>'
    ...          b'<link rel="alternate" hreflang="nl" href="/nl/"></head>'
    ...          b'<body><nav><a href="/fr/contact/">Contactez-nous</a></nav>'
    ...          b'<p>Bienvenue sur le <b>site</b>.</p></body></html>')
    >>> p.title, p.declared_language, p.alternates
    ('Accueil', 'fr', {'nl': 'https://x.be/nl/'})
    >>> [(l.url, l.text) for l in p.links]
    [('https://x.be/fr/contact/', 'Contactez-nous')]
    >>> [b.text for b in p.blocks if not b.chrome]
    ['Bienvenue sur le site.']
    >>> [b.text for b in Page("https://x.be/", 200, "text/html",
    ...     b"<div><button>Good to know</button><span>A complaint is not an appeal.</span></div>").blocks]
    ['Good to know A complaint is not an appeal.']
    >>> Page("https://x.be/a.pdf", 200, "application/pdf", b"%PDF-1.4").is_html
    False
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cached_property
from urllib.parse import urljoin, urlsplit

import lxml.html
from lxml import etree
from w3lib.encoding import html_to_unicode

from crawler.languages import code_language, page_language
from crawler.urls import canonical

BLOCK_TAGS = frozenset(
    "p li td th dd dt h1 h2 h3 h4 h5 h6 summary caption label blockquote address pre "
    "div section article main aside header footer nav ul ol dl table tr form fieldset legend "
    "details figure figcaption body option".split())
HEADINGS = frozenset("h1 h2 h3 h4 h5 h6".split())
SEPARATE_INLINE = frozenset("button input select textarea".split())
CHROME_TAGS = frozenset(("nav", "header", "footer", "aside"))
CHROME_ROLES = frozenset(("navigation", "banner", "contentinfo", "complementary", "search"))
SKIP_TAGS = frozenset(("script", "style", "noscript", "template", "head", "svg", "math", "iframe"))
_SPACE = re.compile(r"\s+")
# classes that hide text from the screen and leave it to screen readers ("opens in a new window")
_SCREEN_READER_ONLY = re.compile(r"(?:^|\s)(?:sr-only|visually-?hidden|screen-reader-text|element-invisible|"
                                 r"show-for-sr|hidden-accessible|a11y-hidden|offscreen)(?:$|\s)", re.I)
MAX_PARSE_BYTES = 5 * 1024 * 1024


def clean(text: str | None) -> str:
    return _SPACE.sub(" ", text or "").strip()


def unread(element) -> bool:
    """Is ``element`` an inline hint or icon that a reader does not meet in the text: hidden
    from assistive technology (``aria-hidden``: an icon font's ligature "info") or from the
    screen (``sr-only``: "opens in a new window")? Blocks hidden so are content (a collapsed
    accordion panel).

    >>> tree = lxml.html.fragment_fromstring(
    ...     '<div><span class="material-icons" aria-hidden="true">info</span> Une plainte'
    ...     '<span class="sr-only"> (nouvelle fenêtre)</span><section aria-hidden="true"><p>x</p></section></div>')
    >>> [unread(el) for el in tree]
    [True, True, False]
    """
    if not isinstance(element.tag, str) or element.tag.lower() in BLOCK_TAGS:
        return False
    hidden = (element.get("aria-hidden") or "").strip().lower() == "true" or \
        bool(_SCREEN_READER_ONLY.search(element.get("class") or ""))
    return hidden and not any(isinstance(d.tag, str) and d.tag.lower() in BLOCK_TAGS for d in element.iterdescendants())


def visible_text(element) -> str:
    """The text a reader meets in ``element``: scripts, styles, icons and screen-reader
    hints left out, line breaks as spaces.

    >>> visible_text(lxml.html.fragment_fromstring(
    ...     '<h2><i aria-hidden="true">info</i>Plainte<br>ou <script>var x;</script>recours ?</h2>'))
    'Plainte ou recours ?'
    """
    parts: list[str] = []

    def walk(node) -> None:
        tag = node.tag.lower() if isinstance(node.tag, str) else ""
        if tag and tag not in SKIP_TAGS and not unread(node):
            parts.append(" " if tag == "br" else node.text or "")
            for child in node:
                walk(child)
        parts.append(node.tail or "")

    parts.append(element.text or "")
    for child in element:
        walk(child)
    return clean("".join(parts))


_BOLD = frozenset(("b", "strong"))
HEADING_MAX = 80  # a paragraph in bold longer than this is an emphasised statement, not a title


def _bold_only(element, text: str) -> bool:
    """Is ``element``'s whole text (``text``) one run in bold, short and not a sentence?"""
    if len(text) > HEADING_MAX or text.endswith((".", ",", ";")) or (element.text or "").strip():
        return False
    shown = [c for c in element if isinstance(c.tag, str) and c.tag.lower() not in SKIP_TAGS
             and c.tag.lower() != "br" and not unread(c)]
    return len(shown) == 1 and shown[0].tag.lower() in _BOLD and \
        not any((c.tail or "").strip() for c in element) and visible_text(shown[0]) == text


def block_tag(element, text: str, level: int = 1) -> str:
    """What the block is, as a tag: its element's tag, except for the other ways to write a
    heading: ``role="heading"`` (its ``aria-level``) and a paragraph that is one short run in
    bold (a subsection of the last heading, ``level``).

    >>> from lxml.html import fragment_fromstring as f
    >>> block_tag(f('<div role="heading" aria-level="3">Délais</div>'), "Délais")
    'h3'
    >>> block_tag(f('<p><strong>Délais</strong></p>'), "Délais", 2), block_tag(f('<p><b>Délais</b> : 30 jours</p>'), "")
    ('h3', 'p')
    """
    tag = element.tag.lower() if isinstance(element.tag, str) else "div"
    if (element.get("role") or "").lower() == "heading":
        level = element.get("aria-level") or ""
        return f"h{level}" if level in ("1", "2", "3", "4", "5", "6") else "h2"
    if tag in ("p", "div") and _bold_only(element, text):
        return f"h{min(level + 1, 6)}"
    return tag


_CSS_ID = re.compile(r"[A-Za-z][\w\-]*")


def css_path(element) -> str:
    """A CSS selector that points at ``element`` (stops at the nearest id)."""
    return _TreeMarks().css_path(element)


@dataclass(frozen=True)
class Link:
    url: str
    text: str
    hreflang: str | None = None
    lang: str | None = None
    rel: str = ""
    chrome: bool = False
    selector: str = ""
    image: str = ""  # src of the image inside the link, if any (flags, logos)


@dataclass(frozen=True)
class Block:
    """A run of text between block boundaries, with where it stands."""

    text: str
    selector: str
    tag: str  # the element's tag, or the heading it stands for (``block_tag``)
    heading: str = ""
    chrome: bool = False
    order: int = 0
    position: int = 0  # the element's index in document order (tree.iter()), for placement checks


_CHROME_NAMES = re.compile(r"(?:^|[\s_-])(header|footer|navbar|nav|navigation|menu|menubar|sidebar|"
                           r"breadcrumbs?|skip-?link|cookie\w*|topbar|masthead|"
                           # the template's page furniture: share buttons, print, "last updated"
                           r"share|sharing|social-?share|addtoany|sharethis|print-?(?:link|button|page)|"
                           r"(?:page|entry|post|node_*)[-_]?meta|last-?(?:update|updated|modified))(?:$|[\s_-])", re.I)


def _content_root(node) -> bool:
    """A <main> or <article> (or role="main"): what stands inside is the page's content."""
    return node.tag.lower() in ("main", "article") or (node.get("role") or "").lower() == "main"


def _chrome_node(node) -> bool:
    """Is ``node`` itself a landmark of the chrome (called below a content root only)?"""
    tag = node.tag.lower() if isinstance(node.tag, str) else ""
    if tag in CHROME_TAGS or (node.get("role") or "").lower() in CHROME_ROLES:
        return True
    if tag in ("body", "html"):
        return False  # body classes name the page's template ("has-sidebar"), not a part of it
    names = f"{node.get('class') or ''} {node.get('id') or ''}"
    return bool(names.strip()) and bool(_CHROME_NAMES.search(names))


def is_chrome(element) -> bool:
    """Is ``element`` part of the site's header, navigation, footer or sidebar?

    Semantic tags and ARIA roles first; class and id names (``div.site-footer``)
    for sites built from plain divs. A <main> or <article> ancestor settles it.
    """
    return _TreeMarks().chrome(element)


def _box_in_content(node) -> bool:
    """An <aside> inside the main content is a box of that content ("Bon à savoir", "Goed om
    te weten"), not the site's sidebar.

        >>> from lxml import html as lxml_html
        >>> doc = lxml_html.fromstring("<body><aside id='s'>Menu</aside><main><aside id='b'>Bon à savoir</aside></main></body>")
        >>> _box_in_content(doc.get_element_by_id("b")), _box_in_content(doc.get_element_by_id("s"))
        (True, False)
    """
    if node.tag.lower() != "aside" and (node.get("role") or "").lower() != "complementary":
        return False
    return any(isinstance(a.tag, str) and _content_root(a) for a in node.iterancestors())


class _TreeMarks:
    """``is_chrome`` and ``css_path`` for the many elements of one tree (a page's blocks and
    links): each ancestor is judged, and each parent's children numbered, once. Holds the
    element proxies it has seen, so lookups by element stay valid."""

    def __init__(self) -> None:
        self._chrome: dict = {}
        self._paths: dict = {}
        self._steps: dict = {}

    def chrome(self, element) -> bool:
        chain, node, verdict = [], element, False
        while node is not None and isinstance(node.tag, str):
            if node in self._chrome:
                verdict = self._chrome[node]
                break
            chain.append(node)
            if _content_root(node):
                break
            if _chrome_node(node) and not _box_in_content(node):
                verdict = True
                break
            node = node.getparent()
        for seen in chain:
            self._chrome[seen] = verdict
        return verdict

    def css_path(self, element) -> str:
        chain, node, prefix = [], element, ""
        while node is not None and isinstance(node.tag, str):
            if node in self._paths:
                prefix = self._paths[node]
                break
            chain.append(node)
            tag = node.tag.lower()
            if node.get("id") and _CSS_ID.fullmatch(node.get("id")):
                break
            parent = node.getparent()
            if tag == "html" or parent is None:
                break
            node = parent
        for node in reversed(chain):
            prefix = f"{prefix} > {self._step(node)}" if prefix else self._step(node)
            self._paths[node] = prefix
        return prefix

    def _step(self, node) -> str:
        tag = node.tag.lower()
        if node.get("id") and _CSS_ID.fullmatch(node.get("id")):
            return f"{tag}#{node.get('id')}"
        parent = node.getparent()
        if parent is None or tag in ("html", "body"):
            return tag
        if node not in self._steps:
            counts: dict[str, int] = {}
            for sibling in parent:
                if isinstance(sibling.tag, str):
                    t = sibling.tag.lower()
                    counts[t] = counts.get(t, 0) + 1
            seen: dict[str, int] = {}
            for sibling in parent:
                if isinstance(sibling.tag, str):
                    t = sibling.tag.lower()
                    seen[t] = seen.get(t, 0) + 1
                    self._steps[sibling] = t if counts[t] == 1 else f"{t}:nth-of-type({seen[t]})"
        return self._steps[node]


@dataclass
class Page:
    url: str
    status: int
    content_type: str
    body: bytes
    meta: dict = field(default_factory=dict)

    @cached_property
    def is_html(self) -> bool:
        ctype = (self.content_type or "").split(";")[0].strip().lower()
        if ctype in ("text/html", "application/xhtml+xml"):
            return True
        if ctype in ("", "application/octet-stream", "text/plain"):
            head = self.body[:512].lstrip().lower()
            return head.startswith((b"<!doctype html", b"<html")) or b"<body" in head
        return False

    @cached_property
    def text_content(self) -> str:
        _, text = html_to_unicode(self.content_type or None, self.body[:MAX_PARSE_BYTES])
        return text

    @cached_property
    def tree(self):
        """The lxml tree, or None for a document that is not (parseable) HTML."""
        if not self.is_html or not self.body.strip():
            return None
        try:
            parser = lxml.html.HTMLParser(recover=True, no_network=True, remove_comments=True,
                                          remove_pis=True, huge_tree=False)
            root = lxml.html.document_fromstring(self.text_content, parser=parser)
        except (etree.ParserError, ValueError):
            return None
        return root

    @cached_property
    def _marks(self) -> _TreeMarks:
        return _TreeMarks()

    def css_path(self, element) -> str:
        """``css_path`` for an element of this page's tree, shared ancestors walked once."""
        return self._marks.css_path(element)

    def is_chrome(self, element) -> bool:
        """``is_chrome`` for an element of this page's tree, shared ancestors judged once."""
        return self._marks.chrome(element)

    @cached_property
    def base_url(self) -> str:
        tree = self.tree
        if tree is not None:
            for base in tree.iter("base"):
                if base.get("href"):
                    return urljoin(self.url, base.get("href").strip())
        return self.url

    def absolute(self, href: str) -> str | None:
        href = (href or "").strip()
        if not href or href.startswith(("javascript:", "mailto:", "tel:", "data:", "#")):
            return None
        url = urljoin(self.base_url, href)
        return canonical(url) if urlsplit(url).scheme in ("http", "https", "file") else None

    @cached_property
    def title(self) -> str:
        tree = self.tree
        return clean(tree.findtext(".//title")) if tree is not None else ""

    @cached_property
    def h1(self) -> list[str]:
        tree = self.tree
        return [visible_text(h) for h in tree.iter("h1")][:2] if tree is not None else []

    @cached_property
    def declared_language(self) -> str | None:
        tree = self.tree
        if tree is None:
            return None
        return code_language(tree.get("lang") or tree.get("{http://www.w3.org/XML/1998/namespace}lang"))

    @cached_property
    def alternates(self) -> dict[str, str]:
        """hreflang <link> alternates: language -> URL."""
        tree = self.tree
        found: dict[str, str] = {}
        if tree is None:
            return found
        for link in tree.iter("link"):
            if "alternate" not in (link.get("rel") or "").lower().split():
                continue
            lang = code_language(link.get("hreflang"))
            url = self.absolute(link.get("href"))
            if lang and url and lang not in found:
                found[lang] = url
        return found

    @cached_property
    def links(self) -> list[Link]:
        tree = self.tree
        if tree is None:
            return []
        out = []
        for a in tree.iter("a", "area"):
            url = self.absolute(a.get("href"))
            if not url:
                continue
            images = list(a.iter("img"))
            alts = " ".join(img.get("alt") or "" for img in images)
            text = clean(" ".join([visible_text(a), alts, a.get("aria-label") or "", a.get("title") or ""]))
            out.append(Link(url=url, text=text, hreflang=a.get("hreflang"), lang=a.get("lang"),
                            rel=(a.get("rel") or "").lower(), chrome=self.is_chrome(a), selector=self.css_path(a),
                            image=(images[0].get("src") or "") if images else ""))
        for option in tree.iter("option"):  # <select> menus that navigate (language pickers)
            value = (option.get("value") or "").strip()
            url = self.absolute(value) if value.startswith(("/", "http://", "https://")) else None
            if url:
                out.append(Link(url=url, text=clean(option.text_content()), lang=option.get("lang"),
                                hreflang=option.get("hreflang"), chrome=True, selector=self.css_path(option)))
        return out

    @cached_property
    def blocks(self) -> list[Block]:
        """The page's text cut at block boundaries, in reading order."""
        tree = self.tree
        if tree is None:
            return []
        body = tree.find("body")
        if body is None:
            body = tree
        blocks: list[Block] = []
        state = {"heading": "", "level": 1}
        positions = {el: i for i, el in enumerate(tree.iter())}  # holds the proxies: lookups stay valid

        def flush(buffer: list[str], element) -> None:
            text = clean("".join(buffer))
            buffer.clear()
            if not text:
                return
            tag = block_tag(element, text, state["level"])
            if tag in HEADINGS:
                state["level"] = int(tag[1])
            if tag in HEADINGS or tag == "summary":  # an accordion's title heads its panel
                state["heading"] = text
            blocks.append(Block(text=text, selector=self.css_path(element), tag=tag, heading=state["heading"],
                                chrome=self.is_chrome(element), order=len(blocks),
                                position=positions.get(element, 0)))

        def walk(element, buffer: list[str]) -> None:
            tag = element.tag.lower() if isinstance(element.tag, str) else ""
            if tag in SKIP_TAGS or not tag or unread(element):
                return
            if tag in BLOCK_TAGS:
                own: list[str] = []
                if element.text:
                    own.append(element.text)
                for child in element:
                    walk(child, own)
                    if child.tail:
                        own.append(child.tail)
                flush(own, element)
                return
            if tag == "br":
                buffer.append(" ")
                return
            if tag == "img" and element.get("alt"):
                buffer.append(f" {element.get('alt')} ")
            # controls and tabs render as separate boxes: "Good to know" + "A complaint..."
            separate = tag in SEPARATE_INLINE or (element.get("role") or "").lower() in ("tab", "button")
            if separate:
                buffer.append(" ")
            if element.text:
                buffer.append(element.text)
            for child in element:
                walk(child, buffer)
                if child.tail:
                    buffer.append(child.tail)
            if separate:
                buffer.append(" ")

        walk(body, [])
        return blocks

    @cached_property
    def text(self) -> str:
        return " ".join(b.text for b in self.blocks)

    @cached_property
    def main_text(self) -> str:
        return " ".join(b.text for b in self.blocks if not b.chrome)

    @cached_property
    def language(self) -> str | None:
        return page_language(self.main_text or self.text, self.declared_language, self.url)
