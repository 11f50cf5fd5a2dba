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
_SECTION_TAGS = frozenset(("h2", "h3", "h4", "summary", "dt"))
_PARAGRAPH_TAGS = frozenset(("p", "li", "dd", "td", "div"))
LINK_THRESHOLD = 3
SUBPAGE_THRESHOLD = 4

# "réclamation" also names complaints (the Ombudsman's word); pages about the tax
# réclamation are already excluded by their title (negative vocabulary).
_COMPLAINT_WORDS = Phrases(["plainte*", "klacht*", "beschwerde*", "complaint*", "reclamation*"])


def _own_score(role: str, page: Page, content_heading: list[str]) -> int:
    """The role's score from the page's own title, <h1>, URL and, when no <h1> names the page,
    its first content heading (``_content_heading``); a look-alike in that heading ("Quand
    porter plainte ?" on a complaint page) is left out instead of disqualifying the page as a
    look-alike title does."""
    heading = [h for h in content_heading if VOCAB.role_score(role, h) >= 0]
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
    heading = _content_heading(page)
    scores = {}
    for role in ROLES:
        own = _own_score(role, page, heading)
        if own < 0:
            scores[role] = own
            continue
        via_links = max((VOCAB.role_score(role, text) for text in inbound), default=0)
        contact_page = scores.get("contact", 0) >= ROLE_THRESHOLD
        scores[role] = own + _half(via_links) + _content_bonus(role, page, contact_page)
    return scores


def _half(link_score: int) -> int:
    """A link's words count half for the page it leads to, rounded up; a look-alike link adds nothing.

        >>> _half(VOCAB.role_score("complaint", "Plaintes")), _half(VOCAB.role_score("complaint", "Porter plainte"))
        (3, 0)
    """
    return (max(0, link_score) + 1) // 2


def _content_bonus(role: str, page: Page, contact_page: bool = False) -> int:
    """Points from what the page says: contact details for a contact page; for a complaint
    page, complaint words in its text, more when a heading of its content names them (a
    "Votre avis" or "Charte de qualité" page with a section "Une plainte ?"), but not on a
    contact page: its "Plaintes" section is read anyway, as the contact page's, and a crawl
    that took it for the complaint page would stop before the real one.

        >>> charter = Page("https://x.be/fr/charte", 200, "text/html", (
        ...     "<html><body><main><h1>Charte de qualité</h1><h2>Vos plaintes</h2>"
        ...     "<p>Une plainte ? Introduisez votre plainte en ligne. Chaque plainte reçoit un numéro.</p></main></body></html>").encode())
        >>> _content_bonus("complaint", charter)
        5
        >>> _content_bonus("complaint", Page("https://x.be/fr/charte", 200, "text/html",
        ...     b"<html><body><main><h2>Nos valeurs</h2><p>Une plainte ? Une plainte ! Une plainte.</p></main></body></html>"))
        2
        >>> _content_bonus("complaint", Page("https://x.be/nl/uw-mening", 200, "text/html", (
        ...     "<html><body><main><h1>Uw mening</h1><p>Jouw klacht helpt ons om onze werking te verbeteren.</p>"
        ...     "<p>Een klacht is geen bezwaar tegen een beslissing over je aanvraag.</p>"
        ...     "<p>Stuur je klacht via het algemene contactformulier of per brief.</p></main></body></html>").encode()))
        5
    """
    text = page.main_text
    if role == "contact":
        return 2 if len(contact_details(text)) >= 2 else 0
    mentions = len(_COMPLAINT_WORDS.findall(normalise(text), normalised=True))
    if mentions < 3:
        return 0
    return 5 if not contact_page and _about_complaints(page) else 2


def _about_complaints(page: Page) -> bool:
    """The content is about complaints: a section heading names them, or most of its
    paragraphs do (at least three)."""
    content = [b for b in page.blocks if not b.chrome]
    if any(b.tag in _SECTION_TAGS and _COMPLAINT_WORDS.search(b.text) for b in content):
        return True
    paragraphs = [b.text for b in content if b.tag in _PARAGRAPH_TAGS and len(b.text) >= 40]
    naming = sum(1 for text in paragraphs if _COMPLAINT_WORDS.search(text))
    return naming >= 3 and 2 * naming > len(paragraphs)


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


def is_portal_link(text: str, url: str) -> bool:
    """Does a link on a complaint page lead to the e-services portal where the complaint form lives?

        >>> is_portal_link("e-loket", "https://x.be/nl/e-loket"), is_portal_link("Mon dossier", "https://x.be/fr/mon-dossier/")
        (True, True)
        >>> is_portal_link("Nos services", "https://x.be/fr/services")
        False
    """
    both = normalise(f"{text} {urlsplit(url).path.replace('/', ' ')}")
    return VOCAB.complaint_portals.search(both, normalised=True) is not None


def is_document(url: str) -> bool:
    path = urlsplit(url).path.lower()
    return path.rsplit(".", 1)[-1] in VOCAB.document_extensions if "." in path.rsplit("/", 1)[-1] else False
