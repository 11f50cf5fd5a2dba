"""The page reader: a page's text as sentences and clauses, with the words as written for
evidence (``original_words``, ``quote``). Three readings share it:

- **blocks of sentences** (``read``), for the rules that look for a statement whose
  concepts must be related within one clause (complaint-vs-appeal, complaint-rationale,
  complaint-definition);
- **units of sentences of clauses** (``units``, ``unit_sentences``, ``grammar``), for the
  rules that look for who does what (complaint-procedure, second-line-ombudsman), below;
- **statements** (``statements``, ``sentence_at``): each match of a vocabulary in a block,
  with the sentence and clause around it, and whether it is denied (``is_denied``,
  ``negated``), for complaint-form, acknowledgement-of-receipt and complaint-number (what
  a statement is about and who acts in it: ``rules/statements.py``).

The three readings cut sentences differently, and each rule was tuned on its own cut:
``split_sentences`` (as written, abbreviations and colons read), ``unit_sentences``
(normalised, at runs of . ! ? ;) and ``sentence_at`` (normalised, at . ! ? ; and at " | "
and " • " separators). Likewise two denials: ``grammar(lang).denied`` (per language, near
the verb) and ``negated`` (all languages, in the clause before the match).

The word lists are data: ``rules/vocab/sentences.yml``.

A page is cut into blocks by the crawler (``Page.blocks``); here each block is cut into
sentences and clauses, normalised (``crawler.text.normalise``) and masked: a rule
replaces its false friends ("porter plainte", "avoir recours à", "n'hésitez pas") by a
token before it looks for anything, so "recours" in "avoir recours à" is never an
appeal. Every sentence knows its block, its position and its *label*: the heading,
summary, table header, tab title or short question it stands under.

    >>> split_sentences("Une plainte n'est pas un recours. Elle ne suspend pas les délais ; "
    ...                 "ils continuent à courir. voir p. ex. l'art. 5 : écrivez à plaintes@x.be. Merci")
    ["Une plainte n'est pas un recours.", 'Elle ne suspend pas les délais ;', 'ils continuent à courir.', "voir p. ex. l'art. 5 : écrivez à plaintes@x.be.", 'Merci']
    >>> from crawler.text import Phrases
    >>> mask("Vous pouvez avoir recours à un avocat.", [(Phrases(["avoir recours"]), "xcallx")])
    'vous pouvez xcallx a un avocat.'
    >>> page = Page("https://x.be/fr/plaintes", 200, "text/html", (
    ...     "<main><h2>Plainte ou recours ?</h2><p>Une plainte ne remplace</p><p>pas un recours.</p>"
    ...     "<p>Nous traitons :</p><ul><li>les retards ;</li><li>les erreurs.</li></ul></main>").encode())
    >>> blocks = read(page, normalise)
    >>> [(s.text, s.label) for b in blocks for s in b]  # doctest: +NORMALIZE_WHITESPACE
    [('Plainte ou recours ?', 'plainte ou recours ?'),
     ('Une plainte ne remplace pas un recours.', 'plainte ou recours ?'),
     ('Nous traitons :', 'nous traitons :'), ('les retards ;', 'nous traitons :'), ('les erreurs.', 'nous traitons :')]
    >>> item = blocks[-1][0]
    >>> lead_in(item, blocks)
    'nous traitons :'
    >>> continuation(blocks[3][0], blocks)
    'les retards ; | les erreurs.'

Where a sentence ends: after "!", "?" and ";" always; after a colon or an ellipsis
("…") only before a capital or a digit (a colon before lower case opens an enumeration, read with
``lead_in`` and ``continuation``); after a full stop unless the word before it is an
abbreviation (``rules/vocab/sentences.yml``) or an initial, or a number followed by
lower case. Known limit: an abbreviation that really ends a sentence ("... etc. Puis")
keeps the two sentences together.

Units and clauses.

A rule that looks for *who does what* (the complainant files, the administration
answers) cannot read a bag of words: "nous vous répondons par écrit" is the
administration's action, "écrivez-nous" the complainant's, and "si vous envoyez
votre plainte par recommandé, conservez le récépissé" tells neither where to file
nor what happens next. This reading cuts the content of a page into:

- **units**: a content block, or a table row (its cells joined), with its section
  heading, its links, and whether it is only a link (a "see also" item, a back link);
- **unit sentences**: normalised, with whether they are questions (cut at . ! ? ;);
- **clauses**: the pieces of a sentence between commas, semicolons and colons, with
  whether they open a condition ("si ...", "als ...", "wenn ...", "if ...") and
  whether they are denied ("nous n'envoyons pas ...").

The clause grammar (condition openers, negations) is data: ``clauses`` in ``rules/vocab/sentences.yml``.

    >>> page = Page("https://x.be/fr/plaintes/", 200, "text/html", (
    ...     "<main><h2>Comment ?</h2><p>Comment faire ? Écrivez-nous à <a href='mailto:p@x.be'>p@x.be</a>. "
    ...     "Si vous envoyez votre plainte par recommandé, conservez le récépissé.</p>"
    ...     "<table><tr><td>Réponse</td><td>30 jours</td></tr></table>"
    ...     "<ul><li><a href='/fr/faq/'>Questions fréquentes</a></li></ul></main>").encode())
    >>> [(u.text, u.link_only) for u in units(page)]   # doctest: +NORMALIZE_WHITESPACE
    [('Comment ?', False),
     ('Comment faire ? Écrivez-nous à p@x.be. Si vous envoyez votre plainte par recommandé, conservez le récépissé.', False),
     ('Réponse : 30 jours', False), ('Questions fréquentes', True)]
    >>> [(s.text, s.question) for s in unit_sentences(units(page)[1], "fr")]   # doctest: +NORMALIZE_WHITESPACE
    [('comment faire ?', True), ('ecrivez-nous a p@x.be.', False),
     ('si vous envoyez votre plainte par recommande, conservez le recepisse.', False)]
    >>> [(c.text, c.conditional) for c in unit_sentences(units(page)[1], "fr")[2].clauses]
    [('si vous envoyez votre plainte par recommande', True), ('conservez le recepisse.', False)]
    >>> grammar("fr").denied("nous n'envoyons pas d'accuse de reception"), grammar("fr").denied("au plus tard 30 jours")
    (True, False)
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Callable, Iterable, Iterator

from crawler.page import HEADINGS, Block, Link, Page, clean, visible_text
from crawler.text import Phrases, normalise
from rules.vocabulary import load_vocab, phrases

Span = tuple[int, int]
# blocks that are items of an enumeration
LIST_TAGS = frozenset(("li", "dd", "dt", "td", "th", "option"))
# blocks that name the section below them
LABEL_TAGS = HEADINGS | {"summary", "dt", "th", "caption", "legend"}
LABEL_MAX = 80  # a short block ending in "?" or ":" labels what follows
# where a sentence may end: after . : … (decided by what follows and what precedes),
# after ! ? ; always
_BREAK = re.compile(r"(?<=[.:\u2026])\s+(?=\S)|(?<=[!?;])\s+")
_NEXT_UPPER = re.compile(r"[^\w\s]*[A-ZÀ-ÖØ-Þ0-9]")
_WORD = re.compile(r"\w+")
_TERMINAL = re.compile(r"[.!?;:]\W*$")


@lru_cache(maxsize=1)
def _abbreviations() -> frozenset[str]:
    table = load_vocab("sentences")["abbreviations"]
    return frozenset(normalise(str(a)).rstrip(".") for words in table.values() for a in words)


def _ends_sentence(before: str, after: str, capitals: bool = False) -> bool:
    """Does the break between ``before`` and ``after`` end a sentence? After a colon, only
    before a capital or a digit; after a full stop, unless the word before it is an
    abbreviation ("p. ex.", "art.", "z. B.") or an initial, or a number before lower case.
    In a text written in ``capitals`` (a heading), a capital after a colon says nothing.

    >>> _ends_sentence("Plainte et recours :", "Deux procédures"), _ends_sentence("PLAINTE :", "DEUX", True)
    (True, False)
    """
    upper = bool(_NEXT_UPPER.match(after)) and not (capitals and not after[:1].isdigit())
    if before.endswith((":", "\u2026")):  # a colon or an ellipsis ("accueil, boutique… Une suggestion")
        return upper
    if not before.endswith("."):
        return True
    word = re.search(r"(\S+)\.$", before)
    if not word:
        return True
    token = normalise(word.group(1)).lstrip("([\"").rsplit("'", 1)[-1]
    if len(token) <= 1 or token in _abbreviations():
        return False
    if "." in token and all(len(part) <= 2 for part in token.split(".")):  # "e.g", "z.B", "m.a.w"
        return False
    return upper or not token.isdigit()


def split_sentences(text: str) -> list[str]:
    """A block's text cut into sentences (and clauses ending in ';')."""
    out, start = [], 0
    capitals = text.upper() == text and text.lower() != text
    for m in _BREAK.finditer(text):
        if _ends_sentence(text[start:m.start()], text[m.end():], capitals):
            out.append(text[start:m.start()])
            start = m.end()
    out.append(text[start:])
    return [s for s in (p.strip() for p in out) if s]


