"""A Markdown summary of report.json, for CI job summaries and e-mail.

Scanned text is escaped: it can neither add markup (links, images, HTML that a
job summary would render and load) nor break a table.

    >>> print(render_markdown({"generated_at": "2026-11-27T03:00:00Z", "rule_set_version": "1",
    ...     "sites": [{"url": "https://x.be/", "status": "unreachable", "score": None,
    ...                "languages": [], "requests": 1, "rules": [], "reason": "DNS"}]}).splitlines()[4])
    | https://x.be/ | unreachable | – | – | 1 | DNS |
    >>> md_text('<img src=x onerror=alert(1)> [a](javascript:x) | *b*')
    '&lt;img src=x onerror=alert(1)&gt; \\\\[a\\\\](javascript:x) \\\\| \\\\*b\\\\*'
"""

from __future__ import annotations

import re

from reports.html.i18n import Translator
from reports.html.safety import plain

SYMBOL = {"pass": "✅", "partial": "🟡", "fail": "❌", "error": "⚠️"}
_SPECIAL = re.compile(r"([\\`*_{}\[\]#+!|~])")
_URL_SPECIAL = re.compile(r"([\\`*\[\]|])")


def md_text(text) -> str:
    """Plain text for a Markdown table cell or list item: no markup, one line."""
    value = plain(text)
    value = value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return re.sub(r"\s+", " ", _SPECIAL.sub(r"\\\1", value)).strip()


def _url(text) -> str:
    """A URL stays readable (``:``, ``/``, ``_`` untouched) but cannot carry markup."""
    value = plain(text)
    value = value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return re.sub(r"\s+", "%20", _URL_SPECIAL.sub(r"\\\1", value).strip())


def _verdict(status: str, t: Translator) -> str:
    return f"{SYMBOL.get(status, '')} {t.status(status)}".strip()


def render_markdown(report: dict, lang: str = "en") -> str:
    t = Translator(lang)
    title = t("md.title", generated_at=report.get("generated_at"), rule_set_version=report.get("rule_set_version", "?"))
    lines = [f"# {md_text(title)}", "",
             f"| {t('md.site')} | {t('md.status')} | {t('md.score')} | {t('md.languages')} | {t('md.requests')} "
             f"| {t('md.note')} |",
             "|---|---|---|---|---|---|"]
    for site in report["sites"]:
        score = "–" if site["score"] is None else t.number(site["score"])
        langs = ", ".join(site["languages"]) or "–"
        lines.append(f"| {_url(site['url'])} | {t.site_status(site['status'])} | {score} | {langs} | {site['requests']} | "
                     f"{md_text(site.get('reason', ''))} |")
    for site in report["sites"]:
        if not site["rules"]:
            continue
        score = "–" if site["score"] is None else t.number(site["score"])
        lines += ["", f"## {_url(site['url'])}: {score}/100", "",
                  f"| {t('md.criterion')} | {t('md.status')} | " + " | ".join(site["languages"]) +
                  f" | {t('md.points')} |",
                  "|---|---|" + "---|" * len(site["languages"]) + "---|"]
        for rule in site["rules"]:
            per_lang = " | ".join(SYMBOL.get(str(rule["languages"].get(code, "")), "–") for code in site["languages"])
            lines.append(f"| {md_text(t.rule(rule['id']))} | {_verdict(rule['status'], t)} | {per_lang} | "
                         f"{t.number(rule.get('points', 0))}/{t.number(rule.get('max_points', 0))} |")
        fails = [(r, f) for r in site["rules"] for f in r["findings"] if f["status"] in ("fail", "error")]
        if fails:
            lines += ["", f"**{t('md.to-fix')}**", ""]
            for rule, finding in fails:
                where = f" ({_url(finding['url'])})" if finding.get("url") else ""
                lines.append(f"- {md_text(t.rule(rule['id']))} \\[{finding.get('language') or '-'}\\]: "
                             f"{md_text(t.message(finding))}{where}")
    return "\n".join(lines) + "\n"
