"""What the focused crawl fetches next, and when it has seen enough.

Pure bookkeeping, no network: the spider feeds it every page it fetched and
asks for the next URL. Language versions come first, then links that look
like contact and complaint pages (most wanted where a language still lacks
one), then a complaint page's sub-pages; plain navigation is explored only
near the home page.

    >>> from crawler.page import Page
    >>> from crawler.urls import SiteScope
    >>> f = Frontier(SiteScope("https://x.be/"), depth_limit=3)
    >>> home = Page("https://x.be/", 200, "text/html",
    ...     b'<p><a href="/fr/">Fran\\xc3\\xa7ais</a> <a href="/nl/">Nederlands</a> <a href="/jobs/">Jobs</a></p>')
    >>> f.observe(home, path=())  # the start page is neither contact nor complaint page
    []
    >>> [f.pop().url, f.pop().url]
    ['https://x.be/fr/', 'https://x.be/nl/']
    >>> f.satisfied()
    False
"""

from __future__ import annotations

import heapq
import re
import itertools
from dataclasses import dataclass, field
from urllib.parse import urlsplit

from crawler.languages import code_language, url_language
from crawler.page import Link, Page
from crawler.roles import LINK_THRESHOLD, ROLE_THRESHOLD, ROLES, is_document, is_portal_link, is_subpage_link, link_scores, role_scores
from crawler.text import normalise
from crawler.urls import SiteScope, canonical
from crawler.vocab import VOCAB

PRIORITY_LANGUAGE = 100
PRIORITY_SUBPAGE = 60
PRIORITY_EXPLORE = 5
HUB_DEPTH = 3
MUST_FETCH = 50
SUBPAGE_REASON = "complaint sub-page"  # why a complaint page's sub-page was offered; observe() reads it back
_HUB_WORDS = ("service", "a propos", "about", "over ons", "uber uns", "info", "aide", "help", "hilfe",
              "qualite", "kwaliteit", "qualitat", "quality", "organisation", "organisatie", "plan du site",
              "sitemap", "site map", "engagement", "charte", "charter", "handvest", "charta", "qui sommes",
              "wie zijn we", "wer wir sind", "who we are", "usager", "gebruiker", "burger", "citoyen", "citizen")
_SKIP_EXT = ("jpg", "jpeg", "png", "gif", "webp", "svg", "ico", "css", "js", "zip", "mp4", "mp3", "xml",
             "xls", "xlsx", "ppt", "pptx", "json", "rss")


@dataclass(order=True)
class Candidate:
    sort_key: tuple
    url: str = field(compare=False)
    priority: float = field(compare=False)
    reason: str = field(compare=False)
    language: str | None = field(compare=False)
    path: tuple = field(compare=False)  # ((url, link text), ...) from the start page


def switcher_language(link: Link, page_url: str) -> str | None:
    """The language a link switches to, when it is a language switcher."""
    text = normalise(link.text)
    for lang, names in VOCAB.language_names.items():
        if text in names:
            return lang
    declared = code_language(link.hreflang) or (code_language(link.lang) if len(text) <= 12 else None)
    if declared:
        return declared
    if not text and link.image:  # a flag: /img/flags/nl.png, drapeau-fr.gif
        stem = urlsplit(link.image).path.rsplit("/", 1)[-1].rsplit(".", 1)[0].lower()
        for token in re.split(r"[^a-z]+", stem):
            if token in VOCAB.language_codes:
                return VOCAB.language_codes[token]
    target = url_language(link.url)
    if target and target != url_language(page_url):
        parts = urlsplit(link.url).path.strip("/").split("/")
        if len(parts) <= 1:  # /nl/ or /nl: a language root
            return target
    return None


def switch_language(link: Link, page_url: str) -> str | None:
    """The language a link switches to when it is used as a switcher: in the site's chrome,
    or short ("FR", "Nederlands"); a sentence that names a language is not one."""
    lang = switcher_language(link, page_url)
    return lang if lang and (link.chrome or len(link.text) <= 20) else None


