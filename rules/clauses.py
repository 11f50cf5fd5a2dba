"""Reading a page as statements: units of text, sentences, clauses.

A rule that looks for *who does what* (the complainant files, the administration
answers) cannot read a bag of words: "nous vous répondons par écrit" is the
administration's action, "écrivez-nous" the complainant's, and "si vous envoyez
votre plainte par recommandé, conservez le récépissé" tells neither where to file
nor what happens next. This module cuts the content of a page into:

- **units**: a content block, or a table row (its cells joined), with its section
  heading, its links, and whether it is only a link (a "see also" item, a back link);
- **sentences**: normalised, with whether they are questions;
- **clauses**: the pieces of a sentence between commas, semicolons and colons, with
  whether they open a condition ("si ...", "als ...", "wenn ...", "if ...") and
  whether they are denied ("nous n'envoyons pas ...").

The clause grammar (condition openers, negations) is data: ``rules/vocab/clauses.yml``.

    >>> from crawler.page import Page
    >>> page = Page("https://x.be/fr/plaintes/", 200, "text/html", (
    ...     "<main><h2>Comment ?</h2><p>Comment faire ? Écrivez-nous à <a href='mailto:p@x.be'>p@x.be</a>. "
    ...     "Si vous envoyez votre plainte par recommandé, conservez le récépissé.</p>"
    ...     "<table><tr><td>Réponse</td><td>30 jours</td></tr></table>"
    ...     "<ul><li><a href='/fr/faq/'>Questions fréquentes</a></li></ul></main>").encode())
    >>> [(u.text, u.link_only) for u in units(page)]   # doctest: +NORMALIZE_WHITESPACE
    [('Comment ?', False),
     ('Comment faire ? Écrivez-nous à p@x.be. Si vous envoyez votre plainte par recommandé, conservez le récépissé.', False),
     ('Réponse : 30 jours', False), ('Questions fréquentes', True)]
    >>> [(s.text, s.question) for s in sentences(units(page)[1], "fr")]   # doctest: +NORMALIZE_WHITESPACE
    [('comment faire ?', True), ('ecrivez-nous a p@x.be.', False),
     ('si vous envoyez votre plainte par recommande, conservez le recepisse.', False)]
    >>> [(c.text, c.conditional) for c in sentences(units(page)[1], "fr")[2].clauses]
    [('si vous envoyez votre plainte par recommande', True), ('conservez le recepisse.', False)]
    >>> grammar("fr").denied("nous n'envoyons pas d'accuse de reception"), grammar("fr").denied("au plus tard 30 jours")
    (True, False)
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from crawler.page import Block, Link, Page
from crawler.text import normalise
from rules.vocabulary import load_vocab

_CELLS = frozenset(("td", "th"))
_SENTENCE_END = re.compile(r"[.!?;]+(?=\s|$)")
_CLAUSE_CUT = re.compile(r",\s|;\s?|:\s|\s[-\u2013\u2014]\s|\s\(|\)\s|\s\|\s")
_WORD = re.compile(r"[^\W\d_]{2,}")


@dataclass(frozen=True)
class Unit:
    """A content block (or a table row) of a page, as a reader meets it."""

    page: Page
    block: Block            # the (first) block, for evidence
    index: int              # position of the unit among the page's units
    text: str               # as written (cells of a row joined by " : ")
    norm: str               # normalised
    heading: str            # the section heading, normalised ("" when the unit is the heading)
    links: tuple[Link, ...] = ()
    link_only: bool = False  # nothing but link text: navigation, not a statement
    header: bool = False     # a table row of header cells only

    @property
    def is_heading(self) -> bool:
        return self.header or self.block.tag in ("h1", "h2", "h3", "h4", "h5", "h6", "dt", "summary", "legend", "caption")


@dataclass(frozen=True)
class Clause:
    text: str
    conditional: bool
    interrogative: bool = False  # opens with a question word: a title or an indirect question


@dataclass(frozen=True)
class Sentence:
    unit: Unit
    text: str                       # normalised
    question: bool
    clauses: tuple[Clause, ...] = field(default=())


class Grammar:
    """The clause grammar of one language (rules/vocab/clauses.yml)."""

    def __init__(self, lang: str):
        vocab = load_vocab("clauses")
        conj = "|".join(vocab["conjunction"])
        cond = "|".join(vocab["conditional"].get(lang, []))
        self.conditional = re.compile(rf"^\W*(?:(?:{conj})\s+)?(?:{cond})\b") if cond else None
        ask = "|".join(vocab["interrogative"].get(lang, []))
        self.interrogative = re.compile(rf"^\W*(?:{ask})\b") if ask else None
        neg = vocab["negation"].get(lang, [])
        self.negation = re.compile(r"(?<![\w'])(?:" + "|".join(neg) + r")(?!\w)") if neg else None
        keep = vocab["not_negation"].get(lang, [])
        self.not_negation = re.compile(r"(?<!\w)(?:" + "|".join(keep) + r")(?!\w)") if keep else None
        self.lang = lang

    def is_conditional(self, clause: str, rest: str = "") -> bool:
        if self.conditional is not None and self.conditional.search(clause):
            return True
        # Dutch puts the verb first in a condition: "Verstuurt u uw klacht aangetekend, bewaar dan ..."
        return self.lang == "nl" and bool(re.match(r"\W*\w+t (u|je|jij)\b", clause)) and \
            bool(re.search(r"\bdan\b", rest))

    def denied(self, clause: str) -> bool:
        """The clause holds a negation that is not a bound ("pas plus de", "no later than")."""
        if self.negation is None:
            return False
        if self.not_negation is not None:
            clause = self.not_negation.sub(" ", clause)
        return bool(self.negation.search(clause))

    def denied_near(self, clause: str, start: int, end: int, words: int = 3) -> bool:
        """A negation in ``clause[start:end]`` or within ``words`` words of it: "we do not send",
        "nous n'envoyons pas", "versenden wir nicht". Farther negations belong to another verb
        ("someone who was not involved reviews your complaint")."""
        before = clause[:start].split()[-words:]
        after = clause[end:].split()[:words]
        return self.denied(" ".join(before + [clause[start:end]] + after))


@lru_cache(maxsize=None)
def grammar(lang: str) -> Grammar:
    return Grammar(lang)


def _owner(blocks: list[Block], selector: str) -> int | None:
    """Index of the deepest block whose element holds the element at ``selector``."""
    best, depth = None, -1
    for i, block in enumerate(blocks):
        if (selector == block.selector or selector.startswith(block.selector + " > ")) and \
                len(block.selector) > depth:
            best, depth = i, len(block.selector)
    return best


def _parent(selector: str) -> str:
    return selector.rsplit(" > ", 1)[0]


def units(page: Page) -> list[Unit]:
    """The page's content (navigation, header and footer left out) as units, in reading order."""
    blocks = page.blocks
    owned: dict[int, list[Link]] = {}
    for link in page.links:
        if link.chrome:
            continue
        at = _owner(blocks, link.selector)
        if at is not None:
            owned.setdefault(at, []).append(link)
    out: list[Unit] = []
    i = 0
    while i < len(blocks):
        block = blocks[i]
        if block.chrome:
            i += 1
            continue
        group = [i]
        if block.tag in _CELLS:  # a table row: its cells read as one line
            while group[-1] + 1 < len(blocks) and blocks[group[-1] + 1].tag in _CELLS and \
                    _parent(blocks[group[-1] + 1].selector) == _parent(block.selector):
                group.append(group[-1] + 1)
        text = " : ".join(blocks[j].text for j in group)
        links = tuple(link for j in group for link in owned.get(j, ()))
        norm = normalise(text)
        rest = norm
        for link in links:
            for piece in (normalise(link.text), normalise(link.url)):
                if piece:
                    rest = rest.replace(piece, " ")
        link_only = bool(links) and not _WORD.search(rest)
        heading = normalise(block.heading) if block.heading and block.heading != block.text else ""
        header = all(blocks[j].tag == "th" for j in group)
        out.append(Unit(page, block, len(out), text, norm, heading, links, link_only, header))
        i = group[-1] + 1
    return out


