"""complaint-vs-appeal (criterion 3): the complaint pages draw a clear line between
a complaint about the service and an appeal (recours, beroep, bezwaar, Widerspruch,
Einspruch) against a decision.

What passes, per language version, on the judged pages (complaint pages with their
sub-pages, and the contact page), one clause at a time:

- **not an appeal**: a clause relates the complaint and the appeal with a negation or
  a contrast: "une plainte n'est pas un recours", "een klacht vervangt de
  beroepsprocedure niet", "eine Beschwerde ersetzt keinen Widerspruch", "Eine
  Beschwerde kann einen Widerspruch nicht ersetzen" (a modal verb, the verb last), "a complaint
  is not an appeal", "à distinguer du recours", "rather than a complaint", "une plainte
  ne permet pas de contester une décision", "the procedure does not allow you to call a
  decision into question", "in twijfel trekken", "in Frage stellen", "dat kan niet via
  een klacht", "Een klacht geldt niet als bezwaarschrift" (contesting a
  decision, "contester une décision" / "eine Entscheidung anfechten", counts as the
  appeal); or the complaint cannot change a decision: "Via de klachtenprocedure kunnen
  we die beslissing niet herzien", "the complaints procedure cannot change it; only an
  appeal can", "Votre plainte ne changera rien à la décision" (the decision named next
  to the verb, or before it with the appeal in the clause or the next one); the
  complaint may be the channel after the verb ("we can't change a decision through the
  complaints process") or "il" / "er" / "hij" for the complaint service named in the
  sentence before ("Il n'est pas habilité à réformer les décisions"); or the complaint
  service does not judge a decision: "Der Beschwerdedienst prüft nicht die
  Rechtmäßigkeit von Entscheidungen", "ne se prononce pas sur le bien-fondé des
  décisions" (the decision the verb's object, not "avant la décision"); or what
  contests a decision is said not to be a complaint: "We do not treat as complaints
  challenges to a decision ...", "Nicht als Beschwerde gelten Einsprüche gegen eine
  Entscheidung", "Ben je het oneens met de beslissing? Dan is dat geen klacht. Je kunt in
  beroep gaan" (the pronoun's sentence before contests a decision); or one concept
  negated and the other right after "but": "Il ne s'agit pas d'une plainte mais d'un
  recours" (not "geen klacht maar een vraag"); or the complaint procedure is not meant,
  competent or the right way for it: "Wil je een beslissing aanvechten? Daarvoor is de
  klachtenprocedure niet bedoeld", "It is not within the remit of the complaints service
  to decide on the merits of a decision", "Het klachtenmanagement is er niet om beslissingen
  over te doen", "Der Beschwerdedienst ist nicht befugt, Entscheidungen zu überprüfen" (the
  appeal, a decision changed or judged (its object before or after the verb), or
  "daarvoor" / "pour cela" / "dafür" after contesting a decision); or the complaint is about
  something other than a decision: "Une plainte porte sur la manière dont nous avons
  travaillé, pas sur le contenu d'une décision" (the negation a few words before the
  decision, with an appeal or a court named in the sentence, the ones around it or the
  heading: "Daarvoor bestaan beroepsprocedures"); or the decision fronted
  with the complaint service the subject after the verb: "Over de inhoud van een
  beslissing oordeelt de klachtendienst niet", "Über den Inhalt einer Entscheidung
  entscheidet der Beschwerdedienst nicht"; or each concept tied to its own object: "an
  appeal concerns the decision itself, a complaint concerns our service"; "le service des
  plaintes n'est pas une instance d'appel" (an appeal body is an appeal);
- **deadlines**: filing a complaint does not suspend or interrupt the appeal time
  limits (or the decision), or those limits keep running: "ne suspend pas les délais
  de recours", "schort de termijnen niet op", "unterbricht die Fristen für einen
  Widerspruch nicht" (the negation anywhere later in the same clause), nor extend,
  lengthen, stop or affect them ("ne prolonge pas", "verlengt ... niet", "verlängert ...
  nicht", "does not lengthen the time you have to appeal", "has no bearing on", "doet
  geen afbreuk aan", "stopt de termijn niet", "sans incidence sur les délais de
  réclamation"), "Fristen bleiben unberührt" (the verb and the time limits in one
  clause: not "..., wenn Sie Widerspruch einlegen"; "the appeal period keeps running",
  "de termijnen lopen intussen gewoon door"); the negation may stand on the
  complaint as the subject ("Neither a complaint nor a referral to the Ombudsman stops the
  appeal period"), and "dadurch" / "daardoor" / "thereby" may stand for the complaint or
  the referral to the ombudsman named in the sentence before ("Die Fristen für
  Rechtsmittel werden dadurch nicht unterbrochen");
- **route**: complaints about the content of a decision open to appeal must follow
  (or are left to) that procedure: "moet je die beroepsprocedure volgen", "if you want
  a decision overturned, you must lodge an appeal", or such complaints are listed as
  not handled ("Ne sont pas recevables : ... une décision susceptible de recours");
- **heading**: a section headed "Plainte ou recours ?" / "Klacht of beroep?";
- **compared**: a comparison table or definition list whose headers are the bare
  concepts ("Plainte" | "Recours", <dt>Complaint</dt> ... <dt>Appeal</dt>), with a
  decision named in it.

A question label answered by a bare "Non." / "Nee." / "Nein." / "No." is the negated
statement: "Is a complaint the same as an appeal? No.", "Kann eine Beschwerde eine
Entscheidung aufheben? Nein.", "Ma plainte suspend-elle le délai de recours ? Non.", and so
is an answer that starts with it ("Unterbricht meine Beschwerde die Widerspruchsfrist?
Nein, die Frist läuft weiter.").

The negation must bear on the relation: it sits on the verb that links the two
concepts ("n'est pas", "ersetzt ... nicht"), between them, or before a complaint named
as the channel; a clause that starts a new subject ("... si ...", "vous pouvez ...",
"possible") breaks the link.

Compound nouns count: "Verwaltungsentscheidung", "weigeringsbeslissing",
"Klagefrist", "bezwaartermijn" (but "Bearbeitungsfrist", "antwoordtermijn" are the
complaint's own time limits).

Naming an appeal is not enough ("Vous pouvez introduire une plainte ou un recours"),
nor is a link to a tax "réclamation" / "bezwaar" page; a negation that belongs to a
condition ("si vous n'êtes pas satisfait ... recours") does not count; "beroep doen
op" (call upon), "avoir recours à" (resort to) and an "appeal to the Ombudsman" (the
second line) are not appeals; criminal complaints ("porter plainte") are set aside; a
complaint that cannot be changed once sent ("votre plainte ne peut plus être modifiée")
says nothing about decisions; "geen klacht maar een vraag over uw beroep" (profession)
names no decision; a negation in a second clause ("Late complaints cannot be accepted,
and there is no appeal against this decision", "Une plainte ne coûte rien, un recours
peut coûter cher") is not the complaint's; a decision taken on the complaint itself
("Once we reach a decision on your complaint, it cannot be changed") is not one open to
appeal.

**Anti-pattern** (fails: both words, no distinction)::

    <p>Vous pouvez introduire une plainte ou un recours auprès de nos services.</p>

**Best practice**::

    <h2>Plainte ou recours ?</h2>
    <p>Une plainte ne remplace pas un recours contre une décision et ne suspend pas
       les délais de recours. Pour contester une décision, suivez la voie de recours
       indiquée dans la lettre.</p>
"""

