"""complaint-rationale (criterion 4): the complaint pages say why the administration
handles complaints: to improve its services, learn from them, find out what goes wrong,
prevent the same problem coming back, restore or build trust, because quality (or the
reader's satisfaction) matters to it or is what it aims at, or because it listens to users.

What passes, per language version, on the judged pages (complaint pages with their
sub-pages, and the contact page): a sentence that gives a reason **tied to complaints
or feedback**. The reasons (each a concept of ``rules/vocab/rationale.yml``, matched in
any of the four languages):

- improving, learning, listening, "an opportunity": "Vos plaintes nous aident à
  améliorer nos services", "Elke klacht is een leermoment", "Jede Beschwerde ist eine
  Chance, besser zu werden", "We see every complaint as an opportunity";
- the complaint as a source of knowledge: "une information précieuse", "een belangrijke
  bron van informatie", "eine wertvolle Informationsquelle", "it tells us how we are doing",
  a signal or a management tool ("comme un signal utile", "ein Steuerungsinstrument"), a
  mirror of how users experience our services ("laten zien hoe burgers onze dienstverlening
  ervaren"), a measure of quality ("évaluer la qualité de nos services");
- feedback feeding into our work: "L'analyse des plaintes alimente notre plan
  d'amélioration", "Ihre Rückmeldungen fließen in unsere Qualitätsarbeit ein", "elles
  inspirent nos projets";
- checking that we keep our promises or standards ("nagaan of we onze beloftes waarmaken",
  "check whether we keep our promises"); tailoring our services to users' needs ("onze
  dienstverlening afstemmen op de noden van de gebruikers");
- structural measures ("afin que des mesures structurelles soient prises", "structurele
  maatregelen"), also right after a sentence about the complaints;
- the reader's experience benefiting others: "afin que votre expérience serve à d'autres
  usagers", "so that others benefit";
- finding out what goes wrong, a discovery next to what goes wrong: "nous aident à
  détecter ce qui ne fonctionne pas", "om terugkerende problemen op te sporen", "zu
  erkennen, wo etwas schiefläuft", "shows us where our procedures fall short" (not the
  reader's "si vous constatez des erreurs", nor an invitation "faites-le-nous savoir");
- preventing recurrence, also for others: "éviter que des plaintes similaires se
  représentent", "kein zweites Mal", "stop it happening to other people";
- restoring or building trust: "rétablir votre confiance", "Ihr Vertrauen wiederherstellen",
  "draagt bij aan het vertrouwen van de burger", "builds citizens' trust";
- quality said to matter ("Tevreden klanten zijn voor ons uiterst belangrijk"), aimed at
  ("car nous voulons offrir un service orienté client", "met als doel de kwaliteit te
  verhogen", "we willen dat u tevreden bent", "dass jeder Bürger korrekt behandelt wird"), a
  quality policy ("s'inscrit dans notre politique de qualité"), or a commitment complaint
  handling is part of ("part of our commitment to the people we serve");
- what complaints give us, with the complaint (or a pronoun for it) before it: "Vos
  plaintes nous permettent de voir nos services à travers vos yeux", "Klachten geven ons een
  beeld van hoe burgers ons ervaren", "Beschwerden geben uns einen ehrlichen Einblick",
  "Your complaint lets us see things from your side"; what we use them for ("Nous utilisons
  les plaintes reçues pour mieux comprendre vos attentes", "We look at every complaint to
  see whether our rules need changing"); what they make possible ("Grâce aux plaintes, la
  direction peut adapter ses priorités"); not the handling of the reader's own complaint or
  file ("Votre numéro de plainte nous permet de retrouver votre dossier", "Your feedback helps
  us to process your complaint"), a website or form, someone else's conduct ("Vos
  signalements nous aident à contrôler les entreprises") or statistics;
- correcting or reviewing our own work: "Vos observations nous servent à ajuster nos
  façons de faire", "Dankzij uw klacht zien we wat beter kan", "review our procedures",
  "daarna nemen we gerichte maatregelen", "nos procédures sont adaptées", "Complaints tell
  us where we need to change the way we work", "lead to corrective action across the
  organisation", said by us and not about the reader's own file
  ("nous corrigeons votre dossier") nor our answer to one complaint ("welke maatregelen
  we nemen" in the answer).

The tie, one of:

- the same sentence names the complaint or the reader's feedback, including "we want to
  know when things go wrong" ("nous voulons savoir", "wir möchten es wissen");
- it is an item of a list whose lead-in names the complaint and what it enables
  ("La gestion des plaintes nous permet de :", "Grâce à vos plaintes, nous pouvons :",
  "Handling complaints lets us:", "La gestion des plaintes poursuit trois objectifs :"), or a
  list under a label that names the complaint;
- a sentence next to it (same section) speaks of the complaint with a linking word:
  "Nous améliorons sans cesse nos services. Vos remarques nous y aident.", invites the
  unsatisfied reader ("... Vous n'êtes pas satisfait ? Dites-le-nous.", "Si ce n'est pas le
  cas, nous voulons en être informés"), or the reason
  points back at it: "Alle klachten worden geanalyseerd. Zo sporen we structurele
  problemen op", "Nous en tirons des leçons", "Die analyse leidt tot verbeterprojecten",
  "The findings feed into our improvement plan", "Celle-ci vise à ...";
- on a complaint page, learning from our own mistakes or keeping them from coming back needs
  no other tie ("Als er bij ons iets fout loopt, willen we daaruit leren"): it can only be
  said of complaint handling there, where "we keep improving our services" is a slogan;
- it stands under a heading (or tab title) that asks why ("Pourquoi une gestion des
  plaintes ?", a bare "Waarom?" on a complaint page) or values feedback ("Votre avis
  compte"), where putting things right and quality named alone count too; or under one
  that asks what becomes of the feedback ("What do we do with your feedback?").

A slogan on its own ("Nous améliorons sans cesse nos services" next to the address
or the procedure) does not pass and is reported as generic; improving a form or a
website ("help ons deze website te verbeteren"), "to improve the follow-up of your
complaint" or the reader's chances ("um Ihre Chancen auf eine schnelle Lösung zu
verbessern"), is not a reason; the unit that collects complaints is not one either ("Les
plaintes sont centralisées par notre service qualité", "Klachten worden centraal verzameld
door onze kwaliteitsdienst", "the Quality and Continuous Improvement Department");
criminal complaints ("porter plainte à la police") are set aside, and so are sentences
about complaints against someone else or handled by another body ("Une plainte contre
votre employeur est traitée par le Contrôle des lois sociales, qui ...", "the Flemish
Ombudsman, who helps improve ...").

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
from rules.criminal import criminal_complaints
from rules.base import FAIL, PASS, Finding, Rule
from rules.sentences import Sentence, lead_in, mask, read
from rules.vocabulary import VocabularyMixin

# where a clause ends: strong punctuation or a coordinating conjunction (not the comma,
# which opens German subordinate clauses, nor Dutch "en", also the French pronoun "en")
_CLAUSES = re.compile(r"[;:()]|\s(?:and|et|und|but|mais|maar|aber)\s")
REASONS = ("improve", "learn", "listen", "opportunity", "recurrence", "info", "trust", "quality_policy", "others",
           "structural", "check", "needs")
ELSEWHERE = "xelsewherex"  # a complaint about someone else, or another body: their reasons, not ours


class ComplaintRationale(VocabularyMixin, Rule):
    id = "complaint-rationale"
    criterion = 4
    summary = "Why the administration handles complaints"
    vocabulary = "rationale"

    @cached_property
    def _masks(self) -> list[tuple[Phrases, str]]:
        return [(criminal_complaints(), "xpenalx")] + self._v.masks(
            {"not_service": "xnotservicex ", "quality_unit": "xqualityunitx", "elsewhere": ELSEWHERE})

    def norm(self, text: str) -> str:
        return mask(text, self._masks)

    def _near(self, a: str, b: str, text: str, reach: int, after: bool = False) -> bool:
        """``a`` and ``b`` within ``reach`` characters (``after``: ``b`` follows ``a``)."""
        return any(0 <= y.start() - x.start() <= reach if after else abs(x.start() - y.start()) <= reach
                   for x in self._v[a].finditer(text) for y in self._v[b].finditer(text))

    def reason(self, text: str, relaxed: bool = False) -> bool:
        """A reason to handle complaints ("nous aide à améliorer", "een bron van informatie",
        "zu erkennen, wo etwas schiefläuft"); ``relaxed`` (under a "why" heading) accepts
        quality, putting things right or "again" named on their own ("Pour un service de
        qualité"); "Votre plainte est importante" is none."""
        if any(self._has(key, text) for key in REASONS):
            return True
        if (self._corrects(text) or self._detects(text) or self._prevents_recurrence(text) or self._values_quality(text)
                or self._feeds(text) or self._grants(text)):
            return True
        return relaxed and (self._has("quality", text) or self._has("fix", text) or self._has("again", text))

    def _detects(self, text: str) -> bool:
        """Finding out what goes wrong: "nous aident à détecter ce qui ne fonctionne pas",
        "om terugkerende problemen op te sporen", "zu erkennen, wo etwas schiefläuft",
        "shows us where our procedures fall short"; not the reader's own problem ("identifiez
        votre problème") nor an invitation ("Un problème ? Faites-le-nous savoir")."""
        return self._near("detect", "wrong", text, 80)

    def _grants(self, text: str) -> bool:
        """What complaints give us, or what we use them for: "vos plaintes nous permettent de voir
        nos services à travers vos yeux", "Klachten geven ons een beeld van hoe burgers ons
        ervaren", "we use what you tell us to change how we work"; the complaint (or a pronoun
        for it) said before, and not the handling of the reader's own complaint after it
        ("votre numéro de plainte nous permet de retrouver votre dossier", "your details help us
        deal with your complaint")."""
        for found in self._v["grant"].finditer(text):
            before, after = text[max(0, found.start() - 80):found.start()], text[found.end():found.end() + 100]
            subject = self._has("feedback", before) or self._has("backref", before) or self._has("pronoun_subject", before)
            if subject and self._wider(after):
                return True
        for found in self._v["thanks"].finditer(text):
            if self._has("feedback", text[found.end():found.end() + 40]) and self._wider(text[found.end():found.end() + 140]):
                return True
        return any(self._has("feedback", m.group(0)) and self._wider(text[m.end():m.end() + 100])
                   for m in self._v["use"].finditer(text))

    def _wider(self, complement: str) -> bool:
        """What follows is about our work, not the reader's own complaint or file, nor a
        website or form, another body or a criminal complaint (masked before)."""
        if any(token in complement for token in ("xnotservicex", "xqualityunitx", ELSEWHERE, "xpenalx")):
            return False
        return not (self._has("procedural", complement) or self._has("own_case", complement)
                    or self._has("single_case", complement))

    def _feeds(self, text: str) -> bool:
        """Feedback feeding into our work: "L'analyse des plaintes alimente notre plan
        d'amélioration", "Ihre Rückmeldungen fließen in unsere Qualitätsarbeit ein", "worden
        meegenomen in ons beleid", "feed into our policy"; not "Votre plainte est transmise à
        nos services" (no feeding verb) nor "geht bei unserer Dienststelle ein" (arrives)."""
        return self._has("feeds", text) and (self._near("feeds", "target", text, 80, after=True) or self._has("quality", text))

    def _values_quality(self, text: str) -> bool:
        """Quality named as what matters to us or what we aim at: "la qualité nous tient à
        cœur", "car nous voulons offrir un service orienté client", "met als doel de kwaliteit
        te verhogen", or a commitment complaint handling is part of ("fait partie de nos
        engagements envers les usagers"); not "la qualité de nos services vous a déçu ?"."""
        return (self._near("quality", "importance", text, 60) or self._near("aim", "quality", text, 80, after=True)
                or (self._near("feedback", "part_of", text, 60, after=True)
                    and self._near("part_of", "commitment", text, 60, after=True)))

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
            yield self._judge(lang, pages, site.versions[lang].complaint_pages)

    def _judge(self, lang: str, pages: list[Page], complaint_pages: list[Page]) -> Finding:
        generic: Sentence | None = None
        for page in pages:
            blocks = read(page, self.norm)
            sentences = [s for block in blocks for s in block]
            for i, s in enumerate(sentences):
                if ELSEWHERE in s.norm:
                    continue
                why_heading = self._why_heading(s.label, page in complaint_pages)
                if not self.reason(s.norm, relaxed=why_heading):
                    continue
                if (self._has("feedback", s.norm) or why_heading or self._fate_heading(s.label)
                        or self._introduced(s, blocks) or self._linked(sentences, i)
                        or (page in complaint_pages and self._learns_from_mistakes(s.norm))):
                    return Finding.at(PASS, "rationale.found", lang, s.page, s.block, s.text[:300])
                generic = generic or s
        if generic is not None:
            return Finding.at(FAIL, "rationale.generic", lang, generic.page, generic.block, generic.text[:300])
        return Finding(FAIL, "rationale.missing", lang, pages[0].url, data={"pages": [p.url for p in pages]})

    def _learns_from_mistakes(self, text: str) -> bool:
        """On a complaint page, learning from our own mistakes or keeping them from coming back
        is said of complaint handling even without the word: "Lorsque nous commettons une erreur,
        nous voulons en tirer les leçons pour ne pas la répéter"; improving or quality said alone
        is a slogan ("Nous améliorons sans cesse nos services")."""
        if not self._has("we", text) or self._has("own_case", text):
            return False
        return self._has("learn", text) or self._prevents_recurrence(text) or self._detects(text)

    def _why_heading(self, label: str, on_complaint_page: bool) -> bool:
        """A heading that asks why complaints are handled or values feedback ("Pourquoi une
        gestion des plaintes ?", "Ihre Meinung ist uns wichtig"), or a bare "Waarom?" on a
        complaint page; not "À quoi sert ce formulaire ?"."""
        if self._has("why", label) and self._has("feedback", label):
            return True
        return on_complaint_page and self._has("why_bare", label)

    def _fate_heading(self, label: str) -> bool:
        """A heading that asks what becomes of the feedback ("Que faisons-nous de vos
        plaintes ?", "What do we do with your feedback?")."""
        return self._has("fate", label) and self._has("feedback", label)

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
                                                                 or self._has("structural", sentences[i].norm)
                                                                 or self._points_back(sentences[i].norm))):
                    return True
        return False
