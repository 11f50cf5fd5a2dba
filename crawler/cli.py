"""The ``complaint-lint`` command line (see README.md for the contract).

Exit codes: 0 done, 1 a site scored under --fail-under (or could not be
scored), 2 usage error.
"""

from __future__ import annotations

import sys
from pathlib import Path

import click
from rich.console import Console

from crawler import __version__
from crawler.targets import TargetError, prepare_targets, read_sites_csv
from rules.logo.cli import logo_command

EXIT_BELOW_THRESHOLD = 1


def _console(quiet: bool) -> Console:
    return Console(stderr=True, quiet=quiet)


REPORT_FORMATS = ("html", "csv", "junit", "md")


def _write_human_reports(report: dict, out_dir: Path, lang: str = "en", run_dir: Path | None = None,
                         formats: tuple[str, ...] = REPORT_FORMATS, suffix: str = "",
                         strict: bool = False) -> list[Path]:
    """The human reports beside report.json: index.html (its site pages and assets),
    report.csv, report.junit.xml and report.md (``report<suffix>.*``). Logo thumbnails
    are read from the snapshots of ``run_dir`` (default: ``out_dir``).

    Unless ``strict``, a format that fails is reported on stderr and the others are still
    written: report.json is already safe, and `complaint-lint report` can render again."""
    from reports.csv_report import write_csv
    from reports.html import write_html
    from reports.junit_report import write_junit
    from reports.markdown import render_markdown

    def markdown(path: Path) -> Path:
        path.write_text(render_markdown(report, lang), encoding="utf-8")
        return path

    writers = {"html": lambda: write_html(report, out_dir, run_dir or out_dir, lang),
               "csv": lambda: write_csv(report, out_dir / f"report{suffix}.csv", lang),
               "junit": lambda: write_junit(report, out_dir / f"report{suffix}.junit.xml", lang),
               "md": lambda: markdown(out_dir / f"report{suffix}.md")}
    out_dir.mkdir(parents=True, exist_ok=True)
    written = []
    for fmt in formats:
        try:
            written.append(writers[fmt]())
        except Exception as exc:  # noqa: BLE001 - one broken renderer must not lose the run's result
            if strict:
                raise
            click.echo(f"complaint-lint: the {fmt} report could not be written ({type(exc).__name__}: {exc}); "
                       f"render it again with `complaint-lint report {out_dir} --format {fmt}`", err=True)
    return written


def _finish(report: dict, out_dir: Path, fail_under: float | None, quiet: bool, verbose: bool,
            lang: str = "en") -> None:
    from reports.json_report import write_report
    from reports.terminal import print_summary
    console = _console(quiet)
    target = write_report(report, out_dir)
    written = _write_human_reports(report, out_dir, lang)
    print_summary(report, console, verbose)
    console.print(f"report: {target}" + "".join(f", {p}" for p in written), highlight=False)
    if fail_under is not None:
        low = [s for s in report["sites"] if s["score"] is None or s["score"] < fail_under]
        if low:
            for site in low:
                console.print(f"[red]below {fail_under:g}:[/] {site['url']} "
                              f"({'no score: ' + site['status'] if site['score'] is None else site['score']})",
                              highlight=False)
            sys.exit(EXIT_BELOW_THRESHOLD)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="complaint-lint")
def cli() -> None:
    """Check administrations' websites against the complaint-management criteria
    of Belgian circular 23289."""


@cli.command()
@click.argument("urls", nargs=-1)
@click.option("--out", "out_dir", required=True, type=click.Path(file_okay=False, path_type=Path),
              help="Folder for report.json, the human reports and the snapshots.")
@click.option("--sites", "sites_file", type=click.Path(dir_okay=False, path_type=Path),
              help="CSV file with a 'url' column: every row is scanned.")
@click.option("--allow-private", is_flag=True, help="Permit targets on loopback/private addresses (staging).")
@click.option("--ignore-robots", is_flag=True, help="Do not obey robots.txt (only for your own site).")
@click.option("--auth", metavar="USER:PASSWORD",
              help="HTTP basic auth for a staging site (a --sites CSV may give an auth column per site).")
@click.option("--fail-under", type=click.FloatRange(0, 100), help="Exit 1 when a site scores below N.")
@click.option("--budget", type=click.IntRange(1, 10000), default=60, show_default=True,
              help="Maximum HTTP requests per site (robots.txt and images included).")
@click.option("--depth", type=click.IntRange(1, 20), default=4, show_default=True,
              help="Maximum clicks from the home page of each language version.")
@click.option("--parallel", type=click.IntRange(1, 64), default=8, show_default=True,
              help="Sites crawled at the same time.")
@click.option("--timeout", type=click.FloatRange(1, 300), default=20, show_default=True,
              help="Seconds before a request is abandoned.")
@click.option("--lang", type=click.Choice(["fr", "nl", "en"]), default="en", show_default=True,
              help="Language of the human reports (the HTML report can switch).")
