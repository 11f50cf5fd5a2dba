"""complaint-deadlines (criterion 4): the complaint pages state the processing deadlines
(acknowledgement, answer) as a number of days, weeks, months or hours.

The rule extracts every deadline as data (step, number, unit, quoted phrase). A number counts
when, in the same sentence (or table row, definition, accordion question), the nearest step
word is the acknowledgement, the answer, the admissibility check or the forwarding of *your*
complaint. A deadline for something else does not count: an appeal or tax objection, the age
of the facts, opening hours, how long files are kept, a statistic, or the Federal Ombudsman's
own deadlines. A promise without a number ("as soon as possible") fails with its own message.
When language versions state different deadlines, a hint says so.

**Anti-pattern** (fails: a vague promise, and the only number is the appeal deadline)::

    <p>Nous traitons votre plainte dans les meilleurs délais.</p>
    <p>Contre une décision, un recours est possible dans les 60 jours.</p>

**Best practice**::

    <table><tr><th>Étape</th><th>Délai</th></tr>
      <tr><td>Accusé de réception</td><td>5 jours ouvrables</td></tr>
      <tr><td>Réponse motivée</td><td>30 jours calendrier au plus tard</td></tr></table>

    >>> [(d["step"], d["number"], d["unit"]) for d in extract_deadlines(
    ...     "Nous accusons réception de votre plainte dans les cinq jours ouvrables "
    ...     "et vous répondons endéans les 30 jours calendrier.", "fr")]
    [('acknowledgement', 5, 'working_days'), ('answer', 30, 'calendar_days')]
    >>> extract_deadlines("Een beroep moet binnen 30 dagen worden ingesteld.", "nl")
    []
    >>> extract_deadlines("Your complaint will be answered within four weeks.", "en")[0]["text"]
    'within four weeks'
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Iterable, Sequence

from crawler.page import Block, Page, clean, css_path
from crawler.text import Phrases, normalise
from rules.base import FAIL, HINT, PASS, Finding, Rule
from rules.number_words import number_pattern, to_number
from rules.vocabulary import load_vocab

STEPS = ("acknowledgement", "admissibility", "forwarding", "answer", "extension")
PASSING_STEPS = frozenset(("acknowledgement", "answer"))
UNITS = ("working_days", "calendar_days", "days", "weeks", "months", "hours")
LIMITS = {"working_days": 365, "calendar_days": 365, "days": 365, "weeks": 52, "months": 24, "hours": 720}
SEPARATOR_COST = 40      # a comma or "and" between a number and a step word
CROSSING_COST = 1000     # another deadline between them
REUSE_COST = 60          # a step word already taken by another number of the sentence
MAX_COST = 320
HEADINGS = frozenset(("h1", "h2", "h3", "h4", "h5", "h6"))
LEAD_TAGS = HEADINGS | {"summary", "dt", "th", "label", "legend", "caption"}
_ABBREVIATIONS = frozenset("j d h u max min art nr no bv vb z b e g i p ex env ca resp cf vgl st tel bzw evtl ggf "
                           "mr mrs dr".split())


# -- normalised text with a map back to the original ------------------------------------------

@lru_cache(maxsize=4096)
def _norm_char(ch: str) -> str:
    return normalise(ch)


def normalise_map(text: str) -> tuple[str, list[int]]:
    """``normalise(text)`` and, for each of its characters, its index in ``text``.

    >>> normalise_map("Dans les 30\\u00a0jours ouvrés")[0]
    'dans les 30 jours ouvres'
    """
    out: list[str] = []
    where: list[int] = []
    space_at = -1
    for i, ch in enumerate(text):
        if ch.isspace():
            if out and space_at < 0:
                space_at = i
            continue
        piece = _norm_char(ch)
        if not piece:
            continue
        if space_at >= 0:
            out.append(" ")
            where.append(space_at)
            space_at = -1
        for c in piece:
            out.append(c)
            where.append(i)
    return "".join(out), where


def _original(text: str, where: list[int], start: int, end: int) -> str:
    if start >= end or not where:
        return ""
    return clean(text[where[start]:where[end - 1] + 1])


# -- the vocabulary, compiled once per language -------------------------------------------------

def _alternation(patterns: Iterable[str]) -> str:
    return "|".join(f"(?:{p})" for p in patterns)


@dataclass(frozen=True)
class Cue:
    kind: str          # a step name, or "not:<reason>"
    start: int
    end: int


@dataclass(frozen=True)
class Actor:
    start: int
    end: int
    kind: str          # "second_line" or "us"
    weak: bool         # named as an object ("adressez-vous au Médiateur"), not as the one acting


@dataclass(frozen=True)
class Duration:
    number: int
    unit: str
    start: int         # where the number starts (normalised text)
    end: int           # where the unit ends
    quote_start: int   # where the phrase starts, "within" words included
    veto: str | None   # a reason read around the number itself (age, clock time, period ...)


class Vocabulary:
    """The deadlines vocabulary of one language, compiled."""

    def __init__(self, lang: str):
        vocab = load_vocab("deadlines")
        self.lang = lang
        pick = lambda table: table.get(lang, []) if isinstance(table, dict) else table  # noqa: E731
        number = number_pattern(lang)
        unit_groups = []
        for unit in UNITS:
            forms = vocab["units"][lang].get(unit, [])
            if forms:
                unit_groups.append(f"(?P<{unit}>{_alternation(forms)})")
        abbreviations = []
        for unit, forms in vocab["unit_abbreviations"].get(lang, {}).items():
            abbreviations.append(f"(?P<a_{unit}>{_alternation(forms)})")
        self.duration = re.compile(
            rf"(?<![\w.,/:])(?P<num>{number})(?:\s*\(\s*(?P<num2>\d{{1,3}}|{number})\s*\))?[\s\-]*"
            rf"(?:{'|'.join(unit_groups)})(?![\w])"
            rf"|(?<![\w.,/:])(?P<dnum>\d{{1,3}})\s?(?:{'|'.join(abbreviations)})(?![\w])")
        articles = pick(vocab["articles"])
        self.article = re.compile(
            rf"(?<!\w)(?P<num>{_alternation(map(re.escape, articles))})\s+(?:{'|'.join(unit_groups)})(?!\w)"
        ) if articles else None
        self.fixed = [(re.compile(f["re"]), int(f["number"]), f["unit"]) for f in vocab["fixed"].get(lang, [])]
        self.within = re.compile(rf"(?<!\w)(?:{_alternation(pick(vocab['within']))})\s*$")
        self.before = {reason: re.compile(rf"(?<![\w])(?:{_alternation(pick(table))})\s*$")
                       for reason, table in vocab["before_number"].items()}
        self.negation = re.compile(rf"(?<!\w)(?:{_alternation(map(re.escape, pick(vocab['negations'])))})\s*$")
        self.after = {reason: re.compile(rf"^\s*(?:{_alternation(pick(table))})(?!\w)")
                      for reason, table in vocab["after_unit"].items()}
        self.steps = {step: Phrases(vocab["steps"][step].get(lang, [])) for step in STEPS}
        self.exclusions = {reason: Phrases(table.get(lang, [])) for reason, table in vocab["not_processing"].items()}
        self.statistic = Phrases(pick(vocab["statistic"]))
        self.complaint = Phrases(pick(vocab["complaint"]))
        refs = _alternation(map(re.escape, pick(vocab["reference"])))
        small = _alternation(map(re.escape, vocab["reference_fillers"]))
        events = _alternation(map(re.escape, vocab["reference_events"]))
        links = _alternation(map(re.escape, vocab["reference_links"]))
        gap = rf"(?:\s+|')"
        self.reference = re.compile(rf"(?<!\w)(?:{refs})\w*{gap}(?:(?:{small}){gap})*"
                                    rf"(?:(?:{events}){gap}(?:{links}){gap}(?:(?:{small}){gap})*)?$")
        seps = pick(vocab["separators"])
        self.separators = re.compile("|".join(re.escape(s) if not s[0].isalpha() else rf"(?<!\w){re.escape(s)}(?!\w)"
                                              for s in seps))
        self.second_line = Phrases(vocab["second_line_actors"])
        self.continuation = Phrases(pick(vocab["continuation"]))
        preps = _alternation(pick(vocab["actor_prepositions"]))
        self.actor_preposition = re.compile(
            rf"(?<!\w)(?:{preps})(?:\s+(?:le|la|les|l'|de|het|der|die|den|dem|the|our|onze|notre))?[\s']*$")
        rels = _alternation(map(re.escape, pick(vocab["relative"])))
        self.relative = re.compile(rf"^[^.;:!?]{{0,45}}?(?<!\w)(?:{rels})(?!\w)")
        self.personal_data = Phrases(pick(vocab["personal_data"]))
        self.our_service = Phrases(pick(vocab["our_service"]))
        self.vague = Phrases(pick(vocab["vague"]))

    # -- numbers with a unit ------------------------------------------------------------------
    def durations(self, norm: str) -> list[Duration]:
        found: list[Duration] = []
        taken: list[tuple[int, int]] = []

        def add(start: int, end: int, number: int | None, unit: str) -> None:
            if number is None or number <= 0 or number > LIMITS[unit]:
                return
            if any(s < end and start < e for s, e in taken):
                return
            taken.append((start, end))
            found.append(self._judge(norm, start, end, number, unit))

        for regex, number, unit in self.fixed:
            for m in regex.finditer(norm):
                add(m.start(), m.end(), number, unit)
        for m in self.duration.finditer(norm):
            unit = next((u.removeprefix("a_") for u, v in m.groupdict().items()
                         if v and u not in ("num", "num2", "dnum")), None)
            raw = m.group("num") or m.group("dnum")
            number = to_number(raw, self.lang)
            if m.group("num2") and to_number(m.group("num2"), self.lang):
                number = to_number(m.group("num2"), self.lang) if number is None else number
            add(m.start(), m.end(), number, unit)
        if self.article is not None:
            for m in self.article.finditer(norm):
                if self.within.search(norm[max(0, m.start() - 40):m.start()]):
                    unit = next(u for u, v in m.groupdict().items() if v and u != "num")
                    add(m.start(), m.end(), 1, unit)
        return sorted(found, key=lambda d: d.start)

    def _judge(self, norm: str, start: int, end: int, number: int, unit: str) -> Duration:
        before, after = norm[max(0, start - 60):start], norm[end:end + 30]
        within = self.within.search(before)
        quote_start = start - (len(before) - within.start()) if within else start
        veto = None
        for reason in ("date", "period"):
            if self.before[reason].search(before) or self.after[reason].search(after):
                veto = reason
        age = self.before["age"].search(before)
        if age and not self.negation.search(before[:age.start()]):
            veto = "age"
        if self.after["availability"].search(after):
            veto = "availability"
        if unit == "hours" and number <= 24 and self.before["clock"].search(before):
            veto = "time_of_day"
        if unit == "hours" and number <= 24 and re.match(r"\s*(?:(?:a|-|tot|bis|to|et|en|und|and)\s*)?\d", after):
            veto = "time_of_day"
        return Duration(number, unit, start, end, quote_start if not veto else start, veto)

    # -- words around them --------------------------------------------------------------------
    def cues(self, norm: str) -> list[Cue]:
        out = [Cue(step, m.start(), m.end()) for step, phrases in self.steps.items() for m in phrases.finditer(norm)]
        out += [Cue(f"not:{reason}", m.start(), m.end())
                for reason, phrases in self.exclusions.items() for m in phrases.finditer(norm)]
        return sorted(out, key=lambda c: c.start)

    def actors(self, norm: str) -> list[Actor]:
        """Who is named where: a second-line body, or the administration itself ("nous", "we")."""
        marks = []
        for m in self.second_line.finditer(norm):
            weak = bool(self.actor_preposition.search(norm[max(0, m.start() - 30):m.start()]))
            relative = bool(self.relative.search(norm[m.end():m.end() + 60]))
            marks.append(Actor(m.start(), m.end(), "second_line", weak and not relative))
        marks += [Actor(m.start(), m.end(), "us", False) for m in self.our_service.finditer(norm)]
        return sorted(marks, key=lambda a: a.start)

    def actor_at(self, norm: str, marks: list[Actor], at: int, sentence_start: int, start_actor: str | None) -> str | None:
        """Who acts at position ``at``: the last strong mention before it; a weak one only when the
        sentence continues it with a pronoun ("Il vous répond ...")."""
        continued = bool(self.continuation.search(norm[sentence_start:].lstrip(), True))
        for mark in reversed(marks):
            if mark.start >= at:
                continue
            if not mark.weak or (continued and mark.start < sentence_start):
                return mark.kind
        return start_actor

    def context_step(self, norm: str) -> str | None:
        """The step (or "not:<reason>") a context text (row, question, heading) gives, if clear."""
        cues = self.cues(norm)
        steps = {c.kind for c in cues if not c.kind.startswith("not:")}
        if len(steps) == 1:
            return steps.pop()
        if len(steps) > 1:
            return "answer" if "answer" in steps and steps <= {"answer", "extension"} else None
        others = [c.kind for c in cues if c.kind != "not:information_request" or not self.complaint.search(norm, True)]
        return others[0] if others else None


@lru_cache(maxsize=None)
def vocabulary(lang: str) -> Vocabulary:
    return Vocabulary(lang)


# -- reading a text ------------------------------------------------------------------------------

@dataclass
class Reading:
    """One number with a unit, judged: a processing deadline (``step``) or not (``reason``)."""

    number: int
    unit: str
    text: str
    step: str | None = None
    reason: str | None = None
    sentence: str = ""
    page: Page | None = None
    block: Block | None = None

    @property
    def counts(self) -> bool:
        return self.step is not None and self.reason is None

    def as_data(self) -> dict:
        return {"step": self.step, "number": self.number, "unit": self.unit, "text": self.text}


def sentences(norm: str) -> list[tuple[int, int]]:
    """Sentence spans of a normalised text (";" ends one too; "art. 5" does not)."""
    spans, start = [], 0
    for m in re.finditer(r"[.!?;]+(?=\s|$)|\s[•·]\s", norm):
        word = re.search(r"(\w+)\W*$", norm[start:m.start() + 1])
        if m.group().startswith(".") and len(m.group()) == 1 and word and word.group(1) in _ABBREVIATIONS:
            continue
        spans.append((start, m.end()))
        start = m.end()
    if start < len(norm):
        spans.append((start, len(norm)))
    return [(s, e) for s, e in spans if norm[s:e].strip()]


@dataclass
class BlockText:
    text: str
    contexts: Sequence[str] = ()        # normalised texts that frame it: row, question, heading
    actor: str | None = None            # who acts at its start: "second_line", "us" or None
    need_complaint: bool = False        # on the contact page: only sentences about complaints count


def read(block: BlockText, lang: str) -> tuple[list[Reading], str | None]:
    """Every number with a unit in ``block``, judged; and the actor at its end."""
    v = vocabulary(lang)
    norm, where = normalise_map(block.text)
    durations = v.durations(norm)
    actors = v.actors(norm)
    end_actor = actors[-1].kind if actors else block.actor
    if not durations:
        return [], end_actor
    cues = v.cues(norm)
    readings: list[Reading] = []
    previous = ""
    for s_start, s_end in sentences(norm):
        inside = [d for d in durations if s_start <= d.start < s_end]
        sentence_norm = norm[s_start:s_end]
        if not inside:
            previous = sentence_norm
            continue
        about_complaint = bool(v.complaint.search(sentence_norm, True))
        sentence_cues = [c for c in cues if s_start <= c.start and c.end <= s_end
                         and not (c.kind == "not:information_request" and about_complaint)]
        chosen = _assign(norm, inside, sentence_cues, v)
        statistic = _nearest_to(v.statistic.finditer(sentence_norm), inside, s_start)
        personal_data = _nearest_to(v.personal_data.finditer(sentence_norm), inside, s_start)
        for d in inside:
            reading = Reading(d.number, d.unit, _original(block.text, where, d.quote_start, d.end),
                              sentence=_original(block.text, where, s_start, s_end))
            cue = chosen.get(d)
            kind = cue.kind if cue else None
            if kind is None:
                for context in ([previous] if previous else []) + list(block.contexts):
                    kind = v.context_step(context)
                    if kind:
                        break
            if d.veto:
                reading.reason = d.veto
            elif d in statistic:
                reading.reason = "statistic"
            elif d in personal_data:
                reading.reason = "personal_data"
            elif kind is None:
                reading.reason = "no_step"
            elif kind.startswith("not:"):
                reading.reason = kind[4:]
            else:
                reading.step = kind
                if v.actor_at(norm, actors, d.start, s_start, block.actor) == "second_line":
                    reading.reason = "second_line"
                elif block.need_complaint and not (about_complaint or any(v.complaint.search(c, True)
                                                                         for c in [norm, *block.contexts])):
                    reading.reason = "not_about_complaints"
            readings.append(reading)
        previous = sentence_norm
    return readings, end_actor


def _nearest_to(matches, durations: list[Duration], offset: int) -> set[Duration]:
    """The numbers a sentence-level word ("en moyenne", "gemiddeld") applies to: the nearest one."""
    out = set()
    for m in matches:
        start, end = m.start() + offset, m.end() + offset
        out.add(min(durations, key=lambda d: max(d.quote_start - end, start - d.end, 0)))
    return out


def _assign(norm: str, durations: list[Duration], cues: list[Cue], v: Vocabulary) -> dict[Duration, Cue]:
    """Each number's step word: the nearest, with clause boundaries and other numbers in between
    making a word further; a word right after "following"/"after" is where the count starts.

    Sentences with several numbers follow one pattern ("step ... N days, step ... M days" or
    "within N days step, within M days step"): the pairing that gives most numbers their own
    word wins, then the shortest."""
    pairs = []
    for i, d in enumerate(durations):
        for j, c in enumerate(cues):
            if c.end <= d.quote_start:
                lo, hi, side = c.end, d.quote_start, "left"
            elif c.start >= d.end:
                lo, hi, side = d.end, c.start, "right"
                if not c.kind.startswith("not:") and v.reference.search(norm[lo:hi][-40:]):
                    continue
            else:
                continue
            gap = norm[lo:hi]
            crossing = sum(1 for other in durations if other is not d and lo <= other.start < hi)
            cost = len(gap) + SEPARATOR_COST * len(v.separators.findall(gap)) + CROSSING_COST * crossing
            if cost <= MAX_COST:
                pairs.append((cost, i, j, side))
    pairs.sort()
    best, best_score = {}, None
    for policy in ("any", "left", "right"):
        chosen = _greedy([(c, i, j) for c, i, j, side in pairs if policy in ("any", side)], cues)
        total = sum(next(c for c, i2, j2, _ in pairs if i2 == i and j2 == j) for i, j in chosen.items())
        score = (len(chosen), len(set(chosen.values())), -total)
        if best_score is None or score > best_score:
            best, best_score = chosen, score
    out = {durations[i]: cues[j] for i, j in best.items()}
    taken = {id(c) for c in out.values()}
    for d, c in out.items():  # "la recevabilité est examinée dans les 10 jours": the specific step wins
        if c.kind == "answer":
            specific = _specific(norm, d, c, cues, durations, v, taken)
            if specific is not None:
                out[d] = specific
    return out


def _specific(norm: str, d: Duration, chosen: Cue, cues: list[Cue], durations: list[Duration], v: Vocabulary,
              taken: set[int]) -> Cue | None:
    """A more specific step word in the same clause as a generic answer word, on the same side."""
    for c in cues:
        if c.kind in ("answer",) or c.kind.startswith("not:") or id(c) in taken:
            continue
        lo, hi = (c.end, d.quote_start) if c.end <= d.quote_start else (d.end, c.start)
        if hi < lo or hi - lo > 60 or v.separators.search(norm[lo:hi]):
            continue
        if any(o is not d and lo <= o.start < hi for o in durations):
            continue
        if (c.end <= d.quote_start) != (chosen.end <= d.quote_start):
            continue
        return c
    return None


def _greedy(pairs: list[tuple[int, int, int]], cues: list[Cue]) -> dict[int, int]:
    chosen: dict[int, int] = {}
    used: set[int] = set()
    for cost, i, j in pairs:
        if i in chosen:
            continue
        if j in used and not cues[j].kind.startswith("not:"):
            fresh = [c for c, i2, j2 in pairs if i2 == i and j2 not in used]
            if fresh and min(fresh) < cost + REUSE_COST:
                continue
        chosen[i] = j
        used.add(j)
    for cost, i, j in pairs:  # a number whose every word was taken by others keeps its nearest
        chosen.setdefault(i, j)
    return chosen


def extract_deadlines(text: str, lang: str) -> list[dict]:
    """The processing deadlines stated in one text: ``[{step, number, unit, text}]``."""
    readings, _ = read(BlockText(text), lang)
    return [r.as_data() for r in readings if r.counts]


def explain(text: str, lang: str) -> list[tuple[int, str, str | None, str | None]]:
    """Every number with a unit in ``text``: (number, unit, step, reason it does not count)."""
    readings, _ = read(BlockText(text), lang)
    return [(r.number, r.unit, r.step, r.reason) for r in readings]


# -- reading pages -------------------------------------------------------------------------------

def _structure(page: Page) -> dict[str, list[str]]:
    """Selector -> normalised texts that frame it: the other cells of its table row and its
    column header, the term of a definition, the question of an accordion."""
    tree = page.tree
    frames: dict[str, list[str]] = {}
    if tree is None:
        return frames

    def attach(element, texts: list[str]) -> None:
        texts = [t for t in texts if t]
        if not texts:
            return
        for node in element.iter():
            if isinstance(node.tag, str):
                frames.setdefault(css_path(node), []).extend(texts)

    def text_of(element) -> str:
        return normalise(element.text_content() or "")

    for cell in tree.iter("td", "th"):
        row = cell.getparent()
        if row is None:
            continue
        cells = [c for c in row if isinstance(c.tag, str) and c.tag.lower() in ("td", "th")]
        texts = [text_of(c) for c in cells if c is not cell]
        table = next((a for a in cell.iterancestors() if a.tag == "table"), None)
        first_row = next(table.iter("tr"), None) if table is not None else None
        if first_row is not None and first_row is not row and cell in cells:
            header = [c for c in first_row if isinstance(c.tag, str) and c.tag.lower() in ("td", "th")]
            index = cells.index(cell)
            if index < len(header):
                texts.append(text_of(header[index]))
        attach(cell, texts)
    for definition in tree.iter("dd"):
        term = definition.getprevious()
        while term is not None and not (isinstance(term.tag, str) and term.tag.lower() == "dt"):
            term = term.getprevious()
        if term is not None:
            attach(definition, [text_of(term)])
    for details in tree.iter("details"):
        summary = next(details.iter("summary"), None)
        if summary is None:
            continue
        for child in details:
            if child is not summary and isinstance(child.tag, str):
                attach(child, [text_of(summary)])
    return frames


def _leads(block: Block) -> bool:
    """Whether a block reads as the lead-in of the next one (a question, a label, "Délai :")."""
    text = block.text.rstrip()
    return block.tag in LEAD_TAGS or text.endswith((":", "?")) or not text.endswith((".", "!"))


@dataclass
class PageReading:
    readings: list[Reading] = field(default_factory=list)
    vague: list[tuple[Page, Block, str]] = field(default_factory=list)


def read_pages(pages: Sequence[Page], lang: str, complaint_urls: set[str] | None = None) -> PageReading:
    """Every number with a unit on the judged pages of one language version, judged, and the vague
    promises. Pages not in ``complaint_urls`` (the contact page) count only where complaints are
    spoken of."""
    v = vocabulary(lang)
    result = PageReading()
    for page in pages:
        need_complaint = complaint_urls is not None and page.url not in complaint_urls
        frames = _structure(page)
        blocks = [b for b in page.blocks if not b.chrome]
        heading, section_actor, last_actor = None, None, None
        for index, block in enumerate(blocks):
            if block.heading != heading:
                heading = block.heading
                section_actor = _actor_of(v, normalise(heading)) if heading else None
            start_actor = section_actor if block.text != heading else None
            if v.continuation.search(normalise(block.text), True) and last_actor:
                start_actor = last_actor
            contexts = list(frames.get(block.selector, []))
            if index and _leads(blocks[index - 1]) and blocks[index - 1].text != block.heading:
                contexts.append(normalise(blocks[index - 1].text))
            if block.heading and block.heading != block.text:
                contexts.append(normalise(block.heading))
            readings, last_actor = read(BlockText(block.text, contexts, start_actor, need_complaint), lang)
            for r in readings:
                r.page, r.block = page, block
            result.readings.extend(readings)
            result.vague.extend(_vague(v, page, block, start_actor, contexts, need_complaint))
    return result


def _actor_of(v: Vocabulary, norm: str) -> str | None:
    marks = [a for a in v.actors(norm) if not a.weak]
    return marks[-1].kind if marks else None


def _vague(v: Vocabulary, page: Page, block: Block, actor: str | None, contexts, need_complaint: bool):
    norm = normalise(block.text)
    marks = v.actors(norm)
    spans = sentences(norm)
    for m in v.vague.finditer(norm):
        start, end = next(((s, e) for s, e in reversed(spans) if s <= m.start()), (0, len(norm)))
        sentence = norm[start:end]
        if not (v.complaint.search(sentence, True) or any(c for c in v.cues(sentence) if not c.kind.startswith("not:"))):
            continue  # "signalez-le au plus vite": not a promise about the handling
        if v.actor_at(norm, marks, m.start(), start, actor) == "second_line":
            continue
        if need_complaint and not any(v.complaint.search(t, True) for t in [norm, *contexts]):
            continue
        yield page, block, m.group(0)


# -- the rule ------------------------------------------------------------------------------------

def _deadlines(readings: list[Reading]) -> list[Reading]:
    """Counted deadlines, one per (step, number, unit), in step order."""
    seen, out = set(), []
    for r in readings:
        key = (r.step, r.number, r.unit)
        if r.counts and key not in seen:
            seen.add(key)
            out.append(r)
    return sorted(out, key=lambda r: STEPS.index(r.step))


def _quoted(items: Iterable[Reading | dict]) -> str:
    texts = [i.text if isinstance(i, Reading) else i["text"] for i in items]
    return ", ".join(f'"{t}"' for t in dict.fromkeys(texts))


def _days(number: int, unit: str) -> tuple[str, float, float]:
    """A deadline as (kind of days, lowest, highest) for comparing language versions."""
    if unit == "working_days":
        return "working", number, number
    factor = {"days": 1, "calendar_days": 1, "weeks": 7, "hours": 1 / 24}.get(unit)
    if factor is None:  # months
        return "calendar", 28 * number, 31 * number
    return "calendar", number * factor, number * factor


def _same(a: dict, b: dict) -> bool:
    ka, lo_a, hi_a = _days(a["number"], a["unit"])
    kb, lo_b, hi_b = _days(b["number"], b["unit"])
    return ka == kb and lo_a <= hi_b and lo_b <= hi_a


def language_differences(stated: dict[str, list[dict]]) -> list[dict]:
    """Steps whose deadlines differ between language versions.

    >>> language_differences({"en": [{"step": "answer", "number": 30, "unit": "working_days", "text": "30 working days"}],
    ...                       "fr": [{"step": "answer", "number": 40, "unit": "days", "text": "40 jours"}]})[0]["step"]
    'answer'
    >>> language_differences({"nl": [{"step": "answer", "number": 4, "unit": "weeks", "text": "vier weken"}],
    ...                       "de": [{"step": "answer", "number": 28, "unit": "calendar_days", "text": "28 Kalendertage"}]})
    []
    """
    out = []
    for step in STEPS:
        by_lang = {lang: [d for d in items if d["step"] == step] for lang, items in stated.items()}
        by_lang = {lang: items for lang, items in by_lang.items() if items}
        if len(by_lang) < 2:
            continue
        langs = list(by_lang)
        differ = any(not all(any(_same(a, b) for b in by_lang[l2]) for a in by_lang[l1])
                     for l1 in langs for l2 in langs if l1 != l2)
        if differ:
            out.append({"step": step, "languages": {lang: [{k: d[k] for k in ("number", "unit", "text")} for d in items]
                                                    for lang, items in by_lang.items()}})
    return out


class ComplaintDeadlines(Rule):
    id = "complaint-deadlines"
    criterion = 4
    summary = "The processing deadlines (acknowledgement, answer) are stated in days or weeks"

    def check(self, site):
        stated: dict[str, list[dict]] = {}
        for lang in site.languages:
            version = site.versions[lang]
            pages = version.judged_pages
            if not pages:
                yield Finding(FAIL, "site.no-complaint-page", lang)
                continue
            reading = read_pages(pages, lang, {p.url for p in version.complaint_pages})
            finding, deadlines = self._judge(lang, reading, pages)
            if finding.status == FAIL and not version.complaint_pages:  # only the contact page, and nothing there
                finding = Finding(FAIL, "site.no-complaint-page", lang, pages[0].url, data=finding.data)
            if deadlines:
                stated[lang] = [d.as_data() for d in deadlines]
            yield finding
        differences = language_differences(stated)
        if differences:
            summary = "; ".join(
                f"{d['step']}: " + ", ".join(f"{lang} {_quoted(items)}" for lang, items in d["languages"].items())
                for d in differences)
            yield Finding(HINT, "deadlines.languages-differ", None, None,
                          data={"differences": differences, "summary": summary})

    def _judge(self, lang: str, reading: PageReading, pages) -> tuple[Finding, list[Reading]]:
        deadlines = _deadlines(reading.readings)
        ignored = [r for r in reading.readings if not r.counts]
        ignored_data = [{"number": r.number, "unit": r.unit, "text": r.text, "step": r.step, "reason": r.reason}
                        for r in ignored][:10]
        data = {"deadlines": [d.as_data() for d in deadlines], "ignored": ignored_data}
        passing = [d for d in deadlines if d.step in PASSING_STEPS]
        if passing:
            first = passing[0]
            return Finding.at(PASS, "deadlines.found", lang, first.page, first.block, first.sentence[:300],
                              deadlines_text=_quoted(deadlines), **data), deadlines
        if reading.vague:
            page, block, phrase = reading.vague[0]
            return Finding.at(FAIL, "deadlines.vague", lang, page, block, _quote(block, phrase),
                              vague=_original_phrase(block.text, phrase), **data), deadlines
        if deadlines:
            first = deadlines[0]
            return Finding.at(FAIL, "deadlines.no-answer-deadline", lang, first.page, first.block,
                              first.sentence[:300], deadlines_text=_quoted(deadlines), **data), deadlines
        others = [r for r in ignored if r.reason not in ("no_step", "not_about_complaints")] or ignored
        if others:
            first = others[0]
            return Finding.at(FAIL, "deadlines.other-deadlines-only", lang, first.page, first.block,
                              first.sentence[:300], ignored_text=_quoted(others[:4]), **data), deadlines
        return Finding(FAIL, "deadlines.missing", lang, pages[0].url, data={"pages": [p.url for p in pages]}), deadlines


def _original_phrase(text: str, phrase: str) -> str:
    norm, where = normalise_map(text)
    at = norm.find(phrase)
    return _original(text, where, at, at + len(phrase)) if at >= 0 else phrase


def _quote(block: Block, phrase: str, width: int = 240) -> str:
    text = block.text
    if len(text) <= width:
        return text
    norm, where = normalise_map(text)
    at = norm.find(phrase)
    start = max(0, (where[at] if at >= 0 else 0) - width // 3)
    return ("…" if start else "") + text[start:start + width] + ("…" if start + width < len(text) else "")
