"""complaint-number (criterion 7): the complaint pages say that each complaint is
registered under a unique number, given to the complainant.

A number is a registration of the complaint when the sentence gives it to the
complaint ("un numéro unique est attribué", "uw klacht krijgt een dossiernummer",
"erhält eine Vorgangsnummer", "you will receive a reference number"), when the
acknowledgement carries it, or when it is the complaint's own number ("le numéro
de votre plainte", "a case reference for your complaint", "un numéro qui lui est
propre", "a reference of its own"; "its own" may refer to the complaint named in the
sentence before: "Votre plainte est enregistrée ; le numéro qui lui est attribué ...").
A number named as a term, a header or a question counts when what follows gives it to
the complaint ("<dt>Vorgangsnummer</dt><dd>Wird jeder Beschwerde zugewiesen.</dd>"),
and so does a complaint said to be numbered ("every complaint is registered and
numbered").
Asking the citizen for a number they already have ("mentionnez votre numéro de
dossier", "vermeld uw dossiernummer", "quote your file number": a pension or tax
file) is not, nor is a telephone line, a national register or enterprise number,
or a bare form field "Reference". A request that refers back to the number the
sentence has just given to the complaint ("votre plainte reçoit un numéro :
rappelez-le dans vos courriers", "geben Sie das Aktenzeichen an, das wir Ihrer
Beschwerde zugewiesen haben") still tells that the complaint gets one.

Statements are read as in rules/statements.py: a number given by another body (the
Federal Ombudsman numbering the complaints it receives) or on a page about another
procedure (a company reported to an inspection, a levy contested) is not the
administration's registration of complaints.

**Anti-pattern** (fails: the citizen's own pension file number, not the complaint's)::

    <p>Dans votre courrier, mentionnez toujours votre numéro de dossier de pension.</p>

**Best practice**::

    <p>Chaque plainte est enregistrée sous un numéro unique, que vous retrouvez
       dans l'accusé de réception.</p>
"""

from __future__ import annotations

import re
from functools import cached_property

from crawler.text import Phrases
from rules.base import FAIL, PASS, Finding, Rule
from rules.sentences import Statement, is_denied, quote, statements
from rules.statements import StatementVocab, defined_by, topic
from rules.vocabulary import load_vocab, phrases

PASS_KINDS = ("unique", "owned", "assigned", "acknowledgement")
# a relative clause right after the number, past a separable particle ("geben Sie das Aktenzeichen an, das ...")
_SENTENCE_CUT = re.compile(r"[.;!?](?:\s|$)")
_RELATIVE = re.compile(r"\W{0,3}(?:\w{1,4}\W{1,3})?(que|qu'|qui|dont|that|which|we|dat|die|welke?|das|den|der|welche\w*)\b")