def sentences(unit: Unit, lang: str) -> list[Sentence]:
    """The unit's sentences, each with its clauses."""
    g = grammar(lang)
    found = []
    start = 0
    spans = []
    for end in _SENTENCE_END.finditer(unit.norm):
        spans.append(unit.norm[start:end.end()])
        start = end.end()
    spans.append(unit.norm[start:])
    for text in spans:
        text = text.strip()
        if not _WORD.search(text):
            continue
        pieces = [p.strip() for p in _CLAUSE_CUT.split(text) if p and p.strip()]
        clauses = tuple(Clause(p, g.is_conditional(p, " ".join(pieces[k + 1:])),
                               bool(g.interrogative and g.interrogative.search(p)))
                        for k, p in enumerate(pieces))
        found.append(Sentence(unit, text, text.rstrip().endswith("?"), clauses))
    return found


def original_words(text: str, match: str) -> str:
    """The words of ``text`` as written (accents, capitals) that normalise to ``match``.

    >>> original_words("Écrivez-nous à l’adresse suivante", "ecrivez-nous")
    'Écrivez-nous'
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
    return text[where[at]:where[at + len(match) - 1] + 1]


def quote(unit: Unit, match: str, width: int = 240) -> str:
    """The unit's text around ``match`` (normalised), for evidence."""
    text = unit.text
    if len(text) <= width:
        return text
    words = original_words(text, match)
    at = text.find(words) if words else -1
    if at < 0:
        return text[:width] + "…"
    start = max(0, at - width // 3)
    return ("…" if start else "") + text[start:start + width] + ("…" if start + width < len(text) else "")
