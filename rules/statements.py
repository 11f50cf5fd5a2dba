"""What a statement is about and who acts in it: a statement is one match of a vocabulary
in a page's text, read with the sentence around it (``rules.sentences.statements``).

Shared by complaint-form, acknowledgement-of-receipt and complaint-number. A statement
is judged by what it is about (``topic``) and who acts in it (``external_agent``);
whether it is denied is read with it (``rules.sentences.is_denied``). A page that is
about another procedure (reporting a company to an inspection, objecting to a levy, a
criminal complaint) is set apart as a whole (``page_subject``), and so is a statement
about a criminal complaint (``criminal_setting``): "porter plainte", "klacht neerleggen",
"file a complaint" are criminal only beside the police, the prosecutor or an offence
(``rules.criminal``). ``label_of`` and ``defined_by`` read a statement with the question,
term or header it answers, or that it is. The words are data: rules/vocab/statements.yml.

    >>> from crawler.page import Page
    >>> from rules.sentences import is_denied, statements
    >>> words = StatementVocab.load()
    >>> page = Page("https://x.be/fr/plaintes/", 200, "text/html",
    ...     "<html><head><title>Gestion des plaintes</title></head>"
    ...     "<body><main><p>Nous accusons réception de votre plainte.</p></main></body></html>".encode())
    >>> [st] = list(statements([page], words.acknowledgement))
    >>> st.words, topic(st, words, [page]), is_denied(st)
    ('accusons réception', 'complaint', False)
    >>> words.mentions_complaint(normalise("Une plainte contre une entreprise ? Signalez-la."))
    False
    >>> words.mentions_complaint("vous pouvez porter plainte aupres de notre service qualite.")
    True
    >>> words.mentions_complaint("victime d'un vol ? portez plainte au commissariat.")
    False
    >>> report = Page("https://x.be/fr/signaler/", 200, "text/html",
    ...     "<title>Plainte contre une entreprise</title><h1>Signaler une entreprise</h1>".encode())
    >>> page_subject(report, words), page_subject(page, words)
    ('other', 'complaint')
"""

from __future__ import annotations

from functools import lru_cache

from crawler.page import Block, Page
from crawler.text import normalise
from rules.criminal import criminal_complaints
from rules.sentences import Statement, blank, is_label, page_title
from rules.vocabulary import load_vocab, phrases


class StatementVocab:
    """The statement-level vocabulary of rules/vocab/statements.yml."""

    def __init__(self, vocab: dict):
        self.complaint = phrases(vocab["complaint"])
        self.not_complaint = phrases(vocab["not_complaint"])
        self.third_party = phrases(vocab["third_party"])
        self.other_procedure = phrases(vocab["other_procedure"])
        self.other_subject = phrases(vocab["other_subject"])
        self.external_body = phrases(vocab["external_body"])
        self.own_possessive = phrases(vocab["own_possessive"])
        self.first_person = phrases(vocab["first_person"])
        self.by_agent = phrases(vocab["by_agent"])
        self.acknowledgement = phrases(vocab["acknowledgement"])
        self.confirmation = phrases(vocab["confirmation"])
        self.confirmation_of = phrases(vocab["confirmation_of"])
        self.arrival = phrases(vocab["arrival"])
        self.criminal = criminal_complaints()

    @classmethod
    @lru_cache(maxsize=1)
    def load(cls) -> "StatementVocab":
        return cls(load_vocab("statements"))

    def strip_borrowed(self, text: str) -> str:
        """Normalised ``text`` without the complaint words used for something else: a criminal
        complaint, an appeal called a complaint, a complaint against a company. "Porter plainte"
        is criminal only beside the police, the prosecutor or an offence (``rules.criminal``)."""
        return blank(text, self.criminal, self.not_complaint, self.third_party)

    def mentions_complaint(self, text: str) -> bool:
        """A complaint about the service is named in normalised ``text`` (a criminal one, an appeal
        or a complaint against a third party is not)."""
        return bool(self.complaint.search(self.strip_borrowed(text), normalised=True))

    def borrowed(self, text: str) -> bool:
        """Normalised ``text`` speaks of a criminal complaint, an appeal called a complaint, or a
        complaint or report against a third party."""
        return bool(self.criminal.search(text, normalised=True) or self.not_complaint.search(text, normalised=True)
                    or self.third_party.search(text, normalised=True))

    def off_topic(self, text: str) -> bool:
        """Normalised ``text`` (a title, a heading, a sentence) is about something else than the
        complaint procedure: no complaint about the service is named, and another matter is."""
        if self.mentions_complaint(text):
            return False
        return self.borrowed(text) or bool(self.other_procedure.search(text, normalised=True))

    def names_external(self, text: str) -> int:
        """Where the last body other than the administration (the Federal Ombudsman, Comité P, the
        public prosecutor) is named in normalised ``text``; -1 when none is, or when it is "our" own
        ("notre médiateur").

        >>> words = StatementVocab.load()
        >>> words.names_external("le mediateur federal accuse reception"), words.names_external("notre mediateur")
        (3, -1)
        """
        last = -1
        for found in self.external_body.finditer(text):
            if not self.own_possessive.search(text[max(0, found.start() - 30):found.start()], normalised=True):
                last = found.start()
        return last


