"""Hostile images never crash a scan or reach outside."""

from __future__ import annotations

import base64
import gzip
import io
import struct
import time
import zlib

import pytest
from PIL import Image

from logo_helpers import png_bytes
from rules.logo import svg as svg_mod
from rules.logo.decode import decode_image, sniff


def _chunk(kind: bytes, data: bytes) -> bytes:
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)


def _png_header(width: int, height: int, idat: bytes = b"") -> bytes:
    return (b"\x89PNG\r\n\x1a\n" + _chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0))
            + _chunk(b"IDAT", idat or zlib.compress(b"\0" * 4096)) + _chunk(b"IEND", b""))


@pytest.mark.parametrize("size", [(100_000, 100_000), (6000, 6000), (20_001, 10)])
def test_decompression_bomb_header_is_refused_before_decoding(matcher, size):
    before = Image.MAX_IMAGE_PIXELS
    t = time.perf_counter()
    m = matcher.match_bytes(_png_header(*size))
    assert (m.matched, m.reason) == (False, "too large")
    assert time.perf_counter() - t < 1.0
    assert Image.MAX_IMAGE_PIXELS == before  # the global Pillow setting is left alone


def test_truncated_png(matcher, reference_images):
    data = png_bytes(reference_images["fr"])
    for cut in (len(data) // 2, 40, 9):
        m = matcher.match_bytes(data[:cut])
        assert not m.matched and m.reason in ("truncated", "not an image"), (cut, m)


def test_wrong_content_types_are_sniffed(matcher, reference_images):
    assert matcher.match_bytes(b"<!DOCTYPE html><html><body>404</body></html>", "logo.png").reason == "not an image"
    assert matcher.match_bytes(b"", "logo.png").reason == "not an image"
    assert matcher.match_bytes(b"%PDF-1.4 ...", "logo.png").reason in ("not an image", "unsupported format")
    # A real PNG served under a misleading name still matches: content decides.
    assert matcher.match_bytes(png_bytes(reference_images["nl"]), "logo.svg").matched
    jpeg = png_bytes(reference_images["nl"].convert("RGB"), "JPEG", quality=80)
    assert sniff(jpeg) == "jpeg" and matcher.match_bytes(jpeg, "image.gif").matched


def test_unlisted_formats_are_not_decoded(matcher, reference_images):
    bmp = png_bytes(reference_images["fr"].convert("RGB"), "BMP")
    assert matcher.match_bytes(bmp).reason == "unsupported format"


def test_huge_animated_gif_reads_the_first_frame_only(matcher):
    frames = []
    for i in range(120):
        f = Image.new("P", (1600, 1600), 0)
        f.putpalette([255, 255, 255, 0, 0, 0] + [0] * 762)
        f.paste(1, (i * 10, 0, i * 10 + 10, 10))
        frames.append(f)
    buf = io.BytesIO()
    frames[0].save(buf, "GIF", save_all=True, append_images=frames[1:], duration=10, loop=0)
    t = time.perf_counter()
    m = matcher.match_bytes(buf.getvalue())
    assert time.perf_counter() - t < 1.0
    assert not m.matched and (m.width, m.height) == (1600, 1600)


def test_gif_with_a_huge_logical_screen(matcher):
    gif = (b"GIF89a" + struct.pack("<HH", 65535, 65535) + b"\x00\x00\x00" + b","
           + struct.pack("<HHHH", 0, 0, 1, 1) + b"\x00\x02\x02\x44\x01\x00;")
    assert matcher.match_bytes(gif).reason == "too large"


def test_svgz_bomb_is_refused(matcher):
    bomb = gzip.compress(b'<svg xmlns="http://www.w3.org/2000/svg">' + b" " * 30_000_000 + b"</svg>")
    assert len(bomb) < 100_000
    assert matcher.match_bytes(bomb).reason == "too large"


def test_oversized_payload_is_refused_unread(matcher, manifest):
    assert matcher.match_bytes(b"\x89PNG\r\n\x1a\n" + b"\0" * (manifest.limits.max_bytes + 1)).reason == "too large"


# ----------------------------------------------------------------------------- SVG
SVG = "http://www.w3.org/2000/svg"


def test_svg_external_entity_is_never_read(tmp_path, matcher, manifest):
    secret = tmp_path / "secret.txt"
    secret.write_text("TOP-SECRET-MARKER")
    doc = (f'<?xml version="1.0"?><!DOCTYPE svg [<!ENTITY xxe SYSTEM "file://{secret}">]>'
           f'<svg xmlns="{SVG}" width="200" height="100"><text x="5" y="50">&xxe;</text></svg>').encode()
    assert b"TOP-SECRET" not in svg_mod.sanitise(doc, manifest.limits)
    matcher.match_bytes(doc)  # no exception
    doc2 = (f'<!DOCTYPE svg [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>'
            f'<svg xmlns="{SVG}" width="200" height="100"><text x="5" y="50">&xxe;</text></svg>').encode()
    assert b"root:" not in svg_mod.sanitise(doc2, manifest.limits)
    attr = (f'<!DOCTYPE svg [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>'
            f'<svg xmlns="{SVG}"><rect width="9" height="9" fill="&xxe;"/></svg>').encode()
    assert matcher.match_bytes(attr).reason in ("unsafe svg", "not an image")


def test_billion_laughs_is_refused_quickly(matcher):
    ents = '<!ENTITY a "aaaaaaaaaa">' + "".join(
        f'<!ENTITY {c} "{("&" + p + ";") * 10}">' for p, c in zip("abcdefgh", "bcdefghi"))
    for body in ('<text x="1" y="9">&i;</text>', '<rect width="9" height="9" id="&i;"/>'):
        doc = f'<?xml version="1.0"?><!DOCTYPE svg [{ents}]><svg xmlns="{SVG}" width="99" height="99">{body}</svg>'
        t = time.perf_counter()
        m = matcher.match_bytes(doc.encode())
        assert time.perf_counter() - t < 1.0
        assert not m.matched


def test_svg_use_bomb_and_cycles_are_refused(matcher):
    groups = "".join(f'<g id="a{i}">' + f'<use href="#a{i - 1}"/>' * 10 + "</g>" for i in range(1, 10))
    bomb = f'<svg xmlns="{SVG}" width="99" height="99"><defs><g id="a0"><rect width="1" height="1"/></g>{groups}</defs><use href="#a9"/></svg>'
    t = time.perf_counter()
    assert matcher.match_bytes(bomb.encode()).reason == "too large"
    assert time.perf_counter() - t < 1.0
    cycle = f'<svg xmlns="{SVG}" width="99" height="99"><g id="a"><use href="#b"/></g><g id="b"><use href="#a"/></g></svg>'
    assert matcher.match_bytes(cycle.encode()).reason == "too large"


def test_svg_remote_references_are_never_fetched(loopback, matcher, manifest):
    server = loopback({"/dtd": ("application/xml-dtd", b'<!ENTITY x "PWNED">'),
                       "/img.png": ("image/png", png_bytes(Image.new("RGB", (50, 50), "red")))})
    u = server.url
    docs = [
        f'<?xml version="1.0"?><!DOCTYPE svg SYSTEM "{u}/dtd"><svg xmlns="{SVG}" width="99" height="99"/>',
        f'<?xml version="1.0"?><!DOCTYPE svg [<!ENTITY % p SYSTEM "{u}/dtd"> %p;]><svg xmlns="{SVG}" width="99" height="99"/>',
        f'<?xml version="1.0"?><!DOCTYPE svg [<!ENTITY x SYSTEM "{u}/dtd">]><svg xmlns="{SVG}" width="99" height="99"><text>&x;</text></svg>',
        f'<svg xmlns="{SVG}" xmlns:xlink="http://www.w3.org/1999/xlink" width="200" height="100">'
        f'<image href="{u}/img.png" width="100" height="100"/>'
        f'<image xlink:href="{u}/img.png?xlink" width="100" height="100"/>'
        f'<rect width="50" height="50" fill="url({u}/img.png?fill#x)" style="fill: url({u}/img.png?style)"/>'
        f'<style>@import url({u}/img.png?import); rect {{ fill: url({u}/img.png?css) }}</style>'
        f'<use href="{u}/img.png?use#a"/><filter id="f"><feImage href="{u}/img.png?fe"/></filter>'
        f'<script href="{u}/img.png?script"/><foreignObject><img xmlns="http://www.w3.org/1999/xhtml" src="{u}/img.png?fo"/></foreignObject>'
        f"</svg>",
    ]
    for doc in docs:
        matcher.match_bytes(doc.encode())
        try:
            clean = svg_mod.sanitise(doc.encode(), manifest.limits)
        except svg_mod.UnsafeSvg:
            continue
        assert u.encode() not in clean and b"PWNED" not in clean
    time.sleep(0.2)
    assert server.requests == []


def test_svg_local_file_references_are_stripped(manifest, tmp_path):
    target = tmp_path / "logo.png"
    target.write_bytes(png_bytes(Image.new("RGB", (50, 50), "red")))
    doc = (f'<svg xmlns="{SVG}" width="99" height="99"><image href="{target}" width="99" height="99"/>'
           f'<image href="file://{target}" width="99" height="99"/></svg>').encode()
    assert str(target).encode() not in svg_mod.sanitise(doc, manifest.limits)


def test_svg_scripts_and_handlers_are_removed(manifest):
    doc = (f'<svg xmlns="{SVG}" onload="alert(1)" width="99" height="99"><script>alert(2)</script>'
           f'<rect width="9" height="9" onclick="alert(3)"/><foreignObject><p>x</p></foreignObject></svg>').encode()
    clean = svg_mod.sanitise(doc, manifest.limits)
    assert b"alert" not in clean and b"foreignObject" not in clean


def test_inline_raster_data_images_are_kept_only_within_limits(manifest):
    small = base64.b64encode(png_bytes(Image.new("RGB", (20, 20), "red"))).decode()
    bomb = base64.b64encode(_png_header(60000, 60000)).decode()
    doc = (f'<svg xmlns="{SVG}" width="99" height="99"><image href="data:image/png;base64,{small}" width="9" height="9"/>'
           f'<image href="data:image/png;base64,{bomb}" width="9" height="9"/>'
           f'<image href="data:image/svg+xml;base64,PHN2Zy8+" width="9" height="9"/></svg>').encode()
    clean = svg_mod.sanitise(doc, manifest.limits)
    assert small.encode() in clean and bomb.encode() not in clean and b"svg+xml" not in clean


def test_svg_with_absurd_size_is_rendered_small(matcher, manifest):
    doc = f'<svg xmlns="{SVG}" width="1000000" height="500000"><circle cx="500000" cy="250000" r="200000"/></svg>'
    d = decode_image(doc.encode(), manifest.limits)
    assert d.image is not None and max(d.image.size) <= manifest.limits.svg_render_max_side
    assert (d.width, d.height) == (1000000, 500000)


@pytest.mark.parametrize("junk", [
    b"<svg", b"<svg xmlns='http://www.w3.org/2000/svg'><g>", b"\x89PNG\r\n\x1a\n", b"GIF89a\x00",
    b"RIFF\x10\x00\x00\x00WEBPVP8 ", b"\xff\xd8\xff\xe0\x00\x10JFIF", b"\x1f\x8b\x08\x00garbage",
    bytes(range(256)) * 50,
])
def test_garbage_never_raises(matcher, junk):
    m = matcher.match_bytes(junk)
    assert not m.matched and m.reason


def test_exif_orientation_is_applied(matcher, reference_images):
    rotated = reference_images["fr"].convert("RGB").rotate(90, expand=True)
    exif = Image.Exif()
    exif[0x0112] = 6  # "rotate 90 CW to display"
    data = png_bytes(rotated, "JPEG", quality=90, exif=exif.tobytes())
    assert matcher.match_bytes(data).matched
