"""second-line-ombudsman (criterion 9): the complaint pages tell an unsatisfied
complainant about the federal second line: the Federal Ombudsman, the Pensions
Ombudsman service or Comité P, named or linked.

Each mention of a body (its name, or a link to its site) is read with what stands
before it: its own sentence (dissatisfaction, or an offer: "vous pouvez vous adresser
au ..."), the earlier sentences of its block, the question or heading just before the
block (FAQ, accordion, table) and its section heading. Dissatisfaction is read broadly:
not satisfied, no solution, disagreement, a complaint handled badly, "deuxième ligne".

A body named for another purpose does not count: the Ombudsman's Integrity Centre
(reports of integrity breaches), its role for accessibility, news about its annual
report. A regional or sector ombudsman alone fails and the finding names it.

**Anti-pattern** (fails: a regional ombudsman is not the federal second line)::

    <p>Pour les matières régionales, adressez-vous au Médiateur de la Wallonie.</p>

**Anti-pattern** (fails: the Integrity Centre takes reports of integrity breaches, not complaints)::

    <p>Vous souhaitez signaler une atteinte à l'intégrité ? Le Centre Intégrité du
       Médiateur fédéral reçoit ces signalements.</p>

**Best practice**::

    <p>Pas satisfait de notre réponse ? Vous pouvez vous adresser au
       <a href="https://www.mediateurfederal.be">Médiateur fédéral</a>.</p>
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property

from crawler.text import Phrases, normalise
from rules.base import FAIL, PASS, Finding, Rule
from rules.sentences import Unit, UnitSentence, quote, unit_sentences, units
from rules.vocabulary import load_vocab, phrases

_CUE_TAGS = frozenset(("h2", "h3", "h4", "h5", "h6", "dt", "summary", "th", "legend", "caption"))


@dataclass(frozen=True)
class Mention:
    key: str          # the body (federal-ombudsman, pensions-ombudsman, comite-p)
    label: str
    unit: Unit
    index: int        # the sentence holding the mention, among the unit's sentences
    match: str        # the name as matched (normalised), or "" for a link
    href: str = ""


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

    @cached_property
    def _offer(self) -> Phrases:
        return phrases(self._vocab["offer"])

    @cached_property
    def _purposes(self) -> dict[str, Phrases]:
        return {key: Phrases(values) for key, values in self._vocab["purpose"].items()}

    @cached_property
    def _yielding(self) -> frozenset[str]:
        return frozenset(self._vocab.get("yields_to_dissatisfaction", ()))

    def check(self, site):
        for lang in site.languages:
            pages = site.versions[lang].judged_pages
            if not pages:
                yield Finding(FAIL, "site.no-complaint-page", lang)
                continue
            yield self._judge(lang, pages)

    def _judge(self, lang: str, pages) -> Finding:
        no_context = other_purpose = None
        read = []   # each page's units, read once
        for page in pages:
            page_units = units(page)
            read.append(page_units)
            for mention in self._mentions(page_units, lang):
                said = unit_sentences(mention.unit, lang)
                purpose = self._purpose(mention, said, page_units)
                if purpose:
                    if purpose == "news":
                        no_context = no_context or mention
                    else:
                        other_purpose = other_purpose or (mention, purpose)
                    continue
                if self._in_context(mention, said, page_units):
                    block, text = mention.unit.block, quote(mention.unit.text, mention.match or said[mention.index].text)
                    if mention.match:
                        return Finding.at(PASS, "second-line.found", lang, page, block, text, body=mention.label)
                    return Finding.at(PASS, "second-line.linked", lang, page, block, text, body=mention.label,
                                      href=mention.href)
                no_context = no_context or mention
        if no_context:
            m = no_context
            return Finding.at(FAIL, "second-line.no-context", lang, m.unit.page, m.unit.block,
                              quote(m.unit.text, m.match), body=m.label)
        if other_purpose:
            m, purpose = other_purpose
            return Finding.at(FAIL, "second-line.other-purpose", lang, m.unit.page, m.unit.block,
                              quote(m.unit.text, m.match), body=m.label)
        for page, page_units in zip(pages, read):
            for unit in page_units:
                text = unit.norm + " " + " ".join(normalise(link.url) for link in unit.links)
                for label, names in self._others.items():
                    found = names.search(text, normalised=True)
                    if found:
                        return Finding.at(FAIL, "second-line.other-ombudsman", lang, page, unit.block,
                                          quote(unit.text, found), found=label)
        return Finding(FAIL, "second-line.missing", lang, pages[0].url,
                       data={"pages": [p.url for p in pages]})

    # -- reading ------------------------------------------------------------------------
    def _mentions(self, page_units: list[Unit], lang: str):
        """Every body named or linked in the page's content, with the sentence that holds it."""
        for unit in page_units:
            said = None
            for key, (label, names, domains) in self._bodies.items():
                named = False
                for found in names.finditer(unit.norm):
                    said = said if said is not None else unit_sentences(unit, lang)
                    named = True
                    yield Mention(key, label, unit, _sentence_of(said, found.group(0)), found.group(0))
                if named:
                    continue
                for link in unit.links:
                    if any(d in link.url for d in domains):
                        said = said if said is not None else unit_sentences(unit, lang)
                        yield Mention(key, label, unit, _sentence_of(said, normalise(link.text)), "", link.url)
                        break

    def _cue(self, mention: Mention, page_units: list[Unit]) -> str:
        """The question or heading just before the mention's block (FAQ, accordion, table
        header), and the section heading unless it is the page's title."""
        unit = mention.unit
        parts = []
        if unit.index:
            before = page_units[unit.index - 1]
            if before.block.tag in _CUE_TAGS or before.norm.rstrip().endswith("?"):
                parts.append(before.norm)
        h1 = [normalise(h) for h in unit.page.h1]
        if unit.heading and unit.heading not in h1:
            parts.append(unit.heading)
        return " ".join(parts)

    def _purpose(self, mention: Mention, said: list[UnitSentence], page_units: list[Unit]) -> str | None:
        """Integrity reports, accessibility or news: read in the mention's sentence and the
        question before it; dissatisfaction in the same words keeps the mention."""
        own = said[mention.index].text if said else mention.unit.norm
        question, same_block = "", False
        if mention.index and said[mention.index - 1].question:
            question, same_block = said[mention.index - 1].text, True
        elif mention.index == 0 and mention.unit.index:
            before = page_units[mention.unit.index - 1]
            if before.norm.rstrip().endswith("?"):
                question = before.norm
        unsatisfied = self._unsatisfied
        for purpose, words in self._purposes.items():
            if words.search(own, normalised=True):
                # "Not satisfied with our answer? Contact the Federal Ombudsman - Integrity Centre" keeps it;
                # a heading "Pas satisfait ?" over a whistleblowing paragraph does not.
                keep = purpose in self._yielding and \
                    unsatisfied.search(own + " " + (question if same_block else ""), normalised=True)
                return None if keep else purpose
            if question and words.search(question, normalised=True):
                keep = purpose in self._yielding and unsatisfied.search(own + " " + question, normalised=True)
                return None if keep else purpose
        return None

    def _in_context(self, mention: Mention, said: list[UnitSentence], page_units: list[Unit]) -> bool:
        own = said[mention.index].text if said else mention.unit.norm
        if self._unsatisfied.search(own, normalised=True) or self._offer.search(own, normalised=True):
            return True
        earlier = " ".join(s.text for s in said[:mention.index])
        return bool(self._unsatisfied.search(earlier + " " + self._cue(mention, page_units), normalised=True))


def _sentence_of(said: list[UnitSentence], words: str) -> int:
    """Index of the first sentence holding ``words`` (normalised), else 0."""
    for i, sentence in enumerate(said):
        if words and words in sentence.text:
            return i
    return 0
