"""image_candidates: every image a visitor sees, as a pure function of the page."""

from __future__ import annotations

import lxml.html
import pytest

from rules.logo.candidates import css_path, image_candidates, parse_srcset

BASE = "https://example.belgium.be/nl/contact/"
PLACEHOLDER = "data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7"


def by_source(html: str) -> dict[str, list]:
    out: dict[str, list] = {}
    for c in image_candidates(html, BASE):
        out.setdefault(c.source, []).append(c)
    return out


def test_img_src_srcset_and_lazy_attributes():
    html = f"""<body><div class="contact"><p>Tel 02 000 00 00</p>
      <img src="{PLACEHOLDER}" data-src="/img/klachten.png" data-srcset="/img/k-1x.png 1x, /img/k-2x.png 2x"
           srcset="k.png 140w, k-big.png 280w" alt="Klachten over onze dienstverlening? (logo)" title="Klachten"></div></body>"""
    cands = image_candidates(html, BASE)
    urls = [c.url for c in cands]
    assert urls[0] == "https://example.belgium.be/img/klachten.png" and cands[0].primary
    assert "https://example.belgium.be/img/k-2x.png" in urls
    assert "https://example.belgium.be/nl/contact/k-big.png" in urls
    assert "https://example.belgium.be/nl/contact/k.png" in urls
    assert not any(u.startswith("data:") for u in urls)  # the placeholder is not an image
    assert all(not c.primary for c in cands[1:])
    assert {c.order for c in cands} == {cands[0].order}  # one element
    assert cands[0].alt == "Klachten over onze dienstverlening? (logo)" and cands[0].title == "Klachten"
    assert cands[0].selector == "html > body > div.contact > img"


def test_other_lazy_loading_attributes():
    for attr in ("data-lazy-src", "data-original", "data-lazy", "lazy-src", "data-echo"):
        cands = image_candidates(f'<img {attr}="/x/{attr}.png">', BASE)
        assert [c.url for c in cands] == [f"https://example.belgium.be/x/{attr}.png"]


def test_picture_sources_and_fallback():
    html = """<picture><source media="(min-width: 800px)" srcset="/l.webp 1x, /l@2x.webp 2x" type="image/webp">
              <source srcset="/s.jpg"><img src="/fallback.png" alt="Des plaintes sur nos prestations ?"></picture>"""
    got = [(c.source, c.url.rsplit("/", 1)[1], c.alt) for c in image_candidates(html, BASE)]
    assert ("srcset", "l@2x.webp", "Des plaintes sur nos prestations ?") in got
    assert ("srcset", "s.jpg", "Des plaintes sur nos prestations ?") in got
    assert ("src", "fallback.png", "Des plaintes sur nos prestations ?") in got


def test_inline_svg_is_serialised_standalone_with_used_symbols():
    html = """<body><svg style="display:none"><symbol id="balloon" viewBox="0 0 10 10">
                <linearGradient id="g"/><ellipse cx="5" cy="4" rx="5" ry="3"/></symbol></svg>
              <footer><svg viewBox="0 0 100 60" role="img" aria-label="Klachten"><title>Klachtenlogo</title>
                <use xlink:href="#balloon" width="100" height="40"/></svg></footer></body>"""
    cands = [c for c in image_candidates(html, BASE) if c.source == "svg"]
    visible = [c for c in cands if not c.hidden]
    assert len(visible) == 1
    svg = visible[0].inline_svg
    assert svg.startswith(b"<svg") and b'xmlns="http://www.w3.org/2000/svg"' in svg
    assert b'viewBox="0 0 100 60"' in svg  # camelCase restored after HTML parsing
    assert b'id="balloon"' in svg and b"linearGradient" in svg and b"xmlns:xlink" in svg
    assert visible[0].alt == "Klachtenlogo" and visible[0].url is None
    assert any(c.hidden for c in cands)  # the sprite sheet itself is hidden


def test_inline_svg_renders(matcher):
    html = ('<svg width="200" height="120" viewBox="0 0 200 120"><ellipse cx="100" cy="40" rx="80" ry="35" '
            'fill="#1f3c88"/><text x="100" y="100" text-anchor="middle" font-size="20">Klachten?</text></svg>')
    (cand,) = image_candidates(html, BASE)
    m = matcher.match_bytes(cand.inline_svg)
    assert m.reason is None and not m.matched


def test_input_image_object_embed_and_css_backgrounds():
    html = """<form><input type="image" src="/send.png" alt="Verzenden"></form>
              <object data="/logo.svg" type="image/svg+xml">Klachtenlogo</object><embed src="/e.svg">
              <div id="banner" style="color:red; background-image: url('/bg.jpg'), url(&quot;/bg2.png&quot;)" title="Banner"></div>
              <span style="background: #fff url(/span.gif) no-repeat"></span>"""
    got = {(c.source, c.url.rsplit("/", 1)[1]) for c in image_candidates(html, BASE)}
    assert {("src", "send.png"), ("data", "logo.svg"), ("src", "e.svg"), ("style", "bg.jpg"),
            ("style", "bg2.png"), ("style", "span.gif")} <= got
    banner = [c for c in image_candidates(html, BASE) if c.url.endswith("bg.jpg")][0]
    assert banner.selector == "div#banner" and banner.title == "Banner"


def test_base_href_and_data_uris():
    real = "data:image/png;base64," + "A" * 400
    html = f'<head><base href="https://cdn.example.be/assets/"></head><img src="logo.png"><img src="{real}">'
    urls = [c.url for c in image_candidates(html, BASE)]
    assert urls == ["https://cdn.example.be/assets/logo.png", real]


def test_hidden_elements_are_flagged_not_dropped():
    html = '<div hidden><img src="/a.png"></div><img src="/b.png" style="display: none"><img src="/c.png" aria-hidden="true">'
    assert [(c.url.rsplit("/", 1)[1], c.hidden) for c in image_candidates(html, BASE)] == [
        ("a.png", True), ("b.png", True), ("c.png", False)]


def test_order_is_document_order_and_comparable():
    html = "<body><p id='address'>Rue de la Loi 1</p><img src='/1.png'><p>Plus d'infos</p><img src='/2.png'></body>"
    root = lxml.html.document_fromstring(html)
    cands = image_candidates(root, BASE)  # an lxml tree works too
    positions = {el: i for i, el in enumerate(root.iter())}
    address = root.get_element_by_id("address")
    assert cands[0].order < cands[1].order
    assert positions[address] < cands[0].order


def test_no_images_and_junk_urls():
    html = ('<p>Des plaintes sur nos prestations ?</p><img src=""><img src="javascript:alert(1)">'
            '<img src="#"><img src="about:blank"><img>')
    assert image_candidates(html, BASE) == []
    assert image_candidates("", BASE) == []


def test_parse_srcset_edge_cases():
    assert parse_srcset("a.png") == [("a.png", 1.0)]
    assert parse_srcset("a.png 1x,b.png 2x") == [("a.png", 1.0), ("b.png", 2.0)]
    assert parse_srcset("https://x/w_100,h_50/a.png 100w, b.png 200w") == [
        ("https://x/w_100,h_50/a.png", 100.0), ("b.png", 200.0)]
    assert parse_srcset(" , ") == []


def test_css_path():
    root = lxml.html.fromstring('<div><ul class="a b c"><li>x</li><li><img src="y"></li></ul></div>')
    img = root.xpath("//img")[0]
    assert css_path(img).endswith("div > ul.a.b > li:nth-of-type(2) > img")


def test_rejects_other_inputs():
    with pytest.raises(TypeError):
        image_candidates(42, BASE)
