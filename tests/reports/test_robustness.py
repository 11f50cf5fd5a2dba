"""A report.json edited by hand or written by another version may hold unexpected
types in its fields: every writer still renders it (the text shows what is there)."""

from __future__ import annotations

import copy

import pytest

from reports.csv_report import render_csv
from reports.html import write_html
from reports.junit_report import render_junit
from reports.markdown import render_markdown

STRUCTURE = {"status", "language", "id", "languages", "url", "score", "requests", "rules", "findings", "sites"}
VARIANTS = {
    "strings become numbers": lambda v: 7 if isinstance(v, str) else v,
    "numbers become markup": lambda v: "<b>x</b>" if isinstance(v, (int, float)) and not isinstance(v, bool) else v,
    "values become null": lambda v: None,
    "values become lists": lambda v: [v],
    "values become objects": lambda v: {"a": v},
}


def _mutate(node, change, key=None):
    """Every leaf value changed, except the report's structure (what the schema pins down)."""
    if isinstance(node, dict):
        return {k: _mutate(v, change, k) for k, v in node.items()}
    if isinstance(node, list):
        return [_mutate(v, change, key) for v in node]
    return node if key in STRUCTURE else change(node)


@pytest.mark.parametrize("variant", VARIANTS)
def test_writers_render_odd_field_types(hostile_run, tmp_path, variant):
    _, report = hostile_run
    odd = _mutate(copy.deepcopy(report), VARIANTS[variant])
    assert write_html(odd, tmp_path, lang="nl").is_file()
    assert render_csv(odd, "fr") and render_junit(odd, "nl") and render_markdown(odd, "en")
