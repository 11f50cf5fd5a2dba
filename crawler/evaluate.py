"""From a snapshot to a report entry: read it, build the site view, run the
rules, score. The same path for a fresh crawl and for an offline re-lint."""

from __future__ import annotations

from pathlib import Path

from crawler.snapshot import Snapshot, SnapshotError, read_snapshot
from reports.json_report import site_entry
from rules.engine import run_rules
from rules.site import Site


def evaluate_snapshot(snapshot: Snapshot, url: str | None = None, facts: dict | None = None,
                      snapshot_path: str | None = None, rules=None) -> dict:
    facts = dict(snapshot.facts, **(facts or {}))
    facts.setdefault("status", "ok")
    facts.setdefault("requests", 0)
    url = url or facts.get("start_url") or snapshot.start_url
    if facts["status"] != "ok":
        return site_entry(url, facts, snapshot_path=snapshot_path)
    site = Site.from_snapshot(snapshot)
    return site_entry(url, facts, site, run_rules(site, rules), snapshot_path=snapshot_path)


def lint_path(path: str | Path, rules=None) -> dict:
    """Lint a stored snapshot (WARC or folder); an unreadable one becomes an error entry."""
    try:
        snapshot = read_snapshot(path)
    except SnapshotError as exc:
        return site_entry(str(path), {"status": "error", "reason": str(exc), "requests": 0})
    facts = {"start_url": snapshot.facts.get("start_url") or str(path)}
    if snapshot.facts.get("source") == "folder":
        facts["start_url"] = str(path)
    return evaluate_snapshot(snapshot, url=facts["start_url"], snapshot_path=str(path), rules=rules)
