"""Shared helpers for generating the example sites (not part of the repo)."""
from __future__ import annotations

import io
import zlib
from pathlib import Path

from PIL import Image, ImageDraw, ImageFont

SITES = Path(__file__).resolve().parents[1] / "sites"
LOGOS = Path(__file__).resolve().parents[2] / "logo_reference"
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"


def target(site: str, path: str) -> Path:
    """URL path -> file: '/fr/contact/' -> fr/contact/index.html, '/a.html' -> a.html."""
    rel = path.lstrip("/")
    if rel == "" or rel.endswith("/"):
        rel += "index.html"
    return SITES / site / rel


def write(site: str, path: str, text: str | bytes) -> None:
    file = target(site, path)
    file.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(text, str):
        file.write_text(text, encoding="utf-8")
    else:
        file.write_bytes(text)


def logo(site: str, dest: str, lang: str, size=(165, 115), inverse=False, fmt="PNG") -> None:
    name = f"complaints-logo-{lang}{'-inverse' if inverse else ''}.png"
    img = Image.open(LOGOS / name).convert("RGBA")
    img = img.resize(size, Image.LANCZOS)
    file = target(site, dest)
    file.parent.mkdir(parents=True, exist_ok=True)
    if fmt == "PNG":
        img.save(file, "PNG")
    elif fmt == "WEBP":
        img.save(file, "WEBP", quality=90)
    elif fmt == "JPEG":
        bg = Image.new("RGB", img.size, "white")
        bg.paste(img, mask=img.split()[3])
        bg.save(file, "JPEG", quality=88)


def copy_file(site: str, dest: str, source: Path) -> None:
    write(site, dest, Path(source).read_bytes())


def brand_logo(site: str, dest: str, initials: str, colour: str, size=(180, 60)) -> None:
    """A simple header logo: coloured band with the agency's initials."""
    img = Image.new("RGB", size, "white")
    d = ImageDraw.Draw(img)
    d.rectangle([0, 0, 14, size[1]], fill=colour)
    d.rectangle([20, 0, 24, size[1]], fill="#f2c200")
    font = ImageFont.truetype(FONT, 26)
    d.text((34, size[1] // 2), initials, fill=colour, font=font, anchor="lm")
    file = target(site, dest)
    file.parent.mkdir(parents=True, exist_ok=True)
    img.save(file, "PNG")


def photo(site: str, dest: str, colour: str, label: str = "", size=(480, 270)) -> None:
    """A placeholder 'photo' (gradient + label) for news items."""
    img = Image.new("RGB", size, colour)
    d = ImageDraw.Draw(img)
    for y in range(size[1]):
        shade = int(60 * y / size[1])
        d.line([(0, y), (size[0], y)], fill=_darken(colour, shade))
    if label:
        font = ImageFont.truetype(FONT, 22)
        d.text((16, size[1] - 20), label, fill="white", font=font, anchor="ls")
    file = target(site, dest)
    file.parent.mkdir(parents=True, exist_ok=True)
    img.save(file, "JPEG", quality=80)


def _darken(colour: str, amount: int):
    colour = colour.lstrip("#")
    r, g, b = (int(colour[i:i + 2], 16) for i in (0, 2, 4))
    return (max(r - amount, 0), max(g - amount, 0), max(b - amount, 0))


def chat_bubble(site: str, dest: str, size=(96, 96)) -> None:
    """A generic chat-bubble icon (NOT the complaints logo): rounded box, tail, three dots."""
    W = H = 400
    img = Image.new("RGBA", (W, H), (0, 0, 0, 0))
    d = ImageDraw.Draw(img)
    d.rounded_rectangle([20, 40, 380, 290], radius=70, fill="#2e9c8f")
    d.polygon([(90, 280), (70, 370), (170, 285)], fill="#2e9c8f")
    for cx in (120, 200, 280):
        d.ellipse([cx - 26, 165 - 26, cx + 26, 165 + 26], fill="white")
    img = img.resize(size, Image.LANCZOS)
    file = target(site, dest)
    file.parent.mkdir(parents=True, exist_ok=True)
    img.save(file, "PNG")


def flag(site: str, dest: str, kind: str, size=(24, 16)) -> None:
    w, h = size
    img = Image.new("RGB", size, "white")
    d = ImageDraw.Draw(img)
    if kind == "fr":
        d.rectangle([0, 0, w // 3, h], fill="#0055a4")
        d.rectangle([2 * w // 3, 0, w, h], fill="#ef4135")
    elif kind == "nl":
        d.rectangle([0, 0, w, h // 3], fill="#ae1c28")
        d.rectangle([0, 2 * h // 3, w, h], fill="#21468b")
    elif kind == "en":
        d.rectangle([0, 0, w, h], fill="#012169")
        d.line([(0, 0), (w, h)], fill="white", width=3)
        d.line([(0, h), (w, 0)], fill="white", width=3)
        d.rectangle([w // 2 - 3, 0, w // 2 + 2, h], fill="white")
        d.rectangle([0, h // 2 - 3, w, h // 2 + 2], fill="white")
        d.rectangle([w // 2 - 1, 0, w // 2, h], fill="#c8102e")
        d.rectangle([0, h // 2 - 1, w, h // 2], fill="#c8102e")
    file = target(site, dest)
    file.parent.mkdir(parents=True, exist_ok=True)
    img.save(file, "PNG")


def _pdf_escape(s: str) -> bytes:
    b = s.encode("cp1252")
    return b.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")


def pdf(site: str, dest: str, title: str, lines: list[str], fields: list[str]) -> None:
    """A small, real, one-page PDF with extractable text (Helvetica, WinAnsi)."""
    ops = [b"BT /F2 16 Tf 56 780 Td (" + _pdf_escape(title) + b") Tj ET"]
    y = 750
    for line in lines:
        ops.append(b"BT /F1 10 Tf 56 %d Td (" % y + _pdf_escape(line) + b") Tj ET")
        y -= 15
    y -= 10
    for field in fields:
        ops.append(b"BT /F2 10 Tf 56 %d Td (" % y + _pdf_escape(field) + b") Tj ET")
        ops.append(b"0.5 w 200 %d m 540 %d l S" % (y - 2, y - 2))
        y -= 28
    ops.append(b"0.5 w 56 %d 484 140 re S" % (y - 140))
    stream = zlib.compress(b"\n".join(ops))
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R /F2 5 0 R >> >> /Contents 6 0 R >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>",
        b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(stream) + stream + b"\nendstream",
        b"<< /Title (" + _pdf_escape(title) + b") /Producer (example site generator) >>",
    ]
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for i, obj in enumerate(objs, 1):
        offsets.append(out.tell())
        out.write(b"%d 0 obj\n" % i + obj + b"\nendobj\n")
    xref = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1))
    for off in offsets:
        out.write(b"%010d 00000 n \n" % off)
    out.write(b"trailer\n<< /Size %d /Root 1 0 R /Info 7 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, xref))
    write(site, dest, out.getvalue())


LAZY_GIF = "data:image/gif;base64,R0lGODlhAQABAIAAAP///wAAACH5BAEAAAAALAAAAAABAAEAAAICRAEAOw=="
