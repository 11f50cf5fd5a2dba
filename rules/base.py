"""What a rule is and what it returns.

A rule reads a ``Site`` (never the network) and yields findings: a status per
language version, a message key with its data (rendered in the reader's
language later), and evidence (page, selector, quoted text).

    >>> combine({"fr": "pass", "nl": "pass"}), combine({"fr": "pass", "nl": "fail"}), combine({"fr": "fail"})
    ('pass', 'partial', 'fail')
    >>> combine({"fr": "error", "nl": "fail"})
    'error'
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, ClassVar, Iterable

if TYPE_CHECKING:
    from crawler.page import Block, Page
    from rules.site import Site

PASS, FAIL, ERROR, PARTIAL = "pass", "fail", "error", "partial"
HINT = "hint"  # a finding that explains, never a verdict


@dataclass
class Finding:
    status: str
    message: str                      # message key, see reports/locales/*.json
    language: str | None = None
    url: str | None = None
    data: dict = field(default_factory=dict)
    evidence: dict = field(default_factory=dict)

    @classmethod
    def at(cls, status: str, message: str, language: str | None, page: "Page | None" = None,
           block: "Block | None" = None, quote: str | None = None, **data) -> "Finding":
        evidence = {}
        if block is not None:
            evidence = {"selector": block.selector, "text": quote or block.text[:300]}
            if block.heading and block.heading != block.text:
                evidence["heading"] = block.heading[:120]
        elif quote:
            evidence = {"text": quote[:300]}
        return cls(status, message, language, page.url if page is not None else None, data, evidence)


class Rule:
    """A criterion of circular 23289 that can be checked on a website."""

    id: ClassVar[str]
    criterion: ClassVar[int]
    summary: ClassVar[str]

    def check(self, site: "Site") -> Iterable[Finding]:
        raise NotImplementedError


def language_verdict(findings: list[Finding]) -> str:
    statuses = {f.status for f in findings}
    if PASS in statuses:
        return PASS
    if ERROR in statuses:
        return ERROR
    return FAIL


def combine(verdicts: dict[str, str]) -> str:
    """One status for the rule from its per-language verdicts."""
    values = set(verdicts.values())
    if not values or ERROR in values:
        return ERROR
    if values == {PASS}:
        return PASS
    return PARTIAL if PASS in values else FAIL
