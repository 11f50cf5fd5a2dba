"""complaint-rationale (criterion 4): the complaint pages say why the administration
handles complaints: to improve its services, learn from them, prevent the same
problem coming back, because quality matters to it, or because it listens to users.

What passes, per language version, on the judged pages (complaint pages with their
sub-pages, and the contact page): a sentence that gives a reason (improve, learn,
prevent recurrence, "quality is important to us", listening, "an opportunity for
us") **tied to complaints or feedback**, in one of three ways:

- the same sentence names the complaint or the reader's feedback: "Vos plaintes nous
  aident à améliorer nos services", "Dankzij uw klacht kunnen we gelijkaardige
  problemen voorkomen", "Ihre Beschwerde hilft uns, besser zu werden";
- a sentence next to it (same section) speaks of the complaint with a linking word:
  "Nous améliorons sans cesse nos services. Vos remarques nous y aident.", or invites
  the unsatisfied reader: "... Vous n'êtes pas satisfait ? Dites-le-nous.";
- it stands under a heading that asks why ("Pourquoi une gestion des plaintes ?") or
  values feedback ("Votre avis compte").

A slogan on its own ("Nous améliorons sans cesse nos services" next to the address
or the procedure) does not pass and is reported as generic; improving a form or a
website, or "to speed up the handling of your complaint", is not a reason;
criminal complaints ("porter plainte") are set aside.

**Anti-pattern** (fails: a slogan, not tied to complaints)::

    <p>Nous améliorons sans cesse nos services.</p>
    <p>Pour introduire une plainte, utilisez le formulaire en ligne.</p>

**Best practice**::

    <p>Chaque plainte nous aide à améliorer nos services et à éviter que le même
       problème ne se reproduise.</p>
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cached_property

from crawler.page import HEADINGS, Block, Page
from crawler.text import Phrases, normalise
from rules.base import FAIL, PASS, Finding, Rule
from rules.vocabulary import load_vocab, phrases

_SENTENCE_END = re.compile(r"(?<=[.:])\s+(?=[^\w\s]*[A-ZÀ-ÖØ-Þ0-9])|(?<=[!?;])\s+")
REASONS = ("improve", "learn", "listen", "opportunity", "recurrence")
LIST_TAGS = frozenset(("li", "dd", "td", "th"))
LABEL_TAGS = HEADINGS | {"summary", "dt", "th", "caption", "legend"}


@dataclass
class Sentence:
    page: Page
    block: Block
    text: str      # as written, for evidence
    norm: str      # normalised, masks applied
    heading: str   # the section's heading, summary or question, normalised


class ComplaintRationale(Rule):
    id = "complaint-rationale"
    criterion = 4
    summary = "Why the administration handles complaints"

    @cached_property
    def _v(self) -> dict[str, Phrases]:
        return {key: phrases(entry) for key, entry in load_vocab("rationale").items() if key != "mask"}

    @cached_property
    def _masks(self) -> list[tuple[Phrases, str]]:
        masks = load_vocab("rationale")["mask"]
        return [(phrases(masks["criminal"]), "xpenalx"), (phrases(masks["not_service"]), "xnotservicex ")]

    def norm(self, text: str) -> str:
        text = normalise(text)
        for matcher, token in self._masks:
            parts, last = [], 0
            for m in matcher.finditer(text):
                parts += [text[last:m.start()], token]
                last = m.end()
            text = "".join(parts) + text[last:]
        return text

    def _has(self, key: str, text: str) -> bool:
        return bool(self._v[key].search(text, normalised=True))

    def _near(self, a: str, b: str, text: str, reach: int) -> bool:
        return any(abs(x.start() - y.start()) <= reach
                   for x in self._v[a].finditer(text) for y in self._v[b].finditer(text))

    def reason(self, text: str, relaxed: bool = False) -> bool:
        """A reason to handle complaints; ``relaxed`` (under a "why" heading) accepts
        quality or satisfaction named on its own."""
        if any(self._has(key, text) for key in REASONS):
            return True
        if self._near("prevent", "again", text, 80) or self._near("quality", "importance", text, 60):
            return True
        return relaxed and (self._has("quality", text) or self._has("fix", text) or self._has("again", text))

    # -- reading the pages ----------------------------------------------------------
    def sentences(self, page: Page) -> list[Sentence]:
        """The page's sentences, each with the nearest heading, summary or short
        question above it (its section)."""
        out, label = [], ""
        for block in page.blocks:
            if block.chrome:
                continue
            text = block.text.strip()
            if block.tag in LABEL_TAGS or (len(text) <= 80 and text.endswith("?")):
                label = self.norm(text)
            for part in _SENTENCE_END.split(text):
                if part.strip():
                    out.append(Sentence(page, block, part.strip(), self.norm(part), label))
        return out

    def check(self, site):
        for lang in site.languages:
            pages = site.versions[lang].judged_pages
            if not pages:
                yield Finding(FAIL, "site.no-complaint-page", lang)
                continue
            yield self._judge(lang, pages)

    def _judge(self, lang: str, pages: list[Page]) -> Finding:
        generic: Sentence | None = None
        for page in pages:
            sentences = self.sentences(page)
            for i, s in enumerate(sentences):
                why_heading = self._has("why", s.heading) and self._has("feedback", s.heading)
                if not self.reason(s.norm, relaxed=why_heading):
                    continue
                in_list = s.block.tag in LIST_TAGS and self._has("feedback", s.heading)  # a list under "Votre plainte"
                if self._has("feedback", s.norm) or why_heading or in_list or self._linked(sentences, i):
                    return Finding.at(PASS, "rationale.found", lang, s.page, s.block, s.text[:300])
                generic = generic or s
        if generic is not None:
            return Finding.at(FAIL, "rationale.generic", lang, generic.page, generic.block, generic.text[:300])
        return Finding(FAIL, "rationale.missing", lang, pages[0].url, data={"pages": [p.url for p in pages]})

    def _linked(self, sentences: list[Sentence], i: int) -> bool:
        """A neighbouring sentence of the same section speaks of the complaint with a
        linking word ("Vos remarques nous y aident", "Pas satisfait ? Dites-le-nous")."""
        for j in (i - 1, i + 1):
            if 0 <= j < len(sentences) and sentences[j].block.heading == sentences[i].block.heading:
                other = sentences[j].norm
                if self._has("feedback", other) and self._has("link", other):
                    return True
        return False
