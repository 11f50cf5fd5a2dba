"""`complaint-lint report RUN_DIR --format ... --lang ...` renders again from
report.json, with no network and no crawl."""

from __future__ import annotations

import json

import lxml.html


def test_report_renders_every_format_in_the_chosen_language(hostile_run, cli, tmp_path):
    run, _ = hostile_run
    out = tmp_path / "again"
    result = cli("report", str(run), "--format", "all", "--lang", "nl", "--out", str(out), "--quiet")
    assert result.returncode == 0, result.stderr
    written = result.stdout.split()
    assert written == [str(out / name) for name in ("index.html", "report.nl.csv", "report.nl.junit.xml",
                                                     "report.nl.md")]
    assert lxml.html.fromstring((out / "index.html").read_bytes()).get("lang") == "nl"
    assert (out / "report.nl.md").read_text().startswith("# complaint-lint-rapport")
    assert list((out / "assets" / "img").glob("*.png"))  # thumbnails read from RUN_DIR's snapshots
    assert result.stderr == ""  # --quiet: no summary


def test_report_html_by_default_and_one_format_at_a_time(hostile_run, cli, tmp_path):
    run, _ = hostile_run
    result = cli("report", str(run), "--out", str(tmp_path / "html"))
    assert result.returncode == 0, result.stderr
    assert sorted(p.name for p in (tmp_path / "html").iterdir()) == \
        ["assets", "index.en.html", "index.fr.html", "index.html", "index.nl.html", "sites"]
    assert "complaint-lint summary" in result.stderr
    result = cli("report", str(run), "--format", "csv", "--format", "junit", "--lang", "fr",
                 "--out", str(tmp_path / "ci"), "-v")
    assert result.returncode == 0, result.stderr
    assert sorted(p.name for p in (tmp_path / "ci").iterdir()) == ["report.fr.csv", "report.fr.junit.xml"]
    assert "complaint-form" in result.stderr  # --verbose: every rule


def test_report_refuses_a_missing_or_invalid_report(cli, tmp_path):
    assert cli("report", str(tmp_path)).returncode == 2
    (tmp_path / "report.json").write_text(json.dumps({"schema": "complaint-lint/report/1"}))
    result = cli("report", str(tmp_path))
    assert result.returncode == 2 and "not a valid report" in result.stderr
    result = cli("report", str(tmp_path), "--format", "pdf")
    assert result.returncode == 2


def test_a_broken_renderer_does_not_lose_the_other_reports_of_a_scan(hostile_run, tmp_path, monkeypatch, capsys):
    import pytest

    import reports.html
    from crawler.cli import _write_human_reports

    _, report = hostile_run

    def broken(*args, **kwargs):
        raise RuntimeError("template bug")

    monkeypatch.setattr(reports.html, "write_html", broken)
    written = _write_human_reports(report, tmp_path)
    assert [p.name for p in written] == ["report.csv", "report.junit.xml", "report.md"]
    assert "the html report could not be written (RuntimeError: template bug)" in capsys.readouterr().err
    with pytest.raises(RuntimeError):
        _write_human_reports(report, tmp_path, strict=True)
