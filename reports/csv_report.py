"""report.csv: one row per site, rule and language version, for the network's
spreadsheets. Column names are fixed (scripts read them); messages and rule
names are in the chosen language. A site that could not be checked still has one
row, and so does a rule that errored without a language verdict.

Cells that a spreadsheet would run as a formula (scanned text starting with
``=``, ``+``, ``-``, ``@``) are prefixed with an apostrophe.

    >>> report = {"sites": [{"url": "https://x.be/", "status": "ok", "score": 50.0, "languages": ["fr", "nl"],
    ...     "requests": 9, "rules": [{"id": "complaint-form", "criterion": 6, "status": "partial",
    ...     "languages": {"fr": "pass", "nl": "fail"}, "points": 6, "max_points": 12, "findings": [
    ...         {"status": "fail", "language": "nl", "url": "https://x.be/nl/", "message": "=HYPERLINK(1)",
    ...          "evidence": {}}]}]}]}
    >>> rows = list(csv.reader(io.StringIO(render_csv(report, "en"))))
    >>> rows[0][:6]
    ['site_url', 'site_status', 'site_score', 'rule_id', 'rule_name', 'criterion']
    >>> [(r[3], r[8], r[9], r[12]) for r in rows[1:]]
    [('complaint-form', 'fr', 'pass', ''), ('complaint-form', 'nl', 'fail', "'=HYPERLINK(1)")]
"""

from __future__ import annotations

import csv
import io
from pathlib import Path

from reports.html.i18n import Translator
from reports.html.safety import as_number, plain

COLUMNS = ["site_url", "site_status", "site_score", "rule_id", "rule_name", "criterion", "rule_status",
           "rule_points", "language", "verdict", "points", "max_points", "message", "evidence_url",
           "evidence_text", "site_reason"]
_FORMULA = ("=", "+", "-", "@", "\t", "\r")


def cell(value) -> str:
    """A value as a spreadsheet reads it safely: no formula, no line break."""
    if value is None:
        return ""
    if isinstance(value, float):
        value = f"{value:g}"
    text = plain(str(value).replace("\r\n", " ").replace("\n", " ").replace("\r", " "))
    return "'" + text if text.startswith(_FORMULA) else text


def rows(report: dict, lang: str = "en"):
    """Dicts with the keys of ``COLUMNS``, in report order."""
    t = Translator(lang)
    for site in report.get("sites") or []:
        base = {"site_url": site.get("url"), "site_status": site.get("status"), "site_score": site.get("score"),
                "site_reason": site.get("reason")}
        rules = site.get("rules") or []
        if not rules:
            yield base
            continue
        for rule in rules:
            verdicts = rule.get("languages") or {}
            weight = as_number(rule.get("max_points"))
            share = weight / len(verdicts) if verdicts else 0.0
            head = dict(base, rule_id=rule.get("id"), rule_name=t.rule(str(rule.get("id"))),
                        criterion=rule.get("criterion"), rule_status=rule.get("status"), rule_points=rule.get("points"))
            findings = rule.get("findings") or []
            languages = list(verdicts) or [None]
            for code in languages:
                mine = [f for f in findings if f.get("language") == code or (code is None)]
                shown = [f for f in mine if f.get("status") != "pass"] or mine
                verdict = verdicts.get(code) if code else rule.get("status")
                evidence = next((f for f in shown if f.get("url") or (f.get("evidence") or {}).get("text")), {})
                yield dict(head, language=code, verdict=verdict,
                           points=(share if verdict == "pass" else 0.0) if code else rule.get("points"),
                           max_points=share if code else weight,
                           message=" | ".join(t.message(f) for f in shown),
                           evidence_url=evidence.get("url"),
                           evidence_text=(evidence.get("evidence") or {}).get("text"))


def render_csv(report: dict, lang: str = "en") -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(COLUMNS)
    for row in rows(report, lang):
        writer.writerow([cell(_round(row.get(column))) for column in COLUMNS])
    return buffer.getvalue()


def _round(value):
    return round(value, 2) if isinstance(value, float) else value


def write_csv(report: dict, path: Path, lang: str = "en") -> Path:
    """UTF-8 with a byte-order mark, so that spreadsheets show accents right."""
    Path(path).write_text(render_csv(report, lang), encoding="utf-8-sig", newline="")
    return Path(path)
