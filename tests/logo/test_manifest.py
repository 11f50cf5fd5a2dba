"""The manifest: data, not code; stale hashes are recomputed; bad manifests are refused."""

from __future__ import annotations

import doctest
import importlib
import json

import pytest

from rules.logo.manifest import (
    SCHEMA, Manifest, ManifestError, load_manifest, manifest_path, recompute_hashes, save_manifest,
)
from rules.logo.matcher import LogoMatcher

MODULES = ["manifest", "decode", "svg", "normalise", "segment", "hashing", "matcher", "candidates",
           "fetch", "cli", "frompage"]


def test_bundled_manifest_is_complete_and_fresh(manifest):
    assert manifest.references and not manifest.stale()  # hashes precomputed with current parameters
    for ref in manifest.references:
        assert manifest.path_of(ref).is_file()
        assert ref.language in ("fr", "nl", "de", "en") and ref.hashes and ref.detail
    assert {r.language for r in manifest.references} == {"fr", "nl", "de", "en"}
    assert {r.inverse for r in manifest.references} == {True, False}
    t = manifest.thresholds
    assert 0 < t.match < t.near < 1 and 0 < t.detail < 1


def test_roundtrip(ref_dir):
    m = load_manifest(ref_dir)
    before = json.loads(manifest_path(ref_dir).read_text())
    save_manifest(m)
    assert json.loads(manifest_path(ref_dir).read_text()) == before


def test_stale_hashes_are_recomputed_at_load(ref_dir):
    path = manifest_path(ref_dir)
    data = json.loads(path.read_text())
    data["hashing"]["regions"][0]["hash_size"] = 12
    for ref in data["references"]:
        ref["hashes"] = {}
    path.write_text(json.dumps(data))
    m = load_manifest(ref_dir)
    assert len(m.stale()) == len(m.references)
    matcher = LogoMatcher.load(ref_dir)
    ref = matcher.manifest.references[0]
    assert matcher.match_file(matcher.manifest.path_of(ref)).reference == ref.variant
    assert recompute_hashes(m) and not m.stale()


def test_replaced_file_is_noticed_by_rehash(ref_dir, reference_images):
    m = load_manifest(ref_dir)
    ref = m.find("en")
    (ref_dir / ref.file).unlink()
    (ref_dir / ref.file).write_bytes((ref_dir / m.find("fr").file).read_bytes())
    assert recompute_hashes(m, only_stale=True) == ["en"]


@pytest.mark.parametrize("broken, message", [
    ({"schema": "other"}, "schema"),
    ({"schema": SCHEMA, "references": []}, "missing section"),
])
def test_bad_manifests_are_refused(broken, message):
    with pytest.raises(ManifestError, match=message):
        Manifest.from_dict(broken)


def test_bad_sections_are_refused(manifest):
    d = manifest.to_dict()
    d["hashing"]["regions"] = [{"name": "x", "top": 0.5, "bottom": 0.2, "hash_size": 8}]
    with pytest.raises(ManifestError, match="hashing"):
        Manifest.from_dict(d)
    d = manifest.to_dict()
    d["references"].append(dict(d["references"][0]))
    with pytest.raises(ManifestError, match="duplicate"):
        Manifest.from_dict(d)
    d = manifest.to_dict()
    del d["limits"]["max_pixels"]
    with pytest.raises(ManifestError, match="limits"):
        Manifest.from_dict(d)


def test_missing_manifest(tmp_path):
    with pytest.raises(ManifestError, match="not found"):
        load_manifest(tmp_path)


@pytest.mark.parametrize("name", MODULES)
def test_docstring_examples(name):
    """Every module documents a passing and a failing example; they must be true."""
    module = importlib.import_module(f"rules.logo.{name}")
    doc = module.__doc__ or ""
    assert "Passing example" in doc and "Failing example" in doc, name
    result = doctest.testmod(module, optionflags=doctest.ELLIPSIS)
    assert result.failed == 0
