"""Logo-matching benchmark: a generated, labelled image set; recall, false matches, speed.

    python -m bench.logo_bench [--seed N] [--keep DIR] [--write-results] [--verbose]

Logos: every transformation in TRANSFORMS applied to every reference variant listed in
logo_reference/manifest.json (resized from 140 px wide to 4x and to random widths, the
two official online sizes, JPEG quality 30, GIF palette, WebP, greyscale, transparent,
padded, cropped by a few percent, inverted, side by side with the other-language twin,
combinations), plus vector-only forms of the SVG references. Decoys: other speech-
balloon and chat icons, the logo's own balloon under 24 other captions and under none,
government-style logos, and ordinary contact-page images; a quarter of them also as
small JPEGs.

Everything is generated from the reference files and drawn shapes into a temporary
folder (or --keep DIR, with labels.json); the matcher then reads each file's bytes, as
a crawl would. --seed varies sizes, qualities and crops: tune on one seed, check on
others. Speed is CPU time of this process, pinned to one core; exit status 0 when the
targets (recall >= 0.99, no false match, >= 100 images/s) are met.
"""

from __future__ import annotations

import argparse
import datetime as dt
import io
import json
import os
import platform
import random
import re
import shutil
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

import numpy as np
from PIL import Image, ImageDraw, ImageFont, ImageOps

from rules.logo.manifest import Manifest, Reference, load_manifest

ROOT = Path(__file__).resolve().parents[1]
RESULTS = ROOT / "bench" / "RESULTS.md"
FONT_DIRS = ("/usr/share/fonts/truetype/dejavu", "/usr/share/fonts/dejavu", "/usr/share/fonts")
SEED = 20130314  # the circular's date

# Captions that are NOT the logo's, drawn under the logo's own balloon.
OTHER_CAPTIONS = [
    ("Contactez-nous", ""),
    ("Une question ?", ""),
    ("Des questions sur", "nos services ?"),
    ("Vragen over onze", "dienstverlening?"),
    ("Neem contact", "met ons op"),
    ("Fragen zu unseren", "Dienstleistungen?"),
    ("Questions about", "our services?"),
    ("Des suggestions sur", "nos prestations ?"),
    ("Klachten over onze", "website?"),
    ("Plaintes et", "suggestions"),
    ("Kontaktieren", "Sie uns"),
    ("Your opinion", "matters"),
    ("Hulp nodig?", "Bel ons!"),
    ("Infocenter", "BOSA"),
    ("Nous contacter", "par e-mail"),
    ("Feedback", ""),
    ("Des plaintes sur", "notre site ?"),
    ("Ideas about", "our services?"),
    ("Tevreden over onze", "dienstverlening?"),
    ("Beschwerden über", "die Polizei?"),
    ("Un avis sur", "nos prestations ?"),
    ("Klachten?", "Meld het ons"),
    ("Help us improve", "our services"),
    ("Aide et", "contact"),
]


@dataclass
class Item:
    name: str
    data: bytes
    positive: bool
    reference: str | None  # the variant a positive was made from
    kind: str  # transformation or decoy family


# ----------------------------------------------------------------------------- helpers
def font(size: int, bold: bool = True) -> ImageFont.ImageFont:
    name = "DejaVuSans-Bold.ttf" if bold else "DejaVuSans.ttf"
    for d in FONT_DIRS:
        for p in Path(d).rglob(name) if Path(d).is_dir() else []:
            return ImageFont.truetype(str(p), size)
    return ImageFont.load_default(size=size)


def encode(im: Image.Image, fmt: str, **kw) -> bytes:
    buf = io.BytesIO()
    if fmt == "JPEG":
        im = flatten_white(im).convert("RGB")
    im.save(buf, fmt, **kw)
    return buf.getvalue()


def flatten_white(im: Image.Image) -> Image.Image:
    if im.mode != "RGBA":
        return im.convert("RGB")
    bg = Image.new("RGB", im.size, "white")
    bg.paste(im, mask=im.getchannel("A"))
    return bg


def resize_w(im: Image.Image, width: int) -> Image.Image:
    h = max(1, round(im.height * width / im.width))
    return im.resize((width, h), Image.Resampling.LANCZOS)


def bg_colour(im: Image.Image) -> tuple[int, int, int]:
    rgb = np.asarray(im.convert("RGB"))
    border = np.concatenate([rgb[0], rgb[-1], rgb[:, 0], rgb[:, -1]])
    return tuple(int(v) for v in np.median(border, axis=0))


def make_transparent(im: Image.Image) -> Image.Image:
    """The background colour becomes transparent (soft edges kept as partial alpha)."""
    rgb = np.asarray(im.convert("RGB")).astype(np.int16)
    bg = np.array(bg_colour(im), dtype=np.int16)
    dist = np.abs(rgb - bg).max(axis=2)
    alpha = np.clip(dist * 4, 0, 255).astype(np.uint8)
    out = im.convert("RGBA")
    out.putalpha(Image.fromarray(alpha, "L"))
    return out


