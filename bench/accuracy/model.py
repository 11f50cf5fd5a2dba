"""Vocabulary shared by the phrase pools and the corpus generator.

A phrase pool entry is a :class:`T`: an HTML fragment with ``{slots}`` and the *facets* it
conveys. The label of a language version is derived from the facets of everything written
on its complaint and contact pages, so a text written for one criterion can never silently
satisfy another one: a fragment that (even arguably) says something a failing criterion
needs is simply not allowed in that language version.

Facets are the short criterion names below, plus two halves of the procedure:
``how`` (how or where to file) and ``next`` (what happens after filing). A facet written
``+x`` means the fragment *proves* x on its own (it counts towards the label); a plain
``x`` only means the fragment touches x, so it may only be used where x passes (tag
those conservatively: such a facet only narrows where a fragment may be used).
"""

from __future__ import annotations

from dataclasses import dataclass, field

LANGS = ("fr", "nl", "de", "en")

# short name -> rule id (the ids are fixed by DESIGN.md)
RULES = {
    "appeal": "complaint-vs-appeal",
    "why": "complaint-rationale",
    "def": "complaint-definition",
    "proc": "complaint-procedure",
    "deadline": "complaint-deadlines",
    "form": "complaint-form",
    "ack": "acknowledgement-of-receipt",
    "number": "complaint-number",
    "second": "second-line-ombudsman",
}
SHORT = {rule: short for short, rule in RULES.items()}

# What a passing text of a criterion necessarily conveys besides the criterion itself.
IMPLIED = {
    "proc": {"how", "next"},
    "form": {"how"},
    "ack": {"next"},
    "number": {"next"},
    "deadline": {"next"},
}

FACETS = set(RULES) | {"how", "next"}


@dataclass(frozen=True)
class T:
    """One phrasing. ``html`` may hold inline markup, lists or tables and ``{slots}``."""

    html: str
    facets: frozenset = field(default_factory=frozenset)  # everything it touches
    proves: frozenset = field(default_factory=frozenset)  # what it establishes on its own
    heading: str | None = None  # None: a heading is drawn from the pools; "": no heading
    place: str = "any"  # any | contact (may also go on the contact page) | form (online form page)
    kind: str = ""  # family of the variant, for the error report (vague, tax, criminal, ...)


def t(html: str, facets: str = "", heading: str | None = None, place: str = "any", kind: str = "") -> T:
    tokens = facets.split()
    fs = frozenset(x.lstrip("+") for x in tokens)
    proves = frozenset(x[1:] for x in tokens if x.startswith("+"))
    unknown = fs - FACETS
    if unknown:
        raise ValueError(f"unknown facets {unknown} in {html[:40]!r}")
    return T(" ".join(html.split()), fs, proves, heading, place, kind)


ABSENT = T("", frozenset(), frozenset(), "", "any", "absent")


def facets_of(short: str, label: str, tpl: T, proven: bool = False) -> set[str]:
    """What a block touches (proven=False: where it may be used) or establishes
    (proven=True: what a reader learns from it): its own criterion when it passes, what
    that implies, and the facets of its wording."""
    out = set(tpl.proves if proven else tpl.facets)
    if label == "pass":
        out.add(short)
        out |= IMPLIED.get(short, set())
    return out


def derive(facets: set[str]) -> dict[str, str]:
    """The labels a careful reader gives a language version from all it says."""
    labels = {}
    for short in RULES:
        if short == "proc":
            ok = "proc" in facets or ("how" in facets and "next" in facets)
        else:
            ok = short in facets
        labels[short] = "pass" if ok else "fail"
    return labels
