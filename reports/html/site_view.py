"""A site's page data: score and points per rule, each criterion's verdict per
language with its evidence (page, quoted text, selector, click path), the deadlines
found, the matched logo beside the reference, what to fix, the pages found and the
crawl facts. Plain dicts of translated, clipped text; the template escapes.

    >>> from reports.html.i18n import Translator
    >>> site = {"url": "https://x.be/", "status": "ok", "score": 50.0, "points": 5, "max_points": 10,
    ...         "languages": ["fr"], "requests": 3, "pages": {"fr": {"pages_read": 2, "contact": None, "complaint": [
    ...             {"url": "https://x.be/plaintes", "title": "Plaintes",
    ...              "click_path": [["https://x.be/", ""], ["https://x.be/plaintes", "Plaintes"]]}]}},
    ...         "rules": [{"id": "complaint-deadlines", "status": "fail", "points": 0, "max_points": 10,
    ...                    "languages": {"fr": "fail"}, "findings": [{"status": "fail", "language": "fr",
    ...                    "url": "https://x.be/plaintes", "message_key": "deadlines.missing", "message": "",
    ...                    "data": {}, "evidence": {}}]}]}
    >>> view = site_view(site, 0, "x-be", None, Translator("en"))
    >>> [s["text"] for s in view["rules"][0]["languages"][0]["findings"][0]["path"]]
    ['start page', 'Plaintes']
    >>> view["fixes"][0]["name"], view["fixes"][0]["lost"]
    ('Processing deadlines', 10.0)
"""

from __future__ import annotations

from reports.html.i18n import ENDONYMS, Translator
from reports.html.network_view import site_rules, site_row
from reports.html.safety import as_number, clip
from reports.html.view import link, verdict, when

LOGO_RULE = "logo-on-contact-page"  # its findings show the matched image beside the reference


def _page_refs(site: dict) -> dict[str, dict]:
    """Every contact and complaint page of the site by URL (to show a finding's click path)."""
    out = {}
    pages = site.get("pages") if isinstance(site.get("pages"), dict) else {}
    for version in pages.values():
        if not isinstance(version, dict):
            continue
        for ref in [version.get("contact")] + list(version.get("complaint") or []):
            if isinstance(ref, dict) and isinstance(ref.get("url"), str):
                out.setdefault(ref["url"], ref)
    return out


def click_path(ref: dict | None, t: Translator) -> list[dict]:
    steps = ref.get("click_path") if isinstance(ref, dict) else None
    out = []
    for step in steps if isinstance(steps, list) else []:
        if isinstance(step, (list, tuple)) and len(step) == 2:
            out.append(link(step[0], _step_text(step[1], not out, t)))
    return out


def _step_text(text: object, first: bool, t: Translator) -> str:
    """A click path step's link text; the crawler's ``hreflang=xx`` (a language link) in words."""
    if not text:
        return t("path.start") if first else ""
    text = str(text)
    if text.startswith("hreflang=") and len(text) <= 20:
        return t("path.hreflang", language=t.language(text[9:]))
    return text


def _deadlines(data: dict, t: Translator) -> list[dict]:
    rows = []
    for item in data.get("deadlines") or []:
        if isinstance(item, dict):
            step, unit = str(item.get("step")), str(item.get("unit"))
            rows.append({"step": t(f"step.{step}") if t.has(f"step.{step}") else clip(step, 40),
                         "number": t.number(item.get("number"), 0) if isinstance(item.get("number"), (int, float))
                         else clip(item.get("number"), 20),
                         "unit": t(f"unit.{unit}") if t.has(f"unit.{unit}") else clip(unit, 40),
                         "text": clip(item.get("text"), 300)})
    return rows


def _logo(data: dict, site_index: int, thumbs, t: Translator) -> dict | None:
    if not (isinstance(data.get("image"), str) or isinstance(data.get("reference"), str)):
        return None
    image = data.get("image")
    found = thumbs.found.get((site_index, image)) if thumbs and isinstance(image, str) else None
    variant = data.get("reference") if isinstance(data.get("reference"), str) else None
    reference = thumbs.references.get(variant) if thumbs and variant else None
    distance = data.get("distance")
    return {"image": link(image), "found": found, "reference": reference, "variant": clip(variant, 40),
            "distance": t.number(distance, 3) if isinstance(distance, (int, float)) else None}


def finding_view(finding: dict, site_index: int, refs: dict, thumbs, t: Translator, with_logo: bool = False) -> dict:
    evidence = finding.get("evidence") if isinstance(finding.get("evidence"), dict) else {}
    data = finding.get("data") if isinstance(finding.get("data"), dict) else {}
    url = finding.get("url")
    other = evidence.get("url") or evidence.get("href")
    language = finding.get("language")
    return dict(
        verdict(finding.get("status"), t),
        lang=language if isinstance(language, str) and language in ENDONYMS else None,  # the quoted text's language, for screen readers
        message=clip(t.message(finding), 2000),
        page=link(url) if url else None,
        path=click_path(refs.get(url), t) if isinstance(url, str) else [],
        quote=clip(evidence.get("text"), 600) or None,
        heading=clip(evidence.get("heading"), 200) or None,
        selector=clip(evidence.get("selector"), 400) or None,
        target=link(other) if isinstance(other, str) and other != url else None,
        deadlines=_deadlines(data, t),
        logo=_logo(data, site_index, thumbs, t) if with_logo and finding.get("status") in ("pass", "hint") else None,
    )


