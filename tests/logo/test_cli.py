"""`complaint-lint logo`: output format, exit codes, `logo add FILE`, `logo add --from-page`."""

from __future__ import annotations

import json

from click.testing import CliRunner
from PIL import Image, ImageDraw

from bench import logo_bench as lb
from logo_helpers import png_bytes
from rules.logo.cli import logo_command
from rules.logo.manifest import load_manifest
from rules.logo.matcher import LogoMatcher


def run(*args: str):
    return CliRunner().invoke(logo_command, list(args), prog_name="complaint-lint logo", catch_exceptions=False)


def _official_stand_in(text1: str = "Klachten over onze", text2: str = "dienstverlening?") -> Image.Image:
    """A logo drawn differently from the stand-ins, playing the part of the official artwork."""
    im = Image.new("RGB", (165, 115), "white")
    d = ImageDraw.Draw(im)
    d.rounded_rectangle((30, 4, 135, 60), radius=22, fill="#d4001a")
    d.polygon([(50, 55), (70, 58), (42, 78)], fill="#d4001a")
    d.text((82, 30), "?", fill="white", font=lb.font(34), anchor="mm")
    d.text((82, 88), text1, fill="#d4001a", font=lb.font(13), anchor="mm")
    d.text((82, 104), text2, fill="#d4001a", font=lb.font(13), anchor="mm")
    return im


def test_json_lines_format_and_exit_status(tmp_path, reference_images):
    logo = tmp_path / "logo.png"
    logo.write_bytes(png_bytes(lb.resize_w(reference_images["fr"], 140)))
    icon = tmp_path / "chat.png"
    icon.write_bytes(png_bytes(lb.decoy_chat_icons(lb.random.Random(1))[0][1]))
    tiny = tmp_path / "tiny.gif"
    tiny.write_bytes(png_bytes(Image.new("P", (1, 1)), "GIF"))

    res = run("--json", str(logo))
    assert res.exit_code == 0
    (line,) = res.output.splitlines()
    obj = json.loads(line)
    assert obj["path"] == str(logo) and obj["matched"] is True and obj["reference"].startswith("fr")
    assert isinstance(obj["distance"], float) and 0 <= obj["distance"] <= 1
    assert set(obj) == {"path", "matched", "reference", "distance", "reason"}

    res = run(str(logo), str(icon), str(tiny), "--json")
    assert res.exit_code == 1
    lines = [json.loads(x) for x in res.output.splitlines()]
    assert [x["path"] for x in lines] == [str(logo), str(icon), str(tiny)]
    assert lines[1]["matched"] is False and lines[1]["reference"] is None and lines[1]["reason"] is None
    assert lines[2]["matched"] is False and lines[2]["reason"] == "too small"


def test_human_output(tmp_path, reference_images):
    p = tmp_path / "x.png"
    p.write_bytes(png_bytes(reference_images["de-inverse"]))
    res = run(str(p))
    assert res.exit_code == 0 and "complaints logo, reference de-inverse" in res.output


def test_usage_errors_exit_2(tmp_path):
    assert run().exit_code == 2
    assert run(str(tmp_path / "missing.png")).exit_code == 2
    assert run("add").exit_code == 2
    assert run("add", "--from-page", "http://x", str(tmp_path)).exit_code == 2


def test_stdin(reference_images):
    res = CliRunner().invoke(logo_command, ["--json", "-"], input=png_bytes(reference_images["en"]))
    assert res.exit_code == 0 and json.loads(res.output)["reference"].startswith("en")


def test_add_file_replaces_the_stand_ins_of_its_kind(ref_dir, tmp_path):
    official = tmp_path / "klachtenlogo-nl.png"
    official.write_bytes(png_bytes(_official_stand_in()))
    # Before: the stand-ins do not know this artwork.
    assert LogoMatcher.load(ref_dir).match_file(official).matched is False

    res = run("add", str(official), "--references", str(ref_dir), "--source", "BOSA download (test)")
    assert res.exit_code == 0, res.output
    assert "added reference nl-official (nl, colour)" in res.output
    assert "replaced stand-ins: nl, nl-svg" in res.output

    m = load_manifest(ref_dir)
    ref = m.find("nl-official")
    assert ref and ref.language == "nl" and not ref.inverse and not ref.stand_in
    assert ref.source == "BOSA download (test)" and ref.hashes and ref.detail and ref.aspect > 0
    assert (ref_dir / ref.file).read_bytes() == official.read_bytes()
    assert m.find("nl") is None and m.find("nl-svg") is None and m.find("nl-inverse") is not None

    matcher = LogoMatcher.load(ref_dir)
    again = matcher.match_bytes(png_bytes(lb.resize_w(_official_stand_in(), 280)))
    assert again.matched and again.reference == "nl-official"
    other = matcher.match_bytes(png_bytes(_official_stand_in("Vragen over", "onze diensten?")))
    assert not other.matched
    # The real manifest was not touched.
    assert load_manifest().find("nl-official") is None


