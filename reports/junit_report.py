"""report.junit.xml for CI pipelines: one test suite per site, one test case per
site and rule. ``fail`` and ``partial`` are failures (the message names the
failing language versions), ``error`` is an error; a site that could not be
checked is one errored test case. Scanned text is escaped by ElementTree and
stripped of characters XML cannot hold.

    >>> report = {"sites": [{"url": "https://x.be/", "status": "ok", "score": 50.0, "languages": ["fr", "nl"],
    ...     "requests": 9, "crawl": {"duration_s": 1.5}, "rules": [
    ...     {"id": "complaint-form", "status": "partial", "languages": {"fr": "pass", "nl": "fail"},
    ...      "findings": [{"status": "fail", "language": "nl", "url": "https://x.be/nl/",
    ...                    "message": "No form <b>\\x00", "evidence": {}}]}]}]}
    >>> xml = render_junit(report, "en")
    >>> root = ET.fromstring(xml)
    >>> case = root.find("testsuite/testcase")
    >>> root.get("tests"), root.get("failures"), root[0].get("name"), case.get("name")
    ('1', '1', 'https://x.be/', 'complaint-form')
    >>> case.find("failure").get("message")
    'partial: fails in Dutch'
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

from reports.html.i18n import Translator
from reports.html.safety import as_number, plain

_NOT_XML = re.compile("[^\u0009\u000a\u000d\u0020-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


def _text(value) -> str:
    return _NOT_XML.sub("", plain(value))


def _case(suite: ET.Element, classname: str, name: str, duration: float = 0.0) -> ET.Element:
    return ET.SubElement(suite, "testcase", classname=_text(classname), name=_text(name), time=f"{duration:.3f}")


def _details(rule: dict, t: Translator) -> str:
    lines = []
    for finding in rule.get("findings") or []:
        if finding.get("status") in ("fail", "error", "hint"):
            where = f" ({finding['url']})" if finding.get("url") else ""
            lines.append(f"[{finding.get('language') or '-'}] {t.message(finding)}{where}")
    return "\n".join(lines)


def _failing(rule: dict, t: Translator) -> str:
    langs = [t.language(code) for code, v in (rule.get("languages") or {}).items() if v != "pass"]
    status = t.status(rule.get("status"))
    return t("junit.fails-in", status=status, languages=", ".join(langs)) if langs else status


def build_junit(report: dict, lang: str = "en") -> ET.Element:
    t = Translator(lang)
    root = ET.Element("testsuites", name="complaint-lint")
    totals = {"tests": 0, "failures": 0, "errors": 0}
    for site in report.get("sites") or []:
        url = str(site.get("url"))
        crawl = site.get("crawl") if isinstance(site.get("crawl"), dict) else {}
        duration = as_number(crawl.get("duration_s"))
        suite = ET.SubElement(root, "testsuite", name=_text(url))
        counts = {"tests": 0, "failures": 0, "errors": 0}
        rules = site.get("rules") or []
        if not rules:
            case = _case(suite, url, "site", duration)
            counts["tests"] += 1
            if site.get("status") != "ok":
                counts["errors"] += 1
                ET.SubElement(case, "error", message=_text(f"{site.get('status')}: {site.get('reason') or ''}"),
                              type=_text(site.get("status")))
        for rule in rules:
            case = _case(suite, url, f"{rule.get('id')}", duration / max(1, len(rules)))
            counts["tests"] += 1
            status = rule.get("status")
            if status in ("fail", "partial"):
                counts["failures"] += 1
                failure = ET.SubElement(case, "failure", message=_text(_failing(rule, t)), type=_text(status))
                failure.text = _text(f"{t.rule(str(rule.get('id')))}\n{_details(rule, t)}")
            elif status == "error":
                counts["errors"] += 1
                error = ET.SubElement(case, "error", message=_text(_details(rule, t).split("\n")[0][:500]),
                                      type="error")
                error.text = _text(_details(rule, t))
        score = site.get("score")
        ET.SubElement(ET.SubElement(suite, "properties"), "property", name="score",
                      value="" if score is None else f"{score:g}")
        suite[:] = [suite[-1]] + list(suite[:-1])  # properties first, as the JUnit schema has it
        for key, value in counts.items():
            suite.set(key, str(value))
            totals[key] += value
        suite.set("time", f"{duration:.3f}")
    for key, value in totals.items():
        root.set(key, str(value))
    return root


def render_junit(report: dict, lang: str = "en") -> str:
    root = build_junit(report, lang)
    ET.indent(root)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, encoding="unicode") + "\n"


def write_junit(report: dict, path: Path, lang: str = "en") -> Path:
    Path(path).write_text(render_junit(report, lang), encoding="utf-8")
    return Path(path)
