"""The rule engine isolates failures; report.json keeps its contract."""

import jsonschema
import pytest

from crawler.evaluate import evaluate_snapshot
from reports.json_report import build_report, validate
from rules.base import FAIL, PASS, Finding, Rule
from rules.registry import BrokenRule, load_rules
from tests.rules.test_rule_cases import build_snapshot
from tests.test_meta import DESIGN_RULE_IDS

CASE = {"lang": "fr", "pages": {"complaints": "<p>Introduisez votre plainte via le formulaire. "
                                              "Nous vous répondrons. Pas satisfait ? Adressez-vous au Médiateur fédéral.</p>"}}


class Exploding(Rule):
    id, criterion, summary = "complaint-form", 6, "raises"

    def check(self, site):
        raise ZeroDivisionError("boom")


class Honest(Rule):
    id, criterion, summary = "second-line-ombudsman", 9, "passes"

    def check(self, site):
        yield Finding(PASS, "second-line.found", "fr", data={"body": "Federal Ombudsman"})


def test_a_rule_that_raises_is_an_error_and_the_others_still_report():
    entry = evaluate_snapshot(build_snapshot(CASE), rules=[Exploding(), Honest(), BrokenRule("logo-placement", "ImportError: x")])
    by_id = {r["id"]: r for r in entry["rules"]}
    assert by_id["complaint-form"]["status"] == "error"
    assert "ZeroDivisionError: boom" in by_id["complaint-form"]["findings"][0]["message"]
    assert by_id["logo-placement"]["status"] == "error"
    assert by_id["second-line-ombudsman"]["status"] == "pass"
    assert entry["score"] == 100.0 and entry["max_points"] == 12
    validate(build_report([entry]))


def test_every_rule_id_appears_once_per_ok_site():
    entry = evaluate_snapshot(build_snapshot(CASE))
    assert sorted(r["id"] for r in entry["rules"]) == sorted(DESIGN_RULE_IDS)
    validate(build_report([entry]))


def test_schema_rejects_contract_breaks():
    entry = evaluate_snapshot(build_snapshot(CASE))
    report = build_report([entry])
    for breakage in (lambda r: r["sites"][0].update(status="maybe"),
                     lambda r: r["sites"][0].update(score=None),
                     lambda r: r["sites"][0]["rules"][0].update(status="ok"),
                     lambda r: r["sites"][0].pop("requests"),
                     lambda r: r.update(schema="complaint-lint/report/2")):
        broken = build_report([evaluate_snapshot(build_snapshot(CASE))])
        breakage(broken)
        with pytest.raises(jsonschema.ValidationError):
            validate(broken)
    validate(report)


def test_scanned_report_matches_the_contract(sites, cli):
    result = cli("scan", sites.urls["lang-splash"], "--allow-private", "--quiet")
    report = result.report
    validate(report)
    assert report["schema"] == "complaint-lint/report/1"
    site = report["sites"][0]
    assert site["url"] == sites.urls["lang-splash"]
    assert isinstance(site["requests"], int) and site["requests"] > 0
    for rule in site["rules"]:
        assert set(rule["languages"]) == set(site["languages"])
        for finding in rule["findings"]:
            assert {"status", "language", "url", "message", "evidence"} <= set(finding)
    assert (result.out / "report.md").read_text().startswith("# complaint-lint report")
