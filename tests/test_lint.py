"""`complaint-lint lint`: stored snapshots re-linted with no network."""

import io
import shutil
import subprocess

import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from tests.conftest import TEST_SITES


def test_lint_our_own_warc_gives_the_same_verdicts(sites, cli):
    scanned = cli("scan", sites.urls["lang-splash"], "--allow-private", "--quiet")
    warc = scanned.out / scanned.site()["snapshot"]
    relinted = cli("lint", str(warc), "--quiet")
    assert relinted.returncode == 0, relinted.stderr
    site = relinted.site()
    assert site["url"] == sites.urls["lang-splash"]
    assert site["languages"] == scanned.site()["languages"]
    assert site["requests"] == scanned.site()["requests"]
    assert [(r["id"], r["languages"]) for r in site["rules"]] == \
        [(r["id"], r["languages"]) for r in scanned.site()["rules"]]
    assert site["pages"]["nl"]["complaint"][0]["click_path"] == \
        scanned.site()["pages"]["nl"]["complaint"][0]["click_path"]


def _foreign_warc(path, base):
    """A WARC as another archiver writes it: request + response records, gzip
    content-encoding kept, no complaint-lint metadata."""
    import gzip
    pages = {
        "": '<html lang="nl"><body><a href="/klachten.html">Klachten</a> <a href="/contact.html">Contact</a></body></html>',
        "klachten.html": '<html lang="nl"><title>Klachtenbeheer</title><body><main><h1>Klachten</h1>'
                         '<p>U kunt uw klacht indienen via het formulier. De klachtendienst behandelt ze.</p>'
                         '<p>Niet tevreden? U kunt terecht bij de federale Ombudsman.</p></main></body></html>',
        "contact.html": '<html lang="nl"><title>Contact</title><body><p>Wetstraat 1, 1000 Brussel</p></body></html>',
    }
    with open(path, "wb") as fh:
        writer = WARCWriter(fh, gzip=True)
        for rel, html in pages.items():
            body = gzip.compress(html.encode())
            headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8"),
                                                  ("Content-Encoding", "gzip"),
                                                  ("Content-Length", str(len(body)))], protocol="HTTP/1.1")
            writer.write_record(writer.create_warc_record(base + rel, "request", payload=io.BytesIO(b""),
                                                          http_headers=StatusAndHeaders("GET / HTTP/1.1", [],
                                                                                        is_http_request=True)))
            writer.write_record(writer.create_warc_record(base + rel, "response", payload=io.BytesIO(body),
                                                          http_headers=headers))


def test_lint_a_foreign_warc(cli, tmp_path):
    warc = tmp_path / "other.warc.gz"
    _foreign_warc(warc, "https://agency.example/")
    result = cli("lint", str(warc), "--quiet")
    assert result.returncode == 0, result.stderr
    site = result.site()
    assert site["status"] == "ok" and site["languages"] == ["nl"]
    assert result.rule("second-line-ombudsman")["status"] == "pass"
    assert result.rule("complaint-procedure")["status"] == "pass"
    assert site["pages"]["nl"]["complaint"][0]["click_path"][-1][1] == "Klachten"


@pytest.mark.skipif(shutil.which("wget") is None, reason="wget is not installed")
def test_lint_a_warc_made_by_wget(sites, cli, tmp_path):
    base = sites.urls["lang-switcher"]
    subprocess.run(["wget", "--quiet", "--recursive", "--level=2", "--no-parent", "--delete-after",
                    f"--warc-file={tmp_path / 'site'}", "--no-warc-keep-log", "-e", "robots=off", base],
                   cwd=tmp_path, timeout=120, check=False)
    result = cli("lint", str(tmp_path / "site.warc.gz"), "--quiet")
    assert result.returncode == 0, result.stderr
    site = result.site()
    assert site["languages"] == ["fr", "nl"]
    assert result.rule("complaint-procedure")["languages"] == {"fr": "pass", "nl": "pass"}


def test_lint_a_folder_of_html(cli):
    result = cli("lint", str(TEST_SITES / "lang-splash"), "--quiet")
    assert result.returncode == 0, result.stderr
    site = result.site()
    assert site["status"] == "ok"
    assert site["languages"] == ["fr", "nl", "de", "en"]
    assert result.rule("second-line-ombudsman")["status"] == "pass"


def test_lint_bad_inputs_are_findings_or_usage_errors(cli, tmp_path):
    assert cli("lint", str(tmp_path / "nope.warc"), "--quiet").returncode == 2
    junk = tmp_path / "junk.warc.gz"
    junk.write_bytes(b"this is not a warc")
    result = cli("lint", str(junk), "--quiet")
    assert result.returncode == 0
    assert result.site()["status"] == "error" and "WARC" in result.site()["reason"]
    empty = tmp_path / "empty"
    empty.mkdir()
    assert cli("lint", str(empty), "--quiet").site()["status"] == "error"
