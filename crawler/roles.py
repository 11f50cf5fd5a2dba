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

# "réclamation" also names complaints (the Ombudsman's word); pages about the tax
# réclamation are already excluded by their title (negative vocabulary).
_COMPLAINT_WORDS = Phrases(["plainte*", "klacht*", "beschwerde*", "complaint*", "reclamation*"])


def _titles(page: Page) -> str:
    return " | ".join([page.title, *page.h1])


def role_scores(page: Page, inbound: Iterable[str] = ()) -> dict[str, int]:
    """Score per role from the page's title and headings, URL, content and the
    text of the links that lead to it."""
    path = urlsplit(page.url).path
    title = _titles(page)
    inbound = [t for t in inbound if t]
    scores = {}
    for role in ROLES:
        own = VOCAB.role_score(role, title, path)
        if own < 0:
            scores[role] = own
            continue
        via_links = max((VOCAB.role_score(role, text) for text in inbound), default=0)
        scores[role] = own + max(0, via_links) // 2 + _content_bonus(role, page)
    return scores


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


def is_document(url: str) -> bool:
    path = urlsplit(url).path.lower()
    return path.rsplit(".", 1)[-1] in VOCAB.document_extensions if "." in path.rsplit("/", 1)[-1] else False