def mask(text: str, masks: Iterable[tuple[Phrases, str]]) -> str:
    """``text`` normalised, each mask's matches replaced by its token, in order."""
    text = normalise(text)
    for matcher, token in masks:
        parts, last = [], 0
        for m in matcher.finditer(text):
            parts += [text[last:m.start()], token]
            last = m.end()
        text = "".join(parts) + text[last:]
    return text


def spans(matcher: Phrases, text: str) -> list[Span]:
    """Where ``matcher`` matches in normalised ``text``."""
    return [(m.start(), m.end()) for m in matcher.finditer(text)]


def _original_span(text: str, match: str) -> Span | None:
    """Where in ``text`` (as written) the words that normalise to ``match`` stand."""
    chars, where = [], []
    for i, ch in enumerate(text):
        for n in normalise(ch) or (" " if ch.isspace() else ""):
            if n == " " and chars and chars[-1] == " ":
                continue
            chars.append(n)
            where.append(i)
    at = "".join(chars).find(match)
    if at < 0 or not match:
        return None
    return where[at], where[at + len(match) - 1] + 1


def original_words(text: str, match: str) -> str:
    """The words of ``text`` as written (accents, capitals) that normalise to ``match``,
    for evidence (invisible soft hyphens and zero-width spaces left out).

    >>> original_words("Un numéro  unique est attribué.", "numero unique")
    'numéro  unique'
    >>> original_words("Écrivez-nous à l’adresse suivante", "ecrivez-nous")
    'Écrivez-nous'
    """
    span = _original_span(text, match)
    if span is None:
        return match
    return text[span[0]:span[1]].replace("\u00ad", "").replace("\u200b", "")