def pad(im: Image.Image, left: int, top: int, right: int, bottom: int, colour) -> Image.Image:
    out = Image.new("RGB", (im.width + left + right, im.height + top + bottom), colour)
    out.paste(flatten_white(im) if im.mode == "RGBA" else im.convert("RGB"), (left, top))
    return out


def crop_frac(im: Image.Image, l: float, t: float, r: float, b: float) -> Image.Image:
    w, h = im.size
    return im.crop((round(w * l), round(h * t), round(w * (1 - r)), round(h * (1 - b))))


def side_by_side(a: Image.Image, b: Image.Image, gap: int, colour) -> Image.Image:
    a, b = flatten_white(a), flatten_white(b)
    b = b.resize((round(b.width * a.height / b.height), a.height), Image.Resampling.LANCZOS)
    out = Image.new("RGB", (a.width + gap + b.width, a.height), colour)
    out.paste(a, (0, 0))
    out.paste(b, (a.width + gap, 0))
    return out


def invert(im: Image.Image) -> Image.Image:
    return ImageOps.invert(flatten_white(im))


# ----------------------------------------------------------------------- transformations
# Each takes (image, twin image, rng) and returns (bytes, extension). The rng varies
# sizes, qualities and crops between seeds (tune on one seed, check on another).
Transform = Callable[[Image.Image, Image.Image, random.Random], tuple[bytes, str]]


def _crop_random(im: Image.Image, rng: random.Random, lo: float = .02, hi: float = .05) -> Image.Image:
    """Crop a few percent off one, two or all four sides."""
    sides = rng.choice([("l",), ("r",), ("t",), ("b",), ("l", "t"), ("r", "b"), ("l", "r", "t", "b")])
    f = {k: (rng.uniform(lo, hi) if k in sides else 0.0) for k in "lrtb"}
    return crop_frac(im, f["l"], f["t"], f["r"], f["b"])


TRANSFORMS: dict[str, Transform] = {
    "original": lambda im, tw, r: (encode(im, "PNG"), "png"),
    "width-140": lambda im, tw, r: (encode(resize_w(im, 140), "PNG"), "png"),
    "width-280": lambda im, tw, r: (encode(resize_w(im, 280), "PNG"), "png"),
    "width-560": lambda im, tw, r: (encode(resize_w(im, 560), "PNG"), "png"),
    "width-random": lambda im, tw, r: (encode(resize_w(im, r.randint(150, 540)), "PNG"), "png"),
    "online-140x85": lambda im, tw, r: (encode(im.resize((140, 85), Image.Resampling.LANCZOS), "PNG"), "png"),
    "online-165x115": lambda im, tw, r: (encode(im.resize((165, 115), Image.Resampling.LANCZOS), "PNG"), "png"),
    "jpeg-q30": lambda im, tw, r: (encode(im, "JPEG", quality=30), "jpg"),
    "jpeg-q30-140": lambda im, tw, r: (encode(resize_w(im, 140), "JPEG", quality=30), "jpg"),
    "jpeg-random": lambda im, tw, r: (encode(resize_w(im, r.randint(140, 330)), "JPEG", quality=r.randint(30, 60)), "jpg"),
    "gif-palette": lambda im, tw, r: (encode(flatten_white(im).quantize(256), "GIF"), "gif"),
    "gif-16-colours-165": lambda im, tw, r: (
        encode(flatten_white(resize_w(im, 165)).quantize(16, dither=Image.Dither.FLOYDSTEINBERG), "GIF"), "gif"),
    "webp-q50": lambda im, tw, r: (encode(im, "WEBP", quality=50), "webp"),
    "webp-q30-140": lambda im, tw, r: (encode(resize_w(im, 140), "WEBP", quality=30), "webp"),
    "greyscale": lambda im, tw, r: (encode(flatten_white(im).convert("L"), "PNG"), "png"),
    "greyscale-jpeg-165": lambda im, tw, r: (
        encode(resize_w(flatten_white(im).convert("L"), 165), "JPEG", quality=r.randint(40, 60)), "jpg"),
    "transparent": lambda im, tw, r: (encode(make_transparent(im), "PNG"), "png"),
    "transparent-webp-165": lambda im, tw, r: (encode(resize_w(make_transparent(im), 165), "WEBP", quality=80), "webp"),
    "transparent-gif-140": lambda im, tw, r: (encode(_transparent_gif(resize_w(im, 140)), "GIF", transparency=255), "gif"),
    "padded-white": lambda im, tw, r: (
        encode(pad(im, *(r.randint(10, 120) for _ in range(4)), "white"), "PNG"), "png"),
    "padded-grey-corner": lambda im, tw, r: (
        encode(pad(resize_w(im, 165), r.randint(5, 20), r.randint(5, 20), 260, 140, (221, 221, 221)), "PNG"), "png"),
    "crop-3pc": lambda im, tw, r: (encode(crop_frac(im, .03, .03, .03, .03), "PNG"), "png"),
    "crop-random": lambda im, tw, r: (encode(_crop_random(im, r), "PNG"), "png"),
    "crop-random-140": lambda im, tw, r: (encode(resize_w(_crop_random(im, r), 140), "PNG"), "png"),
    "inverted": lambda im, tw, r: (encode(invert(im), "PNG"), "png"),
    "inverted-jpeg-140": lambda im, tw, r: (encode(resize_w(invert(im), 140), "JPEG", quality=40), "jpg"),
    "side-by-side-twin": lambda im, tw, r: (encode(side_by_side(im, tw, r.randint(0, 30), bg_colour(im)), "PNG"), "png"),
    "side-by-side-twin-touching-140": lambda im, tw, r: (
        encode(side_by_side(resize_w(im, 140), resize_w(tw, 140), 0, bg_colour(im)), "PNG"), "png"),
    "side-by-side-twin-first-jpeg": lambda im, tw, r: (
        encode(side_by_side(resize_w(tw, 165), resize_w(im, 165), r.randint(5, 40), "white"), "JPEG", quality=60), "jpg"),
    "greyscale-padded-cropped-webp": lambda im, tw, r: (
        encode(crop_frac(pad(flatten_white(im).convert("L"), 30, 30, 30, 30, "white"), .02, .02, .02, .02),
               "WEBP", quality=60), "webp"),
}


