"""complaint-definition (criterion 4): the complaint pages say what the administration
understands by a complaint, and typically what is not one.

What passes, per language version, on the judged pages (complaint pages with their
sub-pages, and the contact page), one sentence at a time:

- **definition**: a sentence defines the notion: the complaint, a copula and the
  expression of dissatisfaction ("une plainte est l'expression d'une insatisfaction",
  "een klacht is een uiting van ongenoegen", "eine Beschwerde ist eine Äußerung der
  Unzufriedenheit", "a complaint is an expression of dissatisfaction", "een klacht is
  wanneer je niet tevreden bent"); a verb of expressing ("une plainte exprime un
  mécontentement", "eine Beschwerde drückt Ihre Unzufriedenheit aus"); or a meaning
  verb ("on entend par plainte ...", "wordt als klacht beschouwd", "gilt als
  Beschwerde", "by a complaint we mean ...") with a dissatisfaction, an expression or a
  subject (not negated: "ne sont pas considérées comme des plaintes : ..." lists
  exclusions); or the complaint as the predicate ("toute expression d'insatisfaction ...
  constitue une plainte"), or "une plainte signifie que ..." with what fell short;
  or the copula before the complaint and the definiens after it ("Im Sinne dieser
  Regelung ist eine Beschwerde jede Äußerung der Unzufriedenheit ...");
  or the answer to a question that asks what a complaint is or when one can complain
  ("Qu'est-ce qu'une plainte ?", "Wanneer spreken we van een klacht?", "Dans quels
  cas ... ?", a heading, a summary or a question in the same paragraph) that names a
  dissatisfaction, a shortfall or a definite subject, or opens examples that do ("Toute
  expression d'insatisfaction sur un service fourni par le musée ...", "... ? Par
  exemple : un délai trop long ; une erreur"); or the gloss of the bare term in a
  definition list or under a heading ("<dt>Plainte</dt><dd>Tout signalement d'un
  mécontentement ...</dd>", a table row "Plainte | Toute expression ..."); the entries
  of a list or a table answer the question above the whole enumeration ("<h2>Quand
  pouvez-vous vous plaindre ?</h2><ul><li>Vous avez été mal accueilli.</li>...");
- **without a copula**: "Il s'agit d'un mécontentement ...", "Het gaat om
  ontevredenheid ...", "Es handelt sich um Ihre Unzufriedenheit ...", "This concerns
  any dissatisfaction ..." with the complaint named in the sentence, the one before or
  the heading; or a condition in which the service fell short, then the complaint
  framed ("vous pouvez ...", "dan kan u ...") or the reader's view: "Si vous n'êtes pas
  satisfait de la manière dont nous avons traité votre dossier, vous pouvez introduire
  une plainte", "Bent u niet tevreden over ..., dan kan u een klacht indienen", "If you
  think our staff did not treat you fairly, we regard that as a complaint"; or the same
  asked as a question, the complaint in the next sentence or the block below a question
  heading, examples perhaps between: "Finden Sie, dass ...? Dann können Sie sich
  beschweren", "Vous trouvez que nous avons mal fait notre travail ? C'est une plainte",
  or whether we fell short asked: "Haben wir etwas falsch gemacht? ... Beschwerde",
  "Did we let you down? ... complaints" (not when the condition is about an answer, a
  complaint, a decision or a third party such as a company, nor when the complaint is
  negated; an answer waited for in vain, "te lang wachten op een antwoord", is a delay
  of the service, not our answer to a complaint);
- **situation**: the situations in which something is a complaint: a frame that names
  the complaint ("il s'agit d'une plainte", "er is sprake van een klacht", "we speak of
  a complaint", "vous pouvez vous plaindre", "Sie können sich beschweren", "you can
  complain"), perhaps addressed to us ("porter plainte auprès de notre service"),
  followed by "when / lorsque / wanneer / sobald ..." and a situation in
  which the service fell short or left the reader dissatisfied ("lorsque notre service
  ne vous a pas donné satisfaction", "wanneer u vindt dat wij niet correct gehandeld
  hebben", "when our service fell short"), or the examples it introduces;
- **scope**: what a complaint can be about: a scope verb ("peut porter sur", "kan
  betrekking hebben op", "kann sich auf ... beziehen", "can relate to") followed by at
  least one subject (the service delivered, the way it was delivered, the attitude of
  staff, the application of rules, delays or errors), or a complaint named with two
  different subjects ("une plainte sur la manière dont ... ou sur l'attitude ..."),
  in the sentence or in the list it introduces; or a scope verb followed by a situation
  in which we fell short ("La plainte vise toute situation dans laquelle un service n'a
  pas agi correctement"); or the complaint framed as something the reader can do, then
  "for example" and examples of what went wrong ("Vous pouvez introduire une plainte,
  par exemple : un courrier resté sans réponse, une erreur dans votre dossier", not
  "..., par exemple par courrier"); or the subject named before the
  complaint ("Gegenstand einer Beschwerde kann ... sein"); or a lead-in about
  dissatisfaction, or naming the complaint and ending on "about" / "for example", that
  opens a list of subjects ("Vous pouvez nous signaler votre mécontentement à propos de :",
  "Vous pouvez vous plaindre de :", "U kunt klagen over bijvoorbeeld:" + items; not inside
  a condition nor about our answer); or examples listed under a label that
  names them as complaints ("Exemples de plaintes", "Wel een klacht", "This is a
  complaint", a table column headed so, or headed by the bare term against a column
  of what is not one: "Eine Beschwerde | Keine Beschwerde").

What does **not** pass: saying only what is *not* a complaint. A list of exclusions
("n'est pas une plainte", "geen klacht", "keine Beschwerde", "not a complaint",
"irrecevable", "we do not handle", with anonymous complaints, old facts, information
requests, policy, matters under appeal ...) tells what the administration rejects, not
what it understands by a complaint: it is reported ("definition.exclusions-only") and
fails. Nor: the logo text "Des plaintes sur nos prestations ?" (one subject, no scope
verb: reported as vague), "votre plainte est traitée dans les 30 jours" (a copula, no
definition), "une plainte n'est pas un recours" (criterion 3), a list of reasons for
handling complaints ("La gestion des plaintes nous permet de : ..."), a second-line
invitation ("si vous n'êtes pas satisfait de notre réponse, vous pouvez vous plaindre
auprès du Médiateur"), a welcome ("vos réclamations sont les bienvenues") under a
"what is a complaint?" heading, anything under a label that says what is not handled
("Wanneer wordt een klacht niet behandeld?"), a question about our answer or one's own
complaint ("Quand recevrai-je une réponse à ma plainte ?"), a complaint about a company
or a product, and criminal complaints ("porter plainte" with the police, an offence),
which never count.

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
from functools import cached_property

from crawler.page import Page
from crawler.text import Phrases
from rules.criminal import criminal_complaints
from rules.base import FAIL, PASS, Finding, Rule
from rules.sentences import LABEL_TAGS, Sentence, Span, continuation, is_label, lead_in, mask, read, tokens
from rules.vocabulary import VocabularyMixin

_WORD = re.compile(r"\w+")
_CLAUSE_BREAK = re.compile(r"[,;:]")  # a comma, semicolon or colon: where a clause may end
_CLAUSE_END = re.compile(r"[;|]")  # where a clause surely ends (a semicolon, a block joined on " | ")
PRIORITY = ("definition.found", "definition.scope")
# subjects too loose to define a complaint on their own: "nos services", "the way (you like)"
LOOSE_KINDS = frozenset(("service", "manner"))
# the entries of an enumeration, under one label (a definition term labels its own entry)
ENTRY_TAGS = frozenset(("li", "td", "th", "dd"))


class ComplaintDefinition(VocabularyMixin, Rule):
    id = "complaint-definition"
    criterion = 4
    summary = "What a complaint is (and is not)"
    vocabulary = "definition"

    @cached_property
    def _masks(self) -> list[tuple[Phrases, str]]:
        return [(criminal_complaints(), "xpenalx")] + self._v.masks({"not_negation": "xnotnegx", "dissatisfied": "xdissatx"})

    def norm(self, text: str) -> str:
        return mask(text, self._masks)

    def scope_kinds(self, text: str) -> set[str]:
        return self._v.kinds("scope", text)

    def excluded_kinds(self, text: str) -> set[str]:
        return self._v.kinds("excluded", text)

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
            blocks = read(page, self.norm)
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
        if "definition.exclusions" in found:
            s = found["definition.exclusions"]
            return Finding.at(FAIL, "definition.exclusions-only", lang, s.page, s.block, s.text[:300])
        if vague is not None:
            return Finding.at(FAIL, "definition.vague", lang, vague.page, vague.block, vague.text[:300])
        return Finding(FAIL, "definition.missing", lang, pages[0].url, data={"pages": [p.url for p in pages]})

    # -- one sentence ---------------------------------------------------------------
    def _kind(self, s: Sentence, blocks) -> str | None:
        t = s.norm
        complaints = self._s("complaint", t)
        if self._under_exclusion(s):
            return "definition.exclusions" if self._exclusion(s, t, complaints, blocks) else None
        if complaints and (self._defines(t, complaints) or self._predicate(t, complaints)):
            return "definition.found"
        if self._situation(s, t, blocks):
            return "definition.found"
        if complaints and self._scoped(t, complaints, continuation(s, blocks)):
            return "definition.scope"
        if self._examples(s, t, blocks) or self._lead_in_list(s, t, blocks) or self._inline_examples(s, t):
            return "definition.scope"
        if self._concerns(s, t, blocks) or self._condition_first(t) or self._opinion_question(s, t, blocks):
            return "definition.found"
        if self._answers_what_is(s, t, blocks):
            return "definition.found"
        if self._exclusion(s, t, complaints, blocks):
            return "definition.exclusions"
        return None

    def _under_exclusion(self, s: Sentence) -> bool:
        """Under a label that says what is not a complaint or not handled ("Wanneer wordt
        een klacht niet behandeld?", "Plaintes irrecevables"): what follows is excluded."""
        label = s.label
        if not label or label == s.norm:
            return False
        named = self._s("complaint", label)
        return (self._has("what_is_not", label) or self._excludes(label, named)
                or bool(named and self._has("not_handled", label)))  # "wanneer wordt een klacht niet behandeld?"

    def _generic(self, t: str, c: Span) -> bool:
        """"une plainte", "complaints", not "votre plainte"."""
        return not self._has("particular", t[max(0, c[0] - 20):c[0]])

    def _second_line(self, t: str) -> bool:
        """Dissatisfied with the answer, the handling or a decision, or sent to an
        ombudsman: the second line (or an appeal), not what a complaint is."""
        if self._has("second_line", t):
            return True
        t = self._without_own_file(t)
        for d in self._s("dissatisfaction", t):
            for o in self._s("handling", t):
                # "pas satisfait de notre réponse", "mit unserer Antwort nicht zufrieden"
                lo, hi = (d[1], o[0]) if d[0] < o[0] else (o[1], d[0])
                if 0 <= hi - lo <= 40 and not _CLAUSE_BREAK.search(t[lo:hi]):
                    return True
        return False

    def _fell_short(self, text: str) -> bool:
        """A situation in which the service fell short of what the reader expected."""
        return self._has("dissatisfaction", text) or self._has("shortfall", text)

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
                # "une plainte est une réclamation par laquelle un usager signale son mécontentement"
                clause = _CLAUSE_END.split(rest, maxsplit=1)[0]
                if (self._generic(t, c) and words and self._has("article", words[0]) and self._fell_short(clause)
                        and not self._second_line(clause) and not self._has("purpose", clause)):
                    return True
                if self._has("when", " ".join(words[:2])) and self._fell_short(rest) and not self._second_line(rest):
                    return True
                # "een klacht betekent dat u ons laat weten dat iets niet goed liep"
                if (self._generic(t, c) and words and self._has("that", words[0]) and self._fell_short(clause)
                        and not self._second_line(clause) and not self._has("purpose", clause)):
                    return True
            if not self._generic(t, c) or self._negated_complaint(t):
                continue
            if self._inverted(t, c, copulas):
                return True
            for m in meanings:
                if abs(m[0] - c[0]) <= 60 and (self._has("dissatisfaction", t) or self._has("expression", t)
                                               or self.scope_kinds(t)):
                    return True
            # "une plainte exprime un mécontentement", "eine Beschwerde drückt Ihre Unzufriedenheit aus"
            for v in self._s("express", t):
                if (c[1] <= v[0] <= c[1] + 40 and not self._has("conditional", t[c[1]:v[0]])
                        and self._fell_short(t[v[0]:]) and not self._second_line(t) and not self._has("purpose", t)):
                    return True
        return False

    def _inverted(self, t: str, c: Span, copulas: list[Span]) -> bool:
        """The copula before the complaint, the definiens after it (verb-second order, or
        a legal text): "Im Sinne dieser Regelung ist eine Beschwerde jede Äußerung der
        Unzufriedenheit ...", "Voor dit reglement is een klacht elke uiting van ongenoegen",
        "Est une plainte toute réaction ...". Not a question ("Est-ce une plainte ?")."""
        if t.rstrip().endswith("?"):
            return False
        for r in copulas:
            if not (r[1] <= c[0] and tokens(t[r[1]:c[0]]) <= 1 and c[0] - r[1] <= 8):
                continue
            if self._has("conditional", t[:r[0]]) or self._second_line(t) or self._has("purpose", t):
                continue
            clause = _CLAUSE_END.split(t[c[1]:], maxsplit=1)[0]
            words = _WORD.findall(clause)[:4]
            if not words or not (self._has("article", words[0]) or self._has("expression", words[0])):
                continue
            head = " ".join(words)
            if self._has("dissatisfaction", clause) or (self._has("expression", head) and self._fell_short(clause)):
                return True
        return False

    def _predicate(self, t: str, complaints: list[Span]) -> bool:
        """The complaint as the predicate: "toute expression d'insatisfaction ... constitue
        une plainte", "elke uiting van ongenoegen ... is een klacht" (not negated: "une
        demande d'information n'est pas une plainte" says what is not one)."""
        for c in complaints:
            for r in self._s("copula", t):
                if not (0 <= c[0] - r[1] <= 15) or self._negated_complaint(t[max(0, r[0] - 30):c[1]]):
                    continue
                subject = t[:r[0]]
                if self._has("conditional", subject) or self._second_line(t):
                    continue
                if self._has("dissatisfaction", subject) or (self._has("expression", subject)
                                                             and self._has("shortfall", subject)):
                    return True
        return False

    def _situation(self, s: Sentence, t: str, blocks) -> bool:
        """"Il s'agit d'une plainte lorsque ...", "Er is sprake van een klacht wanneer ...",
        "Vous pouvez vous plaindre lorsque ...", "You can complain when ...": a frame that
        names the complaint, a when-word right after it, then a situation where the
        service fell short (or the examples the sentence introduces)."""
        if self._second_line(t):
            return False
        named = self._s("complaint", t) + self._s("complain_verb", t)
        for w in self._s("when", t):
            for c in named:
                if w[0] < c[1] or not self._next_to(t[c[1]:w[0]]) or not self._generic(t, c):
                    continue
                # "il y a plainte lorsque", "eine Beschwerde liegt vor, wenn": the frame
                # stands before the complaint or between it and the when-word
                if self._has("conditional", t[:c[0]]) or not self._has("frame", t[max(0, c[0] - 60):w[0]]):
                    continue
                situation = t[w[0]:]
                if self._has("third_party", situation):
                    continue
                if (self._fell_short(situation) or self.scope_kinds(situation) - LOOSE_KINDS
                        or self._examples_follow(s, situation, blocks)):
                    return True
        return False

    def _next_to(self, gap: str) -> bool:
        """The when-word follows the complaint closely: a few words, or the complaint
        addressed to us ("porter plainte auprès de notre service si ..."), perhaps with
        "for example" between ("you can complain to us, for example if ...")."""
        for f in reversed(self._s("for_example", gap)):
            gap = gap[:f[0]] + gap[f[1]:]
        if tokens(gap) <= 3 and len(gap) <= 25:
            return True
        return tokens(gap) <= 8 and self._has("first_person", gap) and not _CLAUSE_BREAK.search(gap.strip(" ,;:"))

    def _lead_in_list(self, s: Sentence, t: str, blocks) -> bool:
        """A lead-in that opens a list of what a complaint can be about: about
        dissatisfaction ("Vous pouvez nous signaler votre mécontentement à propos de :"), or
        naming the complaint and ending on "about" or "for example" ("Vous pouvez vous
        plaindre de :", "U kunt klagen over bijvoorbeeld:", "You can complain about:"), and
        items that name what went wrong. Not inside a condition, not about our answer
        (second line), not what is excluded; not "Pour introduire une plainte, précisez :"
        (what to write in one)."""
        if not s.text.rstrip().endswith(":"):
            return False
        named = [c for c in self._s("complaint", t) + self._s("complain_verb", t) if self._generic(t, c)]
        # the "about" right after the complaint: not "La gestion des plaintes nous permet de :"
        about = any(self._has("about_end", t[c[1]:]) for c in named)
        if not (self._has("dissatisfaction", t) or about):
            return False
        if self._has("conditional", t) or self._second_line(t) or self._excludes(t, self._s("complaint", t)):
            return False
        return self._specific(continuation(s, blocks))

    def _inline_examples(self, s: Sentence, t: str) -> bool:
        """The complaint, framed as something the reader can do, then "for example" and
        examples that name what went wrong, in the sentence: "Vous pouvez introduire une
        plainte, par exemple : un courrier resté sans réponse, une erreur dans votre
        dossier". Only "for example" (and "to us") between the complaint and the examples;
        not inside a condition, not about our answer, a third party or what is excluded:
        "Pour introduire une plainte, précisez par exemple la date de l'erreur" fails."""
        named = [c for c in self._s("complaint", t) + self._s("complain_verb", t) if self._generic(t, c)]
        for f in self._s("for_example", t):
            for c in named:
                if not (c[1] <= f[0] and self._has("example_gap", t[c[1]:f[0]])):
                    continue
                if (self._has("conditional", t[:c[0]]) or not self._framed(t, c) or self._second_line(t)
                        or self._has("third_party", t) or self._excludes(t, self._s("complaint", t))
                        or self._has("purpose", t)):
                    continue
                if self._specific(t[f[1]:]):
                    return True
        return False

    def _concerns(self, s: Sentence, t: str, blocks) -> bool:
        """A definition without a copula ("Il s'agit d'un mécontentement ...", "Het gaat
        om ontevredenheid ...", "This concerns any dissatisfaction ..."), the complaint named
        in this sentence, the one before or the heading (not negated, not the second line)."""
        f = self._v["concerns"].search(t, normalised=True)
        if not f:
            return False
        start = t.find(f) + len(f)
        head = " ".join(_WORD.findall(t[start:start + 80])[:6])
        if not self._has("dissatisfaction", head) and not (self._has("expression", head) and self._fell_short(t[start:])):
            return False
        if self._second_line(t) or self._has("purpose", t):
            return False
        own = blocks[s.index]
        previous = own[s.number - 1].norm if s.number else ""
        for where in (t, previous, s.label if s.label != t else ""):
            named = self._s("complaint", where)
            if named and any(self._generic(where, c) for c in named) and not self._excludes(where, named):
                return True
        return False

    def _condition_first(self, t: str) -> bool:
        """A condition in which the service fell short, then the complaint: "Si vous n'êtes
        pas satisfait de la manière dont nous avons traité votre dossier, vous pouvez
        introduire une plainte", "Bent u niet tevreden over ..., dan kan u een klacht
        indienen", "If you think our staff did not treat you fairly, we regard that as a
        complaint". The main clause names the complaint with a frame ("vous pouvez", "dan
        kan u") unless the condition is the reader's view ("Als u vindt dat ..."). Not when
        the condition is about a complaint, an answer or a decision (the second line, an
        appeal), about a third party (a company), nor when the complaint is negated:
        "Si vous n'êtes pas satisfait de notre réponse, vous pouvez vous plaindre auprès du
        Médiateur fédéral" fails."""
        if not self._opens_condition(t):
            return False
        named = self._s("complaint", t) + self._s("complain_verb", t)
        if not named:
            return False
        first = min(named)
        condition = t[:first[0]]
        if not self._fell_short(condition):
            return False
        if not (self._has("opinion", condition) or (self._framed(t, first) and self._generic(t, first))):
            return False
        if (self._has("handling", self._without_own_file(condition)) or self._has("third_party", condition)
                or self._second_line(t) or self._negated_complaint(t)):
            return False
        return not self._excludes(t, self._s("complaint", t))

    def _opens_condition(self, t: str) -> bool:
        """"Si ...", "Als ...", "Wenn ...", "If ...", or a verb-first condition: "Bent u
        ..., dan", "Sind Sie ..., dann"."""
        first = _WORD.findall(t[:12])
        return bool(first) and (self._has("conditional", first[0]) or self._has("inverted_condition", t))

    def _framed(self, t: str, c: Span) -> bool:
        """The main clause frames the complaint: a permission, a copula, a meaning verb
        between the last clause break and the complaint ("..., vous pouvez introduire une
        plainte", "..., dann ist das eine Beschwerde")."""
        breaks = [m.end() for m in _CLAUSE_BREAK.finditer(t[:c[0]])]
        main = t[breaks[-1] if breaks else 0:c[0] + (c[1] - c[0])]
        return self._has("frame", main) or self._has("copula", main) or self._has("meaning", main)

    def _without_own_file(self, t: str) -> str:
        """"le traitement de votre dossier" is the service, not our answer to a complaint;
        so is an answer waited for in vain ("te lang wachten op een antwoord", "pas reçu
        de réponse à votre courrier"): a delay, not dissatisfaction with our answer."""
        for key, token in (("own_file", "xownfilex"), ("awaited_answer", "xwaitx")):
            for f in reversed(self._s(key, t)):
                t = t[:f[0]] + token + t[f[1]:]
        return t

    def _opinion_question(self, s: Sentence, t: str, blocks) -> bool:
        """The reader's view asked as a question ("Vindt u dat wij u niet correct
        behandeld hebben?"), or the reader's dissatisfaction asked with what it is about
        ("Ben je niet tevreden over hoe we je hebben geholpen?"), then a sentence naming the
        complaint ("Dan kunt u een klacht indienen"), in the same block or, under a question
        heading, the block below; an example may stand between or after them ("Zum
        Beispiel, weil ...?"). Not "Pas satisfait de nos services ? Introduisez une
        plainte." (nothing said about what went wrong) nor a question about our answer."""
        if not s.text.rstrip().endswith("?"):
            return False
        t = self._without_own_file(t)
        following = self._following(s, blocks, 3)
        # examples after it, perhaps asked too: "On t'a mal renseigné ou on ne t'a jamais répondu ?"
        examples = [x for x in following if (self._has("for_example", x) or x.endswith("?")) and self._specific(x)]
        dissatisfied = (self._has("dissatisfaction", t) and not self._has("opinion_question", t)
                        and bool(self.scope_kinds(t) - {"service"} or "xownfilex" in t or "xwaitx" in t
                                 or self._has("shortfall", t) or examples))
        # "Haben wir etwas falsch gemacht?", "Did we let you down?": whether we fell short
        ours = self._has("we_question", t) and self._fell_short(t)
        if not (self._has("opinion_question", t) or dissatisfied or ours):
            return False
        if self._has("complaint", t) or self._has("handling", t) or not (dissatisfied or self._fell_short(t)):
            return False
        for then in following[:2]:
            named = self._s("complaint", then) + self._s("complain_verb", then)
            if named:
                return not (self._second_line(t + " " + then) or self._negated_complaint(then)
                            or self._excludes(then, self._s("complaint", then)))
            if not (then.endswith("?") or self._has("for_example", then)):
                return False
        return False

    def _following(self, s: Sentence, blocks, n: int) -> list[str]:
        """The next ``n`` sentences after ``s``: in its block, then, when ``s`` is a label,
        in the first text block below it."""
        own = blocks[s.index]
        out = [x.norm for x in own[s.number + 1:]]
        if is_label(s.block):
            for later in blocks[s.index + 1:s.index + 3]:
                if later:
                    out += [x.norm for x in later]
                    break
        return out[:n]

    def _specific(self, text: str) -> bool:
        """Names what went wrong, beyond "nos services": a delay, an error, the attitude of
        staff, the application of rules, or a shortfall."""
        return bool(self.scope_kinds(text) - LOOSE_KINDS) or self._has("shortfall", text)

    def _examples_follow(self, s: Sentence, situation: str, blocks) -> bool:
        """The situation opens a list of examples that names what went wrong."""
        if not (self._has("for_example", situation) or s.text.rstrip().endswith(":")):
            return False
        following = situation + " | " + continuation(s, blocks)
        return bool(self.scope_kinds(following) - LOOSE_KINDS) or self._has("shortfall", following)

    def _scoped(self, t: str, complaints: list[Span], following: str) -> bool:
        for c in complaints:
            for v in self._s("scope_verb", t):
                if c[1] <= v[0] <= c[1] + 80 and self.scope_kinds(t[v[0]:] + " | " + following):
                    return True
                # "La plainte vise toute situation dans laquelle un service n'a pas agi
                # correctement": a situation in which we fell short (not a decision, an
                # answer, a third party, nor beside what is excluded)
                after = t[v[1]:]
                if (c[1] <= v[0] <= c[1] + 40 and self._generic(t, c) and self._fell_short(after)
                        and not self._has("conditional", t[:c[0]]) and not self._has("handling", after)
                        and not self._second_line(t) and not self._has("third_party", after)
                        and not self.excluded_kinds(t) and not self._negated_complaint(t)):
                    return True
        # "Gegenstand einer Beschwerde kann ... sein", "l'objet d'une plainte peut être ..."
        for c in complaints:
            if self._has("subject_of", t[:c[0]]) and self._has("may", t[c[1]:]) and self._specific(t[c[1]:] + " | " + following):
                return True
        # "une plainte sur la manière dont ... ou sur l'attitude ...": two subjects right after "about"
        for c in complaints:
            if not self._generic(t, c) or self._has("conditional", t[:c[0]]):
                continue
            for a in self._s("about", t):
                if c[1] <= a[0] <= c[1] + 15 and len(self.scope_kinds(t[a[0]:] + " | " + following)) >= 2:
                    return True
        return False

    def _examples(self, s: Sentence, t: str, blocks) -> bool:
        """An example under a label that names it a complaint ("Exemples de plaintes :",
        "Wel een klacht", a table column "This is a complaint"): it names what went wrong."""
        label = s.label
        if (not label or label == t or label.rstrip().endswith("?") or self._negated_complaint(label)
                or self._excludes(t, self._s("complaint", t))):
            return False  # a question ("Wat is een klacht?") is answered by a definition, not by examples
        if not (self._has("positive_label", label) or (self._has("term_label", label) and self._contrast(s, blocks))):
            return False
        return bool(self.scope_kinds(t) - LOOSE_KINDS) or self._has("shortfall", t)

    def _contrast(self, s: Sentence, blocks) -> bool:
        """A table cell under the bare term ("Eine Beschwerde") in a table that sets it
        against what is not one ("Keine Beschwerde", "Not a complaint"): the column lists
        complaints."""
        if s.block.tag != "td":
            return False
        return any(b and b[0].block.tag == "th" and self._negated_complaint(b[0].norm) for b in blocks)

    def _answers_what_is(self, s: Sentence, t: str, blocks) -> bool:
        """The answer to a question that asks what a complaint is or when one can complain
        ("Qu'est-ce qu'une plainte ?", "Wanneer spreken we van een klacht?", "When can I
        make a complaint?"), when it names a dissatisfaction, a shortfall or a definite
        subject (not "nos services"), or opens examples that do; or the gloss of the bare
        term in a definition list or under a heading ("<dt>Plainte</dt><dd>Tout signalement
        d'un mécontentement ...</dd>"). Not "Op elk moment, via het formulier." under
        "Wanneer kan ik een klacht indienen?"."""
        question = self._question_above(s, blocks)
        if not question or self._second_line(t) or self._excludes(t, self._s("complaint", t)):
            return False
        if self._has("term_label", question):
            return self._gloss(t)
        if not self._asks_what(question):
            return False
        text = t
        if s.text.rstrip().endswith(":") or self._has("for_example", t):
            text = t + " | " + continuation(s, blocks)
        return self._fell_short(text) or self._has("expression", t) or bool(self.scope_kinds(text) - LOOSE_KINDS)

    def _question_above(self, s: Sentence, blocks) -> str:
        """What ``s`` answers: a question sentence right before it in its paragraph, or
        the label right above its block (``s`` first in it, or second after a question)."""
        own = blocks[s.index]
        if s.number and own[s.number - 1].text.rstrip().endswith("?") and self._asks_what(own[s.number - 1].norm):
            return own[s.number - 1].norm
        # a table row "Plainte | Toute expression d'insatisfaction ...": the term in the cell before
        if s.number == 0 and s.block.tag == "td" and s.index and blocks[s.index - 1]:
            before = blocks[s.index - 1]
            if before[0].block.tag == "td" and len(before) == 1 and self._has("term_label", before[0].norm):
                return before[0].norm
        if s.block.tag in LABEL_TAGS:
            return ""
        if s.number == 0 or (s.number == 1 and own[0].text.rstrip().endswith("?")):
            return self._label_above(s, blocks)
        return ""

    def _asks_what(self, question: str) -> bool:
        """"Qu'est-ce qu'une plainte ?", or a question opening on "when / what / in which
        cases" about complaints in general ("Quand pouvez-vous porter plainte ?", "Wanneer
        spreken we van een klacht?"); not about our answer nor what is not a complaint."""
        if (self._has("what_is_not", question) or self._has("negation", question) or self._has("handling", question)
                or self._excludes(question, self._s("complaint", question))):
            return False
        if self._has("what_is", question):
            return True
        named = self._s("complaint", question) + self._s("complain_verb", question)
        return (question.rstrip().endswith("?") and self._has("interrogative", question)
                and any(self._generic(question, c) for c in named))

    def _gloss(self, t: str) -> bool:
        """A noun phrase that defines the term: an article or a noun of expressing first,
        the expression or the dissatisfaction among the first words, and what fell short:
        "Tout signalement d'un mécontentement ...", "Ausdruck der Unzufriedenheit ..."."""
        words = _WORD.findall(t)[:4]
        if not words or not (self._has("article", words[0]) or self._has("expression", words[0])):
            return False
        head = " ".join(words)
        return (self._has("expression", head) or self._has("dissatisfaction", head)) and self._fell_short(t)

    def _label_above(self, s: Sentence, blocks) -> str:
        """The label (a heading, a summary, a term, a short question) of the block right
        above ``s``'s block, or "" when other text stands between. For an entry of an
        enumeration (a list item, a table cell), the label above the whole enumeration:
        "<h2>Quand pouvez-vous vous plaindre ?</h2><ul><li>...</li><li>...</li></ul>",
        a table's caption above its header row."""
        entry = s.is_item and s.block.tag != "dt"
        for earlier in reversed(blocks[:s.index]):
            if not earlier:
                continue
            if entry and earlier[0].block.tag in ENTRY_TAGS:
                continue
            return earlier[0].label if is_label(earlier[0].block) else ""
        return ""

    # -- what is not a complaint (reported, never enough) -----------------------------
    def _exclusion(self, s: Sentence, t: str, complaints: list[Span], blocks) -> bool:
        if complaints and self._excludes(t, complaints) and self.excluded_kinds(t + " | " + continuation(s, blocks)):
            return True
        label = s.label
        if label and label != t and (self._has("what_is_not", label) or self._excludes(label, self._s("complaint", label))):
            if self.excluded_kinds(t):
                return True
        if s.number == 0 and s.is_item:
            intro = lead_in(s, blocks)
            if intro and self._excludes(intro, self._s("complaint", intro)) and self.excluded_kinds(t):
                return True
        return False

    def _negated_complaint(self, t: str) -> bool:
        """"n'est pas une plainte", "geen klacht", "keine Beschwerde", "not a complaint"."""
        negations = self._s("negation", t)
        return any(0 <= c[0] - n[1] <= 30 and tokens(t[n[1]:c[0]]) <= 4
                   for c in self._s("complaint", t) for n in negations)

    def _excludes(self, t: str, complaints: list[Span]) -> bool:
        """The complaint negated ("n'est pas une plainte", "geen klacht") or said not to
        be handled ("irrecevable", "we do not handle"), the negation not inside an "if"."""
        if not complaints:
            return False
        if self._negated_complaint(t):
            return True
        return any(not self._has("conditional", t[:h[0]]) for h in self._s("not_handled", t))