def quote(text: str, match: str, width: int = 240) -> str:
    """``text`` (as written) around ``match`` (normalised), for evidence."""
    if len(text) <= width:
        return text
    span = _original_span(text, match)
    if span is None:
        return text[:width] + "…"
    start = max(0, span[0] - width // 3)
    return ("…" if start else "") + text[start:start + width] + ("…" if start + width < len(text) else "")


_TITLE_SEPARATOR = re.compile(r"\s[|\u2013\u2014-]\s")


def page_title(page: Page) -> str:
    """The page's title as written, without the site's name after " | " or " - "."""
    return _TITLE_SEPARATOR.split(page.title or "", maxsplit=1)[0]


def tokens(text: str) -> int:
    """How many words ``text`` holds."""
    return len(_WORD.findall(text))


@dataclass
class Sentence:
    page: Page
    block: Block
    index: int       # the block's position among the page's blocks
    number: int      # the sentence's position in its block
    text: str        # as written, for evidence
    norm: str        # normalised, masks applied
    label: str = ""  # the nearest heading, summary, header, tab or short question above, normalised

    @property
    def is_item(self) -> bool:
        """A list item or a table cell: an entry of an enumeration."""
        return self.block.tag in LIST_TAGS


def _side_labels(page: Page) -> tuple[dict[str, str], set[str]]:
    """Labels that do not stand above the text in reading order, by block selector
    prefix: a tab panel's title (``aria-labelledby``, its tab button sits in the tab
    list) and a table cell's column header (``<th>`` cells of the first row). Also the
    selectors of blocks that label no text below them: tab lists (their titles run
    together, each titles its own panel) and column headers (each titles its column,
    not what follows the table)."""
    tree = page.tree
    found: dict[str, str] = {}
    apart: set[str] = set()
    if tree is None:
        return found, apart
    ids = {el.get("id"): el for el in tree.iter() if isinstance(el.tag, str) and el.get("id")}
    for el in tree.iter():
        if not isinstance(el.tag, str):
            continue
        role = (el.get("role") or "").lower()
        if role == "tablist":
            apart.add(page.css_path(el))
        ref = el.get("aria-labelledby")
        if ref and role in ("tabpanel", "region", "group"):
            title = clean(" ".join(visible_text(ids[r]) for r in ref.split() if r in ids))
            if title:
                found[page.css_path(el)] = title
        if el.tag.lower() == "table":
            rows = [r for r in el.iter("tr")]
            if len(rows) < 2:
                continue
            head = [c for c in rows[0] if isinstance(c.tag, str) and c.tag.lower() in ("th", "td")]
            if len(head) < 2 or any(c.tag.lower() != "th" for c in head):
                continue
            names = [visible_text(c) for c in head]
            apart.update(page.css_path(c) for c in head)
            for row in rows[1:]:
                cells = [c for c in row if isinstance(c.tag, str) and c.tag.lower() in ("th", "td")]
                if len(cells) == len(names) and cells[0].tag.lower() == "td":
                    for cell, name in zip(cells, names):
                        if name:
                            found[page.css_path(cell)] = name
    return found, apart


def _side_label(selector: str, side: dict[str, str]) -> str | None:
    """The label of the innermost element (the longest selector) that holds the block."""
    best = None
    for prefix, title in side.items():
        if (selector == prefix or selector.startswith(prefix + " > ")) and (best is None or len(prefix) > len(best[0])):
            best = (prefix, title)
    return best[1] if best else None


def is_label(block: Block) -> bool:
    """Does this block name what follows (a heading, a summary, a short question)?"""
    text = block.text.strip()
    return block.tag in LABEL_TAGS or (len(text) <= LABEL_MAX and text.endswith(("?", ":")))


def read(page: Page, norm: Callable[[str], str], join: bool = True) -> list[list[Sentence]]:
    """The page's sentences, one list per block (empty for the site's chrome and for tab
    lists), each with its label. With ``join``, a sentence that a block boundary cut in two (the block ends
    without punctuation and the next, a paragraph too, starts in lower case) is read
    whole, as a sentence of the first block."""
    out: list[list[Sentence]] = []
    label = ""
    side, apart = _side_labels(page)
    last: tuple[int, Sentence] | None = None  # the block and sentence a continuation would join
    for index, block in enumerate(page.blocks):
        if block.chrome or (block.selector in apart and block.tag != "th"):  # a tab list: read through its panels
            out.append([])
            last = None
            continue
        text = block.text.strip()
        parts = split_sentences(text)
        if block.selector in apart:  # a column header labels its column only
            block_label = norm(text)
        else:
            if is_label(block):
                label = norm(text)
            own_label = _side_label(block.selector, side)
            block_label = norm(own_label) if own_label else label
        if (join and last is not None and parts and block.tag not in LIST_TAGS and not is_label(block)
                and last[1].block.tag not in LIST_TAGS and parts[0][:1].islower()):
            i, previous = last
            joined = f"{previous.text} {parts[0]}"
            out[i][-1] = Sentence(previous.page, previous.block, previous.index, previous.number, joined,
                                  norm(joined), previous.label)
            parts = parts[1:]
        sentences = [Sentence(page, block, index, n, part, norm(part), block_label) for n, part in enumerate(parts)]
        out.append(sentences)
        last = (index, sentences[-1]) if sentences and not _TERMINAL.search(text) and not is_label(block) else None
    return out


def lead_in(s: Sentence, blocks: list[list[Sentence]], reach: int = 15) -> str:
    """What introduces ``s`` as an item of an enumeration, normalised: for a list item or
    table cell, the last block before the list that is not one (within ``reach``
    blocks); for a later clause of a block whose first sentence opens an enumeration
    ("Ne sont pas traitées : les plaintes anonymes ; les décisions ..."), the clauses
    before it. Empty when ``s`` is not an item."""
    earlier = blocks[s.index][:s.number]
    if earlier:
        # the nearest sentence that opens an enumeration, also when paragraphs were run
        # together with <br><br> ("... verbessern. Nicht als Beschwerde gelten: ...")
        opener = max((k for k, x in enumerate(earlier) if k and x.text.rstrip().endswith(":")), default=0)
        if ":" not in earlier[opener].text and not earlier[-1].text.endswith(";"):
            return ""
        return " | ".join(x.norm for x in earlier[opener:])
    if s.number == 0 and s.is_item:
        for before in reversed(blocks[max(0, s.index - reach):s.index]):
            if before and not before[0].is_item:
                return " | ".join(x.norm for x in before)
    return ""


def continuation(s: Sentence, blocks: list[list[Sentence]], reach: int = 15) -> str:
    """What ``s`` introduces, normalised: the rest of its block and, when it opens a list
    (it ends its block, or ends with ':'), the list items or table cells that follow."""
    own = blocks[s.index]
    parts = [x.norm for x in own[s.number + 1:]]
    if s.number == len(own) - 1 or s.text.endswith(":"):
        for later in blocks[s.index + 1:s.index + 1 + reach]:
            if not later:
                continue
            if not later[0].is_item:
                break
            parts += [x.norm for x in later]
    return " | ".join(parts)


# --- units and clauses: who does what (complaint-procedure, second-line-ombudsman) ---

_CELLS = frozenset(("td", "th"))
_UNIT_SENTENCE_END = re.compile(r"[.!?;]+(?=\s|$)")
_CLAUSE_CUT = re.compile(r",\s|;\s?|:\s|\s[-\u2013\u2014]\s|\s\(|\)\s|\s\|\s")
_LETTERS = re.compile(r"[^\W\d_]{2,}")


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
        return self.header or (self.block.tag in LABEL_TAGS and self.block.tag != "th")


@dataclass(frozen=True)
class Clause:
    text: str
    conditional: bool
    interrogative: bool = False  # opens with a question word: a title or an indirect question


@dataclass(frozen=True)
class UnitSentence:
    unit: Unit
    text: str                       # normalised
    question: bool
    clauses: tuple[Clause, ...] = field(default=())


class Grammar:
    """The clause grammar of one language (rules/vocab/sentences.yml, ``clauses``)."""

    def __init__(self, lang: str):
        vocab = load_vocab("sentences")["clauses"]
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
        return self.lang == "nl" and bool(_NL_VERB_FIRST.match(clause)) and bool(_NL_THEN.search(rest))

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


_NL_VERB_FIRST = re.compile(r"\W*\w+t (u|je|jij)\b")
_NL_THEN = re.compile(r"\bdan\b")


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
        link_only = bool(links) and not _LETTERS.search(rest)
        heading = normalise(block.heading) if block.heading and block.heading != block.text else ""
        header = all(blocks[j].tag == "th" for j in group)
        out.append(Unit(page, block, len(out), text, norm, heading, links, link_only, header))
        i = group[-1] + 1
    return out


def unit_sentences(unit: Unit, lang: str) -> list[UnitSentence]:
    """The unit's sentences, each with its clauses."""
    g = grammar(lang)
    found = []
    start = 0
    cut = []
    for end in _UNIT_SENTENCE_END.finditer(unit.norm):
        cut.append(unit.norm[start:end.end()])
        start = end.end()
    cut.append(unit.norm[start:])
    for text in cut:
        text = text.strip()
        if not _LETTERS.search(text):
            continue
        pieces = [p.strip() for p in _CLAUSE_CUT.split(text) if p and p.strip()]
        clauses = tuple(Clause(p, g.is_conditional(p, " ".join(pieces[k + 1:])),
                               bool(g.interrogative and g.interrogative.search(p)))
                        for k, p in enumerate(pieces))
        found.append(UnitSentence(unit, text, text.rstrip().endswith("?"), clauses))
    return found


# --- statements: one match of a vocabulary read with the sentence and clause around it
# (complaint-form, acknowledgement-of-receipt, complaint-number; see rules/statements.py) ---

_MATCH_SENTENCE_END = re.compile(r"[.!?;](?=\s|$)|\s[|\u2022]\s")
_MATCH_CLAUSE_END = re.compile(r"[,.!?;()](?=\s|$)|\s[-|\u2022]\s|\s\(")

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
        cut = max((m.end() for m in _MATCH_CLAUSE_END.finditer(head)), default=0)
        return head[cut:]

    @property
    def after(self) -> str:
        """The clause after the match, up to the next comma or sentence end."""
        tail = self.text[self.end:]
        found = _MATCH_CLAUSE_END.search(tail)
        return tail[:found.start()] if found else tail

    @property
    def _sentence_start(self) -> int:
        """Where the statement's sentence starts in ``text``."""
        return max((m.end() for m in _MATCH_SENTENCE_END.finditer(self.text, 0, self.start)), default=0)

    @property
    def sentence_before(self) -> str:
        """The sentence's text before the match."""
        return self.text[self._sentence_start:self.start]

    @property
    def sentence_after(self) -> str:
        """The sentence's text after the match."""
        tail = self.text[self.end:]
        found = _MATCH_SENTENCE_END.search(tail)
        return tail[:found.start()] if found else tail

    @property
    def previous_sentences(self) -> list[str]:
        """The sentences of the block before the statement's own, nearest first."""
        earlier = self.text[:self._sentence_start]
        parts = [s.strip() for s in _MATCH_SENTENCE_END.split(earlier) if s and s.strip()]
        return list(reversed(parts))


def sentence_at(text: str, start: int, end: int) -> str:
    """The sentence of normalised ``text`` that holds ``text[start:end]``.

    >>> sentence_at("premiere phrase. la plainte est recue. fin", 20, 27)
    'la plainte est recue.'
    """
    lo = max((m.end() for m in _MATCH_SENTENCE_END.finditer(text, 0, start)), default=0)
    found = _MATCH_SENTENCE_END.search(text, end)
    return text[lo:found.end() if found else len(text)].strip()


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


# --- denial of a statement (complaint-form, acknowledgement-of-receipt, complaint-number) ---
# (the clause reading denies with ``grammar(lang).denied``, its own per-language lists)

def blank(text: str, *matchers: Phrases) -> str:
    """Normalised ``text`` with every phrase each matcher finds blanked out, matcher by matcher
    (unlike ``mask``, no token is left in their place)."""
    for matcher in matchers:
        for found in matcher.findall(text, normalised=True):
            text = text.replace(found, " ")
    return text


@lru_cache(maxsize=1)
def _denial() -> dict[str, Phrases]:
    return {key: phrases(entry) for key, entry in load_vocab("sentences")["denial"].items()}


def negated(text: str) -> bool:
    """Normalised ``text`` holds a negation ("pas", "geen", "kein", "not"), idioms that only look
    negative ("n'hésitez pas", "pas à pas", "do not hesitate") set aside.

    >>> negated("nous n'envoyons pas d'accuse de reception"), negated("n'hesitez pas a nous ecrire")
    (True, False)
    """
    words = _denial()
    return bool(words["negation"].search(blank(text, words["not_negation"]), normalised=True))


def is_denied(st: Statement) -> bool:
    """The statement is negated: "no acknowledgement is sent", "wir senden keine ...".

    A negation in a condition ("si vous n'avez pas reçu ...") does not deny it, nor
    does one after a new clause opens ("... which is not yet an answer"). A question
    answered "Non." / "Nee." / "Nein." / "No." is denied."""
    words = _denial()
    if _answered_no(st):
        return True
    before = st.before
    if negated(before):
        if words["conditional"].search(before, normalised=True):
            return False
        opening = st.sentence_before.lstrip()[:12]  # "Si, après cinq jours, vous n'avez pas reçu ..."
        return not (words["conditional"].search(opening, normalised=True)
                    and words["received"].search(before, normalised=True))
    after = st.after[:60]
    cut = next(words["clause_break"].finditer(after), None)
    if cut is not None:
        after = after[:cut.start()]
    return negated(after)


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
