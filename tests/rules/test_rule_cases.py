"""Runs every case in tests/rules/<rule-id>.yml through its rule (like sqlfluff's
YAML rule cases): a complaint coordinator can add a case without writing Python."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml

from crawler.page import Page
from crawler.snapshot import Snapshot
from rules.engine import run_rules
from rules.registry import load_rules
from rules.site import Site

CASES_DIR = Path(__file__).parent
LOGOS = CASES_DIR.parent.parent / "logo_reference"
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
    """A page around the case's markup: in <main> unless the markup has its own landmarks.
    ``{{svg:<lang>}}`` inlines the reference SVG."""
    for lang_code in ("fr", "nl", "de", "en"):
        marker = "{{svg:%s}}" % lang_code
        if marker in body:
            svg = (LOGOS / f"complaints-logo-{lang_code}.svg").read_text(encoding="utf-8")
            body = body.replace(marker, svg.split("?>", 1)[-1])
    inner = body if re.search(r"<(main|footer|header)\b", body) else f"<main>{body}</main>"
    return (f'<!doctype html><html lang="{lang}"><head><title>{title}</title></head>'
            f"<body>{inner}</body></html>").encode()


def _image(spec: str) -> tuple[bytes, str]:
    """Test images from a short spec: ``logo:<lang>[:<width>[:<format>]]``,
    ``inverse:<lang>``, ``svg:<lang>`` (the reference files), or a decoy:
    ``chat`` (a speech balloon without the caption), ``banner`` (a photo-like image)."""
    import io

    from PIL import Image, ImageDraw

    kind, *args = spec.split(":")
    if kind == "svg":
        return (LOGOS / f"complaints-logo-{args[0]}.svg").read_bytes(), "image/svg+xml"
    if kind in ("logo", "inverse"):
        name = f"complaints-logo-{args[0]}{'-inverse' if kind == 'inverse' else ''}.png"
        image = Image.open(LOGOS / name).convert("RGB")
        width = int(args[1]) if len(args) > 1 else 165
        image = image.resize((width, round(image.height * width / image.width)))
        fmt = args[2].upper() if len(args) > 2 else "PNG"
    elif kind == "chat":
        image, fmt = Image.new("RGB", (165, 115), "white"), "PNG"
        draw = ImageDraw.Draw(image)
        draw.rounded_rectangle((25, 10, 140, 70), radius=18, outline="#1d4f91", width=6)
        draw.polygon([(50, 70), (45, 95), (75, 70)], fill="#1d4f91")
    else:
        image, fmt = Image.linear_gradient("L").resize((400, 160)).convert("RGB"), "JPEG"
    buffer = io.BytesIO()
    image.save(buffer, fmt)
    return buffer.getvalue(), f"image/{fmt.lower()}"


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
    for path, spec in (case.get("images") or {}).items():
        body, ctype = _image(spec)
        pages.append(Page(f"{ORIGIN}{path}", 200, ctype, body))
    for name, parent in links_from.items():
        for page in pages:
            if page.url.endswith(f"/{parent}.html"):  # the sub-page is linked from its parent only
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
