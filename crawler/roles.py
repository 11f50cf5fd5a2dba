"""How much a page looks like a contact page or a complaint-management page.

One scoring for the crawl (what to fetch next, when to stop) and for the
analysis of a snapshot (which pages the rules judge).

    >>> from crawler.page import Page
    >>> page = Page("https://x.be/fr/plaintes/", 200, "text/html",
    ...     "<title>Des plaintes sur nos prestations ?</title><h1>Gestion des plaintes</h1>".encode())
    >>> role_scores(page)["complaint"] >= ROLE_THRESHOLD
    True
    >>> trap = Page("https://x.be/fr/porter-plainte/", 200, "text/html",
    ...     "<title>Porter plainte à la police</title><h1>Plainte pénale</h1>".encode())
    >>> role_scores(trap)["complaint"] < ROLE_THRESHOLD
    True
"""

from __future__ import annotations

from typing import Iterable
from urllib.parse import urlsplit

from crawler.contact_details import contact_details
from crawler.page import Page
from crawler.text import Phrases, normalise
from crawler.vocab import VOCAB

ROLES = ("contact", "complaint")
ROLE_THRESHOLD = 5
LINK_THRESHOLD = 3
SUBPAGE_THRESHOLD = 4

# "réclamation" also names complaints (the Ombudsman's word); pages about the tax
# réclamation are already excluded by their title (negative vocabulary).
_COMPLAINT_WORDS = Phrases(["plainte*", "klacht*", "beschwerde*", "complaint*", "reclamation*"])


def _own_score(role: str, page: Page) -> int:
    """The role's score from the page's own title, <h1>, URL and, when no <h1> names the page,
    its first content heading; a look-alike in that heading ("Quand porter plainte ?" on a
    complaint page) is left out instead of disqualifying the page as a look-alike title does."""
    heading = [h for h in _content_heading(page) if VOCAB.role_score(role, h) >= 0]
    return VOCAB.role_score(role, " | ".join([page.title, *page.h1, *heading]), urlsplit(page.url).path)


def _content_heading(page: Page) -> list[str]:
    """The first heading of the content when no <h1> names the page (the logo took the <h1>).

        >>> _content_heading(Page("https://x.be/", 200, "text/html",
        ...     b"<header><h1><img src='/logo.png'></h1></header><main><h2>Klachten</h2></main>"))
        ['Klachten']
        >>> _content_heading(Page("https://x.be/", 200, "text/html", b"<main><h1>Contact</h1><h2>Adres</h2></main>"))
        []
    """
    if any(page.h1):
        return []
    return next(([b.text] for b in page.blocks if b.tag in ("h1", "h2") and not b.chrome), [])


def role_scores(page: Page, inbound: Iterable[str] = ()) -> dict[str, int]:
    """Score per role from the page's title and headings, URL, content and the
    text of the links that lead to it. A look-alike title or URL (criminal
    complaint, tax objection, complaint statistics, press contacts) makes the
    role's score negative, whatever the rest says."""
    inbound = [t for t in inbound if t]
    scores = {}
    for role in ROLES:
        own = _own_score(role, page)
        if own < 0:
            scores[role] = own
            continue
        via_links = max((VOCAB.role_score(role, text) for text in inbound), default=0)
        scores[role] = own + _half(via_links) + _content_bonus(role, page)
    return scores


def _half(link_score: int) -> int:
    """A link's words count half for the page it leads to, rounded up; a look-alike link adds nothing.

        >>> _half(VOCAB.role_score("complaint", "Plaintes")), _half(VOCAB.role_score("complaint", "Porter plainte"))
        (3, 0)
    """
    return (max(0, link_score) + 1) // 2


def _content_bonus(role: str, page: Page) -> int:
    text = page.main_text
    if role == "contact":
        return 2 if len(contact_details(text)) >= 2 else 0
    mentions = len(_COMPLAINT_WORDS.findall(normalise(text), normalised=True))
    return 2 if mentions >= 3 else 0


def link_scores(text: str, url: str) -> dict[str, int]:
    """Score per role for a link, from its text and its URL."""
    path = urlsplit(url).path
    return {role: VOCAB.role_score(role, text, path) for role in ROLES}


def is_subpage_link(text: str, url: str) -> bool:
    """Does a link on a complaint page lead to one of its sub-pages (form, FAQ, charter, procedure)?

        >>> is_subpage_link("Dienstverleningscharter", "https://x.be/nl/over-ons/charter")
        True
        >>> is_subpage_link("Le Médiateur fédéral publie son rapport annuel", "https://x.be/fr/actualites/12")
        False
    """
    return VOCAB.subpage_score(text, urlsplit(url).path) >= SUBPAGE_THRESHOLD


def is_document(url: str) -> bool:
    path = urlsplit(url).path.lower()
    return path.rsplit(".", 1)[-1] in VOCAB.document_extensions if "." in path.rsplit("/", 1)[-1] else False
