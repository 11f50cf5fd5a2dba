"""complaint-deadlines (criterion 4): the complaint pages state the processing deadlines
(acknowledgement, answer) as a number of days, weeks, months or hours.

The rule extracts every deadline as data (step, number, unit, quoted phrase). A number counts
when, in the same sentence (or table row, column header or caption, definition, accordion
question, tab, list lead-in, heading), the nearest step word is the acknowledgement, the answer,
the admissibility check or the forwarding of *your* complaint; "your complaint ... within a period
of N days" with a verb the vocabulary does not know is its handling time. A table cell or a
definition that holds only a number takes its unit from the column header or the term ("5" under
"Délai (jours ouvrables)"), unless that header names a statistic ("Délai moyen (jours)"). A deadline for something
else does not count: an appeal or tax objection, what the complainant must do by then, the age of
the facts, opening hours, how long files are kept, a statistic, an inspection that may open, a
prosecutor's decision (a criminal complaint as read by rules/criminal.py: "portez plainte à la
police" is one, "porter plainte auprès de notre service" is not), or the Federal Ombudsman's own
deadlines. Nor does a page or section whose
main heading is about something that only borrows the word "complaint": contesting a decision or
a levy, reporting a company, a criminal complaint, an annual report. A promise without a number
("as soon as possible") fails with its own message. When language versions state different
deadlines, a hint says so.

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
from bisect import bisect_left
from collections.abc import Sequence as SequenceABC
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Iterable, Sequence

from crawler.page import HEADINGS, Block, Page, clean
from crawler.text import _phrase_pattern, normalise
from rules.base import FAIL, HINT, PASS, Finding, Rule
from rules.criminal import criminal_complaints
from rules.number_words import number_pattern, to_number
from rules.sentences import page_title, quote, spans
from rules.vocabulary import load_vocab

STEPS = ("acknowledgement", "admissibility", "forwarding", "answer", "extension")
PASSING_STEPS = frozenset(("acknowledgement", "answer"))
UNITS = ("working_days", "calendar_days", "days", "weeks", "months", "hours")
LIMITS = {"working_days": 365, "calendar_days": 365, "days": 365, "weeks": 52, "months": 24, "hours": 720}
SEPARATOR_COST = 40      # a comma or "and" between a number and a step word
CROSSING_COST = 1000     # another deadline between them
REUSE_COST = 60          # a step word already taken by another number of the sentence
MAX_COST = 320
LEAD_TAGS = HEADINGS | {"summary", "dt", "th", "label", "legend", "caption"}
_CLOCK_RANGE = re.compile(r"\s*(?:(?:a|-|tot|bis|to|et|en|und|and)\s*)?\d")
_SENTENCE_END = re.compile(r"[.!?;]+(?=\s|$)|\s[•·]\s")
_LAST_WORD = re.compile(r"(\w+)\W*$")
_BARE_NUMBER = re.compile(r"^\s*(?:max(?:imum|imaal|imal)?\.?\s*)?\d{1,3}\s*$")   # a table cell: "30", "max. 30"
_ABBREVIATIONS = frozenset("j d h u max min art nr no bv vb z b e g i p ex env ca resp cf vgl st tel bzw evtl ggf "
                           "mr mrs dr".split())


# -- normalised text with a map back to the original ------------------------------------------

@lru_cache(maxsize=4096)
def _norm_char(ch: str) -> str:
    return normalise(ch)


# What normalise_map looks at one character at a time: anything but printable ASCII (less "`") with
# the spaces around it, runs of spaces, and spaces at either end. A single space between plain
# characters stays in the plain run.
_SPECIAL = re.compile(r"\s*[^\x20-\x5f\x61-\x7e][^\x21-\x5f\x61-\x7e]*|\s{2,}|^\s+|\s+$")


def _one_to_one() -> dict[int, str]:
    """Characters that normalise to exactly one other visible character, on their own: accented
    Latin letters, typographic apostrophes and dashes."""
    table = {}
    for code in [*range(0x60, 0x61), *range(0xC0, 0x250), *range(0x2010, 0x2020)]:
        ch = chr(code)
        piece = _norm_char(ch)
        if len(piece) == 1 and piece != ch and not piece.isspace() and not ch.isspace() and piece.isascii():
            table[code] = piece
    return table


_ONE_TO_ONE = _one_to_one()


def normalise_map(text: str) -> tuple[str, list[int]]:
    """``normalise(text)`` and, for each of its characters, its index in ``text``.

    Runs of plain ASCII are lower-cased in one go; spaces and other characters are looked at one
    by one (an accent dropped, "ß" -> "ss", a soft hyphen gone, a run of spaces -> one space).

    >>> normalise_map("Dans les 30\\u00a0jours ouvrés")[0]
    'dans les 30 jours ouvres'
    >>> normalise_map("  Straße  X ")
    ('strasse x', [2, 3, 4, 5, 6, 6, 7, 8, 10])
    """
    text_in = text
    text = text.translate(_ONE_TO_ONE)     # "é" -> "e", "’" -> "'": same length, same indices
    out: list[str] = []
    where: list[int] = []
    space_at = -1
    plain = 0
    for special in _SPECIAL.finditer(text):
        start = special.start()
        if plain < start:
            if space_at >= 0:
                out.append(" ")
                where.append(space_at)
                space_at = -1
            out.append(text[plain:start].lower())
            where.extend(range(plain, start))
        for i in range(start, special.end()):
            ch = text[i]
            if ch.isspace():
                if out and space_at < 0:
                    space_at = i
                continue
            piece = _norm_char(text_in[i])
            if not piece:
                continue
            if space_at >= 0:
                out.append(" ")
                where.append(space_at)
                space_at = -1
            out.append(piece)
            where.extend([i] * len(piece))
        plain = special.end()
    if plain < len(text):
        if space_at >= 0:
            out.append(" ")
            where.append(space_at)
        out.append(text[plain:].lower())
        where.extend(range(plain, len(text)))
    return "".join(out), where


def _original(text: str, where: list[int], start: int, end: int) -> str:
    if start >= end or not where:
        return ""
    return clean(text[where[start]:where[end - 1] + 1])


# -- the vocabulary, compiled once per language -------------------------------------------------

_BOUNDARIES = (r"(?<!\w)", r"\b")


def _alternation(patterns: Iterable[str]) -> str:
    return "|".join(f"(?:{p})" for p in patterns)


class FastRegex:
    """A regex that starts with an assertion on the character before it (a word boundary) and, for
    speed, the same regex without it. Python's regex engine scans for the possible first characters
    only when a pattern starts with them, and tries every alternative at every position otherwise;
    each hit of the loose regex is confirmed by the exact one at the same position, so the matches
    are exactly those of the exact regex."""

    def __init__(self, exact: str | None, loose: str | None = None):
        self._exact = re.compile(exact) if exact else None
        self._loose = re.compile(loose) if exact and loose else None

    def __bool__(self) -> bool:
        return self._exact is not None

    def finditer(self, text: str):
        if self._exact is None:
            return
        if self._loose is None:
            yield from self._exact.finditer(text)
            return
        pos, end = 0, len(text)
        while pos <= end:
            candidate = self._loose.search(text, pos)
            if candidate is None:
                return
            at = candidate.start()
            m = self._exact.match(text, at)
            if m is None:
                pos = at + 1
                continue
            yield m
            pos = m.end() if m.end() > at else at + 1

    def search(self, text: str, normalised: bool = False) -> str | None:
        """The first match in ``text`` (normalised here unless ``normalised``), or None."""
        m = self.first(text if normalised else normalise(text))
        return m.group(0) if m else None

    def first(self, text: str) -> re.Match | None:
        """The first match object in ``text``, or None (as ``re.Pattern.search``)."""
        exact, loose = self._exact, self._loose
        if exact is None:
            return None
        if loose is None:
            return exact.search(text)
        pos, end = 0, len(text)
        while pos <= end:
            candidate = loose.search(text, pos)
            if candidate is None:
                return None
            m = exact.match(text, candidate.start())
            if m is not None:
                return m
            pos = candidate.start() + 1
        return None


def _loose_branches(pattern: str) -> list[str] | None:
    """The loose form of ``pattern`` for ``FastRegex``: without its leading word-boundary assertion,
    as alternatives that each start with a literal character (Python's regex engine then scans for
    their first letters). An alternative that already does is kept whole (fewer false candidates);
    another is replaced by the literal strings it can start with. None when that cannot be done.

    >>> _loose_branches(r"\\b(?:ir)?recevables?\\b"), _loose_branches(r"\\b(?:lundi|mardi)\\b|\\ba{0,2}b")
    (['ir', 'recevable'], ['lundi', 'mardi', 'a', 'b'])
    >>> _loose_branches(r"(?<!\\w)accus\\w*"), _loose_branches(r"(?<= )af"), _loose_branches("%")
    (['accus\\\\w*'], None, ['%'])
    """
    alternatives = _split_alternatives(pattern)
    if alternatives is None:
        return None
    out: list[str] = []
    for alternative in alternatives:
        prefix = next((b for b in _BOUNDARIES if alternative.startswith(b)), "")
        body = alternative[len(prefix):]
        if body and body[0] not in ".[()|^$?*+{\\" and _QUANTIFIER.match(body, 1) is None:
            out.append(body)
            continue
        starts = _starts(body)
        if not starts:
            return None
        out += [re.escape(s) for s in starts]
    return out


_QUANTIFIER = re.compile(r"\?|\*|\+|\{(\d*)(?:,\d*)?\}")


def _starts(pattern: str) -> list[str] | None:
    """The literal strings one of which every match of ``pattern`` starts with (None: unknown)."""
    alternatives = _split_alternatives(pattern)
    if alternatives is None:
        return None
    if len(alternatives) > 1:
        out: list[str] = []
        for alternative in alternatives:
            starts = _starts(alternative)
            if not starts:
                return None
            out += starts
        return out
    text, i = "", 0
    while i < len(pattern):
        ch = pattern[i]
        if ch == "\\":
            if i + 1 >= len(pattern) or pattern[i + 1].isalnum():
                break                          # \w, \b, \d ...: not a literal
            atom, i = pattern[i + 1], i + 2
        elif ch == "(" and pattern.startswith("(?:", i):
            end = _closing(pattern, i)
            if end is None:
                return None
            inner, after = pattern[i + 3:end], end + 1
            quantifier = _QUANTIFIER.match(pattern, after)
            if text:
                break                          # a prefix already: enough
            optional = quantifier is not None and quantifier.group(0)[0] in "?*" or (
                quantifier is not None and quantifier.group(0).startswith("{") and quantifier.group(1) in ("", "0"))
            starts = _starts(inner)
            if not starts:
                return None
            if optional:
                rest = _starts(pattern[quantifier.end():])
                return starts + rest if rest else None
            return starts
        elif ch in ".[()|^$?*+{":
            break
        else:
            atom, i = ch, i + 1
        quantifier = _QUANTIFIER.match(pattern, i)
        if quantifier is not None:
            if quantifier.group(0) == "+" or (quantifier.group(0).startswith("{") and quantifier.group(1) not in ("", "0")):
                text += atom                   # at least once
                break
            if text:
                break                          # "recevables?": "recevable" is enough
            rest = _starts(pattern[quantifier.end():])
            if not rest:
                return None
            return ([atom + r for r in rest] if quantifier.group(0) == "?" else [atom]) + rest
        text += atom
    return [text] if text else None


def _closing(pattern: str, at: int) -> int | None:
    """The index of the ")" that closes the "(" at ``at``."""
    depth, i, in_class = 0, at, False
    while i < len(pattern):
        ch = pattern[i]
        if ch == "\\":
            i += 2
            continue
        if in_class:
            in_class = ch != "]"
        elif ch == "[":
            in_class = True
        elif ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
            if depth == 0:
                return i
        i += 1
    return None


def _split_alternatives(pattern: str) -> list[str] | None:
    """``pattern`` cut at its top-level "|"."""
    parts, depth, start, i, in_class = [], 0, 0, 0, False
    while i < len(pattern):
        ch = pattern[i]
        if ch == "\\":
            i += 2
            continue
        if in_class:
            in_class = ch != "]"
        elif ch == "[":
            in_class = True
        elif ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
        elif ch == "|" and depth == 0:
            parts.append(pattern[start:i])
            start = i + 1
        i += 1
    if depth:
        return None
    parts.append(pattern[start:])
    return parts


def _ending(alternatives: str) -> FastRegex:
    """Words that end a text (the words just before a number), from a word boundary."""
    return FastRegex(rf"(?<!\w)(?:{alternatives})\s*$")   # short texts: the exact regex is quicker


class Matcher(FastRegex):
    """A list of vocabulary phrases (as ``crawler.text.Phrases``: ``word*``, ``re:``), compiled as a
    ``FastRegex`` when every phrase starts at a word boundary: same matches as ``Phrases``, several
    times faster.

    >>> m = Matcher(["accusé de réception", "confirm*"])
    >>> [x.group(0) for x in m.finditer("un accuse de reception, nous confirmons; reconfirm")]
    ['accuse de reception', 'confirmons']
    >>> m.search("pas d'accuse de reception", True), bool(Matcher([]))
    ('accuse de reception', False)
    """

    def __init__(self, phrases: Iterable[str]):
        self.phrases = tuple(phrases)
        patterns = [_phrase_pattern(p) for p in self.phrases]
        branches = [_loose_branches(p) for p in patterns]
        loose = None
        if patterns and all(branches):
            loose = "|".join(dict.fromkeys(b for group in branches for b in group))
        super().__init__(_alternation(patterns) if patterns else None, loose)


class Either:
    """Two matchers read as one (``finditer``, ``search``, ``first``): a word list and the
    criminal-complaint matcher of rules/criminal.py, whose ambiguous phrases ("porter plainte")
    are criminal only in a criminal context."""

    def __init__(self, *matchers):
        self.matchers = [m for m in matchers if m]

    def __bool__(self) -> bool:
        return bool(self.matchers)

    def finditer(self, text: str):
        found = sorted((m for matcher in self.matchers for m in matcher.finditer(text)), key=lambda m: m.start())
        last = -1
        for m in found:
            if m.start() >= last:
                last = m.end()
                yield m

    def first(self, text: str) -> re.Match | None:
        return next(iter(self.finditer(text)), None)

    def search(self, text: str, normalised: bool = False) -> str | None:
        m = self.first(text if normalised else normalise(text))
        return m.group(0) if m else None


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


class _Marks(list):
    """Actors in text order, with their start positions for bisection."""

    def __init__(self, marks: Iterable[Actor]):
        super().__init__(marks)
        self.starts = [m.start for m in self]


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
        duration = (rf"<START>(?P<num>{number})(?:\s*\(\s*(?P<num2>\d{{1,3}}|{number})\s*\))?[\s\-]*"
                    rf"(?:{'|'.join(unit_groups)})(?![\w])"
                    rf"|<START>(?P<dnum>\d{{1,3}})\s?(?:{'|'.join(abbreviations)})(?![\w])")
        self.duration = re.compile(duration.replace("<START>", r"(?<![\w.,/:])"))
        self.unit = re.compile(rf"(?<![\w])(?:{'|'.join(unit_groups)})(?!\w)")
        articles = pick(vocab["articles"])
        self.article = re.compile(
            rf"(?<!\w)(?P<num>{_alternation(map(re.escape, articles))})\s+(?:{'|'.join(unit_groups)})(?!\w)"
        ) if articles else None
        # fixed expressions, in one regex: a named group each, the common leading \b factored out
        fixed = vocab["fixed"].get(lang, [])
        self.fixed_values = [(int(f["number"]), f["unit"]) for f in fixed]
        bounded = all(f["re"].startswith(r"\b") for f in fixed)
        groups = "|".join(f"(?P<f{i}>{f['re'][2:] if bounded else f['re']})" for i, f in enumerate(fixed))
        self.fixed = re.compile(rf"\b(?:{groups})" if bounded else groups) if fixed else None
        self.within = _ending(_alternation(pick(vocab['within'])))
        self.before = {reason: _ending(_alternation(pick(table)))
                       for reason, table in vocab["before_number"].items()}
        self.negation = _ending(_alternation(map(re.escape, pick(vocab['negations']))))
        self.after = {reason: re.compile(rf"^\s*(?:{_alternation(pick(table))})(?!\w)")
                      for reason, table in vocab["after_unit"].items()}
        self.steps = {step: Matcher(vocab["steps"][step].get(lang, [])) for step in STEPS}
        self.exclusions = {reason: Matcher(table.get(lang, [])) for reason, table in vocab["not_processing"].items()}
        self.statistic = Matcher(pick(vocab["statistic"]))
        self.complaint = Matcher(pick(vocab["complaint"]))
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
        self.second_line = Matcher(vocab["second_line_actors"])
        preps = _alternation(pick(vocab["actor_prepositions"]))
        self.actor_preposition = re.compile(
            rf"(?<!\w)(?:{preps})(?:\s+(?:le|la|les|l'|de|het|der|die|den|dem|the|our|onze|notre))?[\s']*$")
        rels = _alternation(map(re.escape, pick(vocab["relative"])))
        self.relative = re.compile(rf"^[^.;:!?]{{0,45}}?(?<!\w)(?:{rels})(?!\w)")
        self.personal_data = Matcher(pick(vocab["personal_data"]))
        self.our_service = Matcher(pick(vocab["our_service"]))
        self.vague = Matcher(pick(vocab["vague"]))
        criminal = Matcher(pick(vocab["criminal"]))
        self.criminal = Either(criminal, criminal_complaints())
        self.appeal_identity = Matcher(pick(vocab["appeal_identity"]))
        self.sentence_vetoes = Either(Matcher([*self.statistic.phrases, *self.personal_data.phrases, *criminal.phrases,
                                               *self.appeal_identity.phrases]), criminal_complaints())
        self.subjects = [(reason, Matcher(table.get(lang, [])) if reason != "criminal"
                          else Either(Matcher(table.get(lang, [])), criminal_complaints()))
                         for reason, table in vocab["other_subjects"].items()]
        self.ours = Matcher(pick(vocab["ours"]))
        self._context_steps: dict[str, str | None] = {}
        self.versus = Matcher(pick(vocab["versus"]))
        # the continuation phrases are anchored regexes ("re:^(?:il|elle)\\b"): matched at a position instead
        self.continues = re.compile(_alternation(p[3:].lstrip("^") if p.startswith("re:") else re.escape(p)
                                                 for p in pick(vocab["continuation"])))

    # -- numbers with a unit ------------------------------------------------------------------
    def durations(self, norm: str) -> list[Duration]:
        found: list[Duration] = []
        starts: list[int] = []   # the spans taken so far, disjoint, sorted by start
        ends: list[int] = []

        def add(start: int, end: int, number: int | None, unit: str) -> None:
            if number is None or number <= 0 or number > LIMITS[unit]:
                return
            at = bisect_left(starts, end)
            if at and ends[at - 1] > start:   # overlaps the span that starts last before ``end``
                return
            starts.insert(at, start)
            ends.insert(at, end)
            found.append(self._judge(norm, start, end, number, unit))

        if self.fixed is not None:   # leftmost first: where two fixed expressions overlap, the first one found
            for m in self.fixed.finditer(norm):
                which = next(i for i in range(len(self.fixed_values)) if m.group(f"f{i}") is not None)
                number, unit = self.fixed_values[which]
                add(m.start(), m.end(), number, unit)
        for m in self.duration.finditer(norm):
            # the unit's group closes last: it is the match's lastgroup
            unit = (m.lastgroup or "").removeprefix("a_")
            if unit not in LIMITS:
                unit = next((u.removeprefix("a_") for u, v in m.groupdict().items()
                             if v and u not in ("num", "num2", "dnum")), None)
            raw = m.group("num") or m.group("dnum")
            number = to_number(raw, self.lang)
            num2 = m.group("num2")
            if num2 and number is None:
                number = to_number(num2, self.lang)
            add(m.start(), m.end(), number, unit)
        if self.article is not None:
            for m in self.article.finditer(norm):
                if self.within.first(norm[max(0, m.start() - 40):m.start()]):
                    unit = next(u for u, v in m.groupdict().items() if v and u != "num")
                    add(m.start(), m.end(), 1, unit)
        return sorted(found, key=lambda d: d.start)

    def _judge(self, norm: str, start: int, end: int, number: int, unit: str) -> Duration:
        before, after = norm[max(0, start - 60):start], norm[end:end + 30]
        within = self.within.first(before)
        quote_start = start - (len(before) - within.start()) if within else start
        veto = None
        for reason in ("date", "period"):
            if self.before[reason].first(before) or self.after[reason].search(after):
                veto = reason
        age = self.before["age"].first(before)
        if age and not self.negation.first(before[:age.start()]):
            veto = "age"
        if self.after["availability"].search(after):
            veto = "availability"
        if unit == "hours" and number <= 24 and self.before["clock"].first(before):
            veto = "time_of_day"
        if unit == "hours" and number <= 24 and _CLOCK_RANGE.match(after):
            veto = "time_of_day"
        return Duration(number, unit, start, end, quote_start if not veto else start, veto)

    # -- words around them --------------------------------------------------------------------
    def cues(self, norm: str) -> list[Cue]:
        """Step words and exclusion words. A step word inside a longer exclusion phrase is part of it
        ("an investigation may start" is not "investigate")."""
        steps = [Cue(step, m.start(), m.end()) for step, words in self.steps.items() for m in words.finditer(norm)]
        others = [Cue(f"not:{reason}", m.start(), m.end())
                  for reason, words in self.exclusions.items() for m in words.finditer(norm)]
        if others and steps:
            others_by_start = sorted(others, key=lambda o: o.start)
            starts = [o.start for o in others_by_start]
            longest = max(o.end - o.start for o in others)

            def inside_exclusion(c: Cue) -> bool:
                k = bisect_left(starts, c.start + 1) - 1
                while k >= 0 and starts[k] >= c.start - longest:
                    o = others_by_start[k]
                    if c.end <= o.end and o.end - o.start > c.end - c.start:
                        return True
                    k -= 1
                return False
            steps = [c for c in steps if not inside_exclusion(c)]
        return sorted(steps + others, key=lambda c: c.start)

    def subject(self, norm: str) -> str | None:
        """What a title or heading is about when it borrows the word "complaint" for something else:
        "appeal", "third_party", "criminal" or "report"; None for our own complaint handling or anything else."""
        for reason, phrases in self.subjects:
            if not phrases.search(norm, True):
                continue
            if reason != "report" and self.ours.search(norm, True):
                continue
            if reason == "appeal" and self.versus.search(norm, True):
                continue
            return reason
        return None

    def continued(self, norm: str, at: int = 0) -> bool:
        """Whether the text at ``at`` opens with a pronoun that continues the previous actor ("Il ...")."""
        while at < len(norm) and norm[at] == " ":
            at += 1
        return self.continues.match(norm, at) is not None

    def actors(self, norm: str) -> _Marks:
        """Who is named where: a second-line body, or the administration itself ("nous", "we")."""
        marks = []
        for m in self.second_line.finditer(norm):
            weak = bool(self.actor_preposition.search(norm[max(0, m.start() - 30):m.start()]))
            relative = bool(self.relative.search(norm[m.end():m.end() + 60]))
            marks.append(Actor(m.start(), m.end(), "second_line", weak and not relative))
        marks += [Actor(m.start(), m.end(), "us", False) for m in self.our_service.finditer(norm)]
        return _Marks(sorted(marks, key=lambda a: a.start))

    def actor_at(self, norm: str, marks: _Marks, at: int, sentence_start: int, start_actor: str | None) -> str | None:
        """Who acts at position ``at``: the last strong mention before it; a weak one only when the
        sentence continues it with a pronoun ("Il vous répond ...")."""
        if not marks:
            return start_actor
        continued = None
        for k in range(bisect_left(marks.starts, at) - 1, -1, -1):
            mark = marks[k]
            if not mark.weak:
                return mark.kind
            if mark.start < sentence_start:
                if continued is None:
                    continued = self.continued(norm, sentence_start)
                if continued:
                    return mark.kind
        return start_actor

    def context_step(self, norm: str) -> str | None:
        """The step (or "not:<reason>") a context text (row, question, heading) gives, if clear."""
        if norm in self._context_steps:
            return self._context_steps[norm]
        if len(self._context_steps) > 4096:
            self._context_steps.clear()
        step = self._context_steps[norm] = self._context_step(norm)
        return step

    def _context_step(self, norm: str) -> str | None:
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
    for m in _SENTENCE_END.finditer(norm):
        if m.group() == ".":
            word = _LAST_WORD.search(norm, max(start, m.start() - 24), m.start() + 1)
            if word and word.group(1) in _ABBREVIATIONS:
                continue
        spans.append((start, m.end()))
        start = m.end()
    if start < len(norm):
        spans.append((start, len(norm)))
    return [(s, e) for s, e in spans if not norm[s:e].isspace()]


@dataclass
class BlockText:
    text: str
    contexts: Sequence[str] = ()        # normalised texts that frame it: row, question, heading
    actor: str | None = None            # who acts at its start: "second_line", "us" or None
    need_complaint: bool = False        # on the contact page: only sentences about complaints count
    subject: str | None = None          # the page or section is about something else ("appeal", "third_party"...)


def read(block: BlockText, lang: str, prepared: tuple[str, list[int], list[Duration]] | None = None
         ) -> tuple[list[Reading], str | None]:
    """Every number with a unit in ``block``, judged; and the actor at its end (the last one named,
    else the block's own). ``prepared``: the block's ``normalise_map`` and durations, when the caller
    has them already (it then gets no end actor: None)."""
    v = vocabulary(lang)
    if prepared is None:
        norm, where = normalise_map(block.text)
        durations = v.durations(norm)
        actors: _Marks | None = v.actors(norm)
        end_actor = actors[-1].kind if actors else block.actor
    else:
        norm, where, durations = prepared
        actors, end_actor = None, None
    if not durations:
        return [], end_actor
    weigh = not all(d.veto for d in durations)   # only clock times, dates ...: nothing else to weigh
    cues = v.cues(norm) if weigh else []
    cue_starts = [c.start for c in cues]
    duration_starts = [d.start for d in durations]
    # sentence-level words, found once in the whole block (the four that veto a number only when
    # one of them is there at all)
    complaint = _Spans(v.complaint, norm) if weigh else _NO_SPANS
    if weigh and v.sentence_vetoes.first(norm) is not None:
        statistic_words, personal_words, criminal_words, appeal_words = (
            _Spans(matcher, norm) for matcher in (v.statistic, v.personal_data, v.criminal, v.appeal_identity))
    else:
        statistic_words = personal_words = criminal_words = appeal_words = _NO_SPANS
    readings: list[Reading] = []
    previous = ""
    for s_start, s_end in sentences(norm):
        inside = durations[bisect_left(duration_starts, s_start):bisect_left(duration_starts, s_end)]
        sentence_norm = norm[s_start:s_end]
        if not inside:
            previous = sentence_norm
            continue
        if all(d.veto for d in inside):
            sentence_text = _original(block.text, where, s_start, s_end)
            readings += [Reading(d.number, d.unit, _original(block.text, where, d.quote_start, d.end), reason=d.veto,
                                 sentence=sentence_text) for d in inside]
            previous = sentence_norm
            continue
        about_complaint = complaint.any_in(s_start, s_end)
        sentence_cues = [c for c in cues[bisect_left(cue_starts, s_start):bisect_left(cue_starts, s_end)]
                         if c.end <= s_end and not (c.kind == "not:information_request" and about_complaint)]
        chosen = _assign(norm, inside, sentence_cues, v)
        statistic = _nearest_to(statistic_words.within(s_start, s_end), inside)
        personal_data = _nearest_to(personal_words.within(s_start, s_end), inside)
        criminal = criminal_words.any_in(s_start, s_end)
        appeal = appeal_words.any_in(s_start, s_end)
        excluded = any(c.kind.startswith("not:") for c in sentence_cues)
        sentence_text = _original(block.text, where, s_start, s_end)
        for d in inside:
            reading = Reading(d.number, d.unit, _original(block.text, where, d.quote_start, d.end), sentence=sentence_text)
            readings.append(reading)
            if d.veto:
                reading.reason = d.veto
                continue
            if d in statistic:
                reading.reason = "statistic"
                continue
            if d in personal_data:
                reading.reason = "personal_data"
                continue
            if criminal:
                reading.reason = "criminal"
                continue
            if appeal:
                reading.reason = "appeal"
                continue
            cue = chosen.get(d)
            kind = cue.kind if cue else None
            if kind is None:
                for context in ([previous] if previous else []) + list(block.contexts):
                    kind = v.context_step(context)
                    if kind:
                        break
            if kind is None and about_complaint and d.quote_start < d.start and not excluded:
                kind = "answer"  # "uw klacht binnen een termijn van twee maanden <unknown verb>": its handling time
            if kind is None:
                reading.reason = "no_step"
            elif kind.startswith("not:"):
                reading.reason = kind[4:]
            elif block.subject:
                reading.step, reading.reason = kind, block.subject
            else:
                reading.step = kind
                if actors is None:
                    actors = v.actors(norm)
                if v.actor_at(norm, actors, d.start, s_start, block.actor) == "second_line":
                    reading.reason = "second_line"
                elif block.need_complaint and not (about_complaint or any(v.complaint.search(c, True)
                                                                         for c in [norm, *block.contexts])):
                    reading.reason = "not_about_complaints"
        previous = sentence_norm
    return readings, end_actor


class _Spans:
    """Where a matcher's words are in a block, to ask sentence by sentence."""

    def __init__(self, matcher: "FastRegex | Either | None", norm: str):
        self.spans = spans(matcher, norm) if matcher is not None else []
        self.starts = [start for start, _ in self.spans]

    def within(self, start: int, end: int) -> list[tuple[int, int]]:
        if not self.spans:
            return []
        return [(s, e) for s, e in self.spans[bisect_left(self.starts, start):bisect_left(self.starts, end)] if e <= end]

    def any_in(self, start: int, end: int) -> bool:
        return bool(self.spans) and bool(self.within(start, end))


_NO_SPANS = _Spans(None, "")


def _nearest_to(spans: list[tuple[int, int]], durations: list[Duration]) -> set[Duration]:
    """The numbers a sentence-level word ("en moyenne", "gemiddeld") applies to: the nearest one."""
    out = set()
    for start, end in spans:
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
            else:
                continue
            if hi - lo > MAX_COST:   # every cost below is at least the gap's length
                continue
            crossing = sum(1 for other in durations if other is not d and lo <= other.start < hi)
            if hi - lo + CROSSING_COST * crossing > MAX_COST:
                continue
            if side == "right" and not c.kind.startswith("not:") and v.reference.search(norm[lo:hi][-40:]):
                continue
            gap = norm[lo:hi]
            cost = len(gap) + SEPARATOR_COST * len(v.separators.findall(gap)) + CROSSING_COST * crossing
            if cost <= MAX_COST:
                pairs.append((cost, i, j, side))
    pairs.sort()
    costs: dict[tuple[int, int], int] = {}
    for c, i, j, _ in pairs:
        costs.setdefault((i, j), c)
    best, best_score = {}, None
    sides = {side for *_, side in pairs}
    # one number, or every word on one side: "left" and "right" cannot beat "any" (same or fewer
    # pairs, never a lower total), so they are not tried
    policies = ("any",) if len(durations) == 1 or len(sides) < 2 else ("any", "left", "right")
    for policy in policies:
        chosen = _greedy([(c, i, j) for c, i, j, side in pairs if policy in ("any", side)], cues)
        total = sum(costs[i, j] for i, j in chosen.items())
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

class _Structure:
    """The texts that frame a block in its page: the other cells of its table row and its column
    header, the term of a definition, the question of an accordion, the tab or button that labels
    its panel (aria-labelledby, aria-controls), innermost first. Read from the block's element,
    found by its position in the tree: no selector is built, each element's text is read once."""

    _ROW_PARENTS = ("table", "thead", "tbody", "tfoot")

    def __init__(self, page: Page):
        self.tree = page.tree
        self._elements: list | None = None
        self._ids: dict[str, object] = {}
        self._controllers: dict[str, list] = {}
        self._own: dict[object, list[str]] = {}
        self._texts: dict[object, str] = {}
        self._headers: dict[object, list | None] = {}
        self._headings: list[int] | None = None
        self._captions: dict[object, str] = {}
        self._scopes: dict[object, object] = {}
        self._holds: dict[tuple, bool] = {}

    def _index(self) -> list:
        if self._elements is None:
            self._elements = list(self.tree.iter()) if self.tree is not None else []
            for el in self._elements:
                if not isinstance(el.tag, str):
                    continue
                if el.get("id"):
                    self._ids.setdefault(el.get("id"), el)
                for target in (el.get("aria-controls") or "").split():
                    self._controllers.setdefault(target, []).append(el)
        return self._elements

    def _element(self, block: Block):
        elements = self._index()
        if not 0 <= block.position < len(elements):
            return None
        element = elements[block.position]
        if not isinstance(element.tag, str) or element.tag.lower() != block.tag:
            return None
        return element

    def heading_applies(self, block: Block) -> bool:
        """Whether the last heading before ``block`` is its own: an <h1> always is; another heading
        is when the element that holds it (past wrappers that hold nothing else) also holds the block.
        "<section><h2>Second line</h2>...</section><section><p>Answer: 20 days.</p></section>": the
        second section has no heading of its own."""
        element = self._element(block)
        if element is None:
            return True
        if self._headings is None:
            self._headings = [i for i, el in enumerate(self._index())
                              if isinstance(el.tag, str) and el.tag.lower() in HEADINGS]
        k = bisect_left(self._headings, block.position) - 1
        if k < 0:
            return True
        heading = self._index()[self._headings[k]]
        if heading.tag.lower() == "h1" or heading is element:
            return True
        scope = self._scopes.get(heading)
        if scope is None:
            scope = heading
            text = self._text(heading)
            while scope.getparent() is not None and self._wraps(scope.getparent(), text):
                scope = scope.getparent()
            scope = self._scopes[heading] = scope.getparent() if scope.getparent() is not None else scope
        key = (element.getparent(), scope)
        if key not in self._holds:
            node = element.getparent()
            while node is not None and node is not scope:
                node = node.getparent()
            self._holds[key] = node is not None
        return self._holds[key]

    def _wraps(self, element, text: str) -> bool:
        """Whether ``element`` holds nothing but ``text`` (normalised): a few children at most (the
        heading, an icon), so that a page's main container is never read whole here."""
        return len(element) <= 3 and self._text(element) == text

    def contexts(self, block: Block) -> list[str]:
        element = self._element(block)
        if element is None:
            return []
        out: list[str] = []
        node = element
        while node is not None and isinstance(node.tag, str):
            own = self._own.get(node)
            if own is None:
                own = self._own[node] = [t for t in self._frame(node) if t]
            out.extend(own)
            node = node.getparent()
        return out

    def _text(self, element) -> str:
        text = self._texts.get(element)
        if text is None:
            text = self._texts[element] = normalise(element.text_content() or "")
        return text

    def _frame(self, node) -> list[str]:
        tag = node.tag.lower()
        texts: list[str] = []
        if tag in ("td", "th"):
            row = node.getparent()
            if row is not None:
                cells = _cells(row)
                texts += [self._text(c) for c in cells if c is not node]
                header = self._header(row)
                if header is not None and node in cells:
                    index = cells.index(node)
                    if index < len(header) and header[index] is not node:
                        texts.append(self._text(header[index]))
                caption = self._caption(row)
                if caption:
                    texts.append(caption)
        elif tag == "li":
            # the lead-in of the list: "Vous recevez :" before <ul><li>une réponse dans les 30 jours</li></ul>
            listing = node.getparent()
            lead = listing.getprevious() if listing is not None else None
            while lead is not None and not isinstance(lead.tag, str):
                lead = lead.getprevious()
            if lead is not None and self._text(lead).rstrip().endswith((":", "?")):
                texts.append(self._text(lead))
        elif tag == "dd":
            term = node.getprevious()
            while term is not None and not (isinstance(term.tag, str) and term.tag.lower() == "dt"):
                term = term.getprevious()
            if term is not None:
                texts.append(self._text(term))
        parent = node.getparent()
        if parent is not None and isinstance(parent.tag, str) and parent.tag.lower() == "details" and tag != "summary":
            summary = next((c for c in parent if isinstance(c.tag, str) and c.tag.lower() == "summary"), None)
            if summary is not None:
                texts.append(self._text(summary))
        for ref in (node.get("aria-labelledby") or "").split():
            label = self._ids.get(ref)
            if label is not None and label is not node:
                texts.append(self._text(label))
        if node.get("id"):
            texts += [self._text(c) for c in self._controllers.get(node.get("id"), ()) if c is not node]
        if node.get("aria-label") and tag in ("section", "div", "article", "details", "dl", "table", "fieldset", "form"):
            texts.append(normalise(node.get("aria-label")))
        return texts

    def _caption(self, row) -> str:
        table = self._table(row)
        if table is None:
            return ""
        if table not in self._captions:
            caption = next((c for c in table if isinstance(c.tag, str) and c.tag.lower() == "caption"), None)
            self._captions[table] = self._text(caption) if caption is not None else ""
        return self._captions[table]

    def _table(self, row):
        table = row.getparent()
        while table is not None and isinstance(table.tag, str) and table.tag.lower() in self._ROW_PARENTS[1:]:
            table = table.getparent()
        if table is None or not isinstance(table.tag, str) or table.tag.lower() != "table":
            return None
        return table

    def _header(self, row) -> list | None:
        """The header cells of the table of ``row`` (None when ``row`` is the header, or the table
        has none): its first row when it is in <thead>, all <th> (not row headers), or short labels."""
        table = self._table(row)
        if table is None:
            return None
        if table not in self._headers:
            first = next(iter(table.xpath("./tr|./thead/tr|./tbody/tr|./tfoot/tr")), None)
            header = None
            if first is not None:
                cells = _cells(first)
                texts = [self._text(c) for c in cells]
                in_thead = first.getparent() is not None and str(first.getparent().tag).lower() == "thead"
                all_th = cells and all(c.tag.lower() == "th" and (c.get("scope") or "").lower() != "row" for c in cells)
                labels = cells and all(0 < len(t) <= 40 and not any(ch.isdigit() for ch in t) for t in texts)
                if in_thead or all_th or labels:
                    header = (first, cells)
            self._headers[table] = header
        header = self._headers[table]
        if header is None or header[0] is row:
            return None
        return header[1]


class _Contexts(SequenceABC):
    """A block's context texts, read only when a rule step needs them: the page structure around it
    (innermost first), the lead-in block before it, its heading."""

    def __init__(self, structure: _Structure, block: Block, lead: Block | None, heading: str):
        self._args = (structure, block, lead, heading)
        self._texts: list[str] | None = None

    def _get(self) -> list[str]:
        if self._texts is None:
            structure, block, lead, heading = self._args
            texts = structure.contexts(block)
            if lead is not None:
                texts.append(normalise(lead.text))
            if heading:
                texts.append(heading)
            self._texts = texts
        return self._texts

    def __getitem__(self, index):
        return self._get()[index]

    def __len__(self) -> int:
        return len(self._get())


def _cells(row) -> list:
    return [c for c in row if isinstance(c.tag, str) and c.tag.lower() in ("td", "th")]


def _leads(block: Block) -> bool:
    """Whether a block reads as the lead-in of the next one (a question, a label, "Délai :")."""
    text = block.text.rstrip()
    return block.tag in LEAD_TAGS or text.endswith((":", "?")) or not text.endswith((".", "!"))


@dataclass
class PageReading:
    readings: list[Reading] = field(default_factory=list)
    vague: list[tuple[Page, Block, str]] = field(default_factory=list)


def page_subject(v: "Vocabulary", page: Page) -> str | None:
    """What a page is about when its main heading (else its title) borrows "complaint" for something
    else. Of the title only the part before "|" or " - " is read: the rest is often the site's name,
    and an administration's name may well hold "fraude" or "statistique"."""
    texts = [h for h in page.h1 if h] or [page_title(page)]
    for text in texts:
        subject = v.subject(normalise(text)) if text else None
        if subject:
            return subject
    return None


def read_pages(pages: Sequence[Page], lang: str, complaint_urls: set[str] | None = None) -> PageReading:
    """Every number with a unit on the judged pages of one language version, judged, and the vague
    promises. Pages not in ``complaint_urls`` (the contact page) count only where complaints are
    spoken of. A page or section about something else (an appeal against a decision or a levy,
    reporting a company, a criminal complaint, an annual report) never states our deadlines."""
    v = vocabulary(lang)
    result = PageReading()
    for page in pages:
        need_complaint = complaint_urls is not None and page.url not in complaint_urls
        subject_of_page = page_subject(v, page)
        structure = _Structure(page)
        blocks = [b for b in page.blocks if not b.chrome]
        heading, section_actor, section_subject = None, None, None
        previous: tuple[str, str | None] | None = None   # the previous block: its text and its start actor
        for index, block in enumerate(blocks):
            own_heading = block.heading if block.heading and structure.heading_applies(block) else ""
            if own_heading != heading:
                heading = own_heading
                heading_norm = normalise(heading) if heading else ""
                section_actor = _actor_of(v, heading_norm) if heading else None
                section_subject = v.subject(heading_norm) if heading else None
            norm, where = normalise_map(block.text)
            start_actor = section_actor if block.text != heading else None
            if previous is not None and v.continued(norm):
                last_actor = _end_actor(v, *previous)
                if last_actor:
                    start_actor = last_actor
            previous = (norm, start_actor)
            durations = v.durations(norm)
            vague = v.vague.search(norm, True) is not None
            bare = not durations and _BARE_NUMBER.match(norm) is not None and block.tag in ("td", "dd")
            if not durations and not vague and not bare:
                continue
            before = blocks[index - 1] if index else None
            lead = before if before is not None and _leads(before) and before.text != block.heading else None
            contexts = _Contexts(structure, block, lead, heading_norm if heading and heading != block.text else "")
            subject = subject_of_page or section_subject
            text = block.text
            if bare:
                text = _with_header_unit(v, block.text, contexts)
                norm, where = normalise_map(text)
                durations = v.durations(norm)
            if durations:
                readings, _ = read(BlockText(text, contexts, start_actor, need_complaint, subject), lang,
                                   (norm, where, durations))
                for r in readings:
                    r.page, r.block = page, block
                result.readings.extend(readings)
            if vague and not subject:
                result.vague.extend(_vague(v, page, block, norm, start_actor, contexts, need_complaint))
    return result


def _with_header_unit(v: "Vocabulary", text: str, contexts: Sequence[str]) -> str:
    """A cell that holds only a number, with the unit its column header or term gives:
    "5" under "Délai (jours ouvrables)" reads "5 jours ouvrables". A header holds no number;
    one that names a statistic ("Délai moyen (jours)") gives no deadline."""
    for context in contexts:
        unit = v.unit.search(context)
        if unit and not re.search(r"\d", context) and not v.statistic.search(context, True):
            return f"{text.strip()} {unit.group(0)}"
    return text


def _end_actor(v: "Vocabulary", norm: str, start_actor: str | None) -> str | None:
    """The last actor named in a block (any mention), else the one it started with."""
    marks = v.actors(norm)
    return marks[-1].kind if marks else start_actor


def _actor_of(v: Vocabulary, norm: str) -> str | None:
    marks = [a for a in v.actors(norm) if not a.weak]
    return marks[-1].kind if marks else None


def _vague(v: Vocabulary, page: Page, block: Block, norm: str, actor: str | None, contexts, need_complaint: bool):
    marks = None
    spans = None
    for m in v.vague.finditer(norm):
        if spans is None:
            spans = sentences(norm)
            marks = v.actors(norm)
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
            return Finding.at(FAIL, "deadlines.vague", lang, page, block, quote(block.text, phrase),
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

