"""Checks on the project itself: every rule registered, documented, with cases;
every message translated; every docstring example true."""

from __future__ import annotations

import doctest
import importlib
import json
import re
from pathlib import Path

import pytest
import yaml

from reports.messages import LOCALES, catalog
from rules.registry import load_rules

ROOT = Path(__file__).resolve().parent.parent
DESIGN_RULE_IDS = {
    "logo-on-contact-page", "logo-placement", "complaint-vs-appeal", "complaint-rationale", "complaint-definition",
    "complaint-procedure", "complaint-deadlines", "complaint-form", "acknowledgement-of-receipt",
    "complaint-number", "second-line-ombudsman",
}
RULES = load_rules()
IMPLEMENTED = RULES  # every design rule is implemented; a new one must come documented, with cases


def test_every_design_rule_is_registered_once():
    ids = [r.id for r in RULES]
    assert sorted(ids) == sorted(DESIGN_RULE_IDS)
    assert all(hasattr(r, "check") for r in RULES), [r for r in RULES if not hasattr(r, "check")]


@pytest.mark.parametrize("rule", IMPLEMENTED, ids=lambda r: r.id)
def test_rule_is_documented_by_example(rule):
    doc = type(rule).__doc__ or importlib.import_module(type(rule).__module__).__doc__ or ""
    assert "Anti-pattern" in doc and "Best practice" in doc
    assert isinstance(rule.criterion, int) and rule.summary


@pytest.mark.parametrize("rule", IMPLEMENTED, ids=lambda r: r.id)
def test_rule_has_cases_in_every_language(rule):
    path = ROOT / "tests" / "rules" / f"{rule.id}.yml"
    cases = yaml.safe_load(path.read_text(encoding="utf-8"))
    assert len(cases) >= 10
    assert {c["lang"] for c in cases.values()} == {"fr", "nl", "de", "en"}
    assert {c["status"] for c in cases.values()} == {"pass", "fail"}


def _message_keys_in_code() -> set[str]:
    keys = set()
    pattern = re.compile(r'Finding(?:\.at)?\(\s*(?:PASS|FAIL|ERROR|HINT|"\w+")\s*,\s*"([a-z0-9.-]+)"')
    for path in list((ROOT / "rules").rglob("*.py")) + list((ROOT / "crawler").rglob("*.py")):
        keys.update(pattern.findall(path.read_text(encoding="utf-8")))
    return keys


def test_every_message_key_is_translated():
    used = _message_keys_in_code()
    assert "second-line.found" in used  # the scan itself works
    for lang in LOCALES:
        missing = used - set(catalog(lang))
        assert not missing, (lang, missing)


def test_locales_have_the_same_keys_and_placeholders():
    english = catalog("en")
    for lang in LOCALES:
        assert set(catalog(lang)) == set(english), lang
        for key, text in catalog(lang).items():
            assert set(re.findall(r"{(\w+)}", text)) == set(re.findall(r"{(\w+)}", english[key])), (lang, key)
    for rule in RULES:
        assert f"rule.{rule.id}" in english


def test_data_files_parse():
    for path in list(ROOT.glob("crawler/data/*.yml")) + list(ROOT.glob("rules/**/*.yml")):
        assert yaml.safe_load(path.read_text(encoding="utf-8")), path
    json.loads((ROOT / "reports/schema/report.schema.json").read_text())


def _modules() -> list[str]:
    names = []
    for package in ("crawler", "rules", "reports"):
        for path in sorted((ROOT / package).rglob("*.py")):
            parts = path.relative_to(ROOT).with_suffix("").parts
            names.append(".".join(parts[:-1] if parts[-1] == "__init__" else parts))
    return names


DOCTEST_MODULES = _modules()


@pytest.mark.parametrize("name", DOCTEST_MODULES)
def test_docstring_examples(name):
    result = doctest.testmod(importlib.import_module(name), optionflags=doctest.ELLIPSIS)
    assert result.failed == 0


def test_readme_documents_the_weights_table():
    from rules.scoring import weights_table
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert readme.splitlines()[0].startswith("# complaint-lint")
    assert readme.index("make demo") < readme.index("make test") < readme.index("## Real use")
    for rule_id, spec in weights_table()["weights"].items():
        row = next((line for line in readme.splitlines() if line.startswith(f"| `{rule_id}` |")), None)
        assert row is not None, rule_id
        assert f"| {spec['points']} |" in row and spec["why"] in row, row
