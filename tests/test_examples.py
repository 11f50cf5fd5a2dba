"""The bundled example sites, scanned in one run as `make demo` does, against the
verdicts a human auditor wrote down in examples/expected.yml."""

from __future__ import annotations

import json
import subprocess
import sys
from urllib.parse import urlsplit

import pytest
import yaml

from tests.conftest import ROOT

EXPECTED = yaml.safe_load((ROOT / "examples" / "expected.yml").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def demo(example_sites, tmp_path_factory):
    """One scan of every example site; the per-site auth column unlocks the staging site."""
    out = tmp_path_factory.mktemp("demo")
    listing = example_sites.write_listing(out / "sites.csv", auth=True)
    proc = subprocess.run([sys.executable, "-m", "crawler.cli", "scan", "--sites", str(listing), "--out", str(out),
                           "--allow-private", "--quiet"], capture_output=True, text=True, timeout=600, cwd=ROOT)
    assert proc.returncode == 0, proc.stderr
    report = json.loads((out / "report.json").read_text())
    names = {url: name for name, url in example_sites.urls.items()}
    by_name = {names[site["url"]]: site for site in report["sites"]}
    return by_name, example_sites


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_example_site_languages_and_pages(demo, name):
    sites, server = demo
    site, expected = sites[name], EXPECTED[name]
    assert site["status"] == "ok", site.get("reason")
    assert sorted(site["languages"]) == sorted(expected["languages"])
    for lang in expected["languages"]:
        found = site["pages"][lang]
        contact = urlsplit(found["contact"]["url"]).path if found["contact"] else None
        assert contact == expected["contact"][lang], lang
        complaint_paths = [urlsplit(p["url"]).path for p in found["complaint"]]
        if expected["complaints"][lang]:
            assert expected["complaints"][lang] in complaint_paths, (lang, complaint_paths)
        else:
            assert complaint_paths == [], lang
    for path in expected.get("never_request") or []:
        assert not [p for p in server.requests[name] if p.startswith(path)], path


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_example_site_verdicts(demo, name):
    """Every implemented rule agrees with the auditor in every language."""
    sites, _ = demo
    site, expected = sites[name], EXPECTED[name]
    rules = {rule["id"]: rule for rule in site["rules"]}
    assert sorted(rules) == sorted(expected["expected"])
    mismatches = []
    for rule in rules.values():
        for lang, want in expected["expected"][rule["id"]].items():
            got = rule["languages"].get(lang)
            if got != want:
                why = [f["message"] for f in rule["findings"] if f["language"] == lang]
                mismatches.append((rule["id"], lang, want, got, why))
    assert not mismatches
