"""Finding vocabulary in the pages a rule judges, with evidence to quote.

    >>> from crawler.page import Page
    >>> from crawler.text import Phrases
    >>> page = Page("https://x.be/fr/plaintes/", 200, "text/html",
    ...     "<main><p>Pas <b>satisfait</b> ? Adressez-vous au <a href='https://www.mediateurfederal.be'>Médiateur fédéral</a>.</p></main>".encode())
    >>> hit = first_hit([page], Phrases(["mediateur federal"]))
    >>> hit.match, hit.block.selector
    ('mediateur federal', 'html > body > main > p')
    >>> first_hit([page], Phrases(["accuse de reception"])) is None
    True
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Iterable, Iterator

from crawler.page import Block, Page
from crawler.text import Phrases, normalise


@dataclass(frozen=True)
class Hit:
    page: Page
    block: Block
    match: str
    index: int  # position of the block among the page's blocks


def hits(pages: Iterable[Page], matcher: Phrases, include_chrome: bool = False) -> Iterator[Hit]:
    for page in pages:
        for index, block in enumerate(page.blocks):
            if block.chrome and not include_chrome:
                continue
            for found in matcher.findall(normalise(block.text), normalised=True):
                yield Hit(page, block, found, index)


def first_hit(pages: Iterable[Page], matcher: Phrases, include_chrome: bool = False) -> Hit | None:
    return next(hits(pages, matcher, include_chrome), None)


def context_text(hit: Hit, before: int = 2, after: int = 1) -> str:
    """The hit's block with its heading and neighbours, normalised."""
    blocks = hit.page.blocks
    lo, hi = max(0, hit.index - before), min(len(blocks), hit.index + after + 1)
    parts = [hit.block.heading] + [b.text for b in blocks[lo:hi]]
    return normalise(" ".join(parts))


def quote(block: Block, match: str, width: int = 240) -> str:
    """The block's text around the match, for evidence."""
    text = block.text
    at = normalise(text).find(match)
    if at < 0 or len(text) <= width:
        return text[:width]
    start = max(0, at - width // 3)
    return ("…" if start else "") + text[start:start + width] + ("…" if start + width < len(text) else "")
