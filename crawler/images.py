"""Which images of a contact page the crawl fetches for the logo rules.

Every image a visitor sees counts (img, srcset, lazy-loading attributes,
picture sources, input type=image, CSS backgrounds); the ones most likely to be
the complaints logo come first, then the lowest on the page (where the logo belongs), so a handful of
requests covers the page (the matcher itself skips what is too small or blank).

    >>> from crawler.page import Page
    >>> page = Page("https://x.be/fr/contact/", 200, "text/html", b'''<header><img src="/flag-nl.png"></header><main>
    ...   <img src="/icons/phone.png" width="16" height="16" alt="">
    ...   <img src="/img/banner.jpg" alt="">
    ...   <a href="/fr/plaintes/"><img data-src="/img/logo-plaintes.png" src="data:image/gif;base64,R0lGOD" alt="Des plaintes ?"></a>
    ... </main>''')
    >>> contact_page_images(page, 4)
    ['https://x.be/img/logo-plaintes.png', 'https://x.be/img/banner.jpg', 'https://x.be/icons/phone.png', 'https://x.be/flag-nl.png']
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit

from crawler.page import Page
from crawler.text import normalise

_HINT = re.compile(r"plaint|klacht|beschwerde|complain|ombuds|logo|mediat|feedback")


def _in_banner(element) -> bool:
    for node in element.iterancestors():
        tag = node.tag.lower() if isinstance(node.tag, str) else ""
        role = (node.get("role") or "").lower()
        if tag in ("header", "nav") or role in ("banner", "navigation"):
            return True
        if tag in ("main", "article") or role == "main":
            return False
    return False


def contact_page_images(page: Page, limit: int) -> list[str]:
    """Image URLs to fetch from ``page``, most promising first, at most ``limit``."""
    from rules.logo.candidates import image_candidates

    if page.tree is None:
        return []
    ranked = []
    elements = list(page.tree.iter())
    for candidate in image_candidates(page.tree, page.url):
        url = candidate.url
        if not url or urlsplit(url).scheme not in ("http", "https"):
            continue
        # the site's own logo, flags and icons in the header and menus come last
        banner = 0 <= candidate.order < len(elements) and _in_banner(elements[candidate.order])
        hint = normalise(" ".join([candidate.alt or "", candidate.title or "", urlsplit(url).path]))
        ranked.append((banner, 0 if _HINT.search(hint) else 1, 0 if candidate.primary else 1, -candidate.order, url))
    ranked.sort()
    urls: list[str] = []
    for *_, url in ranked:
        if url not in urls:
            urls.append(url)
    return urls[:limit]

