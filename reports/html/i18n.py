"""Interface strings of the human reports, in the reader's language.

UI strings live in ``reports/locales/<lang>/ui.json`` under keys that start with
``ui.``; finding messages are rendered from their key and data (never from the
English ``message`` stored in report.json, unless the key is missing).

    >>> t = Translator("fr")
    >>> t("site-status.unreachable")
    'injoignable'
    >>> t("points", points=t.number(9.5), max_points=t.number(12))
    '9,5 / 12 points'
    >>> t.message({"message_key": "second-line.found", "data": {"body": "Federal Ombudsman"}, "message": "x"})[:26]
    'Le Federal Ombudsman est p'
    >>> Translator("xx").lang
    'en'
"""

from __future__ import annotations

from reports.html.safety import clip
from reports.messages import LOCALES, catalog, render, rule_name

# Each language's own name: what a reader looks for in a language switcher.
ENDONYMS = {"fr": "Français", "nl": "Nederlands", "en": "English", "de": "Deutsch"}


class Translator:
    """``t(key, **data)`` renders ``ui.<key>``; helpers for messages, rules and numbers."""

    def __init__(self, lang: str = "en"):
        self.lang = lang if lang in LOCALES else "en"

    def __call__(self, key: str, **data) -> str:
        return render(f"ui.{key}", data, self.lang)

    def has(self, key: str) -> bool:
        return f"ui.{key}" in catalog(self.lang)

    def rule(self, rule_id: str) -> str:
        name = rule_name(rule_id, self.lang)
        return rule_id if name == f"rule.{rule_id}" else name

    def message(self, finding: dict) -> str:
        """A finding's message in this language; the stored English text as a fallback."""
        key = finding.get("message_key")
        if isinstance(key, str) and key in catalog("en"):
            data = finding.get("data") if isinstance(finding.get("data"), dict) else {}
            try:
                return render(key, data, self.lang)
            except (ValueError, IndexError, KeyError, AttributeError):
                pass  # a malformed template or data: fall back to the stored text
        return clip(finding.get("message") or key or "", 2000)

    def status(self, status: str | None) -> str:
        """A verdict (pass, partial, fail, error, hint) or a missing one."""
        key = f"status.{status}" if status else "status.none"
        return self(key) if self.has(key) else str(status)

    def site_status(self, status: str) -> str:
        key = f"site-status.{status}"
        return self(key) if self.has(key) else str(status)

    def language(self, code: str | None) -> str:
        """A language version's name in this language (``fr`` -> "French")."""
        key = f"lang.{code}" if code else "lang.all"
        return self(key) if self.has(key) else str(code)

    def number(self, value: float | int | None, digits: int = 1) -> str:
        """9.5 -> "9,5" in French and Dutch; whole numbers without decimals."""
        if value is None:
            return "–"
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            return clip(value, 40)
        value = round(float(value), digits)
        text = f"{value:.{digits}f}".rstrip("0").rstrip(".") if digits else f"{value:.0f}"
        return text.replace(".", ",") if self.lang in ("fr", "nl") else text
