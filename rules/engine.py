"""Run every rule on a site, one failure never hiding the others' results."""

from __future__ import annotations

import traceback

from rules.base import ERROR, FAIL, Finding, combine, language_verdict
from rules.registry import BrokenRule, load_rules
from rules.scoring import weights_table
from rules.site import Site

RULE_ORDER = {rule_id: i for i, rule_id in enumerate(weights_table()["weights"])}


def run_rules(site: Site, rules=None) -> list[dict]:
    """One result per rule: id, criterion, status, per-language verdicts, findings."""
    results = []
    for rule in rules if rules is not None else load_rules():
        if isinstance(rule, BrokenRule):
            findings = [Finding(ERROR, "rule.broken", data={"reason": rule.reason})]
            results.append(_result(rule.id, None, findings, dict.fromkeys(site.languages, ERROR)))
            continue
        try:
            findings = list(rule.check(site))
        except Exception as exc:  # noqa: BLE001 - the rule's own bug becomes its verdict
            reason = f"{type(exc).__name__}: {exc}"
            where = traceback.extract_tb(exc.__traceback__)[-1]
            findings = [Finding(ERROR, "rule.crashed",
                                data={"reason": reason, "where": f"{where.filename}:{where.lineno}"})]
            results.append(_result(rule.id, rule.criterion, findings, dict.fromkeys(site.languages, ERROR)))
            continue
        verdicts = {}
        general_errors = [f for f in findings if f.language is None and f.status == ERROR]
        if general_errors:
            results.append(_result(rule.id, rule.criterion, findings, dict.fromkeys(site.languages, ERROR)))
            continue
        for lang in site.languages:
            mine = [f for f in findings if f.language == lang]
            if not mine:
                mine = [Finding(FAIL, "rule.nothing-found", lang)]
                findings.append(mine[0])
            verdicts[lang] = language_verdict(mine)
        if not site.languages:
            findings.append(Finding(ERROR, "site.no-language"))
        results.append(_result(rule.id, rule.criterion, findings, verdicts, combine(verdicts)))
    return sorted(results, key=lambda r: RULE_ORDER.get(r["id"], len(RULE_ORDER)))


def _result(rule_id, criterion, findings, verdicts, status=ERROR) -> dict:
    return {"id": rule_id, "criterion": criterion, "status": status, "languages": verdicts,
            "findings": findings}
