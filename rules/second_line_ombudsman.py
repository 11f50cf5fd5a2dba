"""second-line-ombudsman (criterion 9): the complaint pages tell an unsatisfied
complainant about the federal second line: the Federal Ombudsman, the Pensions
Ombudsman service or Comité P, named or linked.

**Anti-pattern** (fails: a regional ombudsman is not the federal second line)::

    <p>Pour les matières régionales, adressez-vous au Médiateur de la Wallonie.</p>

**Best practice**::

    <p>Pas satisfait de notre réponse ? Vous pouvez vous adresser au
       <a href="https://www.mediateurfederal.be">Médiateur fédéral</a>.</p>
"""

from __future__ import annotations

from functools import cached_property

from crawler.text import Phrases, normalise
from rules.base import FAIL, PASS, Finding, Rule
from rules.textsearch import context_text, hits, quote
from rules.vocabulary import load_vocab, phrases


class SecondLineOmbudsman(Rule):
    id = "second-line-ombudsman"
    criterion = 9
    summary = "The second line (Federal Ombudsman, Pensions Ombudsman, Comité P) is offered to unsatisfied complainants"

    @cached_property
    def _vocab(self) -> dict:
        return load_vocab("second_line")

    @cached_property
    def _bodies(self) -> dict[str, tuple[str, Phrases, tuple[str, ...]]]:
        return {key: (spec["label"], Phrases(spec["names"] + spec["domains"]), tuple(spec["domains"]))
                for key, spec in self._vocab["second_line"].items()}

    @cached_property
    def _others(self) -> dict[str, Phrases]:
        return {label: Phrases(names) for label, names in self._vocab["not_second_line"].items()}

    @cached_property
    def _unsatisfied(self) -> Phrases:
        return phrases(self._vocab["unsatisfied"])

    def check(self, site):
        for lang in site.languages:
            pages = site.versions[lang].judged_pages
            if not pages:
                yield Finding(FAIL, "site.no-complaint-page", lang)
                continue
            yield self._judge(lang, pages)

    def _judge(self, lang: str, pages) -> Finding:
        without_context = None
        for key, (label, names, domains) in self._bodies.items():
            for hit in hits(pages, names):
                if self._unsatisfied.search(context_text(hit), normalised=True) or \
                        self._unsatisfied.search(normalise(hit.page.title), normalised=True):
                    return Finding.at(PASS, "second-line.found", lang, hit.page, hit.block,
                                      quote(hit.block, hit.match), body=label)
                without_context = without_context or (hit, label)
            for page in pages:  # linked by address only (a logo or an "ici" link)
                for link in page.links:
                    if any(d in link.url for d in domains):
                        block = _block_of(page, link.selector)
                        if block is not None and self._unsatisfied.search(
                                normalise(block.heading + " " + block.text), normalised=True):
                            return Finding.at(PASS, "second-line.linked", lang, page, block,
                                              body=label, href=link.url)
        if without_context:
            hit, label = without_context
            return Finding.at(FAIL, "second-line.no-context", lang, hit.page, hit.block,
                              quote(hit.block, hit.match), body=label)
        for label, names in self._others.items():
            for hit in hits(pages, names):
                return Finding.at(FAIL, "second-line.other-ombudsman", lang, hit.page, hit.block,
                                  quote(hit.block, hit.match), found=label)
        return Finding(FAIL, "second-line.missing", lang, pages[0].url,
                       data={"pages": [p.url for p in pages]})


def _block_of(page, selector: str):
    """The text block that contains the element at ``selector``."""
    best = None
    for block in page.blocks:
        if selector.startswith(block.selector) and (best is None or len(block.selector) > len(best.selector)):
            best = block
    return best
