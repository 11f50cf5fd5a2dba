"""The judged pages read as sentences, for the rules that look for a statement whose
concepts must be related within one clause (complaint-vs-appeal, complaint-rationale,
complaint-definition).

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
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Callable, Iterable

from crawler.page import HEADINGS, Block, Page, clean, css_path
from crawler.text import Phrases, normalise
from rules.vocabulary import load_vocab

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


def _ends_sentence(before: str, after: str) -> bool:
    """Does the break between ``before`` and ``after`` end a sentence? After a colon, only
    before a capital or a digit; after a full stop, unless the word before it is an
    abbreviation ("p. ex.", "art.", "z. B.") or an initial, or a number before lower case."""
    upper = bool(_NEXT_UPPER.match(after))
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
    for m in _BREAK.finditer(text):
        if _ends_sentence(text[start:m.start()], text[m.end():]):
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
            apart.add(css_path(el))
        ref = el.get("aria-labelledby")
        if ref and role in ("tabpanel", "region", "group"):
            title = clean(" ".join(ids[r].text_content() for r in ref.split() if r in ids))
            if title:
                found[css_path(el)] = title
        if el.tag.lower() == "table":
            rows = [r for r in el.iter("tr")]
            if len(rows) < 2:
                continue
            head = [c for c in rows[0] if isinstance(c.tag, str) and c.tag.lower() in ("th", "td")]
            if len(head) < 2 or any(c.tag.lower() != "th" for c in head):
                continue
            names = [clean(c.text_content()) for c in head]
            apart.update(css_path(c) for c in head)
            for row in rows[1:]:
                cells = [c for c in row if isinstance(c.tag, str) and c.tag.lower() in ("th", "td")]
                if len(cells) == len(names) and cells[0].tag.lower() == "td":
                    for cell, name in zip(cells, names):
                        if name:
                            found[css_path(cell)] = name
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
        if ":" not in earlier[0].text and not earlier[-1].text.endswith(";"):
            return ""
        return " | ".join(x.norm for x in earlier)
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
