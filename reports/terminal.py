"""Terminal output: progress while crawling, a summary table per run (rich, on stderr).
``--quiet`` gives a quiet console (nothing printed); ``--verbose`` adds every rule
with its verdict per language. Text from the report (URLs, reasons) is escaped, so
brackets in a scanned URL are printed, never read as rich markup.

    >>> import io
    >>> console = Console(width=100, file=io.StringIO(), color_system=None)
    >>> print_summary({"sites": [{"url": "https://x.be/[red]", "status": "unreachable", "score": None,
    ...     "languages": [], "requests": 1, "rules": [], "reason": "DNS [/]"}]}, console)
    >>> text = console.file.getvalue()
    >>> "https://x.be/[red]" in text, "DNS [/]" in text
    (True, True)
"""

from __future__ import annotations

from rich.console import Console
from rich.markup import escape
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

STYLE = {"pass": "green", "partial": "yellow", "fail": "red", "error": "magenta",
         "ok": "green", "unreachable": "red", "robots_disallowed": "yellow"}


class CrawlProgress:
    """Sites done and requests made, updated from the crawl's events."""

    def __init__(self, total: int, console: Console, enabled: bool = True):
        self.total = total
        self.requests = 0
        self.enabled = enabled
        self.console = console
        self.progress = Progress(TextColumn("[bold]scanning"), BarColumn(), MofNCompleteColumn(),
                                 TextColumn("sites · {task.fields[requests]} requests"), TimeElapsedColumn(),
                                 console=console, transient=False, disable=not enabled)
        self.task = self.progress.add_task("scan", total=total, requests=0)

    def __enter__(self):
        self.progress.__enter__()
        return self

    def __exit__(self, *exc):
        self.progress.__exit__(*exc)

    def event(self, kind: str, url: str, facts: dict) -> None:
        if kind == "request":
            self.requests += 1
            self.progress.update(self.task, requests=self.requests)
        elif kind == "done":
            self.progress.advance(self.task)
            if self.enabled:
                status = facts.get("status", "?")
                self.progress.console.print(f"  [{STYLE.get(status, 'white')}]{escape(status):<17}[/] {escape(url)} "
                                            f"({facts.get('requests', 0)} requests)", highlight=False)


def summary_table(report: dict, verbose: bool = False) -> Table:
    table = Table(title="complaint-lint summary", show_lines=False)
    table.add_column("site", overflow="fold", min_width=20)
    table.add_column("status")
    table.add_column("score", justify="right")
    table.add_column("lang")
    table.add_column("req", justify="right")
    table.add_column("rules ✓/~/✗/!", overflow="fold")
    for site in report["sites"]:
        counts = [sum(1 for r in site["rules"] if r["status"] == s) for s in ("pass", "partial", "fail", "error")]
        score = "–" if site["score"] is None else f"{site['score']:.1f}"
        rules = "/".join(f"[{STYLE[s]}]{n}[/]" for s, n in zip(("pass", "partial", "fail", "error"), counts)) \
            if site["rules"] else escape(str(site.get("reason", "")))
        table.add_row(escape(str(site["url"])), f"[{STYLE.get(site['status'], 'white')}]{escape(site['status'])}[/]", score,
                      ",".join(site["languages"]) or "–", str(site["requests"]), rules)
        if verbose:
            for rule in site["rules"]:
                langs = " ".join(f"{l}:{v}" for l, v in rule["languages"].items())
                table.add_row(f"  {rule['id']}", f"[{STYLE.get(rule['status'], 'white')}]{rule['status']}[/]",
                              f"{rule.get('points', 0):g}/{rule.get('max_points', 0):g}", "", "", langs)
    return table


def print_summary(report: dict, console: Console, verbose: bool = False) -> None:
    console.print(summary_table(report, verbose))
