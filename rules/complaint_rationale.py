"""complaint-rationale (criterion 4): the complaint pages say why the administration
handles complaints: to improve its services, learn from them, prevent the same
problem coming back, because quality matters to it, or because it listens to users.

What passes, per language version, on the judged pages (complaint pages with their
sub-pages, and the contact page): a sentence that gives a reason (improve, learn,
prevent recurrence, "quality is important to us", listening, "an opportunity for
us") **tied to complaints or feedback**, in one of four ways:

- the same sentence names the complaint or the reader's feedback: "Vos plaintes nous
  aident à améliorer nos services", "Dankzij uw klacht kunnen we gelijkaardige
  problemen voorkomen", "Ihre Beschwerde hilft uns, besser zu werden";
- it is an item of a list whose lead-in names the complaint and what it enables:
  "La gestion des plaintes nous permet de : réparer une erreur ; tirer les leçons de
  nos manquements", "Handling complaints lets us:" followed by a bulleted list, or a
  list under a label that names the complaint ("Met uw klachten kunnen wij:");
- a sentence next to it (same section) speaks of the complaint with a linking word:
  "Nous améliorons sans cesse nos services. Vos remarques nous y aident.", invites
  the unsatisfied reader: "... Vous n'êtes pas satisfait ? Dites-le-nous.", or the
  reason points back at it: "Alle klachten worden geanalyseerd. Zo sporen we
  structurele problemen op";
- correcting our own work counts as a reason too ("Vos observations nous servent à
  ajuster nos façons de faire", "Dankzij uw klacht zien we wat beter kan", "They tell
  us what we should fix first", "daarna nemen we gerichte maatregelen"), said by us and
  not about the reader's own file ("nous corrigeons votre dossier") nor about our answer
  to one complaint ("welke maatregelen we nemen" in the answer); a sentence that points
  back with a pronoun ("elles", "nous en tirons", "ze", "daaruit", "daraus", "they") at
  complaints named in the sentence before is tied to them;
- it stands under a heading (or tab title) that asks why ("Pourquoi une gestion des
  plaintes ?") or values feedback ("Votre avis compte").

A slogan on its own ("Nous améliorons sans cesse nos services" next to the address
or the procedure) does not pass and is reported as generic; improving a form or a
website, or "to speed up the handling of your complaint", is not a reason; the unit
that collects complaints is not one either ("Les plaintes sont centralisées par notre
service qualité", "Klachten worden centraal verzameld door onze kwaliteitsdienst":
quality is a reason only as the word itself, said to matter); criminal complaints
("porter plainte") are set aside.

**Anti-pattern** (fails: a slogan, not tied to complaints)::

    <p>Nous améliorons sans cesse nos services.</p>
    <p>Pour introduire une plainte, utilisez le formulaire en ligne.</p>

**Best practice**::

    <p>Chaque plainte nous aide à améliorer nos services et à éviter que le même
       problème ne se reproduise.</p>
"""

from __future__ import annotations

import re
from functools import cached_property

from crawler.page import Page
from crawler.text import Phrases
from rules.base import FAIL, PASS, Finding, Rule
from rules.sentences import Sentence, lead_in, mask, read
from rules.vocabulary import load_vocab, phrases

# where a clause ends: strong punctuation or a coordinating conjunction (not the comma,
# which opens German subordinate clauses, nor Dutch "en", also the French pronoun "en")
_CLAUSES = re.compile(r"[;:()]|\s(?:and|et|und|but|mais|maar|aber)\s")
REASONS = ("improve", "learn", "listen", "opportunity", "recurrence")


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
        return [(phrases(masks["criminal"]), "xpenalx"), (phrases(masks["not_service"]), "xnotservicex "),
                (phrases(masks["quality_unit"]), "xqualityunitx")]

    def norm(self, text: str) -> str:
        return mask(text, self._masks)

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
        if self._corrects(text):
            return True
        if self._prevents_recurrence(text) or self._near("quality", "importance", text, 60):
            return True
        return relaxed and (self._has("quality", text) or self._has("fix", text) or self._has("again", text))

    def _corrects(self, text: str) -> bool:
        """Correcting or adjusting our own work ("ajuster nos façons de faire", "wat er
        beter kan", "take concrete measures"), said by us and not about the reader's own
        file ("nous corrigeons votre dossier", "korrigieren Sie Ihre Angaben")."""
        if not self._has("we", text) or self._has("own_case", text):
            return False
        return self._has("adjust", text) or (self._has("measures", text) and not self._has("single_case", text))

    def _prevents_recurrence(self, text: str) -> bool:
        """A prevention about the same problem coming back: "éviter que des plaintes
        similaires se représentent", "gelijkaardige klachten voorkomen"; with a future
        word only when a problem is named and the prevention is ours ("help us avoid
        mistakes in future", not "to avoid errors, use the form from now on")."""
        for p in self._v["prevent"].finditer(text):
            window = text[max(0, p.start() - 60):p.end() + 80]
            if self._has("again", window):
                return True
            if self._has("future", window) and self._has("problem", window) and self._has("we", text):
                return True
        return False

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
            blocks = read(page, self.norm)
            sentences = [s for block in blocks for s in block]
            for i, s in enumerate(sentences):
                why_heading = self._has("why", s.label) and self._has("feedback", s.label)
                if not self.reason(s.norm, relaxed=why_heading):
                    continue
                if (self._has("feedback", s.norm) or why_heading or self._introduced(s, blocks)
                        or self._linked(sentences, i)):
                    return Finding.at(PASS, "rationale.found", lang, s.page, s.block, s.text[:300])
                generic = generic or s
        if generic is not None:
            return Finding.at(FAIL, "rationale.generic", lang, generic.page, generic.block, generic.text[:300])
        return Finding(FAIL, "rationale.missing", lang, pages[0].url, data={"pages": [p.url for p in pages]})

    def _introduced(self, s: Sentence, blocks: list[list[Sentence]]) -> bool:
        """An item of a list of reasons: a list item under a heading that names the
        complaint ("Votre plainte"), or an item whose lead-in names the complaint with
        what it enables ("La gestion des plaintes nous permet de : ... ; tirer les leçons
        ...", "Handling complaints lets us:" then a list)."""
        if s.is_item and self._has("feedback", s.label):
            return True
        lead = lead_in(s, blocks)
        return bool(lead) and self._has("feedback", lead) and self._has("enable", lead)

    def _points_back(self, text: str) -> bool:
        """A clause that points back with a pronoun at the complaints of the sentence
        before and gives the reason itself ("Nous en tirons des leçons", "They tell us what
        we should fix first", "Daraus ergreifen wir Maßnahmen"); not "They are registered
        and we adjust our opening hours" (the pronoun in one clause, the reason in another)."""
        return any(self._has("backref", clause) and self.reason(clause)
                   for clause in _CLAUSES.split(text))

    def _linked(self, sentences: list[Sentence], i: int) -> bool:
        """A neighbouring sentence of the same section speaks of the complaint, and one of
        the two links them: "Vos remarques nous y aident", "Pas satisfait ? Dites-le-nous",
        or the reason opens with a word pointing back ("Alle klachten worden geanalyseerd.
        Zo sporen we structurele problemen op")."""
        for j in (i - 1, i + 1):
            if 0 <= j < len(sentences) and sentences[j].label == sentences[i].label:
                other = sentences[j].norm
                if not self._has("feedback", other):
                    continue
                if self._has("link", other) or (j == i - 1 and (self._has("thereby", sentences[i].norm)
                                                                 or self._points_back(sentences[i].norm))):
                    return True
        return False