def label_of(st: Statement) -> str:
    """The normalised label the statement's block answers or defines: the block just before it
    when that is a summary, a term, a table header, a heading or a short question or lead-in
    ("Vais-je recevoir une confirmation ?"); else the block's heading; else ""."""
    before = _neighbour(st, -1)
    if before is not None and is_label(before):
        return normalise(before.text)
    return _own_heading(st.block)


def _own_heading(block: Block) -> str:
    """The normalised heading the block stands under, "" when the block is that heading."""
    return normalise(block.heading) if block.heading and block.heading != block.text else ""


def defined_by(st: Statement) -> str:
    """When the statement's block is a label (a term, a header, a question), the normalised
    block after it, which says what the label is: "<dt>Reference number</dt><dd>Assigned to
    every complaint.</dd>"; else ""."""
    after = _neighbour(st, 1)
    return normalise(after.text) if after is not None and is_label(st.block) else ""


def _neighbour(st: Statement, step: int) -> Block | None:
    blocks = st.page.blocks
    at = st.index + step
    while 0 <= at < len(blocks):
        if not blocks[at].chrome:
            return blocks[at]
        at += step
    return None


def criminal_setting(st: Statement, words: StatementVocab) -> bool:
    """The statement speaks of a criminal complaint: its block names one ("portez plainte au
    commissariat") and its sentence names the police, the prosecutor or an offence ("la police
    vous remet un accusé de réception"). A police service's own complaint desk names no
    criminal complaint, and stays a complaint about the service."""
    criminal = words.criminal
    if not criminal.search(st.text, normalised=True):
        return False
    if criminal.context.search(st.sentence, normalised=True):
        return True
    # "File a complaint with the police; they will give you an acknowledgement": a sentence that
    # names no complaint of its own continues the one before
    previous = st.previous_sentences[:1]
    return bool(previous) and not words.mentions_complaint(st.sentence) \
        and criminal.context.search(previous[0], normalised=True) is not None


def _page_heads(page: Page) -> list[str]:
    """The page's title (without the site name after " | ") and its main headings, normalised."""
    return [normalise(t) for t in (page_title(page), *page.h1) if t and t.strip()]


def page_subject(page: Page, words: StatementVocab) -> str:
    """"other" when the page's title or main heading puts it under another procedure (reporting a
    company, objecting to a levy, a criminal complaint) and none names a complaint about the
    service; else "complaint"."""
    heads = _page_heads(page)
    if any(words.mentions_complaint(h) for h in heads):
        return "complaint"
    return "other" if any(words.off_topic(h) for h in heads) else "complaint"


def external_agent(st: Statement, words: StatementVocab) -> bool:
    """Another body acts in the statement: "Le Médiateur fédéral accuse réception de ...",
    "... sent by the Ombudsman", or "Il accuse réception" after a sentence, under a heading or
    on a page naming the Ombudsman. The administration speaking of itself ("nous", "wij", "we")
    acts itself, and so does its own body ("notre médiateur")."""
    head = st.sentence_before
    at = words.names_external(head)
    if at >= 0:
        return not words.first_person.search(head[at:], normalised=True)
    tail = st.sentence_after
    by = words.by_agent.search(tail, normalised=True)
    if by and words.names_external(tail[:len(by) + 40]) >= 0:
        return True
    if words.first_person.search(st.sentence, normalised=True):
        return False
    previous = st.previous_sentences[:1]
    if any(words.names_external(t) >= 0 and not words.first_person.search(t, normalised=True) for t in previous):
        return True
    heading = _own_heading(st.block)
    context = [heading] if heading else []
    context += [h for h in _page_heads(st.page) if not words.mentions_complaint(h)]
    return any(words.names_external(t) >= 0 for t in context)


def topic(st: Statement, words: StatementVocab, complaint_pages) -> str:
    """What the statement is about: "complaint", "other" (another procedure), "body" (another
    body's doing: the Ombudsman's acknowledgement) or "unknown".

    The page decides first when it is about another procedure; then who acts; then the
    sentence; then the sentences before it in the block; then the block's heading; then the
    page: a complaint page speaks of complaints, the contact page only near complaint words.
    """
    if page_subject(st.page, words) == "other" or criminal_setting(st, words):
        return "other"
    if external_agent(st, words):
        return "body"
    found = _subject_of(st.sentence, words)
    if found:
        return found
    for sentence in st.previous_sentences[:2]:
        found = _subject_of(sentence, words)
        if found:
            return found
    heading = normalise(st.block.heading)
    if heading and heading != st.text:
        found = _subject_of(heading, words)
        if found:
            return found
    if st.page in complaint_pages:
        return "complaint"
    blocks = st.page.blocks
    near = " ".join(normalise(b.text) for b in blocks[max(0, st.index - 2):st.index + 2] if not b.chrome)
    return "complaint" if words.mentions_complaint(near) else "unknown"


def _subject_of(text: str, words: StatementVocab) -> str | None:
    """"complaint", "other" or None for one normalised sentence or heading."""
    if words.mentions_complaint(text):
        return "complaint"
    if words.borrowed(text) or words.other_subject.search(text, normalised=True):
        return "other"
    return None
