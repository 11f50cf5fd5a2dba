"""Metamorphic test: a verdict must not depend on incidental markup. Each transformation of
bench/markup_invariance.py rewrites a case's pages as another CMS would write the same text
(inline pieces, <div> or <br><br> for <p>, Drupal wrappers, chrome around the content as
landmarks or as class names only, accordions, layout tables, invisible characters,
apostrophes, headings in capitals, role="heading" or in bold, ASP.NET's page-wide form,
inline scripts and comments, icons, screen-reader hints, template classes on <body>...) and
the rule's verdict must stay the one of the untransformed case.

The whole matrix (every case, every transformation, about two minutes) is
``python -m bench.markup_invariance``; this test runs every transformation on a fixed
sample of the cases (every SAMPLE_EVERY-th case of each rule file) to stay fast.

Transformations that may change a verdict are not in the matrix, because the markup is then
part of the meaning: a list written as paragraphs (an enumeration is read from its items),
a bold lead-in inside a paragraph ("<b>Délai :</b> 30 jours" stays one statement), running
text in capitals (only headings are written so), a bold paragraph longer than a title or
ending in a full stop (an emphasised statement, not a heading). KNOWN_FLIPS lists the
(transformation, case) pairs that still flip, each with the reason; a rule module, not the
reader, would have to change for them.
"""

from __future__ import annotations

import pytest

from bench.markup_invariance import TRANSFORMS, cases, verdict

SAMPLE_EVERY = 9

# (transformation, "rule-id:case") -> why it still flips
KNOWN_FLIPS: dict[tuple[str, str], str] = {}


def _sample() -> list[tuple[str, str, dict]]:
    """Every SAMPLE_EVERY-th case of each rule, the first pass and the first fail of each rule,
    and every case KNOWN_FLIPS names."""
    named = {case for _, case in KNOWN_FLIPS}
    out, seen, statuses = [], {}, set()
    for rule_id, name, case in cases():
        seen[rule_id] = seen.get(rule_id, -1) + 1
        first_of_status = (rule_id, case["status"]) not in statuses
        statuses.add((rule_id, case["status"]))
        if seen[rule_id] % SAMPLE_EVERY == 0 or first_of_status or f"{rule_id}:{name}" in named:
            out.append((rule_id, name, case))
    return out


SAMPLE = _sample()
BASELINE: dict[str, str | None] = {}


def _baseline(rule_id: str, name: str, case: dict) -> str | None:
    key = f"{rule_id}:{name}"
    if key not in BASELINE:
        BASELINE[key] = verdict(rule_id, case)
    return BASELINE[key]


@pytest.mark.parametrize("transform", [t for t in TRANSFORMS if t != "roundtrip"])
def test_verdicts_do_not_depend_on_markup(transform):
    flipped = []
    for rule_id, name, case in SAMPLE:
        key = f"{rule_id}:{name}"
        got = verdict(rule_id, case, transform, seed=key)
        base = _baseline(rule_id, name, case)
        if got != base and (transform, key) not in KNOWN_FLIPS:
            flipped.append(f"{key}: {base} -> {got}")
    assert not flipped, flipped


def test_known_flips_are_still_flips():
    """A known flip that no longer flips is taken off the list."""
    for (transform, key), why in sorted(KNOWN_FLIPS.items()):
        rule_id, name = key.split(":", 1)
        case = next(c for r, n, c in cases((rule_id,)) if n == name)
        assert verdict(rule_id, case, transform, seed=key) != verdict(rule_id, case), why


@pytest.mark.parametrize("transform", [t for t in TRANSFORMS if t != "roundtrip"])
def test_each_transformation_rewrites_the_sampled_pages(transform):
    """A transformation that silently stops rewriting anything would pass the invariance test."""
    import random

    from bench.markup_invariance import transform_html
    from tests.rules.test_rule_cases import build_snapshot

    for rule_id, name, case in SAMPLE:
        for page in build_snapshot(case).pages:
            if not page.is_html:
                continue
            before = transform_html(page.body, "roundtrip", case["lang"], random.Random(0))
            if transform_html(page.body, transform, case["lang"], random.Random(name)) != before:
                return
    pytest.fail(f"{transform} changed none of the sampled pages")


def test_the_sample_holds_passes_and_fails_of_every_rule():
    verdicts: dict[str, set] = {}
    for rule_id, name, case in SAMPLE:
        verdicts.setdefault(rule_id, set()).add(case["status"])
    assert all(v == {"pass", "fail"} for v in verdicts.values()), verdicts
