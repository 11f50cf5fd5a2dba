"""Fixtures for the logo tests: the matcher, a scratch copy of the references, and a
loopback HTTP server that logs every request (to prove what was, or was not, fetched)."""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

import pytest
from PIL import Image

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:  # `bench` is not an installed package
    sys.path.insert(0, str(ROOT))

from logo_helpers import LoopbackServer  # noqa: E402
from rules.logo.decode import decode_image  # noqa: E402
from rules.logo.manifest import REFERENCE_DIR, load_manifest  # noqa: E402
from rules.logo.matcher import LogoMatcher  # noqa: E402


@pytest.fixture(scope="session")
def matcher() -> LogoMatcher:
    return LogoMatcher.load()


@pytest.fixture(scope="session")
def manifest():
    return load_manifest()


@pytest.fixture(scope="session")
def reference_images(manifest) -> dict[str, Image.Image]:
    """variant -> decoded RGBA reference image."""
    out = {}
    for ref in manifest.references:
        dec = decode_image(manifest.path_of(ref).read_bytes(), manifest.limits)
        assert dec.image is not None, ref.file
        out[ref.variant] = dec.image
    return out


@pytest.fixture
def ref_dir(tmp_path) -> Path:
    """A scratch copy of logo_reference/ (tests never touch the real manifest)."""
    target = tmp_path / "logo_reference"
    shutil.copytree(REFERENCE_DIR, target, ignore=shutil.ignore_patterns("__pycache__", "__init__.py"))
    for p in target.iterdir():
        p.chmod(0o644)
    return target


@pytest.fixture
def loopback():
    servers: list[LoopbackServer] = []

    def start(files: dict[str, tuple[str, bytes]]) -> LoopbackServer:
        s = LoopbackServer(files).__enter__()
        servers.append(s)
        return s

    yield start
    for s in servers:
        s.__exit__(None, None, None)
