"""The HTML report: one network page and one page per site in French, Dutch and
English, accessible (landmarks, headings, labels, text alternatives, not colour
alone), every internal link resolving, ready for the results history."""

from __future__ import annotations

import re
from pathlib import Path
from urllib.parse import urlsplit

import lxml.html
import pytest

from reports.html import write_html
from reports.html.i18n import Translator
from reports.html.site_view import crawl_facts, site_view

LANGS = ("fr", "nl", "en")


def all_pages(run: Path) -> list[Path]:
    return sorted(run.glob("index*.html")) + sorted((run / "sites").glob("*.html"))


def doc(path: Path):
    return lxml.html.fromstring(path.read_bytes())


def page_lang(path: Path) -> str:
    match = re.search(r"\.(fr|nl|en)\.html$", path.name)
    return match.group(1) if match else "en"


@pytest.fixture(params=["lint_run", "hostile_run"])
def run(request):
    return request.getfixturevalue(request.param)[0]


def test_scan_and_lint_write_every_format_beside_report_json(lint_run):
    out, report = lint_run
    for name in ("report.json", "index.html", "report.csv", "report.junit.xml", "report.md",
                 "assets/report.css", "assets/report.js"):
        assert (out / name).is_file(), name
    for code in LANGS:
        assert (out / f"index.{code}.html").is_file()
        assert len(list((out / "sites").glob(f"*.{code}.html"))) == len(report["sites"])


def test_index_opens_in_the_default_language_and_every_page_switches(lint_run):
    out, _ = lint_run
    assert (out / "index.html").read_text() == (out / "index.en.html").read_text()
    for page in all_pages(out):
        d = doc(page)
        lang = page_lang(page) if page.name != "index.html" else "en"
        assert d.get("lang") == lang, page
        switch = d.xpath("//nav[contains(@class,'langs')]//a")
        assert [a.get("hreflang") for a in switch] == list(LANGS)
        assert [a.get("hreflang") for a in switch if a.get("aria-current") == "page"] == [lang]
        assert all((page.parent / a.get("href")).is_file() for a in switch)


def test_landmarks_headings_and_skip_link(run):
    for page in all_pages(run):
        d = doc(page)
        assert d.findtext(".//title").strip(), page
        assert len(d.xpath("//h1")) == 1, page
        assert len(d.xpath("//main[@id='main']")) == 1 and d.xpath("//body/header") and d.xpath("//body/footer")
        assert all(nav.get("aria-label") for nav in d.xpath("//nav"))
        first_link = d.xpath("//body//a")[0]
        assert first_link.get("href") == "#main" and "skip" in first_link.get("class")
        levels = [int(h.tag[1]) for h in d.iter("h1", "h2", "h3", "h4", "h5", "h6")]
        assert levels[0] == 1 and all(b <= a + 1 for a, b in zip(levels, levels[1:])), (page, levels)
        ids = [el.get("id") for el in d.xpath("//*[@id]")]
        assert len(ids) == len(set(ids)), page


def test_text_alternatives_labels_and_not_colour_alone(run):
    for page in all_pages(run):
        d = doc(page)
        assert all(img.get("alt") for img in d.xpath("//img")), page
        for control in d.xpath("//select | //input"):
            assert d.xpath(f"//label[@for='{control.get('id')}']"), (page, control.get("id"))
        for cell in d.xpath("//td[contains(@class,'cell')]"):  # a symbol and a word, not only a colour
            assert cell.xpath(".//*[@aria-hidden='true']")[0].text_content().strip()
            assert cell.xpath(".//*[contains(@class,'vh')]")[0].text_content().strip()
        for region in d.xpath("//*[@role='region']"):  # scrollable tables can be reached by keyboard
            assert region.get("tabindex") == "0" and region.get("aria-labelledby")


def test_internal_links_and_anchors_resolve(run):
    for page in all_pages(run):
        for a in doc(page).xpath("//a[@href]"):
            href = a.get("href")
            parts = urlsplit(href)
            if parts.scheme:
                continue
            target = (page.parent / parts.path).resolve() if parts.path else page
            assert target.is_file(), (page, href)
            if parts.fragment and "=" not in parts.fragment:
                assert doc(target).xpath(f"//*[@id='{parts.fragment}']"), (page, href)


def test_no_message_key_is_left_untranslated(run):
    for page in all_pages(run):
        text = doc(page).text_content()
        assert not re.search(r"\bui\.[a-z]", text), page
        assert not re.search(r"\{[a-z_]+\}", text.replace("{shown}", "").replace("{total}", "")), page


