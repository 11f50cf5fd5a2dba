"""Held-out accuracy of the text rules: serve bench/heldout/sites on loopback, scan them all in one
`complaint-lint scan` run, compare the per-language verdicts with bench/heldout/labels.json.

    python -m bench.heldout.run                 # prints figures and every error, updates bench/RESULTS.md
    python -m bench.heldout.run --no-write      # same, RESULTS.md untouched
    python -m bench.heldout.run --out DIR       # keep the scan output (report.json, snapshots) in DIR

Positive class: "pass". A language version missing from the report counts as "not pass" (shown as
`unseen`); a rule reporting `error` is left out of precision and recall (shown as `error`).
The error list goes to stdout only: RESULTS.md gets the figures, not the held-out details.
Only loopback traffic: the sites are served on 127.0.0.1 and scanned with --allow-private.

The code is shared with the other held-out sets: bench/heldout2/run.py and bench/heldout3/run.py call
`main()` with their own folder, RESULTS.md heading and markers, site loader and site server. The CLI
call, the per-rule table and the RESULTS.md section handling are bench/accuracy/run.py's.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import re
import sys
import tempfile
from dataclasses import dataclass
from importlib import import_module
from pathlib import Path
from urllib.parse import urlsplit

from bench.accuracy.run import RESULTS, language_counts, machine, scan_cli, table, write_section

HERE = Path(__file__).resolve().parent
EVIDENCE_KEYS = ("complaints", "complaints-file", "complaints-after", "form")


@dataclass(frozen=True)
class HeldOutSet:
    """Where a held-out set lives and where its figures go in bench/RESULTS.md."""
    set_dir: Path = HERE
    heading: str = "## Held-out set"
    markers: tuple = ("<!-- heldout:start -->", "<!-- heldout:end -->")
    command: str = "python -m bench.heldout.run"
    readme: str = "bench/heldout/README.md"
    loader: str = "bench.heldout.build_sites"             # module with load_sites()
    server: str = "examples.siteserver:SiteServer"        # module:class serving set_dir/sites
    description: str = ""

    @property
    def sites(self) -> Path:
        return self.set_dir / "sites"

    @property
    def labels(self) -> Path:
        return self.set_dir / "labels.json"


DEFAULT = HeldOutSet()


def evidence_paths(cfg: HeldOutSet = DEFAULT) -> dict[tuple[str, str], list[str]]:
    """(site, lang) -> paths of the pages that carry the complaint information (from the content)."""
    try:
        load_sites = import_module(cfg.loader).load_sites
    except Exception:  # noqa: BLE001 - diagnostics only
        return {}
    out = {}
    for site in load_sites():
        for lang in site.langs:
            paths = [p.path for p in lang.pages if p.key in EVIDENCE_KEYS]
            if not paths:   # complaint information on the contact page, or nowhere
                paths = [p.path for p in lang.pages if p.key == "contact" and re.search(
                    r"plainte|klacht|complaint|beschwerde", p.body, re.I)]
            out[(site.name, lang.code)] = paths
    return out


def _path(url: str) -> str:
    p = urlsplit(url).path or "/"
    return p.rstrip("/") or "/"


def scan(out_dir: Path, cfg: HeldOutSet = DEFAULT) -> tuple[dict, dict[str, str], dict[str, int], float]:
    module, cls = cfg.server.split(":")
    server_cls = getattr(import_module(module), cls)
    with server_cls(cfg.sites) as server:
        proc, elapsed = scan_cli(server, out_dir / "sites.csv", out_dir)
        requests = {name: len(log) for name, log in server.requests.items()}
        names = {url: name for name, url in server.urls.items()}
    report_path = out_dir / "report.json"
    if not report_path.exists():
        sys.exit(f"no report.json (complaint-lint exited {proc.returncode})")
    return json.loads(report_path.read_text(encoding="utf-8")), names, requests, elapsed


def compare(report: dict, names: dict[str, str], labels: dict,
            cfg: HeldOutSet = DEFAULT) -> tuple[dict, list[dict], dict]:
    by_name = {names.get(site["url"], site["url"]): site for site in report["sites"]}
    rules = list(next(iter(next(iter(labels.values())).values())))   # the labels' rule order
    counts = {r: dict(TP=0, FP=0, FN=0, TN=0, error=0, unseen=0, crawl=0) for r in rules}
    errors = []
    crawl = dict(statuses={}, versions_found=0, versions_labelled=0)
    evidence = evidence_paths(cfg)
    for site_name, langs in labels.items():
        site = by_name.get(site_name)
        status = (site or {}).get("status", "missing")
        crawl["statuses"][status] = crawl["statuses"].get(status, 0) + 1
        crawl["versions_labelled"] += len(langs)
        crawl["versions_found"] += sum(1 for lang in langs if lang in ((site or {}).get("languages") or []))
        for lang, verdicts in langs.items():
            pages = ((site or {}).get("pages") or {}).get(lang) or {}
            listed = {_path(p["url"]) for p in ([pages.get("contact")] + list(pages.get("complaint") or [])) if p}
            missing = [p for p in evidence.get((site_name, lang), []) if _path(p) not in listed]
            for rule, expected in verdicts.items():
                got = None
                entry = None
                if site and site.get("status") == "ok":
                    entry = next((r for r in site["rules"] if r["id"] == rule), None)
                    got = (entry or {}).get("languages", {}).get(lang)
                c = counts[rule]
                if got is None:
                    c["unseen"] += 1
                if got == "error":
                    c["error"] += 1
                elif expected == "pass":
                    if got == "pass":
                        c["TP"] += 1
                    else:
                        c["FN"] += 1
                        if got is None or missing:
                            c["crawl"] += 1
                else:
                    c["FP" if got == "pass" else "TN"] += 1
                if got != expected and not (expected == "fail" and got is None):
                    findings = [f for f in (entry or {}).get("findings", []) if f.get("language") in (lang, None)]
                    errors.append(dict(site=site_name, lang=lang, rule=rule, expected=expected, got=got or "unseen",
                                       findings=[(f.get("status"), f.get("message"), f.get("url"),
                                                  (f.get("evidence") or {}).get("text")) for f in findings],
                                       contact=(pages.get("contact") or {}).get("url"),
                                       complaint=[p["url"] for p in pages.get("complaint") or [] if p],
                                       missing=missing))
    return counts, errors, crawl


def main(argv: list[str] | None = None, cfg: HeldOutSet = DEFAULT) -> int:
    parser = argparse.ArgumentParser(description=(cfg.description or __doc__).splitlines()[0])
    parser.add_argument("--out", type=Path, help="keep the scan output here (default: a temporary folder)")
    parser.add_argument("--no-write", action="store_true", help="do not update bench/RESULTS.md")
    args = parser.parse_args(argv)
    labels = json.loads(cfg.labels.read_text(encoding="utf-8"))

    with tempfile.TemporaryDirectory(prefix=cfg.set_dir.name + "-") as tmp:
        out_dir = args.out or Path(tmp)
        out_dir.mkdir(parents=True, exist_ok=True)
        print(f"serving {len(labels)} held-out sites on 127.0.0.1 and scanning them (one run)…", flush=True)
        report, names, requests, elapsed = scan(out_dir, cfg)
    counts, errors, crawl = compare(report, names, labels, cfg)

    versions = crawl["versions_labelled"]
    verdicts = sum(len(v) for langs in labels.values() for v in langs.values())
    req = sorted(requests.values())
    when = dt.datetime.now(dt.timezone.utc).strftime("%Y-%m-%d %H:%M UTC")
    false_passes = sum(c["FP"] for c in counts.values())
    lines = [
        f"`{cfg.command}`: {len(labels)} hand-written agency sites that the rule authors never see "
        f"({cfg.readme}), {versions} language versions ({language_counts(labels)}), {verdicts} labelled (site, language, rule) "
        "verdicts, crawled and linted in one `complaint-lint scan` run on loopback. Positive class: \"pass\". "
        "`of which crawl`: missed passes where the language version was not seen or a page carrying the evidence is not "
        "among the report's contact/complaint pages; `unseen`: language version missing from the report (counted as "
        "not passing); `error`: left out of precision and recall.",
        "",
        f"Machine: {machine()}; run on {when}.",
        "",
        *table(counts, list(counts)),
        "",
        f"False passes: {false_passes}. Errors (site, language, rule): {len(errors)}, listed by the run on stdout for the "
        "lead only, not here.",
        "",
        f"Crawl: {elapsed:.1f} s for the whole scan; site statuses {crawl['statuses']}; language versions found "
        f"{crawl['versions_found']}/{versions}; requests per site median {req[len(req) // 2]}, min {req[0]}, max {req[-1]} "
        f"(total {sum(req)}).",
    ]
    section = "\n".join(lines)

    print()
    print("\n".join(table(counts, list(counts))))
    print()
    print(f"false passes: {false_passes}; crawl: {elapsed:.1f} s, statuses {crawl['statuses']}, language versions "
          f"found {crawl['versions_found']}/{versions}, requests per site {dict(sorted(requests.items()))}")
    print(f"\nerrors ({len(errors)}):")
    for e in errors:
        print(f"\n- {e['site']} [{e['lang']}] {e['rule']}: expected {e['expected']}, got {e['got']}")
        print(f"    pages: contact={e['contact']} complaint={e['complaint']}"
              + (f" | evidence pages not among them: {e['missing']}" if e["missing"] else ""))
        for status, message, url, text in e["findings"]:
            quote = f' «{text[:160]}»' if text else ""
            print(f"    {status}: {message} ({url}){quote}")
    if not args.no_write:
        write_section(section, cfg.markers, cfg.heading)
        print(f"\nwritten: {RESULTS} (section '{cfg.heading}')")
    return 0


if __name__ == "__main__":
    sys.exit(main())
