"""report.json: the source of truth every other report is rendered from.

    >>> report = build_report([])
    >>> report["schema"], report["sites"]
    ('complaint-lint/report/1', [])
    >>> validate(report)
    >>> validate({"schema": "complaint-lint/report/1"})  # doctest: +IGNORE_EXCEPTION_DETAIL
    Traceback (most recent call last):
    jsonschema.exceptions.ValidationError: 'generated_at' is a required property
"""

from __future__ import annotations

import json
import os
import tempfile
from datetime import datetime, timezone
from functools import lru_cache
from importlib import resources
from pathlib import Path

import jsonschema

from crawler import __version__
from reports.messages import render
from rules.scoring import rule_points, rule_set_version, score

SCHEMA_ID = "complaint-lint/report/1"


@lru_cache(maxsize=1)
def schema() -> dict:
    return json.loads(resources.files("reports").joinpath("schema/report.schema.json").read_text("utf-8"))


def validate(report: dict) -> None:
    jsonschema.validate(report, schema())


def now_utc() -> str:
    return datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


def finding_entry(finding) -> dict:
    return {"status": finding.status, "language": finding.language, "url": finding.url,
            "message": render(finding.message, finding.data, "en"), "message_key": finding.message,
            "data": finding.data, "evidence": finding.evidence}


def rule_entry(result: dict) -> dict:
    earned, possible = rule_points(result)
    return {"id": result["id"], "criterion": result["criterion"], "status": result["status"],
            "languages": result["languages"], "points": round(earned, 2), "max_points": possible,
            "findings": [finding_entry(f) for f in result["findings"]]}


def site_entry(url: str, facts: dict, site=None, results: list[dict] | None = None,
               snapshot_path: str | None = None) -> dict:
    """One site of the report; ``site`` and ``results`` only when it was linted."""
    status = facts.get("status", "ok")
    entry = {"url": url, "status": status, "score": None, "languages": [], "requests": int(facts.get("requests", 0)),
             "rules": []}
    if facts.get("reason"):
        entry["reason"] = facts["reason"]
    if status == "ok" and site is not None and results is not None:
        totals = score(results)
        entry.update(score=totals["score"] if totals["score"] is not None else 0.0,
                     points=totals["points"], max_points=totals["max_points"],
                     languages=list(site.languages), rules=[rule_entry(r) for r in results],
                     pages=_pages(site))
        if site.unread_languages:
            entry["languages_not_read"] = site.unread_languages
    entry["crawl"] = {k: facts[k] for k in ("started_at", "duration_s", "budget", "over_budget", "robots_forbidden",
                                            "responses", "source", "warnings") if k in facts}
    if facts.get("failures"):
        entry["crawl"]["failed_requests"] = len(facts["failures"])
    if snapshot_path:
        entry["snapshot"] = snapshot_path
    return entry


def _pages(site) -> dict:
    out = {}
    for lang in site.languages:
        version = site.versions[lang]
        out[lang] = {
            "pages_read": len(version.pages),
            "contact": _page_ref(site, version.contact),
            "complaint": [_page_ref(site, p) for p in version.complaint_pages],
        }
    return out


def _page_ref(site, page) -> dict | None:
    if page is None:
        return None
    return {"url": page.url, "title": page.title[:200], "click_path": site.click_path(page)}


def build_report(sites: list[dict]) -> dict:
    return {"schema": SCHEMA_ID, "generated_at": now_utc(), "tool_version": __version__,
            "rule_set_version": rule_set_version(), "sites": sites}


def write_report(report: dict, out_dir: Path) -> Path:
    """Validate, then write atomically (a reader never sees half a report)."""
    validate(report)
    out_dir.mkdir(parents=True, exist_ok=True)
    target = out_dir / "report.json"
    fd, tmp = tempfile.mkstemp(dir=out_dir, prefix=".report-", suffix=".json")
    with os.fdopen(fd, "w", encoding="utf-8") as fh:
        json.dump(report, fh, ensure_ascii=False, indent=2)
    os.replace(tmp, target)
    return target


def read_report(path: Path) -> dict:
    return json.loads(Path(path).read_text(encoding="utf-8"))