from __future__ import annotations

import re
from functools import cached_property

from crawler.page import HEADINGS, Page
from crawler.text import Phrases
from rules.criminal import criminal_complaints
from rules.base import FAIL, PASS, Finding, Rule
from rules.sentences import LABEL_TAGS, Sentence, Span, lead_in, mask, read, tokens
from rules.vocabulary import VocabularyMixin

HEADING_TAGS = HEADINGS | LABEL_TAGS
# the reader as the object right after "relieve" / "ontslaat" / "entbindet" ("does not
# relieve you of the need to appeal"): not a new subject
_OBJECT = re.compile(r"^\s*(you|je|jou|u|sie|vous)\b")
# an object pronoun just before the verb ("une plainte ne vous dispense pas"): not a new subject
_CLITIC = re.compile(r"\b(vous|te|nous|lui|leur)\s*$")
# "as" just before the predicate ("geldt niet als bezwaarschrift", "wird nicht als Widerspruch
# gewertet"): a preposition there, not "if"
_AS = re.compile(r"\b(als|as|comme)\s+((een|eine?[nmrs]?|a|an|un|une|de|des|het|der|die|das|la|le|l')\s*)?$")
# the appeal as the subject of a clause of its own ("ne coûte rien, un recours peut ...")
_NEW_SUBJECT = re.compile(r"[,;]\s*((un|une|le|la|les|l'|een|de|het|ein\w*|der|die|das|a|an|the)\b|$)")
# a bare negative answer under a question heading
_BARE_NO = re.compile(r"^\s*(non|nee|neen|nein|no)\s*[.!]?\s*$")
# a negative answer that goes on ("Nein, die Frist läuft weiter."): the first sentence of its block
_LEAD_NO = re.compile(r"^\s*(non|nee|neen|nein|no)\s*[,.!;:\u2013-]\s*\w")
# punctuation that ends a clause: two spans with one between are not in one clause
_PUNCTUATION = re.compile(r"[,;:()|]")
# a table or a definition list: where two headers set concepts side by side
_COMPARISON = re.compile(r"^(table|dl)(?![\w-])")
PRIORITY = ("appeal.not-an-appeal", "appeal.deadlines", "appeal.route", "appeal.heading", "appeal.compared")


