"""Scanned content is untrusted: nothing from a scanned site can run in the HTML
report, load anything, or smuggle markup into it. (The browser test checks the same
pages in Chromium.)"""

from __future__ import annotations

from pathlib import Path
from urllib.parse import urlsplit

import lxml.html
import pytest
from PIL import Image

from reports.html.render import CSP
from reports.html.safety import safe_href
from tests.reports.hostile import FORMULA, SCRIPT


def pages(run: Path) -> list[Path]:
    return sorted(run.glob("index*.html")) + sorted((run / "sites").glob("*.html"))


def parse(path: Path):
    return lxml.html.fromstring(path.read_bytes())


def test_every_page_carries_the_content_security_policy(hostile_run):
    run, _ = hostile_run
    assert "script-src 'self'" in CSP and "default-src 'none'" in CSP and "unsafe" not in CSP
    for page in pages(run):
        metas = parse(page).xpath('//meta[@http-equiv="Content-Security-Policy"]')
        assert [m.get("content") for m in metas] == [CSP], page
        assert page.read_text().index("Content-Security-Policy") < page.read_text().index("<script"), page


def test_only_the_report_script_and_no_inline_handlers_or_styles(hostile_run):
    run, _ = hostile_run
    for page in pages(run):
        doc = parse(page)
        scripts = doc.xpath("//script")
        assert len(scripts) == 1 and scripts[0].get("src").endswith("assets/report.js") and not scripts[0].text
        assert not doc.xpath("//style | //*[@style]"), page
        handlers = [(el.tag, name) for el in doc.iter() if isinstance(el.tag, str)
                    for name in el.attrib if name.lower().startswith("on")]
        assert not handlers, (page, handlers)
        assert not doc.xpath("//iframe | //object | //embed | //svg | //base | //form[@action] | //meta[@http-equiv='refresh']")


def _scheme(url: str) -> str:
    return urlsplit(url).scheme.lower()


def test_links_are_local_files_or_http_urls(hostile_run):
    run, _ = hostile_run
    for page in pages(run):
        for el in parse(page).xpath("//*[@href or @src]"):
            url = el.get("href") or el.get("src")
            if _scheme(url) in ("http", "https"):
                assert el.tag == "a" and safe_href(url) == url, (page, url)
                assert "noreferrer" in el.get("rel", ""), (page, url)
            else:
                assert _scheme(url) == "" or url == "data:,", (page, url)  # relative, or the favicon stub


def test_images_styles_and_scripts_are_files_of_the_report(hostile_run):
    run, _ = hostile_run
    for page in pages(run):
        for el in parse(page).xpath("//img | //link | //script"):
            url = el.get("src") or el.get("href")
            if url == "data:," and el.tag == "link":
                continue
            assert _scheme(url) == "" and not url.startswith("/"), (page, url)
            assert (page.parent / url).resolve().is_file(), (page, url)
            assert run.resolve() in (page.parent / url).resolve().parents, (page, url)


def test_hostile_text_is_shown_as_text(hostile_run):
    run, _ = hostile_run
    site_page = next(p for p in (run / "sites").glob("javascript-*.fr.html"))
    doc = parse(site_page)
    text = doc.text_content()
    assert SCRIPT in text  # the quoted evidence, titles and link texts are displayed, escaped
    assert '<img src=x onerror="window.__pwned=2">' in text
    assert FORMULA in text
    assert "\u202e" not in text  # bidi overrides removed
    raw = site_page.read_text()
    assert "<script>window" not in raw and "<img src=x" not in raw
    assert "&lt;script&gt;window.__pwned=1&lt;/script&gt;" in raw
    h1 = doc.xpath("//h1")[0].text_content()
    assert "javascript:window.__pwned=3" in h1 and not doc.xpath("//h1//a")


def test_thumbnails_are_png_only_even_from_a_scanned_svg(hostile_run):
    run, _ = hostile_run
    images = list((run / "assets" / "img").iterdir())
    assert len(images) >= 2
    for image in images:
        assert image.suffix == ".png"
        with Image.open(image) as im:
            assert im.format == "PNG"
        assert b"<script" not in image.read_bytes() and b"<svg" not in image.read_bytes()
    site_page = next(p for p in (run / "sites").glob("javascript-*.fr.html"))
    sources = [img.get("src") for img in parse(site_page).xpath("//img")]
    assert len(sources) >= 3 and all(s.startswith("../assets/img/") and s.endswith(".png") for s in sources)


@pytest.mark.parametrize("url, linked", [
    ("https://www.belgium.be/fr", True), ("http://127.0.0.1:8000/", True),
    ("javascript:alert(1)", False), ("JAVASCRIPT:alert(1)", False), ("java\nscript:alert(1)", False),
    ("\x01javascript:alert(1)", False), ("data:text/html;base64,PHNjcmlwdD4=", False), ("vbscript:x", False),
    ("//evil.example/", False), ("/relative", False), ("mailto:x@y.be", False), ("https:evil", False),
    ("https://ex\u200bample.be/", False), (None, False), ("", False),
])
def test_safe_href(url, linked):
    assert (safe_href(url) is not None) is linked
