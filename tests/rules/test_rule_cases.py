"""Runs every case in tests/rules/<rule-id>.yml through its rule (like sqlfluff's
YAML rule cases): a complaint coordinator can add a case without writing Python."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from crawler.page import Page
from crawler.snapshot import Snapshot
from rules.engine import run_rules
from rules.registry import load_rules
from rules.site import Site

CASES_DIR = Path(__file__).parent
ORIGIN = "https://agency.example"
TITLES = {
    "complaints": {"fr": "Gestion des plaintes", "nl": "Klachtenbeheer", "de": "Beschwerdemanagement",
                   "en": "Complaints handling"},
    "contact": {"fr": "Contactez-nous", "nl": "Contacteer ons", "de": "Kontakt", "en": "Contact us"},
}
HOME = {"fr": "Bienvenue sur le site de notre agence, nous sommes à votre service pour vos questions.",
        "nl": "Welkom op de website van ons agentschap, wij staan klaar voor al uw vragen.",
        "de": "Willkommen auf der Website unserer Agentur, wir sind für alle Ihre Fragen da.",
        "en": "Welcome to the website of our agency, we are here for all of your questions."}


def _html(lang: str, title: str, body: str) -> bytes:
    return (f'<!doctype html><html lang="{lang}"><head><title>{title}</title></head>'
            f"<body><main>{body}</main></body></html>").encode()


def build_snapshot(case: dict) -> Snapshot:
    lang = case["lang"]
    titles = case.get("titles", {})
    links_from = case.get("links_from", {})
    pages, home_links = [], []
    for name, body in case["pages"].items():
        title = titles.get(name) or TITLES.get(name, {}).get(lang) or name
        url = f"{ORIGIN}/{name}.html"
        pages.append(Page(url, 200, "text/html", _html(lang, title, body)))
        if name not in links_from:
            home_links.append(f'<a href="/{name}.html">{title}</a>')
    home = Page(f"{ORIGIN}/", 200, "text/html", _html(lang, "Home", f"<p>{HOME[lang]}</p>" + " ".join(home_links)))
    for name, parent in links_from.items():
        for page in pages:
            if page.url.endswith(f"/{parent}.html"):
                page.body = page.body.replace(b"</main>", f'<a href="/{name}.html">{name}</a></main>'.encode())
    return Snapshot("case", f"{ORIGIN}/", [home, *pages])


def _cases():
    for path in sorted(CASES_DIR.glob("*.yml")):
        for name, case in yaml.safe_load(path.read_text(encoding="utf-8")).items():
            yield pytest.param(path.stem, case, id=f"{path.stem}:{name}")


RULES = {rule.id: rule for rule in load_rules()}


@pytest.mark.parametrize("rule_id,case", list(_cases()))
def test_rule_case(rule_id, case):
    site = Site.from_snapshot(build_snapshot(case))
    [result] = run_rules(site, [RULES[rule_id]])
    verdict = result["languages"].get(case["lang"])
    findings = [(f.status, f.message, f.evidence) for f in result["findings"]]
    assert verdict == case["status"], findings
    if "message" in case:
        assert case["message"] in [f.message for f in result["findings"] if f.language == case["lang"]], findings