class ComplaintVsAppeal(VocabularyMixin, Rule):
    id = "complaint-vs-appeal"
    criterion = 3
    summary = "A complaint is distinguished from an appeal against a decision"
    vocabulary = "appeal"

    @cached_property
    def _masks(self) -> list[tuple[Phrases, str]]:
        return [(criminal_complaints(), "xpenalx")] + self._v.masks(
            {"not_appeal": "xcallx", "dissatisfied": "xdissatx", "own_deadline": "xowndeadlinex",
             "own_decision": "xowndecisionx"})

    def norm(self, text: str) -> str:
        return mask(text, self._masks)

    # -- reading the pages ----------------------------------------------------------
    def check(self, site):
        for lang in site.languages:
            pages = site.versions[lang].judged_pages
            if not pages:
                yield Finding(FAIL, "site.no-complaint-page", lang)
                continue
            yield self._judge(lang, pages)

    def _judge(self, lang: str, pages: list[Page]) -> Finding:
        found: dict[str, Sentence] = {}
        mention: Sentence | None = None
        for page in pages:
            blocks = read(page, self.norm)
            for block_sentences in blocks:
                for s in block_sentences:
                    kind = self._kind(s, blocks)
                    if kind and kind not in found:
                        found[kind] = s
                    if mention is None and (self._has("appeal", s.norm) or self._has("appeal_weak", s.norm)):
                        mention = s
            compared = self._compared(blocks)
            if compared and "appeal.compared" not in found:
                found["appeal.compared"] = compared
        for kind in PRIORITY:
            if kind in found:
                s = found[kind]
                return Finding.at(PASS, kind, lang, s.page, s.block, s.text[:300])
        if mention is not None:
            term = (self._v["appeal"].search(mention.norm, normalised=True)
                    or self._v["appeal_weak"].search(mention.norm, normalised=True))
            return Finding.at(FAIL, "appeal.mentioned-only", lang, mention.page, mention.block,
                              mention.text[:300], term=term)
        return Finding(FAIL, "appeal.missing", lang, pages[0].url, data={"pages": [p.url for p in pages]})

    # -- one clause -----------------------------------------------------------------
    def _context(self, s: Sentence, blocks: list[list[Sentence]], before: int = 2) -> str:
        """The heading, the blocks just before and the block itself, normalised."""
        parts = [self.norm(s.block.heading)]
        for earlier in blocks[max(0, s.index - before):s.index]:
            parts += [x.norm for x in earlier]
        parts += [x.norm for x in blocks[s.index]]
        return " | ".join(parts)

    def _kind(self, s: Sentence, blocks: list[list[Sentence]]) -> str | None:
        t = s.norm
        if (_BARE_NO.match(t) or (_LEAD_NO.match(t) and s.number == 0)) and s.label.rstrip().endswith("?"):
            kind = self._answered_no(self.norm(s.label))
            if kind:
                return kind
        complaints = self._s("complaint", t)
        strong = self._s("appeal", t)
        contests = self._contest_decision(t)
        appeals = strong + self._s("appeal_weak", t) + contests
        negations = self._s("negation", t)
        context = None
        pronouns = self._s("pronoun", t)
        if pronouns:
            # "Ce n'est pas un recours" about the complaint named around it
            context = self._context(s, blocks, before=1)
            if self._has("complaint", context):
                complaints = pronouns + complaints
        referents = self._s("referent", t)
        if referents and not complaints:
            # "Die Fristen für Rechtsmittel werden dadurch nicht unterbrochen" after a sentence
            # about the complaint or its second line
            near = self._context(s, blocks, before=1)
            if self._has("complaint", near) or self._has("second_line", near):
                complaints = referents
        if complaints and appeals:
            if (self._copula(t, complaints, appeals, negations) or self._copula(t, appeals, complaints, negations)
                    or self._replace(t, complaints, appeals, negations) or self._around("distinct", t, complaints, appeals)
                    or self._contrast(t, complaints, appeals)):
                return "appeal.not-an-appeal"
        if complaints and (self._deadlines(t, negations, appeals)
                           or self._deadlines(t, self._subject_negations(t, complaints, negations), appeals)):
            return "appeal.deadlines"
        named = self._s("complaint", t)
        if (self._cannot(t, named, appeals, negations) or self._wrong_channel(s, t, negations, blocks)
                or self._cannot_change(s, t, named, negations, blocks) or self._not_a_complaint(t, named, appeals)
                or self._that_is_not_a_complaint(s, t, blocks) or self._not_but(t, named, strong)
                or self._not_meant(s, t, named, appeals, negations, blocks)
                or self._fronted_decision(t, named, negations) or self._parallel(t, named, strong)
                or self._not_about_decision(s, t, named, blocks)):
            return "appeal.not-an-appeal"
        if appeals or self._has("deadline", t):
            context = context or self._context(s, blocks)
            if self._unaffected(t, appeals) and self._has("complaint", context):
                return "appeal.deadlines"
        own = [a for a in strong if not any(c[0] < a[1] and a[0] < c[1] for c in complaints)]
        if own and self._route(s, t, complaints, negations, context, blocks, own):  # the appeal not the complaint word itself
            return "appeal.route"
        if s.block.tag in HEADING_TAGS or (len(s.block.text) <= 60 and s.block.text.rstrip().endswith("?")):
            if self._heading(t, complaints, appeals, s.block.text):
                return "appeal.heading"
        return None

    def _compared(self, blocks: list[list[Sentence]]) -> Sentence | None:
        """A comparison table or definition list: two headers of one table (``th``) or
        one list (``dt``) that are the bare concepts, "Plainte" and "Recours", with a
        decision named in it. Returns the appeal's header. Fails: two sections headed
        "Déposer une plainte" and "Comment introduire un recours ?" (not headers of one
        table, nor bare concepts)."""
        sides: dict[str, dict[str, Sentence]] = {}
        for s in (s for sentences in blocks for s in sentences):
            box = _container(s.block.selector) if s.block.tag in ("th", "dt") else None
            concept = self._bare_concept(s.norm) if box else None
            if concept:
                sides.setdefault(box, {}).setdefault(concept, s)
        for box, found in sides.items():
            inside = [s.norm for sentences in blocks for s in sentences if s.block.selector.startswith(box + " > ")]
            if len(found) == 2 and any(self._has("decision", text) for text in inside):
                return found["appeal"]
        return None

    def _bare_concept(self, t: str) -> str | None:
        """"complaint" or "appeal" when a header names that concept and little else
        ("La plainte", "Administratief beroep", "Rechtsmittel")."""
        if tokens(t) > 3:
            return None
        complaint, appeal = self._has("complaint", t), self._has("appeal", t)
        return "complaint" if complaint and not appeal else "appeal" if appeal and not complaint else None

    def _answered_no(self, q: str) -> str | None:
        """A question heading answered by a bare "Non." / "Nee." / "Nein." / "No.": the
        answer negates the question's verb ("Ma plainte suspend-elle le délai de recours ?
        Non.", "Does a complaint replace an appeal? No.")."""
        complaints = self._s("complaint", q)
        if not complaints:
            return None
        appeals = self._s("appeal", q) + self._s("appeal_weak", q) + self._contest_decision(q)
        verbs = self._s("suspend", q) + self._s("affect", q)
        if verbs and self._deadlines(q, verbs, appeals):
            return "appeal.deadlines"
        replaces = self._s("replace", q)
        if replaces and appeals and self._replace(q, complaints, appeals, replaces):
            return "appeal.not-an-appeal"
        if appeals and self._asks_same(q, complaints, appeals):
            return "appeal.not-an-appeal"
        # "Kann eine Beschwerde eine Entscheidung aufheben? Nein."
        decisions = self._s("decision", q)
        if any(c[1] <= v[0] and any(abs(d[0] - v[0]) <= 60 for d in decisions)
               for c in complaints for v in self._s("change", q)):
            return "appeal.not-an-appeal"
        return None

    def _asks_same(self, q: str, complaints, appeals) -> bool:
        """"Is a complaint the same as an appeal?", "Ist eine Beschwerde dasselbe wie ein
        Widerspruch?", "Une plainte est-elle un recours ?": the complaint, then the appeal,
        with only a copula or "the same as" between. Fails: "Is a complaint possible during
        an appeal?" ("possible" starts a new predicate)."""
        if not (self._has("copula", q) or self._has("same", q)):
            return False
        for c in complaints:
            for a in appeals:
                between = q[c[1]:a[0]]
                most = 10 if self._has("same", between) else 6
                if 0 <= len(between) <= 60 and tokens(between) <= most and not self._new_clause(between):
                    return True
        return False

    def _clean_between(self, t: str, start: int, end: int) -> bool:
        between = t[start:end]
        return not (self._has("breakers", between) or self._has("clause_join", between)) if start < end else True

    def _copula(self, t: str, subjects: list[Span], predicates: list[Span], negations: list[Span]) -> bool:
        """<subject> is not (a|the same as|...) <predicate>, the negation on the verb."""
        for x in subjects:
            for r in self._s("copula", t):
                if (not (x[1] <= r[0] <= x[1] + 90) or self._has("conditional", t[x[1]:r[0]])
                        or self._has("clause_join", t[x[1]:r[0]])):
                    continue
                if not any(r[0] - 10 <= n[0] <= r[1] + 25 for n in negations):
                    continue
                for y in predicates:
                    between = _AS.sub("", t[r[1]:y[0]])
                    most = 10 if self._has("same", between) else 6  # "n'est pas la même chose que de ..."
                    if r[1] <= y[0] <= r[1] + 80 and tokens(between) <= most and self._clean_between(between, 0, len(between)):
                        return True
        return False

    def _contest_decision(self, t: str) -> list[Span]:
        """"contester une décision", "eine Entscheidung anfechten": the contest verb,
        when a decision is named next to it, stands for the appeal."""
        decisions = self._s("decision", t)
        return [x for x in self._s("contest", t) if any(abs(d[0] - x[0]) <= 40 for d in decisions)]

    def _cannot(self, t: str, complaints, appeals, negations) -> bool:
        """"une plainte ne permet pas de contester une décision", "met een klacht kan je
        geen beroep instellen": complaint, then a negation, then the appeal, in one clause.
        Fails: "Late complaints cannot be accepted, and there is no appeal against this
        decision" (the negation opens a clause of its own)."""
        for c in complaints:
            for n in negations:
                if n[0] <= c[1] or self._has("conditional", t[:n[0]]) or self._has("clause_join", t[c[1]:n[0]]):
                    continue
                for y in appeals:
                    between = t[n[1]:y[0]]
                    for e in reversed(self._s("enabling", between)):  # "does not allow you to"
                        between = between[:e[0]] + " " + between[e[1]:]
                    if (n[1] <= y[0] and len(between) <= 30 and self._clean_between(between, 0, len(between))
                            and not _NEW_SUBJECT.search(between)):
                        return True
        return False

    def _cannot_change(self, s: Sentence, t: str, complaints, negations, blocks) -> bool:
        """"Via de klachtenprocedure kunnen we die beslissing niet herzien", "the complaints
        procedure cannot change it; only an appeal can", "Der Beschwerdedienst prüft nicht die
        Rechtmäßigkeit von Entscheidungen": the complaint (subject, channel, or "il" / "er"
        for the complaint service named just before), then a negation on a verb that
        changes or judges a decision. A changed decision is named next to the verb, or in
        the sentence or label before with an appeal named in this clause or the next one; a
        judged one is the verb's object. Fails: "votre plainte ne peut plus être modifiée
        après la décision" (the complaint is the object)."""
        verbs = [(v, "change") for v in self._s("change", t)] + [(v, "review") for v in self._s("review", t)]
        if not verbs:
            return False
        own = blocks[s.index]
        previous = own[s.number - 1].norm if s.number else ""
        following = own[s.number + 1].norm if s.number + 1 < len(own) else ""
        decisions = self._s("decision", t)
        channels = self._channels(t)
        agents = self._s("agent_pronoun", t) if self._has("complaint", previous or self.norm(s.label)) else []
        for c in complaints + channels + agents:
            for v, kind in verbs:
                before = c[1] <= v[0] <= c[1] + 90
                after = c in channels and v[1] <= c[0] <= v[1] + 60  # "... change a decision through the complaints process"
                if not (before or after) or self._has("conditional", t[:v[0]]):
                    continue
                if not any((after or c[1] <= n[0]) and (v[0] - 30 <= n[0] < v[0] or v[1] <= n[0] <= v[1] + 30)
                           for n in negations):
                    continue
                objects = [d for d in decisions if v[1] <= d[0] <= v[1] + 60
                           and not any(self._has(key, t[v[1]:d[0]]) for key in ("complaint", "adjunct"))]
                if objects or (kind == "change" and any(d[0] < v[0] and v[0] - d[0] <= 60 for d in decisions)):
                    return True
                if kind == "change" and ((self._has("decision", previous) or self._has("decision", s.label))
                        and any(self._has(key, text) for key in ("appeal", "appeal_weak") for text in (t, following))):
                    return True
        return False

    def _not_a_complaint(self, t: str, complaints, appeals) -> bool:
        """"ce n'est pas une plainte qu'il faut introduire mais un recours", "we do not treat
        as complaints challenges to a decision ...", "nicht als Beschwerde behandelt werden
        Anfechtungen ...": something said not to be a complaint (nothing but articles, a
        copula or "treated as" between the negation and the complaint), with the appeal and
        a decision in the same sentence."""
        if not appeals or not self._has("decision", t):  # "geen klacht maar een vraag over uw beroep"
            return False
        for c in complaints:
            for n in self._s("negation", t):
                if (0 <= c[0] - n[1] <= 40 and self._has("as_complaint", t[n[1]:c[0]])
                        and not self._has("conditional", t[:n[0]])
                        and any(abs(a[0] - c[0]) <= 120 for a in appeals)):
                    return True
        return False

    def _not_but(self, t: str, complaints, appeals) -> bool:
        """"Il ne s'agit pas d'une plainte mais d'un recours", "geen klacht maar een
        bezwaar", "not a complaint but an appeal" (or the other way round): one concept
        negated, the other right after "mais" / "maar" / "sondern" / "but" (only articles
        between). Fails: "geen klacht maar een vraag over uw beroep" (a question, not an appeal)."""
        for first, second in ((complaints, appeals), (appeals, complaints)):
            for x in first:
                if not any(0 <= x[0] - n[1] <= 30 and tokens(t[n[1]:x[0]]) <= 4 for n in self._s("negation", t)):
                    continue
                for k in self._s("but", t):
                    if 0 <= k[0] - x[1] <= 40 and tokens(t[x[1]:k[0]]) <= 3 and any(
                            0 <= y[0] - k[1] <= 20 and tokens(t[k[1]:y[0]]) <= 2 for y in second):
                        return True
        return False

    def _not_meant(self, s: Sentence, t: str, complaints, appeals, negations, blocks) -> bool:
        """"Daarvoor is de klachtenprocedure niet bedoeld", "La plainte n'est pas la voie
        appropriée pour contester une décision", "Das Beschwerdeverfahren ist dafür nicht
        zuständig": the complaint, a negation and "meant / intended / competent / the right
        way" in one clause, with what it is not meant for: the appeal (or contesting a
        decision) in the clause, or "for that" ("daarvoor", "pour cela", "dafür") with the
        sentence or question before about contesting a decision. Fails: "De klachtenprocedure
        is niet bedoeld voor vragen om informatie" (no decision)."""
        if not complaints:
            return False
        for p in self._s("purpose", t):
            if self._has("conditional", t[:p[0]]):
                continue
            if not any(abs(n[0] - p[0]) <= 40 and self._one_clause(t, n, p) and not _PUNCTUATION.search(t[min(n[1], p[1]):max(n[0], p[0])])
                       for n in negations):
                continue
            if not any(abs(c[0] - p[0]) <= 80 and self._one_clause(t, c, p) for c in complaints):
                continue
            if any(0 <= a[0] - p[1] <= 60 and self._one_clause(t, p, a) for a in appeals):
                return True
            # "It is not within the remit of the complaints service to decide on a decision"
            decisions = self._s("decision", t)
            # (or the decision before the verb: "ist nicht befugt, Entscheidungen zu überprüfen")
            if any(0 <= v[0] - p[1] <= 60 and self._one_clause(t, p, v)
                   and any(0 <= d[0] - v[1] <= 40 or (p[1] <= d[0] and d[1] <= v[0]) for d in decisions)
                   for v in self._s("change", t) + self._s("review", t)):
                return True
            if self._has("for_that", t):
                previous = blocks[s.index][s.number - 1].norm if s.number else self.norm(s.label)
                if self._has("decision", previous) and (
                        "xdissatx" in previous or any(self._has(key, previous) for key in ("contest", "change", "appeal"))):
                    return True
        return False

    def _fronted_decision(self, t: str, complaints, negations) -> bool:
        """The decision fronted, the complaint service the subject after the verb (Dutch and
        German word order): "Over de inhoud van een beslissing oordeelt de klachtendienst
        niet", "Über den Inhalt einer Entscheidung entscheidet der Beschwerdedienst nicht",
        "Beslissingen kan de klachtendienst niet herzien". The first complaint after the
        decision is not "about" (so "Een beslissing over je klacht ..." fails), and
        everything stands in one clause."""
        verbs = self._s("change", t) + self._s("review", t)
        for d in self._s("decision", t):
            if self._has("conditional", t[:d[0]]):
                continue
            later = [c for c in complaints if c[0] > d[1]]
            if not later:
                continue
            c = later[0]
            if self._has("about", t[max(d[1], c[0] - 12):c[0]]) or c[0] - d[1] > 60:
                continue
            for v in verbs:
                if not (d[1] <= v[0] and v[0] - d[1] <= 90):
                    continue
                end = max(c[1], v[1])
                for n in negations:
                    if d[1] <= n[0] and n[0] - end <= 15 and max(n[1], end) - d[0] <= 150:
                        span = t[d[1]:max(n[1], end)]
                        if not (re.search(r"[,;:()|?]", span) or self._has("conditional", span)
                                or self._has("clause_join", span) or self._has("relative", span)):
                            return True
        return False

    def _parallel(self, t: str, complaints, appeals) -> bool:
        """Each concept with its own object in one sentence: "an appeal concerns the decision
        itself, a complaint concerns our service", "La plainte porte sur notre service, le
        recours sur la décision": the appeal followed by "about" and a decision, the complaint
        by "about" and the service (its quality, the way we acted). Fails: "Vous pouvez
        introduire une plainte ou un recours" (no objects)."""
        def tied(concepts, key):
            for x in concepts:
                tail = t[x[1]:x[1] + 70]
                b = self._v["about"].search(tail, normalised=True)
                if b and tokens(tail[:tail.find(b)]) <= 2 and self._has(key, tail[tail.find(b):tail.find(b) + len(b) + 30]):
                    return True
            return False
        return tied(appeals, "decision") and tied(complaints, "service_object")

    def _not_about_decision(self, s: Sentence, t: str, complaints, blocks) -> bool:
        """A complaint is about the service, not (about the content of) a decision: "Une plainte
        porte sur la manière dont nous avons travaillé, pas sur le contenu d'une décision",
        "Een klacht gaat niet over de inhoud van een beslissing", "Eine Beschwerde betrifft ...,
        nicht den Inhalt einer Entscheidung": the complaint, "about", then a negation a few
        words before the decision (one clause from the negation on, no condition before it),
        with an appeal or a court named in the sentence, the ones around it or the heading
        ("Daarvoor bestaan beroepsprocedures"). Fails: "Si votre plainte ne porte pas sur une
        décision, ..." (a condition), a complaint not about a decision with no appeal named."""
        decisions = self._s("decision", t)
        for c in complaints:
            for d in decisions:
                if not c[1] < d[0] <= c[1] + 160 or not self._has("about", t[c[1]:d[0]]):
                    continue
                if any(self._has(key, t[c[1]:d[0]]) for key in ("conditional", "clause_join", "complaint")) or self._has(
                        "conditional", t[:c[1]]):
                    continue
                for n in self._s("negation", t):
                    if not (c[1] <= n[0] and n[1] <= d[0] and tokens(t[n[1]:d[0]]) <= 6):
                        continue
                    if (self._new_clause(t[n[1]:d[0]]) or self._has("adjunct", t[n[1]:d[0]])
                            or self._has("relative", t[max(c[1], n[0] - 15):n[0]])):
                        continue
                    if not (self._has("about", t[c[1]:n[0]]) or self._has("about", t[n[1]:d[0]])):
                        continue
                    own = blocks[s.index]
                    near = [x.norm for x in own[max(0, s.number - 1):s.number + 2]] + [self.norm(s.block.heading)]
                    if any(self._has(key, x) for key in ("appeal", "appeal_weak") for x in near):
                        return True
        return False

    def _subject_negations(self, t: str, complaints, negations) -> list[Span]:
        """A negation on the complaint as the subject ("Neither a complaint nor a referral to
        the Ombudsman stops the appeal period", "Aucune plainte ne ...", "No complaint
        extends ..."): returned as if it stood on the verb after it."""
        out = []
        for c in complaints:
            for n in negations:
                if 0 <= c[0] - n[1] <= 12 and tokens(t[n[1]:c[0]]) <= 2 and not self._has("conditional", t[:n[0]]):
                    for key in ("suspend", "affect"):
                        for v in self._s(key, t):
                            if c[1] <= v[0] <= c[1] + 70 and not _PUNCTUATION.search(t[c[1]:v[0]]):
                                out.append((v[0] - 1, v[0]))
        return out

    def _channels(self, t: str) -> list[Span]:
        """Complaints named as the channel: "through the complaints process", "via le
        formulaire de plainte", "door een klacht"."""
        return [c for c in self._s("complaint", t) if self._has("channel", t[max(0, c[0] - 60):c[0]])]

    def _that_is_not_a_complaint(self, s: Sentence, t: str, blocks) -> bool:
        """"Ben je het oneens met de beslissing? Dat is geen klacht. Je kunt in beroep gaan":
        a pronoun said not to be a complaint, the sentence (or question label) before it
        about contesting a decision, an appeal named there, here or just after. Fails:
        "Een vraag over je beroep? Dat is geen klacht" (no decision)."""
        if not self._has("pronoun", t) or not self._negated_complaint(t):
            return False
        own = blocks[s.index]
        previous = own[s.number - 1].norm if s.number else self.norm(s.label)
        following = own[s.number + 1].norm if s.number + 1 < len(own) else ""
        contested = self._has("decision", previous) and (
            "xdissatx" in previous or any(self._has(key, previous) for key in ("contest", "change", "appeal")))
        return contested and any(self._has(key, x) for key in ("appeal", "appeal_weak") for x in (previous, t, following))

    def _wrong_channel(self, s: Sentence, t: str, negations, blocks) -> bool:
        """"Dat kan niet via een klacht", "pas par le biais d'une plainte", with the appeal
        (or the decision to contest) in this sentence or the one before."""
        for c in self._s("complaint", t):
            lead = t[max(0, c[0] - 60):c[0]]
            channel = self._v["channel"].search(lead, normalised=True)
            if not channel:
                continue
            at = c[0] - len(lead) + lead.rfind(channel)
            if any(at - 25 <= n[0] < at for n in negations):
                window = (blocks[s.index][s.number - 1].norm + " " if s.number else "") + t
                if self._has("appeal", window) or self._contest_decision(window):
                    return True
        return False

    def _replace(self, t: str, complaints, appeals, negations) -> bool:
        """A complaint does not replace (or exempt from) an appeal: the negation on the verb
        ("ne remplace pas", "vervangt ... niet", "ersetzt keinen", "in no way replaces"),
        the complaint before it and the appeal after it with no new clause between
        ("Notre formulaire de plainte, qui ne remplace pas le contact, permet aussi
        d'introduire un recours" draws no line), or the passive order ("un recours n'est
        pas remplacé par une plainte")."""
        for r in self._s("replace", t):
            if not self._negated(t, r, negations):
                continue
            active = (any(r[0] - 100 <= c[0] < r[0] and not self._new_clause(self._unmodal(_CLITIC.sub("", t[c[1]:r[0]])))
                          for c in complaints)
                      and any(r[1] <= a[0] <= r[1] + 90 and not self._new_clause(_OBJECT.sub("", t[r[1]:a[0]], count=1))
                              for a in appeals))
            passive = (any(r[0] - 100 <= a[0] < r[0] and not self._new_clause(t[a[1]:r[0]]) for a in appeals)
                       and any(r[1] <= c[0] <= r[1] + 40 for c in complaints))
            # verb last (German, Dutch): "Eine Beschwerde kann einen Widerspruch nicht ersetzen"
            final = any(r[0] - 100 <= c[0] and c[1] <= a[0] and a[1] <= r[0]
                        and not self._new_clause(self._unmodal(t[c[1]:a[0]])) and not self._new_clause(t[a[1]:r[0]])
                        for c in complaints for a in appeals)
            if active or passive or final:
                return True
        return False

    def _unmodal(self, between: str) -> str:
        """``between`` without its modal verbs ("Eine Beschwerde kann einen Widerspruch
        nicht ersetzen": "kann" does not start a new subject)."""
        for m in reversed(self._s("modal", between)):
            between = between[:m[0]] + between[m[1]:]
        return between

    def _new_clause(self, between: str) -> bool:
        """Does a new clause start in ``between`` (a relative pronoun, a subject, "can",
        "possible" ...)? Then two concepts on either side are not related by one verb."""
        return self._has("breakers", between) or self._has("relative", between)

    def _around(self, key: str, t: str, complaints, appeals, reach: int = 100) -> bool:
        for d in self._s(key, t):
            if any(abs(c[0] - d[0]) <= reach for c in complaints) and any(abs(a[0] - d[0]) <= reach for a in appeals):
                return True
        return False

    def _contrast(self, t: str, complaints, appeals) -> bool:
        """"un recours plutôt qu'une plainte": the two concepts on either side of the marker."""
        for k in self._s("contrast", t):
            before = lambda spans_: any(k[0] - 80 <= x[1] <= k[0] for x in spans_)  # noqa: E731
            after = lambda spans_: any(k[1] <= x[0] <= k[1] + 80 for x in spans_)  # noqa: E731
            if (before(complaints) and after(appeals)) or (before(appeals) and after(complaints)):
                return True
        return False

    def _legal_deadlines(self, t: str, appeals) -> list[Span]:
        """Time limits tied to an appeal or called legal."""
        qualifiers = appeals + self._s("legal", t)
        return [d for d in self._s("deadline", t) if any(abs(q[0] - d[0]) <= 40 for q in qualifiers)]

    def _negated(self, t: str, verb: Span, negations, before: int = 25) -> bool:
        """A negation bears on ``verb``: just before it ("ne suspend", "does not replace",
        "niet geschorst"), or after it in the same clause, however far (German and Dutch
        end the clause with it: "unterbricht die Fristen für einen Widerspruch nicht",
        "schort de termijnen niet op"), no punctuation, condition or new subject between
        ("... interrompt les délais et nous ne pouvons pas ..." is not negated)."""
        for n in negations:
            if verb[0] - before <= n[0] < verb[1]:
                return True
            between = _OBJECT.sub("", t[verb[1]:n[0]], count=1)  # "ontslaat je niet"
            if (verb[1] <= n[0] <= verb[1] + 160 and not _PUNCTUATION.search(between)
                    and not self._has("conditional", between) and not self._has("breakers", between)):
                return True
        return False

    def _deadlines(self, t: str, negations, appeals) -> bool:
        """A complaint does not suspend / interrupt / extend / affect the appeal time limits."""
        for r in self._s("suspend", t):
            if not self._negated(t, r, negations):
                continue
            word = t[r[0]:r[1]]
            if any(noun in word for noun in ("effet", "schorsend", "opschortend", "aufschiebend", "suspensi")):
                return True
            targets = appeals + self._s("deadline", t) + self._s("decision", t)
            if any(abs(x[0] - r[0]) <= 80 and self._one_clause(t, r, x) for x in targets):
                return True
        for r in self._s("affect", t):
            if not self._negated(t, r, negations):
                continue
            if any(abs(x[0] - r[0]) <= 80 and self._one_clause(t, r, x) for x in appeals + self._legal_deadlines(t, appeals)):
                return True
        # "sans incidence sur les délais de recours": the negation inside the phrase
        return any(abs(x[0] - r[0]) <= 80 for r in self._s("no_effect", t)
                   for x in appeals + self._legal_deadlines(t, appeals))

    def _one_clause(self, t: str, a: Span, b: Span) -> bool:
        """No condition or second clause between two spans: "Wir stoppen die Bearbeitung
        Ihrer Beschwerde nicht, wenn Sie Widerspruch einlegen" does not relate the verb to
        the appeal."""
        between = t[min(a[1], b[1]):max(a[0], b[0])]
        return not (self._has("conditional", between) or self._has("clause_join", between))

    def _unaffected(self, t: str, appeals) -> bool:
        """The appeal time limits keep running ("bleiben unberührt", "blijven lopen", "keeps
        running"), the limits and the verb in one clause."""
        targets = appeals + self._legal_deadlines(t, appeals)
        # one clause: not "Die Bearbeitungsfrist läuft weiter, auch wenn Sie Widerspruch einlegen"
        return any(abs(x[0] - r[0]) <= 80 and self._one_clause(t, r, x) for r in self._s("unaffected", t) for x in targets)

    def _route(self, s: Sentence, t: str, complaints, negations, context: str | None, blocks, appeals) -> bool:
        # (a) a complaint about a decision ... must follow / is not handled / only if no appeal
        #     (the complaint may be named in the sentence just before: "... ? Suivez alors ...")
        markers = negations + self._s("obligation", t) + self._s("not_handled", t)
        if self._about_decision(t, complaints, markers):
            return True
        previous = blocks[s.index][s.number - 1].norm if s.number else ""
        if markers and previous and self._about_decision(previous, self._s("complaint", previous), [(0, 0)], after=False):
            return True
        # (b) wanting a decision changed: lodge an appeal (with the sentences around)
        near = blocks[s.index][max(0, s.number - 1):s.number + 2]
        window = " ".join(x.norm for x in near)
        contests = self._s("contest", window)
        real_appeals = [a for a in self._s("appeal", window) if not any(c[0] <= a[0] < c[1] or a[0] <= c[0] < a[1]
                                                                         for c in contests)]
        if (real_appeals and self._has("decision", window) and (contests or "xdissatx" in window)
                and (self._has("obligation", window) or _imperative(window))
                and self._has("complaint", context or self._context(s, blocks))):
            return True
        # (c) a complaint is not handled when an appeal exists (the negation not in an "if",
        #     the appeal not in a clause of its own: "..., and there is no appeal")
        for h in self._s("not_handled", t):
            if complaints and not self._has("conditional", t[:h[0]]) and any(
                    not self._has("clause_join", t[min(h[1], a[1]):max(h[0], a[0])]) for a in appeals):
                return True
        # (d) an item of a list of what is not handled / not a complaint
        intro = self._intro(s, blocks)
        if intro and self._has("complaint", intro) and (self._has("not_handled", intro) or self._negated_complaint(intro)):
            return True
        return False

    def _about_decision(self, t: str, complaints, markers, after: bool = True) -> bool:
        """"une plainte au sujet d'une décision", "een klacht over een beslissing", with a
        marker (negation, obligation, not handled) after the complaint."""
        for c in complaints:
            for d in self._s("decision", t):
                between = t[c[1]:d[0]]
                if c[1] <= d[0] <= c[1] + 70 and self._has("about", between) and not self._has("clause_join", between):
                    if not after or any(m[0] > c[0] for m in markers):
                        return True
        return False

    def _intro(self, s: Sentence, blocks) -> str:
        """What introduces this sentence as an item (the earlier clauses of an inline
        enumeration, or the text before a list), with its heading; empty otherwise."""
        lead = lead_in(s, blocks)
        return " | ".join((self.norm(s.block.heading), lead)) if lead else ""

    def _negated_complaint(self, text: str) -> bool:
        """"n'est pas une plainte", "geen klacht", "keine Beschwerde", "not a complaint"."""
        negations = self._s("negation", text)
        return any(0 <= c[0] - n[1] <= 30 and tokens(text[n[1]:c[0]]) <= 4
                   for c in self._s("complaint", text) for n in negations)

    def _heading(self, t: str, complaints, appeals, raw: str) -> bool:
        """"Plainte ou recours ?", "Klacht of beroep: het verschil"."""
        if len(t) > 80 or not complaints or not appeals:
            return False
        asks = raw.rstrip().endswith("?") or self._has("distinct", t) or re.search(r"\b(vs|versus)\b|\u2260", t)
        if not asks:
            return False
        for c in complaints:
            for a in appeals:
                lo, hi = sorted((c, a))
                if 0 <= hi[0] - lo[1] <= 25 and self._has("either", t[lo[1]:hi[0]]):
                    return True
        return False


def _container(selector: str) -> str | None:
    """The selector of the innermost table or definition list that holds ``selector``."""
    parts = selector.split(" > ")
    for i in range(len(parts) - 1, -1, -1):
        if _COMPARISON.match(parts[i]):
            return " > ".join(parts[:i + 1])
    return None


def _imperative(text: str) -> bool:
    """An English imperative at the start of a clause ("Lodge an appeal with ...")."""
    return bool(re.search(r"(^|[.;:?!] )(please )?(lodge|file|submit|send|bring)\b", text))