def _transparent_gif(im: Image.Image) -> Image.Image:
    rgba = make_transparent(im)
    p = flatten_white(rgba).quantize(255)
    alpha = np.asarray(rgba.getchannel("A"))
    arr = np.asarray(p).copy()
    arr[alpha < 128] = 255
    out = Image.fromarray(arr, "P")
    out.putpalette(p.getpalette())
    return out


def svg_forms(svg: bytes) -> dict[str, bytes]:
    """Vector-only transformations of an SVG reference (the raster ones come from its render)."""
    text = svg.decode("utf-8")
    m = re.search(r'width="([\d.]+)"\s+height="([\d.]+)"', text)
    out = {"original-svg": svg}
    if m:
        w, h = float(m.group(1)), float(m.group(2))
        for width in (140, 560):
            out[f"svg-width-{width}"] = text.replace(
                m.group(0), f'width="{width}" height="{h * width / w:.1f}"', 1).encode()
    no_bg = re.sub(r'<rect[^>]*fill="#ffffff"[^>]*/>', "", text, count=1)
    if no_bg != text:
        out["svg-transparent"] = no_bg.encode()
    return out


# ----------------------------------------------------------------------------- decoys
def _balloon(draw: ImageDraw.ImageDraw, box, colour, tail: str = "left") -> None:
    x0, y0, x1, y1 = box
    draw.ellipse(box, fill=colour)
    w, h = x1 - x0, y1 - y0
    if tail == "left":
        draw.polygon([(x0 + w * .25, y0 + h * .75), (x0 + w * .45, y0 + h * .85), (x0 + w * .08, y1 + h * .35)], fill=colour)
    else:
        draw.polygon([(x1 - w * .25, y0 + h * .75), (x1 - w * .45, y0 + h * .85), (x1 - w * .08, y1 + h * .35)], fill=colour)


