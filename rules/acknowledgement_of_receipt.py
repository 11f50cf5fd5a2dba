"""acknowledgement-of-receipt (criterion 8): the complaint pages say that the
complainant receives an acknowledgement of receipt for the complaint.

An acknowledgement is named ("accusé de réception", "ontvangstbevestiging",
"Eingangsbestätigung", "acknowledgement"), or told as receipt and confirmation in one
clause, in either order ("la bonne réception de votre plainte vous est confirmée", "de
ontvangst van uw klacht wordt schriftelijk bevestigd"), or as a message that the
complaint has arrived ("u krijgt een bericht dat uw klacht goed is aangekomen", "you'll
get an e-mail telling you that we received it"). A bare confirmation counts when it is the
complaint's ("une confirmation de votre plainte", "a receipt for your complaint") or
when its sentence, or the question or term it answers, tells that the complaint has
reached us ("Sobald Ihre Beschwerde eingegangen ist, senden wir Ihnen eine Bestätigung";
"<summary>Hoe weet ik of mijn klacht is aangekomen?</summary> U krijgt een bevestiging");
"une confirmation de votre rendez-vous" does not.

Read statement by statement (rules/statements.py): the acknowledgement must be
about the complaint (a receipt for a registered letter the citizen keeps, or the
acknowledgement of a tax return, is not), sent by the administration (the Federal
Ombudsman acknowledging the complaints it receives is the second line, not this
administration), and not denied ("nous n'envoyons pas d'accusé de réception"). A
negation inside a condition ("if you have not received an acknowledgement within
five days, call us") still tells that one is sent. A page about another procedure
(reporting a company to an inspection, objecting to a levy, a criminal complaint)
is not read as the complaint procedure, even when it sits among the judged pages; nor
is a receipt the police gives for a criminal complaint ("Portez plainte au commissariat ;
la police vous remet un accusé de réception"), while "vous pouvez porter plainte auprès
de notre service qualité : nous en accusons réception" is the administration's.

**Anti-pattern** (fails: the only receipt is the post office's, kept by the citizen)::

    <p>Envoyez votre plainte par lettre recommandée et conservez
       l'accusé de réception de la poste.</p>

**Best practice**::

    <p>Dès que nous recevons votre plainte, le service des plaintes vous envoie
       un accusé de réception dans les cinq jours ouvrables.</p>
"""

from __future__ import annotations

from functools import cached_property

from crawler.text import Phrases
from rules.base import FAIL, PASS, Finding, Rule
from rules.sentences import Statement, is_denied, quote, statements
from rules.statements import StatementVocab, label_of, topic
from rules.vocabulary import load_vocab, phrases


class AcknowledgementOfReceipt(Rule):
    id = "acknowledgement-of-receipt"
    criterion = 8
    summary = "The complainant receives an acknowledgement of receipt"

    @cached_property
    def _vocab(self) -> dict:
        return load_vocab("acknowledgement")

    @cached_property
    def _words(self) -> StatementVocab:
        return StatementVocab.load()

    @cached_property
    def _registered(self) -> Phrases:
        return phrases(self._vocab["registered"])

    @cached_property
    def _postal(self) -> Phrases:
        return phrases(self._vocab["postal"])

    @cached_property
    def _keep(self) -> Phrases:
        return phrases(self._vocab["keep"])

    def check(self, site):
        for lang in site.languages:
            version = site.versions[lang]
            pages = version.judged_pages
            if not pages:
                yield Finding(FAIL, "site.no-complaint-page", lang)
                continue
            yield self._judge(lang, pages, version.complaint_pages)

    def _judge(self, lang: str, pages, complaint_pages) -> Finding:
        denied = other = body = None
        for st in self._candidates(pages):
            if self._citizens_receipt(st):
                other = other or st
                continue
            about = topic(st, self._words, complaint_pages)
            if about == "body":
                body = body or st
                continue
            if about != "complaint":
                other = other or (st if about == "other" else None)
                continue
            if is_denied(st):
                denied = denied or st
                continue
            return Finding.at(PASS, "acknowledgement.found", lang, st.page, st.block,
                              quote(st.block.text, st.match), term=st.words)
        for st, code in ((denied, "acknowledgement.denied"), (body, "acknowledgement.other-body"),
                         (other, "acknowledgement.other-subject")):
            if st:
                return Finding.at(FAIL, code, lang, st.page, st.block, quote(st.block.text, st.match), term=st.words)
        return Finding(FAIL, "acknowledgement.missing", lang, pages[0].url,
                       data={"pages": [p.url for p in pages]})

    def _candidates(self, pages):
        """The acknowledgements named, then the bare confirmations that are one."""
        yield from statements(pages, self._words.acknowledgement)
        for st in statements(pages, self._words.confirmation):
            if self._confirms_arrival(st):
                yield st

    def _confirms_arrival(self, st: Statement) -> bool:
        """A bare confirmation is the complaint's ("une confirmation de votre plainte"), or its
        sentence or label says the complaint has reached us."""
        words = self._words
        if words.confirmation_of.search(st.sentence_after, normalised=True):
            return True
        return any(words.arrival.search(text, normalised=True) for text in (st.sentence, label_of(st)))

    def _citizens_receipt(self, st: Statement) -> bool:
        """A postal receipt: "recommandé avec accusé de réception", "keep the receipt"."""
        just_before = st.text[max(0, st.start - 45):st.start]
        just_after = st.text[st.end:st.end + 35]
        return bool(self._registered.search(just_before, normalised=True)
                    or self._postal.search(just_after, normalised=True)
                    or self._keep.search(st.before, normalised=True))
