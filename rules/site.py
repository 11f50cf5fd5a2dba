"""The rules' view of a snapshot: language versions and, in each, the contact
page and the complaint-management pages (with their sub-pages) to judge.

Built from the pages alone, so a WARC from another tool gets the same view as
one of ours; the crawl's click paths are used when the snapshot has them.

    >>> from crawler.snapshot import Snapshot
    >>> from crawler.page import Page
    >>> home = Page("https://x.be/fr/", 200, "text/html", '<html lang="fr"><a href="/fr/plaintes/">Plaintes</a></html>'.encode())
    >>> complaints = Page("https://x.be/fr/plaintes/", 200, "text/html",
    ...     '<html lang="fr"><title>Gestion des plaintes</title><p>Vous pouvez introduire une plainte.</p></html>'.encode())
    >>> site = Site.from_snapshot(Snapshot("x", "https://x.be/fr/", [home, complaints]))
    >>> site.languages
    ['fr']
    >>> [p.url for p in site.versions["fr"].complaint_pages]
    ['https://x.be/fr/plaintes/']
    >>> site.versions["fr"].contact is None
    True
    >>> site.click_path(complaints)
    [['https://x.be/fr/', ''], ['https://x.be/fr/plaintes/', 'Plaintes']]
"""

from __future__ import annotations

from collections import Counter, deque
from dataclasses import dataclass, field
from functools import cached_property
from urllib.parse import urlsplit

from crawler.frontier import switch_language
from crawler.page import Page
from crawler.roles import LINK_THRESHOLD, ROLE_THRESHOLD, is_subpage_link, link_scores, role_scores
from crawler.snapshot import Snapshot
from crawler.vocab import VOCAB

MIN_PAGES_UNDECLARED = 3


@dataclass
class LanguageVersion:
    language: str
    pages: list[Page] = field(default_factory=list)
    contact: Page | None = None
    complaint: Page | None = None
    complaint_pages: list[Page] = field(default_factory=list)

    @property
    def judged_pages(self) -> list[Page]:
        """Complaint pages first, then the contact page (once)."""
        pages = list(self.complaint_pages)
        if self.contact is not None and self.contact not in pages:
            pages.append(self.contact)
        return pages


@dataclass
class Site:
    snapshot: Snapshot
    languages: list[str]
    versions: dict[str, LanguageVersion]
    page_language: dict[str, str]
    inbound: dict[str, list[str]]
    unread_languages: list[str] = field(default_factory=list)  # declared by the site, no page read
    _derived: dict = field(default_factory=dict, repr=False)

    @classmethod
    def from_snapshot(cls, snapshot: Snapshot) -> "Site":
        html = [p for p in snapshot.pages if p.status == 200 and p.tree is not None]
        inbound: dict[str, list[str]] = {}
        declared: set[str] = set()
        for page in html:
            declared.update(page.alternates)
            for link in page.links:
                inbound.setdefault(link.url, []).append(link.text)
                lang = switch_language(link, page.url)
                if lang:
                    declared.add(lang)
        page_language = _assign_languages(html, snapshot)
        counts = Counter(page_language.values())
        languages = [lang for lang in VOCAB.languages if counts[lang] and
                     (lang in declared or counts[lang] >= MIN_PAGES_UNDECLARED
                      or counts[lang] == sum(counts.values()))]
        if not languages and counts:
            languages = [counts.most_common(1)[0][0]]
        versions = {lang: LanguageVersion(lang) for lang in languages}
        for page in html:
            lang = page_language.get(page.url)
            if lang in versions:
                versions[lang].pages.append(page)
        unread = [lang for lang in VOCAB.languages if lang in declared and lang not in versions]
        site = cls(snapshot, languages, versions, page_language, inbound, unread)
        for version in versions.values():
            site._pick_roles(version)
        return site

    def _pick_roles(self, version: LanguageVersion) -> None:
        scored = [(role_scores(p, self.inbound.get(p.url, ())), p) for p in version.pages]

        def best(role: str) -> Page | None:
            ranked = sorted(((s[role], -len(urlsplit(p.url).path), p) for s, p in scored
                             if s[role] >= ROLE_THRESHOLD), key=lambda t: (t[0], t[1]), reverse=True)
            return ranked[0][2] if ranked else None

        version.contact = best("contact")
        version.complaint = best("complaint")
        complaint_pages = [p for s, p in sorted(scored, key=lambda t: -t[0]["complaint"])
                           if s["complaint"] >= ROLE_THRESHOLD]
        by_url = {p.url: (s, p) for s, p in scored}
        for page in list(complaint_pages):
            for link in page.links:
                target = by_url.get(link.url)
                if target is None or target[1] in complaint_pages or target[0]["complaint"] < 0:
                    continue
                # a sub-page: it reads as a complaint page, its link says so ("Klachtenprocedure",
                # "So bearbeiten wir eine Beschwerde"), or it is a form/FAQ/procedure/charter page
                if target[0]["complaint"] >= LINK_THRESHOLD \
                        or link_scores(link.text, link.url)["complaint"] >= LINK_THRESHOLD \
                        or is_subpage_link(link.text, link.url):
                    complaint_pages.append(target[1])
        version.complaint_pages = complaint_pages

    def derived(self, key, compute):
        """A value several rules need (e.g. a page's matched images), computed once per site."""
        if key not in self._derived:
            self._derived[key] = compute()
        return self._derived[key]

    @cached_property
    def _by_url(self) -> dict[str, Page]:
        return {p.url: p for p in self.snapshot.pages}

    def resource(self, url: str) -> Page | None:
        """Any fetched response (a page, an image) by its URL."""
        return self._by_url.get(url)

    # -- click paths -------------------------------------------------------------------
    @cached_property
    def _graph_paths(self) -> dict[str, list[list[str]]]:
        pages = {p.url: p for p in self.snapshot.pages if p.tree is not None}
        start = self.snapshot.start_url
        paths = {start: [[start, ""]]}
        queue = deque([start])
        while queue:
            url = queue.popleft()
            page = pages.get(url)
            if page is None:
                continue
            for link in page.links:
                if link.url not in paths:
                    paths[link.url] = paths[url] + [[link.url, link.text[:80]]]
                    queue.append(link.url)
        return paths

    def click_path(self, page: Page) -> list[list[str]]:
        """[url, link text] steps from the start page to ``page`` (the crawl's record
        when there is one, else the shortest path through the snapshot's links)."""
        recorded = page.meta.get("path") if page.meta else None
        if recorded:
            return [[self.snapshot.start_url, ""]] + [list(step) for step in recorded]
        if page.meta and page.meta.get("reason") == "start":
            return [[page.url, ""]]
        return self._graph_paths.get(page.url, [])


def _assign_languages(pages: list[Page], snapshot: Snapshot) -> dict[str, str]:
    assigned: dict[str, str] = {}
    for page in pages:
        lang = page.language or (page.meta or {}).get("language_hint")
        if lang in VOCAB.languages:
            assigned[page.url] = lang
    if len(set(assigned.values())) == 1:  # a one-language site: pages too short to tell belong to it
        only = next(iter(assigned.values()))
        for page in pages:
            assigned.setdefault(page.url, only)
    return assigned
