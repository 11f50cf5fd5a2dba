"""What the HTML pages share: verdicts shown as symbol, word and colour class, safe
links, when and with what the report was made, the language switcher.

    >>> from reports.html.i18n import Translator
    >>> verdict("partial", Translator("fr"))
    {'status': 'partial', 'symbol': '◐', 'label': 'partiel'}
    >>> link("javascript:alert(1)")["href"] is None, link("https://x.be/", "Accueil")["href"]
    (True, 'https://x.be/')
    >>> report_meta({"generated_at": "2026-11-27T03:00:00Z", "tool_version": "0.1.0"})["generated_at"]
    '2026-11-27 03:00 UTC'
"""

from __future__ import annotations

from reports.html.i18n import ENDONYMS, Translator
from reports.html.safety import clip, safe_href

SYMBOLS = {"pass": "✓", "partial": "◐", "fail": "✗", "error": "!", "hint": "i"}
NO_SYMBOL = "–"
VERDICTS = ("pass", "partial", "fail", "error")
SITE_STATUSES = ("ok", "unreachable", "robots_disallowed", "error")
UI_LANGUAGES = ("fr", "nl", "en")


def verdict(status: str | None, t: Translator) -> dict:
    """A status as the report shows it: a symbol, a word and a CSS class (never colour alone)."""
    known = status if isinstance(status, str) and status in SYMBOLS else None
    return {"status": known or "none", "symbol": SYMBOLS.get(known, NO_SYMBOL), "label": t.status(known)}


def report_meta(report: dict) -> dict:
    """When and with what the report was made (shown in every page's footer)."""
    return {"generated_at": when(report.get("generated_at")), "tool_version": clip(report.get("tool_version"), 40),
            "rule_set_version": clip(report.get("rule_set_version") or "?", 40)}


def when(stamp: object) -> str:
    """``2026-11-27T03:00:00Z`` -> ``2026-11-27 03:00 UTC``."""
    text = clip(stamp, 40)
    if len(text) == 20 and text[10] == "T" and text.endswith("Z"):
        return f"{text[:10]} {text[11:16]} UTC"
    return text


def link(url: object, text: object = None) -> dict:
    """A URL for display; ``href`` only when it is safe to link (http or https)."""
    return {"text": clip(text if text not in (None, "") else url, 300), "href": safe_href(url), "url": clip(url, 300)}


def language_links(t: Translator, name_for) -> list[dict]:
    """The language switcher: each interface language, in its own name, with its file."""
    return [{"code": code, "name": ENDONYMS[code], "href": name_for(code), "current": code == t.lang}
            for code in UI_LANGUAGES]