def test_network_grid(lint_run):
    out, report = lint_run
    d = doc(out / "index.fr.html")
    assert d.xpath("//h1")[0].text_content() == Translator("fr")("network.title")
    rows = d.xpath("//table[@id='grid']/tbody/tr")
    assert len(rows) == len(report["sites"])
    rule_ids = [r["id"] for r in report["sites"][0]["rules"]]
    for row, site in zip(rows, report["sites"]):
        assert float(row.get("data-score")) == site["score"] and row.get("data-status") == site["status"]
        assert set(row.get("data-failing").split()) == {r["id"] for r in site["rules"]
                                                       if r["status"] in ("fail", "partial")}
        cells = row.xpath("td[contains(@class,'cell')]")
        assert len(cells) == len(rule_ids)
        for cell, rule in zip(cells, site["rules"]):
            assert f"st-{rule['status']}" in cell.get("class")
            assert cell.xpath("a")[0].get("href").endswith(f"#rule-{rule['id']}")
    assert [b.get("data-sort") for b in d.xpath("//button[@data-sort]")] == ["name", "score"]
    assert [o.get("value") for o in d.xpath("//select[@id='f-failing']/option")][1:] == rule_ids
    assert d.xpath("//form[@id='filters']")[0].get("hidden") is not None  # shown by the script only


def test_site_page_shows_evidence_deadlines_logos_and_fixes(lint_run):
    out, report = lint_run
    index = next(i for i, s in enumerate(report["sites"]) if "federal-mobility" in s["snapshot"])
    site = report["sites"][index]
    page = next(p for p in (out / "sites").glob("*.nl.html")
                if doc(p).xpath("//h1")[0].text_content().endswith(site["url"]))
    d = doc(page)
    text = d.text_content()
    t = Translator("nl")
    assert t.number(site["score"]) in d.xpath("//dd[contains(@class,'score-big')]")[0].text_content()
    points_rows = d.xpath("//table[contains(@class,'rules')]/tbody/tr")
    assert len(points_rows) == len(site["rules"])
    assert t("points", points=t.number(site["rules"][0]["points"]),
             max_points=t.number(site["rules"][0]["max_points"])) in points_rows[0].text_content()
    assert d.xpath("//table[contains(@class,'deadlines')]") and t("step.answer") in text
    assert t("unit.calendar_days") in text or t("unit.working_days") in text
    figures = d.xpath("//details[@id='rule-logo-on-contact-page']//div[contains(@class,'logos')]")
    assert figures and all(len(f.xpath(".//img")) == 2 for f in figures)
    assert d.xpath("//ol[contains(@class,'path')]/li")  # click paths from the home page
    assert d.xpath("//blockquote[@lang]") and d.xpath("//code[contains(@class,'selector')]")
    fixes = d.xpath("//section[contains(@class,'fix')]//ol[@class='fixes']/li")
    failing = [r for r in site["rules"] if r["status"] in ("fail", "partial")]
    assert len(fixes) == len(failing)
    assert d.xpath("//section[@id='history']") and t("history.none") in text
    crawl = d.xpath("//section[contains(@class,'crawl')]")[0].text_content()
    assert t("crawl.requests") in crawl and t("crawl.pages") in crawl


def test_crawl_facts_of_a_scanned_site():
    t = Translator("fr")
    facts = dict(crawl_facts({"requests": 24, "pages": {"fr": {"pages_read": 5}, "nl": {"pages_read": 4}},
                              "crawl": {"started_at": "2026-11-27T04:12:07Z", "duration_s": 1.6, "budget": 60,
                                        "robots_forbidden": 3}}, t))
    assert facts[t("crawl.requests")] == "24" and facts[t("crawl.pages")] == "9"
    assert facts[t("crawl.duration")] == "1,6 s" and facts[t("crawl.started")] == "2026-11-27 04:12 UTC"
    assert facts[t("crawl.budget")] == "60" and facts[t("crawl.robots")] == "3"


def test_a_site_that_could_not_be_checked_has_a_page_too(hostile_run):
    run, report = hostile_run
    page = next((run / "sites").glob("second-example-*.en.html"))
    d = doc(page)
    assert Translator("en").site_status("unreachable") in d.text_content()
    assert not d.xpath("//section[contains(@class,'points')]")


def test_history_section_is_ready_for_the_results_history(hostile_run, tmp_path):
    _, report = hostile_run
    history = {0: {"runs": [{"generated_at": "2026-10-27 03:00 UTC", "score_text": "51"}],
                   "changes": [{"rule": "Formulaire de plainte", "before": "échec", "after": "réussi"}]}}
    write_html(report, tmp_path, lang="fr", history=history)
    page = next((tmp_path / "sites").glob("javascript-*.fr.html"))
    section = doc(page).xpath("//section[@id='history']")[0]
    assert section.xpath(".//table[contains(@class,'trend')]//td")[0].text == "2026-10-27 03:00 UTC"
    assert "Formulaire de plainte: échec → réussi" in section.text_content()
    view = site_view(report["sites"][1], 1, "x", None, Translator("en"))
    assert view["history"] is None


def test_rendering_again_replaces_the_site_pages(hostile_run, tmp_path):
    _, report = hostile_run
    write_html(report, tmp_path)
    assert len(list((tmp_path / "sites").glob("*.html"))) == 6
    write_html(dict(report, sites=report["sites"][1:]), tmp_path)
    assert len(list((tmp_path / "sites").glob("*.html"))) == 3


def test_an_empty_report_renders(tmp_path):
    write_html({"generated_at": "2026-11-27T03:00:00Z", "tool_version": "0", "sites": []}, tmp_path, lang="nl")
    d = doc(tmp_path / "index.html")
    assert d.get("lang") == "nl" and not d.xpath("//table[@id='grid']")
