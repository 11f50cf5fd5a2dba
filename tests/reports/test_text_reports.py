"""CSV for the network's spreadsheets, JUnit XML and Markdown for CI pipelines,
and the terminal summary: complete, in the chosen language, and safe with hostile
scanned text."""

from __future__ import annotations

import csv
import io
import xml.etree.ElementTree as ET

from rich.console import Console

from reports.csv_report import COLUMNS, render_csv, rows
from reports.html.i18n import Translator
from reports.junit_report import render_junit
from reports.markdown import render_markdown
from reports.terminal import print_summary
from tests.reports.hostile import FORMULA


def test_csv_has_one_row_per_site_rule_and_language(hostile_run):
    run, report = hostile_run
    text = (run / "report.csv").read_bytes().decode("utf-8-sig")
    table = list(csv.DictReader(io.StringIO(text)))
    assert list(table[0]) == COLUMNS
    ok, unreachable = report["sites"]
    expected = sum(max(1, len(r["languages"])) for r in ok["rules"]) + 1
    assert len(table) == expected
    assert {(r["rule_id"], r["language"]) for r in table if r["site_status"] == "ok"} == \
        {(r["id"], code) for r in ok["rules"] for code in r["languages"]}
    assert [r for r in table if r["site_status"] == "unreachable"][0]["rule_id"] == ""
    french_name = Translator("fr").rule("complaint-form")
    assert {r["rule_name"] for r in table if r["rule_id"] == "complaint-form"} == {french_name}


def test_csv_points_add_up_to_the_rule_points(hostile_run):
    _, report = hostile_run
    for rule in report["sites"][0]["rules"]:
        mine = [r for r in rows(report) if r.get("rule_id") == rule["id"]]
        assert round(sum(r["points"] for r in mine), 2) == rule["points"]


def test_csv_cells_cannot_become_spreadsheet_formulas(hostile_run):
    _, report = hostile_run
    second = dict(report["sites"][1], reason=FORMULA, url="@SUM(1+1)*cmd|' /C calc'!A0")
    text = render_csv(dict(report, sites=[report["sites"][0], second]), "en")
    cells = [cell for row in csv.reader(io.StringIO(text)) for cell in row]
    assert not [c for c in cells if c.startswith(("=", "+", "-", "@", "\t", "\r"))]
    assert "'" + FORMULA in cells and "'@SUM(1+1)*cmd|' /C calc'!A0" in cells  # kept, as text
    assert "\u202e" not in text


def test_junit_has_one_case_per_site_and_rule(hostile_run):
    run, report = hostile_run
    root = ET.parse(run / "report.junit.xml").getroot()
    suites = root.findall("testsuite")
    assert len(suites) == len(report["sites"])
    ok = report["sites"][0]
    cases = suites[0].findall("testcase")
    assert [c.get("name") for c in cases] == [r["id"] for r in ok["rules"]]
    failed = {c.get("name") for c in cases if c.find("failure") is not None}
    assert failed == {r["id"] for r in ok["rules"] if r["status"] in ("fail", "partial")}
    assert int(root.get("tests")) == len(ok["rules"]) + 1
    assert int(root.get("failures")) == len(failed) and int(root.get("errors")) == 1  # the unreachable site
    assert suites[1].find("testcase/error").get("type") == "unreachable"


def test_junit_survives_characters_xml_cannot_hold(hostile_run):
    _, report = hostile_run
    broken = {"sites": [dict(report["sites"][0], url="https://x.be/\x00\x1b[31m\ufffe")]}
    root = ET.fromstring(render_junit(broken, "nl"))
    assert root.find("testsuite").get("name") == "https://x.be/[31m"


def test_markdown_is_translated_and_carries_no_markup_from_scanned_sites(hostile_run):
    run, report = hostile_run
    text = (run / "report.md").read_text()
    assert text.startswith("# Rapport complaint-lint")
    assert Translator("fr")("md.to-fix") in text
    assert "<script" not in text and "<img" not in text and "](" not in text
    assert "&lt;script&gt;" in text
    columns = None
    for line in text.splitlines():  # scanned text never adds or removes a table column
        pipes = line.count("|") - line.count("\\|")
        if not line.startswith("|"):
            columns = None
        elif columns is None:
            columns = pipes
        else:
            assert pipes == columns, line
    assert render_markdown(report, "en").startswith("# complaint-lint report")


def test_terminal_summary_quiet_and_verbose(hostile_run):
    _, report = hostile_run
    out = io.StringIO()
    print_summary(report, Console(file=out, width=160, color_system=None), verbose=False)
    assert "unreachable" in out.getvalue() and "complaint-form" not in out.getvalue()
    verbose = io.StringIO()
    print_summary(report, Console(file=verbose, width=160, color_system=None), verbose=True)
    assert "complaint-form" in verbose.getvalue() and "fr:fail" in verbose.getvalue()
    quiet = io.StringIO()
    print_summary(report, Console(file=quiet, width=160, quiet=True), verbose=True)
    assert quiet.getvalue() == ""
