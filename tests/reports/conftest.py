"""Fixtures of the report tests: a run folder whose report.json is full of hostile
content, and one of three example sites, each rendered once in every format."""

from __future__ import annotations

import subprocess
import sys

import pytest

from crawler.cli import _write_human_reports
from reports.json_report import read_report, write_report
from tests.conftest import ROOT
from tests.reports.hostile import hostile_report

EXAMPLES = ["examples/sites/federal-mobility", "examples/sites/science-museum", "examples/sites/noncompliant-agency"]


@pytest.fixture(scope="session")
def hostile_run(tmp_path_factory):
    """(run folder, report): report.json, index.html and the rest, as `scan` writes them (in French)."""
    run = tmp_path_factory.mktemp("hostile-run")
    report = hostile_report(run)
    write_report(report, run)
    _write_human_reports(report, run, "fr")
    return run, report


@pytest.fixture(scope="session")
def lint_run(tmp_path_factory):
    """Three example sites linted from their folders, as `complaint-lint lint` writes them."""
    out = tmp_path_factory.mktemp("lint-run")
    proc = subprocess.run([sys.executable, "-m", "crawler.cli", "lint", *EXAMPLES, "--out", str(out), "--quiet"],
                          capture_output=True, text=True, timeout=300, cwd=ROOT)
    assert proc.returncode == 0, proc.stderr
    return out, read_report(out / "report.json")
