"""Every interface string of the human reports exists in French, Dutch and English
with the same placeholders, and every key the templates and writers use exists."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from reports.messages import LOCALES
from reports.html.view import SITE_STATUSES, SYMBOLS, VERDICTS
from rules.complaint_deadlines import STEPS, UNITS

ROOT = Path(__file__).resolve().parents[2]
LOCALE_DIR = ROOT / "reports" / "locales"
PLACEHOLDER = re.compile(r"{(\w+)}")


def ui(lang: str) -> dict[str, str]:
    return json.loads((LOCALE_DIR / lang / "ui.json").read_text(encoding="utf-8"))


def used_keys() -> set[str]:
    """``t('key')`` in templates, ``t("key")`` in the report writers, and the keys built from data."""
    keys = set()
    for path in (ROOT / "reports" / "templates").glob("*.html"):
        keys |= set(re.findall(r"\bt\('([a-z0-9.-]+)'", path.read_text(encoding="utf-8")))
    for path in list((ROOT / "reports").glob("*.py")) + list((ROOT / "reports" / "html").glob("*.py")):
        keys |= set(re.findall(r'\bt\(["\']([a-z0-9.-]+)["\']', path.read_text(encoding="utf-8")))
        keys |= set(re.findall(r'"(crawl\.[a-z-]+)"', path.read_text(encoding="utf-8")))
    keys.discard("legend.")  # built below
    keys |= {f"status.{s}" for s in SYMBOLS} | {"status.none"} | {f"legend.{v}" for v in VERDICTS}
    keys |= {f"site-status.{s}" for s in SITE_STATUSES} | {f"lang.{c}" for c in ("fr", "nl", "de", "en", "all")}
    keys |= {f"step.{s}" for s in STEPS} | {f"unit.{u}" for u in UNITS}
    return {f"ui.{k}" for k in keys}


@pytest.mark.parametrize("lang", LOCALES)
def test_ui_strings_exist_in_every_language_with_the_same_placeholders(lang):
    english, mine = ui("en"), ui(lang)
    assert set(mine) == set(english), set(mine) ^ set(english)
    for key, text in mine.items():
        assert key.startswith("ui."), key
        assert text.strip(), (lang, key)
        assert set(PLACEHOLDER.findall(text)) == set(PLACEHOLDER.findall(english[key])), (lang, key)


def test_every_key_the_reports_use_is_defined():
    missing = used_keys() - set(ui("en"))
    assert not missing, missing
    assert len(used_keys()) > 60  # the scan of templates and code found them


def test_french_and_dutch_are_translations_not_copies():
    english, french, dutch = ui("en"), ui("fr"), ui("nl")
    same = [k for k in english if english[k] == french[k] == dutch[k] and len(english[k]) > 12]
    assert not same, same


def test_no_ui_string_is_left_unused():
    assert not set(ui("en")) - used_keys()