def rule_section(rule: dict, site: dict, site_index: int, refs: dict, thumbs, t: Translator) -> dict:
    findings = [f for f in rule.get("findings") or [] if isinstance(f, dict)]
    langs = rule.get("languages") if isinstance(rule.get("languages"), dict) else {}
    codes = [c for c in site.get("languages") or [] if isinstance(c, str)]
    codes += [c for c in langs if c not in codes]
    codes += [f["language"] for f in findings if isinstance(f.get("language"), str) and f["language"] not in codes]
    logo = rule.get("id") == LOGO_RULE
    per_language = []
    for code in codes:
        mine = [finding_view(f, site_index, refs, thumbs, t, logo) for f in findings if f.get("language") == code]
        per_language.append(dict(verdict(langs.get(code), t), code=code, name=t.language(code), findings=mine))
    return dict(
        verdict(rule.get("status"), t),
        id=clip(rule.get("id"), 80), name=t.rule(str(rule.get("id"))), criterion=rule.get("criterion"),
        points_text=t("points", points=t.number(rule.get("points", 0)), max_points=t.number(rule.get("max_points", 0))),
        lost=max(0.0, as_number(rule.get("max_points")) - as_number(rule.get("points"))),
        general=[finding_view(f, site_index, refs, thumbs, t) for f in findings if f.get("language") is None],
        languages=per_language,
        cells=[dict(verdict(langs.get(code), t), code=code) for code in codes],
    )


def fixes(sections: list[dict]) -> list[dict]:
    """What to fix, the criteria that cost the most points first."""
    out = []
    for section in sections:
        items = [dict(f, language=lang["name"]) for lang in section["languages"] for f in lang["findings"]
                 if f["status"] in ("fail", "error")]
        items += [dict(f, language=None) for f in section["general"] if f["status"] in ("fail", "error", "hint")]
        if items:
            out.append({"id": section["id"], "name": section["name"], "lost": section["lost"], "findings": items})
    return sorted(out, key=lambda s: -s["lost"])


def pages_view(site: dict, t: Translator) -> list[dict]:
    pages = site.get("pages") if isinstance(site.get("pages"), dict) else {}
    out = []
    for code, version in pages.items():
        if not isinstance(version, dict):
            continue

        def page(ref):
            return dict(link(ref.get("url"), ref.get("title") or ref.get("url")), path=click_path(ref, t))
        contact = version.get("contact")
        out.append({"code": clip(code, 8), "name": t.language(code),
                    "read": version.get("pages_read") if isinstance(version.get("pages_read"), int) else None,
                    "contact": page(contact) if isinstance(contact, dict) else None,
                    "complaint": [page(r) for r in version.get("complaint") or [] if isinstance(r, dict)]})
    return out


def crawl_facts(site: dict, t: Translator) -> list[tuple[str, str]]:
    """(label, value) pairs: requests, pages, duration and the rest of ``crawl``."""
    crawl = site.get("crawl") if isinstance(site.get("crawl"), dict) else {}
    pages = site.get("pages") if isinstance(site.get("pages"), dict) else {}
    read = sum(v.get("pages_read", 0) for v in pages.values() if isinstance(v, dict)
               and isinstance(v.get("pages_read"), int))
    facts = [(t("crawl.requests"), t.number(site.get("requests"), 0)), (t("crawl.pages"), t.number(read, 0))]
    if isinstance(crawl.get("duration_s"), (int, float)):
        facts.append((t("crawl.duration"), t("seconds", seconds=t.number(crawl["duration_s"]))))
    if crawl.get("started_at"):
        facts.append((t("crawl.started"), when(crawl["started_at"])))
    for key, label in (("budget", "crawl.budget"), ("over_budget", "crawl.over-budget"),
                       ("robots_forbidden", "crawl.robots"), ("failed_requests", "crawl.failed"),
                       ("source", "crawl.source")):
        value = crawl.get(key)
        if value not in (None, "", 0, False) or (key == "budget" and value is not None):
            facts.append((t(label), t.number(value, 0) if isinstance(value, (int, float)) else clip(value, 100)))
    for warning in crawl.get("warnings") or []:
        facts.append((t("crawl.warning"), clip(warning, 300)))
    if isinstance(site.get("snapshot"), str):
        facts.append((t("crawl.snapshot"), clip(site["snapshot"], 300)))
    return facts


def site_view(site: dict, site_index: int, slug: str, thumbs, t: Translator, history: dict | None = None) -> dict:
    """One site's page. ``history`` (earlier runs, what changed) is for the results history."""
    refs = _page_refs(site)
    sections = [rule_section(r, site, site_index, refs, thumbs, t) for r in site_rules(site)]
    row = site_row(site, slug, [], t)
    return dict(
        row, link=link(site.get("url")),
        languages=[{"code": c, "name": t.language(c)} for c in row["languages"]],
        points_text=t("points", points=t.number(site.get("points", 0)), max_points=t.number(site.get("max_points", 0)))
        if isinstance(site.get("max_points"), (int, float)) else None,
        rules=sections, fixes=fixes(sections), pages=pages_view(site, t), crawl=crawl_facts(site, t),
        history=history,
    )
