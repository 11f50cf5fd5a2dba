"""A report full of hostile content, made the way a real one is: a small site whose
pages carry markup, scripts and odd URLs in titles, link texts and quoted texts, linted
from a snapshot folder; then the fields a rule never fills with scanned text are
poisoned too (URLs, reasons, titles, messages, placeholders' data).

Every payload sets ``window.__pwned`` if it ever runs, so a browser can tell.
"""

from __future__ import annotations

import copy
from pathlib import Path

from crawler.evaluate import lint_path
from reports.json_report import build_report, validate

ROOT = Path(__file__).resolve().parents[2]
SCRIPT = "<script>window.__pwned=1</script>"
IMG = '<img src=x onerror="window.__pwned=2">'
QUOTES = "\"quotes' & <b>bold</b> \u202eevil-bidi"
JS_URL = "javascript:window.__pwned=3"
LONG = "W" * 3000
FORMULA = "=HYPERLINK(\"http://evil.example\",\"x\")"
EVIL_SVG = (b'<svg xmlns="http://www.w3.org/2000/svg" width="200" height="120" onload="window.__pwned=4">'
            b'<script>window.__pwned=5</script><rect width="200" height="120" fill="#123"/></svg>')


def _page(title: str, body: str) -> str:
    return (f'<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>{title}</title></head>'
            f'<body><main>{body}</main></body></html>')


def write_site(folder: Path) -> Path:
    """A small French site with hostile text everywhere a scan copies text from."""
    esc = lambda s: s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")  # noqa: E731
    (folder / "img").mkdir(parents=True, exist_ok=True)
    (folder / "img" / "logo-plaintes.png").write_bytes((ROOT / "logo_reference" / "complaints-logo-fr.png").read_bytes())
    (folder / "img" / "plainte-evil.svg").write_bytes(EVIL_SVG)
    (folder / "index.html").write_text(_page(
        esc(f"Accueil {SCRIPT}"),
        f'<p>Bienvenue.</p><a href="contact.html">Contact {esc(IMG)}</a> '
        f'<a href="plaintes.html">Plaintes {esc(SCRIPT)}</a>'), encoding="utf-8")
    (folder / "contact.html").write_text(_page(
        esc(f"Contact {QUOTES}"),
        '<h1>Contact</h1><p>Rue de la Loi 1, 1000 Bruxelles. Tél. 02 123 45 67. info@example.be</p>'
        '<p>Une question ? Utilisez notre formulaire de contact.</p>'
        f'<p><a href="plaintes.html"><img src="img/logo-plaintes.png" width="165" height="115" '
        f'alt="{esc(IMG)} &quot;plaintes&quot;"></a></p>'
        '<p><img src="img/plainte-evil.svg" alt="gestion des plaintes"></p>'), encoding="utf-8")
    (folder / "plaintes.html").write_text(_page(
        esc(f"Gestion des plaintes {QUOTES} {SCRIPT}"),
        f'<h1>Plaintes {esc(SCRIPT)}</h1>'
        f'<p>Introduisez votre plainte via le formulaire en ligne. {esc(SCRIPT)} Nous analysons votre plainte '
        f'et vous répondons dans les 30 jours calendrier.</p>'
        f'<p>{esc(FORMULA)} Vous recevez un accusé de réception dans les 5 jours ouvrables.</p>'
        f'<p>Pas satisfait de notre réponse ? Adressez-vous au Médiateur fédéral. {esc(IMG)} {LONG}</p>'),
        encoding="utf-8")
    return folder


def hostile_report(tmp: Path) -> dict:
    """A valid report.json (schema checked) with hostile content in every text field."""
    site = lint_path(write_site(tmp / "site"))
    assert site["status"] == "ok", site
    site["url"] = f'{JS_URL}//"><script>window.__pwned=6</script>'
    site["reason"] = f"{SCRIPT} {QUOTES}"
    rules = {r["id"]: r for r in site["rules"]}
    finding = rules["complaint-procedure"]["findings"][0]
    finding["url"] = JS_URL
    finding["evidence"] = dict(finding.get("evidence") or {}, url=" JaVaScRiPt:window.__pwned=7",
                               selector=f'div[title="{SCRIPT}"] > p', text=f"{FORMULA} {SCRIPT} {QUOTES}")
    rules["second-line-ombudsman"]["findings"].append({
        "status": "fail", "language": "fr", "url": "data:text/html,<script>window.__pwned=8</script>",
        "message": SCRIPT, "message_key": "second-line.other-ombudsman", "data": {"found": f"{IMG} {SCRIPT}"},
        "evidence": {"text": LONG}})
    rules["complaint-form"]["findings"].append({
        "status": "fail", "language": "fr", "url": "https://x.example/\"><script>window.__pwned=9</script>",
        "message": f"{SCRIPT} {FORMULA}", "evidence": {}})
    rules["logo-on-contact-page"]["findings"].append({  # a scanned SVG with scripts: must come out as PNG
        "status": "hint", "language": "fr", "url": "https://site.invalid/contact.html",
        "message": "labelled", "message_key": "logo.labelled-not-matching",
        "data": {"image": "https://site.invalid/img/plainte-evil.svg", "alt": SCRIPT, "reference": "fr",
                 "distance": 0.4, "selector": "img"}, "evidence": {"selector": "img", "text": SCRIPT}})
    pages = site["pages"]["fr"]
    if pages["complaint"]:
        pages["complaint"][0]["title"] = f"{QUOTES} {SCRIPT}"
        pages["complaint"][0]["click_path"].append([JS_URL, f"{IMG} click"])
    site["crawl"] = dict(site.get("crawl") or {}, warnings=[f"{SCRIPT} warning"], source=QUOTES)
    second = copy.deepcopy({"url": "https://second.example/?q=\"><svg onload=window.__pwned=10>",
                            "status": "unreachable", "score": None, "languages": [], "requests": 1, "rules": [],
                            "reason": f"{IMG} {FORMULA}"})
    report = build_report([site, second])
    validate(report)
    return report
