"""complaint-definition (criterion 4): the complaint pages say what the administration
understands by a complaint, and typically what is not one.

What passes, per language version, on the judged pages (complaint pages with their
sub-pages, and the contact page):

- **definition**: a sentence defines the notion: the complaint, a copula and the
  expression of dissatisfaction ("une plainte est l'expression d'une insatisfaction",
  "een klacht is een uiting van ongenoegen", "eine Beschwerde ist eine Äußerung der
  Unzufriedenheit", "a complaint is an expression of dissatisfaction", "een klacht is
  wanneer je niet tevreden bent"), or a meaning verb ("on entend par plainte ...",
  "wordt als klacht beschouwd", "gilt als Beschwerde", "by a complaint we mean ...")
  with a dissatisfaction, an expression or a subject; or any of these under a heading
  that asks "Qu'est-ce qu'une plainte ?" / "Wat is een klacht?";
- **scope**: what a complaint can be about: a scope verb ("peut porter sur", "kan
  betrekking hebben op", "kann sich auf ... beziehen", "can relate to") followed by at
  least one subject (the service delivered, the way it was delivered, the attitude of
  staff, the application of rules, delays or errors), or a complaint named with two
  different subjects ("une plainte sur la manière dont ... ou sur l'attitude ..."),
  in the sentence or in the list it introduces;
- **exclusions**: an explicit statement of what is not a complaint or is not handled
  ("n'est pas une plainte", "geen klacht", "keine Beschwerde", "not a complaint",
  "irrecevable", "niet ontvankelijk", "unzulässig", "we do not handle") tied to the
  complaint and naming at least one excluded kind (anonymous complaints, facts older
  than a year, information requests, policy or legislation, matters under appeal or
  in court, other authorities, the ombudsman, offensive language, suggestions,
  unfounded or already handled complaints, criminal complaints), in the sentence, the
  list it introduces, or under a heading "Ce qui n'est pas une plainte" / "Wat is geen
  klacht?".

Not enough: the logo text "Des plaintes sur nos prestations ?" (one subject, no
scope verb: reported as vague), "votre plainte est traitée dans les 30 jours" (a
copula, no definition), "n'hésitez pas à introduire une plainte" (not a negation of
the complaint), "une plainte n'est pas un recours" alone (criterion 3, not a
definition), and criminal complaints ("porter plainte"), which never count.

**Anti-pattern** (fails: says where to send a complaint, not what one is)::

    <h2>Des plaintes sur nos prestations ?</h2>
    <p>Envoyez votre plainte à plaintes@agence.be.</p>

**Best practice**::

    <p>Une plainte est l'expression d'une insatisfaction sur le service rendu, la
       manière dont il a été rendu ou l'attitude d'un collaborateur.</p>
    <p>Ne sont pas des plaintes : les demandes d'information, les plaintes anonymes,
       les faits de plus d'un an.</p>
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cached_property

from crawler.page import HEADINGS, Block, Page
from crawler.text import Phrases, normalise
from rules.base import FAIL, PASS, Finding, Rule
from rules.vocabulary import load_vocab, phrases

Span = tuple[int, int]
_SENTENCE_END = re.compile(r"(?<=[.:])\s+(?=[^\w\s]*[A-ZÀ-ÖØ-Þ0-9])|(?<=[!?;])\s+")
_WORD = re.compile(r"\w+")
LIST_TAGS = frozenset(("li", "dd", "dt", "td", "th", "option"))
LABEL_TAGS = HEADINGS | {"summary", "dt", "th", "caption", "legend"}
PRIORITY = ("definition.found", "definition.scope", "definition.exclusions")


@dataclass
class Sentence:
    page: Page
    block: Block
    index: int       # the block's position among the page's blocks
    number: int      # the sentence's position in its block
    text: str        # as written, for evidence
    norm: str        # normalised, masks applied
    label: str       # the nearest heading, summary or question above, normalised


class ComplaintDefinition(Rule):
    id = "complaint-definition"
    criterion = 4
    summary = "What a complaint is (and is not)"

    @cached_property
    def _vocab(self) -> dict:
        return load_vocab("definition")

    @cached_property
    def _v(self) -> dict[str, Phrases]:
        return {key: phrases(entry) for key, entry in self._vocab.items()
                if key not in ("mask", "scope", "excluded")}

    @cached_property
    def _scope(self) -> dict[str, Phrases]:
        return {kind: phrases(entry) for kind, entry in self._vocab["scope"].items()}

    @cached_property
    def _excluded(self) -> dict[str, Phrases]:
        return {kind: phrases(entry) for kind, entry in self._vocab["excluded"].items()}

    @cached_property
    def _masks(self) -> list[tuple[Phrases, str]]:
        masks = self._vocab["mask"]
        return [(phrases(masks["criminal"]), "xpenalx"), (phrases(masks["not_negation"]), "xnotnegx"),
                (phrases(masks["dissatisfied"]), "xdissatx")]

    def norm(self, text: str) -> str:
        text = normalise(text)
        for matcher, token in self._masks:
            parts, last = [], 0
            for m in matcher.finditer(text):
                parts += [text[last:m.start()], token]
                last = m.end()
            text = "".join(parts) + text[last:]
        return text

    def _s(self, key: str, text: str) -> list[Span]:
        return [(m.start(), m.end()) for m in self._v[key].finditer(text)]

    def _has(self, key: str, text: str) -> bool:
        return bool(self._v[key].search(text, normalised=True))

    def scope_kinds(self, text: str) -> set[str]:
        return {kind for kind, matcher in self._scope.items() if matcher.search(text, normalised=True)}

    def excluded_kinds(self, text: str) -> set[str]:
        return {kind for kind, matcher in self._excluded.items() if matcher.search(text, normalised=True)}

    # -- reading the pages ----------------------------------------------------------
    def sentences(self, page: Page) -> list[list[Sentence]]:
        out, label = [], ""
        for index, block in enumerate(page.blocks):
            if block.chrome:
                out.append([])
                continue
            text = block.text.strip()
            if block.tag in LABEL_TAGS or (len(text) <= 80 and text.endswith(("?", ":"))):
                label = self.norm(text)
            out.append([Sentence(page, block, index, n, part.strip(), self.norm(part), label)
                        for n, part in enumerate(_SENTENCE_END.split(text)) if part.strip()])
        return out

    def _continuation(self, s: Sentence, blocks: list[list[Sentence]]) -> str:
        """What this sentence introduces: the rest of its block and, when it opens a list
        (ends the block or ends with ':'), the list items that follow."""
        own = blocks[s.index]
        parts = [x.norm for x in own[s.number + 1:]]
        if s.number == len(own) - 1 or s.text.endswith(":"):
            for later in blocks[s.index + 1:s.index + 16]:
                if not later:
                    continue
                if later[0].block.tag not in LIST_TAGS:
                    break
                parts += [x.norm for x in later]
        return " | ".join(parts)

    def check(self, site):
        for lang in site.languages:
            pages = site.versions[lang].judged_pages
            if not pages:
                yield Finding(FAIL, "site.no-complaint-page", lang)
                continue
            yield self._judge(lang, pages)

    def _judge(self, lang: str, pages: list[Page]) -> Finding:
        found: dict[str, Sentence] = {}
        vague: Sentence | None = None
        for page in pages:
            blocks = self.sentences(page)
            for block_sentences in blocks:
                for s in block_sentences:
                    kind = self._kind(s, blocks)
                    if kind and kind not in found:
                        found[kind] = s
                    if vague is None and not kind and self._has("complaint", s.norm) and self.scope_kinds(s.norm):
                        vague = s
        for kind in PRIORITY:
            if kind in found:
                s = found[kind]
                return Finding.at(PASS, kind, lang, s.page, s.block, s.text[:300])
        if vague is not None:
            return Finding.at(FAIL, "definition.vague", lang, vague.page, vague.block, vague.text[:300])
        return Finding(FAIL, "definition.missing", lang, pages[0].url, data={"pages": [p.url for p in pages]})

    # -- one sentence ---------------------------------------------------------------
    def _kind(self, s: Sentence, blocks) -> str | None:
        t = s.norm
        complaints = self._s("complaint", t)
        if complaints and self._defines(t, complaints):
            return "definition.found"
        following = None
        if complaints:
            following = self._continuation(s, blocks)
            if self._scoped(t, complaints, following):
                return "definition.scope"
            if self._excludes(t, complaints) and self.excluded_kinds(t + " | " + following):
                return "definition.exclusions"
        # under a heading that asks what a complaint is (not) (the heading itself excluded)
        if s.label and self.norm(s.block.text) != s.label:
            if self._has("what_is_not", s.label) or (self._excludes(s.label, self._s("complaint", s.label))):
                if self.excluded_kinds(t):
                    return "definition.exclusions"
            elif self._has("what_is", s.label):
                if self._has("dissatisfaction", t) or self._has("expression", t) or self.scope_kinds(t):
                    return "definition.found"
        # a list item under an intro that excludes ("Ne sont pas recevables :")
        if s.number == 0 and s.block.tag in LIST_TAGS:
            intro = self._intro(s, blocks)
            if intro and self._excludes(intro, self._s("complaint", intro)) and self.excluded_kinds(t):
                return "definition.exclusions"
        return None

    def _generic(self, t: str, c: Span) -> bool:
        """"une plainte", "complaints", not "votre plainte"."""
        return not self._v["particular"].search(t[max(0, c[0] - 20):c[0]], normalised=True)

    def _defines(self, t: str, complaints: list[Span]) -> bool:
        copulas, meanings = self._s("copula", t), self._s("meaning", t)
        for c in complaints:
            for r in copulas:
                if not (c[1] <= r[0] <= c[1] + 60) or self._has("conditional", t[c[1]:r[0]]):
                    continue
                head = t[r[1]:r[1] + 60]
                words = _WORD.findall(head)[:5]
                lead = " ".join(words)
                rest = t[r[1]:]
                if self._has("expression", lead) and (self._has("dissatisfaction", rest) or self.scope_kinds(rest)):
                    return True
                if self._generic(t, c) and self._has("dissatisfaction", " ".join(words[:3])):
                    return True
                if self._has("when", " ".join(words[:2])) and self._has("dissatisfaction", rest):
                    return True
            if self._generic(t, c):
                for m in meanings:
                    if abs(m[0] - c[0]) <= 60 and (self._has("dissatisfaction", t) or self._has("expression", t)
                                                   or self.scope_kinds(t)):
                        return True
        return False

    def _scoped(self, t: str, complaints: list[Span], following: str) -> bool:
        for c in complaints:
            for v in self._s("scope_verb", t):
                if c[1] <= v[0] <= c[1] + 80 and self.scope_kinds(t[v[0]:] + " | " + following):
                    return True
        # "une plainte sur la manière dont ... ou sur l'attitude ...": two subjects after "about"
        for c in complaints:
            if not self._generic(t, c) or self._has("conditional", t[:c[0]]):
                continue
            for a in self._s("about", t):
                if c[1] <= a[0] <= c[1] + 40 and len(self.scope_kinds(t[a[0]:] + " | " + following)) >= 2:
                    return True
        return False

    def _excludes(self, t: str, complaints: list[Span]) -> bool:
        """The complaint negated ("n'est pas une plainte", "geen klacht") or said not to
        be handled ("irrecevable", "we do not handle"), the negation not inside an "if"."""
        negations = self._s("negation", t)
        for c in complaints:
            for n in negations:
                if 0 <= c[0] - n[1] <= 30 and len(_WORD.findall(t[n[1]:c[0]])) <= 4:
                    return True
        if complaints:
            for h in self._s("not_handled", t):
                if not self._has("conditional", t[:h[0]]):
                    return True
        return False

    def _intro(self, s: Sentence, blocks) -> str:
        """The text just before a list: the last block that is not a list item."""
        for earlier in reversed(blocks[max(0, s.index - 15):s.index]):
            if earlier and earlier[0].block.tag not in LIST_TAGS:
                return " | ".join(x.norm for x in earlier)
        return ""