class Frontier:
    def __init__(self, scope: SiteScope, depth_limit: int = 4):
        self.scope = scope
        self.depth_limit = depth_limit
        self._heap: list[Candidate] = []
        self._queued: dict[str, Candidate] = {}
        self._seen: set[str] = set()
        self._seq = itertools.count()
        self.languages: dict[str, str] = {}        # language -> how it was discovered
        self.found: dict[str, dict[str, str]] = {}  # language -> role -> url
        self._inbound: dict[str, list[str]] = {}
        self._language_steps: set[str] = set()     # URLs reached by choosing a language

    # -- bookkeeping -----------------------------------------------------------------
    def mark_seen(self, url: str) -> None:
        self._seen.add(canonical(url))

    def offer(self, url: str, priority: float, reason: str, language: str | None, path: tuple) -> None:
        url = canonical(url)
        if reason in ("language switcher", "hreflang"):
            self._language_steps.add(url)
        if url in self._seen or not self.scope.contains(url) or self.clicks(path) > self.depth_limit:
            return
        if urlsplit(url).path.lower().rsplit(".", 1)[-1] in _SKIP_EXT:
            return
        queued = self._queued.get(url)
        if queued is not None:
            if len(queued.path) < len(path):
                path = queued.path  # keep the shortest click path known, whoever offers the link
            if queued.priority >= priority and queued.path is path:
                return
            priority = max(priority, queued.priority)
            reason = reason if priority > queued.priority else queued.reason
        cand = Candidate((-priority, next(self._seq)), url, priority, reason, language, path)
        self._queued[url] = cand
        heapq.heappush(self._heap, cand)

    def clicks(self, path: tuple) -> int:
        """Clicks from the language version's home page: choosing a language on a splash page or a
        switcher is not one of them, so About > Quality > Complaints > Charter is 4 clicks on a site
        with a splash page too.

            >>> frontier = Frontier(SiteScope("https://x.be/"))
            >>> frontier.offer("https://x.be/fr/", 95, "language switcher", "fr", (("https://x.be/fr/", "Français"),))
            >>> frontier.clicks((("https://x.be/fr/", "Français"), ("https://x.be/fr/contact", "Contact")))
            1
        """
        return sum(1 for url, _ in path if canonical(url) not in self._language_steps)

    def pop(self, min_priority: float = 0) -> Candidate | None:
        while self._heap:
            cand = self._heap[0]
            if self._queued.get(cand.url) is not cand or cand.url in self._seen:
                heapq.heappop(self._heap)
                continue
            if cand.priority < min_priority:
                return None
            heapq.heappop(self._heap)
            del self._queued[cand.url]
            self._seen.add(cand.url)
            return cand
        return None

    def pending(self, min_priority: float = 0) -> bool:
        return any(c.priority >= min_priority and self._queued.get(c.url) is c and c.url not in self._seen
                   for c in self._heap)

    # -- learning from a fetched page -------------------------------------------------
    def observe(self, page: Page, path: tuple, hint: str | None = None, reason: str | None = None) -> list[str]:
        """Learn from a fetched page; return the roles it plays (contact, complaint).

        A complaint page's sub-pages are fetched before the crawl stops, and so are the
        complaint links of a sub-page: "Dien je klacht in via het e-loket" leads to the
        e-services portal, whose "Klacht" link leads to the form."""
        self.mark_seen(page.url)
        if page.tree is None:
            return []
        language = page.language or hint
        if language:
            self.languages.setdefault(language, "page")
        scores = role_scores(page, self._inbound.get(canonical(page.url), ()))
        roles_here = [r for r in ROLES if scores[r] >= ROLE_THRESHOLD]
        if language:
            for role in roles_here:
                self.found.setdefault(language, {}).setdefault(role, page.url)

        for lang, url in page.alternates.items():
            self.scope.adopt(url)
            self.languages.setdefault(lang, "hreflang")
            boost = 10 if roles_here else 0  # the same contact/complaint page in another language
            self.offer(url, PRIORITY_LANGUAGE + boost, "hreflang", lang, path + ((url, f"hreflang={lang}"),))

        on_complaint_page = "complaint" in roles_here
        on_subpage = reason == SUBPAGE_REASON
        for link in page.links:
            self._inbound.setdefault(link.url, []).append(link.text)
            step = path + ((link.url, link.text[:80]),)
            switch = switch_language(link, page.url)
            if switch:
                if link.hreflang:
                    self.scope.adopt(link.url)
                self.languages.setdefault(switch, "switcher")
                self.offer(link.url, PRIORITY_LANGUAGE - 5, "language switcher", switch, step)
                continue
            link_lang = url_language(link.url) or language
            scores = link_scores(link.text, link.url)
            best_role = max(ROLES, key=lambda r: scores[r])
            if scores[best_role] >= LINK_THRESHOLD:
                missing = link_lang is None or best_role not in self.found.get(link_lang, {})
                priority = 10 * scores[best_role] + (20 if missing else 0)
                if on_complaint_page or (on_subpage and best_role == "complaint"):
                    priority = max(priority, PRIORITY_SUBPAGE + scores[best_role])
                if is_document(link.url):
                    continue  # the link itself is the evidence; rules read it from this page
                self.offer(link.url, priority, f"{best_role} link", link_lang, step)
            elif on_complaint_page and (
                    (not is_document(link.url) and is_subpage_link(link.text, link.url))
                    or (not link.chrome and is_portal_link(link.text, link.url))):
                self.offer(link.url, PRIORITY_SUBPAGE, SUBPAGE_REASON, link_lang, step)
            elif len(path) <= 1 and link.chrome and link.image and not link.text:
                # an unlabelled image link in the header of a home page: maybe a language flag
                self.offer(link.url, MUST_FETCH, "possible language switcher", None, step)
            elif min(scores.values()) >= 0:
                # Plain navigation near the start page; "about", "quality", "services" hubs deeper,
                # where complaint pages hide (About > Quality > Complaints).
                hub = any(w in normalise(link.text) for w in _HUB_WORDS)
                if len(path) <= 1 or (hub and len(path) <= HUB_DEPTH):
                    self.offer(link.url, PRIORITY_EXPLORE + (3 if hub else 0) - len(path), "explore", link_lang, step)
        return roles_here

    def offer_url_only(self, url: str, path: tuple) -> None:
        """A URL known only by its address (from sitemap.xml): ranked on the URL alone."""
        scores = link_scores("", url)
        best = max(scores.values())
        if best >= LINK_THRESHOLD and not is_document(url):
            lang = url_language(url)
            role = max(ROLES, key=lambda r: scores[r])
            missing = lang is None or role not in self.found.get(lang, {})
            self.offer(url, 10 * best + (20 if missing else 0), "sitemap", lang, path)

    def satisfied(self) -> bool:
        """Every known language has its contact and complaint page, nothing urgent is left."""
        if not self.languages:
            return False
        for lang in self.languages:
            if set(ROLES) - set(self.found.get(lang, {})):
                return False
        return not self.pending(MUST_FETCH)
