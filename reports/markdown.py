"""A Markdown summary of report.json, for CI job summaries and e-mail.

    >>> print(render_markdown({"generated_at": "2026-11-27T03:00:00Z", "rule_set_version": "1",
    ...     "sites": [{"url": "https://x.be/", "status": "unreachable", "score": None,
    ...                "languages": [], "requests": 1, "rules": [], "reason": "DNS"}]}).splitlines()[4])
    | https://x.be/ | unreachable | – | – | 1 | DNS |
"""

from __future__ import annotations

from reports.messages import render, rule_name

SYMBOL = {"pass": "✅ pass", "partial": "🟡 partial", "fail": "❌ fail", "error": "⚠️ error"}


def _cell(text) -> str:
    return str(text).replace("|", "\\|").replace("\n", " ")


def render_markdown(report: dict, lang: str = "en") -> str:
    lines = [f"# complaint-lint report ({report['generated_at']}, rules {report.get('rule_set_version', '?')})", "",
             "| site | status | score | languages | requests | note |",
             "|---|---|---|---|---|---|"]
    for site in report["sites"]:
        score = "–" if site["score"] is None else f"{site['score']:.1f}"
        langs = ", ".join(site["languages"]) or "–"
        lines.append(f"| {_cell(site['url'])} | {site['status']} | {score} | {langs} | {site['requests']} | "
                     f"{_cell(site.get('reason', ''))} |")
    for site in report["sites"]:
        if not site["rules"]:
            continue
        lines += ["", f"## {_cell(site['url'])}: {site['score']:.1f}/100", "",
                  "| criterion | status | " + " | ".join(site["languages"]) + " | points |",
                  "|---|---|" + "---|" * len(site["languages"]) + "---|"]
        for rule in site["rules"]:
            per_lang = " | ".join(rule["languages"].get(l, "–") for l in site["languages"])
            lines.append(f"| {_cell(rule_name(rule['id'], lang))} | {SYMBOL.get(rule['status'], rule['status'])} | "
                         f"{per_lang} | {rule.get('points', 0):g}/{rule.get('max_points', 0):g} |")
        fails = [(r, f) for r in site["rules"] for f in r["findings"] if f["status"] == "fail"]
        if fails:
            lines += ["", "**To fix:**", ""]
            for rule, finding in fails:
                where = f" ({finding['url']})" if finding.get("url") else ""
                text = render(finding.get("message_key", ""), finding.get("data", {}), lang) \
                    if finding.get("message_key") else finding["message"]
                lines.append(f"- {rule_name(rule['id'], lang)} [{finding.get('language') or '-'}]: "
                             f"{_cell(text)}{where}")
    return "\n".join(lines) + "\n"
