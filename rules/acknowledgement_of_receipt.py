"""acknowledgement-of-receipt (criterion 8): the complaint pages say that the
complainant receives an acknowledgement of receipt for the complaint.

Read statement by statement: the acknowledgement must be about the complaint
(a receipt for a registered letter the citizen keeps, or the acknowledgement of
a tax return, is not), and not denied ("nous n'envoyons pas d'accusé de
réception"). A negation inside a condition ("if you have not received an
acknowledgement within five days, call us") still tells that one is sent.

**Anti-pattern** (fails: the only receipt is the post office's, kept by the citizen)::

    <p>Envoyez votre plainte par lettre recommandée et conservez
       l'accusé de réception de la poste.</p>

**Best practice**::

    <p>Dès que nous recevons votre plainte, le service des plaintes vous envoie
       un accusé de réception dans les cinq jours ouvrables.</p>

The statement helpers below (``statements``, ``sentence_at``, ``is_denied``, ``topic``,
``StatementVocab``) are shared with complaint-number and complaint-form.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cached_property
from typing import Iterator

from crawler.page import Block, Page
from crawler.text import Phrases, normalise
from rules.base import FAIL, PASS, Finding, Rule
from rules.textsearch import quote
from rules.vocabulary import load_vocab, phrases

_SENTENCE_END = re.compile(r"[.!?;](?=\s|$)|\s[|\u2022]\s")
_CLAUSE_END = re.compile(r"[,.!?;()](?=\s|$)|\s[-|\u2022]\s|\s\(")


@dataclass(frozen=True)
class Statement:
    """One match of a vocabulary in a block, with the sentence around it."""

    page: Page
    block: Block
    index: int          # position of the block among the page's blocks
    text: str           # the block's normalised text
    start: int          # the match in ``text``
    end: int
    sentence: str       # the normalised sentence holding the match

    @property
    def match(self) -> str:
        return self.text[self.start:self.end]

    @property
    def words(self) -> str:
        """The match as written on the page."""
        return original_words(self.block.text, self.match)

    @property
    def before(self) -> str:
        """The clause before the match (from the last comma or sentence end)."""
        head = self.text[:self.start]
        cut = max((m.end() for m in _CLAUSE_END.finditer(head)), default=0)
        return head[cut:]

    @property
    def after(self) -> str:
        """The clause after the match, up to the next comma or sentence end."""
        tail = self.text[self.end:]
        found = _CLAUSE_END.search(tail)
        return tail[:found.start()] if found else tail

    @property
    def sentence_before(self) -> str:
        head = self.text[:self.start]
        cut = max((m.end() for m in _SENTENCE_END.finditer(head)), default=0)
        return head[cut:]


def sentence_at(text: str, start: int, end: int) -> str:
    """The sentence of normalised ``text`` that holds ``text[start:end]``."""
    lo = max((m.end() for m in _SENTENCE_END.finditer(text, 0, start)), default=0)
    found = _SENTENCE_END.search(text, end)
    return text[lo:found.end() if found else len(text)].strip()


def original_words(text: str, match: str) -> str:
    """The words of ``text`` as written (accents, capitals) that normalise to ``match``.

    >>> original_words("Un numéro  unique est attribué.", "numero unique")
    'numéro  unique'
    """
    chars, where = [], []
    for i, ch in enumerate(text):
        for n in normalise(ch) or (" " if ch.isspace() else ""):
            if n == " " and chars and chars[-1] == " ":
                continue
            chars.append(n)
            where.append(i)
    at = "".join(chars).find(match)
    if at < 0 or not match:
        return match
    return text[where[at]:where[at + len(match) - 1] + 1].replace("\u00ad", "").replace("\u200b", "")


def statements(pages, matcher: Phrases) -> Iterator[Statement]:
    """Every match of ``matcher`` in the pages' content blocks (navigation and footers skipped)."""
    for page in pages:
        for index, block in enumerate(page.blocks):
            if block.chrome:
                continue
            text = normalise(block.text)
            for found in matcher.finditer(text):
                if found.end() > found.start():
                    yield Statement(page, block, index, text, found.start(), found.end(),
                                    sentence_at(text, found.start(), found.end()))


class StatementVocab:
    """The statement-level vocabulary of rules/vocab/acknowledgement.yml."""

    def __init__(self, vocab: dict):
        self.complaint = phrases(vocab["complaint"])
        self.not_complaint = phrases(vocab["not_complaint"])
        self.other_subject = phrases(vocab["other_subject"])
        self.negation = phrases(vocab["negation"])
        self.conditional = phrases(vocab["conditional"])
        self.clause_break = phrases(vocab["clause_break"])
        self.received = phrases(vocab["received"])

    def mentions_complaint(self, text: str) -> bool:
        """A complaint about the service is named in normalised ``text`` (a criminal one is not)."""
        stripped = text
        for found in self.not_complaint.findall(text, normalised=True):
            stripped = stripped.replace(found, " ")
        return bool(self.complaint.search(stripped, normalised=True))


