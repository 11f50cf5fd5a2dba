"""The network page's data: every site against every criterion, in one language.
Plain dicts of translated, clipped text; the template escapes.

    >>> from reports.html.i18n import Translator
    >>> site = {"url": "https://x.be/", "status": "ok", "score": 50.0, "points": 6, "max_points": 12,
    ...         "languages": ["fr", "nl"], "requests": 9,
    ...         "rules": [{"id": "complaint-form", "criterion": 6, "status": "partial", "points": 6,
    ...                    "max_points": 12, "languages": {"fr": "pass", "nl": "fail"}, "findings": []}]}
    >>> row = site_row(site, "x-be", rule_columns({"sites": [site]}, Translator("en")), Translator("en"))
    >>> form = next(c for c in row["cells"] if c["rule"] == "complaint-form")
    >>> row["score_text"], row["failing"], form["symbol"], form["label"]
    ('50', ['complaint-form'], '◐', 'partial: French pass, Dutch fail')
    >>> row["cells"][0]["symbol"], row["cells"][0]["label"]   # a rule the site has no result for
    ('–', 'not evaluated')
"""

from __future__ import annotations

from reports.html.i18n import Translator
from reports.html.safety import clip
from reports.html.view import NO_SYMBOL, SITE_STATUSES, VERDICTS, report_meta, verdict
from rules.scoring import weights_table


def site_rules(site: dict) -> list[dict]:
    """The rule results of a site (entries that are not objects are skipped)."""
    rules = site.get("rules")
    return [r for r in rules if isinstance(r, dict)] if isinstance(rules, list) else []


def rule_columns(report: dict, t: Translator) -> list[dict]:
    """The criteria of the grid: the weights table's order, then any other rule found."""
    weights = weights_table().get("weights", {})
    ids = list(weights)
    for site in report.get("sites") or []:
        ids += [r["id"] for r in site_rules(site) if isinstance(r.get("id"), str) and r["id"] not in ids]
    criteria = {}
    for site in report.get("sites") or []:
        for rule in site_rules(site):
            criteria.setdefault(rule.get("id"), rule.get("criterion"))
    return [{"id": rid, "name": t.rule(rid), "criterion": criteria.get(rid),
             "weight": weights.get(rid, {}).get("points")} for rid in ids]


def _cell(rule: dict | None, t: Translator) -> dict:
    if rule is None:
        return dict(verdict(None, t), rule=None)
    cell = verdict(rule.get("status"), t)
    langs = rule.get("languages") if isinstance(rule.get("languages"), dict) else {}
    detail = ", ".join(f"{t.language(code)} {t.status(v)}" for code, v in langs.items())
    cell["label"] = f"{cell['label']}: {detail}" if detail else cell["label"]
    cell["rule"] = rule.get("id")
    return cell


def site_name(url: object) -> str:
    return clip(url, 200)


def site_row(site: dict, slug: str, columns: list[dict], t: Translator) -> dict:
    """One row of the network grid."""
    by_id = {r.get("id"): r for r in site_rules(site)}
    score = site.get("score")
    return {
        "slug": slug, "url": site_name(site.get("url")), "status": _site_status(site),
        "status_label": t.site_status(_site_status(site)),
        "score": score if isinstance(score, (int, float)) else None,
        "score_text": t.number(score) if isinstance(score, (int, float)) else NO_SYMBOL,
        "languages": [c for c in site.get("languages") or [] if isinstance(c, str)],
        "reason": clip(site.get("reason"), 300),
        "cells": [_cell(by_id.get(col["id"]), t) for col in columns],
        "failing": [r["id"] for r in site_rules(site) if r.get("status") in ("fail", "partial")],
    }


def _site_status(site: dict) -> str:
    status = site.get("status")
    return status if status in SITE_STATUSES else "error"


def network_view(report: dict, slugs: list[str], t: Translator) -> dict:
    """The index page: every site against every criterion."""
    columns = rule_columns(report, t)
    rows = [site_row(site, slug, columns, t) for site, slug in zip(report.get("sites") or [], slugs)]
    return {
        "rules": columns, "sites": rows,
        "statuses": [s for s in SITE_STATUSES if any(r["status"] == s for r in rows)],
        "verdicts": [verdict(v, t) for v in VERDICTS],
        "meta": report_meta(report),
    }
