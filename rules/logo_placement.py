"""logo-placement (criterion 3): on the contact page the logo stands at the
bottom of the main content, after the contact details (address, phone, e-mail)
and after the way to ask for more information. Fails when there is no logo.

**Anti-pattern** (fails: the logo opens the page, before the details)::

    <main><img src="/logo-plaintes.png" alt="Des plaintes sur nos prestations ?">
      <p>Rue de la Loi 1, 1000 Bruxelles</p><p>Une question ? Notre formulaire de contact.</p></main>

**Best practice**::

    <main><p>Rue de la Loi 1, 1000 Bruxelles – info@agence.be</p>
      <p>Une question ? Utilisez notre formulaire de contact.</p>
      <a href="/fr/plaintes/"><img src="/logo-plaintes.png" alt="Des plaintes sur nos prestations ?"></a></main>
"""

from __future__ import annotations

from functools import cached_property

from crawler.contact_details import contact_details
from crawler.page import is_chrome
from crawler.text import Phrases
from rules.base import FAIL, PASS, Finding, Rule
from rules.logo_sightings import best_logo, sightings
from rules.vocabulary import load_vocab, phrases

LOWER_PART = 0.5


class LogoPlacement(Rule):
    id = "logo-placement"
    criterion = 3
    summary = "The logo comes after the contact details and the way to ask for information"

    @cached_property
    def _information(self) -> Phrases:
        return phrases(load_vocab("contact_page")["ask_information"])

    def check(self, site):
        for lang in site.languages:
            contact = site.versions[lang].contact
            logo = best_logo(sightings(site, contact)) if contact is not None else None
            if logo is None:
                yield Finding(FAIL, "placement.no-logo", lang, contact.url if contact else None)
                continue
            yield self._judge(lang, contact, logo)

    def _judge(self, lang, page, logo) -> Finding:
        where = logo.candidate.order
        element = _element_at(page, where)
        main = [b for b in page.blocks if not b.chrome]
        data = logo.data()
        before = sum(1 for b in main if b.position < where)
        data.update(block=before + 1, blocks=len(main))
        evidence = {"selector": logo.candidate.selector, "text": f"block {before + 1} of {len(main)}"}
        if element is not None and is_chrome(element):
            return Finding(FAIL, "placement.outside-main", lang, page.url, data=data, evidence=evidence)
        details = [b.position for b in main if contact_details(b.text)]
        if not details:
            return Finding(FAIL, "placement.no-contact-details", lang, page.url, data=data, evidence=evidence)
        ask = [b.position for b in main if self._information.search(b.text)] + _question_forms(page)
        last_detail, last_ask = max(details), max(ask, default=None)
        data.update(details_block=_rank(main, last_detail), information_block=_rank(main, last_ask))
        if where < last_detail:
            return Finding(FAIL, "placement.before-details", lang, page.url, data=data, evidence=evidence)
        if last_ask is None:
            return Finding(FAIL, "placement.no-information-request", lang, page.url, data=data, evidence=evidence)
        if where < last_ask:
            return Finding(FAIL, "placement.before-information", lang, page.url, data=data, evidence=evidence)
        if before < LOWER_PART * len(main):
            return Finding(FAIL, "placement.not-at-bottom", lang, page.url, data=data, evidence=evidence)
        return Finding(PASS, "placement.ok", lang, page.url, data=data, evidence=evidence)


def _element_at(page, order: int):
    """The element at ``order`` in document order (image candidates count the same way)."""
    for index, element in enumerate(page.tree.iter()):
        if index == order:
            return element
    return None


def _rank(blocks, position) -> int | None:
    """1-based rank among the main blocks of the block at ``position``."""
    if position is None:
        return None
    return 1 + sum(1 for b in blocks if b.position < position)


def _question_forms(page) -> list[int]:
    """Positions of forms with a free-text field (a way to ask a question; search boxes are not)."""
    positions = []
    for index, element in enumerate(page.tree.iter()):
        if element.tag == "form" and element.find(".//textarea") is not None:
            positions.append(index)
    return positions