@click.option("-q", "--quiet", is_flag=True, help="No progress or summary on the terminal.")
@click.option("-v", "--verbose", is_flag=True, help="Show every rule in the summary.")
def scan(urls, out_dir, sites_file, allow_private, ignore_robots, auth, fail_under, budget, depth, parallel,
         timeout, lang, quiet, verbose):
    """Crawl websites and write DIR/report.json with the human reports beside it."""
    from crawler.evaluate import evaluate_snapshot
    from crawler.runner import ScanOptions, crawl_sites
    from crawler.snapshot import SnapshotError, read_snapshot
    from reports.json_report import build_report, site_entry
    from reports.terminal import CrawlProgress

    raw = list(urls)
    try:
        if sites_file:
            raw += read_sites_csv(sites_file)
        if not raw:
            raise click.UsageError("give at least one URL or --sites FILE")
        if auth is not None and ":" not in auth:
            raise click.UsageError("--auth takes USER:PASSWORD")
        targets = prepare_targets(raw, allow_private, auth)
    except TargetError as exc:
        raise click.UsageError(str(exc)) from None
    if all(t.refused for t in targets):
        raise click.UsageError("; ".join(t.refused for t in targets))

    out_dir.mkdir(parents=True, exist_ok=True)
    console = _console(quiet)
    for target in targets:
        if target.refused:
            console.print(f"[yellow]skipped[/] {target.given}: {target.refused}", highlight=False)
    to_crawl = [t for t in targets if not t.refused]
    options = ScanOptions(out_dir=out_dir, budget=budget, depth_limit=depth, allow_private=allow_private,
                          ignore_robots=ignore_robots, parallel_sites=parallel, timeout=timeout)
    with CrawlProgress(len(to_crawl), console, enabled=not quiet) as progress:
        outcomes = crawl_sites([(t.url, t.auth) for t in to_crawl], options, on_event=progress.event)
    by_url = {o.url: o for o in outcomes}

    sites = []
    for target in targets:
        if target.refused:
            sites.append(site_entry(target.given, {"status": "error", "reason": target.refused, "requests": 0}))
            continue
        outcome = by_url[target.url]
        facts = dict(outcome.facts)
        if outcome.snapshot is None:
            sites.append(site_entry(target.given, facts))
            continue
        relative = str(outcome.snapshot.relative_to(out_dir))
        try:
            snapshot = read_snapshot(outcome.snapshot)
        except SnapshotError as exc:
            facts.update(status="error", reason=str(exc)) if facts.get("status") == "ok" else None
            sites.append(site_entry(target.given, facts, snapshot_path=relative))
            continue
        sites.append(evaluate_snapshot(snapshot, url=target.given, facts=facts, snapshot_path=relative))
    _finish(build_report(sites), out_dir, fail_under, quiet, verbose, lang)


@cli.command()
@click.argument("snapshots", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--out", "out_dir", required=True, type=click.Path(file_okay=False, path_type=Path))
@click.option("--fail-under", type=click.FloatRange(0, 100), help="Exit 1 when a site scores below N.")
@click.option("--lang", type=click.Choice(["fr", "nl", "en"]), default="en", show_default=True,
              help="Language of the human reports (the HTML report can switch).")
@click.option("-q", "--quiet", is_flag=True)
@click.option("-v", "--verbose", is_flag=True)
def lint(snapshots, out_dir, fail_under, lang, quiet, verbose):
    """Lint stored snapshots (WARC files, wget's included, or folders of HTML) with no network."""
    from crawler.evaluate import lint_path
    from reports.json_report import build_report
    missing = [str(p) for p in snapshots if not p.exists()]
    if missing:
        raise click.UsageError(f"no such file or folder: {', '.join(missing)}")
    _finish(build_report([lint_path(p) for p in snapshots]), out_dir, fail_under, quiet, verbose, lang)


@cli.command()
@click.argument("run_dir", type=click.Path(file_okay=False, path_type=Path))
@click.option("--format", "formats", type=click.Choice([*REPORT_FORMATS, "all"]), multiple=True,
              default=("html",), show_default=True,
              help="html (index.html, its site pages and assets), csv, junit or md; repeat it, or 'all'.")
@click.option("--lang", type=click.Choice(["fr", "nl", "en"]), default="en", show_default=True,
              help="Language of the reports (the HTML report opens in it and can switch).")
@click.option("--out", "out_dir", type=click.Path(file_okay=False, path_type=Path),
              help="Folder to write into (default: RUN_DIR).")
@click.option("-q", "--quiet", is_flag=True, help="No summary on the terminal; only the files written.")
@click.option("-v", "--verbose", is_flag=True, help="Show every rule in the summary.")
def report(run_dir, formats, lang, out_dir, quiet, verbose):
    """Render the reports again from RUN_DIR/report.json, with no network.

    Writes index.html (with index.fr.html, index.nl.html, index.en.html, sites/ and
    assets/) and report.LANG.csv, report.LANG.junit.xml, report.LANG.md."""
    import jsonschema
    from reports.json_report import read_report, validate
    from reports.terminal import print_summary
    source = run_dir / "report.json"
    if not source.is_file():
        raise click.UsageError(f"{source} does not exist: run `complaint-lint scan` first")
    try:
        data = read_report(source)
        validate(data)
    except (ValueError, jsonschema.ValidationError) as exc:
        raise click.UsageError(f"{source} is not a valid report: {str(exc).splitlines()[0]}") from None
    chosen = REPORT_FORMATS if "all" in formats else tuple(dict.fromkeys(formats))
    written = _write_human_reports(data, out_dir or run_dir, lang, run_dir=run_dir, formats=chosen,
                                   suffix=f".{lang}", strict=True)
    print_summary(data, _console(quiet), verbose)
    for path in written:
        click.echo(str(path))


cli.add_command(logo_command, "logo")


def main() -> None:
    try:
        cli(prog_name="complaint-lint")
    except OSError as exc:  # an unwritable --out, a full disk: say so, no traceback
        click.echo(f"complaint-lint: error: {exc.strerror or exc}: {exc.filename or ''}".rstrip(": "), err=True)
        sys.exit(2)


if __name__ == "__main__":
    main()
