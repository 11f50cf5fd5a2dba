"""complaint-procedure (criterion 4): the complaint pages explain how and where to file
a complaint and what happens to it next.

Read clause by clause (``rules/sentences.py``, ``units``), in the language of the version:

- **how** is an action of the complainant told to the reader ("introduisez votre
  plainte", "u kunt uw klacht indienen", "Sie können ... senden", "you can send")
  with a channel (form, e-mail, post, counter, an address); a member of the public
  who may file ("les visiteurs peuvent le faire à l'accueil", "any person may lodge a
  complaint in writing": a modal whose subject is not the administration); a lead-in
  whose channels are the list items after it ("Je kan je klacht indienen:" + items);
  under a how-to-file question ("Waar kan ik terecht met een klacht?") an infinitive or
  a verbless answer ("Par e-mail à plaintes@..."); filing said as a noun with its
  channel ("Einreichung Ihrer Beschwerde per E-Mail", "1) indienen via e-mail of brief",
  "Réception de votre plainte (formulaire, courriel) → ..."); a complaint heading, the
  complaint service or a channel label beside a contact detail ("Plaintes :
  plaintes@...", "E-Mail : beschwerde@..."); or a link to a complaint form, or the
  complaint form itself on the page;
- **next** is an action of the administration on the complaint ("nous examinons",
  "le coordinateur l'enregistre", "il vous recontacte", "uw klacht wordt onderzocht",
  "our coordinator, who will contact you", "we'll get back to you"), a time stated for
  the answer or the acknowledgement, or handling nouns as the steps of a sequence
  ("→ enregistrement → examen → réponse", "2) registratie door de klachtencoördinator").

A promised answer is what happens next: "Écrivez-nous à plaintes@... Nous vous
répondrons dans les plus brefs délais." passes (where to file, and that an answer
follows); an address alone, or "contactez-nous", does not.

Neither counts in a question, a condition ("si vous envoyez votre plainte par
recommandé, conservez le récépissé"), a denial, an announcement ("un formulaire sera
bientôt disponible"), figures about past years, or a sentence about another body (the
Ombudsman's own handling, the police, an inspection) or another matter (a criminal
complaint, a tax objection, a report against a company), nor in the answer to a
question or under a heading about another matter ("Un problème avec une entreprise ?
Signalez-le via le Point de contact"). "Porter plainte" is a criminal complaint only
beside the police, the prosecutor or an offence (``rules/criminal.py``). A word alone
("service des plaintes", "Complaints handling", "schriftelijk") is neither half.

**Anti-pattern** (fails: where to write, but not what happens then)::

    <h1>Plaintes</h1><p>Vous pouvez nous écrire : plaintes@agence.be.</p>

**Best practice**::

    <h1>Gestion des plaintes</h1>
    <p>Introduisez votre plainte via le formulaire en ligne ou par courrier.</p>
    <p>Le coordinateur des plaintes l'enregistre, l'examine et vous envoie une réponse motivée.</p>
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import cached_property

from crawler.page import Page, css_path
from crawler.text import Phrases, normalise
from rules.base import FAIL, PASS, Finding, Rule
from rules.criminal import criminal_complaints
from rules.sentences import Unit, UnitSentence, grammar, original_words, page_title, quote, unit_sentences, units
from rules.number_words import number_pattern
from rules.vocabulary import load_vocab

# a document link, its file named in the path or in the query ("/dl?file=formulaire.pdf")
_DOCUMENT = re.compile(r"\.(pdf|docx?|odt|rtf)(\?|#|$)", re.I)
# a label before a colon: "E-mail : ...", "Adresse postale : ..."
_LABEL = re.compile(r"^\W*([\w .'-]{1,30}?)\s*:\s")
# where a step starts: a number ("1)", "2.", "Étape 3 :", "Stap 1:") or an arrow of a flowchart
_STEP_MARK = re.compile(r"^\W*((etape|stap|schritt|step) \d+\W*|\d{1,2}[.)]\s)")
_STEP_CUT = re.compile(r"\s*(?:->|=>|\u2192|\u27f6|\u21d2)\s*|(?:^|[:;,]\s*)(?=\d{1,2}\)\s)")


@dataclass(frozen=True)
class Said:
    """Where one half of the procedure is said: the unit, and the words (normalised)."""

    unit: Unit
    match: str

    @property
    def page(self) -> Page:
        return self.unit.page

    @property
    def words(self) -> str:
        return original_words(self.unit.text, self.match)[:80]


class _Language:
    """The vocabulary of one language, compiled."""

    def __init__(self, vocab: dict, lang: str):
        def table(key: str) -> Phrases:
            return Phrases(vocab[key].get(lang, []))

        self.how, self.needs_modal, self.passive = table("how"), table("needs_modal"), table("passive")
        self.manner, self.how_question = table("manner"), table("how_question")
        self.modal, self.passive_modal = table("modal"), table("passive_modal")
        self.channel, self.other_form, self.announced = table("channel"), table("other_form"), table("announced")
        self.next, self.timed, self.time_unit = table("next"), table("timed"), table("time_unit")
        self.public_modal, self.infinitive = table("public_modal"), table("infinitive")
        self.filing_noun, self.handling_noun = table("filing_noun"), table("handling_noun")
        self.receipt_noun = table("receipt_noun")
        self.handling_question, self.relative = table("handling_question"), table("relative")
        self.contractions = [(re.compile(old), new) for old, new in vocab["contractions"].get(lang, [])]
        self.number = re.compile(r"(?<!\w)" + number_pattern(lang) + r"(?!\w)")
        self.grammar = grammar(lang)
        self.lang = lang


class ComplaintProcedure(Rule):
    id = "complaint-procedure"
    criterion = 4
    summary = "The procedure is described: how and where to file, what happens next"

    @cached_property
    def _vocab(self) -> dict:
        return load_vocab("procedure")

    @cached_property
    def _languages(self) -> dict[str, _Language]:
        return {}

    def _lang(self, lang: str) -> _Language:
        if lang not in self._languages:
            self._languages[lang] = _Language(self._vocab, lang)
        return self._languages[lang]

    @cached_property
    def _topic(self) -> dict[str, Phrases]:
        return {key: Phrases(values) for key, values in self._vocab["topic"].items()}

    @cached_property
    def _detail(self) -> Phrases:
        return Phrases(self._vocab["detail"])

    @cached_property
    def _service(self) -> Phrases:
        return Phrases(self._vocab["service"])

    @cached_property
    def _answer_opening(self) -> Phrases:
        return Phrases(self._vocab["answer_opening"])

    @cached_property
    def _form_link(self) -> Phrases:
        return Phrases(self._vocab["form_link"])

    @cached_property
    def _form_word(self) -> Phrases:
        return Phrases(self._vocab["form_word"])

    @cached_property
    def _off_page(self) -> tuple[Phrases, Phrases]:
        spec = self._vocab["off_topic_page"]
        return Phrases(spec["always"]), Phrases(spec["unless_complaint"])

    def check(self, site):
        for lang in site.languages:
            version = site.versions[lang]
            pages = version.judged_pages
            how, then = self._read(lang, pages, version.complaint_pages) if pages else (None, None)
            if how and then:
                yield Finding.at(PASS, "procedure.found", lang, how.page, how.unit.block, quote(how.unit.text, how.match),
                                 how=how.words, next=then.words, next_url=then.page.url,
                                 next_text=quote(then.unit.text, then.match))
            elif not version.complaint_pages:
                yield Finding(FAIL, "site.no-complaint-page", lang,
                              version.contact.url if version.contact else None)
            elif how:
                yield Finding.at(FAIL, "procedure.missing-next", lang, how.page, how.unit.block,
                                 quote(how.unit.text, how.match))
            elif then:
                yield Finding.at(FAIL, "procedure.missing-how", lang, then.page, then.unit.block,
                                 quote(then.unit.text, then.match))
            else:
                yield Finding(FAIL, "procedure.missing", lang, version.complaint_pages[0].url)

    # -- reading ------------------------------------------------------------------------
    def _read(self, lang: str, pages, complaint_pages) -> tuple[Said | None, Said | None]:
        words = self._lang(lang)
        how = then = linked = None  # a statement is better evidence than a link to the form
        for page in pages:
            if self._off_topic_page(page):
                continue
            on_complaint_page = any(page is p for p in complaint_pages)
            page_units = units(page)
            for unit in page_units:
                if linked is None:
                    linked = self._form_link_in(unit, words)
                if unit.is_heading or unit.link_only:
                    continue
                asked = self._asked_how(unit, page_units, words)
                aside = self._off_section(unit, page_units)
                for sentence in unit_sentences(unit, lang):
                    sentence = self._expanded(sentence, words)
                    if sentence.question:
                        asked = self._how_asked(sentence.text, words)
                        aside = self._off_subject(sentence.text) or (aside and not self._ours(sentence.text))
                        continue
                    if aside and not self._ours(sentence.text):
                        continue  # the answer to "Un problème avec une entreprise ?"
                    aside = False
                    if not self._on_topic(sentence, page_units, on_complaint_page):
                        asked = False
                        continue
                    if how is None:
                        listed = self._items_after(unit, page_units) if sentence.text.rstrip().endswith(":") else ""
                        how = self._how_in(sentence, words, asked, listed) or \
                            (self._answer(sentence, words) if asked else None) or self._filed(sentence, words)
                    if then is None:
                        then = self._next_in(sentence, words) or self._steps_next(sentence, words)
                    asked = False
                if how and then:
                    return how, then
            if linked is None and on_complaint_page:
                linked = self._form_on(page, page_units)
            if how and then:
                break
        return how or linked, then

    def _off_topic_page(self, page: Page) -> bool:
        """A page about another subject (police, a company, a levy, news, accessibility)."""
        always, unless = self._off_page
        names = [normalise(page_title(page))] + [normalise(h) for h in page.h1[:1]]
        for name in names:
            if always.search(name, normalised=True) or criminal_complaints().search(name, normalised=True):
                return True
            if unless.search(name, normalised=True) and not self._topic["complaint"].search(name, normalised=True):
                return True
        return False

    def _on_topic(self, sentence: UnitSentence, page_units: list[Unit], on_complaint_page: bool) -> bool:
        """The sentence is about a complaint to this administration (not a criminal complaint, a
        levy, a report against a company; not a question for information)."""
        text, topic = sentence.text, self._topic
        if self._not_ours(text) or topic["levy"].search(text, normalised=True):
            return False
        if topic["complaint"].search(text, normalised=True):
            return True
        if topic["appeal"].search(text, normalised=True) or topic["other_request"].search(text, normalised=True):
            return False
        if on_complaint_page:
            return True
        unit = sentence.unit  # the contact page: only near a complaint heading
        before = page_units[unit.index - 1] if unit.index else None
        near = unit.heading + " " + (before.norm if before is not None and before.is_heading else "")
        return bool(topic["complaint"].search(near, normalised=True))

    def _not_ours(self, text: str) -> bool:
        """Normalised ``text`` speaks of a criminal complaint ("porter plainte" only beside the
        police, the prosecutor or an offence: rules/criminal.py) or a complaint against someone else."""
        return bool(self._topic["not_ours"].search(text, normalised=True) or
                    criminal_complaints().search(text, normalised=True))

    def _own_clauses(self, sentence: UnitSentence, words: _Language):
        """The sentence's clauses that are statements about us: not conditions, and before any
        mention of another body (the Ombudsman's, the police's own handling)."""
        found = self._other_body(sentence.text)
        limit = found.start() if found else len(sentence.text)
        at = 0
        for clause in sentence.clauses:
            start = sentence.text.find(clause.text, at)
            at = max(at, start + len(clause.text)) if start >= 0 else at
            if start < 0 or start + len(clause.text) > limit:
                return
            if not clause.conditional and not (clause.interrogative and self._asks(sentence, clause, words)):
                yield clause

    @staticmethod
    def _asks(sentence: UnitSentence, clause, words: _Language) -> bool:
        """An interrogative clause asks (a title, an indirect question) unless it is a relative
        clause inside a statement: "our coordinator, who will contact you"."""
        if sentence.question or clause is sentence.clauses[0]:
            return True
        return _opening(words.relative, clause.text) is None

    def _other_body(self, text: str):
        """The first mention of another body in ``text`` (a match), leaving out the administration's
        own units named after it ("de klachtendienst van de politie" on a police site)."""
        for own in self._topic["own_unit"].finditer(text):
            text = text[:own.start()] + " " * (own.end() - own.start()) + text[own.end():]
        pattern = self._topic["third_party"]._pattern
        return pattern.search(text) if pattern is not None else None

    def _runs(self, sentence: UnitSentence, words: _Language) -> list[str]:
        """The sentence's own clauses, those that follow each other joined again: a statement may
        run over a comma, never over a condition or into another body's clause."""
        runs: list[list[str]] = []
        last = None
        own = {id(c) for c in self._own_clauses(sentence, words)}
        for k, clause in enumerate(sentence.clauses):
            if id(clause) not in own:
                last = None
                continue
            if last is None:
                runs.append([])
            runs[-1].append(clause.text)
            last = k
        return [", ".join(run) for run in runs]

    def _how_in(self, sentence: UnitSentence, words: _Language, asked: bool = False,
                listed: str = "") -> Said | None:
        """The complainant is told to file, with a channel in the sentence or in the list it leads
        into ("Vous pouvez nous faire part de votre plainte :" + items). Under a how-to-file question
        an infinitive needs no modal ("Comment introduire une plainte ? Le plus simple est d'utiliser
        le formulaire")."""
        if words.announced.search(sentence.text, normalised=True):
            return None
        if not self._channel(sentence.text + " " + listed, words):
            return None
        for clause, before in self._own_clause_runs(sentence, words):
            ours = words.lang == "de" and re.search(r"\bwir\b", clause.text)
            for found in words.how.finditer(clause.text):
                verb = found.group(0)
                if ours and "wir" not in verb.split():
                    continue  # "wir senden sie weiter": our action, not the complainant's
                if words.needs_modal.search(verb, normalised=True) and not asked:
                    modal = words.passive_modal if words.passive.search(verb, normalised=True) else words.modal
                    if not modal.search(before + clause.text[:found.start()], normalised=True):
                        continue
                if words.grammar.denied_near(clause.text, found.start(), found.end()):
                    continue
                return Said(sentence.unit, verb.strip())
            public = self._public_filing(before + clause.text, words)
            if public:
                return Said(sentence.unit, public)
            if re.search(r"\b(nous|we|wij|wir)\b", clause.text):
                continue
            manner = words.manner.search(clause.text, normalised=True)
            if manner and (self._topic["complaint"].search(sentence.text, normalised=True)
                           or self._form_word.search(sentence.text, normalised=True)):
                return Said(sentence.unit, manner)
        first = sentence.clauses[0] if sentence.clauses else None
        labelled = _LABEL.match(sentence.text)
        if labelled and words.channel.search(labelled.group(1), normalised=True) and \
                self._detail.search(sentence.text, normalised=True) and not self._other_body(sentence.text):
            return Said(sentence.unit, labelled.group(0))  # "E-mail : plaintes@...", a table row "E-Mail : beschwerde@..."
        service = self._service.search(sentence.text, normalised=True)
        if service and first is not None and not first.conditional and \
                self._detail.search(sentence.text, normalised=True) and \
                not self._other_body(sentence.text):
            return Said(sentence.unit, service)
        return None

    def _own_clause_runs(self, sentence: UnitSentence, words: _Language):
        """Each own clause with the own clauses just before it, joined: the word that governs an
        infinitive may stand in the clause before ("Sie haben folgende Möglichkeiten, eine
        Beschwerde einzureichen")."""
        own = {id(c) for c in self._own_clauses(sentence, words)}
        before = ""
        for clause in sentence.clauses:
            if id(clause) not in own:
                before = ""
                continue
            yield clause, before
            before += clause.text + ", "

    def _public_filing(self, clause: str, words: _Language) -> str | None:
        """A member of the public may file: a modal, a filing infinitive after it, and a subject
        that is not the administration ("Les visiteurs qui souhaitent formuler une plainte peuvent
        le faire à l'accueil", "Any person ... may lodge a complaint"; not "le service peut
        transmettre votre plainte")."""
        for modal in words.public_modal.finditer(clause):
            head = clause[:modal.start()]
            cut = words.relative.finditer(head)
            first = next(cut, None)
            subject = head[:first.start()] if first else head
            if self._topic["agent"].search(subject, normalised=True):
                continue
            tail = " ".join(clause[modal.end():].split()[:12])
            found = words.infinitive.search(tail, normalised=True)
            if found and not words.grammar.denied(clause[modal.start():modal.end()] + " " + tail[:tail.find(found) + len(found)]):
                return clause[modal.start():modal.end()] + " ... " + found
        return None

    def _items_after(self, unit: Unit, page_units: list[Unit]) -> str:
        """The list items that follow a lead-in ending with a colon, as one text."""
        items = []
        for after in page_units[unit.index + 1:unit.index + 12]:
            if after.block.tag not in ("li", "dd", "td"):
                break
            items.append(after.norm)
        return " ".join(items)

    def _filed(self, sentence: UnitSentence, words: _Language) -> Said | None:
        """Filing said as a noun, with its channel: "Einreichung Ihrer Beschwerde per Formular oder
        E-Mail", "Réception de votre plainte (formulaire, courriel ou lettre) → ...", or an
        infinitive opening a numbered step ("1) indienen via e-mail of brief")."""
        text = sentence.text
        if words.announced.search(text, normalised=True) or self._other_body(text):
            return None
        for step, opens in self._segments(text):
            filing = words.filing_noun.search(step, normalised=True)
            found = filing or (words.receipt_noun.search(step, normalised=True) if opens else None)
            if found is None:
                continue
            at = step.find(found)
            named = self._topic["complaint"].search(" ".join(step[at + len(found):].split()[:4]), normalised=True)
            started = opens and not step[:at].strip(" :-)(.0123456789")
            if ((filing and named) or started) and self._channel(step, words) and not words.grammar.denied(step):
                return Said(sentence.unit, found)
        return None

    @staticmethod
    def _segments(text: str) -> list[tuple[str, bool]]:
        """The steps of a sentence: pieces between arrows or after step numbers ("1)", "Stap 2:"),
        each with whether it opens a step; a sentence without them is one piece."""
        pieces = [p for p in _STEP_CUT.split(text) if p and p.strip()]
        if len(pieces) > 1:
            return [(p, True) for p in pieces]
        return [(text, bool(_STEP_MARK.match(text)))]

    def _steps_next(self, sentence: UnitSentence, words: _Language) -> Said | None:
        """What happens next said as the steps of a sequence: "→ enregistrement → examen →
        réponse", "2) registratie door de klachtencoördinator;". A handling noun counts where it
        opens a step that is numbered or follows an arrow, not in running text ("Complaints
        handling helps us improve")."""
        text = sentence.text
        if self._other_body(text) or self._topic["privacy"].search(text, normalised=True):
            return None
        for step, opens in self._segments(text):
            body = _STEP_MARK.sub("", step, count=1).strip(" :-")
            found = _opening(words.handling_noun, body) if opens else None
            if found and not words.grammar.denied(step):
                return Said(sentence.unit, found.group(0))
        return None

    def _expanded(self, sentence: UnitSentence, words: _Language) -> UnitSentence:
        """The sentence with contractions written out ("we'll" -> "we will")."""
        if not words.contractions:
            return sentence

        def expand(text: str) -> str:
            for old, new in words.contractions:
                text = old.sub(new, text)
            return text
        clauses = tuple(replace(c, text=expand(c.text)) for c in sentence.clauses)
        return replace(sentence, text=expand(sentence.text), clauses=clauses)

    def _ours(self, text: str) -> bool:
        """Normalised ``text`` names a complaint, and not another matter's."""
        return bool(self._topic["complaint"].search(text, normalised=True)) and not self._off_subject(text)

    def _off_subject(self, text: str) -> bool:
        """Normalised ``text`` is about another matter: a criminal complaint, a complaint against
        a company, a levy, or an appeal that is not set beside a complaint."""
        topic = self._topic
        if self._not_ours(text) or topic["levy"].search(text, normalised=True):
            return True
        return bool(topic["appeal"].search(text, normalised=True)) and not topic["complaint"].search(text, normalised=True)

    @staticmethod
    def _cues(unit: Unit, page_units: list[Unit]) -> list[str]:
        """What the unit stands under: its section heading, and the heading or question just
        before it (normalised; "" for none)."""
        before = page_units[unit.index - 1] if unit.index else None
        cues = [unit.heading]
        if before is not None and (before.is_heading or before.norm.rstrip().endswith("?")):
            cues.append(before.norm)
        return cues

    def _off_section(self, unit: Unit, page_units: list[Unit]) -> bool:
        """The unit stands under a heading, or after a question, about another matter
        ("Klacht tegen een bedrijf?", "Vous contestez votre impôt ?")."""
        return any(cue and self._off_subject(cue) for cue in self._cues(unit, page_units))

    def _how_asked(self, text: str, words: _Language) -> bool:
        """A question or title about how or where to file ("Waar kan ik terecht met een klacht?",
        "Wie kann ich mich beschweren?"), not about how the complaint is handled."""
        return bool(words.how_question.search(text, normalised=True)) and \
            not words.handling_question.search(text, normalised=True)

    def _asked_how(self, unit: Unit, page_units: list[Unit], words: _Language) -> bool:
        """The unit answers a question or a title about how to file: its section heading, or the
        question or heading just before it ("Comment introduire une plainte ?")."""
        return any(cue and self._how_asked(cue, words) for cue in self._cues(unit, page_units))

    def _answer(self, sentence: UnitSentence, words: _Language) -> Said | None:
        """A verbless answer to a how-question: "Par e-mail à plaintes@...", "Via het klachtenformulier"."""
        if words.announced.search(sentence.text, normalised=True) or not self._channel(sentence.text, words):
            return None
        if self._other_body(sentence.text):
            return None
        opening = self._answer_opening.search(sentence.text, normalised=True)
        detail = self._detail.search(sentence.text, normalised=True)
        if (opening or detail) and not words.grammar.denied(sentence.text):
            return Said(sentence.unit, sentence.text[:60])
        return None

    def _channel(self, text: str, words: _Language) -> bool:
        """A channel or a contact detail, once forms for something else are left out."""
        for other in words.other_form.findall(text, normalised=True):
            text = text.replace(other, " ")
        return bool(words.channel.search(text, normalised=True) or self._detail.search(text, normalised=True))

    def _next_in(self, sentence: UnitSentence, words: _Language) -> Said | None:
        text, topic = sentence.text, self._topic
        if topic["privacy"].search(text, normalised=True) or topic["statistics"].search(text, normalised=True) or \
                topic["page_intro"].search(text, normalised=True):
            return None
        for run in self._runs(sentence, words):  # "Wir verpflichten uns, Ihre Beschwerde ... zu bearbeiten"
            for found in words.next.finditer(run):
                if not words.grammar.denied_near(run, found.start(), found.end()):
                    return Said(sentence.unit, found.group(0))
        if self._other_body(text) or topic["appeal"].search(text, normalised=True):
            return None
        unit_of_time = words.time_unit._pattern
        for found in words.timed.finditer(text):  # "Délai de réponse : 30 jours"
            tail = text[found.end():found.end() + 70]
            for number in words.number.finditer(tail):
                if unit_of_time is not None and unit_of_time.match(tail[number.end():].lstrip()):
                    return Said(sentence.unit, found.group(0))
        return None

    def _form_link_in(self, unit: Unit, words: _Language) -> Said | None:
        """A link to a complaint form (an online form, a downloadable one), not announced."""
        if not unit.links or words.announced.search(unit.norm, normalised=True):
            return None
        if self._not_ours(unit.norm) or self._topic["levy"].search(unit.norm, normalised=True):
            return None
        for link in unit.links:
            text = normalise(link.text)
            if words.other_form.search(text, normalised=True):
                continue
            named = self._form_link.search(text, normalised=True)
            if named and (self._topic["complaint"].search(text, normalised=True) or
                          self._topic["complaint"].search(unit.norm, normalised=True) or
                          not self._topic["other_request"].search(unit.norm, normalised=True)):
                return Said(unit, named)
            form = self._form_word.search(text, normalised=True) if _DOCUMENT.search(link.url) else None
            if form and self._topic["complaint"].search(text + " " + unit.norm, normalised=True):
                return Said(unit, form)
        return None

    def _form_on(self, page: Page, page_units: list[Unit]) -> Said | None:
        """The complaint form itself on a complaint page: a <form> with a text area that is not
        a report about someone else or a question form."""
        tree = page.tree
        if tree is None:
            return None
        for form in tree.iter("form"):
            if next(form.iter("textarea"), None) is None:
                continue
            text = normalise(form.text_content())
            topic = self._topic
            if not topic["complaint"].search(text, normalised=True) and (
                    topic["report"].search(text, normalised=True) or topic["other_request"].search(text, normalised=True)
                    or self._not_ours(text)):
                continue
            where = css_path(form)
            unit = next((u for u in page_units if u.block.selector.startswith(where)), None)
            if unit is None:
                unit = page_units[0] if page_units else None
            if unit is not None:
                return Said(unit, unit.norm[:60])
        return None


def _opening(phrases: Phrases, text: str):
    """A match of ``phrases`` at the very start of normalised ``text``, or None."""
    return phrases._pattern.match(text) if phrases._pattern is not None else None