def is_denied(st: Statement, words: StatementVocab) -> bool:
    """The statement is negated: "no acknowledgement is sent", "wir senden keine ...".

    A negation in a condition ("si vous n'avez pas reçu ...") does not deny it, nor
    does one after a new clause opens ("... which is not yet an answer"). A question
    answered "Non." / "Nee." / "Nein." / "No." is denied."""
    if _answered_no(st):
        return True
    before = st.before
    if words.negation.search(before, normalised=True):
        if words.conditional.search(before, normalised=True):
            return False
        opening = st.sentence_before.lstrip()[:12]  # "Si, après cinq jours, vous n'avez pas reçu ..."
        return not (words.conditional.search(opening, normalised=True)
                    and words.received.search(before, normalised=True))
    after = st.after[:60]
    cut = next(words.clause_break.finditer(after), None)
    if cut is not None:
        after = after[:cut.start()]
    return bool(words.negation.search(after, normalised=True))


_NO = re.compile(r"\W*(non|nee|neen|nein|no)\b")


def _answered_no(st: Statement) -> bool:
    """A FAQ question about the statement whose answer starts with "no"."""
    if not st.sentence.endswith("?"):
        return False
    mark = st.text.find("?", st.end)
    rest = st.text[mark + 1:].strip() if mark >= 0 else ""
    if not rest:
        following = [b for b in st.page.blocks[st.index + 1:st.index + 3] if not b.chrome]
        rest = normalise(following[0].text) if following else ""
    return bool(_NO.match(rest))


def topic(st: Statement, words: StatementVocab, complaint_pages) -> str:
    """What the statement is about: "complaint", "other" (another procedure) or "unknown".

    The sentence decides first; then the block's heading; then the page: a complaint
    page speaks of complaints, the contact page only near complaint words."""
    if words.mentions_complaint(st.sentence):
        return "complaint"
    if words.other_subject.search(st.sentence, normalised=True):
        return "other"
    heading = normalise(st.block.heading)
    if heading and heading != st.text:
        if words.mentions_complaint(heading):
            return "complaint"
        if words.other_subject.search(heading, normalised=True):
            return "other"
    if st.page in complaint_pages:
        return "complaint"
    blocks = st.page.blocks
    near = " ".join(normalise(b.text) for b in blocks[max(0, st.index - 2):st.index + 2] if not b.chrome)
    return "complaint" if words.mentions_complaint(near) else "unknown"


class AcknowledgementOfReceipt(Rule):
    id = "acknowledgement-of-receipt"
    criterion = 8
    summary = "The complainant receives an acknowledgement of receipt"

    @cached_property
    def _vocab(self) -> dict:
        return load_vocab("acknowledgement")

    @cached_property
    def _words(self) -> StatementVocab:
        return StatementVocab(self._vocab)

    @cached_property
    def _acknowledgement(self) -> Phrases:
        return phrases(self._vocab["acknowledgement"])

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
        denied = other = None
        for st in statements(pages, self._acknowledgement):
            if self._citizens_receipt(st):
                other = other or st
                continue
            about = topic(st, self._words, complaint_pages)
            if about != "complaint":
                other = other or (st if about == "other" else None)
                continue
            if is_denied(st, self._words):
                denied = denied or st
                continue
            return Finding.at(PASS, "acknowledgement.found", lang, st.page, st.block,
                              quote(st.block, st.match), term=st.words)
        if denied:
            return Finding.at(FAIL, "acknowledgement.denied", lang, denied.page, denied.block,
                              quote(denied.block, denied.match), term=denied.words)
        if other:
            return Finding.at(FAIL, "acknowledgement.other-subject", lang, other.page, other.block,
                              quote(other.block, other.match), term=other.words)
        return Finding(FAIL, "acknowledgement.missing", lang, pages[0].url,
                       data={"pages": [p.url for p in pages]})

    def _citizens_receipt(self, st: Statement) -> bool:
        """A postal receipt: "recommandé avec accusé de réception", "keep the receipt"."""
        just_before = st.text[max(0, st.start - 45):st.start]
        just_after = st.text[st.end:st.end + 35]
        return bool(self._registered.search(just_before, normalised=True)
                    or self._postal.search(just_after, normalised=True)
                    or self._keep.search(st.before, normalised=True))
