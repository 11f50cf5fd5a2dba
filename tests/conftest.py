"""Shared fixtures: loopback site servers and a CLI runner (a subprocess, because
Scrapy's reactor cannot restart inside one process)."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
from pathlib import Path

import pytest

from examples.siteserver import SiteServer

ROOT = Path(__file__).resolve().parent.parent
TEST_SITES = ROOT / "tests" / "sites"
EXAMPLE_SITES = ROOT / "examples" / "sites"


@pytest.fixture(scope="session")
def sites():
    """Every folder of tests/sites on its own loopback port."""
    with SiteServer(TEST_SITES) as server:
        yield server


@pytest.fixture(scope="session")
def example_sites():
    with SiteServer(EXAMPLE_SITES) as server:
        yield server


@pytest.fixture
def closed_port() -> int:
    """A loopback port nobody listens on."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class CliResult:
    def __init__(self, proc: subprocess.CompletedProcess, out: Path | None):
        self.returncode = proc.returncode
        self.stdout = proc.stdout
        self.stderr = proc.stderr
        self.out = out

    @property
    def report(self) -> dict:
        return json.loads((self.out / "report.json").read_text(encoding="utf-8"))

    def site(self, index: int = 0) -> dict:
        return self.report["sites"][index]

    def rule(self, rule_id: str, index: int = 0) -> dict:
        return next(r for r in self.site(index)["rules"] if r["id"] == rule_id)


@pytest.fixture
def cli(tmp_path):
    """Run ``complaint-lint ARGS``; ``--out`` defaults to a fresh folder."""

    def run(*args: str, out: Path | None = None, timeout: float = 180) -> CliResult:
        args = list(args)
        if out is None and args and args[0] in ("scan", "lint"):
            out = tmp_path / f"out-{len(list(tmp_path.iterdir()))}"
            args += ["--out", str(out)]
        env = dict(os.environ, COLUMNS="200", PYTHONWARNINGS="ignore")
        proc = subprocess.run([sys.executable, "-m", "crawler.cli", *args], capture_output=True, text=True,
                              timeout=timeout, env=env, cwd=ROOT)
        return CliResult(proc, out)

    return run