def test_add_detects_the_white_on_black_version_and_needs_a_language(ref_dir, tmp_path):
    inv = tmp_path / "logo.png"
    inv.write_bytes(png_bytes(lb.invert(_official_stand_in())))
    assert run("add", str(inv), "--references", str(ref_dir)).exit_code == 2  # no language
    res = run("add", str(inv), "--language", "fr", "--references", str(ref_dir))
    assert res.exit_code == 0 and "fr-inverse-official (fr, white-on-black)" in res.output
    assert "replaced stand-ins: fr-inverse" in res.output


def test_add_refuses_a_non_image(ref_dir, tmp_path):
    bad = tmp_path / "logo-fr.png"
    bad.write_bytes(b"<html>not an image</html>")
    res = run("add", str(bad), "--references", str(ref_dir))
    assert res.exit_code == 1 and "not usable" in res.output
    assert [p.name for p in ref_dir.iterdir() if p.name.startswith(".adding")] == []


def test_add_from_page_on_loopback(ref_dir, loopback):
    logo = png_bytes(_official_stand_in())
    chat = png_bytes(lb.decoy_chat_icons(lb.random.Random(2))[3][1])
    photo = png_bytes(lb.decoy_page_images(lb.random.Random(2))[0][1].convert("RGB"), "JPEG")
    page = f"""<!doctype html><html lang="nl"><body>
      <header><img src="/img/chat.png" alt="Chat met ons"></header>
      <main><p>Adres: Wetstraat 1, 1000 Brussel</p><img src="/img/foto.jpg" alt="Ons gebouw"></main>
      <footer><img src="/img/logo-klachten.png" alt="Klachten over onze dienstverlening? (logo)"></footer>
      </body></html>""".encode()
    server = loopback({"/nl/contact": ("text/html; charset=utf-8", page), "/img/chat.png": ("image/png", chat),
                       "/img/foto.jpg": ("image/jpeg", photo), "/img/logo-klachten.png": ("image/png", logo)})

    refused = run("add", "--from-page", f"{server.url}/nl/contact", "--references", str(ref_dir))
    assert refused.exit_code == 1 and "private or local" in refused.output
    assert server.requests == []

    res = run("add", "--from-page", f"{server.url}/nl/contact", "--allow-private", "--references", str(ref_dir))
    assert res.exit_code == 0, res.output
    assert "picked" in res.output and "logo-klachten.png" in res.output
    assert "alt/title/file name names the complaints logo" in res.output
    ref = load_manifest(ref_dir).find("nl-official")
    assert ref is not None and (ref_dir / ref.file).read_bytes() == logo
    assert f"{server.url}/img/logo-klachten.png" in ref.source
    assert set(server.requests) == {"/nl/contact", "/img/chat.png", "/img/foto.jpg", "/img/logo-klachten.png"}

    # Now that it is a reference, the same page is recognised by its pixels alone.
    server.files["/nl/contact"] = ("text/html", page.replace(b"Klachten over onze dienstverlening? (logo)", b"")
                                   .replace(b"logo-klachten", b"img-0042"))
    server.files["/img/img-0042.png"] = ("image/png", png_bytes(lb.resize_w(_official_stand_in(), 140)))
    res = run("add", "--from-page", f"{server.url}/nl/contact", "--allow-private", "--references", str(ref_dir),
              "--variant", "nl-official-small")
    assert res.exit_code == 0 and "matches an existing reference" in res.output


def test_add_from_page_without_a_logo_fails(ref_dir, loopback):
    page = b'<html><body><img src="/chat.png" alt="Chat"></body></html>'
    chat = png_bytes(lb.decoy_chat_icons(lb.random.Random(2))[1][1])
    server = loopback({"/": ("text/html", page), "/chat.png": ("image/png", chat)})
    res = run("add", "--from-page", server.url + "/", "--allow-private", "--language", "fr",
              "--references", str(ref_dir))
    assert res.exit_code == 1 and "no image on the page looks like the complaints logo" in res.output


def test_rehash_and_list(ref_dir):
    res = run("rehash", "--references", str(ref_dir))
    assert res.exit_code == 0 and "rehashed 12 references" in res.output
    res = run("list", "--references", str(ref_dir))
    assert res.exit_code == 0 and "fr-inverse" in res.output and "stand-in" in res.output