class ComplaintNumber(Rule):
    id = "complaint-number"
    criterion = 7
    summary = "Each complaint is registered under a unique number"

    @cached_property
    def _vocab(self) -> dict:
        return load_vocab("complaint_number")

    @cached_property
    def _words(self) -> StatementVocab:
        return StatementVocab.load()

    def _p(self, name: str) -> Phrases:
        return self._matchers[name]

    @cached_property
    def _matchers(self) -> dict[str, Phrases]:
        names = ("number", "bare_number", "unique", "owned_after", "owned_before", "owned_in", "own_after",
                 "own_before", "assigned", "citizen", "other_number")
        return {name: phrases(self._vocab[name]) for name in names}

    @cached_property
    def _digits_after(self) -> re.Pattern:
        return re.compile(self._vocab["digits_after"][3:])

    def check(self, site):
        for lang in site.languages:
            version = site.versions[lang]
            pages = version.judged_pages
            if not pages:
                yield Finding(FAIL, "site.no-complaint-page", lang)
                continue
            yield self._judge(lang, pages, version.complaint_pages)

    def _judge(self, lang: str, pages, complaint_pages) -> Finding:
        fallback: dict[str, Statement] = {}
        for matcher, bare in ((self._p("number"), False), (self._p("bare_number"), True)):
            for st in statements(pages, matcher):
                kind = self._classify(st, bare, complaint_pages)
                if kind in PASS_KINDS:
                    return Finding.at(PASS, "number.found", lang, st.page, st.block,
                                      quote(st.block.text, st.match), term=st.words, how=kind)
                if kind and not bare:
                    fallback.setdefault(kind, st)
        for kind, code in (("denied", "number.denied"), ("citizen", "number.citizen-reference"),
                           ("mentioned", "number.not-assigned")):
            if kind in fallback:
                st = fallback[kind]
                return Finding.at(FAIL, code, lang, st.page, st.block, quote(st.block.text, st.match), term=st.words)
        return Finding(FAIL, "number.missing", lang, pages[0].url, data={"pages": [p.url for p in pages]})

    def _classify(self, st: Statement, bare: bool, complaint_pages) -> str | None:
        """unique | owned | assigned | acknowledgement (the complaint's number), or
        denied | citizen | mentioned (a number, but not the complaint's), or None (off topic)."""
        if self._other_number(st):
            return None
        if topic(st, self._words, complaint_pages) != "complaint":
            return None
        sentence = st.sentence
        head, tail = st.text[:st.start], st.text[st.end:]
        owned = bool(self._p("owned_in").search(st.match, normalised=True)
                     or self._p("owned_after").search(tail[:60], normalised=True)
                     or self._p("owned_before").search(head[-40:], normalised=True)
                     or (self._antecedent(st)
                         and (self._p("own_after").search(tail[:60], normalised=True)
                              or self._p("own_before").search(head[-40:], normalised=True))))
        unique = bool(self._p("unique").search(st.text[max(0, st.start - 15):st.end + 25], normalised=True))
        assigned = bool(self._p("assigned").search(sentence, normalised=True))
        acknowledged = bool(self._words.acknowledgement.search(sentence, normalised=True))
        citizen = self._asks_citizen(st)
        if is_denied(st):
            return None if bare else "denied"
        if bare:  # "votre plainte reçoit un numéro": the sentence gives this very number to a complaint
            complaint_named = self._words.mentions_complaint(sentence)
            near = self._near(st, sentence)
            given = bool(self._p("assigned").search(near, normalised=True)
                         or self._words.acknowledgement.search(near, normalised=True))
            if (owned or complaint_named) and given and not citizen:
                return "assigned"
            return None
        if owned:
            return "owned"
        if acknowledged:
            return "acknowledgement"
        if unique and (assigned or not citizen):
            return "unique"
        if citizen:
            return "citizen"
        if assigned or self._defined_as_given(st):
            return "assigned"
        return "mentioned"

    def _antecedent(self, st: Statement) -> bool:
        """The complaint is named before the number, for "its own" to refer to: earlier in the
        sentence, or in the sentence before ("Votre plainte est enregistrée ; le numéro qui lui
        est attribué ...")."""
        return any(self._words.mentions_complaint(t) for t in (st.sentence_before, *st.previous_sentences[:1]))

    def _defined_as_given(self, st: Statement) -> bool:
        """The number is a term, a header or a question, and what follows it gives it to the
        complaint: "<dt>Vorgangsnummer</dt><dd>Wird jeder Beschwerde zugewiesen.</dd>"."""
        definition = defined_by(st)
        if not definition:
            return False
        first = _SENTENCE_CUT.split(definition, maxsplit=1)[0]
        return bool(self._p("assigned").search(first, normalised=True)) and self._words.mentions_complaint(first) \
            and not self._p("citizen").search(first, normalised=True)

    def _asks_citizen(self, st: Statement) -> bool:
        """The citizen is asked for this number: a request ("mentionnez", "vermeld", "please quote")
        governs it. A request after the number that the sentence has already given to the complaint
        ("votre plainte reçoit un numéro : rappelez-le") refers back to it and asks nothing new;
        nor does one followed by a verb that gives the number ("n'oubliez pas que votre plainte
        reçoit un numéro"), or by a relative clause that gives it to the complaint ("quote the
        reference we give your complaint")."""
        ask, give = self._p("citizen"), self._p("assigned")
        head, tail = st.sentence_before, st.sentence_after
        asked = [m.end() for m in ask.finditer(head)]
        if asked:
            if any(m.start() >= asked[-1] for m in give.finditer(head)):
                return False
            relative = _RELATIVE.match(tail)
            if relative:
                clause = tail[relative.end():relative.end() + 80]
                if give.search(clause, normalised=True) and (self._words.mentions_complaint(clause)
                                                             or self._words.acknowledgement.search(clause, normalised=True)):
                    return False
            return True
        if not ask.search(tail, normalised=True):
            return False
        return not (give.search(head, normalised=True) or give.search(tail, normalised=True))

    @staticmethod
    def _near(st: Statement, sentence: str, width: int = 50) -> str:
        """The sentence's text within ``width`` characters of the match."""
        at = sentence.find(st.match)
        return sentence[max(0, at - width):at + len(st.match) + width] if at >= 0 else sentence

    def _other_number(self, st: Statement) -> bool:
        """A telephone line, an identity, enterprise or account number, an address."""
        lo = max(st.text.rfind(". ", 0, st.start), st.text.rfind(";", 0, st.start), st.start - 30, 0)
        after = _SENTENCE_CUT.split(st.text[st.end:st.end + 30], maxsplit=1)[0]
        window = st.text[lo:st.start] + st.match + after
        return bool(self._p("other_number").search(window, normalised=True)
                    or self._digits_after.search(st.text[st.end:st.end + 20]))