def decoy_chat_icons(rng: random.Random) -> list[tuple[str, Image.Image]]:
    out = []
    palette = ["#1f3c88", "#0078d4", "#25d366", "#e4002b", "#333333", "#f39200", "#6c2c91"]
    for i in range(22):
        w, h = rng.choice([(330, 230), (200, 200), (165, 115), (140, 85), (256, 256)])
        im = Image.new("RGB", (w, h), "white")
        d = ImageDraw.Draw(im)
        c = rng.choice(palette)
        style = i % 7
        if style == 0:  # round balloon with three dots
            _balloon(d, (w * .15, h * .1, w * .85, h * .65), c)
            for k in range(3):
                cx = w * (.35 + .15 * k)
                d.ellipse((cx - w * .04, h * .34, cx + w * .04, h * .34 + w * .08), fill="white")
        elif style == 1:  # rounded-rectangle chat bubble
            d.rounded_rectangle((w * .1, h * .1, w * .9, h * .7), radius=int(min(w, h) * .12), fill=c)
            d.polygon([(w * .2, h * .68), (w * .35, h * .68), (w * .18, h * .9)], fill=c)
        elif style == 2:  # two overlapping balloons (chat)
            _balloon(d, (w * .05, h * .1, w * .6, h * .55), c)
            _balloon(d, (w * .4, h * .35, w * .95, h * .8), rng.choice(palette), tail="right")
        elif style == 3:  # balloon with a question mark
            _balloon(d, (w * .15, h * .1, w * .85, h * .7), c)
            d.text((w * .5, h * .4), "?", fill="white", font=font(int(h * .4)), anchor="mm")
        elif style == 4:  # outline balloon
            d.ellipse((w * .15, h * .1, w * .85, h * .65), outline=c, width=max(3, w // 30))
            d.line([(w * .3, h * .6), (w * .2, h * .85), (w * .45, h * .64)], fill=c, width=max(3, w // 30))
        elif style == 5:  # thought bubble
            for k in range(5):
                cx, cy = w * (.3 + .1 * k), h * (.35 + .06 * ((-1) ** k))
                d.ellipse((cx - w * .15, cy - h * .18, cx + w * .15, cy + h * .18), fill=c)
            d.ellipse((w * .2, h * .7, w * .26, h * .78), fill=c)
            d.ellipse((w * .12, h * .82, w * .16, h * .88), fill=c)
        else:  # balloon with an exclamation mark and a single-word label
            _balloon(d, (w * .2, h * .05, w * .8, h * .5), c)
            d.text((w * .5, h * .28), "!", fill="#f39200", font=font(int(h * .35)), anchor="mm")
            d.text((w * .5, h * .85), rng.choice(["Contact", "Chat", "Aide", "Help", "Hulp"]),
                   fill=c, font=font(int(h * .16)), anchor="mm")
        out.append((f"chat-icon-{i:02d}", im))
    return out


def _content_rows(im: Image.Image) -> list[tuple[int, int]]:
    """Runs of rows that differ from the background (balloon, caption lines)."""
    arr = np.asarray(im.convert("L")).astype(np.int16)
    bg = np.median(np.concatenate([arr[0], arr[-1], arr[:, 0], arr[:, -1]]))
    rows = (np.abs(arr - bg) > 40).sum(axis=1) > 0
    runs, start = [], None
    for y, on in enumerate(list(rows) + [False]):
        if on and start is None:
            start = y
        elif not on and start is not None:
            runs.append((start, y))
            start = None
    return runs


def recaption(im: Image.Image, line1: str, line2: str) -> Image.Image | None:
    """The same logo with its two caption lines replaced (generic: the last two row runs)."""
    im = flatten_white(im)
    runs = _content_rows(im)
    if len(runs) < 3:
        return None
    (a0, a1), (b0, b1) = runs[-2], runs[-1]
    bg = bg_colour(im)
    region = np.asarray(im.crop((0, a0, im.width, b1)).convert("RGB")).reshape(-1, 3)
    far = region[np.abs(region.astype(int) - np.array(bg)).sum(axis=1) > 200]
    ink = tuple(int(v) for v in (np.median(far, axis=0) if len(far) else (0, 0, 0)))
    out = im.copy()
    d = ImageDraw.Draw(out)
    d.rectangle((0, a0 - 2, im.width, b1 + 2), fill=bg)
    size = max(8, round((b0 - a0) / 1.5))  # line pitch of DejaVu-like fonts is 1.5 em
    while size > 8 and max(d.textlength(t, font=font(size)) for t in (line1, line2)) > im.width * .95:
        size -= 1
    f = font(size)
    cap_offset = d.textbbox((0, 0), "H", font=f, anchor="ma")[1]
    cx = im.width / 2
    if line2:
        d.text((cx, a0 - cap_offset), line1, fill=ink, font=f, anchor="ma")
        d.text((cx, b0 - cap_offset), line2, fill=ink, font=f, anchor="ma")
    else:
        d.text((cx, (a0 + b0) / 2 - cap_offset), line1, fill=ink, font=f, anchor="ma")
    return out


def balloon_only(im: Image.Image) -> Image.Image | None:
    im = flatten_white(im)
    runs = _content_rows(im)
    if len(runs) < 3:
        return None
    out = im.copy()
    ImageDraw.Draw(out).rectangle((0, runs[-2][0] - 2, im.width, im.height), fill=bg_colour(im))
    return out


def decoy_gov_logos(rng: random.Random) -> list[tuple[str, Image.Image]]:
    out = []
    names = ["belgium.be", "SPF Finances", "FOD Mobiliteit", "BOSA", "Le Médiateur fédéral",
             "De federale Ombudsman", "Comité P", "Fedasil", "SPF Justice", "FÖD Gesundheit",
             "Infocenter", "Pensioenombudsman", "SPF Emploi", "Sciensano", "RSZ ONSS",
             "Mobilit", "Belgian Federal Government", "FPS Foreign Affairs", "INAMI RIZIV", "Selor"]
    for i, name in enumerate(names):
        w, h = rng.choice([(330, 230), (300, 120), (165, 115), (400, 160), (140, 85)])
        im = Image.new("RGB", (w, h), "white")
        d = ImageDraw.Draw(im)
        style = i % 5
        if style == 0:  # tricolour bars + name
            for k, c in enumerate(["#000000", "#fdda24", "#ef3340"]):
                d.rectangle((w * (.05 + .04 * k), h * .2, w * (.09 + .04 * k), h * .8), fill=c)
            d.text((w * .2, h * .5), name, fill="#333333", font=font(int(h * .16)), anchor="lm")
        elif style == 1:  # coloured square with initials and a two-line name
            d.rectangle((w * .05, h * .15, w * .3, h * .85), fill=rng.choice(["#1f3c88", "#00843d", "#6c2c91"]))
            d.text((w * .175, h * .5), name[:2].upper(), fill="white", font=font(int(h * .25)), anchor="mm")
            parts = name.split(" ", 1) + [""]
            d.text((w * .35, h * .38), parts[0], fill="#1f3c88", font=font(int(h * .14)), anchor="lm")
            d.text((w * .35, h * .62), parts[1], fill="#1f3c88", font=font(int(h * .14)), anchor="lm")
        elif style == 2:  # crest-like shield above a centred name (same layout idea as the logo)
            d.polygon([(w * .4, h * .05), (w * .6, h * .05), (w * .6, h * .4), (w * .5, h * .55), (w * .4, h * .4)],
                      fill="#1f3c88")
            d.text((w * .5, h * .7), name, fill="#1f3c88", font=font(int(h * .12)), anchor="mm")
            d.text((w * .5, h * .87), "Service public fédéral", fill="#1f3c88", font=font(int(h * .09)), anchor="mm")
        elif style == 3:  # circle emblem + name below
            d.ellipse((w * .35, h * .05, w * .65, h * .55), fill="#f39200")
            d.ellipse((w * .42, h * .15, w * .58, h * .45), fill="white")
            d.text((w * .5, h * .75), name, fill="#333333", font=font(int(h * .14)), anchor="mm")
        else:  # plain word mark on a coloured band
            d.rectangle((0, h * .25, w, h * .75), fill=rng.choice(["#1f3c88", "#e4002b", "#333333"]))
            d.text((w * .5, h * .5), name, fill="white", font=font(int(h * .18)), anchor="mm")
        out.append((f"gov-logo-{i:02d}", im))
    return out


def decoy_page_images(rng: random.Random) -> list[tuple[str, Image.Image]]:
    out = []
    for i in range(14):
        w, h = rng.choice([(640, 360), (300, 200), (165, 115), (800, 200), (120, 120)])
        im = Image.new("RGB", (w, h), "white")
        d = ImageDraw.Draw(im)
        kind = i % 7
        if kind == 0:  # "photo": gradient + random shapes
            arr = np.linspace(0, 255, w, dtype=np.float32)[None, :].repeat(h, 0)
            im = Image.fromarray(np.stack([arr, arr[::-1] * .6, np.full_like(arr, 120)], -1).astype(np.uint8))
            d = ImageDraw.Draw(im)
            for _ in range(8):
                x, y = rng.randrange(w), rng.randrange(h)
                d.ellipse((x, y, x + rng.randrange(10, w // 2), y + rng.randrange(10, h // 2)),
                          fill=tuple(rng.randrange(256) for _ in range(3)))
        elif kind == 1:  # map: grid of streets
            im.paste((235, 230, 220), (0, 0, w, h))
            for k in range(0, w, 37):
                d.line([(k, 0), (k + 40, h)], fill="white", width=5)
            for k in range(0, h, 29):
                d.line([(0, k), (w, k + 10)], fill="white", width=4)
            d.ellipse((w / 2 - 8, h / 2 - 8, w / 2 + 8, h / 2 + 8), fill="#e4002b")
        elif kind == 2:  # envelope icon
            d.rectangle((w * .2, h * .25, w * .8, h * .75), outline="#1f3c88", width=6)
            d.line([(w * .2, h * .25), (w * .5, h * .55), (w * .8, h * .25)], fill="#1f3c88", width=6)
        elif kind == 3:  # phone icon
            d.rounded_rectangle((w * .38, h * .1, w * .62, h * .9), radius=12, fill="#333333")
            d.rectangle((w * .41, h * .2, w * .59, h * .75), fill="white")
        elif kind == 4:  # QR-like code
            cell = max(3, min(w, h) // 30)
            for y in range(0, min(w, h) - cell, cell):
                for x in range(0, min(w, h) - cell, cell):
                    if rng.random() < .5:
                        d.rectangle((x, y, x + cell - 1, y + cell - 1), fill="black")
        elif kind == 5:  # text banner
            d.text((w * .5, h * .5), rng.choice(["Contact", "Contactez-nous", "Neem contact op"]),
                   fill="#1f3c88", font=font(int(h * .3)), anchor="mm")
        else:  # social icons row
            for k in range(4):
                d.ellipse((w * (.05 + .24 * k), h * .3, w * (.2 + .24 * k), h * .3 + w * .15),
                          fill=["#3b5998", "#1da1f2", "#0077b5", "#ff0000"][k])
        out.append((f"page-image-{i:02d}", im))
    return out


# ------------------------------------------------------------------------------ the set
def load_reference_images(manifest: Manifest) -> dict[str, tuple[Reference, Image.Image, bytes]]:
    from rules.logo.decode import decode_image

    out = {}
    for ref in manifest.references:
        raw = manifest.path_of(ref).read_bytes()
        dec = decode_image(raw, manifest.limits)
        if dec.image is None:
            raise SystemExit(f"reference {ref.file} does not decode: {dec.reason}")
        out[ref.variant] = (ref, dec.image, raw)
    return out


def _twin(refs: dict, ref: Reference) -> Image.Image:
    """Another language's version of the same kind (colour/inverse), for side-by-side images."""
    same_kind = [v for v, (r, _, _) in refs.items()
                 if r.inverse == ref.inverse and r.language != ref.language and r.file.endswith(ref.file[-4:])]
    order = {"fr": "nl", "nl": "fr", "de": "fr", "en": "nl"}
    pick = [v for v in same_kind if refs[v][0].language == order.get(ref.language, "")] or same_kind
    return refs[pick[0]][1] if pick else refs[ref.variant][1]


def _family(name: str) -> str:
    m = re.match(r"(chat-icon|gov-logo|page-image|balloon-without-caption|other-caption-\d+)", name)
    if m and m.group(1).startswith("other-caption-"):
        l1, l2 = OTHER_CAPTIONS[int(m.group(1).rsplit("-", 1)[1])]
        return f"other caption: {l1} {l2}".strip()
    return m.group(1) if m else name


def build_set(manifest: Manifest, seed: int = SEED) -> list[Item]:
    rng = random.Random(seed)
    refs = load_reference_images(manifest)
    items: list[Item] = []
    for variant, (ref, im, raw) in refs.items():
        twin = _twin(refs, ref)
        for tname, fn in TRANSFORMS.items():
            data, ext = fn(im, twin, rng)
            items.append(Item(f"{variant}__{tname}.{ext}", data, True, variant, tname))
        if ref.file.endswith(".svg"):
            for tname, data in svg_forms(raw).items():
                items.append(Item(f"{variant}__{tname}.svg", data, True, variant, tname))

    decoys: list[tuple[str, Image.Image]] = []
    decoys += decoy_chat_icons(rng)
    colour = [v for v, (r, _, _) in refs.items() if not r.inverse and not r.file.endswith(".svg")]
    inverse = [v for v, (r, _, _) in refs.items() if r.inverse]
    for k, (l1, l2) in enumerate(OTHER_CAPTIONS):
        for pool, tag in ((colour, "colour"), (inverse, "inverse")):
            if not pool:
                continue
            base = refs[pool[k % len(pool)]][1]
            im = recaption(base, l1, l2)
            if im is not None:
                decoys.append((f"other-caption-{k:02d}-{tag}", im))
    for v in colour[:2] + inverse[:1]:
        im = balloon_only(refs[v][1])
        if im is not None:
            decoys.append((f"balloon-without-caption-{v}", im))
    decoys += decoy_gov_logos(rng)
    decoys += decoy_page_images(rng)
    for name, im in decoys:
        items.append(Item(f"decoy__{name}.png", encode(im, "PNG"), False, None, _family(name)))
    # A quarter of the decoys also re-encoded small, as pages show them.
    for name, im in decoys[::4]:
        items.append(Item(f"decoy__{name}__jpeg-140.jpg", encode(resize_w(im, 140), "JPEG", quality=40),
                          False, None, _family(name) + " (JPEG, 140 px)"))
    return items


# ----------------------------------------------------------------------------- running
@dataclass
class Outcome:
    item: Item
    matched: bool
    reference: str | None
    distance: float
    reason: str | None


def pin_one_core() -> str:
    try:
        cpu = sorted(os.sched_getaffinity(0))[0]
        os.sched_setaffinity(0, {cpu})
        return f"pinned to CPU {cpu}"
    except (AttributeError, OSError):
        return "not pinned"


def run(items: list[Item], matcher, folder: Path) -> tuple[list[Outcome], float, float]:
    """Match every file (read from disk, as a crawl would); returns outcomes, CPU s, wall s."""
    for it in items:
        (folder / it.name).write_bytes(it.data)
    outcomes = []
    cpu0, wall0 = time.process_time(), time.perf_counter()
    for it in items:
        data = (folder / it.name).read_bytes()
        m = matcher.match_bytes(data, it.name)
        outcomes.append(Outcome(it, m.matched, m.reference, m.distance, m.reason))
    return outcomes, time.process_time() - cpu0, time.perf_counter() - wall0


def summarise(outcomes: list[Outcome], cpu: float, wall: float) -> dict:
    pos = [o for o in outcomes if o.item.positive]
    neg = [o for o in outcomes if not o.item.positive]
    fp = [o for o in neg if o.matched]
    pos_d = sorted(o.distance for o in pos)
    neg_d = sorted(o.distance for o in neg)
    return {
        "images": len(outcomes),
        "positives": len(pos),
        "decoys": len(neg),
        "recall": sum(o.matched for o in pos) / len(pos) if pos else 0.0,
        "false_matches": len(fp),
        "missed": [o.item.name for o in pos if not o.matched],
        "false": [o.item.name for o in fp],
        "ips_cpu": len(outcomes) / cpu if cpu else 0.0,
        "ips_wall": len(outcomes) / wall if wall else 0.0,
        "max_positive_distance": pos_d[-1] if pos_d else 0.0,
        "min_decoy_distance": neg_d[0] if neg_d else 1.0,
    }


# Captions differing from the real one by a single word of about the same length, at
# the sizes where a word is within hash noise. Reported on their own (a known limit),
# not counted in the false-match target; the full-size versions are in the main set.
STRESS = [
    ("nl", "Tevreden over onze", "dienstverlening?"),
    ("fr", "Des remarques sur", "nos prestations ?"),
    ("en", "Comments about", "our services?"),
    ("de", "Fragen über unsere", "Dienstleistungen?"),
]


def stress(manifest: Manifest, matcher) -> list[tuple[str, str, bool, float]]:
    refs = load_reference_images(manifest)
    out = []
    for lang, l1, l2 in STRESS:
        base = next((im for v, (r, im, _) in refs.items() if r.language == lang and not r.inverse), None)
        if base is None:
            continue
        im = recaption(base, l1, l2)
        if im is None:
            continue
        for width in (150, 200, 250, 330):
            for fmt in ("PNG", "JPEG"):
                m = matcher.match_bytes(encode(resize_w(im, width), fmt, quality=50))
                out.append((f"{l1} / {l2}", f"{width} {fmt}", m.matched, m.distance))
    return out


def machine() -> str:
    model = "unknown CPU"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    nproc = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    return f"nproc {nproc}, {model}, Python {platform.python_version()}, Pillow {Image.__version__}"


def write_results(summary: dict, by_kind: dict, stressed: list, mach: str, pinned: str,
                  seed: int, thresholds) -> None:
    today = dt.date.today().isoformat()
    gap = summary["min_decoy_distance"] - summary["max_positive_distance"]
    st_matched = sum(1 for *_, matched, _ in stressed if matched)
    section = [
        "## Logo matching",
        "",
        f"`python -m bench.logo_bench --write-results` (seed {seed}), {today}.",
        f"Machine: {mach}; {pinned}. Images per second count CPU time of the one process",
        "(decode, rasterise, normalise, split, hash, compare; reading the file included); wall-clock",
        "figures depend on what else the machine runs.",
        "",
        "| measure | value | target |",
        "|---|---|---|",
        f"| images (logos + decoys) | {summary['images']} ({summary['positives']} + {summary['decoys']}) | >= 300, >= 60 decoys |",
        f"| recall | {summary['recall']:.4f} | >= 0.99 |",
        f"| false matches | {summary['false_matches']} | 0 |",
        f"| images per second, one core (CPU time) | {summary['ips_cpu']:.0f} | >= 100 |",
        f"| images per second, wall clock | {summary['ips_wall']:.0f} | |",
        f"| largest distance of a logo | {summary['max_positive_distance']:.4f} | <= match threshold {thresholds.match} |",
        f"| smallest distance of a decoy | {summary['min_decoy_distance']:.4f} | > match threshold |",
        f"| gap between them | {gap:.4f} | > 0 |",
        "",
        "Missed logos: " + (", ".join(summary["missed"]) or "none") + ".",
        "False matches: " + (", ".join(summary["false"]) or "none") + ".",
        "",
        "Per family: for logos the worst (largest) distance, for decoys the best (smallest).",
        "",
        "| family | images | matched | distance |",
        "|---|---|---|---|",
    ]
    for kind, (n, matched, dist) in sorted(by_kind.items()):
        section.append(f"| {kind} | {n} | {matched} | {dist:.4f} |")
    section += [
        "",
        "Known limit (reported, not counted above): the logo's balloon with a caption that differs",
        "from the real one by a single word of about the same length. At full size these are",
        "rejected (the caption detail is compared for logos at least "
        f"{summary.get('detail_min_width', '?')} px wide); shown smaller, the word is within the hash noise.",
        "",
        "| caption | width px, format | matched | distance |",
        "|---|---|---|---|",
    ]
    for caption, width, matched, dist in stressed:
        section.append(f"| {caption} | {width} | {'yes' if matched else 'no'} | {dist:.4f} |")
    section.append(f"\n{st_matched} of {len(stressed)} such images match.\n")
    text = RESULTS.read_text(encoding="utf-8") if RESULTS.exists() else "# Benchmark results\n\n"
    pattern = re.compile(r"^## Logo matching\n.*?(?=^## |\Z)", re.S | re.M)
    block = "\n".join(section) + "\n"
    text = pattern.sub(lambda _: block, text) if pattern.search(text) else text.rstrip("\n") + "\n\n" + block
    RESULTS.write_text(text, encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m bench.logo_bench", description=__doc__.split("\n")[0])
    ap.add_argument("--keep", type=Path, help="write the labelled set into this folder and keep it")
    ap.add_argument("--write-results", action="store_true", help="update bench/RESULTS.md")
    ap.add_argument("--verbose", action="store_true", help="one line per image")
    ap.add_argument("--seed", type=int, default=SEED, help=f"random variations (default {SEED})")
    args = ap.parse_args(argv)

    from rules.logo.matcher import LogoMatcher

    mach = machine()  # before pinning: nproc as the shell sees it
    pinned = pin_one_core()
    manifest = load_manifest()
    matcher = LogoMatcher.load()
    items = build_set(manifest, args.seed)
    tmp = None
    if args.keep:
        folder = args.keep
        folder.mkdir(parents=True, exist_ok=True)
    else:
        tmp = tempfile.mkdtemp(prefix="logo-bench-")
        folder = Path(tmp)
    try:
        matcher.match_bytes(items[0].data)  # warm-up (imports, font database)
        outcomes, cpu, wall = run(items, matcher, folder)
        if args.keep:
            (folder / "labels.json").write_text(json.dumps(
                [{"file": o.item.name, "logo": o.item.positive, "reference": o.item.reference,
                  "kind": o.item.kind} for o in outcomes], indent=1), encoding="utf-8")
    finally:
        if tmp:
            shutil.rmtree(tmp, ignore_errors=True)
    stressed = stress(manifest, matcher)

    summary = summarise(outcomes, cpu, wall)
    summary["detail_min_width"] = manifest.hashing.detail_min_width
    by_kind: dict[str, tuple[int, int, float]] = {}
    for o in outcomes:
        key = ("logo: " if o.item.positive else "decoy: ") + o.item.kind
        n, m, d = by_kind.get(key, (0, 0, 0.0 if o.item.positive else 1.0))
        d = max(d, o.distance) if o.item.positive else min(d, o.distance)
        by_kind[key] = (n + 1, m + int(o.matched), d)
    if args.verbose:
        for o in outcomes:
            flag = "ok " if o.matched == o.item.positive else "ERR"
            print(f"{flag} {o.item.name:60s} matched={o.matched!s:5s} ref={o.reference} "
                  f"d={o.distance:.4f} {o.reason or ''}")
    t = manifest.thresholds
    print(f"machine: {mach}; {pinned}")
    print(f"images: {summary['images']} ({summary['positives']} logos, {summary['decoys']} decoys), seed {args.seed}")
    print(f"recall: {summary['recall']:.4f}  (missed: {', '.join(summary['missed']) or 'none'})")
    print(f"false matches: {summary['false_matches']}  ({', '.join(summary['false']) or 'none'})")
    print(f"largest logo distance: {summary['max_positive_distance']:.4f}; smallest decoy distance: "
          f"{summary['min_decoy_distance']:.4f}; match threshold {t.match}"
          + (f" (midpoint of the gap: {(summary['max_positive_distance'] + summary['min_decoy_distance']) / 2:.4f})"
             if summary["max_positive_distance"] < summary["min_decoy_distance"] else " (no gap)"))
    print(f"images per second, one core: {summary['ips_cpu']:.1f} (CPU time), {summary['ips_wall']:.1f} (wall clock)")
    print(f"known limit, same-length single-word captions at 150-330 px: "
          f"{sum(1 for *_, mt, _ in stressed if mt)} of {len(stressed)} match (not counted)")
    if args.write_results:
        write_results(summary, by_kind, stressed, mach, pinned, args.seed, t)
        print(f"written: {RESULTS.relative_to(ROOT)}")
    ok = summary["recall"] >= 0.99 and summary["false_matches"] == 0 and summary["ips_cpu"] >= 100
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
